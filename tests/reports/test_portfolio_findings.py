"""Issue 13's findings on the portfolio report, each as a reader of the workbook meets it: a
comparison period without data says so, Annex 1's share of local resources divides by the years
in which they are recorded, a long period prints legibly with every total and chart, a period
with nothing recorded is a nil report, and no page speaks the program's internal language."""

import re
from decimal import Decimal

import pytest
from openpyxl.utils import range_boundaries

from tests.reports.conftest import find_row, load
from tests.reports.formulas import Evaluator
from tracker.reports import write_portfolio_report


def texts(sheet) -> list[str]:
    return [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]


def test_comparison_columns_without_data_say_so(demo_db, tmp_path):
    book = load(write_portfolio_report(tmp_path / "p.xlsx", 2000, 2004, compare_from=1990, compare_to=1994))
    ev = Evaluator(book)
    v1 = book["V.1 Approvals by source"]
    for label in ("United Nations", "Multi-bilateral donors", "Other sources", "Total"):
        row = find_row(v1, label)
        assert [ev.value(v1.title, row, c) for c in (2, 3, 4, 8)] == ["No data recorded", None, None, None], label
    assert "No data recorded for 1990-1994: the comparison columns and the % change are left empty." in texts(v1)
    v2 = book["V.2 Expenditure by region"]
    shares = find_row(v2, "Share of total expenditure (%)")
    assert v2.cell(row=shares, column=8).value == "Average 1990-1994"
    for row in range(shares + 1, find_row(v2, "Total", start=shares) + 1):
        assert v2.cell(row=row, column=8).value == "No data recorded"
    assert "No data recorded for 1990-1994: its column is left empty." in texts(v2)


def test_a_comparison_period_partly_recorded_says_which_years(demo_db, tmp_path):
    book = load(write_portfolio_report(tmp_path / "p.xlsx", 2000, 2004, compare_from=1993, compare_to=1997))
    assert ("Data are recorded for 1995-1997 only, not for 1993-1994; the averages of 1993-1997 still divide by 5 years."
            in texts(book["V.1 Approvals by source"]))


def test_annex_1_over_2000_2004_divides_by_the_years_with_local_resources(demo_db, tmp_path):
    # Locally mobilized approvals are flagged for 2002-2004 only: dividing by five years of
    # approvals gave 11.1 %; the annex covers 2002-2004 and gives the 2006 report's 17.8 %.
    book = load(write_portfolio_report(tmp_path / "p.xlsx", 2000, 2004))
    ev = Evaluator(book)
    sheet = book["Annex 1 Local resources"]
    assert sheet["A1"].value == "Annex 1. Local resource mobilization compared with total approvals, 2002-2004"
    total = find_row(sheet, "Total")
    assert round(ev.value(sheet.title, total, 6) * 100, 1) == Decimal("17.8")
    assert any("recorded from 2002 on: this annex covers 2002-2004, not the whole of 2000-2004" in t
               for t in texts(sheet))
    assert any("all extra-budgetary approvals of the same years (2002-2004)" in t for t in texts(sheet))


def test_a_period_with_nothing_recorded_is_a_nil_report(demo_db, tmp_path):
    book = load(write_portfolio_report(tmp_path / "nil.xlsx", 2040, 2041))
    assert book.sheetnames == ["Notes"]
    words = " ".join(texts(book["Notes"]))
    assert "Nil report: nothing is recorded for 2040-2041" in words


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_27_year_period_prints_legibly_with_every_total_and_chart(demo_db, tmp_path, language):
    book = load(write_portfolio_report(tmp_path / "long.xlsx", 1999, 2025, language=language))
    for sheet in book.worksheets:
        setup, fit = sheet.page_setup, sheet.sheet_properties.pageSetUpPr
        fits_one_width = fit is not None and fit.fitToPage and setup.fitToWidth == 1
        if sheet.max_column > 12:
            # Too wide for one legible page: printed across pages at a legible scale, the label
            # column repeated on each.
            assert not fits_one_width, sheet.title
            assert setup.scale is not None and setup.scale >= 60, sheet.title
            assert sheet.print_title_cols == "$A:$A", sheet.title
        _, _, last_col, last_row = range_boundaries(str(sheet.print_area).split("!")[-1].replace("$", ""))
        filled = max(c.row for row in sheet.iter_rows() for c in row if c.value is not None)
        assert last_row >= filled, f"{sheet.title}: rows after {last_row} not printed"
        total_rows = [c.row for c in sheet["A"] if c.value in ("Total", "Total général", "Total")]
        assert all(r <= last_row for r in total_rows), sheet.title
        for chart in sheet._charts:
            assert chart.anchor._from.row + 1 <= last_row, f"{sheet.title}: chart outside the print area"


FORBIDDEN = re.compile(r"seed|semilla|graine|domain reference|référence du domaine|tracker's|tracker show|\b003:|"
                       r"usd_rate|\(the\)|, the United Republic|\(domain", re.IGNORECASE)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize("years", [(2000, 2004), (1999, 2025), (2018, 2025), (2040, 2041)])
def test_no_internal_words_on_any_page(demo_db, tmp_path, language, years):
    book = load(write_portfolio_report(tmp_path / "w.xlsx", *years, language=language))
    for sheet in book.worksheets:
        found = [t for t in texts(sheet) if FORBIDDEN.search(t)]
        for part in (sheet.oddHeader, sheet.oddFooter):
            for side in (part.left, part.center, part.right):
                if side.text and FORBIDDEN.search(side.text):
                    found.append(side.text)
        assert not found, (sheet.title, found)
    properties = book.properties
    for value in (properties.title, properties.subject, properties.description, properties.keywords):
        assert not (value and FORBIDDEN.search(value)), value
