"""Reports in the reader's language: English, French and Spanish workbooks of the same portfolio hold
the same numbers and formulas cell by cell; only the words (and the order of a date cell's format)
change. A donor report is by default in its partner's reporting language; errors and progress stay
in the user's."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import openpyxl
import pytest

from tests.cli_helpers import run_cli as run
from tests.reports.conftest import build_small_portfolio
from tests.reports.formulas import Evaluator
from tracker.domain.i18n import using_language
from tracker.reports import (
    ReportError,
    write_compliance_report,
    write_donor_report,
    write_portfolio_report,
)
from tracker.reports.base import number_text
from tracker.store.database import close_database, open_database

GENERATED = dt.datetime(2026, 11, 25, 9, 30)
LANGUAGES = ("en", "fr", "es")
SHEET_REF = re.compile(r"'((?:[^']|'')+)'!")


@pytest.fixture
def fixed_time(monkeypatch):
    """The cover's generation time, the same in the three workbooks."""
    from tracker.reports import compliance, donor, portfolio

    for module in (compliance, donor, portfolio):
        monkeypatch.setattr(module, "now", lambda: GENERATED)


def _write(kind: str, path, language: str):
    if kind == "donor":
        return write_donor_report(path, "LUX", 2018, 2023, as_of=dt.date(2026, 11, 25), language=language)
    if kind == "portfolio":
        return write_portfolio_report(path, 2000, 2004, language=language)
    return write_compliance_report(path, dt.date(2026, 11, 25), language=language)


def _numbers(path) -> list[list[tuple[str, object, str | None]]]:
    """Per sheet in order: every cell that is not text, as (coordinate, value, number format for
    numbers), with the sheets a formula names replaced by their position (their names are words)."""
    book = openpyxl.load_workbook(path)
    position = {name: str(index) for index, name in enumerate(book.sheetnames)}
    sheets = []
    for sheet in book.worksheets:
        found = []
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if value is None or (isinstance(value, str) and cell.data_type != "f"):
                    continue
                if cell.data_type == "f":
                    value = SHEET_REF.sub(lambda m: f"#{position[m.group(1).replace(chr(39) * 2, chr(39))]}!", value)
                fmt = cell.number_format if isinstance(value, (int, float, Decimal)) and not cell.is_date else None
                found.append((cell.coordinate, value, fmt))
        sheets.append(found)
    return sheets


@pytest.mark.parametrize("kind", ["donor", "portfolio", "compliance"])
def test_every_language_holds_the_same_numbers_and_formulas(demo_db, tmp_path, fixed_time, kind):
    books = {language: _write(kind, tmp_path / f"{kind}-{language}.xlsx", language) for language in LANGUAGES}
    english = _numbers(books["en"])
    assert sum(len(sheet) for sheet in english) > 50
    for language in ("fr", "es"):
        translated = _numbers(books[language])
        assert len(translated) == len(english)
        for index, (theirs, ours) in enumerate(zip(translated, english)):
            assert theirs == ours, f"{kind} {language}: sheet {index} differs"
    names = {language: openpyxl.load_workbook(path).sheetnames for language, path in books.items()}
    for language in ("fr", "es"):
        assert names[language] != names["en"]
        assert all(len(name) <= 31 and not set(name) & set("[]:*?/\\") for name in names[language])


def test_a_french_donor_report_speaks_french_and_its_formulas_still_add_up(demo_db, tmp_path):
    path = write_donor_report(tmp_path / "lux.xlsx", "LUX", 2018, 2023, as_of=dt.date(2026, 11, 25), language="fr")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Notes", "Synthèse", "Projets", "États financiers", "Avancement", "Résultats", "Évaluations",
                               "Constatations", "Cofinancement", "Documents"]
    assert book["Notes"]["A1"].value == "Luxembourg – coopération avec l'OIT : rapport au donateur, 2018-2023"
    assert book["Synthèse"]["A1"].value == "Luxembourg – coopération avec l'OIT"
    headings = [c.value for c in book["Projets"][4]]
    assert headings[:3] == ["Code", "Titre", "Pays"] and "Taux d'exécution" in headings
    # Stage and evaluations on one reference date: the end of the period (as_of is later).
    assert [c.value for c in book["Évaluations"][4]][5] == "En retard au 31 décembre 2023"
    assert "Étape au 31 décembre 2023" in headings
    assert book["Projets"].oddFooter.center.text == "Page &P sur &N"
    assert book["Projets"]["G5"].number_format == "dd/mm/yyyy"  # a date cell a French reader reads
    texts = [c.value for row in book["Synthèse"].iter_rows() for c in row if isinstance(c.value, str)]
    assert "Taux d'exécution" in texts and "Total" in texts
    assert any(t.startswith("Contributions volontaires de base") and "CSBO" in t for t in texts)
    # The key figures name the French Projects sheet and compute what the English ones do.
    english = openpyxl.load_workbook(write_donor_report(tmp_path / "en.xlsx", "LUX", 2018, 2023,
                                                        as_of=dt.date(2026, 11, 25), language="en"))
    row = next(r for r in range(1, 60) if book["Synthèse"].cell(row=r, column=1).value == "Budget approuvé de ces projets")
    assert book["Synthèse"].cell(row=row, column=2).value.startswith("=SUM('Projets'!I5:")
    assert Evaluator(book).value("Synthèse", row, 2) == Evaluator(english).value("Summary", row, 2) > 0


def test_numbers_and_dates_inside_texts_follow_the_language(demo_db, tmp_path, fixed_time):
    spanish = openpyxl.load_workbook(_write("compliance", tmp_path / "es.xlsx", "es"))
    notes = [c.value for row in spanish["Notas"].iter_rows() for c in row if isinstance(c.value, str)]
    assert "Cumplimiento de las evaluaciones al 25 de noviembre de 2026" in notes
    assert "Generado el 25 de noviembre de 2026 a las 09:30" in notes
    with using_language("es"):
        amount = number_text(350_000)  # as the app writes it in Spanish (a lone group of thousands unmarked)
    assert any(f"más de {amount} US$" in text for text in notes)
    french = openpyxl.load_workbook(_write("compliance", tmp_path / "fr.xlsx", "fr"))
    notes = [c.value for row in french["Notes"].iter_rows() for c in row if isinstance(c.value, str)]
    assert any("350\u202f000 dollars É.-U." in text for text in notes)
    # Counted texts take the language's plural (pyside6-lupdate extracts them only when counted by a plain name).
    assert any(re.fullmatch(r"\d+ projets : évaluations requises .*", text) for text in notes)
    assert any(re.fullmatch(r"\d+ évaluations requises \(obligatoires\) .*", text) for text in notes)


def test_a_donor_report_is_by_default_in_its_partners_reporting_language(db, tmp_path):
    from tracker.store import models as m

    build_small_portfolio()
    m.Partner.update(reporting_language="es").where(m.Partner.code == "DON").execute()
    spanish = write_donor_report(tmp_path / "don.xlsx", "DON", 2021, 2023, as_of=dt.date(2024, 6, 30))
    assert openpyxl.load_workbook(spanish).sheetnames == ["Notas", "Resumen", "Proyectos", "Estados financieros", "Avance",
                                                          "Resultados", "Evaluaciones", "Conclusiones", "Cofinanciación"]
    chosen = write_donor_report(tmp_path / "don-en.xlsx", "DON", 2021, 2023, as_of=dt.date(2024, 6, 30), language="en")
    assert openpyxl.load_workbook(chosen).sheetnames[1] == "Summary"
    with using_language("fr"):  # the other reports: the user's language
        portfolio = write_portfolio_report(tmp_path / "p.xlsx", 2021, 2023)
    assert openpyxl.load_workbook(portfolio).sheetnames[1] == "V.1 Approbations par source"


def test_errors_and_progress_speak_the_user_while_the_workbook_speaks_the_reader(db, tmp_path):
    build_small_portfolio()
    texts: list[str] = []
    write_donor_report(tmp_path / "fr.xlsx", "DON", 2021, 2023, language="fr", progress=lambda done, total, text: texts.append(text))
    assert "Summary" in texts and "Written fr.xlsx" in texts
    with using_language("fr"), pytest.raises(ReportError, match="la période est vide : --from 2023 est postérieur à --to 2021"):
        write_donor_report(tmp_path / "x.xlsx", "DON", 2023, 2021, language="en")
    with using_language("es"), pytest.raises(ReportError, match="el período está vacío: --from 1991 es posterior a --to 1990"):
        write_portfolio_report(tmp_path / "x.xlsx", 1991, 1990, language="fr")
    with pytest.raises(ReportError, match="unknown report language de"):
        write_compliance_report(tmp_path / "x.xlsx", language="de")


def test_tracker_report_takes_the_reports_language(capsys, tmp_path):
    database = tmp_path / "small.sqlite3"
    open_database(database)
    build_small_portfolio()
    close_database()
    target = tmp_path / "report.xlsx"
    code, out, err = run(capsys, "--db", str(database), "report", "evaluations", "--as-of", "2024-06-30", "-o", str(target),
                         "--lang", "es")
    assert (code, err) == (0, "")
    assert openpyxl.load_workbook(target).sheetnames == ["Notas", "Resumen", "Controles", "Proyectos", "Evaluaciones"]
    code, out, err = run(capsys, "--db", str(database), "report", "donor", "--partner", "DON", "--from", "2021", "--to", "2023",
                         "-o", str(target), "--overwrite", "--lang", "fr")
    # The checks to look at before sending come in the user's language (English here), the report in French.
    assert code == 0 and (err == "" or err.startswith("tracker: warning: ")), err
    assert openpyxl.load_workbook(target).sheetnames[1] == "Synthèse"
    code, out, err = run(capsys, "--db", str(database), "report", "portfolio", "--from", "2021", "--to", "2023",
                         "-o", str(target), "--overwrite", "--lang", "de")
    assert code == 2 and "de" in err
