"""A project's plan and its appraisal requirements: the one place that reads a Project's dates,
budget and funding for the rules engine, for every caller (save, approve, the editor's panel, the
impact of a new rule set)."""

from __future__ import annotations

from collections.abc import Mapping

from tracker.domain.classifications import PartnerCategory, Stage
from tracker.domain.i18n import translate
from tracker.domain.project import Project
from tracker.domain.rules.engine import EvaluationPlan, PlanTexts, plan_evaluations
from tracker.domain.rules.ruleset import AppraisalRequirement, FundingFacts, RuleSet

# Before approval a project whose rule set nobody assigned follows the policy in force today; from
# approval on it keeps the one in force on its approval date (README, "Effective dates").
FOLLOWS_POLICY_IN_FORCE = (Stage.DESIGN, Stage.APPRAISAL)


def funding_facts(project: Project, partner_categories: Mapping[str, PartnerCategory] | None = None) -> FundingFacts:
    """The modality of each of the project's funding lines and the category of each line's partner
    (`partner_categories`: by partner code; lines whose partner is not in it add no category)."""
    categories = partner_categories or {}
    return FundingFacts(
        tuple(f.modality for f in project.fundings),
        tuple(categories[f.partner_code] for f in project.fundings if f.partner_code and f.partner_code in categories),
    )


def plan_for_project(project: Project, rules: RuleSet, partner_categories: Mapping[str, PartnerCategory] | None = None,
                     texts: PlanTexts | None = None) -> EvaluationPlan | None:
    """The rules engine's plan for the project's planned dates, budget and funding under `rules`,
    or None while the dates or the budget are missing or unusable (an end before the start, a
    budget not above zero: refused on saving, and a plan must never rest on them meanwhile)."""
    if project.planned_start is None or project.planned_end is None or project.budget_usd is None:
        return None
    if project.planned_end < project.planned_start or project.budget_usd <= 0:
        return None
    return plan_evaluations(project.planned_start, project.planned_end, project.budget_usd,
                            midterm_review_agreed=project.midterm_review_agreed, rule_set=rules, texts=texts,
                            funding=funding_facts(project, partner_categories))


def appraisal_requirements(project: Project, rules: RuleSet,
                           partner_categories: Mapping[str, PartnerCategory] | None = None) -> list[AppraisalRequirement]:
    """The rule set's appraisal requirements that apply to the project (its budget and funding)."""
    facts = funding_facts(project, partner_categories)
    return [r for r in rules.appraisal if r.applies(project.budget_usd, facts)]


def appraisal_gaps(project: Project, rules: RuleSet, partner_categories: Mapping[str, PartnerCategory] | None = None) -> list[str]:
    """Why the project cannot be approved yet under the rule set's appraisal requirements: one
    sentence per requirement not met, with the rule set's reason."""
    gaps = []
    for requirement in appraisal_requirements(project, rules, partner_categories):
        records = [a for a in project.appraisals if a.requirement == requirement.code]
        if not records:
            gaps.append(translate("Cycle", "no approval without the {requirement} recorded ({rule_set}: {reason})").format(
                requirement=requirement.shown_label, rule_set=rules.label, reason=requirement.shown_reason))
        elif requirement.result_choices and not any(a.result in requirement.result_choices for a in records):
            gaps.append(translate("Cycle", "the {requirement} must record one of: {choices} ({rule_set}: {reason})").format(
                requirement=requirement.shown_label, choices=", ".join(requirement.result_choices), rule_set=rules.label,
                reason=requirement.shown_reason))
    return gaps
