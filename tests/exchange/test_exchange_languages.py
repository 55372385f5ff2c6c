"""Imports and exports in French and Spanish: the template is written in the user's language, a
workbook reads whatever language it was written in, and refusals, notes and summaries are said
in the user's language."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.exchange.workbooks import full_file, header_index, set_cell
from tracker.domain.classifications import FundingModality, Region, Stage
from tracker.domain.i18n import using_language
from tracker.exchange import workbook_rows as wr
from tracker.exchange.results import ImportRefused, ImportReport, Problem
from tracker.exchange.template import write_template
from tracker.exchange.workbook_import import import_workbook
from tracker.store.projects import load_project


def refusal(path: Path, language: str) -> tuple[str, list[str]]:
    with using_language(language), pytest.raises(ImportRefused) as caught:
        import_workbook(path)
    with using_language(language):
        return str(caught.value), [str(p) for p in caught.value.problems]


def fill_in(language: str, path: Path, rows: dict[wr.SheetSpec, list[dict[str, Any]]]) -> Path:
    """Write the template in `language` and fill it as a user of that language would: by the
    headings the template shows (rows give values by field name)."""
    with using_language(language):
        write_template(path)
        book = openpyxl.load_workbook(path)
        for spec, values in rows.items():
            ws = book[spec.title]
            columns = header_index(ws)
            for row in values:
                number = ws.max_row + 1
                for field, value in row.items():
                    column = spec.column(field)
                    assert column is not None, field
                    ws.cell(row=number, column=columns[column.header], value=value)
    book.save(path)
    return path


def test_a_workbook_refusal_is_said_in_french_and_in_spanish(db, tmp_path):
    path = full_file(tmp_path / "in.xlsx")
    set_cell(path, "Projects", 2, "Planned start", "2025-13-45")
    message, problems = refusal(path, "fr")
    assert "1\u202fproblème" in message or "1 problème" in message
    assert "rien n'a été importé" in message
    assert any(p.startswith("feuille Projects, ligne 2, colonne ") and "n'est pas une date" in p and "AAAA-MM-JJ" in p for p in problems), problems
    message, problems = refusal(path, "es")
    assert "1 problema; no se importó nada" in message
    assert any(p.startswith("hoja Projects, fila 2, columna ") and "no es una fecha" in p for p in problems), problems
    # The column is named as the user's language names it.
    assert any("(Début prévu)" in p for p in refusal(path, "fr")[1])
    assert any("(Inicio previsto)" in p for p in refusal(path, "es")[1])


def test_an_english_workbook_imports_under_french_and_spanish_settings(db, tmp_path):
    path = full_file(tmp_path / "in.xlsx")
    with using_language("fr"):
        report = import_workbook(path, dry_run=True)
        summary = report.summary()
    assert (report.created, report.updated, report.unchanged) == (6, 0, 0)
    assert "6 créés" in summary and "seraient importés" in summary
    with using_language("es"):
        report = import_workbook(path)
    assert (report.created, report.updated, report.unchanged) == (6, 0, 0)
    project = load_project("SEN/25/01/LUX")
    assert project.region is Region.AFRICA and project.countries == ["SN", "ML"]


def test_the_template_written_in_french_is_french_and_reads_back(db, tmp_path):
    with using_language("fr"):
        path = write_template(tmp_path / "modele.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Projets", "Partenaires", "Financements", "Dépenses", "Évaluations", "Indicateurs de résultats",
                               "Lignes budgétaires", "Rapports d’avancement", "Valeurs d’indicateur", "Lieux",
                               "Fiches d’évaluation préalable", "Notes", "Listes"]
    assert [c.value for c in book["Financements"][1]][:2] == ["Code du projet *", "Code du partenaire"]
    notes = "\n".join(str(c.value) for row in book["Notes"].iter_rows() for c in row if c.value)
    assert "Tout ou rien" in notes and "Classeur d'importation tracker" in notes and "1\u202f000\u202f000" in notes
    assert "Asie et Pacifique" in notes  # the codes of each list with their labels, in French
    assert "nothing is written" not in notes and "Required" not in notes
    # Nothing in it: it imports as nothing, in any language.
    for language in ("en", "fr", "es"):
        with using_language(language):
            assert import_workbook(path).created == 0


def test_a_french_template_filled_in_french_imports(db, tmp_path):
    with using_language("fr"):
        asia, xb = Region.ASIA_PACIFIC.label, FundingModality.EARMARKED.label
    path = fill_in("fr", tmp_path / "rempli.xlsx", {
        wr.PARTNERS: [{"code": "LUXDEV", "name": "Lux-Développement", "category": "multi-bilateral", "country": "LU"}],
        wr.PROJECTS: [{"code": "VNM/25/01/LUX", "title": "Travail décent au Viet Nam", "region": asia, "countries": "Viet Nam",
                       "outcome": "employment", "stage": "Conception", "planned_start": "2025-01-01", "planned_end": "2027-12-31",
                       "budget": 500000, "currency": "EUR", "usd_rate": 1.08, "midterm_review_agreed": "oui"}],
        wr.FUNDING: [{"project_code": "VNM/25/01/LUX", "partner": "LUXDEV", "modality": xb, "approved_on": "2024-11-15",
                      "amount": 500000, "currency": "EUR", "usd_rate": 1.08, "locally_mobilized": "non"}],
    })
    for language in ("fr", "en"):  # read under French settings, and under English ones
        with using_language(language):
            report = import_workbook(path, dry_run=True)
        assert (report.created, report.updated) == (3, 0), report.skipped
        assert report.skipped == []
    with using_language("fr"):
        import_workbook(path)
    project = load_project("VNM/25/01/LUX")
    assert project.region is Region.ASIA_PACIFIC and project.countries == ["VN"] and project.stage is Stage.DESIGN
    assert project.midterm_review_agreed is True and project.usd_rate == Decimal("1.08")
    assert [(f.modality, f.partner_code, f.locally_mobilized) for f in project.fundings] == [(FundingModality.EARMARKED, "LUXDEV", False)]


def test_a_portfolio_written_in_spanish_imports_again_unchanged_in_english(db, tmp_path):
    path = full_file(tmp_path / "in.xlsx")
    import_workbook(path)
    with using_language("es"):
        export = write_template(tmp_path / "cartera.xlsx", with_data=True)
    book = openpyxl.load_workbook(export)
    assert "Proyectos" in book.sheetnames and book["Proyectos"]["A2"].value == "SEN/25/01/LUX"
    report = import_workbook(export)
    assert (report.created, report.updated) == (0, 0) and report.unchanged >= 6


def test_problems_and_summaries_are_said_in_the_users_language():
    problem = Problem("texto", "Proyectos", 3, "B (Título)")
    with using_language("es"):
        assert str(problem) == "hoja Proyectos, fila 3, columna B (Título): texto"
    report = ImportReport(source="f.xml", kind="iati", created=1, skipped=["x"], refused=["a", "b"])
    with using_language("fr"):
        text = report.summary()
    assert text.startswith("f.xml\u202f: enregistrements importés\u202f: 1 créés") and "2 changements d'étape refusés" in text
    with using_language("en"):
        assert report.summary().endswith("; 1 skipped; 2 stage changes refused")


def test_an_iati_file_written_under_french_settings_keeps_its_english_narratives(db, tmp_path):
    from tracker.exchange.iati_export import NothingToExport, export_iati

    import_workbook(full_file(tmp_path / "in.xlsx"))
    with using_language("fr"):
        path = export_iati(tmp_path / "out.xml")
        with pytest.raises(NothingToExport, match="aucun projet financé par LUXDEV et à l'étape cancelled"):
            export_iati(tmp_path / "none.xml", partner="LUXDEV", stage="cancelled")
    text = path.read_text(encoding="utf-8")
    assert 'xml:lang="en"' in text
    assert "Earmarked extra-budgetary (XB) contribution" in text and "Training and fellowships" in text
    assert "Extrabudgétaire" not in text and "Formation" not in text


def test_iati_notes_are_said_in_spanish(db, tmp_path):
    from tracker.exchange.iati_import import import_iati

    path = tmp_path / "a.xml"
    path.write_text(
        '<iati-activities version="2.03"><iati-activity default-currency="USD"><iati-identifier>XX-1</iati-identifier>'
        '<activity-status code="2"/><recipient-country code="ZZ"/></iati-activity></iati-activities>', encoding="utf-8")
    with using_language("es"):
        report = import_iati(path, dry_run=True)
        summary = report.summary()
    assert "XX-1: sin título; se usa el identificador" in report.skipped
    assert "XX-1: el país receptor «ZZ» no es un código ISO 3166; no se importó" in report.skipped
    assert "registros que se importarían" in summary


def test_a_field_package_is_refused_in_french(db, tmp_path):
    from tracker.exchange.merge import merge_package
    from tracker.exchange.results import UnreadableFile

    path = tmp_path / "paquet.trackerpkg"
    path.write_bytes(b"PK\x03\x04 not a zip")
    with using_language("fr"), pytest.raises(UnreadableFile, match="est tronqué ou endommagé .* rien n'a été fusionné"):
        merge_package(path)


@pytest.fixture
def demo(tmp_path, capsys) -> Path:
    from tests.cli_helpers import run_cli

    path = tmp_path / "demo.sqlite3"
    code, _, err = run_cli(capsys, "--db", str(path), "demo")
    assert code == 0, err
    return path


@pytest.mark.sqlite_only
def test_a_demo_workbook_written_in_spanish_is_refused_in_french_even_without_its_document_property(tmp_path, demo):
    from openpyxl.packaging.custom import CustomPropertyList

    from tests.exchange.test_demo_exports import _with_real_project
    from tracker.exchange.results import UnreadableFile
    from tracker.store.database import close_database, open_database

    open_database(demo)
    try:
        with using_language("es"):
            workbook = write_template(tmp_path / "demo.xlsx", with_data=True)
    finally:
        close_database()
    book = openpyxl.load_workbook(workbook)
    assert str(book["Notas"]["A2"].value).startswith("DATOS DE DEMOSTRACIÓN:")
    book.custom_doc_props = CustomPropertyList()  # only the Notes line is left to tell
    book.save(workbook)
    open_database(_with_real_project(tmp_path / "office.sqlite3"))
    try:
        with using_language("fr"), pytest.raises(UnreadableFile, match="contient des projets de démonstration"):
            import_workbook(workbook)
    finally:
        close_database()
