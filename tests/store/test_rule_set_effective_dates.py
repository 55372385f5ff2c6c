"""Effective dates in the store: a project is planned under the policy in force until it is
approved and under the one in force on its approval date from then on, so that adopting a new
policy (the example tiered policy, effective 1 January 2027) never re-plans a project approved
under the old one; an assigned rule set never moves; the example's appraisal requirements guard
the Approve action. Every date is given (rule_set_on, on=, today=): nothing here depends on the
day the tests run."""

from __future__ import annotations

import functools
import json
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.partner_helpers import ensure_partner
from tracker.domain.classifications import EvaluationKind, FundingModality, PartnerCategory, Region, Stage, StrategicObjective
from tracker.domain.errors import TransitionRefused
from tracker.domain.project import AppraisalRecord, Funding, Partner, Project
from tracker.store import list_totals
from tracker.store import models as m
from tracker.store import replan as store_replan
from tracker.store.integrity import integrity_problems
from tracker.store.plan_fingerprints import stale_plans
from tracker.store.projects import change_stage, find_project_row, load_project, save_project
from tracker.store.replan import follow_policy_in_force, replan_all

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "rulesets" / "example-tiered.json"
BEFORE = date(2026, 11, 2)  # ilo-2002 in force
AFTER = date(2027, 2, 1)  # the example in force
REASONS = {a["code"]: a["reason"] for a in json.loads(EXAMPLE.read_text(encoding="utf-8"))["appraisal"]}
ESS = "no approval without the environmental and social screening recorded (example-tiered v1: every proposal is screened"
ME = "no approval without the appraisal of the monitoring and evaluation plan by the evaluation office recorded"


@pytest.fixture
def policies(db, tmp_path, monkeypatch) -> Path:
    """An empty folder of extra rule sets (TRACKER_RULESETS): ilo-2002 alone until a test adds
    the example policy with `adopt`."""
    folder = tmp_path / "rulesets"
    folder.mkdir()
    monkeypatch.setenv("TRACKER_RULESETS", str(folder))
    monkeypatch.setenv("TRACKER_USER_RULESETS", str(tmp_path / "user-rulesets"))
    ensure_partner(Partner("TST", "Test partner", PartnerCategory.MULTI_BILATERAL, country="DE"))
    return folder


def adopt(folder: Path) -> None:
    shutil.copyfile(EXAMPLE, folder / "example-tiered.json")


@pytest.fixture
def replan_on(monkeypatch):  # type: ignore[no-untyped-def]
    """replan_all follows the policy in force on the day given (not the day the tests run)."""
    def set_day(day: date) -> None:
        monkeypatch.setattr(store_replan, "follow_policy_in_force",
                            functools.partial(follow_policy_in_force, today=day))
    return set_day


def new_project(code: str, budget: str = "6000000.00", **overrides: Any) -> Project:
    values: dict[str, Any] = dict(
        code=code, title="Effective dates", region=Region.AFRICA, countries=["SN"], outcome=StrategicObjective.EMPLOYMENT,
        planned_start=date(2027, 3, 1), planned_end=date(2029, 2, 28), budget=Decimal(budget),
    )
    values.update(overrides)
    project = Project(**values)
    project.fundings = [Funding(FundingModality.EARMARKED, Decimal(budget), "USD", date(2026, 10, 1), partner_code="TST",
                                project_code=code)]
    return project


def stored_evaluations(code: str) -> list[dict[str, Any]]:
    row = find_project_row(code)
    return list(m.Evaluation.select().where(m.Evaluation.project == row.id).order_by(m.Evaluation.id).dicts())


def audit_rows(code: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(a.action, a.field, a.old, a.new) for a in
            m.AuditEntry.select().where(m.AuditEntry.project_code == code).order_by(m.AuditEntry.id)]


def kinds(code: str) -> set[str]:
    """The kinds the project's rule set requires (a re-plan keeps the others as not required)."""
    return {e.kind.value for e in load_project(code).evaluations if e.mandatory}


def assert_check_is_clean() -> None:
    """What `tracker check` checks: the database, the list's totals, the plans."""
    assert integrity_problems() == []
    assert list_totals.differences() == []
    assert stale_plans() == []


def approve(code: str, on: date) -> None:
    change_stage(code, "submit", on=on)
    change_stage(code, "approve", on=on)


def record(code: str, requirement: str, result: str = "", on: date = AFTER) -> None:
    project = load_project(code)
    project.appraisals.append(AppraisalRecord(requirement, on, result, "Appraisal officer"))
    save_project(project, rule_set_on=on)


ILO_KINDS = {"mid-term", "final"}  # 24 months under ilo-2002
T3_KINDS = {"mid-term", "final", "evaluability-assessment", "learning-review"}  # over US$5,000,000 under the example


def test_a_project_approved_before_the_policy_keeps_its_rule_set_and_plan(policies, replan_on):
    save_project(new_project("OLD/1"), rule_set_on=BEFORE)
    approve("OLD/1", BEFORE)
    approved = load_project("OLD/1")
    assert (approved.stage, approved.rule_set, approved.rule_set_assigned) == (Stage.APPROVED, "ilo-2002", False)
    evaluations, trail = stored_evaluations("OLD/1"), audit_rows("OLD/1")
    assert kinds("OLD/1") == ILO_KINDS

    adopt(policies)
    replan_on(AFTER)
    summary = replan_all()
    assert summary.projects >= 1
    assert load_project("OLD/1").rule_set == "ilo-2002"
    assert stored_evaluations("OLD/1") == evaluations  # byte for byte
    assert audit_rows("OLD/1") == trail  # not a row more
    assert replan_all(force=True) is not None
    assert stored_evaluations("OLD/1") == evaluations
    assert_check_is_clean()


def test_a_design_project_follows_the_policy_in_force(policies, replan_on):
    save_project(new_project("NEW/1"), rule_set_on=BEFORE)
    assert load_project("NEW/1").rule_set == "ilo-2002"
    adopt(policies)
    # Saved again on a day before the policy takes effect: still ilo-2002.
    save_project(load_project("NEW/1"), rule_set_on=date(2026, 12, 31))
    assert load_project("NEW/1").rule_set == "ilo-2002"
    before = len(audit_rows("NEW/1"))

    replan_on(AFTER)
    replan_all()
    project = load_project("NEW/1")
    assert (project.rule_set, project.rule_set_assigned) == ("example-tiered", False)
    assert kinds("NEW/1") == T3_KINDS
    added = audit_rows("NEW/1")[before:]
    assert ("update", "rule_set", "ilo-2002", "example-tiered") in added
    assert any(action == "replan" for action, *_ in added)  # the plan's changes, audited
    assert_check_is_clean()


def test_saving_a_design_project_after_the_effective_date_plans_it_under_the_policy(policies):
    adopt(policies)
    save_project(new_project("NEW/2"), rule_set_on=date(2026, 12, 31))
    assert (load_project("NEW/2").rule_set, kinds("NEW/2")) == ("ilo-2002", ILO_KINDS)
    save_project(load_project("NEW/2"), rule_set_on=date(2027, 1, 1))  # on the effective day
    assert (load_project("NEW/2").rule_set, kinds("NEW/2")) == ("example-tiered", T3_KINDS)
    assert ("update", "rule_set", "ilo-2002", "example-tiered") in audit_rows("NEW/2")
    assert_check_is_clean()


def test_approving_on_a_day_before_the_effective_date_pins_the_old_rule_set(policies, replan_on):
    adopt(policies)
    save_project(new_project("LATE/1"), rule_set_on=AFTER)  # planned under the example meanwhile
    assert load_project("LATE/1").rule_set == "example-tiered"
    change_stage("LATE/1", "submit", on=AFTER)
    # An approval recorded late, dated before the policy took effect: the example's appraisal
    # requirements do not apply, and the project is planned and pinned under ilo-2002.
    change_stage("LATE/1", "approve", on=date(2026, 12, 31))
    project = load_project("LATE/1")
    assert (project.stage, project.rule_set, project.rule_set_assigned) == (Stage.APPROVED, "ilo-2002", False)
    assert kinds("LATE/1") == ILO_KINDS
    evaluations = stored_evaluations("LATE/1")
    replan_on(date(2030, 1, 1))
    replan_all()
    save_project(load_project("LATE/1"), rule_set_on=date(2030, 1, 1))
    assert load_project("LATE/1").rule_set == "ilo-2002"
    assert [(e["kind"], e["due"], e["reason"]) for e in stored_evaluations("LATE/1")] == [
        (e["kind"], e["due"], e["reason"]) for e in evaluations]
    assert_check_is_clean()


def test_approving_on_the_effective_day_pins_the_new_policy(policies):
    adopt(policies)
    save_project(new_project("ON/1", budget="2000000"), rule_set_on=BEFORE)
    change_stage("ON/1", "submit", on=BEFORE)
    with pytest.raises(TransitionRefused, match="environmental and social screening"):
        change_stage("ON/1", "approve", on=date(2027, 1, 1))
    record("ON/1", "ess-screening", "low", on=date(2027, 1, 1))
    change_stage("ON/1", "approve", on=date(2027, 1, 1))
    project = load_project("ON/1")
    assert (project.stage, project.rule_set) == (Stage.APPROVED, "example-tiered")
    # Saved again years later (when another policy might be in force): it stays.
    save_project(project, rule_set_on=date(2035, 1, 1))
    assert load_project("ON/1").rule_set == "example-tiered"
    assert_check_is_clean()


def test_an_assigned_rule_set_never_moves(policies, replan_on):
    adopt(policies)
    save_project(new_project("SET/1", rule_set="ilo-2002", rule_set_assigned=True), rule_set_on=AFTER)
    assert (load_project("SET/1").rule_set, kinds("SET/1")) == ("ilo-2002", ILO_KINDS)
    assert follow_policy_in_force(today=AFTER) == []
    replan_on(AFTER)
    replan_all()
    assert load_project("SET/1").rule_set == "ilo-2002"
    approve("SET/1", AFTER)  # no appraisal requirement: ilo-2002 has none
    assert load_project("SET/1").rule_set == "ilo-2002"

    # Assigned the example before its effective date: planned under it all the same.
    save_project(new_project("SET/2", rule_set="example-tiered", rule_set_assigned=True), rule_set_on=BEFORE)
    assert (load_project("SET/2").rule_set, kinds("SET/2")) == ("example-tiered", T3_KINDS)
    assert follow_policy_in_force(today=BEFORE) == []
    assert load_project("SET/2").rule_set == "example-tiered"
    assert_check_is_clean()


def test_follow_policy_in_force_moves_only_unassigned_projects_not_yet_approved(policies, replan_on):
    save_project(new_project("F/DESIGN"), rule_set_on=BEFORE)
    save_project(new_project("F/APPRAISAL"), rule_set_on=BEFORE)
    change_stage("F/APPRAISAL", "submit", on=BEFORE)
    save_project(new_project("F/APPROVED"), rule_set_on=BEFORE)
    approve("F/APPROVED", BEFORE)
    save_project(new_project("F/ASSIGNED", rule_set="ilo-2002", rule_set_assigned=True), rule_set_on=BEFORE)
    save_project(new_project("F/ASSIGNED-APPRAISAL", rule_set="ilo-2002", rule_set_assigned=True), rule_set_on=BEFORE)
    change_stage("F/ASSIGNED-APPRAISAL", "submit", on=BEFORE)
    assert follow_policy_in_force(today=AFTER) == []  # ilo-2002 alone: nothing to follow

    adopt(policies)
    assert follow_policy_in_force(today=date(2026, 12, 31)) == []  # not yet in force
    trails = {code: audit_rows(code) for code in ("F/APPROVED", "F/ASSIGNED", "F/ASSIGNED-APPRAISAL")}
    moved = follow_policy_in_force(today=date(2027, 1, 1))
    assert sorted(moved) == ["F/APPRAISAL", "F/DESIGN"]
    for code in moved:
        assert load_project(code).rule_set == "example-tiered"
        assert audit_rows(code)[-1] == ("update", "rule_set", "ilo-2002", "example-tiered")
    for code, trail in trails.items():
        assert load_project(code).rule_set == "ilo-2002"
        assert audit_rows(code) == trail
    assert sorted(stale_plans()) == ["F/APPRAISAL", "F/DESIGN"]  # their plans follow at the next re-plan
    assert follow_policy_in_force(today=date(2027, 1, 1)) == []  # done once
    replan_on(date(2027, 1, 1))
    replan_all()
    assert kinds("F/DESIGN") == kinds("F/APPRAISAL") == T3_KINDS
    assert_check_is_clean()


# ------------------------------------------------------------------ the example's appraisal guards


def example_project(code: str, budget: str) -> None:
    save_project(new_project(code, budget=budget), rule_set_on=AFTER)
    assert load_project(code).rule_set == "example-tiered"
    change_stage(code, "submit", on=AFTER)


def refusals(code: str) -> list[str]:
    with pytest.raises(TransitionRefused) as refused:
        change_stage(code, "approve", on=AFTER)
    return refused.value.reasons


def test_approve_is_refused_until_the_screening_is_recorded(policies):
    adopt(policies)
    example_project("ESS/1", "2000000")
    [reason] = refusals("ESS/1")
    assert reason.startswith(ESS)
    assert reason.endswith(f"{REASONS['ess-screening']})")
    assert load_project("ESS/1").stage is Stage.APPRAISAL

    record("ESS/1", "ess-screening", "moderate")
    change_stage("ESS/1", "approve", on=AFTER)
    project = load_project("ESS/1")
    assert project.stage is Stage.APPROVED
    assert [(a.requirement, a.result) for a in project.appraisals] == [("ess-screening", "moderate")]
    assert_check_is_clean()


def test_a_screening_result_outside_the_choices_is_refused_naming_them(policies):
    adopt(policies)
    example_project("ESS/2", "2000000")
    record("ESS/2", "ess-screening", "medium")
    [reason] = refusals("ESS/2")
    assert reason.startswith("the environmental and social screening must record one of: low, moderate, high "
                             "(example-tiered v1: every proposal is screened")
    record("ESS/2", "ess-screening", "")  # a record without a result does not do either
    assert len(refusals("ESS/2")) == 1
    record("ESS/2", "ess-screening", "high")  # one record with a result in the choices does
    change_stage("ESS/2", "approve", on=AFTER)
    assert load_project("ESS/2").stage is Stage.APPROVED


@pytest.mark.parametrize(("budget", "needs_me"), [("5000000.00", False), ("5000000.01", True)])
def test_the_monitoring_and_evaluation_appraisal_only_over_five_million(policies, budget, needs_me):
    adopt(policies)
    example_project("ME/1", budget)
    found = refusals("ME/1")
    assert [r.startswith(ESS) for r in found] == [True, *([False] if needs_me else [])]
    if needs_me:
        assert found[1].startswith(ME)
        assert found[1].endswith(f"(example-tiered v1: {REASONS['me-plan-appraisal']})")
    record("ME/1", "ess-screening", "low")
    if needs_me:
        [reason] = refusals("ME/1")
        assert reason.startswith(ME)
        record("ME/1", "me-plan-appraisal")  # no result asked for
    change_stage("ME/1", "approve", on=AFTER)
    assert load_project("ME/1").stage is Stage.APPROVED
    assert {e.kind for e in load_project("ME/1").evaluations} >= {EvaluationKind.FINAL}
    assert_check_is_clean()


def test_a_budget_in_euros_needs_the_me_appraisal_when_its_us_dollar_value_is_over(policies):
    adopt(policies)
    save_project(new_project("ME/EUR", budget="4000000.00", currency="EUR", usd_rate=Decimal("1.25")), rule_set_on=AFTER)
    change_stage("ME/EUR", "submit", on=AFTER)
    assert len(refusals("ME/EUR")) == 1  # US$5,000,000.00: not over
    project = load_project("ME/EUR")
    project.usd_rate = Decimal("1.2500001")  # US$5,000,000.40
    save_project(project, rule_set_on=AFTER)
    found = refusals("ME/EUR")
    assert len(found) == 2 and found[1].startswith(ME)


def test_tracker_check_names_a_project_behind_the_policy_in_force_until_the_re_plan_moves_it(policies, replan_on):
    from tracker.store.replan import projects_behind_policy

    save_project(new_project("NEW/2"), rule_set_on=BEFORE)
    adopt(policies)
    assert projects_behind_policy(BEFORE) == []  # the example is not in force yet
    assert projects_behind_policy(AFTER) == [("NEW/2", "ilo-2002", "example-tiered")]
    assert load_project("NEW/2").rule_set == "ilo-2002"  # naming it writes nothing
    replan_on(AFTER)
    replan_all()
    assert projects_behind_policy(AFTER) == []
