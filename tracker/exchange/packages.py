"""Offline field packages: export what changed since the last exchange, and the database's
identity in exchanges.

A package also carries the cluster of every evaluation it carries that is part of one
(tracker.exchange.package_clusters), whether or not the cluster changed.

What "changed" means: the sync base (table sync_base) keeps each record's content hash as of the
last exchange that carried it. A record whose hash differs, or that has none, has changed; a
record in the base that no longer exists (or that the audit trail shows deleted since the last
export) is a deletion and travels as a tombstone, naming the project the record belonged to
when the audit trail tells (a receiver applies a deletion only to a record of that project).

The database's identity is tracker.store.sync's (site_identity, set_site_name and
renew_site_identity are re-exported here); the export reads and writes through tracker.store.sync
in one bulk write transaction, so what it exports is one consistent state.

The marker moves on EXPORT: once a package is written, its records are the new base, so the next
package holds only later changes. Every record carries its ancestors (its hashes at this
database's earlier exchanges), so a package that is lost on the way is recovered with a full
export (`since="all"`) without false conflicts; merging is idempotent, so sending a record twice
is harmless."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from tracker.domain.i18n import translate
from tracker.domain.progress import CancelCheck, Progress, no_progress
from tracker.domain.project import new_uuid
from tracker.exchange import package_records as pr
from tracker.exchange.package_clusters import linked_clusters
from tracker.exchange.package_files import files_to_carry
from tracker.exchange.package_format import Manifest, PackageCancelled, write_package
from tracker.exchange.reference_base import with_reference_base
from tracker.store import sync
from tracker.store.documents import read_document_file
from tracker.store.sync import BaseEntry, renew_site_identity, set_site_name, site_identity
from tracker.store.writes import bulk_write_transaction, check_output_target

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
    files: int = 0  # attached files carried with their documents

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        parts = ", ".join(f"{n} {pr.kind_name(kind)}" for kind, n in self.counts.items() if n)
        changed, deleted = self.records, self.deleted
        text = translate("FieldPackage", "{file}: %n changed record(s)", "", changed).format(file=self.path.name)
        text += f" ({parts})" if parts else ""
        text += translate("FieldPackage", ", %n deletion(s)", "", deleted) if deleted else ""
        files = self.files
        return text + (translate("FieldPackage", ", %n attached file(s)", "", files) if files else "")


def export_package(
    path: str | os.PathLike[str],
    *,
    since: dt.datetime | str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> PackageReport:
    """Write every record changed since the last exchange (and every deletion) to `path`.

    `since=None`: changes since the last exchange; `since="all"`: every record (a full package);
    `since=<datetime>`: also every record the audit trail shows changed at or after that time."""
    path = check_output_target(path, translate("FieldPackage", "the package"))  # never over a database, before any work
    report = progress or no_progress
    report(0, 0, translate("FieldPackage", "Reading the records…"))
    with bulk_write_transaction():
        site = site_identity()
        current = pr.database_records()
        base = with_reference_base(sync.base_entries())
        chosen: list[pr.Record] = []
        if since == ALL:
            chosen = list(current.values())
        else:
            chosen = [r for r in current.values() if r.uuid not in base or base[r.uuid].hash != r.hash]
            if isinstance(since, (dt.datetime, dt.date)):
                touched = sync.touched_since(since)
                have = {r.uuid for r in chosen}
                chosen += [r for u, r in current.items() if u in touched and u not in have]
            # Whoever receives an evaluation linked to a cluster learns the cluster with it, changed or not.
            have = {r.uuid for r in chosen}
            chosen += [current[u] for u in linked_clusters(chosen) if u in current and u not in have]
        tombstones = _tombstones(current, base)
        if cancelled is not None and cancelled():
            raise PackageCancelled(translate("FieldPackage", "exporting the field package was cancelled; no file was written"))
        chosen.sort(key=lambda r: (_ORDER[r.kind], r.project_uuid or "", r.uuid))
        lines = [pr.to_line(r, _ancestors(base, r.uuid)) for r in chosen]
        # Children before their projects, so a merge can apply them in file order.
        tombstones.sort(key=lambda r: (-_ORDER[r.kind], r.uuid))
        lines += [pr.to_line(r, _ancestors(base, r.uuid)) for r in tombstones]
        counts = {kind: 0 for kind in pr.KINDS}
        for r in chosen:
            counts[r.kind] += 1
        previous = sync.last_exchange()
        package_id = new_uuid()
        now = sync.now()
        manifest = Manifest(
            package_id=package_id,
            source_uuid=site.uuid,
            source_name=site.name,
            created_at=now.isoformat() + "Z",
            base_marker=previous.package_id if previous else None,
            counts={**counts, "deleted": len(tombstones)},
            files=files_to_carry(chosen),
        )
        count = len(lines)
        report(0, 0, translate("FieldPackage", "Writing %n record(s)…", "", count))
        target = write_package(Path(path), manifest, lines, cancelled, read_document_file)
        # The marker moves on export: these versions are now the base of the next package.
        sync.advance_base([(r.uuid, r.kind, r.hash, []) for r in chosen], now)
        sync.drop_base([r.uuid for r in tombstones])
        sync.log_exchange(package_id, "export", now, len(lines))
    report(len(lines), len(lines), translate("FieldPackage", "Package written"))
    return PackageReport(path=target, package_id=package_id, source_name=site.name, counts=counts, deleted=len(tombstones),
                         files=len(manifest.files))


def _ancestors(base: dict[str, BaseEntry], uuid: str) -> list[str]:
    entry = base.get(uuid)
    return entry.ancestors if entry is not None else []


def _tombstones(current: dict[str, pr.Record], base: dict[str, BaseEntry]) -> list[pr.Record]:
    """Deletions: records of the base that are gone, and records the audit trail shows deleted
    since the last export (a record created and deleted between two exports included, which is
    harmless: the receiver does not have it either). Each names the project it belonged to when
    the audit trail tells (a receiver applies a deletion only to a record of that project)."""
    found = {u: entry.kind for u, entry in base.items() if u not in current}
    previous_export = sync.last_exchange("export")
    for table, uuid in sync.deleted_since(previous_export.at if previous_export is not None else None):
        if uuid not in current and uuid not in found and table in pr.KINDS:
            found[uuid] = table
    owners = sync.deletion_owners([u for u, kind in found.items() if kind in pr.OWNED_KINDS])
    return [pr.Record(kind, uuid, owners.get(uuid) if kind in pr.OWNED_KINDS else None, None) for uuid, kind in found.items()]
