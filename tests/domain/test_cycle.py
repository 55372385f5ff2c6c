"""Every project-cycle transition and its guards."""

from datetime import date

import pytest

from tests.domain.factories import ready_project
from tracker.domain import cycle
from tracker.domain.classifications import EvaluationStatus, Independence, Stage
from tracker.domain.errors import TransitionRefused

TODAY = date(2026, 11, 25)


def act(project, code, reason=""):
    return cycle.apply(project, cycle.ACTIONS_BY_CODE[code], reason=reason, on=TODAY)


def refusal(project, code, reason=""):
    with pytest.raises(TransitionRefused) as caught:
        act(project, code, reason)
    return caught.value.reasons


def complete_all(project, independence=Independence.EXTERNAL):
    for evaluation in project.evaluations:
        evaluation.status = EvaluationStatus.COMPLETED
        evaluation.completed_on = evaluation.due
        evaluation.evaluator = "Evaluation office"
        evaluation.independence = independence


def test_the_whole_cycle_from_design_to_closed():
    project = ready_project()
    path = []
    for code in ("submit", "approve", "start", "begin-closing"):
        path.append(act(project, code).to_stage)
    complete_all(project)
    project.actual_end = date(2025, 12, 31)
    path.append(act(project, "close").to_stage)
    assert path == [Stage.APPRAISAL, Stage.APPROVED, Stage.IMPLEMENTATION, Stage.EVALUATION_AND_CLOSING, Stage.CLOSED]


def test_submission_needs_region_outcome_and_dates():
    project = ready_project(region=None, outcome=None, planned_start=None)
    assert refusal(project, "submit") == [
        "choose a region",
        "choose the strategic objective the project serves",
        "set the planned start and end dates",
    ]
    assert project.stage is Stage.DESIGN


def test_no_approval_without_a_budget():
    project = ready_project(stage=Stage.APPRAISAL, budget=None)
    assert "no approval without an approved budget" in refusal(project, "approve")


def test_no_approval_without_dates():
    project = ready_project(stage=Stage.APPRAISAL)
    project.planned_end = None
    assert "set the planned start and end dates" in refusal(project, "approve")


def test_no_approval_without_an_evaluation_plan():
    project = ready_project(stage=Stage.APPRAISAL)
    project.evaluations = [e for e in project.evaluations if e.kind.value != "mid-term"]
    reasons = refusal(project, "approve")
    assert reasons == ["no approval without an evaluation plan: mid-term evaluation not planned yet"]


def test_approval_with_budget_dates_and_plan():
    project = ready_project(stage=Stage.APPRAISAL)
    assert act(project, "approve").to_stage is Stage.APPROVED


def test_no_implementation_without_funding():
    project = ready_project(stage=Stage.APPROVED)
    project.fundings = []
    assert refusal(project, "start") == ["no implementation without at least one funding line"]


def test_no_closure_while_a_mandatory_evaluation_is_open():
    project = ready_project(stage=Stage.EVALUATION_AND_CLOSING, actual_end=date(2025, 12, 31))
    project.evaluations[0].status = EvaluationStatus.COMPLETED
    project.evaluations[0].completed_on = date(2025, 1, 5)
    project.evaluations[0].evaluator = "M&E officer"
    reasons = refusal(project, "close")
    assert reasons == [
        "the mandatory final evaluation due 2025-12-31 is planned: complete it, or waive it with a reason"
    ]


def test_a_waiver_without_a_reason_does_not_allow_closure():
    project = ready_project(stage=Stage.EVALUATION_AND_CLOSING, actual_end=date(2025, 12, 31))
    complete_all(project)
    project.evaluations[-1].status = EvaluationStatus.WAIVED
    assert "waive it with a reason" in refusal(project, "close")[0]
    project.evaluations[-1].waiver_reason = "Merged into the programme-level evaluation"
    assert act(project, "close").to_stage is Stage.CLOSED


def test_closure_needs_the_actual_end_date():
    project = ready_project(stage=Stage.EVALUATION_AND_CLOSING)
    complete_all(project)
    assert refusal(project, "close") == ["record the actual end date before closing"]


def test_suspend_needs_a_reason_and_resume_returns_to_the_previous_stage():
    project = ready_project(stage=Stage.IMPLEMENTATION)
    assert refusal(project, "suspend") == ["give a reason to suspend"]
    act(project, "suspend", "Security situation")
    assert project.stage is Stage.SUSPENDED and project.suspended_from is Stage.IMPLEMENTATION
    assert act(project, "resume").to_stage is Stage.IMPLEMENTATION
    assert project.suspended_from is None


def test_cancel_from_any_open_stage_with_a_reason():
    for stage in (Stage.DESIGN, Stage.APPRAISAL, Stage.APPROVED, Stage.IMPLEMENTATION, Stage.SUSPENDED):
        project = ready_project(stage=stage, suspended_from=Stage.IMPLEMENTATION if stage is Stage.SUSPENDED else None)
        assert refusal(project, "cancel") == ["give a reason to cancel"]
        assert act(project, "cancel", "Donor withdrew").to_stage is Stage.CANCELLED


def test_return_to_design_from_appraisal_needs_a_reason():
    project = ready_project(stage=Stage.APPRAISAL)
    assert refusal(project, "return-to-design") == ["give a reason to return to design"]
    assert act(project, "return-to-design", "Budget unclear").to_stage is Stage.DESIGN


@pytest.mark.parametrize(
    ("stage", "code"),
    [
        (Stage.DESIGN, "approve"),
        (Stage.APPROVED, "close"),
        (Stage.CLOSED, "cancel"),
        (Stage.CANCELLED, "resume"),
        (Stage.IMPLEMENTATION, "submit"),
    ],
)
def test_actions_from_the_wrong_stage_are_refused_saying_where_they_apply(stage, code):
    project = ready_project(stage=stage)
    reasons = refusal(project, code)
    assert reasons[0].startswith(f"the project is in {stage.label}")
    assert project.stage is stage


def test_available_actions_follow_the_stage():
    assert [a.code for a in cycle.available_actions(ready_project(stage=Stage.IMPLEMENTATION))] == ["begin-closing", "suspend", "cancel"]
    assert [a.code for a in cycle.available_actions(ready_project(stage=Stage.CLOSED))] == []


def test_actions_can_be_named_by_label_or_target_stage():
    project = ready_project(stage=Stage.APPRAISAL)
    assert cycle.action_for("Approve", project.stage).code == "approve"
    assert cycle.action_for("approved", project.stage).code == "approve"
    with pytest.raises(ValueError, match="'fly' is not a project-cycle action"):
        cycle.action_for("fly", project.stage)


def test_a_project_may_enter_in_implementation_when_it_passes_the_guards_on_the_way():
    assert cycle.entry_failures(ready_project(Stage.IMPLEMENTATION), reason="imported") == []


def test_a_project_entering_closed_is_told_every_guard_it_fails_on_the_way():
    project = ready_project(Stage.CLOSED, outcome=None)
    project.fundings = []
    failures = cycle.entry_failures(project, reason="imported")
    assert "Submit for appraisal: choose the strategic objective the project serves" in failures
    assert "Start implementation: no implementation without at least one funding line" in failures
    assert "Close: record the actual end date before closing" in failures
    assert any(f.startswith("Close: the mandatory final evaluation due 2025-12-31 is planned") for f in failures)
    assert project.stage is Stage.CLOSED  # the project itself is left as it was


def test_no_project_enters_suspended_and_a_cancelled_one_needs_only_a_reason():
    assert cycle.entry_failures(ready_project(Stage.SUSPENDED), reason="x")[0].startswith("a project cannot start suspended")
    assert cycle.entry_failures(ready_project(Stage.CANCELLED, region=None), reason="imported") == []
    assert cycle.entry_failures(ready_project(Stage.CANCELLED), reason=" ") == ["Cancel: give a reason to cancel"]


def test_odd_dates_of_a_stage_change_are_named_not_refused():
    """Starting before the planned start, far ahead or before the last change: warnings the app's
    dialog and the command line both give (the change itself is still allowed)."""
    from datetime import date

    from tracker.domain.cycle import ACTIONS_BY_CODE, odd_dates
    from tracker.domain.project import Project

    project = Project(code="SEN/26/01/LUX", title="t", planned_start=date(2027, 1, 1), planned_end=date(2029, 12, 31))
    today = date(2026, 12, 6)
    start = ACTIONS_BY_CODE["start"]
    assert [str(n) for n in odd_dates(start, date(2026, 12, 15), project, date(2026, 12, 10), today)] == [
        "Implementation would start before the planned start (2027-01-01).",
        "This date is 9 days in the future.",
    ]
    assert [n.kind for n in odd_dates(start, date(2026, 12, 1), project, date(2026, 12, 5), today)] == [
        "start-before-planned-start", "before-last-change"]
    assert odd_dates(start, date(2027, 1, 4), project, date(2026, 12, 5), date(2027, 1, 4)) == []
