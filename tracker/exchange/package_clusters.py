"""Cluster evaluations in field packages (issue 16).

A cluster's own facts (code, title, kind, basis and its value) travel as a record of no project,
kind "cluster_evaluation", keyed by the cluster's uuid, like a partner or an exchange rate: its
content hash, its ancestors and the conflict rule of tracker.exchange.merge apply unchanged (the
sender's version applies where this database still holds the version it started from, a version
changed on both sides waits as a conflict). Its version and timestamps are local to a database,
as every record's: they are not carried, so adding a project to a cluster (which bumps the
cluster's version only) sends the member's evaluation, not the cluster again.

A package that carries an evaluation linked to a cluster also carries that cluster, changed or
not, so that whoever receives the evaluation knows the cluster it is part of. Two clusters are one
by their uuid, never by their code: a cluster arriving with the code of another cluster of the
receiving database is refused whole (tracker.exchange.merge), before anything is written; giving
one of them another code (tracker.store.cluster_edits.edit_cluster) clears it, a new code
travelling as any change of facts. A package never deletes a cluster: an office that deletes one
(a cluster no project completed) deletes it in its own database; another database keeps it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tracker.domain import records as rk
from tracker.domain.classifications import EvaluationKind
from tracker.store import clusters
from tracker.store.sync import StoredRecord

KIND = "cluster_evaluation"  # the store's table, the audit trail's and the package's name of it


@dataclass
class ClusterRecord:
    """A cluster's facts as a package carries them (tracker.store.clusters.Cluster without its
    local version)."""

    uuid: str
    code: str
    basis: str  # theme, partner or country
    title: str = ""
    kind: EvaluationKind = EvaluationKind.CLUSTER
    basis_value: str = ""


# The values a cluster's record carries, and the widths of the store's columns (a longer text is
# refused while the package is read, before PostgreSQL would refuse it in the middle of a merge).
FIELDS = frozenset(f.name for f in rk.CLUSTER_EVALUATION.fields)
WIDTHS = {f.name: f.width for f in rk.CLUSTER_EVALUATION.fields if f.width}


def stored_records() -> list[StoredRecord]:
    """Every cluster of this database, as tracker.store.sync.read_records gives the other records."""
    return [StoredRecord(KIND, c.uuid, None, ClusterRecord(c.uuid, c.code, c.basis, c.title, c.kind, c.basis_value))
            for c in clusters.all_clusters()]


def linked_clusters(records: Iterable[Any]) -> list[str]:
    """The uuids of the clusters the evaluations among `records` (package records) are part of,
    in the order first named."""
    found: dict[str, None] = {}
    for record in records:
        value = record.value
        if record.kind == "evaluation" and value is not None and getattr(value, "cluster", ""):
            found.setdefault(value.cluster, None)
    return list(found)


def receive(value: ClusterRecord, who: str) -> str | None:
    """Apply a cluster's incoming version (see tracker.store.clusters.receive_cluster)."""
    return clusters.receive_cluster(value.uuid, value.code, value.title, value.kind, value.basis, value.basis_value, who)


def code_clash(arriving: Iterable[ClusterRecord], held: Iterable[ClusterRecord]) -> tuple[ClusterRecord, ClusterRecord] | None:
    """The first cluster arriving with the code (ignoring case) of another cluster this database
    would then hold, and that other cluster; None when every code names one cluster. `held`: the
    clusters of this database; the arriving ones replace theirs (a change of code included)."""
    arriving = list(arriving)
    replaced = {value.uuid for value in arriving}
    codes = {value.code.strip().lower(): value for value in held if value.uuid not in replaced}
    for value in arriving:
        other = codes.setdefault(value.code.strip().lower(), value)
        if other.uuid != value.uuid:
            return value, other
    return None
