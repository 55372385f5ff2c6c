"""Importing exchange rates: the UN Treasury's monthly list as it publishes it (XML, or its Excel
table), and a plain table of rates (CSV or .xlsx). The files in tests/exchange/data are small
lists in the UN's layout with values invented for the tests (the UN's own list may not be
redistributed)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from tracker.domain.rates import UN_OPERATIONAL_RATES
from tracker.exchange.rates_import import RatesImportCancelled, import_rates, usd_per_unit_of
from tracker.exchange.results import ImportRefused, UnreadableFile
from tracker.store import models as m
from tracker.store.rates import list_rates, rate_table

DATA = Path(__file__).parent / "data"
MONTH = DATA / "un-operational-rates-2024-03.xml"
MID_MONTH = DATA / "un-operational-rates-2024-03-15.xml"
PLAIN = DATA / "rates-plain.csv"


def _problems(exc: ImportRefused) -> list[str]:
    return [str(p) for p in exc.problems]


def test_the_uns_monthly_list_imports_as_us_dollars_per_unit(db):
    report = import_rates(MONTH)
    assert report.un_list and report.source == UN_OPERATIONAL_RATES
    # EUR and XOF appear once per country using them: one rate each. USD is the base.
    assert (report.added, report.changed, report.unchanged) == (4, 0, 0)
    rates = {r.currency: r for r in list_rates()}
    assert set(rates) == {"CHF", "EUR", "GBP", "XOF"}
    assert rates["EUR"].usd_per_unit == Decimal("1.081081081")  # 1 / 0.925, ten significant digits
    assert rates["XOF"].usd_per_unit == Decimal("0.001648125258")  # 1 / 606.75
    assert all(r.valid_from == date(2024, 3, 1) and r.source == UN_OPERATIONAL_RATES for r in rates.values())
    # A code tracker does not know (a currency newer than its list) is left out and said so.
    assert any("XCG" in note for note in report.notes)
    assert report.currencies["EUR"].first == date(2024, 3, 1)


def test_a_rate_on_the_first_mid_month_and_before_any_rate(db):
    import_rates(MONTH)
    import_rates(MID_MONTH)  # only the currencies that moved
    table = rate_table()
    assert table.rate_on("EUR", date(2024, 3, 1)) == usd_per_unit_of(Decimal("0.925"))
    assert table.rate_on("EUR", date(2024, 3, 14)) == usd_per_unit_of(Decimal("0.925"))
    assert table.rate_on("EUR", date(2024, 3, 15)) == usd_per_unit_of(Decimal("0.917"))
    assert table.rate_on("GBP", date(2024, 3, 20)) == usd_per_unit_of(Decimal("0.792"))  # unchanged mid-month
    assert table.rate_on("EUR", date(2024, 2, 29)) is None


def test_importing_the_same_file_again_changes_nothing(db):
    import_rates(MONTH)
    audited = m.AuditEntry.select().count()
    again = import_rates(MONTH)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 4)
    assert m.AuditEntry.select().count() == audited


def test_a_plain_csv_and_its_source(db):
    report = import_rates(PLAIN)
    assert not report.un_list and report.source == "rates-plain.csv"  # the file's name, when no source is given
    assert report.added == 4
    assert rate_table().rate_on("MNT", date(2024, 6, 1)) == Decimal("0.000293")
    assert rate_table().rate_on("EUR", date(2024, 2, 10)) == Decimal("1.085")
    report = import_rates(PLAIN, source="Treasury of the field office")
    assert report.changed == 4 and {r.source for r in list_rates()} == {"Treasury of the field office"}


def test_units_per_us_dollar_in_french_headers_and_semicolons(db, tmp_path):
    path = tmp_path / "taux.csv"
    path.write_text("Devise;Date;Unités par USD\nEUR;2024-04-01;0.92\nCHF;2024-04-01;0.9\n", encoding="utf-8")
    import_rates(path)
    assert rate_table().rate_on("EUR", date(2024, 4, 2)) == Decimal("1.086956522")
    assert rate_table().rate_on("CHF", date(2024, 4, 2)) == Decimal("1.111111111")


def test_decimal_commas_of_a_spreadsheet_saved_in_french(db, tmp_path, monkeypatch):
    path = tmp_path / "taux.csv"
    path.write_text("devise;date;unites_par_usd\nEUR;2024-05-01;0,92\nXOF;2024-05-01;603.5\n", encoding="utf-8")
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    import_rates(path)
    assert rate_table().rate_on("EUR", date(2024, 5, 1)) == Decimal("1.086956522")
    assert rate_table().rate_on("XOF", date(2024, 5, 1)) == Decimal("0.001657000829")  # the UN's writing, a point, still reads


def test_a_dry_run_writes_nothing_and_says_what_would_change(db):
    report = import_rates(PLAIN, dry_run=True)
    assert report.added == 4 and report.dry_run and list_rates() == []
    assert "would be added" in report.summary()


def test_every_bad_row_is_named_and_nothing_is_written(db, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("currency,date,usd_per_unit\nEUR,2024-01-01,1.1\nEUR,2024-02-01,\"1,08\"\nZZZ,2024-01-01,1\n"
                    "GBP,01/02/2024,1.27\nCHF,2024-01-01,-1\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_rates(path)
    problems = _problems(refused.value)
    assert len(problems) == 4
    assert problems[0].startswith("bad.csv, row 3, column usd_per_unit: ") and "1,08" in problems[0] and "ambiguous" in problems[0]
    assert problems[1].startswith("bad.csv, row 4, column currency: 'ZZZ' is not an ISO 4217 currency code")
    assert problems[2].startswith("bad.csv, row 5, column date: '01/02/2024' is not a date")
    assert problems[3].startswith("bad.csv, row 6, column usd_per_unit: the rate must be greater than zero")
    assert list_rates() == []


def test_two_rates_for_one_currency_on_one_day_refuse_the_list(db, tmp_path):
    text = MONTH.read_text(encoding="utf-8").replace("<abbrv_name>Belgium</abbrv_name>\n\t\t<name>Euro</name>\n\t\t"
                                                     "<f_curr_code>EUR</f_curr_code>\n\t\t<eff_date>01 Mar 2024</eff_date>\n\t\t"
                                                     "<rate>0.925</rate>",
                                                     "<abbrv_name>Belgium</abbrv_name>\n\t\t<name>Euro</name>\n\t\t"
                                                     "<f_curr_code>EUR</f_curr_code>\n\t\t<eff_date>01 Mar 2024</eff_date>\n\t\t"
                                                     "<rate>0.93</rate>")
    path = tmp_path / "list.xml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_rates(path)
    (problem,) = _problems(refused.value)
    assert problem.startswith("list.xml, entry 2 (line ") and "<rate>" in problem and "EUR on 2024-03-01 already has another rate on row 1" in problem
    assert list_rates() == []


def test_a_doctype_is_refused_in_one_sentence(db, tmp_path):
    path = tmp_path / "rates.xml"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE UN_OPERATIONAL_RATES_DATASET [<!ENTITY e "0.9">]>\n'
                    "<UN_OPERATIONAL_RATES_DATASET><UN_OPERATIONAL_RATES><f_curr_code>EUR</f_curr_code>"
                    "<eff_date>01 Mar 2024</eff_date><rate>&e;</rate></UN_OPERATIONAL_RATES></UN_OPERATIONAL_RATES_DATASET>",
                    encoding="utf-8")
    with pytest.raises(UnreadableFile) as refused:
        import_rates(path)
    assert str(refused.value) == ("rates.xml declares a DOCTYPE, which the UN's list of rates never does; it is refused for safety "
                                  "and nothing was imported")
    assert list_rates() == []


def test_the_uns_excel_table_whatever_the_order_of_its_columns(db, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["United Nations Operational Rates of Exchange"])
    sheet.append([])
    sheet.append(["Country/Area", "Currency", "Code", "Rate", "Effective Date"])
    sheet.append(["Senegal", "CFA Franc", "XOF", 606.75, datetime(2024, 3, 1)])
    sheet.append(["Mali", "CFA Franc", "XOF", 606.75, "01 Mar 2024"])
    sheet.append(["Ecuador", "US Dollar", "USD", 1, "01 Mar 2024"])
    hidden = book.create_sheet("Old")
    hidden.append(["currency", "date", "usd_per_unit"])
    hidden.append(["EUR", "2020-01-01", 1.1])
    hidden.sheet_state = "hidden"
    path = tmp_path / "rates.xlsx"
    book.save(path)
    report = import_rates(path)
    assert report.un_list and report.added == 1
    assert [r.currency for r in list_rates()] == ["XOF"]  # the hidden sheet is never read
    assert any("Old" in note and "hidden" in note for note in report.notes)


def test_rates_only_on_a_hidden_sheet_are_refused_by_name(db, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["nothing here"])
    hidden = book.create_sheet("Rates")
    hidden.append(["currency", "date", "usd_per_unit"])
    hidden.append(["EUR", "2020-01-01", 1.1])
    hidden.sheet_state = "hidden"
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    with pytest.raises(UnreadableFile, match="hidden sheet Rates"):
        import_rates(path)


def test_a_bad_cell_of_a_workbook_names_sheet_row_and_column(db, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Taux"
    book.active.append(["devise", "date", "usd_par_unité"])
    book.active.append(["EUR", date(2024, 1, 1), "abc"])
    path = tmp_path / "taux.xlsx"
    book.save(path)
    with pytest.raises(ImportRefused) as refused:
        import_rates(path)
    (problem,) = _problems(refused.value)
    assert problem.startswith("taux.xlsx, sheet Taux, row 2, column C (usd_par_unité): ")


def test_the_database_and_files_that_are_not_rates_are_refused(db, db_target, tmp_path):
    if isinstance(db_target, Path):
        with pytest.raises(UnreadableFile, match="is a database, not a list of exchange rates"):
            import_rates(db_target)
    other = tmp_path / "notes.csv"
    other.write_text("name,amount\nx,1\n", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="no header row tracker knows"):
        import_rates(other)
    page = tmp_path / "page.xls"
    page.write_text("<html><body>rates</body></html>", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="web page"):
        import_rates(page)


def test_cancelled_before_writing_writes_nothing(db):
    with pytest.raises(RatesImportCancelled):
        import_rates(PLAIN, cancelled=lambda: True)
    assert list_rates() == []


def test_units_per_us_dollar_are_inverted_exactly_to_ten_digits():
    assert usd_per_unit_of(Decimal("0.882")) == Decimal("1.133786848")
    assert usd_per_unit_of(Decimal("1524")) == Decimal("0.0006561679790")
    assert usd_per_unit_of(Decimal("0.001")) == Decimal("1000")
    assert usd_per_unit_of(Decimal("4")) == Decimal("0.25")
