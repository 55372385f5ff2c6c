"""An evaluation's reason says "independent: budget ... is over ..." exactly when it is the one
that must be independent (issue 13: the final evaluation of RER/23/01/EU showed "must be
independent" blank while its reason said it was, because an external mid-term review already met
the requirement). Checked in the domain's re-plan, through the store's save, the evaluation
actions, the portfolio re-plan that repairs older databases, and in a French report's reasons."""

from datetime import date
from decimal import Decimal

import pytest

from tracker.domain.classifications import EvaluationKind, EvaluationStatus, Independence
from tracker.domain.i18n import using_language
from tracker.domain.project import Project
from tracker.domain.rules import plan_evaluations
from tracker.domain.rules.replan import replan
from tracker.store import evaluations as ops
from tracker.store import models as m
from tracker.store.plan_reasons import shown_reasons
from tracker.store.projects import load_project, save_project
from tracker.store.replan import replan_all

CODE = "RER/23/01/EU"
INDEPENDENT = "; independent: "


def agree(evaluations) -> bool:
    """The stated independence of every live evaluation agrees with its flag."""
    return all((INDEPENDENT in e.reason) == e.independence_required
               for e in evaluations if e.status is not EvaluationStatus.NOT_REQUIRED)


def by_kind(evaluations, kind: EvaluationKind):
    return next(e for e in evaluations if e.kind is kind)


def test_the_domain_replan_states_independence_only_where_it_rests():
    plan = plan_evaluations(date(2023, 1, 1), date(2026, 12, 31), Decimal("4280000.00"), midterm_review_agreed=True)
    evaluations, _ = replan([], plan)
    final = by_kind(evaluations, EvaluationKind.FINAL)
    assert final.independence_required and "independent: budget US$4,280,000.00 is over US$350,000.00" in final.reason
    midterm = by_kind(evaluations, EvaluationKind.MID_TERM_REVIEW)
    midterm.status, midterm.independence, midterm.completed_on = EvaluationStatus.COMPLETED, Independence.EXTERNAL, date(2025, 1, 30)
    after, changes = replan(evaluations, plan)
    final = by_kind(after, EvaluationKind.FINAL)
    assert not final.independence_required and INDEPENDENT not in final.reason
    assert final.reason.endswith("(final evaluation due on the end date)")
    assert [c.action for c in changes] == ["independence moved"] and agree(after)
    again, changes = replan(after, plan)
    assert changes == [] and [e.reason for e in again] == [e.reason for e in after]


def complete_the_mid_term_review_externally() -> Project:
    return ops.record_completion(CODE, "mid-term-review", completed_on=date(2025, 1, 30), evaluator="External consultant",
                                 independence=Independence.EXTERNAL).project


@pytest.fixture
def project(db) -> Project:
    """48 months with a mid-term review agreed, EUR 4,000,000 at 1.07 = US$4,280,000: independent
    evaluation required, on the final evaluation."""
    stored, _ = save_project(Project(code=CODE, title="Youth Guarantee support", planned_start=date(2023, 1, 1),
                                     planned_end=date(2026, 12, 31), budget=Decimal("4000000.00"), currency="EUR",
                                     usd_rate=Decimal("1.07"), midterm_review_agreed=True))
    return stored


def test_an_external_mid_term_review_takes_the_independence_off_the_final_reason_too(project):
    assert agree(project.evaluations) and by_kind(project.evaluations, EvaluationKind.FINAL).independence_required
    stored = complete_the_mid_term_review_externally()
    final = by_kind(stored.evaluations, EvaluationKind.FINAL)
    assert not final.independence_required and INDEPENDENT not in final.reason
    assert agree(stored.evaluations)


def test_requiring_the_mid_term_review_to_be_independent_moves_the_words_with_the_flag(project):
    saved = ops.require_independence(CODE, "mid-term-review", Independence.EXTERNAL)
    midterm = by_kind(saved.project.evaluations, EvaluationKind.MID_TERM_REVIEW)
    final = by_kind(saved.project.evaluations, EvaluationKind.FINAL)
    assert midterm.independence_required and midterm.reason.endswith("independent: budget US$4,280,000.00 is over US$350,000.00")
    assert not final.independence_required and INDEPENDENT not in final.reason
    assert agree(load_project(CODE).evaluations)


def test_the_portfolio_replan_repairs_a_reason_stored_by_an_older_version(project):
    stored = complete_the_mid_term_review_externally()
    final = by_kind(stored.evaluations, EvaluationKind.FINAL)
    planned = by_kind(plan_evaluations(date(2023, 1, 1), date(2026, 12, 31), Decimal("4280000.00"),
                                       midterm_review_agreed=True).evaluations, EvaluationKind.FINAL)
    m.Evaluation.update(reason=planned.reason).where(m.Evaluation.uuid == final.uuid).execute()  # as stored before the fix
    m.Project.update(plan_fingerprint=None).execute()  # which stored no plan fingerprint
    assert not agree(load_project(CODE).evaluations)
    summary = replan_all(processes=1)
    assert summary.updated == 1 and agree(load_project(CODE).evaluations)


def test_a_french_reader_gets_the_reason_without_the_independence_in_french(project):
    stored = complete_the_mid_term_review_externally()
    index = [e.kind for e in stored.evaluations].index(EvaluationKind.FINAL)
    with using_language("fr"):
        reason = shown_reasons(stored)[index]
    assert reason != stored.evaluations[index].reason and "évaluation finale" in reason
    assert "indépendant" not in reason
