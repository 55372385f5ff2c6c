"""Cluster evaluations travel in field packages (issue 16): a cluster made at one site arrives at
the other with its projects, is listed there with its members, and completing it there completes
each member; its facts follow the merge's rule (the sender's version applies where the receiver
still holds the one it started from); an older package without clusters still merges; a cluster
whose code another cluster of the receiving database has is refused in one sentence, nothing
written."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.exchange.package_sites import Sites
from tests.exchange.test_package_guarantees import audit_of, forge, package_lines, rehashed
from tests.partner_helpers import ensure_partner
from tests.store.test_clusters import GENDER, _project
from tracker.domain import project as d
from tracker.domain.classifications import EvaluationKind, EvaluationStatus, Independence, PartnerCategory
from tracker.exchange.package_records import CLUSTER, database_records, kind_name
from tracker.exchange.results import UnreadableFile
from tracker.store import clusters as cl
from tracker.store import models as m
from tracker.store.projects import load_project

pytestmark = pytest.mark.sqlite_only  # two database files

MEMBERS = ["AAA/21/01/LUX", "BBB/21/02/LUX"]
STRANGER = "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"


@pytest.fixture
def sites(tmp_path):
    """Headquarters made a cluster of two projects' final evaluations; the field laptop is empty."""
    sites = Sites(tmp_path)
    sites.use("field")
    sites.use("hq")
    ensure_partner(d.Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL, country="LU"))
    _project("AAA/21/01/LUX", "2021-01-01", "2022-12-31", themes=[GENDER], countries=["SN"])
    _project("BBB/21/02/LUX", "2021-07-01", "2023-06-30", themes=[GENDER], countries=["SN", "ML"])
    cl.create_cluster("CL-GENDER-SN", "Gender equality in the Sahel", "final", "theme", "gender-equality", MEMBERS)
    yield sites
    sites.close()


def local_line(kind: str, record_uuid: str) -> dict:
    """A package line for a record of the open database, its current hash as its ancestor."""
    record = database_records()[record_uuid]
    assert record.kind == kind
    return {"kind": kind, "uuid": record.uuid, "project": record.project_uuid, "values": record.values, "hash": record.hash,
            "ancestors": [record.hash]}


def _finals() -> dict[str, d.Evaluation]:
    return {code: next(e for e in load_project(code).evaluations if e.kind is EvaluationKind.FINAL) for code in MEMBERS}


def _counts() -> dict[str, int]:
    return {model._meta.table_name: model.select().count()
            for model in (m.ClusterEvaluation, m.Project, m.Evaluation, m.AuditEntry, m.ExchangeLog, m.SyncBase, m.Conflict)}


def test_a_cluster_travels_with_its_projects_and_is_completed_at_the_other_site(sites):
    sites.use("hq")
    made = cl.find_cluster("CL-GENDER-SN")
    report = sites.sync("hq", "field")
    assert report.conflicts == [] and report.skipped == []
    sites.use("field")
    (summary,) = cl.list_clusters()
    assert (summary.cluster.uuid, summary.cluster.code, summary.cluster.title, summary.cluster.kind, summary.cluster.basis,
            summary.cluster.basis_value) == (made.uuid, "CL-GENDER-SN", "Gender equality in the Sahel", EvaluationKind.FINAL, "theme",
                                             "gender-equality")
    assert (summary.members, summary.completed, summary.status) == (2, 0, cl.OPEN)
    assert [member.project_code for member in cl.cluster_members("cl-gender-sn")] == MEMBERS
    assert audit_of(made.uuid)[0].who.startswith("package ")  # created through the store: audited

    cl.complete_cluster("CL-GENDER-SN", dt.date(2023, 9, 30), "Independent Evaluation Office", Independence.EXTERNAL,
                        "Women's participation doubled")
    for code, final in _finals().items():
        assert (final.status, final.completed_on, final.evaluator, final.cluster) == (
            EvaluationStatus.COMPLETED, dt.date(2023, 9, 30), "Independent Evaluation Office", made.uuid), code
    # The completion goes back to headquarters with the members' evaluations; the cluster is the same one.
    back = sites.sync("field", "hq")
    assert back.conflicts == [] and back.skipped == []
    assert {code: (e.status, e.completed_on) for code, e in _finals().items()} == {
        code: (EvaluationStatus.COMPLETED, dt.date(2023, 9, 30)) for code in MEMBERS}
    assert [(s.cluster.uuid, s.completed) for s in cl.list_clusters()] == [(made.uuid, 2)]


def test_a_package_carrying_a_members_evaluation_carries_its_cluster_unchanged_or_not(sites):
    sites.sync("hq", "field")
    sites.use("hq")
    project = load_project("AAA/21/01/LUX")
    final = next(e for e in project.evaluations if e.kind is EvaluationKind.FINAL)
    final.findings = "Draft terms of reference shared"
    from tracker.store.projects import save_project

    save_project(project)
    package = sites.export("hq")
    kinds = [line["kind"] for line in package_lines(package)]
    assert kinds.count("evaluation") == 1 and kinds.count(CLUSTER) == 1
    report = sites.merge("field", package)
    assert (report.updated, report.conflicts, report.skipped) == (1, [], [])  # the cluster: unchanged
    assert kind_name(CLUSTER) == "cluster evaluation"


def test_the_senders_newer_facts_apply_and_facts_changed_on_both_sides_wait(sites, tmp_path):
    sites.sync("hq", "field")
    sites.use("hq")
    line = local_line(CLUSTER, cl.find_cluster("CL-GENDER-SN").uuid)
    line["values"]["title"] = "Gender equality in the Sahel, 2021-2023"
    newer = forge(tmp_path / "newer.trackerpkg", [rehashed(line)], source_name="Dakar office")
    report = sites.merge("field", newer)
    assert (report.updated, report.conflicts) == (1, [])
    assert cl.find_cluster("CL-GENDER-SN").title == "Gender equality in the Sahel, 2021-2023"
    # A version that does not descend from this one: a conflict, the local facts stay.
    line = dict(line, values=dict(line["values"], title="Gender in the Sahel"), ancestors=[])
    report = sites.merge("field", forge(tmp_path / "other.trackerpkg", [rehashed(line)], source_name="Bamako office"))
    assert len(report.conflicts) == 1 and "cluster evaluation CL-GENDER-SN" in report.conflicts[0]
    assert cl.find_cluster("CL-GENDER-SN").title == "Gender equality in the Sahel, 2021-2023"
    from tracker.exchange.merge import list_conflicts, resolve_conflict

    resolve_conflict(list_conflicts()[0].id, keep="incoming")
    assert cl.find_cluster("CL-GENDER-SN").title == "Gender in the Sahel"


def test_an_older_package_without_clusters_still_merges(sites, tmp_path):
    sites.use("hq")
    genuine = sites.export("hq")
    lines = []
    for line in package_lines(genuine):
        if line["kind"] == CLUSTER:
            continue
        if line["kind"] == "evaluation":
            line["values"].pop("cluster", None)  # an older tracker knows no clusters
            rehashed(line)
        lines.append(line)
    report = sites.merge("field", forge(tmp_path / "older.trackerpkg", lines, like=genuine))
    assert report.conflicts == [] and report.skipped == []
    assert cl.list_clusters() == []
    assert {code: e.cluster for code, e in _finals().items()} == {code: "" for code in MEMBERS}


def test_a_package_without_the_cluster_of_its_evaluations_keeps_their_links(sites, tmp_path):
    """A sender's record was lost on the way: the links stay as they came, the cluster unknown
    here is listed once a package carries it."""
    sites.use("hq")
    genuine = sites.export("hq")
    made = cl.find_cluster("CL-GENDER-SN")
    lines = [line for line in package_lines(genuine) if line["kind"] != CLUSTER]
    sites.merge("field", forge(tmp_path / "lost.trackerpkg", lines, like=genuine))
    assert cl.list_clusters() == []
    assert {e.cluster for e in _finals().values()} == {made.uuid}
    sites.merge("field", sites.export("hq", since="all"))
    assert [(s.cluster.code, s.members) for s in cl.list_clusters()] == [("CL-GENDER-SN", 2)]


def test_a_cluster_whose_code_another_cluster_here_has_is_refused_whole(sites, tmp_path):
    sites.sync("hq", "field")
    sites.use("hq")
    genuine = sites.export("hq", since="all")
    sites.use("field")
    _project("CCC/21/03/LUX", "2021-07-01", "2023-06-30", themes=[GENDER], countries=["ML"])
    local = cl.create_cluster("CL-MALI", "Gender equality in Mali", "final", "country", "ML", ["CCC/21/03/LUX"]).cluster
    lines = [line for line in package_lines(genuine) if line["kind"] != CLUSTER]
    crafted = next(line for line in package_lines(genuine) if line["kind"] == CLUSTER)
    crafted.update(uuid=STRANGER, ancestors=[])
    crafted["values"]["code"] = "cl-mali"  # the same code, in another case
    for line in lines:
        if line["kind"] == "evaluation" and line["values"].get("cluster"):
            line["values"]["cluster"] = STRANGER
            rehashed(line)
    package = forge(tmp_path / "clash.trackerpkg", [*lines, rehashed(crafted)], like=genuine)
    before = _counts()
    with pytest.raises(UnreadableFile) as refused:
        sites.merge("field", package)
    assert str(refused.value) == (f"clash.trackerpkg: cluster evaluation cl-mali ({STRANGER}) is not the cluster evaluation CL-MALI of this "
                                  f"database ({local.uuid}): two databases made a cluster with one code; nothing was merged")
    assert _counts() == before
    assert [(s.cluster.uuid, s.cluster.code) for s in cl.list_clusters()] == [
        (cl.find_cluster("CL-GENDER-SN").uuid, "CL-GENDER-SN"), (local.uuid, "CL-MALI")]
    # Cleared by giving the local cluster another code: the same package then merges.
    from tracker.store.cluster_edits import edit_cluster

    edit_cluster("CL-MALI", new_code="CL-MALI-FIELD")
    report = sites.merge("field", package)
    assert report.conflicts == [] and report.skipped == []
    assert sorted((s.cluster.code, s.cluster.uuid) for s in cl.list_clusters()) == [
        ("CL-GENDER-SN", cl.find_cluster("CL-GENDER-SN").uuid), ("CL-MALI-FIELD", local.uuid), ("cl-mali", STRANGER)]


def test_a_package_cannot_delete_a_cluster(sites, tmp_path):
    sites.sync("hq", "field")
    sites.use("hq")
    uuid = cl.find_cluster("CL-GENDER-SN").uuid
    tombstone = {"kind": CLUSTER, "uuid": uuid, "project": None, "values": None, "hash": None,
                 "ancestors": [local_line(CLUSTER, uuid)["hash"]]}
    report = sites.merge("field", forge(tmp_path / "gone.trackerpkg", [tombstone], source_name="Dakar office"))
    assert report.skipped == ["cluster evaluation CL-GENDER-SN: refused: tracker keeps every cluster evaluation: a package cannot delete one"]
    assert [s.cluster.uuid for s in cl.list_clusters()] == [uuid]


def test_a_corrected_cluster_travels_as_changed_and_is_corrected_at_the_other_site(sites):
    from tracker.store.cluster_edits import edit_cluster

    sites.sync("hq", "field")
    sites.use("hq")
    made = edit_cluster("CL-GENDER-SN", new_code="CL-GENDER-SAHEL", title="Gender equality in the Sahel, 2021-2023").cluster
    package = sites.export("hq")
    (line,) = package_lines(package)  # the cluster alone changed: its members' evaluations name its uuid
    assert (line["kind"], line["uuid"], line["values"]["code"]) == (CLUSTER, made.uuid, "CL-GENDER-SAHEL")
    report = sites.merge("field", package)
    assert (report.updated, report.conflicts, report.skipped) == (1, [], [])
    sites.use("field")
    (summary,) = cl.list_clusters()
    assert (summary.cluster.uuid, summary.cluster.code, summary.cluster.title, summary.members) == (
        made.uuid, "CL-GENDER-SAHEL", "Gender equality in the Sahel, 2021-2023", 2)


def test_a_cluster_deleted_at_one_site_is_kept_at_the_other_its_members_leave_it(sites):
    from tracker.store.cluster_edits import delete_cluster

    sites.sync("hq", "field")
    sites.use("hq")
    uuid = cl.find_cluster("CL-GENDER-SN").uuid
    delete_cluster("CL-GENDER-SN")
    report = sites.merge("field", sites.export("hq"))
    assert report.conflicts == [] and report.skipped == [
        "cluster evaluation CL-GENDER-SN: refused: tracker keeps every cluster evaluation: a package cannot delete one"]
    sites.use("field")
    assert [(s.cluster.uuid, s.members) for s in cl.list_clusters()] == [(uuid, 0)]  # kept; its members left it
    assert {e.cluster for e in _finals().values()} == {""}
