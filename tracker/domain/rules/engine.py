"""Apply a rule set to a project's dates and budget: which evaluations, when, and why."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

from tracker.domain.classifications import EvaluationKind
from tracker.domain.dates import (
    add_months,
    anniversaries_before,
    format_month_ratio,
    format_months,
    midpoint,
    month_parts,
)
from tracker.domain.i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, current_language, translate
from tracker.domain.money import usd_text
from tracker.domain.numbers import NumberStyle, format_number, number_style
from tracker.domain.rules.ruleset import (
    OFFSET_TIMINGS,
    Bounds,
    BudgetTier,
    DurationBand,
    FundingFacts,
    RequiredEvaluation,
    RuleSet,
    load_rule_set,
)

# The reasons are sentences of the user's language, composed in code from translatable patterns
# (context "EvaluationPlan") with the numbers written as the user's locale writes them. A rule
# set's own words (a band's relation, description and requirements, the independence rule's
# description: data, in English in the JSON files) are used as written in English; in another
# language the shipped rule sets' words are translated (tracker.domain.rules.ruleset.SHIPPED_TEXTS)
# and a rule set added by a user, whose words no translator has seen, is described from its
# bounds and required evaluations instead, so that a French reason holds no English.


# Why each required evaluation is planned: {reason} is the band reason, {evaluation} its name.
_AT_END = QT_TRANSLATE_NOOP("EvaluationPlan", "{reason} ({evaluation} due on the end date)")
_AT_END_AGREED = QT_TRANSLATE_NOOP("EvaluationPlan", "{reason} ({evaluation} due on the end date, agreed in the initial "
                                                     "evaluation plan)")
_AT_MIDPOINT = QT_TRANSLATE_NOOP("EvaluationPlan", "{reason} ({evaluation} due at the midpoint)")
_AT_MIDPOINT_AGREED = QT_TRANSLATE_NOOP("EvaluationPlan", "{reason} ({evaluation} due at the midpoint, agreed in the "
                                                          "initial evaluation plan)")
_ON_ANNIVERSARY = QT_TRANSLATE_NOOP("EvaluationPlan", "{reason} ({evaluation} due on anniversary {number} of the start)")
_ON_ANNIVERSARY_AGREED = QT_TRANSLATE_NOOP("EvaluationPlan", "{reason} ({evaluation} due on anniversary {number} of the "
                                                             "start, agreed in the initial evaluation plan)")
_OVER = QT_TRANSLATE_NOOP("EvaluationPlan", "budget {budget} is over {threshold}")
_USD = QT_TRANSLATE_NOOP("Money", "US${amount}")
_NOT_OVER = QT_TRANSLATE_NOOP("EvaluationPlan", "budget {budget} is not over {threshold}")
# A band described from its bounds (a rule set whose own words have no translation).
_UNDER = QT_TRANSLATE_NOOP("EvaluationPlan", "is under {high} months")
_UP_TO = QT_TRANSLATE_NOOP("EvaluationPlan", "is up to {high} months")
_ABOVE = QT_TRANSLATE_NOOP("EvaluationPlan", "is over {low} months")
_FROM = QT_TRANSLATE_NOOP("EvaluationPlan", "is {low} months or more")
_WITHIN = QT_TRANSLATE_NOOP("EvaluationPlan", "is within {low}-{high} months")
_FROM_UNDER = QT_TRANSLATE_NOOP("EvaluationPlan", "is from {low} months and under {high} months")
_ABOVE_UP_TO = QT_TRANSLATE_NOOP("EvaluationPlan", "is over {low} months and up to {high} months")
_ABOVE_UNDER = QT_TRANSLATE_NOOP("EvaluationPlan", "is over {low} months and under {high} months")
# A budget tier's reason: "budget US$6,000,000.00 is over US$5,000,000.00: independent mid-term and
# final evaluations"; its bounds in words when the rule set's own words have no translation.
_TIER_REASON = QT_TRANSLATE_NOOP("EvaluationPlan", "budget {budget} {tier}: {requires}")
_TIER_UNDER = QT_TRANSLATE_NOOP("EvaluationPlan", "is under {high}")
_TIER_UP_TO = QT_TRANSLATE_NOOP("EvaluationPlan", "is up to {high}")
_TIER_OVER = QT_TRANSLATE_NOOP("EvaluationPlan", "is over {low}")
_TIER_FROM = QT_TRANSLATE_NOOP("EvaluationPlan", "is {low} or more")
_TIER_BETWEEN = QT_TRANSLATE_NOOP("EvaluationPlan", "is between {low} and {high}")
_TIER_FUNDED = QT_TRANSLATE_NOOP("EvaluationPlan", "{tier}, funded as the tier requires")
# Timings counted in months from the start or to the end.
_AFTER_START = QT_TRANSLATE_NOOP("EvaluationPlan", "{reason} ({evaluation} due %n month(s) after the start)")
_BEFORE_END = QT_TRANSLATE_NOOP("EvaluationPlan", "{reason} ({evaluation} due %n month(s) before the end date)")
_MUST_BE_INDEPENDENT = QT_TRANSLATE_NOOP("EvaluationPlan", "{reason}; it must be independent")


@dataclass(frozen=True)
class PlanTexts:
    """What the reasons are written with: the language, the locale's way of writing numbers and
    the sentence patterns in that language. Worked out once for many plans (re-planning a whole
    portfolio: pass plan_texts() to every plan_evaluations call), else once per plan."""

    language: str
    style: NumberStyle
    patterns: dict[str, str]  # pattern (English source) -> in the language


_PATTERNS = (_AT_END, _AT_END_AGREED, _AT_MIDPOINT, _AT_MIDPOINT_AGREED, _ON_ANNIVERSARY, _ON_ANNIVERSARY_AGREED, _OVER)
_INDEPENDENT = QT_TRANSLATE_NOOP("EvaluationPlan", "{reason}; independent: {comparison}")
_patterns_by_language: dict[str, dict[str, str]] = {}


def plan_texts() -> PlanTexts:
    """The PlanTexts of the current language and locale."""
    language = current_language()
    patterns = _patterns_by_language.get(language)
    if patterns is None:
        patterns = {pattern: translate("EvaluationPlan", pattern) for pattern in (*_PATTERNS, _INDEPENDENT)}
        patterns[_USD] = translate("Money", _USD)
        _patterns_by_language[language] = patterns
    return PlanTexts(language, number_style(language=language), patterns)


def _months(numerator: int, denominator: int, style: NumberStyle) -> str:
    """A duration as format_months writes it ("17.99"), in the locale's writing ("17,99")."""
    return format_number(Decimal(format_month_ratio(numerator, denominator)), style, 2)


def _bound(value: Fraction, style: NumberStyle) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return format_number(Decimal(value.numerator) / Decimal(value.denominator), style, 2)


def _band_words(band: DurationBand, style: NumberStyle) -> str:
    """The band as the reason names it: "is within 18-30 months" (the rule set's words)."""
    text = f"{band.relation} {band.description}"
    if current_language() == SOURCE_LANGUAGE:
        return text
    known = translate("RuleSetText", text)
    if known != text:
        return known
    low = band.lower if band.lower is not None else band.lower_exclusive
    high = band.upper if band.upper is not None else band.upper_exclusive
    if low is None and high is None:
        return translate("EvaluationPlan", "is of any duration")
    if low is None:
        assert high is not None
        pattern = _UNDER if band.upper is None else _UP_TO
    elif high is None:
        pattern = _ABOVE if band.lower is None else _FROM
    elif band.lower is not None and band.upper is not None:
        pattern = _WITHIN
    elif band.lower is not None:
        pattern = _FROM_UNDER
    elif band.upper is not None:
        pattern = _ABOVE_UP_TO
    else:
        pattern = _ABOVE_UNDER
    return translate("EvaluationPlan", pattern).format(
        low=_bound(low, style) if low is not None else "", high=_bound(high, style) if high is not None else "")


def _requirement_words(requires: str, evaluations: tuple[RequiredEvaluation, ...]) -> str:
    """What a band or tier requires, in the rule set's words (`requires`: see _band_words), or
    named from its `evaluations` in a language those words have no translation in."""
    if current_language() == SOURCE_LANGUAGE:
        return requires
    known = translate("RuleSetText", requires)
    if known != requires:
        return known
    parts = []
    for requirement in evaluations:
        words = requirement.kind.label.lower()
        if requirement.only_if == "midterm_review_agreed":
            words = translate("EvaluationPlan", "{evaluation} if agreed in the initial evaluation plan").format(evaluation=words)
        parts.append(words)
    return ", ".join(parts)


def _usd_bound(value: Fraction, style: NumberStyle) -> str:
    return translate("Money", _USD).format(amount=format_number(Decimal(value.numerator) / Decimal(value.denominator), style, 2))


def _tier_words(tier: BudgetTier, style: NumberStyle) -> str:
    """The tier as the reason names it: "is over US$5,000,000" (the rule set's words, or its bounds)."""
    text = f"{tier.relation} {tier.description}"
    if current_language() != SOURCE_LANGUAGE:
        known = translate("RuleSetText", text)
        if known == text:
            known = _bounds_words(tier.bounds, style)
            if tier.when:
                known = translate("EvaluationPlan", _TIER_FUNDED).format(tier=known)
        text = known
    return text


def _bounds_words(bounds: Bounds, style: NumberStyle) -> str:
    low = bounds.lower if bounds.lower is not None else bounds.lower_exclusive
    high = bounds.upper if bounds.upper is not None else bounds.upper_exclusive
    if low is None and high is None:
        return translate("EvaluationPlan", "is of any amount")
    if low is None:
        assert high is not None
        pattern = _TIER_UNDER if bounds.upper is None else _TIER_UP_TO
    elif high is None:
        pattern = _TIER_OVER if bounds.lower is None else _TIER_FROM
    else:
        pattern = _TIER_BETWEEN
    return translate("EvaluationPlan", pattern).format(
        low=_usd_bound(low, style) if low is not None else "", high=_usd_bound(high, style) if high is not None else "")


def _tier_reason(budget_usd: Decimal, tier: BudgetTier, style: NumberStyle) -> str:
    """E.g. "budget US$6,000,000.00 is over US$5,000,000: independent mid-term and final evaluations"."""
    return translate("EvaluationPlan", _TIER_REASON).format(
        budget=translate("Money", _USD).format(amount=format_number(budget_usd, style, 2)),
        tier=_tier_words(tier, style), requires=_requirement_words(tier.requires, tier.evaluations))


def _band_reason(numerator: int, denominator: int, band: DurationBand, style: NumberStyle) -> str:
    """E.g. "24.00 months is within 18-30 months: mid-term and final evaluation"."""
    return translate("EvaluationPlan", "{duration} months {band}: {requires}").format(
        duration=_months(numerator, denominator, style), band=_band_words(band, style), requires=_requirement_words(band.requires, band.evaluations))


def _independence_comparison(budget_usd: Decimal, threshold: Decimal, required: bool) -> str:
    pattern = _OVER if required else _NOT_OVER
    return translate("EvaluationPlan", pattern).format(budget=usd_text(budget_usd), threshold=usd_text(threshold))


def _rule_words(text: str) -> str:
    """A rule set's description (data) in the current language: see _band_words."""
    if current_language() == SOURCE_LANGUAGE:
        return text
    return translate("RuleSetText", text)


@dataclass(frozen=True)
class PlannedEvaluation:
    kind: EvaluationKind
    sequence: int
    due: date
    independent: bool
    mandatory: bool
    reason: str
    # Independent because the budget tier requires this evaluation to be (rather than the legacy
    # independence rule's one evaluation): the re-plan requires its independence as it stands.
    tier_independent: bool = False

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
    independent_required: bool  # some evaluation must be independent (the legacy rule or the tier)
    midterm_review_agreed: bool
    evaluations: tuple[PlannedEvaluation, ...]
    tier: BudgetTier | None = None
    # The legacy independence rule (budget over a threshold: ilo-2002) requires an independent
    # evaluation; independent_required may also come from the tier.
    rule_independent: bool = False
    # The sentences below, by (which, language, number style), once each: re-planning a whole
    # portfolio asks a plan for its independence comparison up to three times.
    _said: dict[tuple[str, str, NumberStyle], str] = field(default_factory=dict, compare=False, repr=False)

    def _memo(self, which: str, make: Callable[[NumberStyle], str]) -> str:
        style = number_style()
        key = (which, current_language(), style)
        found = self._said.get(key)
        if found is None:
            found = self._said[key] = make(style)
        return found

    @property
    def duration_text(self) -> str:
        """The duration in months as a machine writes it: "17.99" (JSON, files)."""
        return format_months(self.duration_months)

    @property
    def duration_shown(self) -> str:
        """The duration in months as the user's locale writes it: "17.99", "17,99"."""
        return _months(self.duration_months.numerator, self.duration_months.denominator, number_style())

    @property
    def band_reason(self) -> str:
        """E.g. "24.00 months is within 18-30 months: mid-term and final evaluation", in the
        current language."""
        return self._memo("band", lambda style: _band_reason(self.duration_months.numerator, self.duration_months.denominator,
                                                             self.band, style))

    @property
    def tier_reason(self) -> str:
        """E.g. "budget US$6,000,000.00 is over US$5,000,000: independent mid-term and final
        evaluations"; empty when no budget tier applies."""
        tier = self.tier
        if tier is None:
            return ""
        return self._memo("tier", lambda style: _tier_reason(self.budget_usd, tier, style))

    @property
    def requirements_reason(self) -> str:
        """What the rules require of this project and why: the band's reason, the tier's, or both."""
        if self.tier is None:
            return self.band_reason
        if self.tier.band_evaluations == "replace":
            return self.tier_reason
        return translate("EvaluationPlan", "{band}; {tier}").format(band=self.band_reason, tier=self.tier_reason)

    @property
    def independence_reason(self) -> str:
        rule = self.rule_set.independent
        if rule is None:
            if self.independent_required and self.tier is not None:
                tier = self.tier
                return self._memo("tier-independence", lambda style: translate(
                    "EvaluationPlan", "budget {budget} {tier}: {evaluations} must be independent").format(
                    budget=translate("Money", _USD).format(amount=format_number(self.budget_usd, style, 2)),
                    tier=_tier_words(tier, style),
                    evaluations=", ".join(dict.fromkeys(e.kind.label.lower() for e in self.evaluations if e.tier_independent))))
            return translate("EvaluationPlan", "rule set {rule_set} has no independence rule").format(rule_set=self.rule_set.label)
        if self.rule_independent:
            return translate("EvaluationPlan", "{comparison}: {rule}").format(
                comparison=self.independence_comparison, rule=_rule_words(rule.description))
        return translate("EvaluationPlan", "{comparison}: no independent evaluation required").format(
            comparison=self.independence_comparison)

    @property
    def independence_comparison(self) -> str:
        """The independence reason up to its colon, e.g. "budget US$500,000.00 is over
        US$350,000.00"; empty without an independence rule."""
        rule = self.rule_set.independent
        if rule is None:
            return ""
        return self._memo("comparison", lambda _: _independence_comparison(self.budget_usd, rule.budget_over_usd,
                                                                           self.rule_independent))

    def to_json(self) -> dict[str, Any]:
        return {
            "rule_set": self.rule_set.name,
            "rule_set_version": self.rule_set.version,
            "duration_months": float(self.duration_text),
            "band": self.band.code,
            "band_reason": self.band_reason,
            **({"tier": self.tier.code, "tier_reason": self.tier_reason} if self.tier is not None else {}),
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

    __slots__ = ("bands", "details", "rules", "thresholds")

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        # By the language and the locale the texts are written in, then by duration / band.
        self.bands: dict[tuple[str, str, int, int], tuple[Fraction, DurationBand, str]] = {}
        self.details: dict[tuple[str, int], tuple[tuple[RequiredEvaluation, str], ...]] = {}
        self.thresholds: dict[tuple[str, str], str] = {}  # the independence threshold, written out

    def threshold(self, texts: PlanTexts) -> str:
        """The independence rule's threshold as the reasons write it ("US$350,000.00")."""
        key = (texts.language, texts.style.locale)
        found = self.thresholds.get(key)
        if found is None:
            assert self.rules.independent is not None
            found = self.thresholds[key] = texts.patterns[_USD].format(
                amount=format_number(self.rules.independent.budget_over_usd, texts.style, 2))
        return found

    def band(self, numerator: int, denominator: int, language: str, style: NumberStyle) -> tuple[Fraction, DurationBand, str]:
        """A duration of numerator / denominator months as a Fraction, its band and the band reason."""
        key = (language, style.locale, numerator, denominator)
        found = self.bands.get(key)
        if found is None:
            if len(self.bands) >= _MAX_DURATIONS:
                self.bands.clear()
            months = Fraction(numerator, denominator)
            band = self.rules.band_for(months)
            found = self.bands[key] = (months, band, _band_reason(numerator, denominator, band, style))
        return found

    def requirements(self, band: DurationBand, language: str) -> tuple[tuple[RequiredEvaluation, str], ...]:
        """Each evaluation the band requires, with its name in the reason."""
        key = (language, id(band))
        found = self.details.get(key)
        if found is None:
            found = self.details[key] = tuple(
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
    texts: PlanTexts | None = None,
    funding: FundingFacts | None = None,
) -> EvaluationPlan:
    """The evaluations a project from `start` to `end` (its last day) with a budget of
    `budget_usd` must have under `rule_set`, each with the reason in words (in the language and
    locale of `texts`, by default the current ones). `funding`: how the project is funded, for the
    conditions of budget tiers (None: tiers with conditions do not apply)."""
    rules = rule_set or load_rule_set()
    prepared = _prepare(rules)
    texts = texts or plan_texts()
    language, style, patterns = texts.language, texts.style, texts.patterns
    whole, remaining_days, month_days = month_parts(start, end)
    numerator = whole * month_days + remaining_days  # the duration is numerator / month_days months
    months, band, band_reason = prepared.band(numerator, month_days, language, style)
    independence = rules.independent
    # "over US$350,000" is strictly greater (003:1938-1940): exactly 350,000.00 does not trigger it.
    rule_independent = independence is not None and budget_usd > independence.budget_over_usd
    tier = rules.tier_for(budget_usd, funding) if rules.tiers else None

    # (kind, sequence, due, reason, independent by the tier) of each required evaluation, in the
    # band's order, then the tier's.
    planned: list[tuple[EvaluationKind, int, date, str, bool]] = []
    if tier is None or tier.band_evaluations == "keep":
        tier_kinds = {r.kind for r in tier.evaluations} if tier is not None else _NO_KINDS
        for requirement, label in prepared.requirements(band, language):
            kind = requirement.kind
            if kind in tier_kinds:
                continue  # the tier says how this kind is planned
            timing = requirement.timing
            agreed = requirement.only_if == "midterm_review_agreed"
            if agreed and not midterm_review_agreed:
                continue
            # The timings of ilo-2002 written out here, as before rule sets v2 (re-planning
            # 100,000 projects calls this a quarter of a million times: docs/performance.md);
            # the others, and an evaluation that must be independent, through _add.
            if requirement.independent or timing in OFFSET_TIMINGS:
                _add(planned, requirement, label, band_reason, start, end, midterm_review_agreed, patterns)
            elif timing == "end":
                pattern = patterns[_AT_END_AGREED if agreed else _AT_END]
                planned.append((kind, 1, end, pattern.format(reason=band_reason, evaluation=label), False))
            elif timing == "midpoint":
                pattern = patterns[_AT_MIDPOINT_AGREED if agreed else _AT_MIDPOINT]
                planned.append((kind, 1, midpoint(start, end), pattern.format(reason=band_reason, evaluation=label), False))
            else:
                pattern = patterns[_ON_ANNIVERSARY_AGREED if agreed else _ON_ANNIVERSARY]
                for n, day in enumerate(anniversaries_before(start, end), start=1):
                    planned.append((kind, n, day, pattern.format(reason=band_reason, evaluation=label, number=n), False))
    said = {("band", language, style): band_reason}  # what band_reason says in these texts
    if tier is not None:
        tier_reason = _tier_reason(budget_usd, tier, style)
        said[("tier", language, style)] = tier_reason
        for requirement in tier.evaluations:
            _add(planned, requirement, requirement.kind.label.lower(), tier_reason, start, end, midterm_review_agreed, patterns)

    target = -1  # the evaluation the legacy rule makes independent: the first of the rule's kind, else the last
    if rule_independent and planned:
        assert independence is not None
        target = len(planned) - 1
        for i, p in enumerate(planned):
            if p[0] is independence.assign_to:
                target = i
                break
        if any(p[4] for p in planned) and not planned[target][4]:
            target = -1  # the tier already requires an independent evaluation: the rule rests on it
        else:
            kind, sequence, due, reason, by_tier = planned[target]
            usd = patterns[_USD]
            comparison = patterns[_OVER].format(budget=usd.format(amount=format_number(budget_usd, style, 2)),
                                                threshold=prepared.threshold(texts))
            said[("comparison", language, style)] = comparison  # what independence_comparison says in these texts
            planned[target] = (kind, sequence, due, patterns[_INDEPENDENT].format(reason=reason, comparison=comparison), by_tier)
    evaluations = [
        PlannedEvaluation(kind, sequence, due, i == target or by_tier, True, reason, by_tier)
        for i, (kind, sequence, due, reason, by_tier) in enumerate(planned)
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
        independent_required=rule_independent or any(e.tier_independent for e in evaluations),
        midterm_review_agreed=midterm_review_agreed,
        evaluations=tuple(evaluations),
        tier=tier,
        rule_independent=rule_independent,
        _said=said,
    )


_NO_KINDS: frozenset[EvaluationKind] = frozenset()


def _add(planned: list[tuple[EvaluationKind, int, date, str, bool]], requirement: RequiredEvaluation, label: str, reason: str,
         start: date, end: date, midterm_review_agreed: bool, patterns: dict[str, str]) -> None:
    """Append the evaluation(s) `requirement` plans, each with its reason."""
    agreed = requirement.only_if == "midterm_review_agreed"
    if agreed and not midterm_review_agreed:
        return
    kind, timing, independent = requirement.kind, requirement.timing, requirement.independent
    if timing == "end":
        pattern = patterns[_AT_END_AGREED if agreed else _AT_END]
        entries = [(1, end, pattern.format(reason=reason, evaluation=label))]
    elif timing == "midpoint":
        pattern = patterns[_AT_MIDPOINT_AGREED if agreed else _AT_MIDPOINT]
        entries = [(1, midpoint(start, end), pattern.format(reason=reason, evaluation=label))]
    elif timing == "anniversaries":
        pattern = patterns[_ON_ANNIVERSARY_AGREED if agreed else _ON_ANNIVERSARY]
        entries = [(n, day, pattern.format(reason=reason, evaluation=label, number=n))
                   for n, day in enumerate(anniversaries_before(start, end), start=1)]
    else:
        months = requirement.months or 0
        if timing == "after-start":
            due = min(add_months(start, months), end)  # "within the first 12 months" of a shorter project: by its end
            pattern = _AFTER_START
        else:
            due = max(add_months(end, -months), start)
            pattern = _BEFORE_END
        entries = [(1, due, _offset_words(pattern, months).format(reason=reason, evaluation=label))]
    for sequence, due, text in entries:
        if independent:
            text = translate("EvaluationPlan", _MUST_BE_INDEPENDENT).format(reason=text)
        planned.append((kind, sequence, due, text, independent))


def _offset_words(pattern: str, months: int) -> str:
    return translate("EvaluationPlan", pattern, "", months)


def _plan_order(p: PlannedEvaluation) -> tuple[date, str, int]:
    return (p.due, p.kind, p.sequence)
