"""Rule sets as data: thresholds, bands and the evaluations each band requires, read from JSON.

A new rule set is a new JSON file, in resources/rulesets or in a folder named by
TRACKER_RULESETS (several folders separated by the path separator); no code changes."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any

from tracker.domain.classifications import (
    CUSTOM_KIND_CODE,
    EvaluationKind,
    FundingModality,
    PartnerCategory,
    register_evaluation_kind,
)
from tracker.domain.errors import DomainError
from tracker.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from tracker.domain.paths import user_data_dir

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


class _Reader:
    """Reads a rule set's JSON, collecting every problem, each naming its place ("rule set
    x.json, tier 2, evaluation 1: ..."): the editor and `tracker rule-sets check` list them all,
    loading stops at the first."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        # The places whose bounds or conditions are wrong (named as such): their bounds as read
        # are not what the author meant, so the overlap check leaves them out.
        self.doubtful: set[str] = set()

    def _doubtful_if_told(self, where: str, said: int) -> None:
        if len(self.problems) > said:
            self.doubtful.add(where)

    def problem(self, where: str, text: str) -> None:
        self.problems.append(translate("RuleSet", "{where}: {problem}").format(where=where, problem=text))

    def require(self, raw: Mapping[str, Any], key: str, where: str, default: Any = None) -> Any:
        if key not in raw or raw[key] is None:
            self.problem(where, translate("RuleSet", "'{key}' is missing").format(key=key))
            return default
        return raw[key]

    def mapping(self, raw: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(raw, Mapping):
            self.problem(where, translate("RuleSet", "must be an object with named fields"))
            return {}
        return raw

    def items(self, raw: Any, where: str, key: str) -> list[Any]:
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.problem(where, translate("RuleSet", "'{key}' must be a list").format(key=key))
            return []
        return raw

    def text(self, raw: Mapping[str, Any], key: str, where: str, default: str = "", required: bool = False) -> str:
        value = self.require(raw, key, where, None) if required else raw.get(key, default)
        if value is None:  # missing: said once (require), not also "empty"
            return default
        if not isinstance(value, str):
            self.problem(where, translate("RuleSet", "'{key}' must be text, not {value}").format(key=key, value=repr(value)))
            return default
        if required and not value.strip():
            self.problem(where, translate("RuleSet", "'{key}' is empty").format(key=key))
        return value

    def number(self, raw: Mapping[str, Any], key: str, where: str) -> Fraction | None:
        if key not in raw or raw[key] is None or raw[key] == "":
            return None
        value = raw[key]
        try:
            # A JSON number with a fraction is a binary float (money never is one); a whole
            # number is exact, and "Infinity" or "NaN" no bound.
            if isinstance(value, (bool, float)):
                raise InvalidOperation
            number = Fraction(Decimal(str(value)))
        except (InvalidOperation, ValueError, OverflowError):
            self.problem(where, translate("RuleSet", "'{key}' must be a number written as text ('18', '350000'), not {value}")
                         .format(key=key, value=repr(value)))
            return None
        if number < 0:
            self.problem(where, translate("RuleSet", "'{key}' cannot be negative").format(key=key))
            return None
        return number

    def bounds(self, raw: Mapping[str, Any], keys: tuple[str, str, str, str], where: str) -> Bounds:
        """`keys`: the names of the inclusive lower, exclusive lower, inclusive upper and exclusive
        upper bounds."""
        said = len(self.problems)
        try:
            return self._bounds(raw, keys, where)
        finally:
            self._doubtful_if_told(where, said)

    def _bounds(self, raw: Mapping[str, Any], keys: tuple[str, str, str, str], where: str) -> Bounds:
        low, above, high, below = (self.number(raw, key, where) for key in keys)
        if low is not None and above is not None:
            self.problem(where, translate("RuleSet", "give '{a}' or '{b}', not both").format(a=keys[0], b=keys[1]))
        if high is not None and below is not None:
            self.problem(where, translate("RuleSet", "give '{a}' or '{b}', not both").format(a=keys[2], b=keys[3]))
        bottom = low if low is not None else above
        top = high if high is not None else below
        if bottom is not None and top is not None and (top < bottom or (top == bottom and (above is not None or below is not None))):
            self.problem(where, translate("RuleSet", "the lower bound is not below the upper bound"))
        return Bounds(low, above, high, below)

    def kind(self, raw: Mapping[str, Any], where: str, known: set[str]) -> EvaluationKind | None:
        code = self.require(raw, "kind", where)
        if code is None:
            return None
        if not isinstance(code, str):
            self.problem(where, translate("RuleSet", "'kind' must be text, not {value}").format(value=repr(code)))
            return None
        try:
            kind = EvaluationKind.parse(code)
        except ValueError:
            kind = None
        if kind is None or (kind.is_custom and kind.value not in known):
            self.problem(where, translate("RuleSet", "evaluation kind '{kind}' is neither one of tracker's ({codes}) nor named "
                                                     "under 'kinds'").format(kind=code, codes=", ".join(EvaluationKind.codes())))
            return None
        return kind

    def evaluation(self, item: Any, where: str, known: set[str]) -> RequiredEvaluation | None:
        item = self.mapping(item, where)
        if not item:
            return None
        kind = self.kind(item, where, known)
        timing = self.require(item, "timing", where)
        if timing is not None and timing not in TIMINGS:
            self.problem(where, translate("RuleSet", "timing '{timing}' is not one of {timings}").format(
                timing=timing, timings=", ".join(TIMINGS)))
            timing = None
        only_if = item.get("only_if")
        if only_if is not None and only_if not in CONDITIONS:
            self.problem(where, translate("RuleSet", "only_if '{condition}' is not one of {conditions}").format(
                condition=only_if, conditions=", ".join(CONDITIONS)))
        months = None
        if timing in OFFSET_TIMINGS:
            value = item.get("months")
            if isinstance(value, str) and value.strip().isdigit():
                value = int(value)
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_OFFSET_MONTHS:
                self.problem(where, translate("RuleSet", "timing '{timing}' needs 'months', a whole number from 1 to {most}").format(
                    timing=timing, most=MAX_OFFSET_MONTHS))
            else:
                months = value
        elif "months" in item:
            self.problem(where, translate("RuleSet", "'months' applies only to the timings {timings}").format(
                timings=", ".join(OFFSET_TIMINGS)))
        independent = item.get("independent", False)
        if not isinstance(independent, bool):
            self.problem(where, translate("RuleSet", "'independent' must be true or false"))
            independent = False
        if kind is None or timing is None:
            return None
        return RequiredEvaluation(kind, timing, only_if, months, independent)

    def evaluations(self, raw: Mapping[str, Any], where: str, known: set[str], required: bool = True) -> tuple[RequiredEvaluation, ...]:
        listed = self.items(self.require(raw, "evaluations", where, []) if required else raw.get("evaluations"), where, "evaluations")
        found = []
        seen: set[EvaluationKind] = set()
        for index, item in enumerate(listed):
            here = translate("RuleSet", "{where}, evaluation {number}").format(where=where, number=index + 1)
            required_evaluation = self.evaluation(item, here, known)
            if required_evaluation is None:
                continue
            if required_evaluation.kind in seen:
                self.problem(here, translate("RuleSet", "{kind} is required twice").format(kind=required_evaluation.kind.value))
            seen.add(required_evaluation.kind)
            found.append(required_evaluation)
        return tuple(found)

    def by_language(self, raw: Mapping[str, Any], key: str, where: str) -> tuple[tuple[str, str], ...]:
        """A text in other languages than English ({"fr": ..., "es": ...}), empty ones left out."""
        value = raw.get(key) or {}
        if not isinstance(value, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            self.problem(where, translate("RuleSet", "'{key}' must give a text by language, e.g. {example}").format(
                key=key, example='{"fr": "...", "es": "..."}'))
            return ()
        return tuple(sorted((k, v) for k, v in value.items() if v.strip()))

    def conditions(self, raw: Mapping[str, Any], where: str) -> Conditions:
        said = len(self.problems)
        try:
            return self._conditions(raw, where)
        finally:
            self._doubtful_if_told(where, said)

    def _conditions(self, raw: Mapping[str, Any], where: str) -> Conditions:
        spec = raw.get("when")
        if spec is None:
            return Conditions()
        spec = self.mapping(spec, translate("RuleSet", "{where}, when").format(where=where))
        modalities: set[FundingModality] = set()
        categories: set[PartnerCategory] = set()
        for key, target, cls in (("modality", modalities, FundingModality), ("partner_category", categories, PartnerCategory)):
            for code in self.items(spec.get(key), where, key):
                try:
                    target.add(cls.parse(str(code)))  # type: ignore[arg-type]
                except ValueError as exc:
                    self.problem(translate("RuleSet", "{where}, when").format(where=where), str(exc))
        unknown = set(spec) - {"modality", "partner_category"}
        if unknown:
            self.problem(translate("RuleSet", "{where}, when").format(where=where),
                         translate("RuleSet", "unknown condition {names} (use modality, partner_category)").format(
                             names=", ".join(sorted(unknown))))
        return Conditions(frozenset(modalities), frozenset(categories))  # type: ignore[arg-type]


_USD_KEYS = ("from_usd", "over_usd", "to_usd", "below_usd")


def _read(raw: Any, origin: str) -> tuple[RuleSet | None, list[str]]:
    reader = _Reader()
    raw = reader.mapping(raw, origin)
    if not raw:
        return None, reader.problems
    kinds: list[KindSpec] = []
    known: set[str] = set()
    for index, item in enumerate(reader.items(raw.get("kinds"), origin, "kinds")):
        where = translate("RuleSet", "{origin}, kind {number}").format(origin=origin, number=index + 1)
        item = reader.mapping(item, where)
        code = reader.text(item, "code", where, required=True)
        label = reader.text(item, "label", where, required=True)
        labels = item.get("labels") or {}
        if not isinstance(labels, Mapping) or not all(isinstance(v, str) for v in labels.values()):
            reader.problem(where, translate("RuleSet", "'labels' must name a label by language, e.g. {example}").format(
                example='{"fr": "...", "es": "..."}'))
            labels = {}
        if code and not CUSTOM_KIND_CODE.fullmatch(code):
            reader.problem(where, translate("RuleSet", "code '{code}' must be lower-case letters, digits and hyphens (at most 40)").format(code=code))
            continue
        if code in EvaluationKind._value2member_map_:
            reader.problem(where, translate("RuleSet", "'{code}' is one of tracker's own kinds: use it without naming it").format(code=code))
            continue
        if code and label:
            register_evaluation_kind(code, label, dict(labels))
            known.add(code)
            kinds.append(KindSpec(code, label, tuple(sorted(labels.items()))))

    bands: list[DurationBand] = []
    band_places: list[str] = []
    for index, band in enumerate(reader.items(reader.require(raw, "bands", origin, []), origin, "bands")):
        where = translate("RuleSet", "{origin}, band {number}").format(origin=origin, number=index + 1)
        band = reader.mapping(band, where)
        if not band:
            continue
        bounds = reader.bounds(band, ("from", "above", "to", "below"), where)
        band_places.append(where)
        bands.append(DurationBand(
            code=reader.text(band, "code", where, required=True),
            description=reader.text(band, "description", where, required=True),
            relation=reader.text(band, "relation", where, "is"),
            requires=reader.text(band, "requires", where, required=True),
            lower=bounds.lower, lower_exclusive=bounds.lower_exclusive, upper=bounds.upper, upper_exclusive=bounds.upper_exclusive,
            evaluations=reader.evaluations(band, where, known),
        ))
    _check_cover(reader, origin, [(b.code, Bounds(b.lower, b.lower_exclusive, b.upper, b.upper_exclusive), place)
                                  for b, place in zip(bands, band_places, strict=True)],
                 translate("RuleSet", "band"), months=True)

    tiers: list[BudgetTier] = []
    tier_places: list[str] = []
    for index, tier in enumerate(reader.items(raw.get("tiers"), origin, "tiers")):
        where = translate("RuleSet", "{origin}, tier {number}").format(origin=origin, number=index + 1)
        tier = reader.mapping(tier, where)
        if not tier:
            continue
        mode = reader.text(tier, "band_evaluations", where, "keep")
        if mode not in BAND_EVALUATIONS:
            reader.problem(where, translate("RuleSet", "'band_evaluations' must be one of {values}").format(values=", ".join(BAND_EVALUATIONS)))
            mode = "keep"
        tier_places.append(where)
        tiers.append(BudgetTier(
            code=reader.text(tier, "code", where, required=True),
            description=reader.text(tier, "description", where, required=True),
            relation=reader.text(tier, "relation", where, "is"),
            requires=reader.text(tier, "requires", where, required=True),
            bounds=reader.bounds(tier, _USD_KEYS, where),
            when=reader.conditions(tier, where),
            band_evaluations=mode,
            evaluations=reader.evaluations(tier, where, known),
        ))
    _check_cover(reader, origin, [(t.code, t.bounds, place) for t, place in zip(tiers, tier_places, strict=True) if not t.when],
                 translate("RuleSet", "tier"), months=False)

    appraisal = []
    for index, item in enumerate(reader.items(raw.get("appraisal"), origin, "appraisal")):
        where = translate("RuleSet", "{origin}, appraisal requirement {number}").format(origin=origin, number=index + 1)
        item = reader.mapping(item, where)
        if not item:
            continue
        choices = reader.items(item.get("result_choices"), where, "result_choices")
        if not all(isinstance(c, str) and c.strip() for c in choices):
            reader.problem(where, translate("RuleSet", "'result_choices' must be a list of texts"))
            choices = []
        appraisal.append(AppraisalRequirement(
            code=reader.text(item, "code", where, required=True),
            label=reader.text(item, "label", where, required=True),
            reason=reader.text(item, "reason", where, required=True),
            result_choices=tuple(choices),
            bounds=reader.bounds(item, _USD_KEYS, where),
            when=reader.conditions(item, where),
            labels=reader.by_language(item, "labels", where),
            reasons=reader.by_language(item, "reasons", where),
        ))
    codes = [a.code for a in appraisal]
    for code in sorted({c for c in codes if codes.count(c) > 1}):
        reader.problem(origin, translate("RuleSet", "appraisal requirement '{code}' is named twice").format(code=code))

    independent = None
    if raw.get("independent_evaluation"):
        where = translate("RuleSet", "{origin}, independent_evaluation").format(origin=origin)
        spec = reader.mapping(raw["independent_evaluation"], where)
        threshold = reader.number(spec, "budget_over_usd", where) if "budget_over_usd" in spec else reader.require(spec, "budget_over_usd", where)
        try:
            assign_to = EvaluationKind.parse(str(spec.get("assign_to", "final")))
        except ValueError as exc:
            reader.problem(where, str(exc))
            assign_to = EvaluationKind.FINAL
        if isinstance(threshold, Fraction):
            independent = IndependenceRule(Decimal(threshold.numerator) / Decimal(threshold.denominator), assign_to,
                                           reader.text(spec, "description", where))

    effective: date | None = None
    raw_effective = raw.get("effective_from")
    if raw_effective:
        try:
            effective = date.fromisoformat(str(raw_effective))
        except ValueError:
            reader.problem(origin, translate("RuleSet", "'effective_from' must be a date written 2027-01-31, not {value}").format(
                value=repr(raw_effective)))
    name = reader.text(raw, "name", origin, required=True)
    if name and not _NAME.fullmatch(name):
        reader.problem(origin, translate("RuleSet", "'name' must be lower-case letters, digits, dots and hyphens (at most 60), "
                                                    "as the file is named"))
    version = raw.get("version")
    if isinstance(version, str) and version.strip().isdigit():
        version = int(version)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        reader.problem(origin, translate("RuleSet", "'version' must be a whole number from 1"))
        version = 1
    if reader.problems:
        return None, reader.problems
    return RuleSet(
        name=name,
        version=version,
        title=reader.text(raw, "title", origin, name),
        source=reader.text(raw, "source", origin),
        effective_from=effective,
        duration_method=reader.text(raw, "duration_method", origin),
        bands=tuple(bands),
        independent=independent,
        tiers=tuple(tiers),
        appraisal=tuple(appraisal),
        kinds=tuple(kinds),
    ), []


_NAME = re.compile(r"[a-z0-9][a-z0-9.-]{0,59}")


def _check_cover(reader: _Reader, origin: str, placed: list[tuple[str, Bounds, str]], noun: str, *, months: bool) -> None:
    """Two bands (tiers without conditions) that share a value leave the second unreachable for
    it: refused, naming both. A duration no band covers is refused when a project meets it (the
    engine names it), not here: a rule set may leave very long projects out on purpose. `placed`:
    (code, bounds, place) of each; one whose bounds or conditions were refused is left out."""
    items = [(code, bounds) for code, bounds, place in placed if place not in reader.doubtful]
    probes: set[Fraction] = set()
    for _, b in items:
        for v in (b.lower, b.lower_exclusive, b.upper, b.upper_exclusive):
            if v is not None:
                probes.update({v, v + Fraction(1, 10**6), max(Fraction(0), v - Fraction(1, 10**6))})
    probes.add(Fraction(0))
    for value in sorted(probes):
        holders = [code for code, b in items if b.contains(value)]
        if len(holders) > 1:
            shown = _number_text(value)  # "0.000001", never "1e-06"
            reader.problem(origin, translate("RuleSet", "{noun} {first} and {noun} {second} overlap ({value} {unit} is in both)").format(
                noun=noun, first=holders[0], second=holders[1], value=shown,
                unit=translate("RuleSet", "months") if months else "US$"))
            return


def parse_rule_set(raw: dict[str, Any], origin: str) -> RuleSet:
    """The rule set `raw` describes; RuleSetError naming the first problem (where and what)."""
    rule_set, problems = _read(raw, origin)
    if rule_set is None:
        raise RuleSetError(problems[0])
    return rule_set


def rule_set_problems(raw: Any, origin: str) -> list[str]:
    """Every problem of the rule set `raw` describes, each naming its place; empty when it is usable."""
    return _read(raw, origin)[1]


def _extra_folders() -> list[Path]:
    value = os.environ.get("TRACKER_RULESETS", "")
    return [Path(p) for p in value.split(os.pathsep) if p]


def user_rule_sets_folder() -> Path:
    """Where the app's rule-set editor saves (the user's data folder, "rulesets"); read after the
    shipped rule sets and TRACKER_RULESETS, so a rule set saved there under a shipped name
    replaces it."""
    override = os.environ.get("TRACKER_USER_RULESETS")
    if override:
        return Path(override)
    return user_data_dir() / "rulesets"


def _candidate_files(extra: list[Path] | None) -> dict[str, tuple[str, str]]:
    """Rule-set name -> (origin, JSON text); folders given later override shipped files."""
    found: dict[str, tuple[str, str]] = {}
    shipped = resources.files("tracker.resources").joinpath("rulesets")
    for entry in sorted(shipped.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            found[entry.name[:-5]] = (translate("RuleSet", "rule set {file}").format(file=entry.name), entry.read_text(encoding="utf-8"))
    for folder in [*_extra_folders(), user_rule_sets_folder(), *(extra or [])]:
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                try:
                    found[path.stem] = (str(path.name), path.read_text(encoding="utf-8"))
                except (OSError, UnicodeDecodeError) as exc:
                    found[path.stem] = (str(path.name), f"\x00{exc}")  # named as unreadable when loaded
    return found


def available_rule_sets(extra: list[Path] | None = None) -> list[str]:
    return sorted(_candidate_files(extra))


def read_rule_set_text(text: str, origin: str) -> Any:
    """The JSON of a rule-set file, or RuleSetError naming the file and the line."""
    if text.startswith("\x00"):
        raise RuleSetError(translate("RuleSet", "{origin}: the file cannot be read ({error})").format(origin=origin, error=text[1:]))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RuleSetError(translate("RuleSet", "{origin}: not valid JSON ({error} at line {line})").format(
            origin=origin, error=exc.msg, line=exc.lineno)) from None


def load_rule_set(name: str = DEFAULT_RULE_SET, extra: list[Path] | None = None) -> RuleSet:
    files = _candidate_files(extra)
    if name not in files:
        known = ", ".join(sorted(files)) or translate("RuleSet", "none")
        raise RuleSetError(translate("RuleSet", "unknown rule set '{name}' (available: {known})").format(name=name, known=known))
    origin, text = files[name]
    raw = read_rule_set_text(text, origin)
    rule_set = parse_rule_set(raw, origin)
    if rule_set.name != name:
        raise RuleSetError(translate("RuleSet", "{origin}: the file is named '{name}' but declares name '{declared}'").format(
            origin=origin, name=name, declared=rule_set.name))
    return rule_set


def rule_set_in_force(on: date, rule_sets: list[RuleSet] | None = None) -> str:
    """The name of the policy in force on `on`: of the rule sets with an effective date (the
    others apply only where assigned), the one that took effect last on or before that day (ties:
    the higher version, then the name); before every policy, the earliest, so that the first policy
    also covers projects approved before it (ilo-2002 and projects of 2000). DEFAULT_RULE_SET when no
    rule set has an effective date."""
    policies = policies_by_date(rule_sets)
    if not policies:
        return DEFAULT_RULE_SET
    in_force = [r for r in policies if r.effective_from is not None and r.effective_from <= on]
    return (in_force[-1] if in_force else policies[0]).name


def policies_by_date(rule_sets: list[RuleSet] | None = None) -> list[RuleSet]:
    """The rule sets with an effective date (of `rule_sets`, default every one that loads), in
    the order they took effect."""
    if rule_sets is None:
        rule_sets = []
        for name in available_rule_sets():
            try:
                rule_sets.append(load_rule_set(name))
            except RuleSetError:
                continue  # a broken file is named where it is used, not here
    return sorted((r for r in rule_sets if r.effective_from is not None), key=lambda r: (r.effective_from, r.version, r.name))


def _bounds_json(bounds: Bounds, keys: tuple[str, str, str, str]) -> dict[str, str]:
    out = {}
    for key, value in zip(keys, (bounds.lower, bounds.lower_exclusive, bounds.upper, bounds.upper_exclusive)):
        if value is not None:
            out[key] = _number_text(value)
    return out


def _number_text(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return format(Decimal(value.numerator) / Decimal(value.denominator), "f").rstrip("0").rstrip(".")


def _evaluation_json(e: RequiredEvaluation) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": e.kind.value, "timing": e.timing}
    if e.months is not None:
        out["months"] = e.months
    if e.only_if:
        out["only_if"] = e.only_if
    if e.independent:
        out["independent"] = True
    return out


def _conditions_json(when: Conditions) -> dict[str, list[str]]:
    out = {}
    if when.modalities:
        out["modality"] = sorted(m.value for m in when.modalities)
    if when.partner_categories:
        out["partner_category"] = sorted(c.value for c in when.partner_categories)
    return out


def rule_set_to_json(rules: RuleSet) -> dict[str, Any]:
    """The JSON a rule-set file holds for `rules`: parse_rule_set(rule_set_to_json(r)) == r."""
    out: dict[str, Any] = {"name": rules.name, "version": rules.version, "title": rules.title}
    if rules.source:
        out["source"] = rules.source
    if rules.effective_from is not None:
        out["effective_from"] = rules.effective_from.isoformat()
    if rules.duration_method:
        out["duration_method"] = rules.duration_method
    if rules.kinds:
        out["kinds"] = [{"code": k.code, "label": k.label, **({"labels": dict(k.labels)} if k.labels else {})} for k in rules.kinds]
    out["bands"] = [{
        "code": b.code, "description": b.description, "relation": b.relation,
        **_bounds_json(Bounds(b.lower, b.lower_exclusive, b.upper, b.upper_exclusive), ("from", "above", "to", "below")),
        "requires": b.requires, "evaluations": [_evaluation_json(e) for e in b.evaluations],
    } for b in rules.bands]
    if rules.tiers:
        out["tiers"] = [{
            "code": t.code, "description": t.description, "relation": t.relation, **_bounds_json(t.bounds, _USD_KEYS),
            **({"when": _conditions_json(t.when)} if t.when else {}),
            **({"band_evaluations": t.band_evaluations} if t.band_evaluations != "keep" else {}),
            "requires": t.requires, "evaluations": [_evaluation_json(e) for e in t.evaluations],
        } for t in rules.tiers]
    if rules.independent is not None:
        out["independent_evaluation"] = {
            "budget_over_usd": _number_text(Fraction(rules.independent.budget_over_usd)),
            "assign_to": rules.independent.assign_to.value, "description": rules.independent.description}
    if rules.appraisal:
        out["appraisal"] = [{
            "code": a.code, "label": a.label, "reason": a.reason,
            **({"result_choices": list(a.result_choices)} if a.result_choices else {}),
            **_bounds_json(a.bounds, _USD_KEYS), **({"when": _conditions_json(a.when)} if a.when else {}),
            **({"labels": dict(a.labels)} if a.labels else {}), **({"reasons": dict(a.reasons)} if a.reasons else {}),
        } for a in rules.appraisal]
    return out
