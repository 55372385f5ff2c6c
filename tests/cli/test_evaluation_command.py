"""`tracker evaluation CODE ...`: list, start, complete, waive, withdraw a waiver, plan, require
independence and add, on a database file and on a server; refusals are one line and exit 1."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from tests.cli.test_cli import run
from tests.partner_helpers import ensure_partner
from tracker.domain.classifications import Criterion, EvaluationStatus, Independence, PartnerCategory, Region, StrategicObjective
from tracker.domain.project import Partner, Project

CODE = "SEN/24/01/LUX"


@pytest.fixture
def tracker(capsys, db_target):
    """Run `tracker --db <the test's database> ...` on a database holding one project: 24 months,
    US$400,000 (a mid-term evaluation due 2024-12-31, an independent final due 2025-12-31)."""
    from tracker.store.database import close_database, open_database
    from tracker.store.projects import save_project

    open_database(db_target)
    ensure_partner(Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL, country="LU"))
    save_project(Project(
        code=CODE, title="Quality apprenticeships in Senegal", region=Region.AFRICA, countries=["SN"],
        outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31),
        budget=Decimal("400000.00"),
    ))
    close_database()
    return lambda *args: run(capsys, "--db", str(db_target), *args)


def stored(tracker) -> dict[str, dict]:
    code, out, _ = tracker("evaluation", CODE, "list", "--json")
    assert code == 0
    return {row["evaluation"]: row for row in json.loads(out)}


def test_listing_a_projects_evaluations(tracker):
    code, out, err = tracker("evaluation", CODE, "list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["Evaluation", "Due", "Status", "Mandatory", "Independence", "Completed", "Evaluator", "/", "waiver"]
    assert lines[2].split()[:4] == ["mid-term", "2024-12-31", "Planned", "yes"]
    assert lines[3].startswith("final") and "External" not in lines[3] and "(must be independent)" in lines[3]
    rows = stored(tracker)
    assert list(rows) == ["mid-term", "final"]
    assert rows["final"]["independence_required"] is True and rows["final"]["status"] == "planned"


def test_recording_a_completion_with_ratings_and_findings(tracker):
    code, out, err = tracker("evaluation", CODE, "complete", "final", "--on", "2025-12-15", "--evaluator", "Independent Evaluation Office",
                             "--independence", "independent-external", "--rating", "relevance=6", "--rating", "Sustainability=3",
                             "--findings", "Strong ownership")
    assert (code, err) == (0, "")
    assert out == (f"{CODE}: final evaluation due 2025-12-31 completed on 2025-12-15 by Independent Evaluation Office (external)\n")
    final = stored(tracker)["final"]
    assert (final["status"], final["completed_on"], final["independence"]) == ("completed", "2025-12-15", "external")
    assert final["ratings"] == {"relevance": 6, "sustainability": 3} and final["findings"] == "Strong ownership"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["complete", "final", "--on", "2025-12-15", "--evaluator", "Project team"],
         f"tracker: error: project {CODE}: Evaluation 2: independence: the final evaluation due 2025-12-31 must be independent "
         "(independent internal or external), not a self-evaluation\n"),
        (["complete", "mid-term", "--on", "2099-01-01", "--evaluator", "M&E officer"],
         "Evaluation 1: completed on: the mid-term evaluation due 2024-12-31 cannot be completed on 2099-01-01, a date in the future"),
        (["complete", "mid-term", "--on", "2023-06-30", "--evaluator", "M&E officer"],
         "before the project's start on 2024-01-01"),
        (["complete", "mid-term", "--on", "2024-12-20", "--evaluator", "M&E officer", "--rating", "impact=7"],
         "Evaluation 1: rating impact: the mid-term evaluation due 2024-12-31 cannot be rated 7 on impact: ratings run from 1"),
        (["complete", "mid-term", "--on", "2024-12-20", "--evaluator", "M&E", "--rating", "impact=4", "--rating", "impact=5"],
         "--rating gives impact twice (4 and 5)"),
        (["waive", "mid-term", "--reason", "  "], "Evaluation 1: waiver reason: waiving the mid-term evaluation due 2024-12-31 needs the reason"),
        (["start", "annual-review", "2"], f"project {CODE} has no evaluation 'annual-review 2'; its evaluations: mid-term, final"),
        (["require-independent", "final"], "the final evaluation due 2025-12-31 is already required to be independent"),
        (["withdraw-waiver", "final"], "is planned, not waived: there is no waiver to withdraw"),
        (["add", "--kind", "final", "--due", "2025-12-31"], "already has the final evaluation due 2025-12-31 (planned)"),
        (["add", "--kind", "ex-post", "--due", "2020-01-01"], "cannot be due on 2020-01-01, before the project's start on 2024-01-01"),
    ],
)
def test_a_refused_action_is_one_line_and_exit_1_and_changes_nothing(tracker, args, message):
    before = stored(tracker)
    code, out, err = tracker("evaluation", CODE, *args)
    assert code == 1 and out == ""
    assert message in err and err.startswith("tracker: error: ") and err.count("\n") == 1
    assert stored(tracker) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["complete", "final", "--on", "2025-12-15", "--evaluator", "X", "--rating", "beauty=4"], "'beauty' is not a"),
        (["complete", "final", "--on", "2025-12-15", "--evaluator", "X", "--rating", "impact=good"], "'good' is not a rating"),
        (["complete", "final", "--on", "2025-12-15", "--evaluator", "X", "--independence", "partly"], "'partly' is not a"),
        (["complete", "final", "--evaluator", "X"], "the following arguments are required: --on"),
        (["waive", "final"], "the following arguments are required: --reason"),
        (["shred", "final"], "invalid choice: 'shred'"),
    ],
)
def test_a_malformed_command_is_exit_2(tracker, args, message):
    code, out, err = tracker("evaluation", CODE, *args)
    assert code == 2 and message in err and err.count("\n") == 1


def test_start_waive_withdraw_and_plan(tracker):
    assert tracker("evaluation", CODE, "start", "mid-term")[:2] == (0, f"{CODE}: mid-term evaluation due 2024-12-31 is in progress\n")
    code, out, _ = tracker("evaluation", CODE, "waive", "Mid-term", "evaluation", "--reason", "Security situation")
    assert (code, out) == (0, f"{CODE}: mid-term evaluation due 2024-12-31 waived: Security situation\n")
    assert stored(tracker)["mid-term"]["waiver_reason"] == "Security situation"
    code, _, err = tracker("evaluation", CODE, "complete", "mid-term", "--on", "2024-12-20", "--evaluator", "M&E officer")
    assert code == 1 and "withdraw the waiver first" in err
    assert tracker("evaluation", CODE, "withdraw-waiver", "mid-term")[0] == 0
    assert stored(tracker)["mid-term"]["status"] == "planned"
    code, out, _ = tracker("evaluation", CODE, "plan", "mid-term", "--independence", "internal")
    # An independent mid-term evaluation meets the requirement (README, "Independence"): the re-plan says so.
    assert (code, out) == (0, f"{CODE}: mid-term evaluation due 2024-12-31 planned as independent internal\n"
                              "  plan: Final evaluation independence moved: already met by mid-term evaluation\n")


def test_requiring_the_mid_term_to_be_independent_reports_the_replan(tracker):
    code, out, err = tracker("evaluation", CODE, "require-independent", "mid-term", "--independence", "external")
    assert (code, err) == (0, "")
    assert out == (f"{CODE}: mid-term evaluation due 2024-12-31 must be independent (planned as external)\n"
                   "  plan: Final evaluation independence moved: already met by mid-term evaluation\n")
    rows = stored(tracker)
    assert (rows["mid-term"]["independence_required"], rows["final"]["independence_required"]) == (True, False)


def test_adding_optional_evaluations_names_them(tracker):
    code, out, _ = tracker("evaluation", CODE, "add", "--kind", "ex-post", "--due", "2027-06-30")
    assert (code, out) == (0, f"{CODE}: ex-post evaluation due 2027-06-30 added (optional, self-evaluation; named 'ex-post')\n")
    code, out, _ = tracker("evaluation", CODE, "add", "--kind", "Ex-post evaluation", "--due", "2028-06-30")
    assert code == 0 and out.endswith("named 'ex-post 2')\n")
    assert tracker("evaluation", CODE, "start", "ex-post", "2")[0] == 0
    rows = stored(tracker)
    assert [(r["evaluation"], r["status"], r["mandatory"]) for r in rows.values()] == [
        ("mid-term", "planned", True), ("final", "planned", True), ("ex-post", "planned", False), ("ex-post 2", "in-progress", False)]


def test_the_actions_are_in_the_projects_history(tracker):
    tracker("evaluation", CODE, "complete", "mid-term", "--on", "2024-12-20", "--evaluator", "M&E officer")
    code, out, _ = tracker("history", CODE)
    assert code == 0 and "evaluator" in out and "M&E officer" in out and "completed" in out


def test_the_store_sees_what_the_command_did(tracker, db_target):
    tracker("evaluation", CODE, "complete", "mid-term", "--on", "2024-12-20", "--evaluator", "M&E officer", "--rating", "efficiency=5")
    from tracker.store.database import close_database, open_database
    from tracker.store.projects import load_project

    open_database(db_target)
    try:
        mid_term = load_project(CODE).evaluations[0]
    finally:
        close_database()
    assert (mid_term.status, mid_term.independence, mid_term.ratings) == (EvaluationStatus.COMPLETED, Independence.SELF, {Criterion.EFFICIENCY: 5})
