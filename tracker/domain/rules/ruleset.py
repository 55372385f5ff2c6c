"""Rule sets as data, read from JSON: which files there are, loading one by its name, and the
policy in force on a day. What a rule set holds is tracker.domain.rules.ruleset_model (its names are
also importable from here), how its JSON is read and checked tracker.domain.rules.ruleset_reader,
how it is written back tracker.domain.rules.ruleset_json.

A new rule set is a new JSON file, in resources/rulesets, in a folder named by TRACKER_RULESETS
(several folders separated by the path separator) or in the user's own folder (the app's editor
saves there); no code changes."""

from __future__ import annotations

import json
import os
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from tracker.domain.i18n import translate
from tracker.domain.paths import user_data_dir
from tracker.domain.rules.ruleset_json import rule_set_to_json
from tracker.domain.rules.ruleset_model import (
    BAND_EVALUATIONS,
    CONDITIONS,
    DEFAULT_RULE_SET,
    MAX_OFFSET_MONTHS,
    OFFSET_TIMINGS,
    SHIPPED_TEXTS,
    TIMINGS,
    AppraisalRequirement,
    Bounds,
    BudgetTier,
    Conditions,
    DurationBand,
    FundingFacts,
    IndependenceRule,
    KindSpec,
    RequiredEvaluation,
    RuleSet,
    RuleSetError,
)
from tracker.domain.rules.ruleset_reader import parse_rule_set, rule_set_problems

__all__ = [
    "BAND_EVALUATIONS", "CONDITIONS", "DEFAULT_RULE_SET", "MAX_OFFSET_MONTHS", "OFFSET_TIMINGS", "SHIPPED_TEXTS", "TIMINGS",
    "AppraisalRequirement", "Bounds", "BudgetTier", "Conditions", "DurationBand", "FundingFacts", "IndependenceRule",
    "KindSpec", "RequiredEvaluation", "RuleSet", "RuleSetError", "available_rule_sets", "load_rule_set", "parse_rule_set",
    "policies_by_date", "read_rule_set_text", "rule_set_in_force", "rule_set_problems", "rule_set_to_json",
    "user_rule_sets_folder",
]


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
