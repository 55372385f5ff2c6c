"""Cluster evaluations: one evaluation covering several projects that share a theme, a partner or
a country (issue 16).

The cluster's own facts are a ClusterEvaluation row; each covered project keeps an Evaluation of
the cluster's kind whose `cluster` is the cluster's uuid. Every change to a member goes through
save_project (validation, version check, re-plan, totals, fingerprints, audit per project), and
every operation here is one transaction: completing a cluster completes every member evaluation
with the same date, evaluator, form and findings, or nothing at all. Compliance, reports and the
Close guard then count the completed evaluation for each project as they count any other.

A project joins with its open evaluation of the cluster's kind (the earliest due); one without
any evaluation of that kind gets an optional one, due on its planned end. A completed or waived
evaluation cannot join, nor one already part of another cluster. Deleting a project deletes its
evaluation, so it leaves the cluster; a cluster left with no member stays listed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import peewee

from tracker.domain import evaluations as actions
from tracker.domain import project as d
from tracker.domain import records as rk
from tracker.domain.classifications import (
    Criterion,
    EvaluationKind,
    EvaluationStatus,
    Independence,
    Stage,
    Theme,
    custom_evaluation_kinds,
)
from tracker.domain.codelists import country_code, country_name
from tracker.domain.errors import DomainError, FieldProblem, ValidationError
from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from tracker.domain.records import FieldSpec, text_problem
from tracker.store import models as m
from tracker.store.audit import AuditLog
from tracker.store.database import current_user
from tracker.store.errors import NotFound, StoreError
from tracker.store.projects import load_project, save_project
from tracker.store.writes import write_transaction

BASES = ("theme", "partner", "country")
# What a cluster's basis is, in words: "theme", "partner", "country".
_BASIS_WORDS = {
    "theme": QT_TRANSLATE_NOOP("Clusters", "theme"),
    "partner": QT_TRANSLATE_NOOP("Clusters", "partner"),
    "country": QT_TRANSLATE_NOOP("Clusters", "country"),
}
# The cluster's texts as tracker.domain.records describes them (the one description of the kind).
_CODE_SPEC = rk.CLUSTER_EVALUATION.field("code")
_TITLE_SPEC = rk.CLUSTER_EVALUATION.field("title")
CODE_WIDTH = _CODE_SPEC.width or 0
TITLE_WIDTH = _TITLE_SPEC.width or 0

# A cluster's standing, from its members' evaluations.
NO_MEMBERS, OPEN, PARTLY_COMPLETED, COMPLETED = "no-members", "open", "partly-completed", "completed"
_STATUS_WORDS = {
    NO_MEMBERS: QT_TRANSLATE_NOOP("Clusters", "No projects"),
    OPEN: QT_TRANSLATE_NOOP("Clusters", "Open"),
    PARTLY_COMPLETED: QT_TRANSLATE_NOOP("Clusters", "Partly completed"),
    COMPLETED: QT_TRANSLATE_NOOP("Clusters", "Completed"),
}


class ClusterRefused(DomainError):
    """A cluster operation refused as a whole: the one sentence names the cluster or project and
    what is wrong; nothing was written."""


def basis_word(basis: str) -> str:
    return translate("Clusters", _BASIS_WORDS.get(basis, basis))


def status_word(status: str) -> str:
    return translate("Clusters", _STATUS_WORDS.get(status, status))


# ---------------------------------------------------------------- what is read


@dataclass(frozen=True)
class Cluster:
    uuid: str
    code: str
    title: str
    kind: EvaluationKind
    basis: str
    basis_value: str
    version: int

    @property
    def basis_text(self) -> str:
        """"theme Gender equality", "partner DON", "country Senegal (SN)"."""
        return translate("Clusters", "{basis} {value}").format(basis=basis_word(self.basis), value=basis_label(self.basis, self.basis_value))


@dataclass(frozen=True)
class ClusterMember:
    """A covered project and its evaluation in the cluster."""

    project_code: str
    project_title: str
    evaluation: d.Evaluation


@dataclass(frozen=True)
class ClusterSummary:
    cluster: Cluster
    members: int
    completed: int
    completed_on: dt.date | None

    @property
    def status(self) -> str:
        if not self.members:
            return NO_MEMBERS
        if self.completed == self.members:
            return COMPLETED
        return PARTLY_COMPLETED if self.completed else OPEN


@dataclass(frozen=True)
class Joined:
    """A project that joined: its evaluation in the cluster, and whether it was added for it."""

    project_code: str
    evaluation: d.Evaluation
    added: bool


@dataclass
class ClusterChange:
    """What an operation did: the cluster as stored (as it was, when deleted), the projects that
    joined or left (codes), the completed projects, the facts edited (field, old, new), and one
    sentence per notable thing (an optional evaluation added)."""

    cluster: Cluster
    joined: list[Joined] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    completed: list[str] = field(default_factory=list)
    edited: list[tuple[str, str, str]] = field(default_factory=list)
    deleted: bool = False

    def notes(self) -> list[str]:
        found = []
        for item in self.joined:
            e = item.evaluation
            if item.added:
                found.append(translate("Clusters", "project {code} had no {kind} to join with: an optional one due {due} (its "
                                                   "planned end) was added, not mandatory").format(
                    code=item.project_code, kind=e.kind.label.lower(), due=e.due.isoformat()))
            else:
                found.append(translate("Clusters", "project {code}: its {evaluation} due {due} is now part of the cluster").format(
                    code=item.project_code, evaluation=e.title.lower(), due=e.due.isoformat()))
        for code in self.left:
            found.append(translate("Clusters", "project {code} left the cluster; its evaluation stays planned as its own").format(code=code))
        for name, old, new in self.edited:
            if name == "code":
                found.append(translate("Clusters", "code changed from {old} to {new}").format(old=old, new=new))
            else:
                found.append(translate("Clusters", "title changed from \u201c{old}\u201d to \u201c{new}\u201d").format(old=old, new=new))
        if self.deleted:
            # A field package never deletes a cluster (tracker.exchange.package_clusters): say so
            # here, where the deletion succeeds, so nobody expects the other offices to follow.
            found.append(translate("Clusters", "a database that received cluster {code} in a field package keeps it: a package never "
                                               "deletes a cluster evaluation").format(code=self.cluster.code))
        return found

    @property
    def changed_project_codes(self) -> list[str]:
        """For the app's list: the projects whose evaluations changed."""
        return [j.project_code for j in self.joined] + list(self.left) + list(self.completed)


def basis_label(basis: str, value: str) -> str:
    """The basis value as a reader knows it: a theme's label, a partner's code, a country's name
    and code."""
    if basis == "theme":
        try:
            return Theme(value).label
        except ValueError:
            return value
    if basis == "country":
        return f"{country_name(value)} ({value})" if value else value
    return value


def _cluster(row: m.ClusterEvaluation) -> Cluster:
    return Cluster(row.uuid, row.code, row.title, EvaluationKind(row.kind), row.basis, row.basis_value, row.version)


def _cluster_row(code: str) -> m.ClusterEvaluation:
    wanted = (code or "").strip()
    row = m.ClusterEvaluation.get_or_none(peewee.fn.LOWER(m.ClusterEvaluation.code) == wanted.lower())
    if row is None:
        known = ", ".join(c for (c,) in m.ClusterEvaluation.select(m.ClusterEvaluation.code).order_by(m.ClusterEvaluation.code).tuples())
        raise NotFound(translate("Clusters", "no cluster evaluation with code '{code}' (known: {known})").format(
            code=wanted, known=known or translate("Clusters", "none yet")))
    return row


def find_cluster(code: str) -> Cluster:
    """The cluster with this code, ignoring case; NotFound lists the known codes."""
    return _cluster(_cluster_row(code))


def list_clusters() -> list[ClusterSummary]:
    """Every cluster by code, with its number of members, how many are completed and when (the
    latest completion date)."""
    counts: dict[str, tuple[int, int, dt.date | None]] = {}
    query = (m.Evaluation.select(m.Evaluation.cluster, m.Evaluation.status, m.Evaluation.completed_on)
             .where(m.Evaluation.cluster != "").tuples())
    for uuid, status, completed_on in query:
        members, completed, last = counts.get(uuid, (0, 0, None))
        done = EvaluationStatus(status) is EvaluationStatus.COMPLETED
        if done and completed_on is not None:
            last = max(last, completed_on) if last else completed_on
        counts[uuid] = (members + 1, completed + done, last)
    return [ClusterSummary(_cluster(row), *counts.get(row.uuid, (0, 0, None)))
            for row in m.ClusterEvaluation.select().order_by(m.ClusterEvaluation.code)]


def cluster_members(code: str) -> list[ClusterMember]:
    """The projects a cluster covers, by code, each with its evaluation in the cluster."""
    cluster = _cluster_row(code)
    from tracker.store import mapping as mp

    rows = (m.Evaluation.select(m.Evaluation, m.Project.code, m.Project.title).join(m.Project)
            .where(m.Evaluation.cluster == cluster.uuid).order_by(m.Project.code, m.Evaluation.due))
    return [ClusterMember(row.project.code, row.project.title, mp.evaluation_from_row(row)) for row in rows]


def projects_sharing(basis: str, basis_value: str) -> list[tuple[str, str]]:
    """(code, title) of every project not cancelled that shares the basis, by code: those a new
    cluster on it may cover."""
    basis, value = _checked_basis(basis, basis_value)
    project = m.Project
    if basis == "theme":
        query = project.select(project.code, project.title).join(m.ProjectTheme).where(m.ProjectTheme.theme == value)
    elif basis == "country":
        query = project.select(project.code, project.title).join(m.ProjectCountry).where(m.ProjectCountry.country == value)
    else:
        query = (project.select(project.code, project.title).join(m.Funding).join(m.Partner)
                 .where(m.Partner.code == value))
    query = query.where(project.stage != Stage.CANCELLED).distinct().order_by(project.code)
    return list(query.tuples())


# ---------------------------------------------------------------- checking input


def _checked_kind(kind: EvaluationKind | str) -> EvaluationKind:
    if isinstance(kind, EvaluationKind):
        return kind
    text = (kind or "").strip()
    try:
        return EvaluationKind.parse(text)
    except ValueError:
        pass
    # A kind an organisation names is known once its rule set is read: read them, then look again.
    from tracker.domain.rules.ruleset import RuleSetError, available_rule_sets, load_rule_set

    for name in available_rule_sets():
        try:
            load_rule_set(name)
        except RuleSetError:
            continue
    try:
        return EvaluationKind.parse(text)
    except ValueError:
        codes = ", ".join([*EvaluationKind.codes(), *(k.value for k in custom_evaluation_kinds() if k.value not in EvaluationKind.codes())])
        raise ClusterRefused(translate("Clusters", "kind: '{text}' is not a kind of evaluation; use one of: {codes}").format(
            text=text, codes=codes)) from None


def _checked_basis(basis: str, basis_value: str) -> tuple[str, str]:
    """The basis and its value as stored (a theme's code, a partner's code, an ISO country code),
    or ClusterRefused naming what is wrong."""
    basis = (basis or "").strip().lower()
    value = (basis_value or "").strip()
    if basis not in BASES:
        raise ClusterRefused(translate("Clusters", "basis: '{basis}' is not a basis of a cluster; use theme, partner or country").format(
            basis=basis))
    if not value:
        raise ClusterRefused(translate("Clusters", "basis: name the {basis} the projects share").format(basis=basis_word(basis)))
    if basis == "theme":
        try:
            return basis, Theme.parse(value).value
        except ValueError as exc:
            raise ClusterRefused(translate("Clusters", "basis: {problem}").format(problem=exc)) from None
    if basis == "country":
        try:
            return basis, country_code(value)
        except ValueError as exc:
            raise ClusterRefused(translate("Clusters", "basis: {problem}").format(problem=exc)) from None
    row = m.Partner.get_or_none(peewee.fn.LOWER(m.Partner.code) == value.lower())
    if row is None:
        raise ClusterRefused(translate("Clusters", "basis: no partner with code '{code}'").format(code=value))
    return basis, row.code


def checked_code(code: str, own_uuid: str | None = None) -> str:
    """The code trimmed, or ClusterRefused: empty, too long, or another cluster's (ignoring case;
    `own_uuid`: the cluster whose code it may already be, when one is renamed)."""
    text = (code or "").strip()
    if not text:
        raise ClusterRefused(translate("Clusters", "code: a cluster evaluation needs a code"))
    if len(text) > CODE_WIDTH:
        raise ClusterRefused(translate("Clusters", "code: keep the code to {width} characters (it has {length})").format(
            width=CODE_WIDTH, length=len(text)))
    _refuse_characters(text, _CODE_SPEC)
    clash = m.ClusterEvaluation.get_or_none(peewee.fn.LOWER(m.ClusterEvaluation.code) == text.lower())
    if clash is not None and clash.uuid != own_uuid:
        raise ClusterRefused(translate("Clusters", "code: a cluster evaluation with code '{code}' exists already").format(code=clash.code))
    return text


def checked_title(title: str) -> str:
    """The title trimmed (it may be empty), or ClusterRefused: too long, or a character no
    database keeps."""
    text = (title or "").strip()
    if len(text) > TITLE_WIDTH:
        raise ClusterRefused(translate("Clusters", "title: keep the title to {width} characters (it has {length})").format(
            width=TITLE_WIDTH, length=len(text)))
    _refuse_characters(text, _TITLE_SPEC)
    return text


def _refuse_characters(text: str, spec: FieldSpec) -> None:
    """ClusterRefused naming the field when the text holds a character no database keeps (a
    package would carry it to a database that refuses it)."""
    problem = text_problem(spec, text)
    if problem is not None:
        raise ClusterRefused(translate("Clusters", "{field}: {problem}").format(field=spec.label, problem=problem.message))


def _codes(project_codes: Iterable[str]) -> list[str]:
    """The codes as given, without blanks and repeats (the first spelling kept)."""
    seen: dict[str, str] = {}
    for code in project_codes:
        text = (code or "").strip()
        if text and text.lower() not in seen:
            seen[text.lower()] = text
    return list(seen.values())


# ---------------------------------------------------------------- joining and leaving


def _lacks(project: d.Project, cluster: Cluster) -> str | None:
    """Why the project does not share the cluster's basis, or None when it does."""
    value = cluster.basis_value
    if cluster.basis == "theme" and value not in {t.value for t in project.themes}:
        return translate("Clusters", "project {code} does not have the theme {theme}, the basis of cluster {cluster}").format(
            code=project.code, theme=basis_label("theme", value), cluster=cluster.code)
    if cluster.basis == "partner" and value not in {f.partner_code for f in project.fundings}:
        return translate("Clusters", "project {code} has no funding line from partner {partner}, the basis of cluster {cluster}").format(
            code=project.code, partner=value, cluster=cluster.code)
    if cluster.basis == "country" and value not in project.countries:
        return translate("Clusters", "project {code} is not in {country}, the basis of cluster {cluster}").format(
            code=project.code, country=basis_label("country", value), cluster=cluster.code)
    return None


def linked(evaluation: d.Evaluation, uuid: str) -> d.Evaluation:
    """A copy of the evaluation linked to the cluster `uuid` ("": to none, its project's own)."""
    return dataclasses.replace(evaluation, cluster=uuid, ratings=dict(evaluation.ratings))


def _other_cluster_code(uuid: str) -> str:
    row = m.ClusterEvaluation.get_or_none(m.ClusterEvaluation.uuid == uuid)
    return row.code if row is not None else uuid


def _join(project: d.Project, cluster: Cluster) -> tuple[int, bool]:
    """Link the project's evaluation of the cluster's kind (added when it has none): its position
    and whether it was added. Refused with one sentence naming the project."""
    if (lacks := _lacks(project, cluster)) is not None:
        raise ClusterRefused(lacks)
    kind = cluster.kind
    of_kind = [(i, e) for i, e in enumerate(project.evaluations) if e.kind is kind]
    if any(e.cluster == cluster.uuid for _, e in of_kind):
        raise ClusterRefused(translate("Clusters", "project {code} is already in cluster {cluster}").format(
            code=project.code, cluster=cluster.code))
    open_ = sorted(((i, e) for i, e in of_kind if e.status.is_open), key=lambda item: item[1].due)
    free = [(i, e) for i, e in open_ if not e.cluster]
    if free:
        index, evaluation = free[0]
        project.evaluations[index] = linked(evaluation, cluster.uuid)
        return index, False
    if open_:
        evaluation = open_[0][1]
        raise ClusterRefused(translate("Clusters", "project {code}: its {evaluation} due {due} is already part of cluster {other}").format(
            code=project.code, evaluation=evaluation.title.lower(), due=evaluation.due.isoformat(),
            other=_other_cluster_code(evaluation.cluster)))
    closed = [e for _, e in of_kind if e.status in (EvaluationStatus.COMPLETED, EvaluationStatus.WAIVED)]
    if closed:
        evaluation = closed[-1]
        if evaluation.status is EvaluationStatus.COMPLETED:
            raise ClusterRefused(translate("Clusters", "project {code}: its {evaluation} was completed on {date}; a completed "
                                                       "evaluation cannot join a cluster").format(
                code=project.code, evaluation=evaluation.title.lower(),
                date=evaluation.completed_on.isoformat() if evaluation.completed_on else "?"))
        raise ClusterRefused(translate("Clusters", "project {code}: its {evaluation} was waived ({reason}); a waived evaluation "
                                                   "cannot join a cluster").format(
            code=project.code, evaluation=evaluation.title.lower(), reason=evaluation.waiver_reason))
    if project.planned_end is None:
        raise ClusterRefused(translate("Clusters", "project {code} has no {kind} and no planned end to plan one on; set its "
                                                   "planned end first").format(code=project.code, kind=kind.label.lower()))
    added = actions.add_optional_evaluation(project, kind, project.planned_end)
    project.evaluations.append(linked(added, cluster.uuid))
    return len(project.evaluations) - 1, True


def _join_all(cluster: Cluster, project_codes: Sequence[str], who: str) -> list[Joined]:
    joined = []
    for code in project_codes:
        project = load_project(code)
        index, added = _join(project, cluster)
        uuid = project.evaluations[index].uuid
        stored, _ = save_project(project, who)
        evaluation = next(e for e in stored.evaluations if e.uuid == uuid)
        joined.append(Joined(stored.code, evaluation, added))
    return joined


def _touch(cluster: Cluster, log: AuditLog, field_name: str, old: str | None, new: str | None) -> Cluster:
    """Bump the cluster's version (an open window's copy is then stale) and audit what changed."""
    updated = (m.ClusterEvaluation.update(version=m.ClusterEvaluation.version + 1, updated_at=m.utc_now())
               .where((m.ClusterEvaluation.uuid == cluster.uuid) & (m.ClusterEvaluation.version == cluster.version)).execute())
    if updated != 1:
        raise StoreError(translate("Clusters", "cluster {code} was changed by someone else meanwhile; try again").format(code=cluster.code))
    log.add("cluster_evaluation", cluster.uuid, "update", field_name, old, new)
    return find_cluster(cluster.code)


def create_cluster(code: str, title: str, kind: EvaluationKind | str, basis: str, basis_value: str,
                   project_codes: Iterable[str] = (), who: str | None = None) -> ClusterChange:
    """A new cluster evaluation covering `project_codes` (none yet is allowed), in one
    transaction: every project must share the basis, and joins with its open evaluation of `kind`
    or an optional one added for it. Refused as a whole, nothing written (ClusterRefused, or the
    save's own refusal naming the project)."""
    who = who or current_user()
    codes = _codes(project_codes)
    with write_transaction():
        clean_code = checked_code(code)
        clean_title = checked_title(title)
        clean_kind = _checked_kind(kind)
        clean_basis, value = _checked_basis(basis, basis_value)
        row = m.ClusterEvaluation.create(code=clean_code, title=clean_title, kind=clean_kind.value, basis=clean_basis, basis_value=value)
        log = AuditLog(who)
        log.diff("cluster_evaluation", row.uuid, None, {"code": clean_code, "title": clean_title, "kind": clean_kind.value,
                                                         "basis": clean_basis, "basis_value": value})
        cluster = _cluster(row)
        joined = _join_all(cluster, codes, who)
        log.write()
    return ClusterChange(cluster, joined)


def add_to_cluster(code: str, project_codes: Iterable[str], who: str | None = None) -> ClusterChange:
    """Add projects to a cluster, in one transaction (the rules of create_cluster)."""
    who = who or current_user()
    codes = _codes(project_codes)
    if not codes:
        raise ClusterRefused(translate("Clusters", "name at least one project to add to cluster {code}").format(code=code.strip()))
    with write_transaction():
        cluster = find_cluster(code)
        joined = _join_all(cluster, codes, who)
        log = AuditLog(who)
        cluster = _touch(cluster, log, "projects", None, ", ".join(j.project_code for j in joined))
        log.write()
    return ClusterChange(cluster, joined)


def remove_from_cluster(code: str, project_codes: Iterable[str], who: str | None = None) -> ClusterChange:
    """Take projects out of a cluster, in one transaction: each one's evaluation stays, planned as
    its own. A project whose evaluation was completed with the cluster stays in it."""
    who = who or current_user()
    codes = _codes(project_codes)
    if not codes:
        raise ClusterRefused(translate("Clusters", "name at least one project to remove from cluster {code}").format(code=code.strip()))
    with write_transaction():
        cluster = find_cluster(code)
        left = []
        for project_code in codes:
            project = load_project(project_code)
            index = next((i for i, e in enumerate(project.evaluations) if e.cluster == cluster.uuid), None)
            if index is None:
                raise ClusterRefused(translate("Clusters", "project {code} is not in cluster {cluster}").format(
                    code=project.code, cluster=cluster.code))
            evaluation = project.evaluations[index]
            if evaluation.status is EvaluationStatus.COMPLETED:
                raise ClusterRefused(translate("Clusters", "project {code}: its {evaluation} was completed with cluster {cluster} on "
                                                           "{date}, so it stays in the cluster").format(
                    code=project.code, evaluation=evaluation.title.lower(), cluster=cluster.code,
                    date=evaluation.completed_on.isoformat() if evaluation.completed_on else "?"))
            project.evaluations[index] = linked(evaluation, "")
            stored, _ = save_project(project, who)
            left.append(stored.code)
        log = AuditLog(who)
        cluster = _touch(cluster, log, "projects", ", ".join(left), None)
        log.write()
    return ClusterChange(cluster, left=left)


def complete_cluster(code: str, completed_on: dt.date | None, evaluator: str, independence: Independence,
                     findings: str = "", ratings: Mapping[Criterion | str, int] | None = None,
                     who: str | None = None) -> ClusterChange:
    """Record the cluster evaluation as completed: every member evaluation completed on the same
    date, by the same evaluator, in the same form, with the same findings (and ratings), each
    through save_project, all in one transaction. Refused as a whole when any member refuses,
    naming the project. Recording again corrects the record of every member."""
    who = who or current_user()
    with write_transaction():
        cluster = find_cluster(code)
        members = cluster_members(cluster.code)
        if not members:
            raise ClusterRefused(translate("Clusters", "cluster {code} covers no project yet; add projects before recording its "
                                                       "completion").format(code=cluster.code))
        done = []
        for member in members:
            project = load_project(member.project_code)
            index = next(i for i, e in enumerate(project.evaluations) if e.uuid == member.evaluation.uuid)
            try:
                project.evaluations[index] = actions.record_completion(
                    project, index, completed_on=completed_on, evaluator=evaluator, independence=independence,
                    ratings=ratings, findings=findings)
            except ValidationError as exc:
                raise ClusterRefused(_first_problem(project.code, exc)) from None
            stored, _ = save_project(project, who)
            done.append(stored.code)
        log = AuditLog(who)
        cluster = _touch(cluster, log, "completed_on", None, completed_on.isoformat() if completed_on else None)
        log.write()
    return ClusterChange(cluster, completed=done)


# ---------------------------------------------------------------- from another database


def all_clusters() -> list[Cluster]:
    """Every cluster, by code: what a field package carries of the clusters (their own facts)."""
    return [_cluster(row) for row in m.ClusterEvaluation.select().order_by(m.ClusterEvaluation.code)]


def _received_text(value: str, spec: FieldSpec) -> str:
    """A text of a cluster from another database, trimmed, or ClusterRefused naming the field
    when it holds a character no database keeps or is longer than its column."""
    text = (value or "").strip()
    _refuse_characters(text, spec)
    return text


# The labels are the record fields' own (context "RecordField", translated with the domain's).


def receive_cluster(uuid: str, code: str, title: str, kind: EvaluationKind | str, basis: str, basis_value: str,
                    who: str | None = None) -> str | None:
    """A cluster as another database holds it (a field package: tracker.exchange.merge decides
    whether its version applies), by its uuid: created when this database does not know it, its
    facts replaced when they differ. Audited, in one transaction (the merge's). Returns "created",
    "updated", or None when this database holds the same facts already. ClusterRefused names what
    is wrong, nothing written: a code another cluster here has (clusters are one by their uuid,
    never by their code), a basis or kind this database cannot take, a text no database keeps."""
    who = who or current_user()
    with write_transaction():
        clean_code = _received_text(code, _CODE_SPEC)
        if not clean_code:
            raise ClusterRefused(translate("Clusters", "code: a cluster evaluation needs a code"))
        clash = m.ClusterEvaluation.get_or_none((peewee.fn.LOWER(m.ClusterEvaluation.code) == clean_code.lower())
                                                & (m.ClusterEvaluation.uuid != uuid))
        if clash is not None:
            raise ClusterRefused(translate("Clusters", "code: cluster evaluation {code} ({uuid}) is not the cluster evaluation {local} "
                                                       "of this database ({local_uuid}): two databases made a cluster with one code").format(
                code=clean_code, uuid=uuid, local=clash.code, local_uuid=clash.uuid))
        facts = {"code": clean_code, "title": _received_text(title, _TITLE_SPEC), "kind": _checked_kind(kind).value}
        facts["basis"], facts["basis_value"] = _checked_basis(basis, basis_value)
        row = m.ClusterEvaluation.get_or_none(m.ClusterEvaluation.uuid == uuid)
        log = AuditLog(who)
        if row is None:
            m.ClusterEvaluation.create(uuid=uuid, **facts)
            log.diff("cluster_evaluation", uuid, None, facts)
            outcome = "created"
        else:
            before = {name: getattr(row, name) for name in facts}
            if before == facts:
                return None
            m.ClusterEvaluation.update(**facts, version=m.ClusterEvaluation.version + 1, updated_at=m.utc_now()).where(
                m.ClusterEvaluation.id == row.id).execute()
            log.diff("cluster_evaluation", uuid, before, facts)
            outcome = "updated"
        log.write()
    return outcome


def _first_problem(code: str, exc: ValidationError) -> str:
    """A member's refusal as one sentence naming the project: "project X: <the first problem>"."""
    problem: FieldProblem = exc.problems[0]
    return translate("Clusters", "project {code}: {problem}").format(code=code, problem=problem.message)


__all__ = [
    "BASES",
    "Cluster",
    "ClusterChange",
    "ClusterMember",
    "ClusterRefused",
    "ClusterSummary",
    "add_to_cluster",
    "all_clusters",
    "basis_label",
    "basis_word",
    "checked_code",
    "checked_title",
    "cluster_members",
    "complete_cluster",
    "create_cluster",
    "find_cluster",
    "linked",
    "list_clusters",
    "projects_sharing",
    "receive_cluster",
    "remove_from_cluster",
    "status_word",
]
