"""What a stored evaluation plan was computed from, so that a re-plan can skip the projects whose
plan cannot have changed (tracker.store.plan_fingerprints keeps it on the project row).

A project's plan is a function of its planning inputs (start, end, budget, currency and US$ rate,
whether a mid-term review was agreed) and of its rule set as the engine applies it. The inputs
sit on the project row, so the database can write them out itself; what it cannot know is the
rule set and the engine, which is what `rule_set_key` gives: the rule set's name and version
and a digest of everything else the plan's dates and sentences come from (the rule set's whole
content, the sentence patterns and evaluation names in the language plans are stored in, the
way that language writes numbers, and ENGINE_VERSION). A rule-set file edited in place without a
new version number changes the digest too.

Not inputs, on purpose: the project's stage (plan_for plans a project whatever its stage), the
exchange-rate table (the budget's US$ value uses the rate recorded on the project), and the
evaluations themselves (only save_project writes them, and it re-plans as it does so)."""

from __future__ import annotations

import hashlib

from tracker.domain.classifications import EvaluationKind
from tracker.domain.i18n import translate
from tracker.domain.rules.engine import PlanTexts
from tracker.domain.rules.ruleset import SHIPPED_TEXTS, RuleSet

# Bump whenever plan_evaluations or replan give another result for the same inputs and rule set
# (a date rule, a status rule, the wording of a reason built in code): every stored plan then
# counts as stale and the next re-plan recomputes them all.
ENGINE_VERSION = 1

SEPARATOR = "|"  # between the key and the inputs in a stored fingerprint (no rule-set key holds one)


def rule_set_key(rules: RuleSet, texts: PlanTexts) -> str:
    """The part of a plan's fingerprint that is not on the project row, e.g.
    "ilo-2002:1:5c0f3e9a1b2d": the rule set's name and version, then a digest of its content and of
    the engine and texts (`texts`: the PlanTexts of the language plans are stored in)."""
    words = (
        [kind.label for kind in EvaluationKind],  # the evaluations' names, as the reasons quote them
        [translate("RuleSetText", text) for text in SHIPPED_TEXTS],
        sorted(texts.patterns.items()),
    )
    material = repr((ENGINE_VERSION, rules, texts.language, texts.style, words))
    digest = hashlib.sha256(material.encode("utf-8")).hexdigest()[:12]
    return f"{rules.name}:{rules.version}:{digest}".replace(SEPARATOR, "/")
