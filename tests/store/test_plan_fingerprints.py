"""Re-planning does only what changed: each project row keeps the fingerprint of what its plan was
computed from (tracker.store.plan_fingerprints), every writer that plans writes it, and
replan_all skips the projects whose fingerprint still holds: a consistent portfolio is checked
in one statement that reads no evaluation; a project whose dates change around the write path,
a new rule-set version, an edited rule-set file or a new engine makes the plans concerned stale,
and only those are planned again, with the stored totals still what the detail gives."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from importlib import resources

import pytest

from tracker.domain.classifications import Region, Stage, StrategicObjective
from tracker.domain.project import Project
from tracker.domain.rules import fingerprint
from tracker.domain.rules.replan import replan
from tracker.store import list_totals
from tracker.store import models as m
from tracker.store import replan as store_replan
from tracker.store.bulk import insert_new_projects
from tracker.store.projects import change_stage, load_project, plan_for, save_project
from tracker.store.replan import replan_all, stale_plans
from tracker.store.sql import execute


def _project(code: str, **values) -> Project:
    fields = dict(title=f"Project {code}", region=Region.AFRICA, outcome=StrategicObjective.EMPLOYMENT, countries=["TN"],
                  planned_start=date(2024, 1, 1),
                  planned_end=date(2025, 12, 31), budget=Decimal("500000.00"))
    fields.update(values)
    return Project(code=code, **fields)


@pytest.fixture
def three(db):
    """Two projects with a plan (24 and 16 months) and one in design without dates."""
    save_project(_project("FP/1"))
    save_project(_project("FP/2", planned_end=date(2025, 4, 30), budget=Decimal("300000.00"), currency="EUR",
                          usd_rate=Decimal("1.08")))
    save_project(_project("FP/3", planned_start=None, planned_end=None, budget=None))


class Statements:
    """Every statement the open database runs, and every cursor taken (each statement takes one;
    executemany takes one more)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.sql: list[str] = []
        self.cursors = 0
        database = m.database.obj
        run, cursor = database.execute_sql, database.cursor

        def execute_sql(sql, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.sql.append(sql)
            return run(sql, *args, **kwargs)

        def take_cursor(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.cursors += 1
            return cursor(*args, **kwargs)

        monkeypatch.setattr(database, "execute_sql", execute_sql)
        monkeypatch.setattr(database, "cursor", take_cursor)


def _set_raw(code: str, **columns: object) -> None:
    """Change planning columns with plain SQL, around the write path (no re-plan, no version)."""
    assignments = ", ".join(f"{column} = :{column}" for column in columns)
    execute(f"UPDATE project SET {assignments} WHERE code = :code", {**columns, "code": code})


def _fingerprints() -> dict[str, str | None]:
    return dict(m.Project.select(m.Project.code, m.Project.plan_fingerprint).tuples())


def _ilo_2002() -> dict:
    return json.loads(resources.files("tracker.resources").joinpath("rulesets", "ilo-2002.json").read_text(encoding="utf-8"))


def test_the_demo_is_consistent_and_checked_in_one_statement_that_reads_no_evaluation(demo_db, monkeypatch):
    assert stale_plans() == []
    assert None not in _fingerprints().values()  # the demo's loader wrote them (through save_project)
    projects = m.Project.select().count()
    statements = Statements(monkeypatch)

    summary = replan_all()

    assert (summary.projects, summary.unchanged, summary.planned, summary.changed_projects) == (projects, projects, 0, 0)
    assert len(statements.sql) == 1 and "evaluation" not in statements.sql[0].lower()
    assert statements.cursors == len(statements.sql)  # nothing written


def test_dates_changed_around_the_write_path_make_only_that_project_stale(demo_db, monkeypatch):
    code = next(p.code for p in m.Project.select().where(m.Project.planned_end.is_null(False)).order_by(m.Project.code))
    row = m.Project.get(m.Project.code == code)
    _set_raw(code, planned_end=date(row.planned_end.year + 3, 6, 30).isoformat())
    assert stale_plans() == [code]
    # What save_project would make of it, worked out project by project.
    project = load_project(code)
    expected, _ = replan(project.evaluations, plan_for(project))
    statements = Statements(monkeypatch)

    summary = replan_all()

    assert (summary.planned, summary.changed_projects, summary.unchanged) == (1, 1, summary.projects - 1)
    # Only that project's evaluations were read (through its id), not the table.
    reads = [sql for sql in statements.sql if "FROM evaluation" in sql]
    assert reads and all("IN (" in sql for sql in reads)
    stored = load_project(code)
    assert [(e.kind, e.sequence, e.due, e.status, e.reason) for e in stored.evaluations] == [
        (e.kind, e.sequence, e.due, e.status, e.reason) for e in expected]
    assert stored.version == project.version + 1
    assert stale_plans() == [] and list_totals.differences() == []
    assert replan_all().planned == 0


def test_a_budget_rate_or_flag_changed_around_the_write_path_is_stale_too(three):
    _set_raw("FP/1", budget=30_000_000)  # cents
    _set_raw("FP/2", usd_rate="1.5")
    _set_raw("FP/3", midterm_review_agreed=True)  # no plan, but its fingerprint moved
    assert stale_plans() == ["FP/1", "FP/2", "FP/3"]
    summary = replan_all()
    assert (summary.planned, summary.unchanged) == (2, 0)
    assert stale_plans() == [] and list_totals.differences() == []


def test_a_stage_change_leaves_the_plan_current(three):
    # The plan does not depend on the stage (plan_for plans a project whatever its stage).
    change_stage("FP/1", "submit", "for appraisal")
    assert stale_plans() == []


def test_a_new_rule_set_version_or_an_edited_file_makes_its_projects_stale(three, tmp_path, monkeypatch):
    rules = _ilo_2002()
    rules["version"] = 2
    (tmp_path / "ilo-2002.json").write_text(json.dumps(rules), encoding="utf-8")
    monkeypatch.setenv("TRACKER_RULESETS", str(tmp_path))
    assert stale_plans() == ["FP/1", "FP/2", "FP/3"]

    summary = replan_all()

    assert (summary.planned, summary.changed_projects, summary.unchanged) == (2, 2, 0)
    assert {e.rule_set for code in ("FP/1", "FP/2") for e in load_project(code).evaluations} == {"ilo-2002 v2"}
    assert stale_plans() == []
    # The same version number, a threshold edited in place: stale again, and the plan follows it.
    rules["independent_evaluation"]["budget_over_usd"] = "600000"
    (tmp_path / "ilo-2002.json").write_text(json.dumps(rules), encoding="utf-8")
    assert stale_plans() == ["FP/1", "FP/2", "FP/3"]
    replan_all()
    assert not any(e.independence_required for e in load_project("FP/1").evaluations)
    assert stale_plans() == [] and list_totals.differences() == []


def test_a_new_engine_version_makes_every_plan_stale(three, monkeypatch):
    monkeypatch.setattr(fingerprint, "ENGINE_VERSION", fingerprint.ENGINE_VERSION + 1)
    assert stale_plans() == ["FP/1", "FP/2", "FP/3"]
    summary = replan_all()
    assert (summary.planned, summary.changed_projects) == (2, 0)  # the same plans: nothing else written
    assert stale_plans() == []


def test_a_rule_set_that_cannot_be_loaded_stays_stale_and_is_skipped(three):
    _set_raw("FP/1", rule_set="no-such-rules")
    assert stale_plans() == ["FP/1"]
    summary = replan_all()
    assert summary.skipped == ["FP/1"] and summary.changed_projects == 0
    assert stale_plans() == ["FP/1"]


def test_force_recomputes_every_plan(three, monkeypatch):
    statements = Statements(monkeypatch)
    summary = replan_all(force=True)
    assert (summary.projects, summary.unchanged, summary.planned, summary.changed_projects) == (3, 0, 2, 0)
    assert any("FROM evaluation" in sql for sql in statements.sql)


def test_save_and_the_bulk_import_write_the_fingerprint(db):
    save_project(_project("FP/SAVED"))
    assert insert_new_projects([_project("FP/IMPORTED"), _project("FP/NO-DATES", planned_start=None, planned_end=None),
                                _project("FP/APPROVED", stage=Stage.APPRAISAL)], source="test") == []
    fingerprints = _fingerprints()
    assert None not in fingerprints.values()
    assert fingerprints["FP/SAVED"] == fingerprints["FP/IMPORTED"]  # the same inputs and rule set
    assert fingerprints["FP/SAVED"].startswith("ilo-2002:1:")
    assert stale_plans() == []
    assert replan_all().unchanged == 4
    # A save brings a stale project back in line by itself.
    _set_raw("FP/SAVED", planned_end="2027-06-30")
    assert stale_plans() == ["FP/SAVED"]
    project = load_project("FP/SAVED")
    project.title = "Saved again"
    save_project(project)
    assert stale_plans() == []


def test_many_stale_projects_planned_a_slice_at_a_time_keep_the_totals(db, monkeypatch):
    monkeypatch.setattr(store_replan, "SLICE", 3)
    for n in range(10):
        save_project(_project(f"FP/{n:02d}", planned_end=date(2025, 6 + n % 6, 28), midterm_review_agreed=n % 2 == 0))
    for n in range(0, 10, 2):
        _set_raw(f"FP/{n:02d}", planned_end=f"{2027 + n % 3}-03-31")
    expected = {}
    for n in range(0, 10, 2):
        project = load_project(f"FP/{n:02d}")
        expected[project.code] = [(e.kind, e.sequence, e.due, e.status) for e in replan(project.evaluations, plan_for(project))[0]]

    summary = replan_all()

    assert (summary.planned, summary.changed_projects, summary.unchanged) == (5, 5, 5)
    for code, evaluations in expected.items():
        assert [(e.kind, e.sequence, e.due, e.status) for e in load_project(code).evaluations] == evaluations
    assert stale_plans() == [] and list_totals.differences() == []


def test_a_plan_saved_on_a_computer_writing_numbers_the_french_way_is_current_everywhere(db, monkeypatch):
    """Reasons are stored in English with English numbers whoever saves: an officer whose system
    writes numbers the French way (and has not chosen a language in tracker) saves a plan that
    headquarters, in English, finds current; its reason does not mix the two."""
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    save_project(_project("FP/FR", budget=Decimal("5000000.00")))
    reasons = " ".join(e.reason for e in load_project("FP/FR").evaluations)
    assert "5,000,000" in reasons and "5 000 000" not in reasons and "5\u202f000\u202f000" not in reasons
    assert stale_plans() == []
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert stale_plans() == []
    assert replan_all().changed_projects == 0
