"""Re-planning the whole portfolio at once (tracker.store.replan.replan_all): a consistent
portfolio is left exactly as it is; a project whose dates changed behind the rules' back gets the
plan save_project would give it. Expected plans worked out by hand from the ilo-2002 rule set.
(What the plan fingerprints skip, and what they do not: test_plan_fingerprints.py.)"""

import json
import random
from datetime import date, timedelta
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    Independence,
    Region,
    Stage,
)
from tracker.domain.project import Project
from tracker.domain.rules.replan import replan
from tracker.store import models as m
from tracker.store import replan as store_replan
from tracker.store.errors import StoreError
from tracker.store.projects import load_project, plan_for, save_project
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

    assert (summary.projects, summary.unchanged, summary.planned, summary.changed_projects) == (3, 3, 0, 0)
    assert (summary.added, summary.updated, summary.changes, summary.skipped) == (0, 0, 0, [])
    assert (_table(m.Evaluation), _table(m.Project), _table(m.AuditEntry)) == before
    # Every plan computed again, fingerprints or not, finds the same.
    forced = replan_all(force=True)
    assert (forced.projects, forced.unchanged, forced.planned, forced.changed_projects) == (3, 0, 2, 0)
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

    # Only MID/1's plan is stale (its end date is not the one it was planned from).
    assert (summary.projects, summary.unchanged, summary.planned, summary.changed_projects) == (3, 2, 1, 1)
    assert (summary.added, summary.updated, summary.changes) == (3, 2, 5)
    assert seen[-1] == (1, 1)
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


# ---------------------------------------------------------------- a new version of the rule set


def _ilo_2002() -> dict:
    return json.loads(resources.files("tracker.resources").joinpath("rulesets", "ilo-2002.json").read_text(encoding="utf-8"))


def test_a_new_version_of_the_rule_set_is_applied_to_every_plan(portfolio, tmp_path, monkeypatch):
    # The same rules published again as version 2 (a file of the same name in TRACKER_RULESETS
    # takes the place of the shipped one): nothing is rescheduled, but every planned evaluation
    # now names the rule set it follows, so every plan is rewritten.
    rules = _ilo_2002()
    rules["version"] = 2
    (tmp_path / "ilo-2002.json").write_text(json.dumps(rules), encoding="utf-8")
    monkeypatch.setenv("TRACKER_RULESETS", str(tmp_path))
    entries = m.AuditEntry.select().count()

    summary = replan_all()

    assert (summary.planned, summary.changed_projects, summary.added, summary.updated) == (2, 2, 0, 3)
    assert {e.rule_set for code in ("SMALL/1", "MID/1") for e in load_project(code).evaluations} == {"ilo-2002 v2"}
    assert [load_project(code).version for code in ("SMALL/1", "MID/1")] == [2, 2]
    assert m.AuditEntry.select().count() == entries  # a new label is not a change of plan
    assert replan_all().changed_projects == 0


def test_a_changed_rule_in_a_new_version_changes_the_plans_it_affects(portfolio, tmp_path, monkeypatch):
    # Version 2 moves the first threshold from 18 to 25 months: MID/1 (24 months) now needs a
    # final evaluation only, so its planned mid-term is no longer required, with the reason;
    # SMALL/1 (16 months) keeps its plan and only takes the new label.
    rules = _ilo_2002()
    rules["version"] = 2
    rules["bands"][0].update({"description": "under 25 months", "below": "25"})
    rules["bands"][1].update({"description": "25-30 months", "from": "25"})
    (tmp_path / "ilo-2002.json").write_text(json.dumps(rules), encoding="utf-8")
    monkeypatch.setenv("TRACKER_RULESETS", str(tmp_path))
    last_entry = m.AuditEntry.select().count()

    summary = replan_all()

    assert (summary.changed_projects, summary.added, summary.changes) == (2, 0, 1)
    assert _evaluations("MID/1") == [
        (EvaluationKind.MID_TERM, 1, date(2024, 12, 31), EvaluationStatus.NOT_REQUIRED, False, False),
        (EvaluationKind.FINAL, 1, date(2025, 12, 31), EvaluationStatus.PLANNED, True, True),
    ]
    final = load_project("MID/1").evaluations[-1]
    assert final.reason.startswith("24.00 months is under 25 months: final evaluation on completion")
    entry = m.AuditEntry.get(m.AuditEntry.id > last_entry)
    assert (entry.project_code, entry.action, entry.field) == ("MID/1", "replan", "Mid-term evaluation")
    assert entry.new == "no longer required: 24.00 months is under 25 months: final evaluation on completion (rule set ilo-2002 v2)"


# ---------------------------------------------------------------- the same as project by project


def _varied_portfolio(count: int) -> None:
    """`count` projects around every boundary of ilo-2002 (durations near 18 and 30 months,
    budgets near US$350,000, in US$ and EUR, mid-term reviews agreed or not), saved with their
    plans, then made stale behind the rules' back as an import or a rule change would: dates,
    budgets and flags changed in place, some evaluations completed, in progress or independent."""
    rng = random.Random(6)
    for n in range(count):
        start = date(2020, 1, 1) + timedelta(days=rng.randrange(0, 2000))
        end = start + timedelta(days=rng.choice([300, 540, 547, 548, 560, 700, 912, 913, 914, 1200, 1800]))
        currency, rate = rng.choice([("USD", Decimal(1)), ("EUR", Decimal("1.08"))])
        budget = rng.choice([Decimal("100000.00"), Decimal("324074.07"), Decimal("324074.08"), Decimal("350000.00"),
                             Decimal("350000.01"), Decimal("2000000.00")])
        save_project(_project(f"VAR/{n:03d}", planned_start=start, planned_end=end, budget=budget, currency=currency,
                              usd_rate=rate, midterm_review_agreed=rng.random() < 0.5))
    for project in m.Project.select().where(m.Project.code.startswith("VAR/")):
        change = rng.randrange(5)
        if change == 0:
            project.planned_end = project.planned_end + timedelta(days=rng.choice([-200, -60, 1, 90, 400, 800]))
        elif change == 1:
            project.budget = rng.choice([Decimal("100000.00"), Decimal("350000.01"), Decimal("5000000.00")])
        elif change == 2:
            project.midterm_review_agreed = not project.midterm_review_agreed
        elif change == 3:
            project.planned_start = project.planned_start - timedelta(days=rng.choice([31, 365]))
        project.save()
    for evaluation in m.Evaluation.select().join(m.Project).where(m.Project.code.startswith("VAR/")):
        fate = rng.randrange(6)
        if fate == 0:
            evaluation.status, evaluation.evaluator = EvaluationStatus.COMPLETED, "An evaluator"
            evaluation.completed_on = evaluation.due
            evaluation.independence = Independence.EXTERNAL
        elif fate == 1:
            evaluation.status = EvaluationStatus.IN_PROGRESS
        elif fate == 2:
            evaluation.independence = Independence.INDEPENDENT_INTERNAL
        evaluation.save()
    # Evaluations written around the write path leave the fingerprints as they were (only
    # save_project writes evaluations, and it re-plans): these plans are stale as a whole.
    m.Project.update(plan_fingerprint=None).execute()


def _state(e) -> tuple[object, ...]:
    return (e.kind, e.sequence, e.due, e.status, e.mandatory, e.independence_required, e.reason, e.rule_set)


def _what_save_project_would_do() -> dict[str, tuple[list[tuple[object, ...]], list[tuple[object, ...]], list[str]]]:
    """For each project: its evaluations before, its evaluations after plan_for and replan as
    save_project applies them, one project at a time, and the plan changes."""
    expected = {}
    for (code,) in m.Project.select(m.Project.code).tuples():
        project = load_project(code)
        plan = plan_for(project)
        evaluations, changes = replan(project.evaluations, plan) if plan is not None else (project.evaluations, [])
        expected[code] = ([_state(e) for e in project.evaluations], [_state(e) for e in evaluations],
                          [f"{c.evaluation}: {c.action}: {c.detail}" for c in changes])
    return expected


@pytest.mark.parametrize("processes", [1, 2])
def test_every_plan_is_the_one_plan_for_and_replan_give_project_by_project(db, processes):
    _varied_portfolio(40)
    expected = _what_save_project_would_do()
    assert sum(1 for _, _, changes in expected.values() if changes) > 20  # most plans are stale
    last_entry = m.AuditEntry.select(m.AuditEntry.id).order_by(m.AuditEntry.id.desc()).scalar()
    versions = dict(m.Project.select(m.Project.code, m.Project.version).tuples())

    summary = replan_all(processes=processes)

    assert summary.planned == 40
    for code, (before, after, changes) in expected.items():
        stored = load_project(code)
        assert [_state(e) for e in stored.evaluations] == after, code
        recorded = [f"{e.field}: {e.new}" for e in m.AuditEntry.select().where(
            (m.AuditEntry.id > last_entry) & (m.AuditEntry.project_code == code)).order_by(m.AuditEntry.id)]
        assert recorded == changes, code
        # The version goes up when anything about the evaluations changed, and only then.
        assert stored.version == versions[code] + (sorted(before, key=repr) != sorted(after, key=repr)), code
    assert replan_all(processes=processes).changed_projects == 0


def test_two_processes_write_exactly_what_one_writes(db, monkeypatch):
    # The helper process plans the upper part of the projects; the rows it finds to write go in
    # after this process's, so the evaluations and the audit trail come out in the same order as
    # with one process.
    _varied_portfolio(40)
    before = {table: _table(table) for table in (m.Evaluation, m.Project, m.AuditEntry)}
    one = replan_all(processes=1)
    after_one = _snapshot()
    _restore(before)
    helpers = []

    class CountedHelper(store_replan.Helper):
        def __init__(self, *args, **kwargs):
            helpers.append(args)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(store_replan, "Helper", CountedHelper)
    two = replan_all(processes=2)

    assert len(helpers) == 1

    assert (two.planned, two.changed_projects, two.added, two.updated, two.changes) == (
        one.planned, one.changed_projects, one.added, one.updated, one.changes)
    assert _snapshot() == after_one


def _snapshot() -> tuple[list[tuple[object, ...]], ...]:
    """The tables a re-plan writes, in the order written, without what differs from run to run
    (the ids and uuids of new rows, the time)."""
    evaluations = [(e.project_id, e.kind, e.sequence, e.due, e.status, e.independence, e.independence_required,
                    e.mandatory, e.reason, e.rule_set) for e in m.Evaluation.select().order_by(m.Evaluation.id)]
    projects = list(m.Project.select(m.Project.id, m.Project.version).order_by(m.Project.id).tuples())
    audit = list(m.AuditEntry.select(m.AuditEntry.record_uuid, m.AuditEntry.project_code, m.AuditEntry.action,
                                     m.AuditEntry.field, m.AuditEntry.new).order_by(m.AuditEntry.id).tuples())
    return evaluations, projects, audit


def _restore(tables: dict) -> None:
    """Put the tables a re-plan writes back as they were."""
    with m.Project._meta.database.atomic():
        for table in (m.AuditEntry, m.Evaluation):
            table.delete().execute()
            rows = tables[table]
            for start in range(0, len(rows), 100):
                table.insert_many(rows[start:start + 100], fields=list(table._meta.sorted_fields)).execute()
        names = [f.name for f in m.Project._meta.sorted_fields]
        for row in tables[m.Project]:
            m.Project.update(**{name: row[names.index(name)] for name in ("version", "plan_fingerprint", "open_evaluations")}).where(
                m.Project.id == row[0]).execute()


def test_cancelling_while_the_helper_plans_writes_nothing(db):
    # With a helper, this process writes its own part while the helper finishes: cancelling
    # then rolls that back.
    _varied_portfolio(30)
    before = (_table(m.Evaluation), _table(m.Project), _table(m.AuditEntry))

    assert replan_all(cancelled=lambda: True, processes=2).cancelled
    assert (_table(m.Evaluation), _table(m.Project), _table(m.AuditEntry)) == before


def test_a_helper_that_fails_is_reported_and_nothing_is_written(db, monkeypatch):
    _varied_portfolio(30)
    before = (_table(m.Evaluation), _table(m.Project), _table(m.AuditEntry))
    monkeypatch.setattr(store_replan, "database_address", lambda database: str(Path("/nonexistent/tracker.sqlite3")))

    with pytest.raises(StoreError, match="/nonexistent/tracker.sqlite3"):
        replan_all(processes=2)
    assert (_table(m.Evaluation), _table(m.Project), _table(m.AuditEntry)) == before


@pytest.mark.parametrize("processes", [1, 2])
def test_progress_rises_to_the_total_once_every_plan_is_computed(db, monkeypatch, processes):
    # The desktop app shows the progress and takes (total, total) as the moment the writing
    # starts, after which Cancel is no longer offered (tracker.gui.replan_command).
    monkeypatch.setattr(store_replan, "PROGRESS_EVERY", 5)
    _varied_portfolio(40)
    seen = []

    replan_all(progress=lambda done, total: seen.append((done, total)), processes=processes)

    assert len(seen) > 2 and {total for _, total in seen} == {40}
    assert seen[-1] == (40, 40) and all(done < 40 for done, _ in seen[:-1])
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_inside_a_transaction_what_it_changed_is_planned_by_this_process(portfolio, monkeypatch):
    # A helper reads through a connection of its own and would not see the uncommitted end date.
    started = []
    monkeypatch.setattr(store_replan, "Helper", lambda *args, **kwargs: started.append(args))
    with m.Project._meta.database.atomic():
        m.Project.update(planned_end=date(2027, 6, 30)).where(m.Project.code == "MID/1").execute()
        summary = replan_all(processes=2)
    assert started == [] and (summary.changed_projects, summary.added) == (1, 3)
    assert [e.kind for e in load_project("MID/1").evaluations].count(EvaluationKind.ANNUAL_REVIEW) == 3


def _complete_every_evaluation(code: str) -> None:
    """What an officer does in the editor: record every evaluation of the project as completed."""
    project = load_project(code)
    for evaluation in project.evaluations:
        evaluation.status = EvaluationStatus.COMPLETED
        evaluation.completed_on = date(2025, 12, 20)
        evaluation.evaluator = "Evaluation office"
        evaluation.independence = Independence.EXTERNAL
    save_project(project)


def test_a_save_made_while_replan_runs_is_never_overwritten(portfolio):
    # The plans go stale behind the rules' back, so replan has something to write for MID/1; while
    # it is between planning and writing, an officer saves MID/1 with every evaluation completed.
    m.Project.update(planned_end=date(2027, 6, 30)).where(m.Project.code == "MID/1").execute()
    saved_meanwhile = []

    def progress(done: int, total: int, text: str = "") -> None:
        if done == total and not saved_meanwhile:
            _complete_every_evaluation("MID/1")
            saved_meanwhile.append(load_project("MID/1"))

    summary = replan_all(progress=progress, processes=1)

    assert saved_meanwhile and not summary.cancelled
    after = load_project("MID/1")
    user = saved_meanwhile[0]
    # What the officer recorded is all still there, exactly.
    for recorded in user.evaluations:
        stored = next(e for e in after.evaluations if e.uuid == recorded.uuid)
        assert (stored.status, stored.completed_on, stored.evaluator) == (recorded.status, recorded.completed_on, recorded.evaluator)
    # No row says "planned" while carrying a completion date; one final evaluation only.
    assert not [e for e in after.evaluations if e.status is not EvaluationStatus.COMPLETED and e.completed_on]
    assert len([e for e in after.evaluations if e.kind is EvaluationKind.FINAL]) == 1
    # The plan is the one save_project gives on the current data, and the trail agrees with it.
    assert replan_all(processes=1).changed_projects == 0
    assert after.version == user.version


def test_replan_writes_what_it_planned_for_projects_nobody_touched(portfolio):
    m.Project.update(planned_end=date(2027, 6, 30)).where(m.Project.code == "MID/1").execute()
    m.Project.update(planned_end=date(2025, 12, 31)).where(m.Project.code == "SMALL/1").execute()

    def progress(done: int, total: int, text: str = "") -> None:
        if done == total:
            _complete_every_evaluation("MID/1")

    summary = replan_all(progress=progress, processes=1)

    # SMALL/1 (untouched) is re-planned by replan; MID/1 by the officer's own save.
    assert summary.changed_projects >= 1
    assert [e.due for e in load_project("SMALL/1").evaluations if e.kind is EvaluationKind.FINAL] == [date(2025, 12, 31)]
    assert replan_all(processes=1).changed_projects == 0


def test_replan_says_which_projects_it_changed(portfolio):
    m.Project.update(planned_end=date(2027, 6, 30)).where(m.Project.code == "MID/1").execute()
    summary = replan_all(processes=1)
    assert summary.changed_project_ids == (load_project("MID/1").id,)
    assert replan_all(processes=1).changed_project_ids == ()
