"""A cluster evaluation corrected or deleted (issue 16): its code or title edited, or a cluster made
by mistake deleted, each in one transaction, audited with the cluster's other changes and checked
against the version an open window read.

Member evaluations name their cluster by its uuid, so a new code or title changes no project, and
the next field package carries the cluster's new facts (tracker.exchange.package_clusters). A code
is one cluster's in any case, as when a cluster is made; renaming one is also how an office clears
a code that another office's cluster took (the package refused for the clash then merges).

Only a cluster no member completed can be deleted: a completed member evaluation counts for its
project because of the cluster. Its other members leave it first, each through save_project (the
evaluation stays planned as the project's own, as when a project is removed), then the row goes.
A field package never deletes a cluster, so a database that received it keeps it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tracker.domain.classifications import EvaluationStatus
from tracker.domain.i18n import translate
from tracker.store import models as m
from tracker.store.audit import AuditLog
from tracker.store.clusters import (
    Cluster,
    ClusterChange,
    ClusterRefused,
    checked_code,
    checked_title,
    cluster_members,
    find_cluster,
    linked,
)
from tracker.store.database import current_user
from tracker.store.errors import StoreError
from tracker.store.projects import load_project, save_project
from tracker.store.writes import write_transaction

TABLE = "cluster_evaluation"  # the audit trail's name of the cluster's rows


def _stale(code: str) -> StoreError:
    return StoreError(translate("Clusters", "cluster {code} was changed by someone else meanwhile; try again").format(code=code))


def _check_version(cluster: Cluster, version: int | None) -> None:
    """StoreError when the window's copy (`version`, None: no copy) is older than the stored one."""
    if version is not None and version != cluster.version:
        raise _stale(cluster.code)


def edit_cluster(code: str, *, new_code: str | None = None, title: str | None = None, who: str | None = None,
                 version: int | None = None) -> ClusterChange:
    """Give the cluster a new code (free in any case, the rules of create_cluster) and/or title
    (not empty), in one transaction, audited field by field; its version goes up, so a window
    holding the older one is refused (`version`: the one it read). ClusterRefused names the field;
    nothing is written. Giving the values it has already writes nothing."""
    who = who or current_user()
    if new_code is None and title is None:
        raise ClusterRefused(translate("Clusters", "name the new code or title of cluster {code}").format(code=(code or "").strip()))
    with write_transaction():
        cluster = find_cluster(code)
        _check_version(cluster, version)
        after = {"code": cluster.code, "title": cluster.title}
        if new_code is not None:
            after["code"] = checked_code(new_code, own_uuid=cluster.uuid)
        if title is not None:
            after["title"] = _nonempty_title(title)
        before = {"code": cluster.code, "title": cluster.title}
        edited = [(name, before[name], after[name]) for name in ("code", "title") if before[name] != after[name]]
        if not edited:
            return ClusterChange(cluster)
        updated = (m.ClusterEvaluation.update(**after, version=m.ClusterEvaluation.version + 1, updated_at=m.utc_now())
                   .where((m.ClusterEvaluation.uuid == cluster.uuid) & (m.ClusterEvaluation.version == cluster.version)).execute())
        if updated != 1:
            raise _stale(cluster.code)
        log = AuditLog(who)
        log.diff(TABLE, cluster.uuid, dict(before), dict(after))
        log.write()
        stored = find_cluster(after["code"])
    return ClusterChange(stored, edited=edited)


def _nonempty_title(title: str) -> str:
    text = checked_title(title)
    if not text:
        raise ClusterRefused(translate("Clusters", "title: a cluster evaluation's title cannot be empty"))
    return text


@dataclass(frozen=True)
class ClusterDeletion:
    """What deleting a cluster would do: the projects that would leave it (their evaluation stays,
    as their own), and the members completed with it, which keep it from being deleted."""

    cluster: Cluster
    leaving: list[str]
    completed: list[tuple[str, dt.date | None]]

    def refusal(self) -> str | None:
        """Why the cluster cannot be deleted, in one sentence; None when it can."""
        if not self.completed:
            return None
        done = ", ".join(f"{code} {day.isoformat() if day else '?'}" for code, day in self.completed)
        count = len(self.completed)
        return translate("Clusters", "cluster {code} cannot be deleted: it was completed for %n project(s), where it counts "
                                     "({projects}); only a cluster that no project completed can be deleted", "", count).format(
            code=self.cluster.code, projects=done)


def cluster_deletion(code: str) -> ClusterDeletion:
    """What delete_cluster would do now (a confirmation's words, `tracker clusters delete`
    without --yes)."""
    cluster = find_cluster(code)
    leaving, completed = [], []
    for member in cluster_members(cluster.code):
        if member.evaluation.status is EvaluationStatus.COMPLETED:
            completed.append((member.project_code, member.evaluation.completed_on))
        else:
            leaving.append(member.project_code)
    return ClusterDeletion(cluster, leaving, completed)


def delete_cluster(code: str, who: str | None = None, *, version: int | None = None) -> ClusterChange:
    """Delete a cluster no member completed, in one transaction: each member's evaluation leaves
    it through save_project (planned as the project's own; audited in the project's trail), then
    the row is deleted (audited). ClusterRefused when a member was completed with it, nothing
    written; a database that received the cluster in a field package keeps it."""
    who = who or current_user()
    with write_transaction():
        deletion = cluster_deletion(code)
        cluster = deletion.cluster
        _check_version(cluster, version)
        if (refusal := deletion.refusal()) is not None:
            raise ClusterRefused(refusal)
        left = []
        for project_code in deletion.leaving:
            project = load_project(project_code)
            project.evaluations = [linked(e, "") if e.cluster == cluster.uuid else e for e in project.evaluations]
            stored, _ = save_project(project, who)
            left.append(stored.code)
        removed = m.ClusterEvaluation.delete().where(
            (m.ClusterEvaluation.uuid == cluster.uuid) & (m.ClusterEvaluation.version == cluster.version)).execute()
        if removed != 1:
            raise _stale(cluster.code)
        log = AuditLog(who)
        log.diff(TABLE, cluster.uuid, {"code": cluster.code, "title": cluster.title, "kind": cluster.kind.value,
                                       "basis": cluster.basis, "basis_value": cluster.basis_value}, None)
        log.write()
    return ClusterChange(cluster, left=left, deleted=True)


__all__ = ["ClusterDeletion", "cluster_deletion", "delete_cluster", "edit_cluster"]
