"""Re-plan the projects whose evaluation plan may have changed (after a rule-set change, or to
repair plans that went stale), in a handful of queries rather than a load and save per project.

The decisions are the domain's (tracker.domain.rules: plan_evaluations and replan, exactly as
save_project applies them); this module reads the planning fields and the evaluations with one
statement per table, and writes back only what changed, in one transaction, with executemany.
Each plan change is recorded in the audit trail as save_project records it, and the version of
every changed project is bumped, so an editor open on one of them is told its copy is stale
instead of overwriting the new plan.

Only stale plans are computed: each project row keeps the fingerprint of the inputs and rule set
its plan was computed from (tracker.store.plan_fingerprints), and a project whose fingerprint is
the one its row gives now is skipped without reading its evaluations; a consistent portfolio
costs one statement. A new version of a rule set, a rule-set file edited in place or a new
ENGINE_VERSION changes every fingerprint of its projects; `force` recomputes every plan anyway.
The stale projects are planned and written a slice at a time, in one transaction, so the memory
stays flat; on request a helper process plans the projects from an id on. The figures behind
each choice are in docs/performance.md."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter

import peewee

from tracker.domain import project as d
from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    FundingModality,
    Independence,
    PartnerCategory,
)
from tracker.domain.i18n import translate
from tracker.domain.money import USD, Money, from_cents
from tracker.domain.numbers import format_number, number_style, stored_texts
from tracker.domain.progress import Cancelled, Progress
from tracker.domain.rules.engine import plan_evaluations, plan_texts
from tracker.domain.rules.planning import FOLLOWS_POLICY_IN_FORCE
from tracker.domain.rules.replan import replan, replan_words
from tracker.domain.rules.ruleset import FundingFacts, RuleSet, RuleSetError, load_rule_set, policies_by_date, rule_set_in_force
from tracker.store import list_totals, plan_fingerprints
from tracker.store import models as m
from tracker.store.audit import AuditLog
from tracker.store.database import current_user
from tracker.store.plan_fingerprints import stale_plans
from tracker.store.replan_helper import Helper, database_address, use_helper
from tracker.store.sql import execute
from tracker.store.writes import bulk_write_transaction, write_transaction

PROGRESS_EVERY = 2_000
SLICE = 5_000  # projects planned, then written, at a time: the rows to write never pile up
# This process's share of the projects when a helper plans the rest: a little over half, as the
# helper starts about 0.15 s later (a fresh interpreter) and then hands its result over.
OWN_SHARE = 0.52
# When at least this share of the projects is stale, their evaluations are read by ranges of
# project ids; below it, by lists of project ids (both through the index on project_id).
SCAN_SHARE = 0.25

__all__ = ["ReplanSummary", "replan_all", "stale_plans", "stored_budget_usd"]


@dataclass(frozen=True)
class ReplanSummary:
    projects: int  # projects checked (every project)
    planned: int  # stale projects with dates and a budget, so with a plan: re-planned
    skipped: list[str]  # codes of projects whose rule set cannot be loaded
    changed_projects: int  # projects with at least one evaluation added or changed
    added: int  # evaluations added
    updated: int  # evaluations changed (due date, status, reason, flags, rule set)
    changes: int  # plan changes recorded in the audit trail (as sentences)
    cancelled: bool = False  # True: nothing was written
    # The projects whose plans were written, so a screen reads only those again; None when there
    # are so many that reading the whole list costs less.
    changed_project_ids: tuple[int, ...] | None = ()
    unchanged: int = 0  # projects whose plan fingerprint held: skipped, nothing of them read

    def __str__(self) -> str:
        if self.cancelled:
            return translate("StoreReplan", "re-planning cancelled; nothing was changed")
        style = number_style()
        projects = self.projects  # a plain name: pyside6-lupdate misses a count that is an attribute

        def n(value: int) -> str:
            return format_number(Decimal(value), style, 0)

        text = translate("StoreReplan", "{projects} project(s) checked: {unchanged} skipped as unchanged, {planned} re-planned, "
                                        "{changed} changed ({added} evaluations added, {updated} updated)", "", projects).format(
            projects=n(self.projects), unchanged=n(self.unchanged), planned=n(self.planned), changed=n(self.changed_projects),
            added=n(self.added), updated=n(self.updated))
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
# The planning fields, then the fingerprint the row gives now (written back with the plan).
_PROJECT_COLUMNS = ("id, uuid, code, planned_start, planned_end, budget, currency, usd_rate, midterm_review_agreed, "
                    "rule_set, version, funding_summary")


class _Days(dict):  # type: ignore[type-arg]
    """Stored date -> date, each distinct value parsed once: ISO text (SQLite; PostgreSQL's dates
    come as text too, tracker.store.postgres) or a date. A dict, so that a date seen before costs
    one lookup, not a call."""

    def __missing__(self, value: object) -> dt.date | None:
        parsed = None if value is None else value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
        self[value] = parsed
        return parsed


class _Iso(dict):  # type: ignore[type-arg]
    """Date -> its ISO text, each distinct date written once (a portfolio's plans hold a few
    thousand distinct dates and a million writings of them)."""

    def __missing__(self, day: dt.date) -> str:
        text = self[day] = day.isoformat()
        return text


@dataclass
class _Writes:
    """What a re-plan of some projects found to write, as rows for executemany, and how many."""

    planned: int = 0
    changed_projects: int = 0
    skipped: list[str] = field(default_factory=list)
    inserts: list[tuple[object, ...]] = field(default_factory=list)
    updates: list[tuple[object, ...]] = field(default_factory=list)
    audit: list[tuple[object, ...]] = field(default_factory=list)
    # Per changed project: (id, the version it was planned at, its uuid (the audit rows name it
    # so), its fingerprint, its open evaluations as tracker.store.list_totals keeps them).
    bumps: list[tuple[int, int, str, str | None, str]] = field(default_factory=list)
    # Per project planned without a change, or without a plan: (fingerprint, id, version).
    fingerprints: list[tuple[str | None, int, int]] = field(default_factory=list)
    written_ids: list[int] = field(default_factory=list)  # the projects written so far (kept by forget_rows)
    added: int = 0  # rows written and dropped (forget_rows)
    updated: int = 0
    changes: int = 0

    @property
    def bumped(self) -> list[int]:
        return [bump[0] for bump in self.bumps]

    def __bool__(self) -> bool:  # rows to write
        return bool(self.inserts or self.updates or self.fingerprints or self.bumps)

    def forget_rows(self) -> None:
        """Count the rows and let them go, once written."""
        self.added += len(self.inserts)
        self.updated += len(self.updates)
        self.changes += len(self.audit)
        self.inserts, self.updates, self.audit, self.bumps, self.fingerprints = [], [], [], [], []

    def drop_projects(self, pids: set[int]) -> None:
        """Forget what was planned for these projects (they changed since they were read)."""
        uuids = {bump[2] for bump in self.bumps if bump[0] in pids}
        self.inserts = [row for row in self.inserts if row[1] not in pids]
        self.updates = [row for row in self.updates if row[-1] not in pids]
        self.audit = [row for row in self.audit if row[3] not in uuids]
        self.bumps = [bump for bump in self.bumps if bump[0] not in pids]
        self.changed_projects -= len(pids)

    def add_counts(self, other: _Writes) -> None:
        self.written_ids += other.written_ids
        self.planned += other.planned
        self.changed_projects += other.changed_projects
        self.skipped += other.skipped
        self.added += other.added
        self.updated += other.updated
        self.changes += other.changes


_Row = tuple[object, ...]  # a row of _EVALUATION_SQL, or of _read_projects
_DUE, _STATUS, _INDEPENDENCE_REQUIRED, _MANDATORY, _REASON, _RULE_SET = 4, 5, 7, 8, 9, 10
_LOAD_ORDER = itemgetter(_DUE, 0)  # load_project's order (due, id), which replan() sees on a save; ISO dates sort as text


def _read_projects(database: object, keys: dict[str, str], *, force: bool = False, from_id: int | None = None,
                   ids: tuple[int, ...] | None = None) -> list[_Row]:
    """The planning fields and current fingerprint of the projects whose plan is stale (`force`:
    of every project), by id; only those from `from_id` on, or in `ids`, when given."""
    current, params = plan_fingerprints.current_sql(keys, database)  # type: ignore[arg-type]
    conditions = [] if force else [plan_fingerprints.stale_sql(keys, database)[0]]  # type: ignore[arg-type]
    if from_id is not None:
        conditions.append("id >= :from_id")
        params["from_id"] = from_id  # type: ignore[assignment]
    if ids is not None:
        marks = {f"id_{n}": pid for n, pid in enumerate(ids)}
        conditions.append(f"id IN ({', '.join(':' + k for k in marks)})")
        params.update(marks)  # type: ignore[arg-type]
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    sql = f"SELECT {_PROJECT_COLUMNS}, {current} FROM project{where} ORDER BY id"
    return execute(sql, params, database).fetchall()  # type: ignore[arg-type, no-any-return]


def _group(rows: list[_Row], by_project: dict[int, list[_Row]] | None = None) -> dict[int, list[_Row]]:
    """Evaluation rows by project, each project's in load_project's order."""
    by_project = {} if by_project is None else by_project
    for row in rows:
        group = by_project.get(row[1])  # type: ignore[call-overload]
        if group is None:
            by_project[row[1]] = [row]  # type: ignore[index]
        else:
            group.append(row)
    for group in by_project.values():
        if len(group) > 1:
            group.sort(key=_LOAD_ORDER)
    return by_project


def evaluations_between(database: object, part: list[_Row]) -> dict[int, list[_Row]]:
    """The evaluation rows of the projects of `part` (rows of _read_projects, by id), read by the
    range of their ids through the index on project_id, those of projects in the range but not in
    `part` left out. Read a slice at a time, the rows never pile up (a portfolio re-planned once
    holds 430,000 evaluations: 480 MiB when they were read at once), and a slice of ranges costs
    what one scan of the table costs (2.1-2.8 s against 2.6-2.7 s for 427,000 rows here)."""
    wanted = {row[0] for row in part}
    p = database.param  # type: ignore[attr-defined]
    sql = f"{_EVALUATION_SQL} WHERE project_id >= {p} AND project_id <= {p}"
    rows = database.execute_sql(sql, (part[0][0], part[-1][0])).fetchall()  # type: ignore[attr-defined]
    return _group([row for row in rows if row[1] in wanted] if len(wanted) <= part[-1][0] - part[0][0] else rows)  # type: ignore[operator]


def evaluations_of(database: object, pids: list[int]) -> dict[int, list[_Row]]:
    """The evaluation rows of these projects, through the index on project_id."""
    p = database.param  # type: ignore[attr-defined]
    by_project: dict[int, list[_Row]] = {}
    for start in range(0, len(pids), 500):
        part = tuple(pids[start : start + 500])
        sql = f"{_EVALUATION_SQL} WHERE project_id IN ({', '.join([p] * len(part))})"
        _group(database.execute_sql(sql, part).fetchall(), by_project)  # type: ignore[attr-defined]
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


class Planner:
    """Plans projects (rows of _read_projects) with the domain's own plan_evaluations and replan,
    in the language the database stores reasons in (whoever re-plans: a re-plan in French must
    not rewrite every reason), and collects what differs from what is stored. The impact of a
    rule set (tracker.store.impact) reads the stored inputs through it too, and writes nothing."""

    def __init__(self, who: str, now: str) -> None:
        self.who, self.now = who, now
        self.day = _Days()
        self.rule_sets: dict[str, RuleSet | None] = {}
        self.rates: dict[object, Decimal] = {}
        self.fundings: dict[str, FundingFacts] = {}
        self.categories: dict[str, PartnerCategory] | None = None
        with stored_texts():
            self.texts = plan_texts()  # worked out once for the whole portfolio
            self.words = replan_words()
        self.iso = _Iso()
        self.kinds = {k.value: k for k in EvaluationKind}
        self.statuses = {s.value: s for s in EvaluationStatus}
        self.independences = {i.value: i for i in Independence}

    def rules(self, name: str) -> RuleSet | None:
        """The rule set called `name`, loaded once; None when it cannot be loaded."""
        if name in self.rule_sets:
            return self.rule_sets[name]
        try:
            rules: RuleSet | None = load_rule_set(name)
        except RuleSetError:
            rules = None
        self.rule_sets[name] = rules
        return rules

    def funding(self, summary: str | None) -> FundingFacts:
        """A project's funding (project.funding_summary, "modality:partner id,...") as the budget
        tiers' conditions read it; the partners' categories are read once."""
        found = self.fundings.get(summary or "")
        if found is None:
            if self.categories is None:
                self.categories = {str(pid): PartnerCategory(category) for pid, category in
                                   m.Partner.select(m.Partner.id, m.Partner.category).tuples()}
            modalities, categories = [], []
            for part in (summary or "").split(","):
                if not part:
                    continue
                modality, _, partner = part.partition(":")
                modalities.append(FundingModality(modality))
                if partner in self.categories:
                    categories.append(self.categories[partner])
            found = self.fundings[summary or ""] = FundingFacts(tuple(modalities), tuple(categories))
        return found

    def plan(self, rows: list[_Row], by_project: dict[int, list[_Row]], tick: Callable[[int], bool] | None = None,
             done: int = 0) -> _Writes | None:
        """Plan each project of `rows`; `tick(done)` is called every PROGRESS_EVERY projects
        (counted from `done`); when it answers False, this stops and returns None. The
        evaluation rows of each project planned are taken out of `by_project`."""
        with stored_texts():
            return self._plan(rows, by_project, tick, done)

    def _plan(self, rows: list[_Row], by_project: dict[int, list[_Row]], tick: Callable[[int], bool] | None,
              done: int) -> _Writes | None:
        writes = _Writes()
        inserts, updates, audit, bumps, fingerprints = writes.inserts, writes.updates, writes.audit, writes.bumps, writes.fingerprints
        kinds, statuses, independences, day, texts = self.kinds, self.statuses, self.independences, self.day, self.texts
        who, now, words, iso = self.who, self.now, self.words, self.iso
        evaluation = d.Evaluation
        no_rows: list[_Row] = []
        planned_status, in_progress = EvaluationStatus.PLANNED, EvaluationStatus.IN_PROGRESS
        for (pid, project_uuid, code, start, end, budget_cents, currency, usd_rate, midterm, rule_set_name, version,
             funding_summary, fingerprint) in rows:
            done += 1
            if tick is not None and done % PROGRESS_EVERY == 0 and not tick(done):
                return None
            stored = by_project.pop(pid, no_rows)  # type: ignore[call-overload]
            start, end = day[start], day[end]
            if start is None or end is None or budget_cents is None or end < start:  # type: ignore[operator]
                fingerprints.append((fingerprint, pid, version))  # type: ignore[arg-type]
                continue  # plan_for gives no plan: nothing to plan, the plan (none) holds
            rules = self.rules(rule_set_name)  # type: ignore[arg-type]
            if rules is None:
                writes.skipped.append(code)  # type: ignore[arg-type]
                continue
            budget_usd = stored_budget_usd(budget_cents, currency, usd_rate, self.rates)  # type: ignore[arg-type]
            if budget_usd <= 0:  # refused on saving; plan_for gives no plan
                fingerprints.append((fingerprint, pid, version))  # type: ignore[arg-type]
                continue
            funding = self.funding(funding_summary) if rules.tiers else None  # type: ignore[arg-type]
            plan = plan_evaluations(start, end, budget_usd, midterm_review_agreed=bool(midterm), rule_set=rules,  # type: ignore[arg-type]
                                    texts=texts, funding=funding)
            writes.planned += 1

            # The fields replan() reads; booleans are converted in Python (SQLite stores 0/1,
            # PostgreSQL true/false). The uuid is not needed: an existing evaluation keeps its own.
            before = [
                evaluation(kinds[kind], day[due], statuses[status], sequence, independences[independence],  # type: ignore[index]
                           bool(independence_required), bool(mandatory), reason, rule_set, uuid="", id=eid)  # type: ignore[arg-type]
                for (eid, _, kind, sequence, due, status, independence, independence_required, mandatory, reason, rule_set)
                in stored
            ]
            # Built for this call only, so replan() may change them in place; `stored` keeps the rows.
            after, changes = replan(before, plan, in_place=True, words=words)
            touched = False
            # Codes are written as `_value_`, the member's own attribute: `.value` goes through an
            # Enum descriptor, a measurable cost at a million calls when most plans change.
            for e, row in zip(before, stored):
                if (e.due != day[row[_DUE]] or e.status is not statuses[row[_STATUS]]  # type: ignore[index]
                        or e.mandatory != bool(row[_MANDATORY]) or e.independence_required != bool(row[_INDEPENDENCE_REQUIRED])
                        or e.reason != row[_REASON] or e.rule_set != row[_RULE_SET]):
                    updates.append((iso[e.due], e.status._value_, e.mandatory, e.independence_required,
                                    e.reason, e.rule_set, e.id, pid))
                    touched = True
            if len(after) > len(before):
                for e in after:
                    if e.id is None:
                        inserts.append((e.uuid, pid, e.kind._value_, e.sequence, iso[e.due], e.status._value_,
                                        e.independence._value_, e.independence_required, e.mandatory, e.reason, e.rule_set))
                        touched = True
            if not touched:
                fingerprints.append((fingerprint, pid, version))  # type: ignore[arg-type]
                continue
            writes.changed_projects += 1
            # The portfolio list's open evaluations (tracker.store.list_totals), known here: the
            # mandatory ones planned or in progress, by due date, sequence and kind.
            open_ = list_totals.open_evaluations_text((iso[e.due], e.sequence, e.kind._value_) for e in after
                                                      if e.mandatory and (e.status is planned_status or e.status is in_progress))
            bumps.append((pid, version, project_uuid, fingerprint, open_))  # type: ignore[arg-type]
            for change in changes:
                audit.append((now, who, "evaluation", project_uuid, code, "replan", change.evaluation, None,
                              f"{change.action}: {change.detail}"))
        return writes


_LISTED_CHANGES = 1_000  # beyond this a screen reads the whole list again


class _Cancelled(Cancelled):
    """Raised inside the write transaction to roll it back."""


def _current_versions(database: object, pids: list[int]) -> dict[int, int]:
    """The stored version of each of these projects (those deleted since are missing)."""
    if len(pids) > 500:  # a slice of projects by id: one range costs less than many IN lists
        sql = f"SELECT id, version FROM project WHERE id >= {database.param} AND id <= {database.param}"  # type: ignore[attr-defined]
        wanted = set(pids)
        return {pid: v for pid, v in database.execute_sql(sql, (min(pids), max(pids))).fetchall() if pid in wanted}  # type: ignore[attr-defined]
    found: dict[int, int] = {}
    p = database.param  # type: ignore[attr-defined]
    for start in range(0, len(pids), 500):
        part = pids[start : start + 500]
        sql = f"SELECT id, version FROM project WHERE id IN ({', '.join([p] * len(part))})"
        found.update(database.execute_sql(sql, tuple(part)).fetchall())  # type: ignore[attr-defined]
    return found


def _replan_again(database: object, keys: dict[str, str], pids: set[int], planner: Planner) -> _Writes:
    """Plan these projects again from what is stored now (inside the write transaction, so it
    holds until the commit)."""
    writes = _Writes()
    ids = sorted(pids)
    for start in range(0, len(ids), 500):
        part = tuple(ids[start : start + 500])
        rows = _read_projects(database, keys, force=True, ids=part)
        part_writes = planner.plan(rows, evaluations_of(database, list(part)))
        assert part_writes is not None  # no tick: never stops
        for name in ("inserts", "updates", "audit", "bumps", "fingerprints", "skipped"):
            getattr(writes, name).extend(getattr(part_writes, name))
        writes.planned += part_writes.planned
        writes.changed_projects += part_writes.changed_projects
    return writes


def _write_checked(database: object, keys: dict[str, str], writes: _Writes, planner: Planner) -> None:
    """Store the differences, inside the caller's write transaction, never over a save made since
    the plans were read: a project whose version moved on (someone saved it, or deleted it) is
    planned again from its current data and only that is written. (A save re-plans the project
    itself, so usually nothing is left to do for it.)"""
    versions = {bump[0]: bump[1] for bump in writes.bumps}
    stored = _current_versions(database, list(versions))
    stale = {pid for pid, version in versions.items() if stored.get(pid) != version}
    if stale:
        writes.drop_projects(stale)
    _write(database, writes, planner.now)
    writes.written_ids += writes.bumped
    if stale:
        again = _replan_again(database, keys, stale, planner)
        _write(database, again, planner.now)
        writes.written_ids += again.bumped
        writes.changed_projects += again.changed_projects
        writes.added += len(again.inserts)
        writes.updated += len(again.updates)
        writes.changes += len(again.audit)


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
    if writes.bumps:
        # The version read with the plan is checked again here (_write_checked made sure it
        # holds); the stored open evaluations (tracker.store.list_totals) and the fingerprint go
        # with it, in the same statement.
        cursor.executemany(
            f"UPDATE project SET version = version + 1, updated_at = {p}, plan_fingerprint = {p}, open_evaluations = {p} "
            f"WHERE id = {p} AND version = {p}",
            [(now, fingerprint, open_, pid, version) for pid, version, _, fingerprint, open_ in writes.bumps])
    if writes.fingerprints:
        # A project saved since it was read has the fingerprint its save wrote: left as it is.
        cursor.executemany(f"UPDATE project SET plan_fingerprint = {p} WHERE id = {p} AND version = {p}", writes.fingerprints)
    if writes.audit:
        cursor.executemany(
            'INSERT INTO audit_entry ("at", who, "table", record_uuid, project_code, action, field, old, new) '
            f"VALUES ({', '.join([p] * 9)})",
            writes.audit,
        )


def policy_to_follow(today: dt.date | None = None) -> str | None:
    """The policy in force today, which projects not yet approved whose rule set nobody assigned
    follow; None when there is only one policy (ilo-2002 alone: every such project follows it)."""
    policies = policies_by_date()
    return rule_set_in_force(today or dt.date.today(), policies) if len(policies) > 1 else None


def _leaving_query(in_force: str) -> peewee.ModelSelect:
    return m.Project.select(m.Project.id, m.Project.uuid, m.Project.code, m.Project.rule_set).where(
        (m.Project.rule_set_assigned == False)  # noqa: E712 (peewee builds SQL from ==)
        & m.Project.stage.in_(list(FOLLOWS_POLICY_IN_FORCE)) & (m.Project.rule_set != in_force)).order_by(m.Project.code)


def projects_behind_policy(today: dt.date | None = None) -> list[tuple[str, str, str]]:
    """(code, the rule set it follows, the policy in force) of each project follow_policy_in_force
    would move; nothing is written (`tracker check` names them)."""
    in_force = policy_to_follow(today)
    if in_force is None:
        return []
    return [(code, before, in_force) for _, _, code, before in _leaving_query(in_force).tuples()]


def follow_policy_in_force(who: str | None = None, today: dt.date | None = None) -> list[str]:
    """Give every project not yet approved whose rule set nobody assigned the policy in force today
    (a new policy takes effect on its date: tracker.domain.rules.ruleset.rule_set_in_force), each
    change audited, in one transaction; the codes of the projects changed, whose plans are then
    stale. Approved projects keep the rule set they were approved under."""
    who = who or current_user()
    in_force = policy_to_follow(today)
    if in_force is None:
        return []
    query = _leaving_query(in_force)
    if not query.exists():  # the usual case: no write lock taken
        return []
    with write_transaction():
        rows = list(query.tuples())
        for pid, uuid, code, before in rows:
            m.Project.update(rule_set=in_force, version=m.Project.version + 1, updated_at=m.utc_now()).where(
                m.Project.id == pid).execute()
            log = AuditLog(who, code)
            log.add("project", uuid, "update", "rule_set", before, in_force)
            log.write()
    return [code for _, _, code, _ in rows]


def replan_all(progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
               who: str | None = None, *, processes: int | None = None, force: bool = False) -> ReplanSummary:
    """Recompute the evaluation plan of every project whose plan is stale (its dates, budget or
    rule set changed since it was planned: tracker.store.plan_fingerprints), or of every project
    with `force`, and store the differences. A project without dates or a budget has no plan and
    is left alone, as save_project leaves it. `progress` is told (done, total) every few
    thousand projects re-planned; `cancelled` is asked as often, and when it answers True
    nothing is written.

    With `processes=2` (or replan_helper.HELPER_BY_DEFAULT, from PARALLEL_FROM stale projects on
    two cores or more) a helper process reads and plans the upper part of them (by id) while this
    one does the lower part; this one writes all the differences, in one transaction (a database
    in memory, or a caller's open transaction, keeps it to one process)."""
    who = who or current_user()
    follow_policy_in_force(who)  # a policy that took effect since: its projects not yet approved are then stale
    database = m.Project._meta.database
    database = getattr(database, "obj", database)  # the engine itself: execute() spells its parameters by its type
    now = m.utc_now().isoformat(" ")  # as peewee stores a DateTimeField
    keys = plan_fingerprints.rule_set_keys()
    projects, stale = plan_fingerprints.counts(keys, database)  # one statement: a consistent portfolio stops here
    if force:
        stale = projects
    if stale == 0:
        return ReplanSummary(projects, 0, [], 0, 0, 0, 0, unchanged=projects)

    gc_was_enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of objects that all stay alive: see docs/performance.md
    helper = None
    planner = Planner(who, now)
    try:
        rows = _read_projects(database, keys, force=force)
        total = len(rows)  # the projects to re-plan
        scan = total >= SCAN_SHARE * projects  # most projects: their evaluations are read by ranges of ids
        address = database_address(database)
        # Inside a caller's transaction the helper, on a connection of its own, would not see
        # what that transaction changed: then this process plans everything.
        if use_helper(total, address, processes) and not database.in_transaction():
            # The projects are split by id, so the differences are written in the same order as
            # by one process. The helper starts (a fresh interpreter, about 0.1 s) while this
            # process plans its share.
            own = min(total - 1, max(1, round(total * OWN_SHARE)))
            try:
                helper = Helper(address, rows[own][0], who, now, force=force, scan=scan)  # type: ignore[arg-type]
                rows = rows[:own]
            except OSError:  # no interpreter to start (an unusual installation): plan everything here
                pass
        if total == 0:  # made current by someone else since the count
            return ReplanSummary(projects, 0, [], 0, 0, 0, 0, unchanged=projects)
        share = total / len(rows) if helper is not None else 1.0  # the helper's part goes about as fast

        def tick(done: int) -> bool:
            if cancelled is not None and cancelled():
                return False
            if progress is not None:  # (total, total) is said once every plan is computed
                progress(min(total - 1, round(done * share)), total)
            return True

        writes = _Writes()
        try:
            with contextlib.ExitStack() as transaction:
                began = False
                for start in range(0, len(rows), SLICE):
                    part = rows[start : start + SLICE]
                    evaluations = evaluations_between(database, part) if scan else evaluations_of(database, [r[0] for r in part])  # type: ignore[misc]
                    part_writes = planner.plan(part, evaluations, tick, start)
                    if part_writes is None:
                        raise _Cancelled
                    if part_writes:
                        if not began:  # the plans are written as they come, in one transaction
                            transaction.enter_context(bulk_write_transaction())
                            began = True
                        _write_checked(database, keys, part_writes, planner)
                    part_writes.forget_rows()
                    writes.add_counts(part_writes)
                del rows
                if helper is not None:
                    for pending in helper.results(cancelled):  # the helper's part, a slice at a time
                        if pending is None:
                            raise _Cancelled
                        if pending:
                            if not began:
                                transaction.enter_context(bulk_write_transaction())
                                began = True
                            _write_checked(database, keys, pending, planner)
                        pending.forget_rows()
                        writes.add_counts(pending)
                # Every plan is computed and written: the commit is all that is left.
                if progress is not None:
                    progress(total, total)
                if cancelled is not None and cancelled():
                    raise _Cancelled
        except _Cancelled:  # the transaction, if one was begun, is rolled back
            return ReplanSummary(projects, 0, [], 0, 0, 0, 0, cancelled=True)
        ids = tuple(sorted(set(writes.written_ids)))
        return ReplanSummary(projects, writes.planned, writes.skipped, writes.changed_projects, writes.added,
                             writes.updated, writes.changes, changed_project_ids=ids if len(ids) <= _LISTED_CHANGES else None,
                             unchanged=projects - total)
    finally:
        if helper is not None:
            helper.stop()
        if gc_was_enabled:
            gc.enable()
