"""Schema version 11: a project's appraisal records, whether its rule set was assigned, and each
evaluation's cluster evaluation are stored, read back (one project or many), audited and deleted
with the project on both engines; a v10 database gains them and keeps what it held; a text no
engine should keep in an appraisal record is refused naming the record and its field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tracker.domain.errors import ValidationError
from tracker.domain.project import AppraisalRecord, Evaluation, Project
from tracker.domain.records import problem_text
from tracker.store import models as m
from tracker.store.audit import history
from tracker.store.bulk_reads import load_projects
from tracker.store.database import close_database, open_database
from tracker.store.migrations import LATEST_VERSION, current_version
from tracker.store.projects import copy_project, delete_project, load_project, save_project

CODE = "CLU/24/01/LUX"
CLUSTER = "6f1c2a8e-0d4b-4c1e-9a63-2f5b7d8e9a10"


def _project() -> Project:
    return Project(code=CODE, title="Skills for green jobs", planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31),
                   budget=Decimal("600000.00"), currency="USD")


def _screening() -> AppraisalRecord:
    return AppraisalRecord("ess-screening", date(2023, 11, 15), "moderate", "Environmental safeguards desk",
                           "Screened against the framework.\nNo resettlement.")


def test_appraisals_the_assigned_rule_set_and_the_cluster_link_round_trip(db):
    project = _project()
    project.rule_set_assigned = True
    project.appraisals = [_screening()]
    stored, _ = save_project(project)
    assert stored.evaluations, "the rules plan evaluations for this project"
    stored.evaluations[0].cluster = CLUSTER
    save_project(stored)

    loaded = load_project(CODE)
    assert loaded.rule_set_assigned is True
    (record,) = loaded.appraisals
    assert (record.uuid, record.requirement, record.recorded_on, record.result, record.recorded_by, record.note) == (
        project.appraisals[0].uuid, "ess-screening", date(2023, 11, 15), "moderate", "Environmental safeguards desk",
        "Screened against the framework.\nNo resettlement.")
    assert [e.cluster for e in loaded.evaluations] == [CLUSTER] + [""] * (len(loaded.evaluations) - 1)
    # The bulk reader (imports, the filled template) reads them as load_project does.
    many = load_projects([CODE])[CODE]
    assert (many.rule_set_assigned, many.appraisals, [e.cluster for e in many.evaluations]) == (
        loaded.rule_set_assigned, loaded.appraisals, [e.cluster for e in loaded.evaluations])
    # An editor's copy is its own.
    copy = copy_project(loaded)
    copy.appraisals[0].result = "high"
    assert loaded.appraisals[0].result == "moderate"


def test_an_evaluation_planned_by_the_rules_starts_in_no_cluster(db):
    stored, _ = save_project(_project())
    assert {e.cluster for e in stored.evaluations} == {""}
    assert m.Evaluation.select().where(m.Evaluation.cluster == "").count() == len(stored.evaluations)


def test_changes_show_in_the_project_history(db):
    project, _ = save_project(_project())
    project.appraisals.append(_screening())
    project.rule_set_assigned = True
    project.evaluations[0].cluster = CLUSTER
    project, _ = save_project(project)
    project.appraisals[0].result = "substantial"
    project, _ = save_project(project)
    entries = [(e.table, e.action, e.field, e.old, e.new) for e in history(CODE)]
    assert ("project", "update", "rule_set_assigned", "no", "yes") in entries
    assert ("evaluation", "update", "cluster", "", CLUSTER) in entries
    assert ("appraisal", "update", "result", "moderate", "substantial") in entries
    inserted = next(new for table, action, _, _, new in entries if (table, action) == ("appraisal", "insert"))
    assert "requirement=ess-screening" in inserted and "recorded_on=2023-11-15" in inserted
    project.appraisals = []
    save_project(project)
    assert any((e.table, e.action) == ("appraisal", "delete") for e in history(CODE))


def test_deleting_a_project_takes_its_appraisal_records_with_it(db):
    project = _project()
    project.appraisals = [_screening(), AppraisalRecord("me-plan", date(2023, 12, 1), "appraised")]
    save_project(project)
    assert m.AppraisalRecord.select().count() == 2
    delete_project(CODE)
    assert m.AppraisalRecord.select().count() == 0
    assert [e.action for e in history(CODE) if e.table == "appraisal"].count("delete") == 2


@pytest.mark.parametrize(("field", "value", "says"), [
    ("note", "Screened\x07 twice", "Appraisal record 1: note: remove the invisible control character U+0007 at character 9"),
    ("result", "low\nrisk", "Appraisal record 1: result: keep it on one line (there is a line break at character 4)"),
    ("requirement", "r" * 41, "Appraisal record 1: requirement: keep the requirement to 40 characters (it has 41)"),
])
def test_a_text_no_engine_should_keep_is_refused_naming_the_record_and_field(db, field, value, says):
    project = _project()
    record = _screening()
    setattr(record, field, value)
    project.appraisals = [record]
    with pytest.raises(ValidationError) as refused:
        save_project(project)
    assert [problem_text(p) for p in refused.value.problems] == [says]
    assert m.Project.select().count() == 0


def test_an_appraisal_record_names_its_requirement(db):
    project = _project()
    project.appraisals = [AppraisalRecord("  ", date(2023, 11, 15))]
    with pytest.raises(ValidationError) as refused:
        save_project(project)
    assert [problem_text(p) for p in refused.value.problems] == [
        "Appraisal record 1: requirement: name the appraisal requirement this record meets"]


def test_the_cluster_table_keeps_one_code_once(db):
    import peewee

    m.ClusterEvaluation.create(code="YOUTH-2025", title="Youth employment cluster", kind="cluster", basis="theme",
                               basis_value="youth")
    with pytest.raises(peewee.IntegrityError):
        m.ClusterEvaluation.create(code="YOUTH-2025", title="Again", kind="cluster", basis="theme", basis_value="youth")


def test_a_v10_database_is_migrated_and_keeps_its_projects(db, db_target):
    stored, _ = save_project(_project())
    evaluations = [(e.uuid, e.kind, e.due) for e in stored.evaluations]
    # As schema v10 left it, on either engine.
    db.execute_sql('DROP INDEX IF EXISTS "evaluation_cluster"')
    db.execute_sql("ALTER TABLE evaluation DROP COLUMN cluster")
    db.execute_sql("ALTER TABLE project DROP COLUMN rule_set_assigned")
    db.execute_sql('DROP TABLE "appraisal_record"')
    db.execute_sql('DROP TABLE "cluster_evaluation"')
    db.execute_sql("DELETE FROM schema_version WHERE version >= 11")
    close_database()
    db = open_database(db_target)
    assert current_version(db) == LATEST_VERSION
    assert "evaluation_cluster" in {i.name for i in db.get_indexes("evaluation")}
    project = load_project(CODE)
    assert (project.rule_set_assigned, project.appraisals) == (False, [])
    assert [(e.uuid, e.kind, e.due, e.cluster) for e in project.evaluations] == [(*e, "") for e in evaluations]
    project.appraisals = [_screening()]
    project.evaluations[0].cluster = CLUSTER
    project.rule_set_assigned = True
    save_project(project)
    again = load_project(CODE)
    assert (again.rule_set_assigned, again.appraisals[0].result, again.evaluations[0].cluster) == (True, "moderate", CLUSTER)
    # A row written without the new columns (the re-planner's own INSERT) takes their defaults.
    pid = m.Project.get(m.Project.code == CODE).id
    m.Evaluation.insert(project=pid, kind="internal", due=date(2025, 6, 30), status="planned").execute()
    assert m.Evaluation.select().where(m.Evaluation.kind == "internal").get().cluster == ""


def test_an_evaluation_of_a_kind_a_rule_set_names_is_stored_by_its_code(db):
    from tracker.domain.classifications import EvaluationKind

    project, _ = save_project(_project())
    project.evaluations.append(Evaluation(EvaluationKind("learning-review"), date(2025, 3, 31)))
    save_project(project)
    assert "learning-review" in [e.kind.value for e in load_project(CODE).evaluations]
