"""Offline field packages: export what changed since the last exchange, and the database's
identity in exchanges.

What "changed" means: the sync base (table sync_base) keeps each record's content hash as of the
last exchange that carried it. A record whose hash differs, or that has none, has changed; a
record in the base that no longer exists (or that the audit trail shows deleted since the last
export) is a deletion and travels as a tombstone.

The marker moves on EXPORT: once a package is written, its records are the new base, so the next
package holds only later changes. Every record carries its ancestors (its hashes at this
database's earlier exchanges), so a package that is lost on the way is recovered with a full
export (`since="all"`) without false conflicts; merging is idempotent, so sending a record twice
is harmless."""

from __future__ import annotations

import datetime as dt
import os
import platform
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tracker.domain.project import new_uuid
from tracker.exchange import package_records as pr
from tracker.exchange.package_format import Manifest, PackageCancelled, write_package
from tracker.store import models as m
from tracker.store.database import database_path

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
ALL = "all"
_ORDER = {kind: i for i, kind in enumerate(pr.KINDS)}

__all__ = ["ALL", "PackageCancelled", "PackageReport", "export_package", "renew_site_identity", "site_identity", "set_site_name"]


@dataclass
class PackageReport:
    path: Path
    package_id: str
    source_name: str
    counts: dict[str, int] = field(default_factory=dict)
    deleted: int = 0

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        parts = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in self.counts.items() if n)
        text = f"{self.path.name}: {self.records} changed records" + (f" ({parts})" if parts else "")
        return text + (f", {self.deleted} deletions" if self.deleted else "")


def site_identity() -> m.Site:
    """This database's identity (created on first use, named after its file and computer)."""
    site = m.Site.select().order_by(m.Site.id).first()
    if site is None:
        path = database_path()
        stem = path.stem if path is not None else "tracker"
        site = m.Site.create(uuid=new_uuid(), name=f"{stem} on {platform.node() or 'this computer'}")
    return site


def set_site_name(name: str) -> m.Site:
    site = site_identity()
    site.name = name.strip() or site.name
    site.save()
    return site


def renew_site_identity(name: str | None = None) -> m.Site:
    """Give this database an identity of its own: for a database set up as a copy (a backup) of
    another, which would otherwise share the original's identity and be refused its packages."""
    site = site_identity()
    site.uuid = new_uuid()
    if name and name.strip():
        site.name = name.strip()
    site.save()
    return site


def last_marker() -> m.ExchangeLog | None:
    return m.ExchangeLog.select().order_by(m.ExchangeLog.at.desc(), m.ExchangeLog.id.desc()).first()


def export_package(
    path: str | os.PathLike[str],
    *,
    since: dt.datetime | str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> PackageReport:
    """Write every record changed since the last exchange (and every deletion) to `path`.

    `since=None`: changes since the last exchange; `since="all"`: every record (a full package);
    `since=<datetime>`: also every record the audit trail shows changed at or after that time."""
    report = progress or (lambda done, total, text: None)
    database = m.Site._meta.database
    report(0, 0, "Reading the records…")
    with database.atomic():
        site = site_identity()
        current = pr.current_records()
        base = pr.base_rows()
        chosen: list[pr.Record] = []
        if since == ALL:
            chosen = list(current.values())
        else:
            chosen = [r for r in current.values() if r.uuid not in base or base[r.uuid].hash != r.hash]
            if isinstance(since, (dt.datetime, dt.date)):
                touched = {u for (u,) in m.AuditEntry.select(m.AuditEntry.record_uuid).where(m.AuditEntry.at >= since).tuples()}
                have = {r.uuid for r in chosen}
                chosen += [r for u, r in current.items() if u in touched and u not in have]
        tombstones = _tombstones(current, base)
        if cancelled is not None and cancelled():
            raise PackageCancelled()
        chosen.sort(key=lambda r: (_ORDER[r.kind], r.project_uuid or "", r.uuid))
        lines = [pr.to_line(r, pr.ancestors(base.get(r.uuid))) for r in chosen]
        # Children before their projects, so a merge can apply them in file order.
        tombstones.sort(key=lambda r: (-_ORDER[r.kind], r.uuid))
        lines += [pr.to_line(r, pr.ancestors(base.get(r.uuid))) for r in tombstones]
        counts = {kind: 0 for kind in pr.KINDS}
        for r in chosen:
            counts[r.kind] += 1
        previous = last_marker()
        package_id = new_uuid()
        now = m.utc_now()
        manifest = Manifest(
            package_id=package_id,
            source_uuid=site.uuid,
            source_name=site.name,
            created_at=now.isoformat() + "Z",
            base_marker=previous.package_id if previous else None,
            counts={**counts, "deleted": len(tombstones)},
        )
        report(0, 0, f"Writing {len(lines)} records…")
        target = write_package(Path(path), manifest, lines, cancelled)
        # The marker moves on export: these versions are now the base of the next package.
        pr.advance_base([(r, []) for r in chosen], now)
        pr.drop_base([r.uuid for r in tombstones])
        m.ExchangeLog.create(package_id=package_id, direction="export", at=now, records=len(lines))
    report(len(lines), len(lines), "Package written")
    return PackageReport(path=target, package_id=package_id, source_name=site.name, counts=counts, deleted=len(tombstones))


def _tombstones(current: dict[str, pr.Record], base: dict[str, m.SyncBase]) -> list[pr.Record]:
    """Deletions: records of the base that are gone, and records the audit trail shows deleted
    since the last export (a record created and deleted between two exports included, which is
    harmless: the receiver does not have it either)."""
    found = {u: row.kind for u, row in base.items() if u not in current}
    previous_export = m.ExchangeLog.select().where(m.ExchangeLog.direction == "export").order_by(m.ExchangeLog.at.desc()).first()
    query = m.AuditEntry.select(m.AuditEntry.table, m.AuditEntry.record_uuid).where(m.AuditEntry.action == "delete")
    if previous_export is not None:
        query = query.where(m.AuditEntry.at >= previous_export.at)
    for table, uuid in query.tuples():
        if uuid not in current and uuid not in found and table in pr.KINDS:
            found[uuid] = table
    return [pr.Record(kind, uuid, None, None) for uuid, kind in found.items()]

