"""Evaluation rule sets (data) and the engine that applies them to a project."""

from tracker.domain.rules.engine import (
    EvaluationPlan,
    PlannedEvaluation,
    plan_evaluations,
)
from tracker.domain.rules.ruleset import (
    DEFAULT_RULE_SET,
    RuleSet,
    available_rule_sets,
    load_rule_set,
)

__all__ = [
    "DEFAULT_RULE_SET",
    "EvaluationPlan",
    "PlannedEvaluation",
    "RuleSet",
    "available_rule_sets",
    "load_rule_set",
    "plan_evaluations",
]
