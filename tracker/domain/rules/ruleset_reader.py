"""Reading a rule set's JSON (tracker.domain.rules.ruleset_model), naming every problem with its
place: the editor and `tracker rule-sets check` list them all, loading stops at the first."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any

from tracker.domain.classifications import (
    CUSTOM_KIND_CODE,
    EvaluationKind,
    FundingModality,
    PartnerCategory,
    register_evaluation_kind,
)
from tracker.domain.i18n import translate
from tracker.domain.rules.ruleset_model import (
    BAND_EVALUATIONS,
    CONDITIONS,
    MAX_OFFSET_MONTHS,
    OFFSET_TIMINGS,
    TIMINGS,
    AppraisalRequirement,
    Bounds,
    BudgetTier,
    Conditions,
    DurationBand,
    IndependenceRule,
    KindSpec,
    RequiredEvaluation,
    RuleSet,
    RuleSetError,
    number_text,
)


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


USD_KEYS = ("from_usd", "over_usd", "to_usd", "below_usd")


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
            bounds=reader.bounds(tier, USD_KEYS, where),
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
            bounds=reader.bounds(item, USD_KEYS, where),
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
            shown = number_text(value)  # "0.000001", never "1e-06"
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
