"""Apply a rule set to a project's dates and budget: which evaluations, when, and why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from tracker.domain.classifications import EvaluationKind
from tracker.domain.dates import (
    anniversaries_before,
    format_month_ratio,
    format_months,
    midpoint,
    month_parts,
)
from tracker.domain.money import format_usd
from tracker.domain.rules.ruleset import (
    DurationBand,
    RequiredEvaluation,
    RuleSet,
    load_rule_set,
)


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
        return f"{self.independence_comparison}: " + (
            rule.description if self.independent_required else "no independent evaluation required"
        )

    @property
    def independence_comparison(self) -> str:
        """The independence reason up to its colon, e.g. "budget US$500,000.00 is over
        US$350,000.00"; empty without an independence rule."""
        rule = self.rule_set.independent
        if rule is None:
            return ""
        comparison = "is over" if self.independent_required else "is not over"
        return f"budget {format_usd(self.budget_usd)} {comparison} {_prepare(self.rule_set).threshold_text}"

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


class _Prepared:
    """What plan_evaluations works out once per rule set rather than once per project: the band
    and its reason text for each duration met so far (a portfolio of 100,000 projects has a few
    thousand distinct durations), the words of each required evaluation, and the threshold in
    words. Re-planning a whole portfolio calls plan_evaluations 100,000 times
    (docs/performance.md); the results are the same as working everything out each time."""

    __slots__ = ("bands", "details", "rules", "threshold_text")

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self.bands: dict[tuple[int, int], tuple[Fraction, DurationBand, str]] = {}
        self.details: dict[int, tuple[tuple[RequiredEvaluation, str], ...]] = {}
        independence = rules.independent
        self.threshold_text = format_usd(independence.budget_over_usd) if independence is not None else ""

    def band(self, numerator: int, denominator: int) -> tuple[Fraction, DurationBand, str]:
        """A duration of numerator / denominator months as a Fraction, its band and the band reason."""
        key = (numerator, denominator)
        found = self.bands.get(key)
        if found is None:
            if len(self.bands) >= _MAX_DURATIONS:
                self.bands.clear()
            months = Fraction(numerator, denominator)
            band = self.rules.band_for(months)
            reason = f"{format_month_ratio(numerator, denominator)} months {band.relation} {band.description}: {band.requires}"
            found = self.bands[key] = (months, band, reason)
        return found

    def requirements(self, band: DurationBand) -> tuple[tuple[RequiredEvaluation, str], ...]:
        """Each evaluation the band requires, with the start of its detail text."""
        found = self.details.get(id(band))
        if found is None:
            found = self.details[id(band)] = tuple(
                (requirement, requirement.kind.label.lower()) for requirement in band.evaluations
            )
        return found


_MAX_DURATIONS = 100_000  # distinct durations remembered per rule set (a few MB at most)
_MAX_RULE_SETS = 8
_prepared: dict[int, _Prepared] = {}


def _prepare(rules: RuleSet) -> _Prepared:
    """The rule set's _Prepared, kept by identity: load_rule_set builds a new RuleSet on each call,
    so a few are kept and the lot is dropped when more come (each holds its RuleSet, so an id is
    never reused while its entry lives)."""
    prepared = _prepared.get(id(rules))
    if prepared is None or prepared.rules is not rules:
        if len(_prepared) >= _MAX_RULE_SETS:
            _prepared.clear()
        prepared = _prepared[id(rules)] = _Prepared(rules)
    return prepared


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
    prepared = _prepare(rules)
    whole, remaining_days, month_days = month_parts(start, end)
    numerator = whole * month_days + remaining_days  # the duration is numerator / month_days months
    months, band, band_reason = prepared.band(numerator, month_days)
    independence = rules.independent
    # "over US$350,000" is strictly greater (003:1938-1940): exactly 350,000.00 does not trigger it.
    independent_required = independence is not None and budget_usd > independence.budget_over_usd

    # (kind, sequence, due, reason) of each required evaluation, in the band's order.
    planned: list[tuple[EvaluationKind, int, date, str]] = []
    for requirement, label in prepared.requirements(band):
        if requirement.only_if == "midterm_review_agreed":
            if not midterm_review_agreed:
                continue
            agreed = ", agreed in the initial evaluation plan"
        else:
            agreed = ""
        kind = requirement.kind
        if requirement.timing == "end":
            planned.append((kind, 1, end, f"{band_reason} ({label} due on the end date{agreed})"))
        elif requirement.timing == "midpoint":
            planned.append((kind, 1, midpoint(start, end), f"{band_reason} ({label} due at the midpoint{agreed})"))
        else:
            for n, day in enumerate(anniversaries_before(start, end), start=1):
                planned.append((kind, n, day, f"{band_reason} ({label} due on anniversary {n} of the start{agreed})"))

    target = -1  # the evaluation made independent: the first of the rule's kind, else the last
    if independent_required and planned:
        assert independence is not None
        target = len(planned) - 1
        for i, p in enumerate(planned):
            if p[0] is independence.assign_to:
                target = i
                break
        kind, sequence, due, reason = planned[target]
        planned[target] = (
            kind, sequence, due,
            f"{reason}; independent: budget {format_usd(budget_usd)} is over {prepared.threshold_text}",
        )
    evaluations = [
        PlannedEvaluation(kind, sequence, due, i == target, True, reason)
        for i, (kind, sequence, due, reason) in enumerate(planned)
    ]
    # The kind is a str whose value is its code: the same order as kind.value, without the lookup.
    evaluations.sort(key=_plan_order)
    return EvaluationPlan(
        rule_set=rules,
        start=start,
        end=end,
        duration_months=months,
        band=band,
        budget_usd=budget_usd,
        independent_required=independent_required,
        midterm_review_agreed=midterm_review_agreed,
        evaluations=tuple(evaluations),
    )


def _plan_order(p: PlannedEvaluation) -> tuple[date, str, int]:
    return (p.due, p.kind, p.sequence)
