"""Portfolio statistics: every table read back and its formulas evaluated, against figures worked
out by hand on the small portfolio, against the seed's own Annex 2 and Annex 1 numbers that the
demo reproduces, and against independent SQL over the demo."""

from decimal import Decimal

import peewee
import pytest

from tests.reports.conftest import find_row, load
from tests.reports.formulas import Evaluator
from tracker.reports import write_portfolio_report
from tracker.store import models as m

K = Decimal(1000)


def k(value) -> Decimal:
    """Round US$'000 as the sheet shows them (no decimals)."""
    return Decimal(value).quantize(Decimal(1))


@pytest.fixture
def small_report(small_db, tmp_path):
    path = write_portfolio_report(tmp_path / "portfolio.xlsx", 2021, 2022)
    book = load(path)
    return book, Evaluator(book)


@pytest.fixture
def demo_report(demo_db, tmp_path):
    path = write_portfolio_report(tmp_path / "demo.xlsx", 2000, 2004)
    book = load(path)
    return book, Evaluator(book)


def values(ev, sheet, row, first_col, last_col):
    return [ev.value(sheet, row, c) for c in range(first_col, last_col + 1)]


def test_the_workbook_has_a_notes_sheet_then_one_sheet_per_table(small_report):
    book, _ = small_report
    assert book.sheetnames == ["Notes", "V.1 Approvals by source", "Annex 2 Approvals by partner", "Annex 1 Local resources",
                               "Annex 3 Exp by objective", "Annex 4 Region x objective", "V.2 Expenditure by region",
                               "Fig V.5 Type of expenditure", "Delivery rate"]
    notes = "\n".join(str(c.value) for row in book["Notes"].iter_rows() for c in row if c.value)
    for expected in ("2021-2022", "2019-2020", "ILO evaluation framework of November 2002 (GB.285/PFA/10), version 1", "converted at the rate recorded on each record", "Generated"):
        assert expected in notes
    assert book.properties.title == "Portfolio statistics 2021-2022" and book.properties.creator.startswith("tracker")


def test_table_v1_compares_the_period_with_the_years_before_by_default(small_report):
    book, ev = small_report
    sheet = "V.1 Approvals by source"
    assert book[sheet]["B4"].value == "Total 2019-2020" and book[sheet]["E4"].value == "Total 2021-2022"
    # Hand-computed: UN 110,000, multi-bi 700,000, other sources (the foundation) 200,000; 2 years.
    rows = {book[sheet].cell(row=r, column=1).value: r for r in range(5, 9)}
    assert values(ev, sheet, rows["United Nations"], 5, 7) == [Decimal(110), Decimal(55), Decimal(110) / Decimal(1010)]
    assert values(ev, sheet, rows["Multi-bilateral donors"], 5, 6) == [Decimal(700), Decimal(350)]
    assert values(ev, sheet, rows["Other sources"], 5, 6) == [Decimal(200), Decimal(100)]
    # 2019-2020 holds no approval: its columns say so rather than show 0 and 0.0 %, and no % change.
    assert values(ev, sheet, rows["Total"], 2, 8) == ["No data recorded", None, None, Decimal(1010), Decimal(505), 1, None]


def test_table_v1_percent_change_with_an_explicit_comparison_period(small_db, tmp_path):
    book = load(write_portfolio_report(tmp_path / "p.xlsx", 2022, 2022, compare_from=2021, compare_to=2021))
    ev = Evaluator(book)
    sheet = "V.1 Approvals by source"
    total = find_row(book[sheet], "Total")
    # 2021: 700 (US$'000); 2022: 310 -> (310 - 700) / 700.
    assert values(ev, sheet, total, 2, 8) == [Decimal(700), Decimal(700), 1, Decimal(310), Decimal(310), 1,
                                              (Decimal(310) - 700) / 700]


def test_annex_2_groups_partners_by_category_with_subtotals_and_shares(small_report):
    book, ev = small_report
    sheet = book["Annex 2 Approvals by partner"]
    labels = [sheet.cell(row=r, column=1).value for r in range(5, 15)]
    assert labels == ["Multi-bilateral donors", "Donorland", "Subtotal Multi-bilateral donors",
                      "Non-state actors", "@Foundation Y", "Subtotal Non-state actors",
                      "United Nations", "UN Agency X", "Subtotal United Nations", "Total"]
    name = sheet.title
    assert values(ev, name, 6, 2, 6) == [Decimal(700), 0, Decimal(700), Decimal(350), Decimal(700) / Decimal(1010)]
    assert values(ev, name, 14, 2, 6) == [Decimal(700), Decimal(310), Decimal(1010), Decimal(505), 1]


def test_annex_1_covers_the_years_with_locally_mobilized_approvals(small_report):
    book, ev = small_report
    name = "Annex 1 Local resources"
    sheet = book[name]
    # Only 2022's approvals are flagged (FND 0.2, UNX 0.11): the annex covers 2022 and says so,
    # rather than dividing by 2021's approvals too.
    assert sheet["A1"].value.endswith(", 2022")
    total = find_row(sheet, "Total")
    assert values(ev, name, total, 2, 6) == [Decimal("0.31"), 1, Decimal("0.31"), 1, 1]
    un = find_row(sheet, "United Nations")
    assert values(ev, name, un, 4, 6) == [Decimal("0.11"), Decimal("0.11") / Decimal("0.31"), 1]
    notes = [c.value for row in sheet.iter_rows(min_row=total) for c in row if c.value]
    assert any("recorded from 2022 on" in str(n) for n in notes)


def test_expenditure_tables_match_the_hand_computed_figures(small_report):
    book, ev = small_report
    annex_3 = "Annex 3 Exp by objective"
    assert values(ev, annex_3, find_row(book[annex_3], "Total"), 2, 5) == [Decimal(180), Decimal(325), Decimal(505), Decimal("252.5")]
    annex_4 = "Annex 4 Region x objective"
    africa = find_row(book[annex_4], "Africa")
    assert values(ev, annex_4, africa, 2, 5) == [Decimal(100), Decimal(125), 0, Decimal(225)]  # averages a year
    v2 = "V.2 Expenditure by region"
    shares = find_row(book[v2], "Africa", start=find_row(book[v2], "Share of total expenditure (%)"))
    # 2019-2020 (the comparison period) has no expenditure: its column says so.
    assert values(ev, v2, shares, 2, 5) == [1, Decimal(270) / Decimal(325), Decimal(450) / Decimal(505), "No data recorded"]
    v5 = "Fig V.5 Type of expenditure"
    assert values(ev, v5, find_row(book[v5], "Training and fellowships"), 2, 4) == [0, Decimal(150), Decimal(150)]
    delivery = "Delivery rate"
    assert values(ev, delivery, find_row(book[delivery], "Total"), 2, 5) == [3, Decimal(1010000), Decimal(505000), Decimal("0.5")]


def test_amounts_shares_and_dates_have_number_formats(small_report):
    book, _ = small_report
    sheet = book["Annex 2 Approvals by partner"]
    assert "#,##0" in sheet["B6"].number_format and sheet["F6"].number_format == "0.0%"
    assert book["V.1 Approvals by source"].freeze_panes == "B5"
    assert book["Annex 2 Approvals by partner"].print_title_rows == "$4:$4"
    assert sheet.page_setup.orientation == "landscape" and sheet.sheet_properties.pageSetUpPr.fitToPage


def test_annex_2_on_the_demo_reproduces_the_seeds_year_totals(demo_report):
    # Seed 003, Annex 2 (domain.md 4.6), US$'000; the demo's funding lines sum exactly to them.
    book, ev = demo_report
    name = "Annex 2 Approvals by partner"
    total = find_row(book[name], "Total")
    assert values(ev, name, total, 2, 6) == [Decimal(x) for x in (134_667, 154_572, 176_414, 150_826, 152_371)]
    assert ev.value(name, total, 7) == Decimal(768_850)
    assert ev.value(name, total, 8) == Decimal(153_770)  # the average 2000-04 of Table V.1


def test_annex_2_on_the_demo_reproduces_the_united_states_row(demo_report):
    book, ev = demo_report
    name = "Annex 2 Approvals by partner"
    us = find_row(book[name], "United States")
    assert us == 6, "the largest donor heads the multi-bilateral group"
    assert values(ev, name, us, 2, 6) == [Decimal(x) for x in (50_726, 73_500, 67_378, 67_900, 52_802)]
    # The seed prints 312 307 / 62 461 / 40.6 (rounded cell by cell); the exact sum of its cells is 312 306.
    assert ev.value(name, us, 7) == Decimal(312_306)
    assert k(ev.value(name, us, 8)) == 62_461
    assert round(ev.value(name, us, 9) * 100, 1) == Decimal("40.6")


def test_annex_2_on_the_demo_matches_independent_sql_for_every_partner(demo_report):
    book, ev = demo_report
    name = "Annex 2 Approvals by partner"
    year = m.Funding.approved_on.year  # date_part, on both engines
    query = (m.Funding.select(m.Partner.name, year, peewee.fn.SUM(m.Funding.amount_usd).coerce(False))
             .join(m.Partner).where(m.Funding.approved_on.between("2000-01-01", "2004-12-31")).group_by(m.Partner.name, year))
    expected: dict[str, dict[int, Decimal]] = {}
    for partner, y, cents in query.tuples():
        expected.setdefault(partner, {})[int(y)] = Decimal(cents) / 100_000
    sheet = book[name]
    found = 0
    for row in range(5, find_row(sheet, "Total")):
        label = sheet.cell(row=row, column=1).value
        if label in expected and sheet.cell(row=row, column=2).value is not None:  # not a group heading
            assert values(ev, name, row, 2, 6) == [expected[label].get(y, 0) for y in range(2000, 2005)], label
            found += 1
    assert found == len(expected)


def test_table_v1_on_the_demo_gives_the_seeds_averages(demo_report):
    # Table V.1, average 2000-04 (US$'000): UN 9 130, multi-bilateral 137 576, other 7 065, total 153 770.
    book, ev = demo_report
    name = "V.1 Approvals by source"
    averages = {book[name].cell(row=r, column=1).value: k(ev.value(name, r, 6)) for r in range(5, 9)}
    assert averages == {"United Nations": 9_130, "Multi-bilateral donors": 137_576, "Other sources": 7_065, "Total": 153_770}
    shares = {book[name].cell(row=r, column=1).value: round(ev.value(name, r, 7) * 100, 1) for r in range(5, 8)}
    assert shares == {"United Nations": Decimal("5.9"), "Multi-bilateral donors": Decimal("89.5"), "Other sources": Decimal("4.6")}


def test_annex_1_on_the_demo_for_2002_04_reproduces_the_seeds_annex_1a(demo_db, tmp_path):
    book = load(write_portfolio_report(tmp_path / "a1.xlsx", 2002, 2004))
    ev = Evaluator(book)
    name = "Annex 1 Local resources"
    seed = {  # 003:4815-4915, US$ million: total, locally mobilized
        "Multi-bilateral donors": ("425.0", "52.0"), "Direct trust funds": ("7.7", "6.6"), "Non-state actors": ("6.5", "1.6"),
        "IFIs (banks)": ("3.7", "3.6"), "United Nations": ("29.0", "19.6"), "European Union": ("7.8", "2.0"),
        "Total": ("479.6", "85.4"),
    }
    for label, (total, local) in seed.items():
        row = find_row(book[name], label)
        got = (round(ev.value(name, row, 2), 1), round(ev.value(name, row, 4), 1))
        assert got == (Decimal(total), Decimal(local)), label
    total_row = find_row(book[name], "Total")
    assert round(ev.value(name, total_row, 6) * 100, 1) == Decimal("17.8")  # local / total, as printed


def test_demo_expenditure_by_region_matches_independent_sql(demo_report):
    book, ev = demo_report
    name = "V.2 Expenditure by region"
    query = (m.Expenditure.select(m.Project.region, m.Expenditure.year, peewee.fn.SUM(m.Expenditure.amount_usd).coerce(False))
             .join(m.Project).where(m.Expenditure.year.between(2000, 2004)).group_by(m.Project.region, m.Expenditure.year))
    expected: dict[str, dict[int, Decimal]] = {}
    for region, year, cents in query.tuples():
        expected.setdefault(region.label, {})[year] = Decimal(cents) / 100_000
    for label, by_year in expected.items():
        row = find_row(book[name], label)
        assert values(ev, name, row, 2, 6) == [by_year.get(y, 0) for y in range(2000, 2005)], label
    total = find_row(book[name], "Total")
    all_years = sum((sum(v.values()) for v in expected.values()), Decimal(0))
    assert ev.value(name, total, 7) == all_years
