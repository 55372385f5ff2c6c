from datetime import date

from tests.domain.factories import ready_project
from tracker.domain.classifications import EvaluationStatus, Independence
from tracker.domain.rules.compliance import assess


def test_a_planned_mandatory_evaluation_is_overdue_the_day_after_it_was_due():
    project = ready_project()  # mid-term due 2024-12-31, independent final due 2025-12-31
    assert assess(project.evaluations, True, date(2024, 12, 31)).overdue == ()
    late = assess(project.evaluations, True, date(2025, 1, 1))
    assert [e.kind.value for e in late.overdue] == ["mid-term"]
    assert late.reasons()[0] == "Mid-term evaluation was due 2024-12-31 and is planned (1 day overdue)"  # one day, in the singular


def test_completed_waived_and_in_progress_evaluations():
    project = ready_project()
    mid, final = project.evaluations
    mid.status = EvaluationStatus.WAIVED
    mid.waiver_reason = "Covered by donor review"
    final.status = EvaluationStatus.IN_PROGRESS
    result = assess(project.evaluations, True, date(2026, 3, 1))
    # In progress but past its due date is still overdue; waived never is.
    assert [e.kind.value for e in result.overdue] == ["final"]


def test_independence_is_met_only_by_a_completed_independent_evaluation():
    project = ready_project()
    mid, final = project.evaluations
    mid.status = EvaluationStatus.COMPLETED
    mid.independence = Independence.SELF
    assert not assess(project.evaluations, True, date(2025, 1, 1)).independent_met
    mid.independence = Independence.INDEPENDENT_INTERNAL
    result = assess(project.evaluations, True, date(2025, 1, 1))
    assert result.independent_met and result.compliant


def test_no_independence_needed_under_the_threshold():
    project = ready_project()
    result = assess(project.evaluations, False, date(2024, 6, 1))
    assert result.compliant and result.reasons() == []
