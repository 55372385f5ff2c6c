"""The evaluations' reasons in the reader's language, for the reports.

The database keeps each evaluation's reason in one language (tracker.domain.i18n.STORED_LANGUAGE,
English, like the audit trail), so a French or Spanish report would print English sentences. A
report in another language works the reasons out again: each project it covers is planned once
more with the domain's plan_evaluations (as tracker.store.replan does it: the budget in US$ from
its cents, currency and rate, each rule set loaded once), in the stored language and in the
reader's, and an evaluation whose stored reason is the one the stored-language plan gives is shown
with the reader's version of it, as is an optional evaluation's "Added by the project officer"
(in whichever language it was added). Anything else keeps its stored reason as written: an
evaluation the plan does not give, a reason someone wrote, a plan gone stale (a rule set changed
since the last re-plan), a rule set that cannot be loaded, a project without dates or budget.

A report in the stored language costs nothing: the stored reasons are used as they are, and the
queries do not even read the planning columns (ReportReasons.active is False).

The rows may stream by (the compliance report's 220,000 evaluations at 100,000 projects): a
project is planned when its first row comes and forgotten when the next project's does, so the
memory stays flat when the rows come grouped by project, as the reports order them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import NamedTuple

from tracker.domain import project as d
from tracker.domain.evaluations import OPTIONAL_REASON
from tracker.domain.i18n import LANGUAGES, STORED_LANGUAGE, current_language, translate, using_language
from tracker.domain.money import to_cents
from tracker.domain.rules.engine import EvaluationPlan, PlanTexts, plan_evaluations, plan_texts
from tracker.domain.rules.ruleset import RuleSet, RuleSetError, load_rule_set
from tracker.store.replan import stored_budget_usd

# The project's columns a plan needs, in Planning's order (the reports' queries name the project "p").
PLANNING_COLUMNS = "p.planned_start, p.planned_end, p.budget, p.currency, p.usd_rate, p.midterm_review_agreed, p.rule_set"


class Planning(NamedTuple):
    """A project's planning fields as the database gives them (PLANNING_COLUMNS)."""

    start: object  # ISO text (SQLite; PostgreSQL's dates come as text too) or a date; None: not set
    end: object
    budget_cents: int | None  # in the project's currency
    currency: str
    usd_rate: object  # exact decimal text
    midterm_review_agreed: object  # 0/1 (SQLite) or a bool
    rule_set: str


def wanted(language: str | None = None) -> bool:
    """Whether a report in `language` (default: the current one) needs the reasons worked out
    again, so its query should read the planning columns."""
    return (language or current_language()) != STORED_LANGUAGE


def _day(value: object) -> dt.date | None:
    if value is None:
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


# (stored reason, reason in the reader's language) per (kind code, sequence)
_Reasons = dict[tuple[str, int], tuple[str, str]]


class ReportReasons:
    """The evaluations' reasons of one report in the current language (created where the report
    speaks its reader's language, used there):

        reasons = ReportReasons()
        for e in rows:  # grouped by project
            text = reasons.reason(e.project_code, e.planning, e.kind, e.sequence, e.reason)
    """

    def __init__(self) -> None:
        self.language = current_language()
        self.active = wanted(self.language)
        self._texts: PlanTexts | None = None
        self._stored_texts: PlanTexts | None = None
        if self.active:
            # Worked out once for the whole report (every project's plan uses them).
            self._texts = plan_texts()
            with using_language(STORED_LANGUAGE):
                self._stored_texts = plan_texts()
            # A hand-added evaluation's reason, written in the language of whoever added it.
            self._optional = translate("EvaluationAction", OPTIONAL_REASON)
            self._optional_written: set[str] = set()
            for language in LANGUAGES:
                with using_language(language):
                    self._optional_written.add(translate("EvaluationAction", OPTIONAL_REASON))
        self._rule_sets: dict[str, RuleSet | None] = {}
        self._rates: dict[object, Decimal] = {}
        self._project: object = _NONE
        self._reasons: _Reasons = {}
        self._plans: tuple[EvaluationPlan, EvaluationPlan] | None = None

    def reason(self, project: object, planning: Planning | None, kind: str, sequence: int, stored: str) -> str:
        """The reason of evaluation (`kind` code, `sequence`) of `project` (any key naming it, such
        as its code), whose planning fields are `planning` and whose stored reason is `stored`,
        in the current language; `stored` itself when it is not the rules' own reason for it."""
        if not self.active:
            return stored
        if project != self._project:
            self._project = project
            self._plan(planning)
        found = self._reasons.get((kind, sequence))
        if found is not None:
            if found[0] == stored:
                return found[1]
            return self._with_suffix(found, stored)
        if stored in self._optional_written:
            return self._optional
        return stored

    def _with_suffix(self, found: tuple[str, str], stored: str) -> str:
        """The re-plan states the independence requirement on the evaluation it rests on
        (tracker.domain.rules.replan): when that is not the one the plan picked, the picked one's
        reason lacks the plan's "; independent: budget ... is over ..." and the other's has it
        added. That reason, in the current language; else `stored`."""
        if self._plans is None:
            return stored
        stored_plan, plan = self._plans
        pattern = "{reason}; independent: {comparison}"
        with using_language(STORED_LANGUAGE):
            suffix = translate("EvaluationPlan", pattern).format(reason="", comparison=stored_plan.independence_comparison)
        shown = translate("EvaluationPlan", pattern).format(reason="", comparison=plan.independence_comparison)
        if stored == found[0] + suffix:
            return found[1] + shown
        if suffix and found[0].endswith(suffix) and stored == found[0][: -len(suffix)] and found[1].endswith(shown):
            return found[1][: -len(shown)]
        return stored

    def _plan(self, planning: Planning | None) -> None:
        """Plan the project (in the stored language and in the current one), or forget the last
        project's plan when this one has none."""
        self._reasons = {}
        self._plans = None
        if planning is None:
            return
        start, end = _day(planning.start), _day(planning.end)
        if start is None or end is None or planning.budget_cents is None or end < start:
            return  # no plan (tracker.store.projects.plan_for)
        rules = self._rule_set(planning.rule_set)
        if rules is None:
            return
        budget_usd = stored_budget_usd(planning.budget_cents, planning.currency, planning.usd_rate, self._rates)
        if budget_usd <= 0:
            return
        midterm = bool(planning.midterm_review_agreed)
        with using_language(STORED_LANGUAGE):
            stored_plan = plan_evaluations(start, end, budget_usd, midterm_review_agreed=midterm, rule_set=rules,
                                           texts=self._stored_texts)
        plan = plan_evaluations(start, end, budget_usd, midterm_review_agreed=midterm, rule_set=rules, texts=self._texts)
        self._plans = (stored_plan, plan)
        self._reasons = {(a.kind._value_, a.sequence): (a.reason, b.reason) for a, b in zip(stored_plan.evaluations, plan.evaluations)}

    def _rule_set(self, name: str) -> RuleSet | None:
        """The rule set called `name`, loaded once per report; None when it cannot be loaded."""
        if name in self._rule_sets:
            return self._rule_sets[name]
        try:
            rules: RuleSet | None = load_rule_set(name)
        except RuleSetError:
            rules = None
        self._rule_sets[name] = rules
        return rules


_NONE = object()  # no project seen yet


def shown_reasons(project: d.Project) -> list[str]:
    """The reasons of `project.evaluations`, in order, as the current language says them (the
    rules' own reasons worked out again, anything else as written), for one project on screen
    or on the command line (`tracker show`, the editor's plan)."""
    stored = [e.reason for e in project.evaluations]
    if not wanted() or project.budget is None or project.planned_start is None or project.planned_end is None:
        return stored
    planning = Planning(project.planned_start, project.planned_end, to_cents(project.budget), project.currency,
                        project.usd_rate if project.usd_rate is not None else Decimal(1),
                        project.midterm_review_agreed, project.rule_set)
    try:
        reasons = ReportReasons()
        return [reasons.reason(project.code, planning, e.kind._value_, e.sequence, e.reason) for e in project.evaluations]
    except (ValueError, ArithmeticError):  # a project being typed: what it holds may not plan yet
        return stored
