"""Donor report: the small portfolio's figures worked out by hand, and the demo's Luxembourg
figures that seed 000 states."""

import datetime as dt
from decimal import Decimal

import pytest

from tests.reports.conftest import AS_OF, INJECTED_TITLE, find_row, load, rows_of
from tests.reports.formulas import Evaluator
from tracker.reports import write_donor_report


@pytest.fixture
def donor(small_db, tmp_path):
    book = load(write_donor_report(tmp_path / "donor.xlsx", "don", 2021, 2022, as_of=AS_OF))
    return book, Evaluator(book)


def test_sheets_and_title_follow_the_donor_profile(donor):
    book, _ = donor
    assert book.sheetnames == ["Notes", "Summary", "Projects", "Financial statements", "Progress", "Results", "Evaluations",
                               "Findings", "Co-financing"]
    assert book["Summary"]["A1"].value == "Donorland ILO cooperation"
    assert book["Summary"]["B5"].value == "Multi-bilateral donors"


def test_contributions_per_year_by_modality_with_live_totals(donor):
    book, ev = donor
    sheet = book["Summary"]
    core, earmarked, total = (find_row(sheet, label) for label in
                              ("Voluntary core funding (unearmarked, RBSA)", "Voluntary earmarked funding (XB)", "Total"))
    assert [ev.value("Summary", core, c) for c in (2, 3, 4)] == [0, Decimal(50_000), Decimal(50_000)]
    assert [ev.value("Summary", earmarked, c) for c in (2, 3, 4)] == [Decimal(700_000), 0, Decimal(700_000)]
    assert [ev.value("Summary", total, c) for c in (2, 3, 4)] == [Decimal(700_000), Decimal(50_000), Decimal(750_000)]


def test_key_figures_add_up_the_projects_sheet(donor):
    book, ev = donor
    sheet = book["Summary"]
    assert ev.value("Summary", find_row(sheet, "Projects"), 2) == 2
    assert ev.value("Summary", find_row(sheet, "Approved budget of these projects"), 2) == Decimal(900_000)
    assert ev.value("Summary", find_row(sheet, "Expenditure up to the end of 2022"), 2) == Decimal(450_000)
    assert ev.value("Summary", find_row(sheet, "Delivery rate"), 2) == Decimal("0.5")
    assert ev.value("Summary", find_row(sheet, "Funding from Donorland to these projects (all years)"), 2) == Decimal(700_000)


def test_projects_list_with_delivery_and_next_evaluation(donor):
    book, ev = donor
    rows = rows_of(book["Projects"], 5)
    assert [r[0] for r in rows] == ["AAA/21/01/DON", "CCC/21/02/DON", "Total"]
    p1 = rows[0]
    assert p1[1] == INJECTED_TITLE and p1[2] == "Senegal, Cabo Verde" and p1[3] == "Africa" and p1[4] == "Employment"
    assert (p1[6], p1[7]) == (dt.datetime(2021, 1, 1), dt.datetime(2023, 12, 31))
    assert (p1[8], p1[9], p1[11]) == (500_000, 250_000, 300_000)
    assert ev.value("Projects", 5, 11) == Decimal("0.5")
    # Stage and evaluations on the end of the period (31 December 2022): annual review 2, due on
    # 1 January 2023, was not yet due then.
    assert (p1[12], p1[13], p1[14]) == ("Annual review 2", dt.datetime(2023, 1, 1), "Not yet due")
    assert book["Projects"]["F4"].value == "Stage on 31 December 2022"
    assert [ev.value("Projects", 7, c) for c in (9, 10, 11, 12)] == [Decimal(900_000), Decimal(450_000), Decimal("0.5"), Decimal(700_000)]
    assert book["Projects"].auto_filter.ref == "A4:O6"
    assert book["Projects"]["G5"].number_format == "d mmm yyyy"


def test_results_keep_expected_apart_from_achieved(donor):
    book, ev = donor
    rows = rows_of(book["Results"], 5)
    trained, jobs = rows
    assert trained[1:6] == ("Young people trained", "people", 0, 500, 571) and trained[9] == "Target reached"
    assert ev.value("Results", 5, 8) == Decimal(571) / Decimal(500)
    assert trained[8] == pytest.approx(0.53) and book["Results"]["I5"].number_format == "0.0%"
    assert jobs[4:8] == (100, None, None, None) and jobs[9] == "Expected"


def test_evaluations_planned_and_completed_with_overdue_flags(donor):
    book, _ = donor
    rows = rows_of(book["Evaluations"], 5)
    assert [(r[0], r[1], r[4], r[5]) for r in rows] == [
        ("AAA/21/01/DON", "Annual review 1", "Completed", None),
        ("AAA/21/01/DON", "Annual review 2", "Planned", None),  # due after the end of 2022
        ("AAA/21/01/DON", "Final evaluation", "Planned", None),
        ("CCC/21/02/DON", "Mid-term evaluation", "Completed", None),
        ("CCC/21/02/DON", "Final evaluation", "Planned", None),
    ]
    assert rows[0][9] == "=1+1"  # an evaluator's name from the database stays text
    assert book["Evaluations"]["F4"].value == "Overdue on 31 December 2022"
    assert rows[3][6] == "External" and rows[2][7] == "Yes"


def test_a_partner_is_found_by_name_too(small_db, tmp_path):
    book = load(write_donor_report(tmp_path / "f.xlsx", "@foundation y", 2022, 2022, as_of=AS_OF))
    assert [r[0] for r in rows_of(book["Projects"], 5)] == ["AAA/21/01/DON", "Total"]


def test_luxembourg_in_the_demo_shows_the_seeds_contributions(demo_db, tmp_path):
    # Seed 000: voluntary core funding 2018-2023 of US$7.75 million; earmarked 2018-2022 "over US$2.7 million".
    book = load(write_donor_report(tmp_path / "lux.xlsx", "Luxembourg", 2018, 2023, language="en"))  # LUX reads French
    ev = Evaluator(book)
    sheet = book["Summary"]
    core = find_row(sheet, "Voluntary core funding (unearmarked, RBSA)")
    assert ev.value("Summary", core, 8) == Decimal(7750000)
    earmarked = find_row(sheet, "Voluntary earmarked funding (XB)")
    assert sum(ev.value("Summary", earmarked, c) for c in range(2, 7)) > 2_700_000
    assert "DEMO DATA" in book["Summary"]["A3"].value
    assert "TUN/19/01/LUX" in [r[0] for r in rows_of(book["Projects"], 5)]


def test_luxembourg_2018_2025_in_the_demo_holds_euros_and_a_statement_per_project(demo_db, tmp_path):
    """Luxembourg funds in EUR: its contributions in EUR, and for each project a financial statement
    in EUR and US$ whose US$ totals are the project's own budget and expenditure."""
    book = load(write_donor_report(tmp_path / "lux.xlsx", "LUX", 2018, 2025, language="en"))
    ev = Evaluator(book)
    summary = [c.value for row in book["Summary"].iter_rows() for c in row if isinstance(c.value, str)]
    assert any("in EUR" in text for text in summary)
    projects = {r[0]: r for r in rows_of(book["Projects"], 5) if r[0] != "Total"}
    sheet = book["Financial statements"]
    starts = [r for r in range(1, sheet.max_row + 1) if str(sheet.cell(row=r, column=1).value or "").split(" \u2013 ")[0] in projects]
    assert len(starts) == len([p for p in projects.values() if p[9]])  # a statement for each project with expenditure
    for start in starts:
        code = sheet.cell(row=start, column=1).value.split(" \u2013 ")[0]
        header = find_row(sheet, "Budget line", start=start)
        assert sheet.cell(row=header, column=2).value == "Budget (EUR)"
        total = find_row(sheet, "Total", start=header)
        row = next(r for r in range(5, 5 + len(projects)) if book["Projects"].cell(row=r, column=1).value == code)
        assert ev.value(sheet.title, total, 7) == ev.value("Projects", row, 10), code  # expenditure in US$
        if book["Projects"].cell(row=row, column=9).value is not None:
            assert ev.value(sheet.title, total, 6) == ev.value("Projects", row, 9), code  # the budget in US$
