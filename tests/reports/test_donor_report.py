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
    assert book.sheetnames == ["Notes", "Summary", "Projects", "Results", "Evaluations"]
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
    assert ev.value("Summary", find_row(sheet, "Funding from DON to these projects (all years)"), 2) == Decimal(700_000)


def test_projects_list_with_delivery_and_next_evaluation(donor):
    book, ev = donor
    rows = rows_of(book["Projects"], 5)
    assert [r[0] for r in rows] == ["AAA/21/01/DON", "CCC/21/02/DON", "Total"]
    p1 = rows[0]
    assert p1[1] == INJECTED_TITLE and p1[2] == "Senegal, Cabo Verde" and p1[3] == "Africa" and p1[4] == "Employment"
    assert (p1[6], p1[7]) == (dt.datetime(2021, 1, 1), dt.datetime(2023, 12, 31))
    assert (p1[8], p1[9], p1[11]) == (500_000, 250_000, 300_000)
    assert ev.value("Projects", 5, 11) == Decimal("0.5")
    assert (p1[12], p1[13], p1[14]) == ("Annual review 2", dt.datetime(2023, 1, 1), "Overdue")
    assert [ev.value("Projects", 7, c) for c in (9, 10, 11, 12)] == [Decimal(900_000), Decimal(450_000), Decimal("0.5"), Decimal(700_000)]
    assert book["Projects"].auto_filter.ref == "A4:O6"
    assert book["Projects"]["G5"].number_format == "d mmm yyyy"


def test_results_keep_expected_apart_from_achieved(donor):
    book, ev = donor
    rows = rows_of(book["Results"], 5)
    trained, jobs = rows
    assert trained[1:6] == ("Young people trained", "people", 0, 500, 571) and trained[8] == "Achieved"
    assert ev.value("Results", 5, 7) == Decimal(571) / Decimal(500)
    assert trained[7] == pytest.approx(0.53) and book["Results"]["H5"].number_format == "0.0%"
    assert jobs[4:7] == (100, None, None) and jobs[8] == "Expected: target not yet reached"


def test_evaluations_planned_and_completed_with_overdue_flags(donor):
    book, _ = donor
    rows = rows_of(book["Evaluations"], 5)
    assert [(r[0], r[1], r[4], r[5]) for r in rows] == [
        ("AAA/21/01/DON", "Annual review 1", "Completed", None),
        ("AAA/21/01/DON", "Annual review 2", "Planned", "Overdue"),
        ("AAA/21/01/DON", "Final evaluation", "Planned", "Overdue"),
        ("CCC/21/02/DON", "Mid-term evaluation", "Completed", None),
        ("CCC/21/02/DON", "Final evaluation", "Planned", "Overdue"),
    ]
    assert rows[0][9] == "=1+1"  # an evaluator's name from the database stays text
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
