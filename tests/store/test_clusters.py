"""Cluster evaluations (issue 16): one evaluation covering several projects that share a theme,
partner or country counts for each of them, in compliance, in the Close guard and in the
compliance report; every refusal names the project or field and writes nothing; every member's
change is in its own audit trail. On both engines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.partner_helpers import ensure_partner
from tests.reports.conftest import load, rows_of
from tracker.domain import cycle
from tracker.domain import project as d
from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    FundingModality,
    Independence,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
    Theme,
)
from tracker.domain.rules.compliance import assess
from tracker.store import clusters as cl
from tracker.store import models as m
from tracker.store.evaluations import record_completion
from tracker.store.projects import delete_project, load_project, plan_for, save_project

AS_OF = dt.date(2024, 6, 30)
GENDER = Theme.GENDER_EQUALITY


def _project(code: str, start: str, end: str, *, themes: list[Theme], countries: list[str], partner: str | None = "LUX",
             stage: Stage = Stage.EVALUATION_AND_CLOSING, budget: str = "400000") -> d.Project:
    """A 24-month project over US$350,000 (ilo-2002: a mid-term and an independent final), its
    mid-term done, ended: only its final evaluation stands between it and closing."""
    fundings = [d.Funding(modality=FundingModality.EARMARKED, amount=Decimal(budget), currency="USD", approved_on=dt.date.fromisoformat(start),
                          partner_code=partner)] if partner else []
    project, _ = save_project(d.Project(
        code=code, title=f"Project {code}", stage=stage, region=Region.AFRICA, countries=countries, themes=themes,
        outcome=StrategicObjective.EMPLOYMENT, planned_start=dt.date.fromisoformat(start), planned_end=dt.date.fromisoformat(end),
        actual_end=dt.date.fromisoformat(end), budget=Decimal(budget), fundings=fundings), allow_stage_change=True)
    if any(e.kind is EvaluationKind.MID_TERM for e in project.evaluations):
        record_completion(code, "mid-term", completed_on=dt.date.fromisoformat(start) + dt.timedelta(days=400), evaluator="M&E officer")
    return load_project(code)


@pytest.fixture
def portfolio(db):
    ensure_partner(d.Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL, country="LU"))
    ensure_partner(d.Partner("DON", "Donorland", PartnerCategory.MULTI_BILATERAL, country="NO"))
    _project("AAA/21/01/LUX", "2021-01-01", "2022-12-31", themes=[GENDER], countries=["SN"])
    _project("BBB/21/02/LUX", "2021-07-01", "2023-06-30", themes=[GENDER, Theme.TRIPARTISM], countries=["SN", "ML"])
    _project("CCC/21/03/DON", "2021-07-01", "2023-06-30", themes=[Theme.TRIPARTISM], countries=["ML"], partner="DON")
    return db


def _final(code: str) -> d.Evaluation:
    return next(e for e in load_project(code).evaluations if e.kind is EvaluationKind.FINAL)


def test_a_completed_cluster_satisfies_each_covered_project(portfolio, tmp_path):
    from tracker.reports import write_compliance_report

    members = ["AAA/21/01/LUX", "BBB/21/02/LUX"]
    for code in members:  # before: each one's final evaluation is overdue, the independence not met, Close refused
        project = load_project(code)
        result = assess(project.evaluations, plan_for(project).independent_required, AS_OF)
        assert [e.kind for e in result.overdue] == [EvaluationKind.FINAL] and not result.independent_met
        assert any("final evaluation" in f for f in cycle.guard_failures(project, cycle.action_for("close", project.stage)))

    created = cl.create_cluster("CL-GENDER-SN", "Gender equality in the Sahel", "final", "theme", "gender-equality", members)
    assert [(j.project_code, j.added) for j in created.joined] == [(c, False) for c in members]
    done = cl.complete_cluster("cl-gender-sn", dt.date(2023, 9, 30), "Independent Evaluation Office", Independence.EXTERNAL,
                               "Women's participation doubled", ratings={"relevance": 5})
    assert done.completed == members

    for code in members:
        project = load_project(code)
        final = _final(code)
        assert (final.status, final.completed_on, final.evaluator, final.independence, final.findings, final.cluster) == (
            EvaluationStatus.COMPLETED, dt.date(2023, 9, 30), "Independent Evaluation Office", Independence.EXTERNAL,
            "Women's participation doubled", created.cluster.uuid)
        result = assess(project.evaluations, plan_for(project).independent_required, AS_OF)
        assert result.overdue == () and result.independent_required and result.independent_met and result.compliant
        assert cycle.guard_failures(project, cycle.action_for("close", project.stage)) == []

    book = load(write_compliance_report(tmp_path / "compliance.xlsx", AS_OF))
    projects = {r[0]: r for r in rows_of(book["Projects"], 5)}
    for code in members:  # overdue, independence, compliant
        assert (projects[code][12], projects[code][14], projects[code][15]) == (0, "Met", "Yes"), code
    finals = {(r[0], r[3]): r for r in rows_of(book["Evaluations"], 5)}
    for code in members:
        row = finals[(code, "Final evaluation")]
        assert (row[4], row[6], row[8], row[9]) == ("Completed", dt.datetime(2023, 9, 30), "Done", "External"), code
    assert projects["CCC/21/03/DON"][15] == "No"  # not in the cluster: its final still overdue

    summary = {s.cluster.code: s for s in cl.list_clusters()}["CL-GENDER-SN"]
    assert (summary.members, summary.completed, summary.completed_on, summary.status) == (2, 2, dt.date(2023, 9, 30), cl.COMPLETED)


def test_each_members_change_is_in_its_own_audit_trail(portfolio):
    members = ["AAA/21/01/LUX", "BBB/21/02/LUX"]
    cluster = cl.create_cluster("CL1", "", "final", "partner", "lux", members, who="officer").cluster
    cl.complete_cluster("CL1", dt.date(2023, 9, 30), "IEO", Independence.INDEPENDENT_INTERNAL, who="evaluator")
    for code in members:
        uuid = _final(code).uuid
        entries = {(e.who, e.field, e.new) for e in m.AuditEntry.select().where(
            (m.AuditEntry.project_code == code) & (m.AuditEntry.record_uuid == uuid))}
        assert ("officer", "cluster", cluster.uuid) in entries
        assert {("evaluator", "status", "completed"), ("evaluator", "completed_on", "2023-09-30"),
                ("evaluator", "evaluator", "IEO")} <= entries
    own = m.AuditEntry.select().where(m.AuditEntry.record_uuid == cluster.uuid)
    assert {(e.action, e.field) for e in own} == {("insert", ""), ("update", "completed_on")}


def test_a_project_without_an_evaluation_of_the_kind_gets_an_optional_one(portfolio):
    change = cl.create_cluster("EXPOST-SN", "Ex-post, Senegal", "ex-post", "country", "Senegal", ["AAA/21/01/LUX"])
    (joined,) = change.joined
    assert joined.added and change.cluster.basis_value == "SN"
    evaluation = joined.evaluation
    assert (evaluation.kind, evaluation.due, evaluation.mandatory, evaluation.status) == (
        EvaluationKind.EX_POST, dt.date(2022, 12, 31), False, EvaluationStatus.PLANNED)
    assert any("AAA/21/01/LUX had no ex-post evaluation to join with" in note and "not mandatory" in note for note in change.notes())
    stored = [e for e in load_project("AAA/21/01/LUX").evaluations if e.kind is EvaluationKind.EX_POST]
    assert [e.cluster for e in stored] == [change.cluster.uuid]


@pytest.mark.parametrize(
    ("basis", "value", "message"),
    [
        ("theme", "gender-equality", "project CCC/21/03/DON does not have the theme Gender equality, the basis of cluster C"),
        ("partner", "LUX", "project CCC/21/03/DON has no funding line from partner LUX, the basis of cluster C"),
        ("country", "SN", "project CCC/21/03/DON is not in Senegal (SN), the basis of cluster C"),
    ],
)
def test_a_project_not_sharing_the_basis_is_refused_and_nothing_is_written(portfolio, basis, value, message):
    with pytest.raises(cl.ClusterRefused) as refused:
        cl.create_cluster("C", "", "final", basis, value, ["AAA/21/01/LUX", "CCC/21/03/DON"])
    assert str(refused.value) == message
    assert cl.list_clusters() == [] and _final("AAA/21/01/LUX").cluster == ""


def test_refusals_name_what_is_wrong(portfolio):
    cl.create_cluster("CL1", "", "final", "theme", "gender-equality", ["AAA/21/01/LUX"])
    cases = [
        (lambda: cl.create_cluster("cl1", "", "final", "theme", "tripartism"), "code: a cluster evaluation with code 'CL1' exists already"),
        (lambda: cl.create_cluster(" ", "", "final", "theme", "tripartism"), "code: a cluster evaluation needs a code"),
        (lambda: cl.create_cluster("CL2", "", "final", "sector", "x"), "basis: 'sector' is not a basis of a cluster"),
        (lambda: cl.create_cluster("CL2", "", "final", "partner", "NOPE"), "basis: no partner with code 'NOPE'"),
        (lambda: cl.create_cluster("CL2", "", "final", "theme", "fishing"), "basis: 'fishing' is not a cross-cutting theme"),
        (lambda: cl.create_cluster("CL2", "", "final", "country", "Atlantis"), "basis: 'Atlantis' is not a known country"),
        (lambda: cl.create_cluster("CL2", "", "finale-x", "theme", "tripartism"), "kind: 'finale-x' is not a kind of evaluation"),
        # already in this cluster; in another one for that evaluation
        (lambda: cl.add_to_cluster("CL1", ["AAA/21/01/LUX"]), "project AAA/21/01/LUX is already in cluster CL1"),
        (lambda: cl.create_cluster("CL2", "", "final", "country", "SN", ["AAA/21/01/LUX"]),
         "project AAA/21/01/LUX: its final evaluation due 2022-12-31 is already part of cluster CL1"),
        (lambda: cl.remove_from_cluster("CL1", ["BBB/21/02/LUX"]), "project BBB/21/02/LUX is not in cluster CL1"),
        (lambda: cl.add_to_cluster("NONE", ["BBB/21/02/LUX"]), "no cluster evaluation with code 'NONE' (known: CL1)"),
        (lambda: cl.add_to_cluster("CL1", ["ZZZ/99"]), "no project with code 'ZZZ/99'"),
    ]
    for call, message in cases:
        with pytest.raises(Exception) as refused:
            call()
        assert message in str(refused.value)
    assert [s.cluster.code for s in cl.list_clusters()] == ["CL1"]


def test_a_completed_or_waived_evaluation_cannot_join(portfolio):
    record_completion("BBB/21/02/LUX", "final", completed_on=dt.date(2023, 7, 1), evaluator="IEO", independence=Independence.EXTERNAL)
    with pytest.raises(cl.ClusterRefused, match="project BBB/21/02/LUX: its final evaluation was completed on 2023-07-01; a "
                                                "completed evaluation cannot join a cluster"):
        cl.create_cluster("CL1", "", "final", "theme", "gender-equality", ["AAA/21/01/LUX", "BBB/21/02/LUX"])
    assert cl.list_clusters() == [] and _final("AAA/21/01/LUX").cluster == ""


def test_completion_is_refused_as_a_whole_naming_the_member_that_refuses(portfolio):
    cl.create_cluster("CL1", "", "final", "theme", "gender-equality", ["AAA/21/01/LUX", "BBB/21/02/LUX"])
    with pytest.raises(cl.ClusterRefused) as refused:  # BBB started on 2021-07-01
        cl.complete_cluster("CL1", dt.date(2021, 3, 1), "IEO", Independence.EXTERNAL)
    assert str(refused.value) == ("project BBB/21/02/LUX: the final evaluation due 2023-06-30 cannot be completed on 2021-03-01, "
                                  "before the project's start on 2021-07-01")
    with pytest.raises(cl.ClusterRefused, match="project AAA/21/01/LUX: the final evaluation due 2022-12-31 must be independent"):
        cl.complete_cluster("CL1", dt.date(2023, 9, 30), "Project team", Independence.SELF)
    assert {_final(c).status for c in ("AAA/21/01/LUX", "BBB/21/02/LUX")} == {EvaluationStatus.PLANNED}
    cl.create_cluster("EMPTY", "", "final", "theme", "sstc")
    with pytest.raises(cl.ClusterRefused, match="cluster EMPTY covers no project yet"):
        cl.complete_cluster("EMPTY", dt.date(2023, 9, 30), "IEO", Independence.EXTERNAL)


def test_adding_removing_and_deleting_a_member(portfolio):
    cl.create_cluster("CL1", "", "final", "theme", "gender-equality", ["AAA/21/01/LUX"])
    assert cl.projects_sharing("theme", "Gender equality") == [("AAA/21/01/LUX", "Project AAA/21/01/LUX"),
                                                                ("BBB/21/02/LUX", "Project BBB/21/02/LUX")]
    cl.add_to_cluster("CL1", ["BBB/21/02/LUX"])
    assert [mb.project_code for mb in cl.cluster_members("CL1")] == ["AAA/21/01/LUX", "BBB/21/02/LUX"]
    change = cl.remove_from_cluster("CL1", ["AAA/21/01/LUX"])
    assert change.left == ["AAA/21/01/LUX"] and _final("AAA/21/01/LUX").cluster == ""
    assert _final("AAA/21/01/LUX").status is EvaluationStatus.PLANNED  # its own evaluation again
    delete_project("BBB/21/02/LUX")
    (summary,) = cl.list_clusters()
    assert (summary.cluster.code, summary.members, summary.status) == ("CL1", 0, cl.NO_MEMBERS)
    assert cl.cluster_members("CL1") == []


def test_a_member_completed_with_the_cluster_stays_in_it(portfolio):
    cl.create_cluster("CL1", "", "final", "theme", "gender-equality", ["AAA/21/01/LUX"])
    cl.complete_cluster("CL1", dt.date(2023, 9, 30), "IEO", Independence.EXTERNAL)
    with pytest.raises(cl.ClusterRefused, match="completed with cluster CL1 on 2023-09-30, so it stays in the cluster"):
        cl.remove_from_cluster("CL1", ["AAA/21/01/LUX"])


# ---------------------------------------------------------------- corrected or deleted


def _own_audit(uuid: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [(e.action, e.field, e.old, e.new, e.who)
            for e in m.AuditEntry.select().where(m.AuditEntry.record_uuid == uuid).order_by(m.AuditEntry.id)]


def test_a_clusters_code_and_title_are_corrected_and_its_members_keep_it(portfolio):
    from tracker.store.cluster_edits import edit_cluster

    made = cl.create_cluster("CL-GENDR", "Gender", "final", "theme", "gender-equality", ["AAA/21/01/LUX", "BBB/21/02/LUX"]).cluster
    change = edit_cluster("cl-gendr", new_code=" CL-GENDER-SN ", title="Gender equality in the Sahel", who="officer", version=made.version)
    assert (change.cluster.uuid, change.cluster.code, change.cluster.title, change.cluster.version) == (
        made.uuid, "CL-GENDER-SN", "Gender equality in the Sahel", made.version + 1)
    assert change.notes() == ["code changed from CL-GENDR to CL-GENDER-SN",
                              "title changed from \u201cGender\u201d to \u201cGender equality in the Sahel\u201d"]
    assert [mb.project_code for mb in cl.cluster_members("CL-GENDER-SN")] == ["AAA/21/01/LUX", "BBB/21/02/LUX"]
    assert {_final(c).cluster for c in ("AAA/21/01/LUX", "BBB/21/02/LUX")} == {made.uuid}
    assert _own_audit(made.uuid)[1:] == [("update", "code", "CL-GENDR", "CL-GENDER-SN", "officer"),
                                         ("update", "title", "Gender", "Gender equality in the Sahel", "officer")]
    with pytest.raises(Exception, match="no cluster evaluation with code 'CL-GENDR'"):
        cl.find_cluster("CL-GENDR")
    # Its own code in another case is free; the same facts again write nothing.
    assert edit_cluster("CL-GENDER-SN", new_code="cl-gender-sn").cluster.code == "cl-gender-sn"
    before = m.AuditEntry.select().count()
    assert edit_cluster("cl-gender-sn", title=" Gender equality in the Sahel ").edited == []
    assert m.AuditEntry.select().count() == before


def test_a_correction_refused_names_the_field_and_writes_nothing(portfolio):
    from tracker.store.cluster_edits import edit_cluster

    cl.create_cluster("CL1", "First", "final", "theme", "gender-equality", ["AAA/21/01/LUX"])
    made = cl.create_cluster("CL2", "Second", "final", "theme", "tripartism").cluster
    cases = [
        (dict(new_code="cl1"), "code: a cluster evaluation with code 'CL1' exists already"),
        (dict(new_code="  "), "code: a cluster evaluation needs a code"),
        (dict(new_code="C" * 41), "code: keep the code to 40 characters (it has 41)"),
        (dict(new_code="CL\x07"), "code: remove the invisible control character U+0007 at character 3"),
        (dict(title=" "), "title: a cluster evaluation's title cannot be empty"),
        (dict(title="t" * 201), "title: keep the title to 200 characters (it has 201)"),
        ({}, "name the new code or title of cluster CL2"),
    ]
    before = m.AuditEntry.select().count()
    for given, message in cases:
        with pytest.raises(cl.ClusterRefused) as refused:
            edit_cluster("CL2", **given)
        assert str(refused.value) == message
    with pytest.raises(Exception, match="cluster CL2 was changed by someone else meanwhile; try again"):
        edit_cluster("CL2", title="Third", version=made.version - 1)  # a window's older copy
    assert [(s.cluster.code, s.cluster.title, s.cluster.version) for s in cl.list_clusters()] == [
        ("CL1", "First", 1), ("CL2", "Second", made.version)]
    assert m.AuditEntry.select().count() == before


def test_a_cluster_made_by_mistake_is_deleted_its_projects_keep_their_evaluations(portfolio):
    from tracker.store.cluster_edits import cluster_deletion, delete_cluster

    made = cl.create_cluster("CL-OOPS", "", "final", "theme", "gender-equality", ["AAA/21/01/LUX", "BBB/21/02/LUX"]).cluster
    preview = cluster_deletion("cl-oops")
    assert (preview.leaving, preview.completed, preview.refusal()) == (["AAA/21/01/LUX", "BBB/21/02/LUX"], [], None)
    with pytest.raises(Exception, match="cluster CL-OOPS was changed by someone else meanwhile"):
        delete_cluster("CL-OOPS", version=made.version - 1)
    assert {_final(c).cluster for c in preview.leaving} == {made.uuid}

    change = delete_cluster("cl-oops", who="officer", version=made.version)
    assert (change.deleted, change.left, change.changed_project_codes) == (True, preview.leaving, preview.leaving)
    assert change.notes()[-1] == ("a database that received cluster CL-OOPS in a field package keeps it: a package never deletes a "
                                  "cluster evaluation")
    assert cl.list_clusters() == []
    for code in preview.leaving:  # its own evaluation again, planned as before; the change in its trail
        final = _final(code)
        assert (final.cluster, final.status, final.mandatory) == ("", EvaluationStatus.PLANNED, True)
        assert ("officer", "cluster", made.uuid, "") in {(e.who, e.field, e.old, e.new) for e in m.AuditEntry.select().where(
            (m.AuditEntry.project_code == code) & (m.AuditEntry.record_uuid == final.uuid))}
    assert _own_audit(made.uuid)[-1] == ("delete", "", "code=CL-OOPS; kind=final; basis=theme; basis_value=gender-equality", None,
                                         "officer")
    # Its code is free again.
    assert cl.create_cluster("CL-OOPS", "", "final", "country", "SN", ["AAA/21/01/LUX"]).joined[0].project_code == "AAA/21/01/LUX"


def test_a_cluster_a_project_completed_cannot_be_deleted(portfolio):
    from tracker.store.cluster_edits import cluster_deletion, delete_cluster

    made = cl.create_cluster("CL1", "", "final", "theme", "gender-equality", ["AAA/21/01/LUX"]).cluster
    cl.complete_cluster("CL1", dt.date(2023, 9, 30), "IEO", Independence.EXTERNAL)
    cl.add_to_cluster("CL1", ["BBB/21/02/LUX"])
    assert cluster_deletion("CL1").leaving == ["BBB/21/02/LUX"]
    before = m.AuditEntry.select().count()
    with pytest.raises(cl.ClusterRefused) as refused:
        delete_cluster("CL1")
    assert str(refused.value) == ("cluster CL1 cannot be deleted: it was completed for 1 project, where it counts (AAA/21/01/LUX "
                                  "2023-09-30); only a cluster that no project completed can be deleted")
    assert [mb.project_code for mb in cl.cluster_members("CL1")] == ["AAA/21/01/LUX", "BBB/21/02/LUX"]
    assert _final("BBB/21/02/LUX").cluster == made.uuid and m.AuditEntry.select().count() == before
