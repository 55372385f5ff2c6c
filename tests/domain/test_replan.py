"""Re-planning after a budget revision or extension."""

from datetime import date
from decimal import Decimal

from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    Independence,
)
from tracker.domain.rules import plan_evaluations
from tracker.domain.rules.replan import _copy, replan

FINAL = EvaluationKind.FINAL
MID_TERM = EvaluationKind.MID_TERM
ANNUAL = EvaluationKind.ANNUAL_REVIEW


def initial(start, end, budget="100000"):
    evaluations, _ = replan([], plan_evaluations(start, end, Decimal(budget)))
    return evaluations


def test_first_plan_adds_every_required_evaluation_with_its_reason():
    evaluations, changes = replan([], plan_evaluations(date(2024, 1, 1), date(2025, 6, 30), Decimal(100000)))
    assert [(e.kind, e.status, e.mandatory) for e in evaluations] == [
        (MID_TERM, EvaluationStatus.PLANNED, True),
        (FINAL, EvaluationStatus.PLANNED, True),
    ]
    assert [c.action for c in changes] == ["added", "added"]
    assert all(e.reason and e.rule_set == "ilo-2002 v1" for e in evaluations)


def test_extension_from_16_to_24_months_adds_a_mid_term_and_moves_the_final():
    evaluations = initial(date(2024, 1, 1), date(2025, 4, 30))  # 16 months: final only
    assert [e.kind for e in evaluations] == [FINAL]
    after, changes = replan(evaluations, plan_evaluations(date(2024, 1, 1), date(2025, 12, 31), Decimal(100000)))
    assert [(e.kind, e.due) for e in after] == [(MID_TERM, date(2024, 12, 31)), (FINAL, date(2025, 12, 31))]
    assert {(c.evaluation, c.action) for c in changes} == {
        ("Mid-term evaluation", "added"),
        ("Final evaluation", "rescheduled"),
    }
    rescheduled = [c for c in changes if c.action == "rescheduled"][0]
    assert "from 2025-04-30 to 2025-12-31" in rescheduled.detail
    assert "24.00 months is within 18-30 months" in rescheduled.detail


def test_the_input_list_is_not_modified():
    evaluations = initial(date(2024, 1, 1), date(2025, 4, 30))
    replan(evaluations, plan_evaluations(date(2024, 1, 1), date(2025, 12, 31), Decimal(100000)))
    assert evaluations[0].due == date(2025, 4, 30)


def test_completed_evaluations_stay_when_the_band_changes():
    evaluations = initial(date(2024, 1, 1), date(2025, 12, 31))  # 24 months: mid-term + final
    mid_term = evaluations[0]
    mid_term.status = EvaluationStatus.COMPLETED
    mid_term.completed_on = date(2024, 12, 20)
    mid_term.evaluator = "Evaluation unit"
    # Extended to 40 months: band C, which has no mid-term evaluation.
    after, changes = replan(evaluations, plan_evaluations(date(2024, 1, 1), date(2027, 4, 30), Decimal(100000)))
    kept = [e for e in after if e.kind is MID_TERM]
    assert len(kept) == 1 and kept[0].status is EvaluationStatus.COMPLETED and kept[0].due == date(2024, 12, 31)
    assert [e.due for e in after if e.kind is ANNUAL] == [date(2025, 1, 1), date(2026, 1, 1), date(2027, 1, 1)]
    assert not any(c.evaluation == "Mid-term evaluation" for c in changes)


def test_a_planned_evaluation_no_longer_required_is_marked_not_deleted():
    evaluations = initial(date(2024, 1, 1), date(2025, 12, 31))  # mid-term + final
    # Shortened to 12 months: band A.
    after, changes = replan(evaluations, plan_evaluations(date(2024, 1, 1), date(2024, 12, 31), Decimal(100000)))
    mid_term = [e for e in after if e.kind is MID_TERM][0]
    assert mid_term.status is EvaluationStatus.NOT_REQUIRED and not mid_term.mandatory
    assert ("Mid-term evaluation", "no longer required") in [(c.evaluation, c.action) for c in changes]


def test_a_no_longer_required_evaluation_is_revived_if_required_again():
    evaluations = initial(date(2024, 1, 1), date(2025, 12, 31))
    shortened, _ = replan(evaluations, plan_evaluations(date(2024, 1, 1), date(2024, 12, 31), Decimal(100000)))
    again, changes = replan(shortened, plan_evaluations(date(2024, 1, 1), date(2025, 12, 31), Decimal(100000)))
    assert [(e.kind, e.status) for e in again] == [(MID_TERM, EvaluationStatus.PLANNED), (FINAL, EvaluationStatus.PLANNED)]
    assert ("Mid-term evaluation", "required again") in [(c.evaluation, c.action) for c in changes]


def test_replanning_an_unchanged_project_changes_nothing():
    plan = plan_evaluations(date(2024, 1, 1), date(2026, 12, 31), Decimal(900000), midterm_review_agreed=True)
    evaluations, _ = replan([], plan)
    again, changes = replan(evaluations, plan)
    assert changes == []
    assert [(e.kind, e.due, e.independence_required) for e in again] == [(e.kind, e.due, e.independence_required) for e in evaluations]


def test_budget_top_up_over_the_threshold_marks_the_final_independent():
    evaluations = initial(date(2024, 1, 1), date(2024, 12, 31), "300000")
    assert not evaluations[0].independence_required
    after, changes = replan(evaluations, plan_evaluations(date(2024, 1, 1), date(2024, 12, 31), Decimal(500000)))
    assert after[0].independence_required
    assert [c.action for c in changes] == ["marked independent"]


def test_an_already_independent_mid_term_spares_the_final():
    evaluations = initial(date(2024, 1, 1), date(2025, 12, 31), "300000")
    evaluations[0].independence = Independence.EXTERNAL  # the officer made the mid-term external
    after, _ = replan(evaluations, plan_evaluations(date(2024, 1, 1), date(2025, 12, 31), Decimal(500000)))
    final = [e for e in after if e.kind is FINAL][0]
    assert not final.independence_required


def test_budget_cut_below_the_threshold_lifts_the_requirement_on_open_evaluations():
    evaluations = initial(date(2024, 1, 1), date(2024, 12, 31), "500000")
    assert evaluations[0].independence_required
    after, changes = replan(evaluations, plan_evaluations(date(2024, 1, 1), date(2024, 12, 31), Decimal(200000)))
    assert not after[0].independence_required
    assert [c.action for c in changes] == ["independence no longer required"]


def test_optional_evaluations_added_by_the_officer_are_left_alone():
    from tracker.domain.project import Evaluation

    evaluations = initial(date(2024, 1, 1), date(2024, 12, 31))
    evaluations.append(Evaluation(kind=EvaluationKind.EX_POST, due=date(2026, 6, 30)))
    after, changes = replan(evaluations, plan_evaluations(date(2024, 1, 1), date(2025, 3, 31), Decimal(100000)))
    ex_post = [e for e in after if e.kind is EvaluationKind.EX_POST][0]
    assert ex_post.status is EvaluationStatus.PLANNED and ex_post.due == date(2026, 6, 30)


def test_in_place_gives_the_same_result_on_the_evaluations_given():
    # tracker.store.replan builds the evaluations for this call only and lets replan change them
    # instead of copying them; the outcome is the same as with copies.
    evaluations = initial(date(2024, 1, 1), date(2025, 4, 30))  # 16 months: final only
    copies = [_copy(e) for e in evaluations]
    plan = plan_evaluations(date(2024, 1, 1), date(2027, 6, 30), Decimal(500000))  # 42 months: annual reviews
    expected, expected_changes = replan(evaluations, plan)
    after, changes = replan(copies, plan, in_place=True)

    def state(e):
        return (e.kind, e.sequence, e.due, e.status, e.mandatory, e.independence_required, e.reason, e.rule_set)

    assert [state(e) for e in after] == [state(e) for e in expected] and changes == expected_changes
    assert after[-1] is copies[0]  # the final evaluation, changed where it was
    assert copies[0].due == date(2027, 6, 30) and evaluations[0].due == date(2025, 4, 30)


def test_evaluations_due_the_same_day_are_ordered_by_kind_code():
    # A mid-term evaluation completed late, on the day the final one is due: the two come final
    # first ("final" sorts before "mid-term"), as sorting by kind.value did.
    evaluations = initial(date(2024, 1, 1), date(2025, 12, 31))
    mid_term = next(e for e in evaluations if e.kind is MID_TERM)
    mid_term.status, mid_term.due = EvaluationStatus.COMPLETED, date(2025, 12, 31)
    after, _ = replan(evaluations, plan_evaluations(date(2024, 1, 1), date(2025, 12, 31), Decimal(100000)))
    assert [(e.kind, e.due) for e in after] == [(FINAL, date(2025, 12, 31)), (MID_TERM, date(2025, 12, 31))]
