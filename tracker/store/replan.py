"""Re-plan every project's evaluations at once (after a rule-set change, or to repair plans that
went stale), in a handful of queries rather than a load and save per project.

The decisions are the domain's (tracker.domain.rules: plan_evaluations and replan, exactly as
save_project applies them); this module reads the planning fields and the evaluations with one
statement per table, and writes back only what changed, in one transaction, with executemany.
Each plan change is recorded in the audit trail as save_project records it, and the version of
every changed project is bumped, so an editor open on one of them is told its copy is stale
instead of overwriting the new plan.

Every plan is computed on every run: nothing is skipped because it looked unchanged, so a new
version of a rule set (or a rule-set file edited in place) reaches every project. A large
portfolio is shared with a helper process, which plans the projects from an id on; the
figures behind each choice are in docs/performance.md."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter

from tracker.domain import project as d
from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    Independence,
)
from tracker.domain.i18n import STORED_LANGUAGE, translate, using_language
from tracker.domain.money import USD, Money, from_cents
from tracker.domain.numbers import format_number, number_style
from tracker.domain.progress import Cancelled, Progress
from tracker.domain.rules.engine import plan_evaluations, plan_texts
from tracker.domain.rules.replan import replan
from tracker.domain.rules.ruleset import RuleSet, RuleSetError, load_rule_set
from tracker.store import list_totals
from tracker.store import models as m
from tracker.store.database import current_user
from tracker.store.replan_helper import Helper, database_address, use_helper
from tracker.store.writes import bulk_write_transaction

PROGRESS_EVERY = 2_000
# This process's share of the projects when a helper plans the rest: a little over half, as the
# helper starts about 0.15 s later (a fresh interpreter) and then hands its result over.
OWN_SHARE = 0.52


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
    # The projects whose plans were written, so a screen reads only those again; None when there
    # are so many that reading the whole list costs less.
    changed_project_ids: tuple[int, ...] | None = ()

    def __str__(self) -> str:
        if self.cancelled:
            return translate("StoreReplan", "re-planning cancelled; nothing was changed")
        style = number_style()
        projects = self.projects  # a plain name: pyside6-lupdate misses a count that is an attribute

        def n(value: int) -> str:
            return format_number(Decimal(value), style, 0)

        text = translate("StoreReplan", "{planned} of {projects} project(s) re-planned: {changed} changed ({added} evaluations added, "
                                        "{updated} updated)", "", projects).format(
            planned=n(self.planned), projects=n(self.projects), changed=n(self.changed_projects), added=n(self.added),
            updated=n(self.updated))
        if self.skipped:
            text += translate("StoreReplan", "; {count} skipped (rule set not available)").format(count=n(len(self.skipped)))
        return text


# The columns replan() reads or writes; everything else about an evaluation (ratings, findings,
# evaluator, completion, and its uuid, which a re-plan never changes) is left untouched and is not
# read. No ORDER BY: each project's evaluations are put in load_project's order (due, id) in Python,
# which costs less than SQLite's sort of 400,000 rows.
_EVALUATION_SQL = (
    "SELECT id, project_id, kind, sequence, due, status, independence, independence_required, mandatory, reason, "
    "rule_set FROM evaluation"
)
_PLANNED = "planned_start IS NOT NULL AND planned_end IS NOT NULL AND budget IS NOT NULL"  # what plan_for needs
_PROJECT_SQL = (
    "SELECT id, uuid, code, planned_start, planned_end, budget, currency, usd_rate, midterm_review_agreed, "
    f"rule_set, version FROM project WHERE {_PLANNED}"
)


def _range(column: str, param: str, below_id: int | None, from_id: int | None) -> tuple[str, tuple[int, ...]]:
    """The condition on `column` for the ids below `below_id` or from `from_id` on, and its parameter."""
    if below_id is not None:
        return f"{column} < {param}", (below_id,)
    if from_id is not None:
        return f"{column} >= {param}", (from_id,)
    return "", ()


class _Days(dict):  # type: ignore[type-arg]
    """Stored date -> date, each distinct value parsed once: ISO text (SQLite; PostgreSQL's dates
    come as text too, tracker.store.postgres) or a date. A dict, so that a date seen before costs
    one lookup, not a call."""

    def __missing__(self, value: object) -> dt.date | None:
        parsed = None if value is None else value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
        self[value] = parsed
        return parsed


@dataclass
class _Writes:
    """What a re-plan of some projects found to write, as rows for executemany, and how many."""

    planned: int = 0
    changed_projects: int = 0
    skipped: list[str] = field(default_factory=list)
    inserts: list[tuple[object, ...]] = field(default_factory=list)
    updates: list[tuple[object, ...]] = field(default_factory=list)
    audit: list[tuple[object, ...]] = field(default_factory=list)
    bumped: list[int] = field(default_factory=list)
    versions: list[int] = field(default_factory=list)  # the version each bumped project was planned at
    uuids: list[str] = field(default_factory=list)  # and its uuid (the audit rows name it so)
    written_ids: list[int] = field(default_factory=list)  # the projects written so far (kept by forget_rows)
    added: int = 0  # rows written and dropped (forget_rows)
    updated: int = 0
    changes: int = 0

    def __bool__(self) -> bool:  # rows to write (a changed project always has an insert or an update)
        return bool(self.inserts or self.updates)

    def forget_rows(self) -> None:
        """Count the rows and let them go, once written: when most plans change they are a few
        hundred MB, and the helper's rows come next."""
        self.added += len(self.inserts)
        self.updated += len(self.updates)
        self.changes += len(self.audit)
        self.inserts, self.updates, self.audit, self.bumped, self.versions, self.uuids = [], [], [], [], [], []

    def drop_projects(self, pids: set[int]) -> None:
        """Forget what was planned for these projects (they changed since they were read)."""
        uuids = {u for pid, u in zip(self.bumped, self.uuids) if pid in pids}
        self.inserts = [row for row in self.inserts if row[1] not in pids]
        self.updates = [row for row in self.updates if row[-1] not in pids]
        self.audit = [row for row in self.audit if row[3] not in uuids]
        kept = [(pid, version, u) for pid, version, u in zip(self.bumped, self.versions, self.uuids) if pid not in pids]
        self.bumped = [pid for pid, _, _ in kept]
        self.versions = [version for _, version, _ in kept]
        self.uuids = [u for _, _, u in kept]
        self.changed_projects -= len(pids)

    def add_counts(self, other: _Writes) -> None:
        self.written_ids += other.written_ids
        self.planned += other.planned
        self.changed_projects += other.changed_projects
        self.skipped += other.skipped
        self.added += other.added
        self.updated += other.updated
        self.changes += other.changes


def _read_projects(database: object, *, below_id: int | None = None, from_id: int | None = None) -> list[tuple[object, ...]]:
    """The planning fields of the projects that can have a plan, by id."""
    condition, params = _range("id", database.param, below_id, from_id)  # type: ignore[attr-defined]
    sql = f"{_PROJECT_SQL} AND {condition} ORDER BY id" if condition else f"{_PROJECT_SQL} ORDER BY id"
    return database.execute_sql(sql, params or None).fetchall()  # type: ignore[attr-defined, no-any-return]


_Row = tuple[object, ...]  # a row of _EVALUATION_SQL
_DUE, _STATUS, _INDEPENDENCE_REQUIRED, _MANDATORY, _REASON, _RULE_SET = 4, 5, 7, 8, 9, 10
_LOAD_ORDER = itemgetter(_DUE, 0)  # load_project's order (due, id), which replan() sees on a save; ISO dates sort as text


def _read_evaluations(database: object, *, below_id: int | None = None,
                      from_id: int | None = None) -> dict[int, list[_Row]]:
    """Each project's evaluation rows, in load_project's order; only those of projects below
    `below_id` or from `from_id` on, when given. The rows stay rows until their project is
    planned: that is cheaper than a dictionary of 400,000 records built in advance."""
    # "+project_id" keeps SQLite from using the index on project_id, which takes longer than a
    # scan when half of the table is wanted (0.53 s against 0.37 s for 213,000 rows); the unary
    # plus is standard SQL (PostgreSQL takes it too).
    condition, params = _range("+project_id", database.param, below_id, from_id)  # type: ignore[attr-defined]
    sql = f"{_EVALUATION_SQL} WHERE {condition}" if condition else _EVALUATION_SQL
    by_project: dict[int, list[_Row]] = {}
    for row in database.execute_sql(sql, params or None).fetchall():  # type: ignore[attr-defined]
        group = by_project.get(row[1])  # type: ignore[call-overload]
        if group is None:
            by_project[row[1]] = [row]  # type: ignore[index]
        else:
            group.append(row)
    for group in by_project.values():
        if len(group) > 1:
            group.sort(key=_LOAD_ORDER)
    return by_project


def stored_budget_usd(budget_cents: int, currency: str, usd_rate: object, rates: dict[object, Decimal]) -> Decimal:
    """The domain's Project.budget_usd from a project row's columns: the budget at its rate,
    rounded to the cent once. `rates` caches each stored rate's Decimal (rows repeat a few)."""
    budget = from_cents(int(budget_cents))
    if currency == USD:
        return budget
    rate = rates.get(usd_rate)
    if rate is None:
        rate = rates[usd_rate] = Decimal(str(usd_rate))
    return Money(budget, currency).in_usd(rate)


def _replan_projects(rows: list[_Row], by_project: dict[int, list[_Row]], who: str, now: str,
                     day: _Days, tick: Callable[[int], bool] | None = None) -> _Writes | None:
    """_plan_projects in the language the database stores reasons in (whoever re-plans: a re-plan
    in French must not rewrite every reason)."""
    with using_language(STORED_LANGUAGE):
        return _plan_projects(rows, by_project, who, now, day, tick)


def _plan_projects(rows: list[_Row], by_project: dict[int, list[_Row]], who: str, now: str,
                   day: _Days, tick: Callable[[int], bool] | None = None) -> _Writes | None:
    """Plan each project of `rows` (_PROJECT_SQL rows) with the domain's own plan_evaluations and
    replan, and collect what differs from what is stored. `tick(done)` is called every
    PROGRESS_EVERY projects; when it answers False, this stops and returns None."""
    writes = _Writes()
    inserts, updates, audit, bumped, versions, uuids = (writes.inserts, writes.updates, writes.audit, writes.bumped,
                                                        writes.versions, writes.uuids)
    kinds = {k.value: k for k in EvaluationKind}
    statuses = {s.value: s for s in EvaluationStatus}
    independences = {i.value: i for i in Independence}
    evaluation = d.Evaluation
    rule_sets: dict[str, RuleSet | None] = {}
    rates: dict[object, Decimal] = {}
    no_rows: list[_Row] = []
    texts = plan_texts()  # worked out once for the whole portfolio
    done = 0
    for (pid, project_uuid, code, start, end, budget_cents, currency, usd_rate, midterm, rule_set_name, version) in rows:
        done += 1
        if tick is not None and done % PROGRESS_EVERY == 0 and not tick(done):
            return None
        start, end = day[start], day[end]
        if end < start:  # type: ignore[operator]
            continue  # plan_for gives no plan either
        rules = rule_sets.get(rule_set_name, rule_sets)  # type: ignore[arg-type, call-overload]
        if rules is rule_sets:
            try:
                rules = rule_sets[rule_set_name] = load_rule_set(rule_set_name)  # type: ignore[arg-type]
            except RuleSetError:
                rules = rule_sets[rule_set_name] = None  # type: ignore[index]
        if rules is None:
            writes.skipped.append(code)  # type: ignore[arg-type]
            continue
        budget_usd = stored_budget_usd(budget_cents, currency, usd_rate, rates)  # type: ignore[arg-type]
        plan = plan_evaluations(start, end, budget_usd, midterm_review_agreed=bool(midterm), rule_set=rules,  # type: ignore[arg-type]
                                texts=texts)
        writes.planned += 1

        stored = by_project.get(pid, no_rows)  # type: ignore[arg-type, call-overload]
        # The fields replan() reads; booleans are converted in Python (SQLite stores 0/1,
        # PostgreSQL true/false). The uuid is not needed: an existing evaluation keeps its own.
        before = [
            evaluation(kinds[kind], day[due], statuses[status], sequence, independences[independence],  # type: ignore[index]
                       bool(independence_required), bool(mandatory), reason, rule_set, uuid="", id=eid)  # type: ignore[arg-type]
            for (eid, _, kind, sequence, due, status, independence, independence_required, mandatory, reason, rule_set)
            in stored
        ]
        # Built for this call only, so replan() may change them in place; `stored` keeps the rows.
        after, changes = replan(before, plan, in_place=True)
        touched = False
        # Codes are written as `_value_`, the member's own attribute: `.value` goes through an
        # Enum descriptor, a measurable cost at a million calls when most plans change.
        for e, row in zip(before, stored):
            if (e.due != day[row[_DUE]] or e.status is not statuses[row[_STATUS]]  # type: ignore[index]
                    or e.mandatory != bool(row[_MANDATORY]) or e.independence_required != bool(row[_INDEPENDENCE_REQUIRED])
                    or e.reason != row[_REASON] or e.rule_set != row[_RULE_SET]):
                updates.append((e.due.isoformat(), e.status._value_, e.mandatory, e.independence_required,
                                e.reason, e.rule_set, e.id, pid))
                touched = True
        if len(after) > len(before):
            for e in after:
                if e.id is None:
                    inserts.append((e.uuid, pid, e.kind._value_, e.sequence, e.due.isoformat(), e.status._value_,
                                    e.independence._value_, e.independence_required, e.mandatory, e.reason, e.rule_set))
                    touched = True
        if touched:
            writes.changed_projects += 1
            bumped.append(pid)  # type: ignore[arg-type]
            versions.append(version)  # type: ignore[arg-type]
            uuids.append(project_uuid)  # type: ignore[arg-type]
            for change in changes:
                audit.append((now, who, "evaluation", project_uuid, code, "replan", change.evaluation, None,
                              f"{change.action}: {change.detail}"))
    return writes


_LISTED_CHANGES = 1_000  # beyond this a screen reads the whole list again


class _Cancelled(Cancelled):
    """Raised inside the write transaction to roll it back."""


def _current_versions(database: object, pids: list[int]) -> dict[int, int]:
    """The stored version of each of these projects (those deleted since are missing)."""
    if len(pids) > 5_000:  # one scan costs less than hundreds of IN lists
        rows = database.execute_sql("SELECT id, version FROM project").fetchall()  # type: ignore[attr-defined]
        return dict(rows)
    found: dict[int, int] = {}
    p = database.param  # type: ignore[attr-defined]
    for start in range(0, len(pids), 500):
        part = pids[start : start + 500]
        sql = f"SELECT id, version FROM project WHERE id IN ({', '.join([p] * len(part))})"
        found.update(database.execute_sql(sql, tuple(part)).fetchall())  # type: ignore[attr-defined]
    return found


def _replan_again(database: object, pids: set[int], who: str, now: str) -> _Writes:
    """Plan these projects again from what is stored now (inside the write transaction, so it
    holds until the commit)."""
    writes = _Writes()
    p = database.param  # type: ignore[attr-defined]
    ids = sorted(pids)
    day = _Days()
    for start in range(0, len(ids), 500):
        part = tuple(ids[start : start + 500])
        marks = ", ".join([p] * len(part))
        rows = database.execute_sql(f"{_PROJECT_SQL} AND id IN ({marks}) ORDER BY id", part).fetchall()  # type: ignore[attr-defined]
        by_project: dict[int, list[_Row]] = {}
        for row in database.execute_sql(f"{_EVALUATION_SQL} WHERE project_id IN ({marks})", part).fetchall():  # type: ignore[attr-defined]
            by_project.setdefault(row[1], []).append(row)
        for group in by_project.values():
            group.sort(key=_LOAD_ORDER)
        part_writes = _replan_projects(rows, by_project, who, now, day)
        assert part_writes is not None  # no tick: never stops
        for name in ("inserts", "updates", "audit", "bumped", "versions", "uuids", "skipped"):
            getattr(writes, name).extend(getattr(part_writes, name))
        writes.planned += part_writes.planned
        writes.changed_projects += part_writes.changed_projects
    return writes


def _write_checked(database: object, writes: _Writes, who: str, now: str) -> set[int]:
    """Store the differences, inside the caller's write transaction, never over a save made since
    the plans were read: a project whose version moved on (someone saved it, or deleted it) is
    planned again from its current data and only that is written. (A save re-plans the project
    itself, so usually nothing is left to do for it.) Returns the projects planned again."""
    stored = _current_versions(database, writes.bumped)
    stale = {pid for pid, version in zip(writes.bumped, writes.versions) if stored.get(pid) != version}
    if stale:
        writes.drop_projects(stale)
    _write(database, writes, now)
    writes.written_ids += writes.bumped
    if stale:
        again = _replan_again(database, stale, who, now)
        _write(database, again, now)
        writes.written_ids += again.bumped
        writes.changed_projects += again.changed_projects
        writes.added += len(again.inserts)
        writes.updated += len(again.updates)
        writes.changes += len(again.audit)
    return stale


def _write(database: object, writes: _Writes, now: str) -> None:
    """Store the differences, inside the caller's transaction."""
    p = database.param  # type: ignore[attr-defined]
    cursor = database.cursor()  # type: ignore[attr-defined]
    if writes.inserts:
        cursor.executemany(
            "INSERT INTO evaluation (uuid, project_id, kind, sequence, due, status, independence, "
            "independence_required, mandatory, reason, rule_set, evaluator, findings, waiver_reason) "
            f"VALUES ({', '.join([p] * 11)}, '', '', '')",
            writes.inserts,
        )
    if writes.updates:
        cursor.executemany(
            f"UPDATE evaluation SET due = {p}, status = {p}, mandatory = {p}, independence_required = {p}, "
            f"reason = {p}, rule_set = {p} WHERE id = {p} AND project_id = {p}",
            writes.updates,
        )
    if writes.bumped:
        # The version read with the plan is checked again here (_drop_stale made sure it holds).
        cursor.executemany(f"UPDATE project SET version = version + 1, updated_at = {p} WHERE id = {p} AND version = {p}",
                           [(now, pid, version) for pid, version in zip(writes.bumped, writes.versions)])
    if writes.bumped:
        list_totals.refresh(writes.bumped, {list_totals.Part.EVALUATIONS}, database)  # type: ignore[arg-type]
    if writes.audit:
        cursor.executemany(
            'INSERT INTO audit_entry ("at", who, "table", record_uuid, project_code, action, field, old, new) '
            f"VALUES ({', '.join([p] * 9)})",
            writes.audit,
        )


def replan_all(progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               who: str | None = None, *, processes: int | None = None) -> ReplanSummary:
    """Recompute every project's evaluation plan for its dates, budget and rule set, and store the
    differences. A project without dates or a budget has no plan and is left alone, as
    save_project leaves it. `progress` is told (done, total) every few thousand projects;
    `cancelled` is asked as often, and when it answers True nothing is written.

    From replan_helper.PARALLEL_FROM projects, on a machine with two cores or more, a helper process reads and
    plans the upper part of the projects (by id) while this one does the lower part; this one
    writes all the differences, in one transaction. `processes` (1 or 2) overrides that choice
    (a database in memory, or a caller's open transaction, keeps it to one)."""
    who = who or current_user()
    database = m.Project._meta.database
    day = _Days()
    now = m.utc_now().isoformat(" ")  # as peewee stores a DateTimeField

    gc_was_enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of objects that all stay alive: see docs/performance.md
    helper = None
    try:
        total = database.execute_sql("SELECT COUNT(*) FROM project").fetchone()[0]
        split_id, below_split = None, total
        address = database_address(getattr(database, "obj", database))
        # Inside a caller's transaction the helper, on a connection of its own, would not see
        # what that transaction changed: then this process plans everything.
        if use_helper(total, address, processes) and not database.in_transaction():
            # The projects are split by id, so the differences are written in the same order as
            # by one process. The helper starts (a fresh interpreter, about 0.1 s) while this
            # process reads and plans its share.
            below_split = min(total - 1, max(1, round(total * OWN_SHARE)))
            split_id = database.execute_sql(f"SELECT id FROM project ORDER BY id LIMIT 1 OFFSET {database.param}",
                                            (below_split,)).fetchone()[0]
            try:
                helper = Helper(address, split_id, who, now)  # type: ignore[arg-type]
            except OSError:  # no interpreter to start (an unusual installation): plan everything here
                split_id, below_split = None, total
        rows = _read_projects(database, below_id=split_id)
        share = total / below_split if below_split else 1.0  # progress: the helper's part goes about as fast

        def tick(done: int) -> bool:
            if cancelled is not None and cancelled():
                return False
            if progress is not None:  # (total, total) is said once every plan is computed
                progress(min(total - 1, round(done * share)), total)
            return True

        by_project = _read_evaluations(database, below_id=split_id)
        writes = _replan_projects(rows, by_project, who, now, day, tick)
        del by_project, rows
        if writes is None:
            return ReplanSummary(total, 0, [], 0, 0, 0, 0, cancelled=True)
        try:
            with contextlib.ExitStack() as transaction:
                began = False
                if helper is not None:
                    if writes:
                        # This part is written while the helper finishes (when many plans change,
                        # the writing takes longer than the planning), in the transaction that
                        # the helper's part joins; a Cancel until then rolls it back.
                        transaction.enter_context(bulk_write_transaction())
                        began = True
                        _write_checked(database, writes, who, now)
                    writes.forget_rows()
                    pending = helper.result(cancelled)  # the helper's part, still to write
                    if pending is None:
                        raise _Cancelled
                else:
                    pending = writes  # everything, still to write
                # Every plan is computed: from here on the differences are written.
                if progress is not None:
                    progress(total, total)
                if cancelled is not None and cancelled():
                    raise _Cancelled
                if pending:
                    if not began:
                        transaction.enter_context(bulk_write_transaction())
                    _write_checked(database, pending, who, now)
                pending.forget_rows()
                if pending is not writes:
                    writes.add_counts(pending)
        except _Cancelled:  # the transaction, if one was begun, is rolled back
            return ReplanSummary(total, 0, [], 0, 0, 0, 0, cancelled=True)
        ids = tuple(sorted(set(writes.written_ids)))
        return ReplanSummary(total, writes.planned, writes.skipped, writes.changed_projects, writes.added,
                             writes.updated, writes.changes, changed_project_ids=ids if len(ids) <= _LISTED_CHANGES else None)
    finally:
        if helper is not None:
            helper.stop()
        if gc_was_enabled:
            gc.enable()
