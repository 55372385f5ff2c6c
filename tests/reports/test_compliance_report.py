"""Evaluation compliance: the small portfolio worked out by hand, and every demo project checked
against the domain's own compliance assessment (tracker.domain.rules.compliance.assess over the
rules engine's plan), a code path the report's SQL does not share."""

import datetime as dt
from decimal import Decimal

import pytest

from tests.reports.conftest import AS_OF, find_row, load, rows_of
from tests.reports.formulas import Evaluator
from tracker.domain.classifications import Stage
from tracker.domain.rules.compliance import assess
from tracker.reports import write_compliance_report
from tracker.store import models as m
from tracker.store.projects import load_project, plan_for


@pytest.fixture
def compliance(small_db, tmp_path):
    book = load(write_compliance_report(tmp_path / "compliance.xlsx", AS_OF))
    return book, Evaluator(book)


def test_projects_sheet_lists_every_project_but_cancelled_ones(compliance):
    book, _ = compliance
    rows = {r[0]: r for r in rows_of(book["Projects"], 5)}
    assert list(rows) == ["AAA/21/01/DON", "BBB/22/01/UNX", "CCC/21/02/DON", "EEE/24/01"]
    # code: (required, completed, waived, open, overdue, independence, compliant)
    expected = {
        "AAA/21/01/DON": (3, 1, 0, 2, 2, "Not met", "No"),
        "BBB/22/01/UNX": (1, 1, 0, 0, 0, "Not required", "Yes"),
        "CCC/21/02/DON": (2, 1, 0, 1, 1, "Met", "No"),
        "EEE/24/01": (0, 0, 0, 0, 0, "Not required", "Yes"),
    }
    assert {code: (*r[9:14], r[15], r[16]) for code, r in rows.items()} == expected
    assert rows["AAA/21/01/DON"][4] == "DON, FND" and rows["AAA/21/01/DON"][14] == dt.datetime(2023, 1, 1)
    assert rows["BBB/22/01/UNX"][7] == 110_000  # EUR 100,000 at the recorded 1.10


def test_evaluations_sheet_flags_overdue_ones_with_days(compliance):
    book, _ = compliance
    rows = rows_of(book["Evaluations"], 5)
    overdue = [(r[0], r[3], r[7]) for r in rows if r[6] == "Yes"]
    assert overdue == [("AAA/21/01/DON", "Annual review 2", 546), ("AAA/21/01/DON", "Final evaluation", 182),
                       ("CCC/21/02/DON", "Final evaluation", 366)]
    assert len(rows) == 6 and all(r[0] != "DDD/22/09/DON" for r in rows)
    assert book["Evaluations"].auto_filter.ref == "A4:L10"


def test_summary_by_region_with_live_totals(compliance):
    book, ev = compliance
    sheet = book["Summary"]
    africa, total = find_row(sheet, "Africa"), find_row(sheet, "Total")
    # Projects, required, completed, overdue, projects overdue, independence required, met, compliant
    assert [ev.value("Summary", africa, c) for c in range(2, 10)] == [2, 5, 2, 3, 2, 2, 1, 0]
    assert [ev.value("Summary", total, c) for c in range(2, 12)] == [4, 6, 3, 3, 2, 2, 1, 2, Decimal("0.5"), Decimal("0.5")]


def test_summary_by_partner_counts_a_project_under_each_of_its_partners(compliance):
    book, ev = compliance
    sheet = book["Summary"]
    foundation = find_row(sheet, "@Foundation Y (FND)")
    assert [ev.value("Summary", foundation, c) for c in range(2, 10)] == [1, 3, 1, 2, 1, 1, 0, 0]
    donorland = find_row(sheet, "Donorland (DON)")
    assert ev.value("Summary", donorland, 2) == 2
    assert ev.value("Summary", find_row(sheet, "No partner (ILO regular budget, or none recorded)"), 2) == 1
    everyone = find_row(sheet, "All projects (each counted once)")
    assert [ev.value("Summary", everyone, c) for c in range(2, 10)] == [4, 6, 3, 3, 2, 2, 1, 2]


def test_demo_compliance_agrees_with_the_domain_assessment_of_every_project(demo_db, tmp_path):
    as_of = dt.date(2025, 3, 1)
    book = load(write_compliance_report(tmp_path / "c.xlsx", as_of))
    rows = {r[0]: r for r in rows_of(book["Projects"], 5)}
    live = [p.code for p in m.Project.select(m.Project.code).where(m.Project.stage != Stage.CANCELLED)]
    assert sorted(rows) == sorted(live)
    for code in live:
        project = load_project(code)
        plan = plan_for(project)
        result = assess(project.evaluations, plan.independent_required if plan else False, as_of)
        row = rows[code]
        assert row[13] == len(result.overdue), code
        independence = "Not required" if not result.independent_required else ("Met" if result.independent_met else "Not met")
        assert row[15] == independence, code
        assert row[16] == ("Yes" if result.compliant else "No"), code
