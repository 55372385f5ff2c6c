"""What a rule set would do to the portfolio before anyone adopts it: which projects would gain,
lose or move an evaluation, or see the independence requirement move, and why.

The answer is exactly what adopting it would write: each project's stored evaluations are
re-planned, in memory, by the domain's own plan_evaluations and replan (the functions
save_project and tracker.store.replan apply), and every PlanChange becomes a row. A change of
reason text alone is not an impact (replan records none for it). Nothing is written: the
projects are read with a statement per table a slice at a time, as tracker.store.replan reads
them, and no transaction is opened.

`stale_plan_impact` answers the same question for `tracker replan` itself: what re-planning
the stale plans (tracker.store.plan_fingerprints) would change, each project under the rule set
it would follow then (a policy that took effect since: tracker.store.replan.follow_policy_in_force)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from tracker.domain import project as d
from tracker.domain.classifications import EvaluationKind, EvaluationStatus, Independence, Stage
from tracker.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate
from tracker.domain.progress import Cancelled, Progress
from tracker.domain.rules.engine import plan_evaluations, plan_texts
from tracker.domain.rules.planning import FOLLOWS_POLICY_IN_FORCE
from tracker.domain.rules.replan import PlanChange, ReplanWords, replan, replan_words
from tracker.domain.rules.ruleset import RuleSet, RuleSetError, load_rule_set, policies_by_date, rule_set_in_force
from tracker.store import models as m
from tracker.store import plan_fingerprints
from tracker.store.replan import SCAN_SHARE, SLICE, Planner, evaluations_between, evaluations_of, policy_to_follow, stored_budget_usd
from tracker.store.sql import execute

SCOPES = ("all", "followers")
STALE = "stale"  # the scope of stale_plan_impact
CHANGES = ("gains", "loses", "moves", "independence")
PROGRESS_EVERY = 2_000

# What a PlanChange's action (tracker.domain.rules.replan) means for the project.
_CHANGE_OF_ACTION = {
    "added": "gains",
    "required again": "gains",
    "now required": "gains",  # an optional evaluation the plan would require: it counts in compliance from then on
    "no longer required": "loses",
    "rescheduled": "moves",
    "marked independent": "independence",
    "independence moved": "independence",
    "independence no longer required": "independence",
}
_CHANGE_WORDS = {
    "gains": QT_TRANSLATE_NOOP("Impact", "gains an evaluation"),
    "loses": QT_TRANSLATE_NOOP("Impact", "loses an evaluation"),
    "moves": QT_TRANSLATE_NOOP("Impact", "an evaluation moves"),
    "independence": QT_TRANSLATE_NOOP("Impact", "independence requirement changes"),
}


def change_label(change: str) -> str:
    """A change ("gains", ...) in the user's language."""
    words = _CHANGE_WORDS.get(change)
    return translate("Impact", words) if words is not None else change


@dataclass(frozen=True)
class ImpactRow:
    code: str
    title: str
    stage: Stage
    follows: bool  # the project would follow the rule set if it were adopted (scope "stale": always)
    rule_set: str  # the rule set the project follows now (its name)
    change: str  # gains, loses, moves or independence (CHANGES)
    action: str  # the PlanChange's action: added, required again, rescheduled, ...
    evaluation: str  # its title in the user's language ("Mid-term evaluation", "Annual review 2")
    before_due: dt.date | None  # when it is due now (None: not required now)
    after_due: dt.date | None  # when it would be due (None: no longer required)
    detail: str  # why, in the user's language

    @property
    def change_label(self) -> str:
        return change_label(self.change)

    @property
    def action_label(self) -> str:
        """The action in the user's language ("added", "rescheduled", ...)."""
        return PlanChange("", self.action, "").action_label


@dataclass(frozen=True)
class ImpactReport:
    rows: tuple[ImpactRow, ...]
    projects_checked: int  # projects with dates and a budget in the scope, re-planned in memory
    projects_changed: tuple[str, ...]  # their codes, in code order, where anything would change
    rule_set: str  # the rule set's label ("example-tiered v1"); "" for stale_plan_impact
    rule_set_title: str
    scope: str  # "all", "followers" or "stale"
    as_of: dt.date
    skipped: tuple[str, ...] = ()  # stale_plan_impact: projects whose rule set cannot be loaded
    language: str = "en"  # the language of the rows' words (the user's when computed)
    rules: RuleSet | None = field(default=None, compare=False, repr=False)  # rule_set_impact's, to compute it again
    forced: bool = False  # stale_plan_impact(force=True)

    def counts(self) -> dict[str, int]:
        """Rows by change, every change named (0 when none)."""
        found = dict.fromkeys(CHANGES, 0)
        for row in self.rows:
            found[row.change] += 1
        return found

    def projects_by_change(self) -> dict[str, int]:
        """Projects with at least one row of each change."""
        found: dict[str, set[str]] = {change: set() for change in CHANGES}
        for row in self.rows:
            found[row.change].add(row.code)
        return {change: len(codes) for change, codes in found.items()}

    def __str__(self) -> str:
        return translate("Impact", "projects checked: {checked}; that would change: {changed}").format(
            checked=self.projects_checked, changed=len(self.projects_changed))


# The project columns read; `stale` (1/0) is added by stale_plan_impact.
_PROJECT_SQL = ("SELECT id, code, title, stage, planned_start, planned_end, budget, currency, usd_rate, midterm_review_agreed, "
                "rule_set, rule_set_assigned, funding_summary")
_Row = tuple[object, ...]


def _with_rule_set(rules: RuleSet) -> list[RuleSet]:
    """The policies there would be if `rules` were adopted (it replaces a rule set of its name)."""
    return [r for r in policies_by_date() if r.name != rules.name] + [rules]


def follows_if_adopted(rules: RuleSet, today: dt.date) -> Callable[[str, bool, str], bool]:
    """Whether a project (its rule set, whether one was assigned, its stage code) would follow
    `rules` once adopted: it names it, or `rules` would be the policy in force today and the
    project, not yet approved, follows the policy in force."""
    in_force = rules.effective_from is not None and rule_set_in_force(today, _with_rule_set(rules)) == rules.name

    def follows(rule_set: str, assigned: bool, stage: str) -> bool:
        return rule_set == rules.name or (in_force and not assigned and stage in FOLLOWS_POLICY_IN_FORCE)

    return follows


class _Impact:
    """Re-plans project rows in memory and collects the changes as ImpactRows."""

    def __init__(self) -> None:
        self.reader = Planner("", "")  # its stored-date cache, US$ rates and funding facts
        self.texts = plan_texts()  # the user's language: the details are read, not stored
        self.words: ReplanWords = replan_words()
        self.kinds: dict[str, EvaluationKind] = {}
        self.statuses = {s.value: s for s in EvaluationStatus}
        self.independences = {i.value: i for i in Independence}
        self.stages = {s.value: s for s in Stage}
        self.rows: list[ImpactRow] = []
        self.changed: list[str] = []
        self.checked = 0

    def kind(self, code: str) -> EvaluationKind:
        found = self.kinds.get(code)
        if found is None:
            found = self.kinds[code] = EvaluationKind(code)
        return found

    def project(self, row: _Row, stored: list[_Row], rules: RuleSet, follows: bool, rule_set_now: str | None = None) -> None:
        (_, code, title, stage, start_text, end_text, budget_cents, currency, usd_rate, midterm, rule_set_name) = row[:11]
        day = self.reader.day
        start, end = day[start_text], day[end_text]
        if start is None or end is None or budget_cents is None or end < start:  # type: ignore[operator]
            return  # no plan (plan_for_project gives none)
        budget_usd: Decimal = stored_budget_usd(budget_cents, currency, usd_rate, self.reader.rates)  # type: ignore[arg-type]
        if budget_usd <= 0:
            return
        funding = self.reader.funding(row[12]) if rules.tiers else None  # type: ignore[arg-type]
        # plan_for_project's call, from the stored columns (the same budget in US$ and funding facts).
        plan = plan_evaluations(start, end, budget_usd, midterm_review_agreed=bool(midterm), rule_set=rules,  # type: ignore[arg-type]
                                texts=self.texts, funding=funding)
        self.checked += 1
        before: dict[tuple[EvaluationKind, int], tuple[dt.date | None, EvaluationStatus]] = {}
        evaluations = []
        for (eid, _, kind, sequence, due, status, independence, independence_required, mandatory, reason, rule_set) in stored:
            evaluation = d.Evaluation(self.kind(kind), day[due], self.statuses[status], sequence,  # type: ignore[arg-type, index]
                                      self.independences[independence], bool(independence_required), bool(mandatory),  # type: ignore[index]
                                      reason, rule_set, uuid="", id=eid)  # type: ignore[arg-type]
            evaluations.append(evaluation)
            kept = before.get(evaluation.key)  # replan's choice: the live one over a "no longer required" twin
            if kept is None or kept[1] is EvaluationStatus.NOT_REQUIRED:
                before[evaluation.key] = (evaluation.due, evaluation.status)
        # Built for this call only: replan may change them in place.
        after, changes = replan(evaluations, plan, in_place=True, words=self.words)
        if not changes:
            return
        self.changed.append(code)  # type: ignore[arg-type]
        stage_of, rule_set_shown = self.stages[stage], rule_set_now or rule_set_name  # type: ignore[index]
        titled: dict[str, d.Evaluation] = {}
        for evaluation in after:
            title_of = self.words.title(evaluation)
            if title_of not in titled or evaluation.status is not EvaluationStatus.NOT_REQUIRED:
                titled[title_of] = evaluation
        for change in changes:
            changed = titled.get(change.evaluation)
            was = before.get(changed.key) if changed is not None else None
            # "Due now" is when it is required now: an optional evaluation the plan would require is not.
            before_due = (was[0] if was is not None and was[1] is not EvaluationStatus.NOT_REQUIRED
                          and change.action != "now required" else None)
            after_due = changed.due if changed is not None and changed.status is not EvaluationStatus.NOT_REQUIRED else None
            self.rows.append(ImpactRow(
                code=code, title=title, stage=stage_of, follows=follows, rule_set=rule_set_shown,  # type: ignore[arg-type]
                change=_CHANGE_OF_ACTION.get(change.action, "independence"), action=change.action,
                evaluation=change.evaluation, before_due=before_due, after_due=after_due, detail=change.detail))


def _read(where: str = "", params: dict[str, object] | None = None, extra: str = "") -> list[_Row]:
    database = _engine()
    sql = f"{_PROJECT_SQL}{extra} FROM project{(' WHERE ' + where) if where else ''} ORDER BY id"
    return execute(sql, params or {}, database).fetchall()  # type: ignore[no-any-return]


def _engine() -> object:
    database = m.Project._meta.database  # type: ignore[attr-defined]
    return getattr(database, "obj", database)  # the engine itself, as tracker.store.replan uses it


def _walk(rows: list[_Row], projects: int, progress: Progress | None, cancelled: Callable[[], bool] | None,
          ) -> Iterator[tuple[_Row, list[_Row]]]:
    """Each project row with its evaluation rows (load_project's order), a slice at a time;
    progress and cancellation every PROGRESS_EVERY projects."""
    database = _engine()
    scan = len(rows) >= SCAN_SHARE * projects
    total, done = len(rows), 0
    no_rows: list[_Row] = []
    for start in range(0, total, SLICE):
        part = rows[start : start + SLICE]
        by_project = evaluations_between(database, part) if scan else evaluations_of(database, [r[0] for r in part])  # type: ignore[misc]
        for row in part:
            done += 1
            if done % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(done, total)
            yield row, by_project.pop(row[0], no_rows)  # type: ignore[call-overload]
    if progress is not None:
        progress(total, total)


def _report(impact: _Impact, rules: RuleSet | None, scope: str, as_of: dt.date, skipped: list[str] | None = None,
            forced: bool = False) -> ImpactReport:
    rows = sorted(impact.rows, key=lambda r: r.code)  # stable: each project's changes in replan's order
    return ImpactReport(tuple(rows), impact.checked, tuple(sorted(impact.changed)), rules.label if rules else "",
                        rules.title if rules else "", scope, as_of, tuple(sorted(skipped or [])), current_language(), rules, forced)


def _project_count() -> int:
    return int(execute("SELECT COUNT(*) FROM project", {}, _engine()).fetchone()[0])  # type: ignore[arg-type]


def rule_set_impact(rules: RuleSet, *, scope: str = "all", progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None, today: dt.date | None = None) -> ImpactReport:
    """What re-planning under `rules` would change in each project with planned dates and a
    budget: every project ("all", as if it were assigned to each), or those that would follow it
    once adopted ("followers": follows_if_adopted). Nothing is written. Raises Cancelled when
    `cancelled()` says so; `progress(done, total)` every few thousand projects."""
    if scope not in SCOPES:
        raise ValueError(scope)
    as_of = today or dt.date.today()
    follows = follows_if_adopted(rules, as_of)
    rows = [row for row in _read("planned_start IS NOT NULL AND planned_end IS NOT NULL AND budget IS NOT NULL")
            if scope == "all" or follows(str(row[10]), bool(row[11]), str(row[3]))]
    impact = _Impact()
    for row, stored in _walk(rows, _project_count(), progress, cancelled):
        impact.project(row, stored, rules, follows(str(row[10]), bool(row[11]), str(row[3])))
    return _report(impact, rules, scope, as_of)


def stale_plan_impact(*, force: bool = False, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                      today: dt.date | None = None) -> ImpactReport:
    """What `tracker replan` (replan_all) would change now: the projects whose plan is stale
    (`force`: every project), each under the rule set it would follow (a project not yet approved
    whose rule set nobody assigned takes the policy in force today). Nothing is written."""
    as_of = today or dt.date.today()
    in_force = policy_to_follow(as_of)  # as follow_policy_in_force resolves it, writing nothing
    keys = plan_fingerprints.rule_set_keys()
    stale, params = plan_fingerprints.stale_sql(keys, _engine())  # type: ignore[arg-type]
    rule_sets: dict[str, RuleSet | None] = {}
    impact, skipped = _Impact(), []
    wanted = []
    for row in _read(params=params, extra=f", CASE WHEN {stale} THEN 1 ELSE 0 END"):  # type: ignore[arg-type]
        name = str(row[10])
        if in_force is not None and not row[11] and str(row[3]) in FOLLOWS_POLICY_IN_FORCE:
            name = in_force
        if force or row[13] or name != row[10]:
            wanted.append((row, name))
    names = {id(row): name for row, name in wanted}
    for row, stored in _walk([row for row, _ in wanted], _project_count(), progress, cancelled):
        name = names[id(row)]
        if name not in rule_sets:
            try:
                rule_sets[name] = load_rule_set(name)
            except RuleSetError:
                rule_sets[name] = None
        rules = rule_sets[name]
        if rules is None:
            skipped.append(str(row[1]))
            continue
        impact.project(row, stored, rules, True, name)
    return _report(impact, None, STALE, as_of, skipped, force)


def impact_again(report: ImpactReport) -> ImpactReport:
    """`report` computed again from what is stored now, in the current language (a workbook
    written in another language than the one the report was computed in)."""
    if report.rules is not None:
        return rule_set_impact(report.rules, scope=report.scope, today=report.as_of)
    return stale_plan_impact(force=report.forced, today=report.as_of)
