"""Re-plan every project's evaluations at once (after a rule-set change, or to repair plans that
went stale), in a handful of queries rather than a load and save per project.

The decisions are the domain's (tracker.domain.rules: plan_evaluations and replan, exactly as
save_project applies them); this module only reads the planning fields and evaluations of the
whole portfolio in two statements, and writes back only what changed, in one transaction, with
executemany. Each plan change is recorded in the audit trail as save_project records it, and the
version of every changed project is bumped, so an editor open on one of them is told its copy is
stale instead of overwriting the new plan."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from tracker.domain import project as d
from tracker.domain.classifications import EvaluationKind, EvaluationStatus, Independence
from tracker.domain.money import USD, Money, from_cents
from tracker.domain.rules.engine import plan_evaluations
from tracker.domain.rules.replan import replan
from tracker.domain.rules.ruleset import RuleSet, RuleSetError, load_rule_set
from tracker.store import models as m
from tracker.store.database import current_user

Progress = Callable[[int, int], None]  # (projects done, projects in all)
PROGRESS_EVERY = 2_000


@dataclass(frozen=True)
class ReplanSummary:
    projects: int  # projects read
    planned: int  # projects with dates and a budget, so with a plan
    skipped: list[str]  # codes of projects whose rule set cannot be loaded
    changed_projects: int  # projects with at least one evaluation added or changed
    added: int  # evaluations added
    updated: int  # evaluations changed (due date, status, reason, flags, rule set)
    changes: int  # plan changes recorded in the audit trail (as sentences)
    cancelled: bool = False  # True: nothing was written

    def __str__(self) -> str:
        if self.cancelled:
            return "re-planning cancelled; nothing was changed"
        text = (
            f"{self.planned:,} of {self.projects:,} projects re-planned: {self.changed_projects:,} changed "
            f"({self.added:,} evaluations added, {self.updated:,} updated)"
        )
        if self.skipped:
            text += f"; {len(self.skipped):,} skipped (rule set not available)"
        return text


# The columns replan() reads or writes; everything else about an evaluation (ratings, findings,
# evaluator, completion) is left untouched by a re-plan and is not read.
_EVALUATION_SQL = (
    "SELECT id, uuid, project_id, kind, sequence, due, status, independence, independence_required, "
    "mandatory, reason, rule_set FROM evaluation ORDER BY project_id, due, id"
)
_PROJECT_SQL = (
    "SELECT id, uuid, code, planned_start, planned_end, budget, currency, usd_rate, midterm_review_agreed, "
    "rule_set FROM project WHERE planned_start IS NOT NULL AND planned_end IS NOT NULL AND budget IS NOT NULL "
    "ORDER BY id"
)


def _day_parser() -> Callable[[object], dt.date | None]:
    cache: dict[object, dt.date | None] = {None: None}

    def day(value: object) -> dt.date | None:
        try:
            return cache[value]
        except KeyError:
            parsed = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
            cache[value] = parsed
            return parsed

    return day


def _state(e: d.Evaluation) -> tuple[object, ...]:
    """What a re-plan may change on an evaluation."""
    return (e.due, e.status, e.mandatory, e.independence_required, e.reason, e.rule_set)


def replan_all(progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               who: str | None = None) -> ReplanSummary:
    """Recompute every project's evaluation plan for its dates, budget and rule set, and store the
    differences. A project without dates or a budget has no plan and is left alone, as
    save_project leaves it. `progress` is told (done, total) every few thousand projects;
    `cancelled` is asked as often, and when it answers True nothing is written."""
    who = who or current_user()
    database = m.Project._meta.database
    day = _day_parser()
    kinds = {k.value: k for k in EvaluationKind}
    statuses = {s.value: s for s in EvaluationStatus}
    independences = {i.value: i for i in Independence}
    rule_sets: dict[str, RuleSet | None] = {}
    rates: dict[str, Decimal] = {}

    gc_was_enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of objects that all stay alive: see docs/performance.md
    try:
        total = database.execute_sql("SELECT COUNT(*) FROM project").fetchone()[0]
        by_project: dict[int, list[d.Evaluation]] = {}
        for (eid, uuid, pid, kind, sequence, due, status, independence, independence_required, mandatory, reason,
             rule_set) in database.execute_sql(_EVALUATION_SQL):
            evaluation = d.Evaluation(
                kind=kinds[kind], due=day(due), status=statuses[status], sequence=sequence,
                independence=independences[independence], independence_required=bool(independence_required),
                mandatory=bool(mandatory), reason=reason, rule_set=rule_set, uuid=uuid, id=eid,
            )
            group = by_project.get(pid)
            if group is None:
                by_project[pid] = [evaluation]
            else:
                group.append(evaluation)

        planned = added_count = changed_projects = 0
        skipped: list[str] = []
        inserts: list[tuple[object, ...]] = []
        updates: list[tuple[object, ...]] = []
        audit: list[tuple[object, ...]] = []
        bumped: list[tuple[int]] = []
        now = m.utc_now().isoformat(" ")  # as peewee stores a DateTimeField
        done = 0
        for (pid, project_uuid, code, start, end, budget_cents, currency, usd_rate, midterm, rule_set_name) in \
                database.execute_sql(_PROJECT_SQL).fetchall():
            done += 1
            if done % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    return ReplanSummary(total, planned, skipped, 0, 0, 0, 0, cancelled=True)
                if progress is not None:
                    progress(done, total)
            start, end = day(start), day(end)
            if end < start:  # type: ignore[operator]
                continue
            if rule_set_name not in rule_sets:
                try:
                    rule_sets[rule_set_name] = load_rule_set(rule_set_name)
                except RuleSetError:
                    rule_sets[rule_set_name] = None
            rules = rule_sets[rule_set_name]
            if rules is None:
                skipped.append(code)
                continue
            # The domain's Project.budget_usd: the budget at its rate, rounded to the cent once.
            budget = from_cents(int(budget_cents))
            if currency == USD:
                budget_usd = budget
            else:
                rate = rates.get(usd_rate)
                if rate is None:
                    rate = rates[usd_rate] = Decimal(usd_rate)
                budget_usd = Money(budget, currency).in_usd(rate)
            plan = plan_evaluations(start, end, budget_usd, midterm_review_agreed=bool(midterm), rule_set=rules)  # type: ignore[arg-type]
            planned += 1
            before = by_project.get(pid, [])
            states = {e.id: _state(e) for e in before}
            after, changes = replan(before, plan)
            touched = False
            for e in after:
                if e.id is None:
                    inserts.append((e.uuid, pid, e.kind.value, e.sequence, e.due.isoformat(), e.status.value,
                                    e.independence.value, e.independence_required, e.mandatory, e.reason, e.rule_set))
                    added_count += 1
                    touched = True
                else:
                    state = _state(e)
                    if state != states[e.id]:
                        updates.append((e.due.isoformat(), e.status.value, e.mandatory, e.independence_required,
                                        e.reason, e.rule_set, e.id))
                        touched = True
            if touched:
                changed_projects += 1
                bumped.append((pid,))
                for change in changes:
                    audit.append((now, who, "evaluation", project_uuid, code, "replan", change.evaluation, None,
                                  f"{change.action}: {change.detail}"))
        if progress is not None:
            progress(total, total)
        if cancelled is not None and cancelled():
            return ReplanSummary(total, planned, skipped, 0, 0, 0, 0, cancelled=True)

        p = database.param
        if inserts or updates:
            with database.atomic():
                cursor = database.cursor()
                if inserts:
                    cursor.executemany(
                        "INSERT INTO evaluation (uuid, project_id, kind, sequence, due, status, independence, "
                        "independence_required, mandatory, reason, rule_set, evaluator, findings, waiver_reason) "
                        f"VALUES ({', '.join([p] * 11)}, '', '', '')",
                        inserts,
                    )
                if updates:
                    cursor.executemany(
                        f"UPDATE evaluation SET due = {p}, status = {p}, mandatory = {p}, independence_required = {p}, "
                        f"reason = {p}, rule_set = {p} WHERE id = {p}",
                        updates,
                    )
                cursor.executemany(f"UPDATE project SET version = version + 1, updated_at = {p} WHERE id = {p}",
                                   [(now, pid) for (pid,) in bumped])
                if audit:
                    cursor.executemany(
                        'INSERT INTO audit_entry ("at", who, "table", record_uuid, project_code, action, field, old, new) '
                        f"VALUES ({', '.join([p] * 9)})",
                        audit,
                    )
        return ReplanSummary(total, planned, skipped, changed_projects, added_count, len(updates), len(audit))
    finally:
        if gc_was_enabled:
            gc.enable()
