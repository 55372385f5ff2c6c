"""Evaluation actions as store operations, on SQLite and PostgreSQL: one transaction each that
loads, applies the domain action, validates, re-plans, audits and checks the version."""

from datetime import date
from decimal import Decimal

import pytest

from tests.partner_helpers import ensure_partner
from tracker.domain.classifications import (
    Criterion,
    EvaluationKind,
    EvaluationStatus,
    Independence,
    PartnerCategory,
    Region,
    StrategicObjective,
)
from tracker.domain.errors import ValidationError
from tracker.domain.project import Partner, Project
from tracker.store import evaluations as ops
from tracker.store import models as m
from tracker.store.audit import history
from tracker.store.errors import NotFound, StaleEdit
from tracker.store.projects import load_project, save_project

CODE = "SEN/24/01/LUX"


@pytest.fixture
def project(db) -> Project:
    """24 months, US$400,000: a mid-term evaluation due 2024-12-31 and an independent final
    evaluation due 2025-12-31."""
    ensure_partner(Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL, country="LU"))
    stored, _ = save_project(Project(
        code=CODE, title="Quality apprenticeships in Senegal", region=Region.AFRICA, countries=["SN"],
        outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31),
        budget=Decimal("400000.00"),
    ))
    return stored


def statuses() -> list[tuple[str, int, str]]:
    return [(e.kind.value, e.sequence, e.status.value) for e in load_project(CODE).evaluations]


def test_recording_a_completion_stores_it_with_its_ratings_and_audit(project):
    saved = ops.record_completion(
        CODE, "final", completed_on=date(2025, 12, 15), evaluator="Independent Evaluation Office",
        independence=Independence.EXTERNAL, ratings={Criterion.RELEVANCE: 6, "sustainability": 3}, findings="Strong ownership",
    )
    assert saved.project.version == project.version + 1
    stored = load_project(CODE).evaluations[1]
    assert (stored.status, stored.completed_on, stored.evaluator, stored.independence) == (
        EvaluationStatus.COMPLETED, date(2025, 12, 15), "Independent Evaluation Office", Independence.EXTERNAL)
    assert stored.ratings == {Criterion.RELEVANCE: 6, Criterion.SUSTAINABILITY: 3} and stored.findings == "Strong ownership"
    assert saved.evaluation == stored
    changed = {(e.table, e.field, e.new) for e in history(CODE) if e.record_uuid == stored.uuid}
    assert ("evaluation", "status", "completed") in changed and ("evaluation", "evaluator", "Independent Evaluation Office") in changed
    assert {e.who for e in history(CODE)} == {"test-user"}


def test_a_refused_completion_writes_nothing(project):
    before = len(history(CODE))
    with pytest.raises(ValidationError) as caught:
        ops.record_completion(CODE, "final", completed_on=date(2025, 12, 15), evaluator="Project team")
    assert str(caught.value) == (f"project {CODE}: evaluation 2 independence: the final evaluation due 2025-12-31 must be independent "
                                 "(independent internal or external), not a self-evaluation")
    assert caught.value.problems[0].index == 1
    assert len(history(CODE)) == before and load_project(CODE).version == project.version
    assert statuses() == [("mid-term", 1, "planned"), ("final", 1, "planned")]


def test_an_evaluation_is_found_by_uuid_or_by_kind_and_number(project):
    final = project.evaluations[1]
    assert ops.start_evaluation(CODE, final.uuid).evaluation.status is EvaluationStatus.IN_PROGRESS
    assert ops.waive_evaluation(CODE, "Mid-term evaluation", "Merged with the donor's review").evaluation.status is EvaluationStatus.WAIVED
    assert statuses() == [("mid-term", 1, "waived"), ("final", 1, "in-progress")]


def test_an_unknown_evaluation_is_named_with_the_ones_there_are(project):
    with pytest.raises(NotFound, match=f"project {CODE} has no evaluation 'annual-review 2'; its evaluations: mid-term, final"):
        ops.start_evaluation(CODE, "annual-review 2")
    with pytest.raises(NotFound, match="'closing' is not a kind of evaluation"):
        ops.start_evaluation(CODE, "closing")
    with pytest.raises(NotFound, match="no project with code 'NOPE'"):
        ops.start_evaluation("NOPE", "final")


def test_an_action_based_on_an_old_version_is_refused(project):
    other = load_project(CODE)
    other.officer = "Someone else"
    save_project(other)
    with pytest.raises(StaleEdit, match="changed by someone else since you opened it"):
        ops.waive_evaluation(CODE, "mid-term", "Not needed", expected_version=project.version)
    assert statuses()[0] == ("mid-term", 1, "planned")
    ops.waive_evaluation(CODE, "mid-term", "Not needed", expected_version=project.version + 1)
    assert statuses()[0] == ("mid-term", 1, "waived")


def test_waiving_then_withdrawing_the_waiver(project):
    ops.waive_evaluation(CODE, "mid-term", "Security situation")
    with pytest.raises(ValidationError, match="was waived \\(Security situation\\), so it cannot be completed; withdraw the waiver first"):
        ops.record_completion(CODE, "mid-term", completed_on=date(2024, 12, 20), evaluator="M&E officer")
    saved = ops.withdraw_waiver(CODE, "mid-term")
    assert (saved.evaluation.status, saved.evaluation.waiver_reason) == (EvaluationStatus.PLANNED, "")


def test_requiring_independence_of_the_mid_term_moves_it_off_the_final_with_the_replan_audited(project):
    saved = ops.require_independence(CODE, "mid-term", Independence.EXTERNAL)
    assert [(e.kind, e.independence_required) for e in saved.project.evaluations] == [
        (EvaluationKind.MID_TERM, True), (EvaluationKind.FINAL, False)]
    assert [str(c) for c in saved.changes] == ["Final evaluation independence moved: already met by mid-term evaluation"]
    assert any(e.action == "replan" and "independence moved" in (e.new or "") for e in history(CODE))


def test_requiring_independence_where_the_rules_need_none_is_refused(project):
    small = load_project(CODE)
    small.budget = Decimal("300000.00")
    save_project(small)
    with pytest.raises(ValidationError, match="the rules require no independent evaluation"):
        ops.require_independence(CODE, "mid-term")


def test_planning_the_form_of_an_evaluation(project):
    assert ops.plan_independence(CODE, "mid-term", Independence.INDEPENDENT_INTERNAL).evaluation.independence is Independence.INDEPENDENT_INTERNAL


def test_adding_an_optional_evaluation_keeps_it_through_the_replan(project):
    saved = ops.add_optional_evaluation(CODE, EvaluationKind.EX_POST, date(2027, 6, 30))
    assert (saved.evaluation.kind, saved.evaluation.sequence, saved.evaluation.mandatory) == (EvaluationKind.EX_POST, 1, False)
    assert saved.changes == []
    assert statuses() == [("mid-term", 1, "planned"), ("final", 1, "planned"), ("ex-post", 1, "planned")]
    ops.add_optional_evaluation(CODE, EvaluationKind.EX_POST, date(2028, 6, 30))
    assert ops.start_evaluation(CODE, "ex-post 2").evaluation.due == date(2028, 6, 30)
    assert m.Evaluation.select().count() == 4


def test_a_second_final_evaluation_is_refused(project):
    with pytest.raises(ValidationError, match="already has the final evaluation due 2025-12-31"):
        ops.add_optional_evaluation(CODE, EvaluationKind.FINAL, date(2025, 12, 31))
    assert m.Evaluation.select().count() == 2
