"""Merging a field package, and resolving the conflicts a merge finds.

The conflict rule, per record (matched by UUID), comparing content hashes:
- the local version equals the incoming one: nothing to do;
- the local version is one of the incoming record's ancestors (its versions at the sender's
  exchanges: the one it started from), or the record is new here: the sender changed it and we
  did not, so it is applied;
- otherwise both sides changed it since they last agreed: a CONFLICT. The local version stays in
  place, the incoming one is kept in the conflicts table, and a person chooses.
A deletion is applied the same way: only if the local record is still the version the sender
deleted; otherwise it is a conflict.

Changes are applied through the store (save_project, save_partner, delete_project), so domain
validation, evaluation re-planning and the audit trail work as for an edit; who = "package
<source name>". Everything is one transaction: a package that fails validation writes nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.domain.classifications import Stage
from tracker.domain.errors import ValidationError
from tracker.exchange import package_records as pr
from tracker.exchange.package_format import read_package
from tracker.exchange.packages import site_identity
from tracker.exchange.results import ImportRefused, Problem, UnreadableFile
from tracker.store import models as m
from tracker.store.audit import AuditLog
from tracker.store.database import current_user
from tracker.store.errors import NotFound, StoreError
from tracker.store.partners import save_partner, save_unearmarked_funding
from tracker.store.projects import delete_project, load_project, save_project

ProgressFn = Callable[[int, int, str], None]


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

    def summary(self) -> str:
        if self.already_merged:
            return f"{self.source}: this package from {self.source_name} was already merged; nothing changed"
        text = (
            f"{self.source} from {self.source_name}: {self.created} created, {self.updated} updated, "
            f"{self.deleted} deleted, {self.unchanged} unchanged"
        )
        if self.conflicts:
            text += f"; {len(self.conflicts)} conflicts to resolve"
        if self.skipped:
            text += f"; {len(self.skipped)} skipped"
        return text


@dataclass
class ConflictView:
    """One unresolved conflict with both versions as field -> value (None: deleted there)."""

    id: int
    kind: str
    record_uuid: str
    label: str
    source_name: str
    detected_at: Any
    local: dict[str, Any] | None
    incoming: dict[str, Any] | None

    def fields(self) -> list[tuple[str, Any, Any]]:
        """(field, mine, theirs) for every field either version has."""
        names = list(dict.fromkeys([*(self.local or {}), *(self.incoming or {})]))
        return [(n, (self.local or {}).get(n), (self.incoming or {}).get(n)) for n in names]


def merge_package(path: str | os.PathLike[str], *, progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None,
                  writing: Callable[[], None] | None = None) -> MergeReport:
    """Verify the package whole, then apply it in one transaction (see the module docstring).
    `cancelled()` is asked before anything is applied; `writing()` is called when the applying
    starts, after which the merge is not cancelled (a caller raising there stops it, writing nothing)."""
    report_progress = progress or (lambda done, total, text: None)
    report_progress(0, 0, "Checking the package…")
    source = Path(path)
    manifest, lines = read_package(source)
    try:
        parsed = [pr.from_line(line) for line in lines]
    except (ValueError, KeyError, TypeError) as exc:
        raise UnreadableFile(f"{source.name}: a record is malformed ({exc}); nothing was merged") from None
    report = MergeReport(source=source.name, source_name=manifest.source_name, package_id=manifest.package_id)
    database = m.Site._meta.database
    with database.atomic():
        site = site_identity()
        if manifest.source_uuid == site.uuid:
            raise UnreadableFile(
                f"{source.name} was exported from this database (or from a copy of it); merge it into another one, "
                "or give a copied database its own identity first"
            )
        if m.ExchangeLog.get_or_none((m.ExchangeLog.package_id == manifest.package_id) & (m.ExchangeLog.direction == "merge")):
            report.already_merged = True
            return report
        who = f"package {manifest.source_name}"
        current = pr.current_records()
        base = {row.record_uuid: row.hash for row in m.SyncBase.select()}
        pending = {(c.record_uuid, c.incoming_hash) for c in m.Conflict.select().where(m.Conflict.resolved_at.is_null())}
        to_apply: list[pr.Record] = []
        agreed: list[pr.Record] = []
        conflicts: list[tuple[pr.Record | None, pr.Record]] = []
        learnt: dict[str, list[str]] = {}
        for record, ancestors in parsed:
            learnt[record.uuid] = ancestors
            local = current.get(record.uuid)
            if record.deleted:
                if local is not None and record.project_uuid is None:
                    record.project_uuid = local.project_uuid  # tombstones name no project; ours does
                if local is None:
                    report.unchanged += 1
                elif local.hash in ancestors:
                    to_apply.append(record)
                else:
                    conflicts.append((local, record))
            elif local is not None and local.hash == record.hash:
                report.unchanged += 1
                agreed.append(record)
            elif local is None:
                if record.uuid in base:  # we had it at the last exchange and deleted it since
                    conflicts.append((None, record))
                else:
                    to_apply.append(record)
            elif local.hash in ancestors:
                to_apply.append(record)
            else:
                conflicts.append((local, record))
        if cancelled is not None and cancelled():
            from tracker.exchange.package_format import PackageCancelled

            raise PackageCancelled()
        if writing is not None:
            writing()  # from here the merge is written whole: the caller stops offering Cancel
        apply_records(to_apply, who, current, report, report_progress)
        log = AuditLog(who)
        for local, record in conflicts:
            key = (record.uuid, record.hash or "deleted")
            label = record.label() if not record.deleted else (local.label() if local else record.label())
            owner = record.project_uuid or (local.project_uuid if local else None)
            if record.kind != "project" and owner in current and current[owner].values:
                label += f" of project {current[owner].values.get('code')}"
            report.conflicts.append(label)
            if key in pending:
                continue
            m.Conflict.create(
                kind=record.kind,
                record_uuid=record.uuid,
                project_uuid=record.project_uuid or (local.project_uuid if local else None),
                label=label,
                local_json=json.dumps(local.values) if local is not None else None,
                incoming_json=json.dumps(record.values) if not record.deleted else None,
                incoming_hash=record.hash or "deleted",
                source_uuid=manifest.source_uuid,
                source_name=manifest.source_name,
                package_id=manifest.package_id,
            )
            log.add(record.kind, record.uuid, "conflict", "", None, f"kept the local version; the one from {manifest.source_name} waits for a decision")
        now = m.utc_now()
        pr.advance_base([(r, learnt[r.uuid]) for r in [*to_apply, *agreed] if not r.deleted], now)
        pr.drop_base([r.uuid for r in to_apply if r.deleted])
        log.add("package", manifest.package_id, "merge", "", None, report.summary())
        log.write()
        m.ExchangeLog.create(
            package_id=manifest.package_id,
            direction="merge",
            peer_uuid=manifest.source_uuid,
            peer_name=manifest.source_name,
            at=now,
            records=len(parsed),
            conflicts=len(report.conflicts),
        )
    report_progress(len(parsed), len(parsed), "Package merged")
    return report


def apply_records(records: list[pr.Record], who: str, current: dict[str, pr.Record], report: MergeReport, progress: ProgressFn | None = None) -> None:
    """Write `records` through the store; ImportRefused (nothing kept, the caller's transaction
    rolls back) if any project fails validation."""
    problems: list[Problem] = []
    by_kind: dict[str, list[pr.Record]] = {}
    for record in records:
        by_kind.setdefault(record.kind, []).append(record)

    for record in by_kind.get("partner", []):
        if record.deleted:
            continue
        try:
            save_partner(pr.to_domain(record), who)
        except ValidationError as exc:
            report.skipped.append(f"{record.label()}: {exc}; the local partner is kept")
            continue
        _count(report, record, current)

    deleted_projects = {r.uuid for r in by_kind.get("project", []) if r.deleted}
    groups: dict[str, list[pr.Record]] = {}
    for record in records:
        if record.kind == "project" and not record.deleted:
            groups.setdefault(record.uuid, []).insert(0, record)
        elif record.kind in pr.CHILD_KINDS and record.project_uuid:
            if record.project_uuid not in deleted_projects:
                groups.setdefault(record.project_uuid, []).append(record)
    unearmarked = [r for r in by_kind.get("funding", []) if not r.project_uuid]
    for done, (project_uuid, group) in enumerate(groups.items()):
        if progress is not None:
            progress(done, len(groups), "Applying the changes…")
        try:
            _apply_project(project_uuid, group, who, current, report)
        except ValidationError as exc:
            problems.append(Problem(f"project {_code_of(group, project_uuid)}: {exc}"))
    for record in unearmarked:
        if record.deleted:
            m.Funding.delete().where(m.Funding.uuid == record.uuid).execute()
            log = AuditLog(who)
            log.diff("funding", record.uuid, current[record.uuid].values if record.uuid in current else {}, None)
            log.write()
        else:
            try:
                save_unearmarked_funding(pr.to_domain(record), who)
            except ValidationError as exc:
                problems.append(Problem(f"{record.label()}: {exc}"))
                continue
        _count(report, record, current)
    if problems:
        raise ImportRefused(report.source, problems)

    for record in by_kind.get("stage_change", []):
        _apply_stage_change(record, who, current, report)
    for record in by_kind.get("project", []):
        if record.deleted:
            row = m.Project.get_or_none(m.Project.uuid == record.uuid)
            if row is not None:
                delete_project(row.code, who)
                report.deleted += 1
    for record in by_kind.get("partner", []):
        if record.deleted:
            row = m.Partner.get_or_none(m.Partner.uuid == record.uuid)
            if row is None:
                continue
            if m.Funding.select().where(m.Funding.partner == row.id).exists():
                report.skipped.append(f"{record.label() if record.uuid not in current else current[record.uuid].label()}: deleted there, but funding here still names it; kept")
                continue
            log = AuditLog(who)
            log.diff("partner", row.uuid, current[row.uuid].values if row.uuid in current else {}, None)
            row.delete_instance()
            log.write()
            report.deleted += 1


def _apply_project(project_uuid: str, group: list[pr.Record], who: str, current: dict[str, pr.Record], report: MergeReport) -> None:
    row = m.Project.get_or_none(m.Project.uuid == project_uuid)
    head = group[0] if group[0].kind == "project" else None
    if row is not None:
        project = load_project(row.id)
        if head is not None:
            _set_values(project, "project", head.values or {})
    elif head is not None:
        project = pr.to_domain(head)
    else:
        for record in group:
            report.skipped.append(f"{record.label()}: its project is not in this database (deleted here?)")
        return
    for record in group:
        if record is head:
            continue
        records = getattr(project, pr.LIST_OF_KIND[record.kind])
        index = next((i for i, x in enumerate(records) if x.uuid == record.uuid), None)
        if record.deleted:
            if index is not None:
                del records[index]
            continue
        extra = {"project_code": project.code} if record.kind == "funding" else {}
        obj = pr.to_domain(record, **extra)
        if index is None:
            records.append(obj)
        else:
            records[index] = obj
    save_project(project, who, allow_stage_change=True)
    for record in group:
        _count(report, record, current)


def _apply_stage_change(record: pr.Record, who: str, current: dict[str, pr.Record], report: MergeReport) -> None:
    if record.deleted:
        m.StageChange.delete().where(m.StageChange.uuid == record.uuid).execute()
        report.deleted += 1
        return
    project = m.Project.get_or_none(m.Project.uuid == record.project_uuid)
    if project is None:
        report.skipped.append(f"{record.label()}: its project is not in this database")
        return
    hints: dict[str, Any] = {"from_stage": Stage | None, "to_stage": Stage, "changed_on": dt.date, "at": dt.datetime}
    values = {k: pr.from_json(hints.get(k, str), v) for k, v in (record.values or {}).items() if k in pr.STAGE_CHANGE_FIELDS}
    existing = m.StageChange.get_or_none(m.StageChange.uuid == record.uuid)
    if existing is None:
        m.StageChange.create(uuid=record.uuid, project=project.id, **values)
    else:
        m.StageChange.update(**values).where(m.StageChange.id == existing.id).execute()
    _count(report, record, current)


def _set_values(obj: Any, kind: str, values: dict[str, Any]) -> None:
    hints = typing.get_type_hints(pr.DOMAIN_CLASSES[kind])
    for name, value in values.items():
        if name in hints:
            setattr(obj, name, pr.from_json(hints[name], value))


def _count(report: MergeReport, record: pr.Record, current: dict[str, pr.Record]) -> None:
    if record.deleted:
        report.deleted += 1
    elif record.uuid in current:
        report.updated += 1
    else:
        report.created += 1


def _code_of(group: list[pr.Record], project_uuid: str) -> str:
    if group and group[0].kind == "project" and group[0].values:
        return str(group[0].values.get("code"))
    row = m.Project.get_or_none(m.Project.uuid == project_uuid)
    return row.code if row else project_uuid[:8]


# ---------------------------------------------------------------- conflicts


def list_conflicts(include_resolved: bool = False) -> list[ConflictView]:
    query = m.Conflict.select().order_by(m.Conflict.detected_at, m.Conflict.id)
    if not include_resolved:
        query = query.where(m.Conflict.resolved_at.is_null())
    return [
        ConflictView(
            id=c.id,
            kind=c.kind,
            record_uuid=c.record_uuid,
            label=c.label,
            source_name=c.source_name,
            detected_at=c.detected_at,
            local=json.loads(c.local_json) if c.local_json else None,
            incoming=json.loads(c.incoming_json) if c.incoming_json else None,
        )
        for c in query
    ]


def resolve_conflict(conflict_id: int, keep: str, who: str | None = None) -> ConflictView:
    """Keep the local version ("local") or take the incoming one ("incoming"). Either way the
    incoming version becomes the base, so a kept local version travels back with the next package
    and is applied there (the other side now holds the version it is based on)."""
    if keep not in ("local", "incoming"):
        raise ValueError("keep must be 'local' or 'incoming'")
    who = who or current_user()
    with m.Conflict._meta.database.atomic():
        conflict = m.Conflict.get_or_none(m.Conflict.id == conflict_id)
        if conflict is None:
            raise NotFound(f"no conflict number {conflict_id}")
        if conflict.resolved_at is not None:
            raise StoreError(f"conflict {conflict_id} ({conflict.label}) was already resolved ({conflict.resolution})")
        incoming_values = json.loads(conflict.incoming_json) if conflict.incoming_json else None
        record = pr.Record(conflict.kind, conflict.record_uuid, conflict.project_uuid, incoming_values)
        view = list_conflicts(include_resolved=True)
        view_item = next(v for v in view if v.id == conflict_id)
        if keep == "incoming":
            current = pr.current_records()
            report = MergeReport(source=f"conflict {conflict_id}", source_name=conflict.source_name, package_id=conflict.package_id)
            apply_records([record], who, current, report)
        now = m.utc_now()
        if record.deleted:
            pr.drop_base([record.uuid])
        else:
            pr.advance_base([(record, [])], now)
        conflict.resolved_at = now
        conflict.resolution = keep
        conflict.resolved_by = who
        conflict.save()
        log = AuditLog(who)
        log.add(conflict.kind, conflict.record_uuid, "resolve", "", None,
                f"kept the local version over {conflict.source_name}'s" if keep == "local" else f"took the version from {conflict.source_name}")
        log.write()
    return view_item
