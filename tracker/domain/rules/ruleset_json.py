"""A rule set written back as the JSON its file holds (the rule-set editor saves it):
parse_rule_set(rule_set_to_json(r)) == r."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from tracker.domain.rules.ruleset_model import Bounds, Conditions, RequiredEvaluation, RuleSet, number_text
from tracker.domain.rules.ruleset_reader import USD_KEYS


def _bounds_json(bounds: Bounds, keys: tuple[str, str, str, str]) -> dict[str, str]:
    out = {}
    for key, value in zip(keys, (bounds.lower, bounds.lower_exclusive, bounds.upper, bounds.upper_exclusive)):
        if value is not None:
            out[key] = number_text(value)
    return out


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
            "code": t.code, "description": t.description, "relation": t.relation, **_bounds_json(t.bounds, USD_KEYS),
            **({"when": _conditions_json(t.when)} if t.when else {}),
            **({"band_evaluations": t.band_evaluations} if t.band_evaluations != "keep" else {}),
            "requires": t.requires, "evaluations": [_evaluation_json(e) for e in t.evaluations],
        } for t in rules.tiers]
    if rules.independent is not None:
        out["independent_evaluation"] = {
            "budget_over_usd": number_text(Fraction(rules.independent.budget_over_usd)),
            "assign_to": rules.independent.assign_to.value, "description": rules.independent.description}
    if rules.appraisal:
        out["appraisal"] = [{
            "code": a.code, "label": a.label, "reason": a.reason,
            **({"result_choices": list(a.result_choices)} if a.result_choices else {}),
            **_bounds_json(a.bounds, USD_KEYS), **({"when": _conditions_json(a.when)} if a.when else {}),
            **({"labels": dict(a.labels)} if a.labels else {}), **({"reasons": dict(a.reasons)} if a.reasons else {}),
        } for a in rules.appraisal]
    return out
