"""What a rule set is (tracker.domain.rules.ruleset reads them from JSON files): duration bands and
budget tiers with the evaluations each requires, the conditions on the funding, the appraisal
requirements, and the words the shipped rule sets are quoted in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from tracker.domain.classifications import EvaluationKind, FundingModality, PartnerCategory
from tracker.domain.errors import DomainError
from tracker.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate

DEFAULT_RULE_SET = "ilo-2002"
# When each required evaluation is due: on the end date, at the midpoint, on each anniversary of
# the start before the end, a number of months after the start ("within the first 12 months") or
# before the end.
TIMINGS = ("end", "midpoint", "anniversaries", "after-start", "before-end")
OFFSET_TIMINGS = ("after-start", "before-end")
MAX_OFFSET_MONTHS = 240
CONDITIONS = ("midterm_review_agreed",)
BAND_EVALUATIONS = ("keep", "replace")  # what a budget tier does with the duration band's evaluations


# The words of the rule sets tracker ships (resources/rulesets/*.json: data, kept as written), marked
# here so that translators give them in French and Spanish: a plan's reasons quote a band's relation
# and description ("is" + "under 18 months") and what it requires, and the independence rule's
# description (tracker.domain.rules.engine). A rule set added by a user is described from its
# bounds and evaluations in another language than English.
SHIPPED_TEXTS = (
    QT_TRANSLATE_NOOP("RuleSetText", "is under 18 months"),
    QT_TRANSLATE_NOOP("RuleSetText", "is within 18-30 months"),
    QT_TRANSLATE_NOOP("RuleSetText", "is over 30 months"),
    QT_TRANSLATE_NOOP("RuleSetText", "final evaluation on completion"),
    QT_TRANSLATE_NOOP("RuleSetText", "mid-term and final evaluation"),
    QT_TRANSLATE_NOOP("RuleSetText", "annual reviews, a mid-term review if agreed in the initial evaluation plan, "
                                     "and a final evaluation"),
    QT_TRANSLATE_NOOP("RuleSetText", "at least one independent evaluation during the cycle"),
    QT_TRANSLATE_NOOP("RuleSetText", "ILO evaluation framework of November 2002 (GB.285/PFA/10)"),
)


class RuleSetError(DomainError):
    """A rule-set file is missing or malformed; the message names the file and the field."""


@dataclass(frozen=True)
class RequiredEvaluation:
    kind: EvaluationKind
    timing: str
    only_if: str | None = None
    months: int | None = None  # for the offset timings: months after the start / before the end
    independent: bool = False  # this evaluation must be independent (a tier's requirement)


@dataclass(frozen=True)
class Conditions:
    """When a tier or an appraisal requirement applies beyond its budget bounds: the project is
    funded only through these modalities / only by partners of these categories (every funding
    line; a project without funding lines meets no condition). Empty: whatever the funding."""

    modalities: frozenset[FundingModality] = frozenset()
    partner_categories: frozenset[PartnerCategory] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.modalities or self.partner_categories)

    def hold(self, funding: FundingFacts | None) -> bool:
        if self.modalities:
            if funding is None or not funding.modalities or not set(funding.modalities) <= self.modalities:
                return False
        if self.partner_categories:
            if funding is None or not funding.partner_categories or not set(funding.partner_categories) <= self.partner_categories:
                return False
            # Every line: a line without a partner (the regular budget) or whose partner's category
            # is not known adds no category, so fewer categories than lines means one is not in the list.
            if len(funding.partner_categories) < len(funding.modalities):
                return False
        return True


@dataclass(frozen=True)
class FundingFacts:
    """What a project's funding says for the rules' conditions: the modality of each funding line
    and the category of each line's partner (lines without a partner add none)."""

    modalities: tuple[FundingModality, ...] = ()
    partner_categories: tuple[PartnerCategory, ...] = ()


@dataclass(frozen=True)
class Bounds:
    """An interval with each end inclusive or exclusive (None: open)."""

    lower: Fraction | None = None  # inclusive ("from")
    lower_exclusive: Fraction | None = None  # exclusive ("above", "over")
    upper: Fraction | None = None  # inclusive ("to")
    upper_exclusive: Fraction | None = None  # exclusive ("below")

    def contains(self, value: Fraction | Decimal) -> bool:
        if self.lower is not None and value < self.lower:
            return False
        if self.lower_exclusive is not None and value <= self.lower_exclusive:
            return False
        if self.upper is not None and value > self.upper:
            return False
        if self.upper_exclusive is not None and value >= self.upper_exclusive:
            return False
        return True


@dataclass(frozen=True)
class DurationBand:
    code: str
    description: str
    relation: str
    requires: str
    lower: Fraction | None  # inclusive lower bound ("from")
    lower_exclusive: Fraction | None  # exclusive lower bound ("above")
    upper: Fraction | None  # inclusive upper bound ("to")
    upper_exclusive: Fraction | None  # exclusive upper bound ("below")
    evaluations: tuple[RequiredEvaluation, ...]

    def contains(self, months: Fraction) -> bool:
        if self.lower is not None and months < self.lower:
            return False
        if self.lower_exclusive is not None and months <= self.lower_exclusive:
            return False
        if self.upper is not None and months > self.upper:
            return False
        if self.upper_exclusive is not None and months >= self.upper_exclusive:
            return False
        return True


@dataclass(frozen=True)
class BudgetTier:
    """Evaluations required by the budget in US$ (and, optionally, by how the project is funded)."""

    code: str
    description: str
    relation: str
    requires: str
    bounds: Bounds  # in US$
    when: Conditions
    band_evaluations: str  # "keep" or "replace"
    evaluations: tuple[RequiredEvaluation, ...]

    def applies(self, budget_usd: Decimal, funding: FundingFacts | None) -> bool:
        return self.bounds.contains(budget_usd) and self.when.hold(funding)


@dataclass(frozen=True)
class AppraisalRequirement:
    """What must be recorded before a project is approved (a guard of the Approve action)."""

    code: str
    label: str  # e.g. "environmental and social screening"
    reason: str  # why, in words
    result_choices: tuple[str, ...]  # the result the record must give, one of these ("" choices: any)
    bounds: Bounds  # budgets in US$ it applies to
    when: Conditions
    labels: tuple[tuple[str, str], ...] = ()  # (language, label) beside the English one
    reasons: tuple[tuple[str, str], ...] = ()  # (language, reason)

    @property
    def shown_label(self) -> str:
        """The label in the current language (as the rule set gives it; else in English)."""
        return dict(self.labels).get(current_language()) or self.label

    @property
    def shown_reason(self) -> str:
        return dict(self.reasons).get(current_language()) or self.reason

    def applies(self, budget_usd: Decimal | None, funding: FundingFacts | None) -> bool:
        bounded = any(v is not None for v in (self.bounds.lower, self.bounds.lower_exclusive, self.bounds.upper,
                                              self.bounds.upper_exclusive))
        if bounded and budget_usd is None:
            return False
        return (budget_usd is None or self.bounds.contains(budget_usd)) and self.when.hold(funding)


@dataclass(frozen=True)
class KindSpec:
    """An evaluation kind the rule set names, with its labels."""

    code: str
    label: str
    labels: tuple[tuple[str, str], ...] = ()  # (language, label)


@dataclass(frozen=True)
class IndependenceRule:
    budget_over_usd: Decimal  # strictly greater than: "over US$350,000" (003:1938-1940)
    assign_to: EvaluationKind
    description: str


@dataclass(frozen=True)
class RuleSet:
    name: str
    version: int
    title: str
    source: str
    effective_from: date | None
    duration_method: str
    bands: tuple[DurationBand, ...]
    independent: IndependenceRule | None
    tiers: tuple[BudgetTier, ...] = ()
    appraisal: tuple[AppraisalRequirement, ...] = ()
    kinds: tuple[KindSpec, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.name} v{self.version}"

    def band_for(self, months: Fraction) -> DurationBand:
        for band in self.bands:
            if band.contains(months):
                return band
        from tracker.domain.numbers import format_number, number_style  # numbers imports this package's neighbours

        shown = format_number(Decimal(months.numerator) / Decimal(months.denominator), number_style(), 2)
        raise RuleSetError(translate("RuleSet", "rule set {rule_set} has no duration band for {months} months").format(
            rule_set=self.label, months=shown))

    def tier_for(self, budget_usd: Decimal, funding: FundingFacts | None = None) -> BudgetTier | None:
        """The first tier whose bounds and conditions the project meets; None: no tier applies."""
        for tier in self.tiers:
            if tier.applies(budget_usd, funding):
                return tier
        return None


def number_text(value: Fraction) -> str:
    """A bound as a rule-set file writes it: "18", "0.000001" (never "1e-06")."""
    if value.denominator == 1:
        return str(value.numerator)
    return format(Decimal(value.numerator) / Decimal(value.denominator), "f").rstrip("0").rstrip(".")
