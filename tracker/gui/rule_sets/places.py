"""Where in the form a problem of rule_set_problems lies, so that clicking it selects the place.

The checks name each place in words ("rule set x.json, tier 2, evaluation 1: ..."), translated.
The places of the rule set on screen are written here with the same patterns, in the same
language, and a problem belongs to the longest one it starts with: no parsing of words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tracker.domain.i18n import translate

# The checks' own patterns (tracker.domain.rules.ruleset), looked up in the same context. Kept in
# variables so that the GUI's catalogue does not extract them a second time.
_CONTEXT = "RuleSet"
_PROBLEM = "{where}: {problem}"
_ORIGIN = "rule set {file}"
_SECTIONS = {
    "bands": "{origin}, band {number}",
    "tiers": "{origin}, tier {number}",
    "appraisal": "{origin}, appraisal requirement {number}",
    "kinds": "{origin}, kind {number}",
}
_EVALUATION = "{where}, evaluation {number}"
_WHEN = "{where}, when"
_INDEPENDENT = "{origin}, independent_evaluation"
_NOUNS = {"bands": "band", "tiers": "tier"}
_TWICE = "appraisal requirement '{code}' is named twice"
_KEY = re.compile(r"'([a-z_]+)'")


@dataclass(frozen=True)
class Place:
    tab: str  # general | bands | tiers | appraisal | kinds
    row: int = -1  # the band, tier, requirement or kind (0-based)
    evaluation: int = -1  # its evaluation (0-based), -1: the row itself
    conditions: bool = False  # the row's conditions ("when")
    key: str = ""  # the field the problem names, when it names one


def _t(pattern: str) -> str:
    return translate(_CONTEXT, pattern)


def origin_of(name: str) -> str:
    """How the checks name the rule set `name` ("rule set x.json"), as loading it names it."""
    return _t(_ORIGIN).format(file=f"{name or '?'}.json")


def _prefix(where: str) -> str:
    return _t(_PROBLEM).format(where=where, problem="")


def places(state: dict[str, Any], origin: str) -> list[tuple[str, Place]]:
    """Each place of the rule set `state` with the words a problem there starts with."""
    found = [(_prefix(origin), Place("general")), (_prefix(_t(_INDEPENDENT).format(origin=origin)), Place("general"))]
    for tab, pattern in _SECTIONS.items():
        items = state.get(tab)
        if not isinstance(items, list):
            continue
        for row, item in enumerate(items):
            where = _t(pattern).format(origin=origin, number=row + 1)
            found.append((_prefix(where), Place(tab, row)))
            found.append((_prefix(_t(_WHEN).format(where=where)), Place(tab, row, conditions=True)))
            evaluations = item.get("evaluations") if isinstance(item, dict) else None
            for number in range(len(evaluations) if isinstance(evaluations, list) else 0):
                found.append((_prefix(_t(_EVALUATION).format(where=where, number=number + 1)), Place(tab, row, number)))
    return found


def locate(problem: str, state: dict[str, Any], origin: str) -> Place:
    """The place of `problem` in the form (the general tab when it names none)."""
    best, place = "", Place("general")
    for prefix, candidate in places(state, origin):
        if problem.startswith(prefix) and len(prefix) > len(best):
            best, place = prefix, candidate
    rest = problem[len(best) :]
    keys = _KEY.findall(rest)
    key = keys[-1] if keys else ""
    if place.tab == "general" and best == _prefix(origin):
        # Problems of the whole rule set: two bands or tiers that overlap, a requirement named twice.
        for tab, noun in _NOUNS.items():
            if rest.startswith(_t(noun) + " "):
                return Place(tab)
        if rest.startswith(_t(_TWICE).split("'")[0]):
            return Place("appraisal")
    if place.evaluation >= 0 and "timing" in keys and "months" in keys:
        key = "months"  # "timing 'before-end' needs 'months'": the months are what is missing
    return Place(place.tab, place.row, place.evaluation, place.conditions, key)


def shown(problem: str, origin: str) -> str:
    """The problem as the list shows it: without the rule set's name, which the list is about."""
    for prefix in (f"{origin}, ", _prefix(origin)):
        if problem.startswith(prefix):
            return problem[len(prefix) :]
    return problem
