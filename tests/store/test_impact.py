"""The impact of a rule set on the portfolio (tracker.store.impact): it lists exactly the projects
whose plans adopting the rule set would change, with what would change, and writes nothing."""

from __future__ import annotations

import json
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tracker.domain.classifications import EvaluationKind, EvaluationStatus, Region, Stage
from tracker.domain.project import Evaluation, Project
from tracker.domain.rules.ruleset import load_rule_set, parse_rule_set
from tracker.store import models as m
from tracker.store.impact import rule_set_impact, stale_plan_impact
from tracker.store.projects import load_project, save_project
from tracker.store.replan import replan_all

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "rulesets" / "example-tiered.json"


@pytest.fixture
def example_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example tiered policy installed where tracker finds rule sets (it takes effect on 1 Jan 2027)."""
    folder = tmp_path / "rulesets"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / EXAMPLE.name)
    monkeypatch.setenv("TRACKER_RULESETS", str(folder))
    monkeypatch.setenv("TRACKER_USER_RULESETS", str(tmp_path / "user-rulesets"))
    return folder


def _example(**changes: object):  # type: ignore[no-untyped-def]
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw.update(changes)
    return parse_rule_set(raw, "example-tiered.json")


def _plans() -> dict[str, list[tuple[object, ...]]]:
    """Every project's evaluations as a plan decides them (not their reasons' wording)."""
    plans: dict[str, list[tuple[object, ...]]] = {code: [] for (code,) in m.Project.select(m.Project.code).tuples()}
    query = (m.Evaluation.select(m.Project.code, m.Evaluation.kind, m.Evaluation.sequence, m.Evaluation.due, m.Evaluation.status,
                                 m.Evaluation.mandatory, m.Evaluation.independence_required).join(m.Project).tuples())
    for code, kind, sequence, due, status, mandatory, independence_required in query:
        plans[code].append((kind, sequence, str(due), status, bool(mandatory), bool(independence_required)))
    return {code: sorted(rows) for code, rows in plans.items()}


def _tables() -> tuple[object, ...]:
    return tuple(sorted(model.select().tuples()) for model in (m.Project, m.Evaluation, m.AuditEntry))  # type: ignore[attr-defined]


def test_the_impact_of_the_example_policy_over_the_demo_lists_exactly_the_projects_whose_plans_change(demo_db, example_folder):
    rules = load_rule_set("example-tiered")
    report = rule_set_impact(rules)
    assert report.projects_checked == m.Project.select().where(
        m.Project.planned_start.is_null(False) & m.Project.planned_end.is_null(False) & m.Project.budget.is_null(False)).count()
    assert report.projects_changed and report.rows
    assert set(report.projects_changed) == {row.code for row in report.rows}
    assert not any(row.follows for row in report.rows)  # in force from 2027: no demo project would follow it today

    # Adopting it for real, in this throwaway copy: every project assigned the rule set, then re-planned.
    before = _plans()
    m.Project.update(rule_set="example-tiered", rule_set_assigned=True).execute()
    replan_all(processes=1)
    after = _plans()
    changed = sorted(code for code in before if before[code] != after[code])
    assert list(report.projects_changed) == changed


def test_each_row_says_what_would_change_with_both_due_dates(db, example_folder):
    # 1 Jan 2024 - 31 Dec 2025, US$500,000, under ilo-2002: a mid-term evaluation on 31 Dec 2024 and an
    # independent final one on 31 Dec 2025. Under the example, below US$1,000,000 (tier T1, "replace"):
    # an internal evaluation 3 months before the end instead of both.
    save_project(Project(code="MID/1", title="Mid", region=Region.AFRICA, countries=["TN"], stage=Stage.IMPLEMENTATION,
                         planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31), budget=Decimal("500000.00")), allow_stage_change=True)
    report = rule_set_impact(load_rule_set("example-tiered"))
    rows = {(row.change, row.evaluation): row for row in report.rows}
    assert report.projects_changed == ("MID/1",)
    assert (rows["loses", "Mid-term evaluation"].before_due, rows["loses", "Mid-term evaluation"].after_due) == (date(2024, 12, 31), None)
    assert (rows["loses", "Final evaluation"].before_due, rows["loses", "Final evaluation"].after_due) == (date(2025, 12, 31), None)
    gained = rows["gains", "Internal evaluation"]
    assert (gained.before_due, gained.after_due, gained.action) == (None, date(2025, 9, 30), "added")
    assert "3 months before the end" in gained.detail
    assert (gained.code, gained.stage, gained.rule_set, gained.follows) == ("MID/1", Stage.IMPLEMENTATION, "ilo-2002", False)
    assert report.counts() == {"gains": 1, "loses": 2, "moves": 0, "independence": 0}

    # Re-planning under ilo-2002 again changes nothing: an unchanged plan is no impact, its reasons' words aside.
    same = rule_set_impact(load_rule_set("ilo-2002"))
    assert (same.projects_checked, same.projects_changed, same.rows) == (1, (), ())


def test_an_optional_evaluation_the_rule_set_would_require_is_an_impact(db, example_folder):
    # The officer planned an internal evaluation of their own (not required by ilo-2002) on the day the
    # example's tier T1 would require one: adopting it adds none, but makes that one required.
    save_project(Project(code="MID/1", title="Mid", region=Region.AFRICA, countries=["TN"], stage=Stage.IMPLEMENTATION,
                         planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31), budget=Decimal("500000.00"),
                         evaluations=[Evaluation(EvaluationKind.INTERNAL, date(2025, 9, 30))]), allow_stage_change=True)
    assert [e.mandatory for e in load_project("MID/1").evaluations if e.kind is EvaluationKind.INTERNAL] == [False]
    report = rule_set_impact(load_rule_set("example-tiered"))
    internal = [row for row in report.rows if row.evaluation == "Internal evaluation"]
    assert [(row.change, row.action, row.action_label, row.before_due, row.after_due) for row in internal] == [
        ("gains", "now required", "now required", None, date(2025, 9, 30))]
    assert "3 months before the end" in internal[0].detail


def test_nothing_is_written(demo_db, example_folder):
    before = _tables()
    rule_set_impact(load_rule_set("example-tiered"))
    rule_set_impact(load_rule_set("example-tiered"), scope="followers")
    stale_plan_impact(force=True)
    assert _tables() == before


@pytest.mark.sqlite_only
def test_the_database_file_is_left_byte_for_byte_as_it_was(demo_target, example_folder):
    from tracker.store.database import close_database, open_database

    open_database(demo_target)
    close_database()  # whatever opening does (a checkpoint) happens before the copy is taken
    kept = Path(demo_target).read_bytes()
    open_database(demo_target)
    try:
        rule_set_impact(load_rule_set("example-tiered"))
        stale_plan_impact(force=True)
    finally:
        close_database()
    assert Path(demo_target).read_bytes() == kept


def test_followers_are_the_projects_it_is_assigned_to_and_when_in_force_those_not_yet_approved(db, example_folder):
    def project(code: str, stage: Stage, **values: object) -> None:
        save_project(Project(code=code, title=code, region=Region.AFRICA, countries=["TN"], stage=stage,
                             planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31), budget=Decimal("500000.00"),
                             **values), allow_stage_change=True)  # type: ignore[arg-type]

    project("DESIGN/1", Stage.DESIGN)
    project("APPROVED/1", Stage.IMPLEMENTATION)
    project("ASSIGNED/1", Stage.IMPLEMENTATION, rule_set="example-tiered", rule_set_assigned=True)
    project("KEPT/1", Stage.APPRAISAL, rule_set="ilo-2002", rule_set_assigned=True)
    assert load_project("ASSIGNED/1").rule_set == "example-tiered"

    # In force from 2027: only the project it is assigned to follows it, and it is planned under it already.
    later = rule_set_impact(load_rule_set("example-tiered"), scope="followers", today=date(2026, 12, 6))
    assert (later.projects_checked, later.projects_changed, later.scope) == (1, (), "followers")

    # Were it in force today, the project in design, not assigned any, would follow it too; the approved
    # project keeps the rule set it was approved under, and so does the one assigned ilo-2002.
    now = rule_set_impact(_example(effective_from="2026-01-01"), scope="followers", today=date(2026, 12, 6))
    assert now.projects_checked == 2
    assert now.projects_changed == ("DESIGN/1",)
    assert all(row.follows for row in now.rows)
    everyone = rule_set_impact(_example(effective_from="2026-01-01"), scope="all", today=date(2026, 12, 6))
    assert everyone.projects_changed == ("APPROVED/1", "DESIGN/1", "KEPT/1")
    assert {row.code: row.follows for row in everyone.rows} == {"APPROVED/1": False, "DESIGN/1": True, "KEPT/1": False}


def test_the_dry_run_of_a_replan_shows_what_replan_all_then_does(db):
    save_project(Project(code="MID/1", title="Mid", region=Region.AFRICA, countries=["TN"], stage=Stage.IMPLEMENTATION,
                         planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31), budget=Decimal("500000.00")), allow_stage_change=True)
    assert stale_plan_impact().projects_checked == 0  # every plan current
    # The end moves to 30 Jun 2025 behind the rules' back (18 months: still mid-term and final).
    m.Project.update(planned_end=date(2025, 6, 30)).execute()
    report = stale_plan_impact()
    assert report.projects_changed == ("MID/1",)
    moved = {row.evaluation: (row.change, row.before_due, row.after_due) for row in report.rows}
    assert moved["Final evaluation"] == ("moves", date(2025, 12, 31), date(2025, 6, 30))
    assert moved["Mid-term evaluation"][0] == "moves"
    assert load_project("MID/1").evaluations[-1].due == date(2025, 12, 31)  # nothing written

    replan_all()
    evaluations = {e.kind: e for e in load_project("MID/1").evaluations if e.status is not EvaluationStatus.NOT_REQUIRED}
    assert evaluations[EvaluationKind.FINAL].due == date(2025, 6, 30)
    assert evaluations[EvaluationKind.MID_TERM].due == moved["Mid-term evaluation"][2]
    assert stale_plan_impact().rows == ()
