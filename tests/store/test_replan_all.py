"""Re-planning the whole portfolio at once (tracker.store.replan.replan_all): a consistent
portfolio is left exactly as it is; a project whose dates changed behind the rules' back gets the
plan save_project would give it. Expected plans worked out by hand from the ilo-2002 rule set."""

from datetime import date
from decimal import Decimal

import pytest

from tracker.domain.classifications import EvaluationKind, EvaluationStatus, Region, Stage
from tracker.domain.project import Project
from tracker.store import models as m
from tracker.store.projects import load_project, save_project
from tracker.store.replan import replan_all


def _project(code: str, **values) -> Project:
    return Project(code=code, title=f"Project {code}", region=Region.AFRICA, countries=["TN"], **values)


@pytest.fixture
def portfolio(db):
    # 1 Jan 2024 - 30 Apr 2025: 16 months (under 18): a final evaluation only, due on the end
    # date; EUR 300,000 at 1.08 is US$324,000, not over US$350,000: no independent evaluation.
    save_project(_project("SMALL/1", planned_start=date(2024, 1, 1), planned_end=date(2025, 4, 30),
                          budget=Decimal("300000.00"), currency="EUR", usd_rate=Decimal("1.08")))
    # 1 Jan 2024 - 31 Dec 2025: 24 months (18-30): a mid-term evaluation at the midpoint
    # (730 days // 2 = 365 days after 1 Jan 2024, a leap year: 31 Dec 2024) and a final one on
    # 31 Dec 2025; US$500,000 is over US$350,000, so the final evaluation must be independent.
    save_project(_project("MID/1", planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31),
                          budget=Decimal("500000.00")))
    # In design, no dates or budget yet: no plan.
    save_project(_project("DESIGN/1", stage=Stage.DESIGN))


def _evaluations(code: str) -> list[tuple[object, ...]]:
    return [(e.kind, e.sequence, e.due, e.status, e.mandatory, e.independence_required)
            for e in load_project(code).evaluations]


def _table(model: type[m.BaseModel]) -> list[tuple[object, ...]]:
    return sorted(model.select().tuples())  # type: ignore[attr-defined]


def test_a_consistent_portfolio_is_left_exactly_as_it_is(portfolio):
    assert _evaluations("SMALL/1") == [(EvaluationKind.FINAL, 1, date(2025, 4, 30), EvaluationStatus.PLANNED, True, False)]
    assert _evaluations("MID/1") == [
        (EvaluationKind.MID_TERM, 1, date(2024, 12, 31), EvaluationStatus.PLANNED, True, False),
        (EvaluationKind.FINAL, 1, date(2025, 12, 31), EvaluationStatus.PLANNED, True, True),
    ]
    before = (_table(m.Evaluation), _table(m.Project), _table(m.AuditEntry))

    summary = replan_all()

    assert (summary.projects, summary.planned, summary.changed_projects) == (3, 2, 0)
    assert (summary.added, summary.updated, summary.changes, summary.skipped) == (0, 0, 0, [])
    assert (_table(m.Evaluation), _table(m.Project), _table(m.AuditEntry)) == before


def test_a_stale_plan_is_brought_in_line_and_recorded(portfolio):
    # The end date moves to 30 Jun 2027 without going through save_project (as a bulk import or
    # a rule-set change would leave it): 1 Jan 2024 - 30 Jun 2027 is 42 months, over 30, so the
    # plan is an annual review on each anniversary before the end (1 Jan 2025, 2026, 2027) and
    # the final evaluation on 30 Jun 2027, still independent; the mid-term is no longer required.
    m.Project.update(planned_end=date(2027, 6, 30)).where(m.Project.code == "MID/1").execute()
    untouched = _evaluations("SMALL/1")
    last_entry = m.AuditEntry.select().count()
    seen = []

    summary = replan_all(progress=lambda done, total: seen.append((done, total)))

    assert (summary.projects, summary.planned, summary.changed_projects) == (3, 2, 1)
    assert (summary.added, summary.updated, summary.changes) == (3, 2, 5)
    assert seen[-1] == (3, 3)
    assert _evaluations("MID/1") == [
        (EvaluationKind.MID_TERM, 1, date(2024, 12, 31), EvaluationStatus.NOT_REQUIRED, False, False),
        (EvaluationKind.ANNUAL_REVIEW, 1, date(2025, 1, 1), EvaluationStatus.PLANNED, True, False),
        (EvaluationKind.ANNUAL_REVIEW, 2, date(2026, 1, 1), EvaluationStatus.PLANNED, True, False),
        (EvaluationKind.ANNUAL_REVIEW, 3, date(2027, 1, 1), EvaluationStatus.PLANNED, True, False),
        (EvaluationKind.FINAL, 1, date(2027, 6, 30), EvaluationStatus.PLANNED, True, True),
    ]
    assert _evaluations("SMALL/1") == untouched
    project = load_project("MID/1")
    assert project.version == 2  # an editor holding version 1 is told its copy is stale
    final = project.evaluations[-1]
    assert final.reason.startswith("42.00 months is over 30 months") and final.rule_set == "ilo-2002 v1"
    texts = sorted(f"{e.field}: {e.new}" for e in m.AuditEntry.select().where(
        (m.AuditEntry.action == "replan") & (m.AuditEntry.id > last_entry)))
    assert [t.split(":")[0] + ":" + t.split(":")[1] for t in texts] == [
        "Annual review 1: added", "Annual review 2: added", "Annual review 3: added",
        "Final evaluation: rescheduled", "Mid-term evaluation: no longer required",
    ]
    assert any(t.startswith("Final evaluation: rescheduled: from 2025-12-31 to 2027-06-30") for t in texts)
    # The result is what save_project gives: saving the project again changes nothing more,
    # and a second portfolio re-plan finds nothing to do.
    _, changes = save_project(project)
    assert changes == []
    assert replan_all().changed_projects == 0


def test_cancelling_writes_nothing_and_an_unknown_rule_set_is_skipped(portfolio):
    m.Project.update(planned_end=date(2027, 6, 30)).where(m.Project.code == "MID/1").execute()
    before = _table(m.Evaluation)
    assert replan_all(cancelled=lambda: True).cancelled
    assert _table(m.Evaluation) == before

    m.Project.update(rule_set="no-such-rules").where(m.Project.code == "MID/1").execute()
    summary = replan_all()
    assert summary.skipped == ["MID/1"] and summary.changed_projects == 0
    assert _table(m.Evaluation) == before
