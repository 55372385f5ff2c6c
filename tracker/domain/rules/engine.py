"""Apply a rule set to a project's dates and budget: which evaluations, when, and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from tracker.domain.classifications import EvaluationKind
from tracker.domain.dates import anniversaries_before, duration_in_months, format_months, midpoint
from tracker.domain.money import format_usd
from tracker.domain.rules.ruleset import DurationBand, RuleSet, load_rule_set


@dataclass(frozen=True)
class PlannedEvaluation:
    kind: EvaluationKind
    sequence: int
    due: date
    independent: bool
    mandatory: bool
    reason: str

    @property
    def key(self) -> tuple[EvaluationKind, int]:
        return (self.kind, self.sequence)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "due": self.due.isoformat(),
            "independent": self.independent,
            "mandatory": self.mandatory,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class EvaluationPlan:
    rule_set: RuleSet
    start: date
    end: date
    duration_months: Fraction
    band: DurationBand
    budget_usd: Decimal
    independent_required: bool
    midterm_review_agreed: bool
    evaluations: tuple[PlannedEvaluation, ...]

    @property
    def duration_text(self) -> str:
        return format_months(self.duration_months)

    @property
    def band_reason(self) -> str:
        """E.g. "24.00 months is within 18-30 months: mid-term and final evaluation"."""
        return f"{self.duration_text} months {self.band.relation} {self.band.description}: {self.band.requires}"

    @property
    def independence_reason(self) -> str:
        rule = self.rule_set.independent
        if rule is None:
            return f"rule set {self.rule_set.label} has no independence rule"
        comparison = "is over" if self.independent_required else "is not over"
        return f"budget {format_usd(self.budget_usd)} {comparison} {format_usd(rule.budget_over_usd)}" + (
            f": {rule.description}" if self.independent_required else ": no independent evaluation required"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "rule_set": self.rule_set.name,
            "rule_set_version": self.rule_set.version,
            "duration_months": float(self.duration_text),
            "band": self.band.code,
            "band_reason": self.band_reason,
            "independent_required": self.independent_required,
            "independent_reason": self.independence_reason,
            "evaluations": [e.to_json() for e in self.evaluations],
        }


def plan_evaluations(
    start: date,
    end: date,
    budget_usd: Decimal,
    *,
    midterm_review_agreed: bool = False,
    rule_set: RuleSet | None = None,
) -> EvaluationPlan:
    """The evaluations a project from `start` to `end` (its last day) with a budget of
    `budget_usd` must have under `rule_set`, each with the reason in words."""
    rules = rule_set or load_rule_set()
    months = duration_in_months(start, end)
    band = rules.band_for(months)
    independence = rules.independent
    # "over US$350,000" is strictly greater (003:1938-1940): exactly 350,000.00 does not trigger it.
    independent_required = independence is not None and budget_usd > independence.budget_over_usd
    band_reason = f"{format_months(months)} months {band.relation} {band.description}: {band.requires}"

    planned: list[PlannedEvaluation] = []
    for requirement in band.evaluations:
        if requirement.only_if == "midterm_review_agreed" and not midterm_review_agreed:
            continue
        if requirement.timing == "end":
            dues = [(end, "due on the end date")]
        elif requirement.timing == "midpoint":
            dues = [(midpoint(start, end), "due at the midpoint")]
        else:
            dues = [
                (day, f"due on anniversary {n} of the start")
                for n, day in enumerate(anniversaries_before(start, end), start=1)
            ]
        for sequence, (due, when) in enumerate(dues, start=1):
            detail = f"{requirement.kind.label.lower()} {when}"
            if requirement.only_if == "midterm_review_agreed":
                detail += ", agreed in the initial evaluation plan"
            planned.append(
                PlannedEvaluation(requirement.kind, sequence, due, False, True, f"{band_reason} ({detail})")
            )

    if independent_required and planned:
        assert independence is not None
        target = next((p for p in planned if p.kind is independence.assign_to), planned[-1])
        reason_text = (
            f"; independent: budget {format_usd(budget_usd)} is over {format_usd(independence.budget_over_usd)}"
        )
        planned = [
            PlannedEvaluation(p.kind, p.sequence, p.due, True, p.mandatory, p.reason + reason_text) if p is target else p
            for p in planned
        ]
    planned.sort(key=lambda p: (p.due, p.kind.value, p.sequence))
    return EvaluationPlan(
        rule_set=rules,
        start=start,
        end=end,
        duration_months=months,
        band=band,
        budget_usd=budget_usd,
        independent_required=independent_required,
        midterm_review_agreed=midterm_review_agreed,
        evaluations=tuple(planned),
    )
