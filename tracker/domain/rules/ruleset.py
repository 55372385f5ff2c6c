"""Rule sets as data: thresholds, bands and the evaluations each band requires, read from JSON.

A new rule set is a new JSON file, in resources/rulesets or in a folder named by
TRACKER_RULESETS (several folders separated by the path separator); no code changes."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any

from tracker.domain.classifications import EvaluationKind
from tracker.domain.errors import DomainError
from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate

DEFAULT_RULE_SET = "ilo-2002"
TIMINGS = ("end", "midpoint", "anniversaries")
CONDITIONS = ("midterm_review_agreed",)


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


def _bound(raw: dict[str, Any], key: str, where: str) -> Fraction | None:
    if key not in raw:
        return None
    try:
        return Fraction(Decimal(str(raw[key])))
    except (InvalidOperation, ValueError):
        raise RuleSetError(translate("RuleSet", "{where}: '{key}' must be a number, not {value}").format(
            where=where, key=key, value=repr(raw[key]))) from None


def _require(raw: dict[str, Any], key: str, where: str) -> Any:
    if key not in raw:
        raise RuleSetError(translate("RuleSet", "{where}: '{key}' is missing").format(where=where, key=key))
    return raw[key]


def parse_rule_set(raw: dict[str, Any], origin: str) -> RuleSet:
    bands = []
    for index, band in enumerate(_require(raw, "bands", origin)):
        where = translate("RuleSet", "{origin}, band {number}").format(origin=origin, number=index + 1)
        evaluations = []
        for item in _require(band, "evaluations", where):
            try:
                kind = EvaluationKind.parse(_require(item, "kind", where))
            except ValueError as exc:
                raise RuleSetError(f"{where}: {exc}") from None
            timing = _require(item, "timing", where)
            if timing not in TIMINGS:
                raise RuleSetError(translate("RuleSet", "{where}: timing '{timing}' is not one of {timings}").format(
                    where=where, timing=timing, timings=", ".join(TIMINGS)))
            only_if = item.get("only_if")
            if only_if is not None and only_if not in CONDITIONS:
                raise RuleSetError(translate("RuleSet", "{where}: only_if '{condition}' is not one of {conditions}").format(
                    where=where, condition=only_if, conditions=", ".join(CONDITIONS)))
            evaluations.append(RequiredEvaluation(kind, timing, only_if))
        bands.append(
            DurationBand(
                code=str(_require(band, "code", where)),
                description=str(_require(band, "description", where)),
                relation=str(band.get("relation", "is")),
                requires=str(_require(band, "requires", where)),
                lower=_bound(band, "from", where),
                lower_exclusive=_bound(band, "above", where),
                upper=_bound(band, "to", where),
                upper_exclusive=_bound(band, "below", where),
                evaluations=tuple(evaluations),
            )
        )
    independent = None
    if raw.get("independent_evaluation"):
        spec = raw["independent_evaluation"]
        where = f"{origin}, independent_evaluation"
        try:
            threshold = Decimal(str(_require(spec, "budget_over_usd", where)))
            assign_to = EvaluationKind.parse(spec.get("assign_to", "final"))
        except (InvalidOperation, ValueError) as exc:
            raise RuleSetError(f"{where}: {exc}") from None
        independent = IndependenceRule(threshold, assign_to, str(spec.get("description", "")))
    effective = raw.get("effective_from")
    try:
        return RuleSet(
            name=str(_require(raw, "name", origin)),
            version=int(_require(raw, "version", origin)),
            title=str(raw.get("title", raw["name"])),
            source=str(raw.get("source", "")),
            effective_from=date.fromisoformat(effective) if effective else None,
            duration_method=str(raw.get("duration_method", "")),
            bands=tuple(bands),
            independent=independent,
        )
    except ValueError as exc:
        raise RuleSetError(f"{origin}: {exc}") from None


def _extra_folders() -> list[Path]:
    value = os.environ.get("TRACKER_RULESETS", "")
    return [Path(p) for p in value.split(os.pathsep) if p]


def _candidate_files(extra: list[Path] | None) -> dict[str, tuple[str, str]]:
    """Rule-set name -> (origin, JSON text); folders given later override shipped files."""
    found: dict[str, tuple[str, str]] = {}
    shipped = resources.files("tracker.resources").joinpath("rulesets")
    for entry in sorted(shipped.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            found[entry.name[:-5]] = (translate("RuleSet", "rule set {file}").format(file=entry.name), entry.read_text(encoding="utf-8"))
    for folder in [*_extra_folders(), *(extra or [])]:
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                found[path.stem] = (str(path.name), path.read_text(encoding="utf-8"))
    return found


def available_rule_sets(extra: list[Path] | None = None) -> list[str]:
    return sorted(_candidate_files(extra))


def load_rule_set(name: str = DEFAULT_RULE_SET, extra: list[Path] | None = None) -> RuleSet:
    files = _candidate_files(extra)
    if name not in files:
        known = ", ".join(sorted(files)) or translate("RuleSet", "none")
        raise RuleSetError(translate("RuleSet", "unknown rule set '{name}' (available: {known})").format(name=name, known=known))
    origin, text = files[name]
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RuleSetError(translate("RuleSet", "{origin}: not valid JSON ({error} at line {line})").format(
            origin=origin, error=exc.msg, line=exc.lineno)) from None
    rule_set = parse_rule_set(raw, origin)
    if rule_set.name != name:
        raise RuleSetError(translate("RuleSet", "{origin}: the file is named '{name}' but declares name '{declared}'").format(
            origin=origin, name=name, declared=rule_set.name))
    return rule_set
