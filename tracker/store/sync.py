"""The store's side of field packages: every table a package exchange reads or writes besides the
projects and partners themselves (which change only through tracker.store.projects and
tracker.store.partners).

- the database's identity in exchanges (table site);
- every record of the database, read as domain records, for a package export or a merge;
- the sync base: each record's content hash as of the last exchange that carried it, with the
  hashes of earlier exchanges (its ancestors);
- the exchange log (the markers) and what the audit trail says changed or was deleted since;
- conflicts: both versions of a record changed on both sides, until a person resolves them;
- the audit of what a merge refused.

tracker.exchange parses packages and decides what to do with each record; it calls these
functions (inside one tracker.store.writes transaction) and never the models."""

from __future__ import annotations

import datetime as dt
import json
import platform
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tracker.domain import project as d
from tracker.domain import records as rk
from tracker.domain.classifications import Stage
from tracker.domain.i18n import translate
from tracker.domain.project import new_uuid
from tracker.store import mapping as mp
from tracker.store import models as m
from tracker.store.audit import AuditLog
from tracker.store.errors import NotFound, StoreError
from tracker.store.projects import load_project

HISTORY = 20  # earlier versions remembered per record: enough for lost packages and re-sends
_BATCH = 500


def now() -> dt.datetime:
    """The time exchanges and conflicts are stamped with (UTC, to the second)."""
    return m.utc_now()


# ---------------------------------------------------------------- identity


@dataclass(frozen=True)
class SiteIdentity:
    uuid: str
    name: str


def _site_row() -> m.Site:
    site = m.Site.select().order_by(m.Site.id).first()
    if site is None:
        from tracker.store.database import database_path

        path = database_path()
        stem = path.stem if path is not None else "tracker"
        site = m.Site.create(uuid=new_uuid(), name=f"{stem} on {platform.node() or 'this computer'}")
    return site


def site_identity() -> SiteIdentity:
    """This database's identity (created on first use, named after its file and computer)."""
    site = _site_row()
    return SiteIdentity(site.uuid, site.name)


def set_site_name(name: str) -> SiteIdentity:
    site = _site_row()
    site.name = name.strip() or site.name
    site.save()
    return SiteIdentity(site.uuid, site.name)


def renew_site_identity(name: str | None = None) -> SiteIdentity:
    """Give this database an identity of its own: for a database set up as a copy (a backup) of
    another, which would otherwise share the original's identity and be refused its packages."""
    site = _site_row()
    site.uuid = new_uuid()
    if name and name.strip():
        site.name = name.strip()
    site.save()
    return SiteIdentity(site.uuid, site.name)


# ---------------------------------------------------------------- every record


@dataclass
class StageEntry:
    """One entry of a project's stage history, as packages carry it."""

    to_stage: Stage
    action: str
    changed_on: dt.date
    from_stage: Stage | None = None
    reason: str = ""
    at: dt.datetime | None = None
    who: str = ""


STAGE_ENTRY_FIELDS = ("from_stage", "to_stage", "action", "reason", "changed_on", "at", "who")


@dataclass
class StoredRecord:
    """A record of this database: its kind (as packages name it), UUID, owning project's UUID
    (None for partners, projects, exchange rates and unearmarked funding) and value: a domain record (a project
    without its child lists but with its countries, shares, themes, stage and version) or a
    StageEntry."""

    kind: str
    uuid: str
    project_uuid: str | None
    value: Any


def read_records() -> list[StoredRecord]:
    """Every record of this database, read in one query per table."""
    out: list[StoredRecord] = []
    partner_codes = dict(m.Partner.select(m.Partner.id, m.Partner.code).tuples())
    project_uuids = dict(m.Project.select(m.Project.id, m.Project.uuid).tuples())
    project_codes = dict(m.Project.select(m.Project.id, m.Project.code).tuples())
    for row in m.Partner.select():
        out.append(StoredRecord("partner", row.uuid, None, mp.partner_from_row(row)))
    countries: dict[int, list[m.ProjectCountry]] = {}
    for c in m.ProjectCountry.select().order_by(m.ProjectCountry.project, m.ProjectCountry.position):
        countries.setdefault(c.project_id, []).append(c)
    themes: dict[int, list[Any]] = {}
    for t in m.ProjectTheme.select().order_by(m.ProjectTheme.id):
        themes.setdefault(t.project_id, []).append(t.theme)
    for row in m.Project.select():
        project = mp.project_from_row(row)
        rows = countries.get(row.id, [])
        project.countries = [r.country for r in rows]
        project.country_shares = {r.country: r.share for r in rows if r.share is not None}
        project.themes = themes.get(row.id, [])
        out.append(StoredRecord("project", row.uuid, None, project))
    # Every kind a project holds, from the one description of each (tracker.domain.records): a
    # kind added there travels in packages without a change here.
    for kind in rk.CHILD_KINDS:
        for row in mp.MODELS[kind.name].select():
            if kind is rk.FUNDING:  # unearmarked funding has no project: its project code stays None
                value = mp.funding_from_row(row, partner_codes.get(row.partner_id), project_codes.get(row.project_id))
            else:
                value = mp.child_from_row(kind, row, partner_codes, project_codes[row.project_id])
            out.append(StoredRecord(kind.name, row.uuid, project_uuids.get(row.project_id), value))
    for row in m.ExchangeRate.select():  # the table of rates: no project's
        out.append(StoredRecord(rk.EXCHANGE_RATE.name, row.uuid, None, mp.from_row(rk.EXCHANGE_RATE, row)))
    for row in m.StageChange.select():
        entry = StageEntry(from_stage=row.from_stage, to_stage=row.to_stage, action=row.action, reason=row.reason,
                           changed_on=row.changed_on, at=row.at, who=row.who)
        out.append(StoredRecord("stage_change", row.uuid, project_uuids.get(row.project_id), entry))
    return out


@dataclass(frozen=True)
class ProjectState:
    uuid: str
    code: str
    stage: Stage
    suspended_from: Stage | None
    version: int


def project_state(project_uuid: str) -> ProjectState | None:
    """Where a project (by UUID) stands now, or None if this database does not hold it."""
    row = m.Project.get_or_none(m.Project.uuid == project_uuid)
    if row is None:
        return None
    return ProjectState(row.uuid, row.code, row.stage, row.suspended_from, row.version)


def project_with_children(project_uuid: str) -> d.Project | None:
    """A project (by UUID) with all its records, or None if this database does not hold it."""
    row = m.Project.get_or_none(m.Project.uuid == project_uuid)
    return load_project(row.id) if row is not None else None


# ---------------------------------------------------------------- the sync base


@dataclass(frozen=True)
class BaseEntry:
    kind: str
    hash: str
    history: tuple[str, ...] = ()

    @property
    def ancestors(self) -> list[str]:
        """The hashes the record had at this database's exchanges, newest first."""
        return [self.hash, *self.history]


def _entry(row: m.SyncBase) -> BaseEntry:
    try:
        history = json.loads(row.history or "[]")
    except ValueError:
        history = []
    return BaseEntry(row.kind, row.hash, tuple(h for h in history if isinstance(h, str)))


def base_entries(uuids: Iterable[str] | None = None) -> dict[str, BaseEntry]:
    """The sync base, by record UUID (all of it, or of `uuids`)."""
    if uuids is None:
        return {row.record_uuid: _entry(row) for row in m.SyncBase.select()}
    wanted = list(dict.fromkeys(uuids))
    found: dict[str, BaseEntry] = {}
    for start in range(0, len(wanted), _BATCH):
        for row in m.SyncBase.select().where(m.SyncBase.record_uuid.in_(wanted[start : start + _BATCH])):
            found[row.record_uuid] = _entry(row)
    return found


def advance_base(updates: list[tuple[str, str, str, list[str]]], at: dt.datetime) -> None:
    """For each (record UUID, kind, hash, ancestors learnt from a package): make that hash the
    record's base, remembering its earlier ones and the learnt ones."""
    if not updates:
        return
    existing = base_entries([u for u, _, _, _ in updates])
    rows: dict[str, dict[str, Any]] = {}
    for record_uuid, kind, hash_, extra in updates:
        before = existing.get(record_uuid)
        earlier = [h for h in dict.fromkeys([*(before.ancestors if before else []), *extra]) if h != hash_]
        rows[record_uuid] = {"record_uuid": record_uuid, "kind": kind, "hash": hash_, "history": json.dumps(earlier[:HISTORY]), "at": at}
    values = list(rows.values())
    for start in range(0, len(values), 200):
        # An upsert both engines accept (PostgreSQL has no INSERT OR REPLACE).
        m.SyncBase.insert_many(values[start : start + 200]).on_conflict(
            conflict_target=[m.SyncBase.record_uuid],
            preserve=[m.SyncBase.kind, m.SyncBase.hash, m.SyncBase.history, m.SyncBase.at],
        ).execute()


def drop_base(uuids: list[str]) -> None:
    for start in range(0, len(uuids), _BATCH):
        m.SyncBase.delete().where(m.SyncBase.record_uuid.in_(uuids[start : start + _BATCH])).execute()


# ---------------------------------------------------------------- exchanges and the audit trail


@dataclass(frozen=True)
class Exchange:
    package_id: str
    direction: str
    at: dt.datetime


def last_exchange(direction: str | None = None) -> Exchange | None:
    """The latest package exported or merged (or of one direction)."""
    query = m.ExchangeLog.select()
    if direction is not None:
        query = query.where(m.ExchangeLog.direction == direction)
    row = query.order_by(m.ExchangeLog.at.desc(), m.ExchangeLog.id.desc()).first()
    return Exchange(row.package_id, row.direction, row.at) if row is not None else None


def was_merged(package_id: str) -> bool:
    return m.ExchangeLog.select().where((m.ExchangeLog.package_id == package_id) & (m.ExchangeLog.direction == "merge")).exists()


def log_exchange(package_id: str, direction: str, at: dt.datetime, records: int, *, peer_uuid: str = "", peer_name: str = "",
                 conflicts: int = 0) -> None:
    m.ExchangeLog.create(package_id=package_id, direction=direction, peer_uuid=peer_uuid, peer_name=peer_name, at=at,
                         records=records, conflicts=conflicts)


def touched_since(at: dt.datetime | dt.date) -> set[str]:
    """Every record the audit trail shows changed at or after `at`."""
    return {u for (u,) in m.AuditEntry.select(m.AuditEntry.record_uuid).where(m.AuditEntry.at >= at).tuples()}


def deleted_since(at: dt.datetime | None) -> list[tuple[str, str]]:
    """(table, record UUID) of every deletion the audit trail shows (since `at`)."""
    query = m.AuditEntry.select(m.AuditEntry.table, m.AuditEntry.record_uuid).where(m.AuditEntry.action == "delete")
    if at is not None:
        query = query.where(m.AuditEntry.at >= at)
    return list(query.tuples())


def deletion_owners(uuids: list[str]) -> dict[str, str]:
    """The project each deleted record belonged to, as far as the audit trail tells (a record's
    deletion names its project's code; the code names a project held here or deleted with its
    own audit entry). Records of no project, or whose project cannot be told, are left out."""
    codes: dict[str, str] = {}
    for start in range(0, len(uuids), _BATCH):
        query = (m.AuditEntry.select(m.AuditEntry.record_uuid, m.AuditEntry.project_code)
                 .where((m.AuditEntry.action == "delete") & m.AuditEntry.record_uuid.in_(uuids[start : start + _BATCH]))
                 .order_by(m.AuditEntry.at, m.AuditEntry.id))
        for record_uuid, code in query.tuples():
            if code:
                codes[record_uuid] = code
    if not codes:
        return {}
    wanted = sorted(set(codes.values()))
    by_code: dict[str, str] = {}
    for start in range(0, len(wanted), _BATCH):
        chunk = wanted[start : start + _BATCH]
        deleted = (m.AuditEntry.select(m.AuditEntry.project_code, m.AuditEntry.record_uuid)
                   .where((m.AuditEntry.table == "project") & (m.AuditEntry.action == "delete") & m.AuditEntry.project_code.in_(chunk))
                   .order_by(m.AuditEntry.at, m.AuditEntry.id))
        by_code.update(dict(deleted.tuples()))
        by_code.update(dict(m.Project.select(m.Project.code, m.Project.uuid).where(m.Project.code.in_(chunk)).tuples()))
    return {record_uuid: by_code[code] for record_uuid, code in codes.items() if code in by_code}


def audit(who: str, entries: list[tuple[str, str, str, str, str]]) -> None:
    """Write audit entries (table, record UUID, action, project code, text) of an exchange."""
    for table, record_uuid, action, project_code, text in entries:
        log = AuditLog(who, project_code)
        log.add(table, record_uuid, action, "", None, text)
        log.write()


# ---------------------------------------------------------------- conflicts


@dataclass
class ConflictView:
    """One conflict with both versions as field -> value (None: deleted there)."""

    id: int
    kind: str
    record_uuid: str
    label: str
    source_name: str
    detected_at: Any
    local: dict[str, Any] | None
    incoming: dict[str, Any] | None
    project_uuid: str | None = None
    incoming_hash: str = ""
    package_id: str = ""
    resolution: str = ""

    def fields(self) -> list[tuple[str, Any, Any]]:
        """(field, mine, theirs) for every field either version has."""
        names = list(dict.fromkeys([*(self.local or {}), *(self.incoming or {})]))
        return [(n, (self.local or {}).get(n), (self.incoming or {}).get(n)) for n in names]


def _view(c: m.Conflict) -> ConflictView:
    return ConflictView(
        id=c.id, kind=c.kind, record_uuid=c.record_uuid, label=c.label, source_name=c.source_name, detected_at=c.detected_at,
        local=json.loads(c.local_json) if c.local_json else None,
        incoming=json.loads(c.incoming_json) if c.incoming_json else None,
        project_uuid=c.project_uuid, incoming_hash=c.incoming_hash, package_id=c.package_id,
        resolution=c.resolution if c.resolved_at is not None else "",
    )


def pending_conflicts() -> set[tuple[str, str]]:
    """(record UUID, incoming hash) of every unresolved conflict."""
    return {(c.record_uuid, c.incoming_hash) for c in m.Conflict.select(m.Conflict.record_uuid, m.Conflict.incoming_hash)
            .where(m.Conflict.resolved_at.is_null())}


def record_conflict(*, kind: str, record_uuid: str, project_uuid: str | None, label: str, local: dict[str, Any] | None,
                    incoming: dict[str, Any] | None, incoming_hash: str, source_uuid: str, source_name: str, package_id: str,
                    who: str, project_code: str = "", note: str = "") -> None:
    """Keep an incoming version beside the local one until a person decides, and audit it."""
    m.Conflict.create(
        kind=kind, record_uuid=record_uuid, project_uuid=project_uuid, label=label,
        local_json=json.dumps(local) if local is not None else None,
        incoming_json=json.dumps(incoming) if incoming is not None else None,
        incoming_hash=incoming_hash, source_uuid=source_uuid, source_name=source_name, package_id=package_id,
    )
    text = note or f"kept the local version; the one from {source_name} waits for a decision"
    audit(who, [(kind, record_uuid, "conflict", project_code, text)])


def list_conflicts(include_resolved: bool = False) -> list[ConflictView]:
    query = m.Conflict.select().order_by(m.Conflict.detected_at, m.Conflict.id)
    if not include_resolved:
        query = query.where(m.Conflict.resolved_at.is_null())
    return [_view(c) for c in query]


def open_conflict(conflict_id: int) -> ConflictView:
    """An unresolved conflict; NotFound, or StoreError if it was resolved already."""
    conflict = m.Conflict.get_or_none(m.Conflict.id == conflict_id)
    if conflict is None:
        raise NotFound(translate("StoreSync", "no conflict number {number}").format(number=conflict_id))
    if conflict.resolved_at is not None:
        raise StoreError(translate("StoreSync", "conflict {number} ({label}) was already resolved ({resolution})").format(
            number=conflict_id, label=conflict.label, resolution=conflict.resolution))
    return _view(conflict)


def mark_resolved(conflict_id: int, keep: str, who: str, at: dt.datetime) -> ConflictView:
    m.Conflict.update(resolved_at=at, resolution=keep, resolved_by=who).where(m.Conflict.id == conflict_id).execute()
    return _view(m.Conflict.get_by_id(conflict_id))
