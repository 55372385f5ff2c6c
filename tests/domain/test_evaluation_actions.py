"""Evaluation actions as domain functions: each returns the new record or refuses with a sentence
naming the evaluation and the field, placed on the evaluation by kind and index. No database."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from tests.domain.factories import ready_project
from tracker.domain import evaluations as ev
from tracker.domain.classifications import Criterion, EvaluationKind, EvaluationStatus, Independence
from tracker.domain.errors import ValidationError
from tracker.domain.rules import plan_evaluations
from tracker.domain.rules.replan import replan

TODAY = date(2026, 6, 1)
MID_TERM, FINAL = 0, 1  # ready_project: a mid-term evaluation due 2024-12-31, an independent final due 2025-12-31


def refusal(call, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value


def complete(project, index=MID_TERM, **overrides):
    values = dict(completed_on=date(2024, 12, 20), evaluator="Regional M&E officer", independence=None,
                  ratings={}, findings="", today=TODAY)
    values.update(overrides)
    return ev.record_completion(project, index, **values)


def with_evaluation(project, index, evaluation):
    evaluations = list(project.evaluations)
    evaluations[index] = evaluation
    return replace(project, evaluations=evaluations)


# ---------------------------------------------------------------- completion


def test_recording_a_completion_returns_the_completed_record_and_leaves_the_project_alone():
    project = ready_project()
    done = complete(project, ratings={Criterion.RELEVANCE: 5, "effectiveness": 4}, findings="  On track  ")
    assert (done.status, done.completed_on, done.evaluator) == (EvaluationStatus.COMPLETED, date(2024, 12, 20), "Regional M&E officer")
    assert done.ratings == {Criterion.RELEVANCE: 5, Criterion.EFFECTIVENESS: 4}
    assert done.findings == "On track" and done.independence is Independence.SELF  # the form it was planned in
    assert done.uuid == project.evaluations[MID_TERM].uuid
    assert project.evaluations[MID_TERM].status is EvaluationStatus.PLANNED


def test_a_completion_in_the_future_is_refused_naming_the_evaluation_and_the_field():
    error = refusal(complete, ready_project(), completed_on=date(2026, 6, 2))
    [problem] = error.problems
    assert (problem.field, problem.kind, problem.index) == ("completed_on", "evaluation", MID_TERM)
    assert problem.message == ("the mid-term evaluation due 2024-12-31 cannot be completed on 2026-06-02, "
                               "a date in the future (today is 2026-06-01)")
    assert str(error) == "project TST/24/01/USA: evaluation 1 completed_on: " + problem.message


def test_a_completion_before_the_project_started_is_refused():
    [problem] = refusal(complete, ready_project(), completed_on=date(2023, 12, 31)).problems
    assert problem.field == "completed_on" and "before the project's start on 2024-01-01" in problem.message


def test_a_completion_needs_its_date_and_evaluator_and_lists_every_problem():
    error = refusal(complete, ready_project(), completed_on=None, evaluator="  ")
    assert [p.field for p in error.problems] == ["completed_on", "evaluator"]
    assert error.problems[1].message == "the mid-term evaluation due 2024-12-31 needs the name of who carried it out"


def test_an_evaluator_name_longer_than_the_column_is_refused():
    [problem] = refusal(complete, ready_project(), evaluator="x" * 201).problems
    assert problem.field == "evaluator" and "200 characters (it has 201)" in problem.message


def test_a_self_evaluation_cannot_complete_one_that_must_be_independent():
    project = ready_project()
    [problem] = refusal(complete, project, FINAL, completed_on=date(2025, 12, 1)).problems
    assert (problem.field, problem.index) == ("independence", FINAL)
    assert problem.message == ("the final evaluation due 2025-12-31 must be independent (independent internal or external), "
                               "not a self-evaluation")
    done = complete(project, FINAL, completed_on=date(2025, 12, 1), independence=Independence.EXTERNAL)
    assert done.independence is Independence.EXTERNAL


@pytest.mark.parametrize("rating", [0, 7, True, "5", 4.5])
def test_ratings_off_the_six_point_scale_are_refused(rating):
    [problem] = refusal(complete, ready_project(), ratings={Criterion.IMPACT: rating}).problems
    assert problem.field == "rating_impact"
    assert "cannot be rated" in problem.message and "ratings run from 1 (highly unsatisfactory) to 6 (highly satisfactory)" in problem.message


def test_an_unknown_criterion_is_refused_listing_the_criteria():
    [problem] = refusal(complete, ready_project(), ratings={"beauty": 4}).problems
    assert problem.field == "ratings"
    assert problem.message == ("the mid-term evaluation due 2024-12-31 cannot be rated on 'beauty', which is not an evaluation "
                               "criterion; use one of: relevance, efficiency, effectiveness, impact, sustainability")


def test_a_waived_evaluation_cannot_be_completed_until_the_waiver_is_withdrawn():
    project = ready_project()
    waived = with_evaluation(project, MID_TERM, ev.waive_evaluation(project, MID_TERM, "Merged with the donor's review"))
    [problem] = refusal(complete, waived).problems
    assert problem.field == "status"
    assert problem.message == ("the mid-term evaluation due 2024-12-31 was waived (Merged with the donor's review), "
                               "so it cannot be completed; withdraw the waiver first")
    reopened = with_evaluation(waived, MID_TERM, ev.withdraw_waiver(waived, MID_TERM))
    assert reopened.evaluations[MID_TERM].status is EvaluationStatus.PLANNED and reopened.evaluations[MID_TERM].waiver_reason == ""
    assert complete(reopened).status is EvaluationStatus.COMPLETED


def test_an_evaluation_no_longer_required_cannot_be_completed():
    project = ready_project()
    # Shortened to 12 months: the mid-term evaluation is no longer required.
    project.planned_end = date(2024, 12, 31)
    plan = plan_evaluations(project.planned_start, project.planned_end, project.budget_usd)
    project.evaluations, _ = replan(project.evaluations, plan)
    index = next(i for i, e in enumerate(project.evaluations) if e.kind is EvaluationKind.MID_TERM)
    assert project.evaluations[index].status is EvaluationStatus.NOT_REQUIRED
    [problem] = refusal(complete, project, index).problems
    assert "is no longer required by the rules, so it cannot be completed; add an optional evaluation instead" in problem.message


def test_recording_a_completion_again_corrects_the_record():
    project = ready_project()
    project = with_evaluation(project, MID_TERM, complete(project, evaluator="Regional M&E offcer"))
    corrected = complete(project, evaluator="Regional M&E officer")
    assert corrected.evaluator == "Regional M&E officer" and corrected.status is EvaluationStatus.COMPLETED


# ---------------------------------------------------------------- start, waive


def test_starting_marks_a_planned_evaluation_in_progress_and_only_once():
    project = ready_project()
    started = ev.start_evaluation(project, MID_TERM)
    assert started.status is EvaluationStatus.IN_PROGRESS
    project = with_evaluation(project, MID_TERM, started)
    [problem] = refusal(ev.start_evaluation, project, MID_TERM).problems
    assert (problem.field, problem.message) == ("status", "the mid-term evaluation due 2024-12-31 is already in progress")
    project = with_evaluation(project, MID_TERM, complete(project))
    [problem] = refusal(ev.start_evaluation, project, MID_TERM).problems
    assert problem.message == ("the mid-term evaluation due 2024-12-31 was completed on 2024-12-20, so it cannot be started; "
                               "record its completion again to correct it")


def test_a_waiver_needs_a_reason():
    [problem] = refusal(ev.waive_evaluation, ready_project(), FINAL, "   ").problems
    assert (problem.field, problem.index) == ("waiver_reason", FINAL)
    assert problem.message == "waiving the final evaluation due 2025-12-31 needs the reason for the waiver"


def test_a_completed_evaluation_cannot_be_waived():
    project = ready_project()
    project = with_evaluation(project, MID_TERM, complete(project))
    [problem] = refusal(ev.waive_evaluation, project, MID_TERM, "Not needed").problems
    assert problem.message == ("the mid-term evaluation due 2024-12-31 was completed on 2024-12-20; "
                               "a completed evaluation cannot be waived")


def test_waiving_an_in_progress_evaluation_keeps_the_reason_trimmed():
    project = ready_project()
    project = with_evaluation(project, MID_TERM, ev.start_evaluation(project, MID_TERM))
    waived = ev.waive_evaluation(project, MID_TERM, "  Security situation  ")
    assert (waived.status, waived.waiver_reason) == (EvaluationStatus.WAIVED, "Security situation")


def test_only_a_waiver_can_be_withdrawn():
    [problem] = refusal(ev.withdraw_waiver, ready_project(), FINAL).problems
    assert problem.message == "the final evaluation due 2025-12-31 is planned, not waived: there is no waiver to withdraw"


# ---------------------------------------------------------------- independence


def test_planning_the_form_of_an_evaluation():
    project = ready_project()
    assert ev.plan_independence(project, MID_TERM, Independence.EXTERNAL).independence is Independence.EXTERNAL
    [problem] = refusal(ev.plan_independence, project, FINAL, Independence.SELF).problems
    assert problem.field == "independence" and "must be independent" in problem.message
    project = with_evaluation(project, MID_TERM, complete(project))
    [problem] = refusal(ev.plan_independence, project, MID_TERM, Independence.EXTERNAL).problems
    assert problem.message.endswith("so it cannot be planned again; record its completion again to correct it")


def plan_of(project):
    return plan_evaluations(project.planned_start, project.planned_end, project.budget_usd)


def test_requiring_independence_moves_the_requirement_to_the_chosen_evaluation():
    project = ready_project()
    required = ev.require_independence(project, MID_TERM, plan=plan_of(project))
    assert (required.independence_required, required.independence) == (True, Independence.INDEPENDENT_INTERNAL)
    assert ev.require_independence(project, MID_TERM, Independence.EXTERNAL, plan=plan_of(project)).independence is Independence.EXTERNAL
    # The re-plan of a save lifts the requirement from the final evaluation.
    evaluations, changes = replan(with_evaluation(project, MID_TERM, required).evaluations, plan_of(project))
    assert [(e.kind, e.independence_required) for e in evaluations] == [(EvaluationKind.MID_TERM, True), (EvaluationKind.FINAL, False)]
    assert "Final evaluation independence moved: already met by mid-term evaluation" in [str(c) for c in changes]


def test_requiring_independence_refuses_what_the_rules_or_the_record_rule_out():
    project = ready_project()
    [problem] = refusal(ev.require_independence, project, FINAL, plan=plan_of(project)).problems
    assert problem.message == "the final evaluation due 2025-12-31 is already required to be independent"
    [problem] = refusal(ev.require_independence, project, MID_TERM, Independence.SELF, plan=plan_of(project)).problems
    assert problem.field == "independence" and "choose independent internal or external" in problem.message
    small = ready_project(budget=Decimal("350000.00"))
    [problem] = refusal(ev.require_independence, small, MID_TERM, plan=plan_of(small)).problems
    assert "the rules require no independent evaluation (budget US$350,000.00 is not over US$350,000.00); plan it as independent instead" in problem.message
    [problem] = refusal(ev.require_independence, project, MID_TERM, plan=None).problems
    assert "planned start, end and budget" in problem.message


# ---------------------------------------------------------------- optional evaluations


def test_adding_an_optional_evaluation_numbers_it_after_its_kind():
    project = ready_project()
    added = ev.add_optional_evaluation(project, EvaluationKind.EX_POST, date(2027, 6, 30), Independence.EXTERNAL)
    assert (added.kind, added.sequence, added.mandatory, added.independence) == (EvaluationKind.EX_POST, 1, False, Independence.EXTERNAL)
    assert added.reason == "Added by the project officer (optional)"
    project.evaluations.append(added)
    assert ev.add_optional_evaluation(project, EvaluationKind.EX_POST, date(2028, 6, 30)).sequence == 2
    assert project.evaluations[-1] is added and len(project.evaluations) == 3


def test_an_optional_evaluation_due_before_the_start_or_a_second_final_is_refused():
    project = ready_project()
    [problem] = refusal(ev.add_optional_evaluation, project, EvaluationKind.EX_POST, date(2023, 1, 1)).problems
    assert (problem.field, problem.kind, problem.index) == ("due", "evaluation", 2)
    assert problem.message == "an optional ex-post evaluation cannot be due on 2023-01-01, before the project's start on 2024-01-01"
    [problem] = refusal(ev.add_optional_evaluation, project, EvaluationKind.FINAL, date(2025, 12, 31)).problems
    assert problem.field == "kind"
    assert problem.message == ("an optional final evaluation cannot be added: the project already has the final evaluation "
                               "due 2025-12-31 (planned), and has one final evaluation at most")


def test_a_mid_term_evaluation_can_be_added_to_a_short_project():
    project = ready_project(planned_end=date(2024, 12, 31))  # 12 months: final evaluation only
    added = ev.add_optional_evaluation(project, EvaluationKind.MID_TERM, date(2024, 6, 30))
    assert (added.kind, added.sequence, added.mandatory) == (EvaluationKind.MID_TERM, 1, False)


# ---------------------------------------------------------------- naming


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("final", (EvaluationKind.FINAL, 1)),
        ("Mid-term evaluation", (EvaluationKind.MID_TERM, 1)),
        ("annual-review 2", (EvaluationKind.ANNUAL_REVIEW, 2)),
        ("annual-review-2", (EvaluationKind.ANNUAL_REVIEW, 2)),
        ("Annual review 3", (EvaluationKind.ANNUAL_REVIEW, 3)),
        ("ex-post 2", (EvaluationKind.EX_POST, 2)),
    ],
)
def test_evaluations_are_named_by_kind_and_number(text, key):
    assert ev.parse_reference(text) == key


def test_an_unknown_kind_lists_the_kinds():
    with pytest.raises(ValueError) as caught:
        ev.parse_reference("closing")
    assert str(caught.value) == "'closing' is not a kind of evaluation; use one of: final, mid-term, annual-review, mid-term-review, ex-post, evaluability-assessment, internal, independent, cluster"


def test_finding_an_evaluation_prefers_the_live_one_of_a_key():
    project = ready_project()
    twin = replace(project.evaluations[MID_TERM], uuid="old", status=EvaluationStatus.NOT_REQUIRED)
    project.evaluations.insert(0, twin)
    assert ev.index_of(project, key=(EvaluationKind.MID_TERM, 1)) == 1
    assert ev.index_of(project, uuid="old") == 0
    assert ev.index_of(project, key=(EvaluationKind.EX_POST, 1)) is None
    assert [ev.reference(e) for e in project.evaluations] == ["mid-term", "mid-term", "final"]


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (EvaluationStatus.PLANNED, {"start", "complete", "waive", "plan", "require-independence"}),
        (EvaluationStatus.IN_PROGRESS, {"complete", "waive", "plan", "require-independence"}),
        (EvaluationStatus.COMPLETED, {"complete"}),
        (EvaluationStatus.WAIVED, {"waive", "withdraw-waiver"}),
        (EvaluationStatus.NOT_REQUIRED, set()),
    ],
)
def test_which_actions_each_status_allows(status, allowed):
    evaluation = replace(ready_project().evaluations[MID_TERM], status=status, completed_on=date(2024, 12, 20))
    assert {action for action in ev.ACTIONS if ev.status_problem(evaluation, 0, action) is None} == allowed
