"""The totals the portfolio list reads from each project row (expenditure, funding, countries,
open evaluations) equal what the project's records give, after every kind of write: the editor's
save, an evaluation recorded, a bulk import, a partner merge, a re-plan, a package merged, a
schema migration; and a write made around the write path is found and repaired."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

import pytest

from tests.exchange.package_sites import Sites
from tracker.domain.classifications import EvaluationKind, ExpenditureType, FundingModality, PartnerCategory, Stage
from tracker.domain.project import Expenditure, Funding, Partner, Project
from tracker.store import list_totals
from tracker.store import models as m
from tracker.store.bulk import insert_new_projects
from tracker.store.database import close_database, open_database
from tracker.store.evaluations import record_completion
from tracker.store.migrations import LATEST_VERSION, current_version
from tracker.store.partners import merge_partners, save_partner
from tracker.store.projects import change_stage, copy_project, load_project, save_project
from tracker.store.queries import portfolio_rows
from tracker.store.replan import replan_all
from tracker.store.sql import execute


def _row(code: str):
    return next(r for r in portfolio_rows() if r.code == code)


def _project(code: str = "TOT/1", **fields) -> Project:
    values = dict(title="Totals", planned_start=date(2024, 1, 1), planned_end=date(2027, 12, 31), budget=Decimal("2000000"),
                  countries=["SN", "CI"], fundings=[Funding(FundingModality.REGULAR_BUDGET, Decimal("2000000"), "USD", date(2023, 12, 1))],
                  expenditures=[Expenditure(2024, ExpenditureType.TRAINING, Decimal("1000.50"))])
    values.update(fields)
    return Project(code=code, **values)


def test_the_demo_portfolio_shows_what_its_records_give(demo_db):
    assert list_totals.differences() == []
    for row in portfolio_rows()[:30]:
        project = load_project(row.code)
        assert row.expenditure_usd == sum((e.usd for e in project.expenditures), Decimal(0))
        assert row.countries == ", ".join(sorted(project.countries))
        assert row.partners == ", ".join(sorted({f.partner_code for f in project.fundings if f.partner_code}))
        open_dues = sorted(e.due for e in project.evaluations if e.mandatory and e.due and e.status.value in ("planned", "in_progress"))
        assert row.next_due == (open_dues[0] if open_dues else None)


def test_an_edit_changes_the_totals_in_the_same_save(db):
    save_project(_project())
    row = _row("TOT/1")
    assert (row.expenditure_usd, row.countries, row.partners) == (Decimal("1000.50"), "CI, SN", "")
    assert row.next_due is not None  # the rules planned a final evaluation at least
    project = load_project("TOT/1")
    project.expenditures.append(Expenditure(2025, ExpenditureType.EQUIPMENT, Decimal("99.50")))
    project.countries = ["BF"]
    # EU: one of the reference partners every database starts with.
    project.fundings.append(Funding(FundingModality.EARMARKED, Decimal("500000"), "USD", date(2024, 2, 1), partner_code="EU"))
    save_project(project)
    row = _row("TOT/1")
    assert (row.expenditure_usd, row.countries, row.partners, row.partner_names) == (Decimal("1100.00"), "BF", "EU", ("European Union",))
    assert FundingModality.EARMARKED in row.modalities and row.regular_budget
    assert list_totals.differences() == []


def test_a_completed_evaluation_leaves_the_open_ones(db):
    save_project(_project())
    project = load_project("TOT/1")
    first = min((e for e in project.evaluations if e.mandatory), key=lambda e: e.due)
    before = _row("TOT/1").next_due
    record_completion("TOT/1", first.uuid, completed_on=date(2025, 1, 1), findings="Findings", evaluator="Someone")
    after = _row("TOT/1")
    assert before == first.due and after.next_due != first.due
    assert list_totals.differences() == []


def test_overdue_evaluations_are_counted_on_the_day_the_list_is_read_not_stored(db):
    save_project(_project(planned_start=date(2018, 1, 1), planned_end=date(2020, 12, 31)))
    assert _row("TOT/1").overdue_count >= 1  # its final evaluation fell due in 2020
    assert next(r for r in portfolio_rows(as_of=date(2017, 1, 1)) if r.code == "TOT/1").overdue_count == 0
    change_stage("TOT/1", "cancel", "Partner withdrew")
    assert _row("TOT/1").overdue_count == 0  # nothing is overdue on a cancelled project


def test_a_bulk_import_and_a_partner_merge_keep_the_totals(db):
    save_partner(Partner("AA", "Partner A", PartnerCategory.MULTI_BILATERAL))
    save_partner(Partner("BB", "Partner B", PartnerCategory.MULTI_BILATERAL))
    projects = [_project(f"IMP/{n}", fundings=[Funding(FundingModality.EARMARKED, Decimal(100000 + n), "USD", date(2023, 6, 1), partner_code="AA")])
                for n in range(5)]
    assert insert_new_projects(projects) == []
    assert [r.partners for r in portfolio_rows()] == ["AA"] * 5
    merge_partners("AA", "BB")
    assert [(r.partners, r.partner_names) for r in portfolio_rows()] == [("BB", ("Partner B",))] * 5
    assert list_totals.differences() == []


def test_a_replan_keeps_the_open_evaluations(db):
    save_project(_project())
    # Dates changed around the write path: the re-plan moves the evaluations, and their totals.
    execute("UPDATE project SET planned_end = :end WHERE code = 'TOT/1'", {"end": "2029-12-31"})
    replan_all()
    project = load_project("TOT/1")
    final = next(e for e in project.evaluations if e.kind is EvaluationKind.FINAL)
    assert final.due.year == 2029
    assert list_totals.differences() == []


@pytest.mark.sqlite_only
def test_a_merged_package_keeps_the_totals(tmp_path):
    sites = Sites(tmp_path)
    try:
        sites.use("field")
        save_project(_project())
        project = copy_project(load_project("TOT/1"))
        project.code = "TOT/2"
        save_project(project)
        sites.sync("field", "hq")
        assert list_totals.differences() == []
        assert _row("TOT/2").expenditure_usd == Decimal("1000.50")
    finally:
        sites.close()


def test_a_write_around_the_write_path_is_found_and_repaired(db):
    save_project(_project())
    pid = m.Project.get(m.Project.code == "TOT/1").id
    execute("UPDATE expenditure SET amount_usd = amount_usd + 100 WHERE project_id = :pid", {"pid": pid})
    found = list_totals.differences()
    assert [(d.code, d.column, d.stored, d.computed) for d in found] == [("TOT/1", "expenditure_usd", 100050, 100150)]
    assert list_totals.repair() == found
    assert list_totals.differences() == [] and _row("TOT/1").expenditure_usd == Decimal("1001.50")


@pytest.mark.sqlite_only
def test_a_v9_database_gets_its_totals_when_migrated(db_path):
    open_database(db_path)
    save_project(_project(stage=Stage.DESIGN))
    close_database()
    with sqlite3.connect(db_path) as conn:
        for column in ("expenditure_usd", "funding_usd", "funding_summary", "country_list", "open_evaluations", "plan_fingerprint"):
            conn.execute(f"ALTER TABLE project DROP COLUMN {column}")
        conn.execute("DELETE FROM schema_version WHERE version >= 10")
    conn.close()
    db = open_database(db_path)
    try:
        assert current_version(db) == LATEST_VERSION
        assert list_totals.differences() == []
        assert (_row("TOT/1").expenditure_usd, _row("TOT/1").countries) == (Decimal("1000.50"), "CI, SN")
    finally:
        close_database()
