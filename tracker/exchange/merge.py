"""Merging a field package, and resolving the conflicts a merge finds.

A merge reads the package whole first (tracker.exchange.package_format: checksums, limits, every
record checked by tracker.exchange.package_records), then, in ONE bulk write transaction
(tracker.store.writes: on a server nothing else writes between the merge's reading and its
commit), reads this database's records, decides what to do with each incoming one (`classify`,
pure: no database) and applies the decisions through the store's operations only.

The conflict rule, per record (matched by UUID, or by its natural key when the two databases
created it separately: package_records.natural_key), comparing content hashes:
- the local version equals the incoming one: nothing to do;
- the local version is one of the incoming record's ancestors (its versions at the sender's
  exchanges: the one it started from), or the record is new here: the sender changed it and we
  did not, so it is applied;
- otherwise both sides changed it since they last agreed: a CONFLICT. The local version stays in
  place, the incoming one is kept in the conflicts table, and a person chooses.
A deletion is applied the same way, and only to a record of the same kind and the same owner:
a funding line's deletion naming no project never deletes a project's funding line.

What a package cannot do, whatever its checksums (they catch damage, not forgery):
- change a record's kind, or move a record to another project (refused, listed and audited);
- change or delete an entry of the stage history (refused, listed and audited: history is
  append-only);
- move a project through the cycle other than by its actions: a new stage-history entry is
  replayed as the action it stands for (tracker.store.projects.change_stage, with the cycle's
  guards); a project arriving in another stage without the entries that lead there is moved by
  the actions that do, guards included. A refused action leaves the project where it was, and the
  incoming version waits as a conflict naming the guard that refused. A new project starts in
  Design and is moved the same way;
- change earmarked funding other than through its project's save (audited, re-planned);
- delete a cluster evaluation, or bring one whose code another cluster here has (the whole
  package is refused, nothing written: tracker.exchange.package_clusters).

Changes are applied through the store (save_project, save_partner, change_stage, the unearmarked
funding operations, delete_project, receive_cluster), so domain validation, evaluation re-planning and the audit
trail work as for an edit; who = "package <source name>". Everything is one transaction: a package
that fails validation writes nothing."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.domain import cycle
from tracker.domain.classifications import Classification, Stage
from tracker.domain.errors import TransitionRefused, ValidationError
from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate, using_language
from tracker.domain.progress import CancelCheck, PointOfNoReturn, Progress, no_progress
from tracker.exchange import package_records as pr
from tracker.exchange.demo_marks import shown_codes
from tracker.exchange.package_clusters import code_clash, receive
from tracker.exchange.package_files import PackageFiles, check_files
from tracker.exchange.package_format import PackageCancelled, read_package
from tracker.exchange.package_records import Incoming, Record
from tracker.exchange.reference_base import with_reference_base
from tracker.exchange.results import ImportRefused, Problem, UnreadableFile
from tracker.store import sync
from tracker.store.clusters import ClusterRefused
from tracker.store.database import current_user
from tracker.store.demo import holds_real_projects
from tracker.store.documents import forget_files, hold_file
from tracker.store.errors import StaleEdit, StoreError
from tracker.store.partners import delete_partner, delete_unearmarked_funding, save_partner, save_unearmarked_funding
from tracker.store.projects import change_stage, delete_project, save_project
from tracker.store.rates import delete_rate, save_rates
from tracker.store.sync import BaseEntry, ConflictView, list_conflicts
from tracker.store.writes import bulk_write_transaction, write_transaction

__all__ = ["ConflictView", "MergePlan", "MergeReport", "already_taken", "classify", "duplicates", "list_conflicts", "merge_package",
           "resolve_conflict", "stage_path"]

stage_path = cycle.path_between  # the name the package tests know

# The project cycle's main road, for telling whether a stage-history entry from elsewhere
# describes a step this database's project has already taken.
_ROAD = (Stage.DESIGN, Stage.APPRAISAL, Stage.APPROVED, Stage.IMPLEMENTATION, Stage.EVALUATION_AND_CLOSING, Stage.CLOSED)
_LOCAL_FIELDS = {"id", "uuid", "version", "stage", "suspended_from", *pr.LIST_OF_KIND.values()}


class Reason(str):
    """Why a record was refused or waits as a conflict: a text in the user's language (the
    merge's report), which can be said again in another (`said()` under using_language("en")
    where the database keeps it: the audit trail, the conflict)."""

    source: str  # marked with QT_TRANSLATE_NOOP("PackageMerge", ...)
    fields: dict[str, Any]

    def __new__(cls, source: str, **fields: Any) -> Reason:
        made = super().__new__(cls, _render(source, fields))
        made.source, made.fields = source, fields
        return made

    def said(self) -> str:
        """The reason in the current language."""
        return _render(self.source, self.fields)


def _render(source: str, fields: dict[str, Any]) -> str:
    return translate("PackageMerge", source).format(**{name: _said(value) for name, value in fields.items()})


def _reason(source: str, **fields: Any) -> Reason:
    return Reason(source, **fields)


def _said(value: Any) -> str:
    """A value in a sentence, in the language the sentence is said in (a stage by its label)."""
    if isinstance(value, Reason):
        return value.said()
    return value.label if isinstance(value, Classification) else str(value)


@dataclass(frozen=True)
class _AKind:
    """A kind of record with its article ("an evaluation"), said when the sentence is."""

    kind: str

    def __str__(self) -> str:
        return translate("PackageRecord", _A_KIND[self.kind]) if self.kind in _A_KIND else self.kind.replace("_", " ")


_A_KIND = {
    "partner": QT_TRANSLATE_NOOP("PackageRecord", "a partner"),
    "project": QT_TRANSLATE_NOOP("PackageRecord", "a project"),
    "funding": QT_TRANSLATE_NOOP("PackageRecord", "a funding"),
    "budget_revision": QT_TRANSLATE_NOOP("PackageRecord", "a budget revision"),
    "expenditure": QT_TRANSLATE_NOOP("PackageRecord", "an expenditure"),
    "evaluation": QT_TRANSLATE_NOOP("PackageRecord", "an evaluation"),
    "result_indicator": QT_TRANSLATE_NOOP("PackageRecord", "a result indicator"),
    "budget_line": QT_TRANSLATE_NOOP("PackageRecord", "a budget line"),
    "progress_report": QT_TRANSLATE_NOOP("PackageRecord", "a progress report"),
    "indicator_value": QT_TRANSLATE_NOOP("PackageRecord", "an indicator value"),
    "document": QT_TRANSLATE_NOOP("PackageRecord", "a document"),
    "appraisal": QT_TRANSLATE_NOOP("PackageRecord", "an appraisal record"),
    "stage_change": QT_TRANSLATE_NOOP("PackageRecord", "a stage change"),
    "exchange_rate": QT_TRANSLATE_NOOP("PackageRecord", "an exchange rate"),
    "cluster_evaluation": QT_TRANSLATE_NOOP("PackageRecord", "a cluster evaluation"),
}


@dataclass
class MergeReport:
    source: str
    source_name: str
    package_id: str
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    already_merged: bool = False
    # The codes of the projects the merge wrote (before and after a change of code), so a screen
    # reads only those again; None when a partner changed too (every list names partners).
    changed_project_codes: list[str] | None = None

    def summary(self) -> str:
        if self.already_merged:
            return translate("PackageMerge", "{file}: this package from {source} was already merged; nothing changed").format(
                file=self.source, source=self.source_name)
        text = translate("PackageMerge", "{file} from {source}: {created} created, {updated} updated, {deleted} deleted, "
                         "{unchanged} unchanged").format(file=self.source, source=self.source_name, created=self.created,
                                                         updated=self.updated, deleted=self.deleted, unchanged=self.unchanged)
        conflicts, skipped = len(self.conflicts), len(self.skipped)
        if conflicts:
            text += translate("PackageMerge", "; %n conflict(s) to resolve", "", conflicts)
        if skipped:
            text += translate("PackageMerge", "; %n skipped", "", skipped)
        return text


# ---------------------------------------------------------------- deciding (pure)


@dataclass
class Current:
    """What this database holds, as a merge compares it: every record, the sync base."""

    records: dict[str, Record]
    base: dict[str, BaseEntry] = field(default_factory=dict)


@dataclass
class Conflicting:
    local: Record | None
    incoming: Record
    why: str | Reason = ""  # empty: changed on both sides since the last exchange


@dataclass
class MergePlan:
    """What a merge will do with each incoming record (records already under their local
    identity when matched by natural key)."""

    apply: list[Incoming] = field(default_factory=list)  # new here, or changed there only
    agreed: list[Incoming] = field(default_factory=list)  # the same on both sides: the base advances
    stage_entries: list[Incoming] = field(default_factory=list)  # new history entries: replayed as actions
    conflicts: list[Conflicting] = field(default_factory=list)
    refused: list[tuple[Record, Reason]] = field(default_factory=list)  # never applied: why
    unchanged: int = 0
    matched: dict[str, str] = field(default_factory=dict)  # incoming UUID -> local UUID (natural keys)


def duplicates(incoming: list[Incoming]) -> str | None:
    """Why a package cannot be merged because it holds a record twice, or None."""
    lines: dict[Any, int] = {}
    for item in incoming:
        record = item.record
        keys: list[tuple[Any, str]] = [(("uuid", record.uuid), translate("PackageMerge", "record {uuid}").format(uuid=record.uuid))]
        if record.kind in ("project", "partner") and record.value is not None:
            keys.append(((record.kind, record.value.code.strip()), f"{pr.kind_name(record.kind)} {record.value.code.strip()}"))
        if record.kind == pr.CLUSTER and record.value is not None:  # a cluster's code is one whatever its case
            keys.append(((record.kind, record.value.code.strip().lower()), f"{pr.kind_name(record.kind)} {record.value.code.strip()}"))
        if record.kind == "exchange_rate" and record.value is not None:
            keys.append((pr.natural_key(record), record.label()))
        for key, what in keys:
            if key in lines:
                return translate("PackageMerge", "{what} appears twice (lines {first} and {second})").format(
                    what=what, first=lines[key], second=item.line)
            lines[key] = item.line
    return None


def classify(incoming: list[Incoming], current: Current) -> MergePlan:
    """Decide what to do with every incoming record, against this database's records and sync
    base (see the module docstring). Pure: reads and writes no database."""
    plan = MergePlan(matched=_match(incoming, current))
    incoming = [_translated(item, plan.matched) for item in incoming]
    records = current.records
    matched_locals = set(plan.matched.values())
    deleting = {item.record.uuid for item in incoming
                if item.record.kind == "project" and item.record.deleted and item.record.uuid in records
                and records[item.record.uuid].hash in item.ancestors}
    for item in incoming:
        record = item.record
        local = records.get(record.uuid)
        if local is not None and local.kind != record.kind:
            plan.refused.append((record, _reason(QT_TRANSLATE_NOOP("PackageMerge", "it is {kind} here; a package cannot turn one kind of "
                                                                   "record into another"), kind=_AKind(local.kind))))
        elif local is not None and local.project_uuid in deleting and record.kind != "project":
            plan.unchanged += 1  # its project's deletion, in the same package, takes it
        elif record.project_uuid in deleting and record.kind != "project":
            plan.unchanged += 1
        elif record.kind == "exchange_rate" and not record.deleted and record.value.problems():
            # A rate no tracker would have saved (crafted, or a currency this tracker does not know).
            plan.refused.append((record, _reason(QT_TRANSLATE_NOOP("PackageMerge", "not a rate tracker can record: {problems}"), problems=_RateProblems(record.value))))
        elif record.kind == pr.CLUSTER and record.deleted:
            if local is None:
                plan.unchanged += 1
            else:
                plan.refused.append((local, _reason(QT_TRANSLATE_NOOP("PackageMerge", "tracker keeps every cluster evaluation: a package "
                                                                      "cannot delete one"))))
        elif record.deleted:
            _classify_deletion(plan, item, local)
        elif record.kind == "stage_change":
            _classify_stage_entry(plan, item, local, matched_locals)
        elif local is not None and local.project_uuid != record.project_uuid:
            plan.refused.append((record, _move_refusal(local, record, records)))
        elif local is not None and local.hash == record.hash:
            plan.unchanged += 1
            plan.agreed.append(item)
        elif local is None:
            if record.uuid in current.base:  # we had it at the last exchange and deleted it since
                plan.conflicts.append(Conflicting(None, record))
            else:
                plan.apply.append(item)
        elif local.hash in item.ancestors:
            plan.apply.append(item)
        else:
            plan.conflicts.append(Conflicting(local, record))
    return plan


def _classify_deletion(plan: MergePlan, item: Incoming, local: Record | None) -> None:
    record = item.record
    if local is None:
        plan.unchanged += 1
    elif record.kind == "stage_change":
        plan.refused.append((local, _reason(QT_TRANSLATE_NOOP("PackageMerge", "the stage history is kept as it happened: a package cannot "
                                                              "delete an entry of it"))))
    elif record.project_uuid != local.project_uuid:
        if record.project_uuid is None:
            # An older tracker's deletion, or one whose project the sender could not tell: never
            # applied to a record of a project unless a person says so.
            plan.conflicts.append(Conflicting(local, dataclasses.replace(record, project_uuid=None),
                                              _reason(QT_TRANSLATE_NOOP("PackageMerge", "deleted there; the package does not say of which project"))))
        else:
            plan.refused.append((local, _reason(QT_TRANSLATE_NOOP("PackageMerge", "the package deletes it as a record of another project"))))
    elif local.hash in item.ancestors:
        plan.apply.append(item)
    else:
        plan.conflicts.append(Conflicting(local, record))


def _classify_stage_entry(plan: MergePlan, item: Incoming, local: Record | None, matched_locals: set[str]) -> None:
    record = item.record
    if local is None:
        plan.stage_entries.append(item)
    elif local.hash == record.hash:
        plan.unchanged += 1
        plan.agreed.append(item)
    elif record.uuid in matched_locals:
        plan.unchanged += 1  # the same step, recorded on both sides: ours stays as it is
    elif local.project_uuid != record.project_uuid:
        plan.refused.append((local, _reason(QT_TRANSLATE_NOOP("PackageMerge", "the package moves this stage-history entry to another project"))))
    else:
        changed = [name for name in pr.STAGE_CHANGE_FIELDS if (local.values or {}).get(name) != (record.values or {}).get(name)]
        if changed == ["at"]:
            # Only the moment it was recorded differs (two databases that loaded the same demo
            # entry): the same entry, ours stays as it is.
            plan.unchanged += 1
        else:
            what = ", ".join(name.replace("_", " ") for name in changed)
            plan.refused.append((local, _reason(QT_TRANSLATE_NOOP("PackageMerge", "the stage history is kept as it happened: a package cannot "
                                                                  "change an entry of it ({fields})"), fields=what)))


def _move_refusal(local: Record, record: Record, records: dict[str, Record]) -> Reason:
    def owner(uuid: str | None) -> Reason:
        if uuid is None:
            return _reason(QT_TRANSLATE_NOOP("PackageMerge", "no project (unearmarked)"))
        found = records.get(uuid)
        code = found.values.get("code") if found is not None and found.values else uuid
        return _reason(QT_TRANSLATE_NOOP("PackageMerge", "project {code}"), code=code)

    return _reason(QT_TRANSLATE_NOOP("PackageMerge", "it belongs to {owner} here; a package cannot move it to {other}"),
                   owner=owner(local.project_uuid), other=owner(record.project_uuid))


def _translated(item: Incoming, matched: dict[str, str]) -> Incoming:
    record = item.record
    uuid = matched.get(record.uuid, record.uuid)
    owner = matched.get(record.project_uuid, record.project_uuid) if record.project_uuid else None
    measures = _measured_indicator(record, matched)
    evaluation = _document_evaluation(record, matched)
    if uuid == record.uuid and owner == record.project_uuid and measures is None and evaluation is None:
        return item
    moved = record.moved(uuid, owner)
    if measures is not None:
        # An indicator value measures the indicator it was matched to here (by name).
        moved = Record(moved.kind, moved.uuid, moved.project_uuid, {**(moved.values or {}), "indicator_uuid": measures},
                       value=dataclasses.replace(moved.value, indicator_uuid=measures))
    if evaluation is not None:
        # A document belongs to the evaluation it was matched to here (by kind and number).
        moved = Record(moved.kind, moved.uuid, moved.project_uuid, {**(moved.values or {}), "evaluation_uuid": evaluation},
                       value=dataclasses.replace(moved.value, evaluation_uuid=evaluation))
    return Incoming(moved, item.ancestors, item.line)


def _document_evaluation(record: Record, matched: dict[str, str]) -> str | None:
    """The local UUID of the evaluation an incoming document belongs to, where the sender's
    evaluation was matched to a local one under another UUID; None otherwise."""
    if record.kind != "document" or record.value is None or not record.value.evaluation_uuid:
        return None
    local = matched.get(record.value.evaluation_uuid)
    return local if local is not None and local != record.value.evaluation_uuid else None


def _measured_indicator(record: Record, matched: dict[str, str]) -> str | None:
    """The local UUID of the indicator an incoming indicator value measures, where the sender's
    indicator was matched to a local one under another UUID; None otherwise."""
    if record.kind != "indicator_value" or record.value is None:
        return None
    local = matched.get(record.value.indicator_uuid)
    return local if local is not None and local != record.value.indicator_uuid else None


@dataclass(frozen=True)
class _RateProblems:
    """What is wrong with an incoming rate, said in the language of the sentence it is in."""

    rate: Any

    def __str__(self) -> str:
        from tracker.domain.records import EXCHANGE_RATE, problem_text

        return "; ".join(problem_text(problem, EXCHANGE_RATE) for problem in self.rate.problems())


class _Refused(Exception):
    """One incoming record the project cannot take, said in one sentence naming it."""


def _check_measured_indicators(project: Any, group: list[Record]) -> None:
    """Refuse an incoming indicator value whose indicator the project does not have (deleted here,
    or never sent): the value would measure nothing."""
    indicators = {indicator.uuid for indicator in project.indicators}
    for record in group:
        if record.kind == "indicator_value" and not record.deleted and record.value.indicator_uuid not in indicators:
            raise _Refused(translate("PackageMerge", "project {code}: the indicator value of {date} ({uuid}) measures an indicator "
                                     "the project does not have ({indicator})").format(
                code=project.code, date=record.value.measured_on.isoformat(), uuid=record.uuid, indicator=record.value.indicator_uuid))


def _match(incoming: list[Incoming], current: Current) -> dict[str, str]:
    """Incoming records new here (UUID unknown, never exchanged) matched to local records the
    other database does not know either, by natural key: partners and projects by code first,
    then each project's records, by exact content and then by a natural key that only one record
    on each side has. Never two incoming records to one local record."""
    records = current.records
    named = {item.record.uuid for item in incoming}
    fresh = [item.record for item in incoming
             if not item.record.deleted and item.record.uuid not in records and item.record.uuid not in current.base]
    matched: dict[str, str] = {}
    taken: set[str] = set()
    for kind in pr.MATCHED_BY_KEY:
        by_code: dict[Any, list[str]] = {}
        for local in records.values():
            if local.kind == kind and local.uuid not in named:
                by_code.setdefault(pr.natural_key(local), []).append(local.uuid)
        for record in fresh:
            if record.kind == kind:
                found = by_code.get(pr.natural_key(record), [])
                if len(found) == 1 and found[0] not in taken:
                    matched[record.uuid] = found[0]
                    taken.add(found[0])
    local_groups: dict[tuple[str, str | None], list[Record]] = {}
    for local in records.values():
        if local.kind in pr.OWNED_KINDS and local.uuid not in named:
            local_groups.setdefault((local.kind, local.project_uuid), []).append(local)
    incoming_groups: dict[tuple[str, str | None], list[Record]] = {}
    for record in fresh:
        if record.kind in pr.OWNED_KINDS:
            owner = matched.get(record.project_uuid, record.project_uuid) if record.project_uuid else None
            incoming_groups.setdefault((record.kind, owner), []).append(record.moved(project_uuid=owner) if owner else record)
    # Indicator values last: their natural key names their indicator as matched here.
    for key, candidates in sorted(incoming_groups.items(), key=lambda group: group[0][0] == "indicator_value"):
        locals_ = [r for r in local_groups.get(key, []) if r.uuid not in taken]
        if not locals_:
            continue
        left = []
        for record in candidates:  # the very same values first
            same = next((r for r in locals_ if r.hash == record.hash and r.uuid not in taken), None)
            if same is not None:
                matched[record.uuid] = same.uuid
                taken.add(same.uuid)
            else:
                left.append(record)
        local_keys: dict[Any, list[Record]] = {}
        for local in locals_:
            if local.uuid not in taken:
                local_keys.setdefault(pr.natural_key(local), []).append(local)
        incoming_keys: dict[Any, list[Record]] = {}
        for record in left:
            incoming_keys.setdefault(pr.natural_key(record, matched), []).append(record)
        for natural, ours in local_keys.items():
            theirs = incoming_keys.get(natural, [])
            if len(ours) == 1 and len(theirs) == 1:
                matched[theirs[0].uuid] = ours[0].uuid
                taken.add(ours[0].uuid)
    return matched


# ---------------------------------------------------------------- the project cycle (pure)


def already_taken(stage: Stage, entry: sync.StageEntry, visited: set[Stage] | frozenset[Stage] = frozenset()) -> bool:
    """Whether a stage-history entry from elsewhere describes a step a project now in `stage`
    (and once in the `visited` stages, by its history here) has already taken here, so that
    replaying it would make no sense: it ends where the project is, or it is a step forward on
    the cycle's main road to a stage the project has reached. An entry with no previous stage
    (where a project was created) is never an action to replay."""
    if entry.from_stage is None or stage is entry.to_stage:
        return True
    reached = [_ROAD.index(s) for s in {stage, *visited} if s in _ROAD]
    if reached and entry.to_stage in _ROAD and entry.from_stage in _ROAD:
        road = _ROAD.index
        return road(entry.from_stage) < road(entry.to_stage) <= max(reached)
    return False


def _replayed_action(entry: sync.StageEntry, suspended_from: Stage | None) -> cycle.Action | Reason:
    """The project-cycle action a history entry stands for, or why there is none."""
    assert entry.from_stage is not None
    try:
        action = cycle.action_for(entry.action, entry.from_stage)
    except ValueError:
        found = next((a for a in cycle.ACTIONS if entry.from_stage in a.sources and a.target is entry.to_stage), None)
        if found is None:
            return _reason(QT_TRANSLATE_NOOP("PackageMerge", "'{action}' is not a project-cycle action from {stage} to {target}"),
                           action=entry.action, stage=entry.from_stage, target=entry.to_stage)
        action = found
    target = action.target if action.target is not None else suspended_from
    if target is not entry.to_stage:
        if target is None:
            return _reason(QT_TRANSLATE_NOOP("PackageMerge", "'{action}' leads from {stage} nowhere, not to {target}"),
                           action=action.code, stage=entry.from_stage, target=entry.to_stage)
        return _reason(QT_TRANSLATE_NOOP("PackageMerge", "'{action}' leads from {stage} to {leads}, not to {target}"),
                       action=action.code, stage=entry.from_stage, leads=target, target=entry.to_stage)
    return action


# ---------------------------------------------------------------- applying


class _StepRefused(Exception):
    """A cycle action on the way to a project's incoming stage was refused: undo the steps taken."""


class _Applier:
    """Writes a plan through the store's operations, inside the caller's transaction.

    strict=False (a merge): a refused cycle action becomes a conflict, a refused record is
    listed; strict=True (a person taking the incoming version of a conflict): they are raised."""

    def __init__(self, who: str, source_name: str, current: dict[str, Record], report: MergeReport, *, strict: bool = False,
                 progress: Progress = no_progress, files: PackageFiles | None = None) -> None:
        self.who = who
        self.files = files  # the package's attached files, for its documents
        self.source_name = source_name
        self.current = current
        self.report = report
        self.strict = strict
        self.progress = progress
        self.applied: list[Record] = []  # written as they came: their hash becomes the base
        self.applied_uuids: set[str] = set()
        self.late: list[Conflicting] = []  # applied, but a cycle action they need was refused
        self._stages_visited: dict[str, set[Stage]] | None = None
        self.projects_touched: set[str] = set()  # codes of the projects written
        self.partners_touched = False

    def run(self, plan: MergePlan) -> None:
        problems: list[Problem] = []
        by_kind: dict[str, list[Record]] = {}
        for item in plan.apply:
            by_kind.setdefault(item.record.kind, []).append(item.record)
        for record in by_kind.get("partner", []):
            if not record.deleted:
                self._save_partner(record)
        self._rates(by_kind.get("exchange_rate", []))
        self._clusters(by_kind.get(pr.CLUSTER, []), problems)  # before their members' evaluations
        for record in by_kind.get("funding", []):
            if record.project_uuid is None:
                problem = self._unearmarked(record)
                if problem is not None:
                    problems.append(problem)
        groups: dict[str, list[Record]] = {}
        heads: dict[str, Record] = {}
        for item in plan.apply:
            record = item.record
            if record.kind == "project" and not record.deleted:
                groups.setdefault(record.uuid, [])
                heads[record.uuid] = record
            elif record.kind in pr.CHILD_KINDS and record.project_uuid:
                groups.setdefault(record.project_uuid, []).append(record)
        for done, (project_uuid, group) in enumerate(groups.items()):
            self.progress(done, len(groups), translate("PackageMerge", "Applying the changes…"))
            try:
                self._apply_project(project_uuid, heads.get(project_uuid), group)
            except _Refused as exc:
                problems.append(Problem(str(exc)))
            except ValidationError as exc:
                problems.append(Problem(translate("PackageMerge", "project {code}: {why}").format(
                    code=_code_of(heads.get(project_uuid), project_uuid, self.current), why=exc)))
        if problems:
            raise ImportRefused(self.report.source, problems)

        entries: dict[str, list[Incoming]] = {}
        for item in plan.stage_entries:
            entries.setdefault(item.record.project_uuid or "", []).append(item)
        for project_uuid in dict.fromkeys([*entries, *(u for u, head in heads.items() if self._may_move(head))]):
            self._move(project_uuid, entries.get(project_uuid, []), heads.get(project_uuid))

        for record in by_kind.get("project", []):
            if record.deleted:
                state = sync.project_state(record.uuid)
                if state is not None:
                    delete_project(state.code, self.who)
                    self.projects_touched.add(state.code)
                    self.report.deleted += 1
                    self._applied(record)
        for record in by_kind.get("partner", []):
            if record.deleted:
                try:
                    if delete_partner(record.uuid, self.who):
                        self.report.deleted += 1
                        self.partners_touched = True
                except ValidationError:
                    self._skip(translate("PackageMerge", "{record}: deleted there, but funding here still names it; kept").format(
                        record=self._label(record)))
                    continue
                self._applied(record)

    # -- exchange rates

    def _rates(self, records: list[Record]) -> None:
        """The table of rates: each through the store's rate operations (validated, audited)."""
        for record in records:
            if record.deleted:
                if delete_rate(record.uuid, self.who):
                    self.report.deleted += 1
                self._applied(record)
                continue
            try:
                save_rates([dataclasses.replace(record.value)], self.who)
            except ValidationError as exc:
                self._skip(translate("PackageMerge", "{record}: {why}; the local rates are kept").format(record=record.label(), why=exc))
                continue
            self._count(record)
            self._applied(record)

    # -- cluster evaluations

    def _clusters(self, records: list[Record], problems: list[Problem]) -> None:
        """Each cluster's incoming version through the store (validated, audited); one it cannot
        take refuses the whole merge, as a project's would: its members would name a cluster
        this database does not have."""
        for record in records:
            try:
                receive(record.value, self.who)
            except ClusterRefused as exc:
                problems.append(Problem(translate("PackageMerge", "{record}: {why}").format(record=record.label(), why=exc)))
                continue
            self._count(record)
            self._applied(record)

    # -- partners and unearmarked funding

    def _save_partner(self, record: Record) -> None:
        try:
            save_partner(dataclasses.replace(record.value), self.who)
        except ValidationError as exc:
            self._skip(translate("PackageMerge", "{record}: {why}; the local partner is kept").format(record=record.label(), why=exc))
            return
        self.partners_touched = True
        self._count(record)
        self._applied(record)

    def _unearmarked(self, record: Record) -> Problem | None:
        try:
            if record.deleted:
                if delete_unearmarked_funding(record.uuid, self.who):
                    self.report.deleted += 1
            else:
                save_unearmarked_funding(dataclasses.replace(record.value, project_code=None), self.who)
                self._count(record)
        except ValidationError as exc:
            return Problem(f"{self._label(record)}: {exc}")
        self._applied(record)
        return None

    # -- projects and their records

    def _apply_project(self, project_uuid: str, head: Record | None, group: list[Record]) -> None:
        project = sync.project_with_children(project_uuid)
        if project is not None:
            known = self.current.get(project_uuid)
            if known is not None and known.value is not None and known.value.version != project.version:
                # Cannot happen inside the merge's transaction; if it ever did, nothing is overwritten.
                raise StaleEdit(translate("PackageMerge", "project {code} was changed by someone else during the merge; merge the package "
                                          "again").format(code=project.code))
            if head is not None:
                for spec in dataclasses.fields(head.value):
                    if spec.name not in _LOCAL_FIELDS:
                        setattr(project, spec.name, _copied(getattr(head.value, spec.name)))
        elif head is not None:
            # A new project starts in Design; its stage is reached afterwards by its actions.
            project = dataclasses.replace(head.value, stage=Stage.DESIGN, suspended_from=None, version=0, countries=list(head.value.countries),
                                          country_shares=dict(head.value.country_shares), themes=list(head.value.themes),
                                          **{name: [] for name in pr.LIST_OF_KIND.values()})
        else:
            for record in group:
                self._skip(translate("PackageMerge", "{record}: its project is not in this database (deleted here?)").format(record=record.label()))
            return
        for record in group:
            records = getattr(project, pr.LIST_OF_KIND[record.kind])
            index = next((i for i, x in enumerate(records) if x.uuid == record.uuid), None)
            if record.deleted:
                if index is not None:
                    del records[index]
                continue
            obj = _copied_record(record.value)
            if record.kind == "funding":
                obj.project_code = project.code
            if index is None:
                records.append(obj)
            else:
                records[index] = obj
        _check_measured_indicators(project, group)
        known_code = self.current.get(project_uuid)
        if known_code is not None and known_code.value is not None:
            self.projects_touched.add(known_code.value.code)  # its code here, before a change of code
        self.projects_touched.add(project.code)
        save_project(project, self.who, attachments=self.files.for_documents(project.documents) if self.files is not None else None)
        for record in [*([head] if head is not None else []), *group]:
            self._count(record)
            self._applied(record)

    # -- the project cycle

    def _may_move(self, head: Record) -> bool:
        """Whether applying a project's incoming version may need cycle actions (its stage is not
        the one the project had here, or a new project's is not Design)."""
        local = self.current.get(head.uuid)
        stage_here = local.value.stage if local is not None and local.value is not None else Stage.DESIGN
        suspended_here = local.value.suspended_from if local is not None and local.value is not None else None
        return (head.value.stage, head.value.suspended_from) != (stage_here, suspended_here)

    def _move(self, project_uuid: str, entries: list[Incoming], head: Record | None) -> None:
        """Replay the new stage-history entries of a project as the actions they stand for (in
        the order they can be taken), then take the project to the stage its incoming version
        has, by the cycle's actions."""
        state = sync.project_state(project_uuid) if project_uuid else None
        if state is None:
            for item in entries:
                self._skip(translate("PackageMerge", "{record}: its project is not in this database").format(record=item.record.label()))
            return
        waiting = sorted(entries, key=lambda i: (i.record.value.at or dt.datetime.min, i.record.value.changed_on, i.line))
        while True:
            ready = next((i for i in waiting if i.record.value.from_stage is state.stage), None)
            if ready is None:
                break
            waiting.remove(ready)
            refusal = self._replay(state, ready)
            if refusal is not None:
                self._refused_step(ready.record, refusal, state)
            state = sync.project_state(project_uuid) or state
        visited = self._visited().get(project_uuid, set()) if waiting else set()
        for item in waiting:
            entry = item.record.value
            if already_taken(state.stage, entry, visited):
                self.report.unchanged += 1
            else:
                assert entry.from_stage is not None
                self._refused_step(item.record, _reason(QT_TRANSLATE_NOOP("PackageMerge", "the project is in {stage} here, not in {other}"),
                                                        stage=state.stage, other=entry.from_stage), state)
        if head is None or head.uuid not in self.applied_uuids:
            return
        goal, goal_from = head.value.stage, head.value.suspended_from
        if state.stage is goal and (goal is not Stage.SUSPENDED or goal_from in (None, state.suspended_from)):
            return
        path = cycle.path_between(state.stage, state.suspended_from, goal, goal_from)
        if path is None:
            self._late(head, _reason(QT_TRANSLATE_NOOP("PackageMerge", "stays in {stage}: no project-cycle action leads from {stage} to {goal}"),
                                     stage=state.stage, goal=goal))
            return
        # A project this database held already moves all the way or stays where it was; a new one
        # goes as far as the guards let it (it has to be in some stage).
        whole = head.uuid in self.current
        start = state
        refusal: str | Reason | None = None
        try:
            with write_transaction() if whole else contextlib.nullcontext():
                for code in path:
                    action = cycle.ACTIONS_BY_CODE[code]
                    with using_language("en"):  # kept in the stage history, as every stored reason, in English
                        reason = (f"the project is {goal.label} in the package from {self.source_name}, which holds no history entry "
                                  "for this step")
                    try:
                        self.projects_touched.add(state.code)
                        change_stage(state.code, code, reason if action.needs_reason else "", self.who, dt.date.today(),
                                     expected_from=state.stage)
                    except (TransitionRefused, ValidationError) as exc:
                        refusal = str(exc)
                        if whole:
                            raise _StepRefused() from None
                        break
                    state = sync.project_state(project_uuid) or state
        except _StepRefused:
            state = start  # the savepoint undid the steps taken
        if refusal is not None:
            self._late(head, _reason(QT_TRANSLATE_NOOP("PackageMerge", "stays in {stage}: {why}"), stage=state.stage, why=refusal))

    def _visited(self) -> dict[str, set[Stage]]:
        """The stages each project has been in, by its history here (read once)."""
        if self._stages_visited is None:
            self._stages_visited = {}
            for record in self.current.values():
                if record.kind == "stage_change" and record.project_uuid is not None:
                    stages = self._stages_visited.setdefault(record.project_uuid, set())
                    stages.update(s for s in (record.value.from_stage, record.value.to_stage) if s is not None)
        return self._stages_visited

    def _replay(self, state: sync.ProjectState, item: Incoming) -> str | Reason | None:
        entry = item.record.value
        action = _replayed_action(entry, state.suspended_from)
        if isinstance(action, Reason):
            return action
        self.projects_touched.add(state.code)
        try:
            change_stage(state.code, action.code, entry.reason, self.who, entry.changed_on, expected_from=entry.from_stage,
                         record_uuid=item.record.uuid, recorded_by=entry.who or self.who, recorded_at=entry.at)
        except (TransitionRefused, ValidationError) as exc:
            return str(exc)
        self.report.created += 1
        self._applied(item.record)
        return None

    def _refused_step(self, record: Record, why: str | Reason, state: sync.ProjectState) -> None:
        if self.strict:
            raise TransitionRefused(translate("PackageMerge", "{record} of project {code}").format(record=record.label(), code=state.code),
                                    [str(why)])
        self.late.append(Conflicting(None, record, why))

    def _late(self, head: Record, why: str | Reason) -> None:
        if self.strict:
            raise TransitionRefused(translate("PackageMerge", "project {code}").format(code=head.value.code), [str(why)])
        self.late.append(Conflicting(self.current.get(head.uuid), head, why))

    # -- reporting

    def _applied(self, record: Record) -> None:
        self.applied.append(record)
        self.applied_uuids.add(record.uuid)

    def _skip(self, text: str) -> None:
        if self.strict:
            raise StoreError(text)
        self.report.skipped.append(text)

    def _count(self, record: Record) -> None:
        if record.deleted:
            self.report.deleted += 1
        elif record.uuid in self.current:
            self.report.updated += 1
        else:
            self.report.created += 1

    def _label(self, record: Record) -> str:
        local = self.current.get(record.uuid)
        return local.label() if record.deleted and local is not None else record.label()


def _copied(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def _copied_record(value: Any) -> Any:
    copy = dataclasses.replace(value)
    if hasattr(copy, "ratings"):
        copy.ratings = dict(copy.ratings)
    return copy


def _code_of(head: Record | None, project_uuid: str, current: dict[str, Record]) -> str:
    if head is not None and head.value is not None:
        return str(head.value.code)
    local = current.get(project_uuid)
    if local is not None and local.values:
        return str(local.values.get("code"))
    return project_uuid[:8]


# ---------------------------------------------------------------- merging


def merge_package(path: str | os.PathLike[str], *, progress: Progress | None = None, cancelled: CancelCheck | None = None,
                  writing: PointOfNoReturn | None = None) -> MergeReport:
    """Verify the package whole, then apply it in one transaction (see the module docstring).
    `cancelled()` is asked before anything is applied; `writing()` is called when the applying
    starts, after which the merge is not cancelled (a caller raising there stops it, writing nothing)."""
    report_progress = progress or no_progress
    report_progress(0, 0, translate("PackageMerge", "Checking the package…"))
    source = Path(path)
    manifest, incoming = read_package(source, pr.parse_line)
    twice = duplicates(incoming)
    if twice is not None:
        raise UnreadableFile(translate("PackageMerge", "{file}: {why}; nothing was merged").format(file=source.name, why=twice))
    files = check_files(source, manifest, incoming)  # each attached file is the one its document names
    report = MergeReport(source=source.name, source_name=manifest.source_name, package_id=manifest.package_id)
    with bulk_write_transaction():
        site = sync.site_identity()
        if manifest.source_uuid == site.uuid:
            raise UnreadableFile(
                translate("PackageMerge", "{file} was exported from this database (or from a copy of it); merge it into another one, "
                          "or give a copied database its own identity first").format(file=source.name)
            )
        if sync.was_merged(manifest.package_id):
            report.already_merged = True
            return report
        who = f"package {manifest.source_name}"
        current = Current(pr.database_records(), with_reference_base(sync.base_entries()))
        _refuse_new_demo_projects(source.name, incoming, current.records)
        plan = classify(incoming, current)
        _refuse_cluster_clash(source.name, plan, current.records)
        if cancelled is not None and cancelled():
            raise PackageCancelled(translate("PackageMerge", "merging the field package was cancelled; nothing was changed"))
        if writing is not None:
            writing()  # from here the merge is written whole: the caller stops offering Cancel
        applier = _Applier(who, manifest.source_name, current.records, report, progress=report_progress, files=files)
        applier.run(plan)
        report.changed_project_codes = None if applier.partners_touched else sorted(applier.projects_touched)
        report.unchanged += plan.unchanged
        _write_conflicts([*plan.conflicts, *applier.late], current.records, manifest, who, report)
        _hold_conflicting_files(plan.conflicts, files)
        _write_refusals(plan.refused, current.records, who, report)
        late = {c.incoming.uuid for c in applier.late}
        learnt = {item.record.uuid: item.ancestors for item in [*plan.apply, *plan.agreed, *plan.stage_entries]}
        now = sync.now()
        sync.advance_base([(r.uuid, r.kind, r.hash, learnt.get(r.uuid, []))
                           for r in [*applier.applied, *(i.record for i in plan.agreed)] if not r.deleted and r.uuid not in late], now)
        sync.drop_base([r.uuid for r in applier.applied if r.deleted])
        with using_language("en"):  # the audit trail is kept in English
            summary = report.summary()
        sync.audit(who, [("package", manifest.package_id, "merge", "", summary)])
        sync.log_exchange(manifest.package_id, "merge", now, len(incoming), peer_uuid=manifest.source_uuid,
                          peer_name=manifest.source_name, conflicts=len(report.conflicts))
    report_progress(len(incoming), len(incoming), translate("PackageMerge", "Package merged"))
    return report


def _refuse_new_demo_projects(name: str, incoming: list[pr.Incoming], current: dict[str, Record]) -> None:
    """Demo data never mixes with real data: a package that would bring demo projects (exported
    from the demo portfolio, or from a database that held it) into a database with real projects
    is refused whole, before anything is written. Demo projects already here may still change."""
    records = [item.record for item in incoming]
    new_demo = sorted(str(r.values.get("code", "")) for r in records
                      if r.kind == "project" and r.values and r.values.get("is_demo") and r.uuid not in current)
    if new_demo and holds_real_projects():
        shown = shown_codes(new_demo)
        raise UnreadableFile(
            translate("PackageMerge", "{file} holds demo projects ({codes}); demo data is not merged into a database with real projects, "
                      "so nothing was merged (merge it into the demo portfolio, or export the package from a working database)").format(
                file=name, codes=shown)
        )


def _refuse_cluster_clash(name: str, plan: MergePlan, current: dict[str, Record]) -> None:
    """A cluster arriving with the code of another cluster of this database is refused whole,
    before anything is written: clusters are one by their uuid, and two with one code would leave
    the projects of one of them in a cluster nobody can find by its code."""
    arriving = [item.record.value for item in plan.apply if item.record.kind == pr.CLUSTER and not item.record.deleted]
    held = [record.value for record in current.values() if record.kind == pr.CLUSTER and record.value is not None]
    clash = code_clash(arriving, held) if arriving else None
    if clash is not None:
        theirs, ours = clash
        raise UnreadableFile(translate("PackageMerge", "{file}: cluster evaluation {code} ({uuid}) is not the cluster evaluation {local} "
                                                       "of this database ({local_uuid}): two databases made a cluster with one code; "
                                                       "nothing was merged").format(
            file=name, code=theirs.code, uuid=theirs.uuid, local=ours.code, local_uuid=ours.uuid))


def _owner_code(record: Record | None, local: Record | None, current: dict[str, Record]) -> str:
    owner = (record.project_uuid if record is not None else None) or (local.project_uuid if local is not None else None)
    if record is not None and record.kind == "project":
        owner = record.uuid
    found = current.get(owner) if owner else None
    if found is not None and found.values:
        return str(found.values.get("code", ""))
    state = sync.project_state(owner) if owner else None  # a project the merge created
    if state is not None:
        return state.code
    if record is not None and record.kind == "project" and record.value is not None:
        return str(record.value.code)
    return ""


def _write_conflicts(conflicts: list[Conflicting], current: dict[str, Record], manifest: Any, who: str, report: MergeReport) -> None:
    pending = sync.pending_conflicts()
    for conflict in conflicts:
        local, record = conflict.local, conflict.incoming
        code = _owner_code(record, local, current)

        def conflict_label(local: Record | None = local, record: Record = record, code: str = code, why: Any = conflict.why) -> str:
            label = record.label() if not record.deleted else (local.label() if local else record.label())
            if record.kind != "project" and code:
                label = translate("PackageMerge", "{record} of project {code}").format(record=label, code=code)
            return f"{label}: {_said(why)}" if why else label

        report.conflicts.append(conflict_label())
        with using_language("en"):  # what the database keeps, in English
            label = conflict_label()
            why = f" ({_said(conflict.why)})" if conflict.why else ""
        key = (record.uuid, record.hash or "deleted")
        if key in pending:
            continue
        pending.add(key)
        if record.kind == "project":
            fresh = sync.project_with_children(record.uuid)  # as it stands now, after the merge
            local_values = pr.record_values(fresh) if fresh is not None else (local.values if local is not None else None)
        else:
            local_values = local.values if local is not None else None
        sync.record_conflict(
            kind=record.kind, record_uuid=record.uuid, project_uuid=record.project_uuid or (local.project_uuid if local else None),
            label=label, local=pr.with_defaults(record.kind, local_values),
            incoming=pr.with_defaults(record.kind, record.values),
            incoming_hash=record.hash or "deleted",
            source_uuid=manifest.source_uuid, source_name=manifest.source_name, package_id=manifest.package_id, who=who,
            project_code=code,
            note=f"kept the local version; the one from {manifest.source_name} waits for a decision{why}",
        )


def _hold_conflicting_files(conflicts: list[Conflicting], files: PackageFiles) -> None:
    """Keep the files of incoming documents that wait as conflicts, so that taking the incoming
    version later finds its file (resolve_conflict lets go of the ones no document names)."""
    for conflict in conflicts:
        value = conflict.incoming.value
        if conflict.incoming.kind == "document" and value is not None and value.file_sha256 in files:
            hold_file(value.file_sha256, files.read(value.file_sha256))


def _write_refusals(refused: list[tuple[Record, Reason]], current: dict[str, Record], who: str, report: MergeReport) -> None:
    entries = []
    for record, why in refused:
        code = _owner_code(record, current.get(record.uuid), current)
        label = record.label()
        if code and record.kind != "project":
            label = translate("PackageMerge", "{record} of project {code}").format(record=label, code=code)
        report.skipped.append(translate("PackageMerge", "{record}: refused: {why}").format(record=label, why=why))
        with using_language("en"):  # the audit trail is kept in English
            entries.append((record.kind, record.uuid, "refused", code, f"refused from the package: {_said(why)}"))
    sync.audit(who, entries)


# ---------------------------------------------------------------- conflicts


def resolve_conflict(conflict_id: int, keep: str, who: str | None = None) -> ConflictView:
    """Keep the local version ("local") or take the incoming one ("incoming"). Either way the
    incoming version becomes the base, so a kept local version travels back with the next package
    and is applied there (the other side now holds the version it is based on). Taking the
    incoming version goes through the same operations and guards as a merge; if a guard still
    refuses, nothing changes and the conflict stays (TransitionRefused says why)."""
    if keep not in ("local", "incoming"):
        raise ValueError("keep must be 'local' or 'incoming'")
    who = who or current_user()
    with bulk_write_transaction():
        view = sync.open_conflict(conflict_id)
        # As the package carried it (the conflict shows the fields left out at their default too).
        incoming = pr.without_defaults(view.kind, view.incoming)
        record = Record(view.kind, view.record_uuid, view.project_uuid if view.kind != "project" else None, incoming)
        if keep == "incoming":
            if record.values is not None:
                record.value = pr.decode(record.kind, record.uuid, record.values)
            current = pr.database_records()
            report = MergeReport(source=f"conflict {conflict_id}", source_name=view.source_name, package_id=view.package_id)
            plan = MergePlan()
            item = Incoming(record, [], 0)
            if record.kind == "stage_change" and not record.deleted:
                plan.stage_entries.append(item)
            else:
                plan.apply.append(item)
            _Applier(who, view.source_name, current, report, strict=True).run(plan)
        if view.kind == "document" and view.incoming and view.incoming.get("file_sha256"):
            forget_files([str(view.incoming["file_sha256"])])  # held for this decision; kept if a document names it now
        now = sync.now()
        if record.deleted:
            sync.drop_base([record.uuid])
        else:
            sync.advance_base([(record.uuid, record.kind, record.hash, [])], now)
        resolved = sync.mark_resolved(conflict_id, keep, who, now)
        text = f"kept the local version over {view.source_name}'s" if keep == "local" else f"took the version from {view.source_name}"
        sync.audit(who, [(view.kind, view.record_uuid, "resolve", "", text)])
    return resolved

