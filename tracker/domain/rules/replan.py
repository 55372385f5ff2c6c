"""Bring a project's evaluations in line with a new plan after its dates or budget change.

Decisions (README, "Evaluation rules"): completed, waived and in-progress evaluations are never
removed; newly required ones are added; planned ones the rules no longer require are marked
"no longer required" rather than deleted; every change is returned as a sentence for the record."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date

from tracker.domain.classifications import EvaluationStatus
from tracker.domain.project import Evaluation
from tracker.domain.rules.engine import EvaluationPlan


@dataclass(frozen=True)
class PlanChange:
    evaluation: str  # e.g. "Mid-term evaluation" or "Annual review 2"
    action: str  # added, rescheduled, no longer required, required again, marked independent, ...
    detail: str

    def __str__(self) -> str:
        return f"{self.evaluation} {self.action}: {self.detail}"


def _fmt(day: date) -> str:
    return day.isoformat()


def _copy(evaluation: Evaluation) -> Evaluation:
    """A copy that shares nothing mutable with the original: every field is immutable (text,
    dates, numbers, classifications) except the ratings. A shallow copy and a new ratings dict do
    what copy.deepcopy did here, about 40 times faster (re-planning 100,000 projects at once:
    docs/performance.md)."""
    duplicate = copy.copy(evaluation)
    duplicate.ratings = dict(evaluation.ratings)
    return duplicate


def replan(evaluations: list[Evaluation], plan: EvaluationPlan) -> tuple[list[Evaluation], list[PlanChange]]:
    """Return the project's evaluations after applying `plan`, and the changes made.

    The input list is not modified."""
    result = [_copy(e) for e in evaluations]
    changes: list[PlanChange] = []
    by_key = {}
    for evaluation in result:
        # Prefer the live record when an old "no longer required" twin shares its key.
        if evaluation.key not in by_key or by_key[evaluation.key].status is EvaluationStatus.NOT_REQUIRED:
            by_key[evaluation.key] = evaluation
    rule_label = plan.rule_set.label
    required_keys = set()

    for planned in plan.evaluations:
        required_keys.add(planned.key)
        existing = by_key.get(planned.key)
        if existing is None:
            evaluation = Evaluation(
                kind=planned.kind,
                sequence=planned.sequence,
                due=planned.due,
                mandatory=planned.mandatory,
                reason=planned.reason,
                rule_set=rule_label,
            )
            result.append(evaluation)
            by_key[planned.key] = evaluation
            changes.append(PlanChange(evaluation.title, "added", f"due {_fmt(planned.due)}; {planned.reason}"))
            continue
        existing.mandatory = planned.mandatory
        existing.reason = planned.reason
        existing.rule_set = rule_label
        if existing.status is EvaluationStatus.NOT_REQUIRED:
            existing.status = EvaluationStatus.PLANNED
            existing.due = planned.due
            changes.append(PlanChange(existing.title, "required again", f"due {_fmt(planned.due)}; {planned.reason}"))
        elif existing.status is EvaluationStatus.PLANNED and existing.due != planned.due:
            changes.append(
                PlanChange(existing.title, "rescheduled", f"from {_fmt(existing.due)} to {_fmt(planned.due)}; {planned.reason}")
            )
            existing.due = planned.due

    for evaluation in result:
        if evaluation.mandatory and evaluation.key not in required_keys and evaluation.status.is_open:
            evaluation.status = EvaluationStatus.NOT_REQUIRED
            evaluation.mandatory = False
            evaluation.independence_required = False
            changes.append(
                PlanChange(evaluation.title, "no longer required", f"{plan.band_reason} (rule set {rule_label})")
            )

    _assign_independence(result, plan, changes)
    result.sort(key=lambda e: (e.due, e.kind.value, e.sequence))
    return result, changes


def _assign_independence(result: list[Evaluation], plan: EvaluationPlan, changes: list[PlanChange]) -> None:
    """The independent requirement marks the final evaluation (the rule set's target) independent
    unless another live evaluation is already independent."""
    rule = plan.rule_set.independent
    live = [e for e in result if e.status is not EvaluationStatus.NOT_REQUIRED and e.status is not EvaluationStatus.WAIVED]
    target = None
    if rule is not None:
        target = next((e for e in live if e.kind is rule.assign_to and e.mandatory), None)
    if plan.independent_required and target is not None:
        others = [
            e
            for e in live
            if e is not target and (e.independence.is_independent or e.independence_required)
        ]
        wanted = not others
        if wanted and not target.independence_required:
            target.independence_required = True
            changes.append(PlanChange(target.title, "marked independent", plan.independence_reason))
        elif not wanted and target.independence_required and target.status.is_open:
            target.independence_required = False
            changes.append(
                PlanChange(target.title, "independence moved", f"already met by {others[0].title.lower()}")
            )
    elif not plan.independent_required:
        for evaluation in live:
            if evaluation.independence_required and evaluation.status.is_open:
                evaluation.independence_required = False
                changes.append(PlanChange(evaluation.title, "independence no longer required", plan.independence_reason))
    if plan.independent_required and target is not None and target.independence_required:
        suffix = "; independent: " + plan.independence_reason.split(": ")[0]
        if suffix not in target.reason:
            target.reason += suffix
