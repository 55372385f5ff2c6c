"""Schema version 8: a v7 database gains budget lines, progress reports and indicator values, its
expenditure an output and its funding an agreement reference, and keeps what it held."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

from tracker.domain.classifications import ExpenditureType
from tracker.domain.project import BudgetLine, IndicatorValue, ProgressReport, ResultIndicator
from tracker.store import models as m
from tracker.store.database import close_database, open_database
from tracker.store.migrations import LATEST_VERSION, current_version
from tracker.store.projects import load_project, save_project


def _make_v7_database(path) -> None:
    open_database(path)
    close_database()
    with sqlite3.connect(path) as conn:
        for table in ("budget_line", "progress_report", "indicator_value", "document", "document_file", "location", "exchange_rate",
                      "organisation_setting"):
            conn.execute(f'DROP TABLE "{table}"')
        conn.execute("ALTER TABLE funding DROP COLUMN agreement_reference")
        conn.execute("ALTER TABLE expenditure DROP COLUMN output")
        conn.execute("ALTER TABLE project DROP COLUMN purpose_code")
        conn.execute("ALTER TABLE project DROP COLUMN capital_spend")
        conn.execute("INSERT INTO project (uuid, code, title, description, stage, office, officer, currency, usd_rate, budget, budget_usd, "
                     "midterm_review_agreed, rule_set, is_demo, archived, version, created_at, updated_at) VALUES ('p-1', 'OLD/1', "
                     "'Old project', '', 'design', '', '', 'USD', '1', 10000000, 10000000, 0, 'ilo-2002', 0, 0, 1, '2020-01-01', '2020-01-01')")
        conn.execute("INSERT INTO expenditure (uuid, project_id, year, expenditure_type, amount, currency, usd_rate, amount_usd) "
                     "VALUES ('e-1', 1, 2021, 'training', 500000, 'USD', '1', 500000)")
        conn.execute("DELETE FROM schema_version WHERE version >= 8")
    conn.close()


def test_a_v7_database_is_migrated_and_takes_the_new_records(db_path):
    _make_v7_database(db_path)
    db = open_database(db_path)
    try:
        assert current_version(db) == LATEST_VERSION
        project = load_project("OLD/1")
        assert [e.output for e in project.expenditures] == [""]
        indicator = ResultIndicator("Workers trained", target=Decimal(100))
        project.indicators.append(indicator)
        project.budget_lines = [BudgetLine(ExpenditureType.TRAINING, Decimal("60000.00"), "Output 1"),
                                BudgetLine(ExpenditureType.PROGRAMME_SUPPORT, Decimal("40000.00"))]
        project.progress_reports = [ProgressReport(date(2021, 1, 1), date(2021, 12, 31), "Training started.")]
        project.indicator_values = [IndicatorValue(indicator.uuid, date(2021, 12, 31), Decimal(40))]
        save_project(project)
        again = load_project("OLD/1")
        assert [(b.heading, b.amount, b.output) for b in again.budget_lines] == [
            (ExpenditureType.TRAINING, Decimal("60000.00"), "Output 1"), (ExpenditureType.PROGRAMME_SUPPORT, Decimal("40000.00"), "")]
        assert again.progress_reports[0].summary == "Training started."
        assert again.indicator_values[0].indicator_uuid == indicator.uuid
        assert m.AuditEntry.select().where(m.AuditEntry.table == "budget_line").count() > 0
    finally:
        close_database()


def test_a_budget_line_given_twice_and_a_value_of_another_projects_indicator_are_refused_by_record():
    from tracker.domain.project import Project

    project = Project("X/1", "X", budget_lines=[BudgetLine(ExpenditureType.TRAINING, Decimal(1), "Output 1"),
                                                BudgetLine(ExpenditureType.TRAINING, Decimal(2), " output 1 ")],
                      indicator_values=[IndicatorValue("not-an-indicator", date(2021, 1, 1), Decimal(1))],
                      progress_reports=[ProgressReport(date(2021, 12, 31), date(2021, 1, 1), " ")])
    found = {(p.kind, p.index, p.field) for p in project.record_problems()}
    assert found == {("budget_line", 1, "heading"), ("indicator_value", 0, "indicator_uuid"),
                     ("progress_report", 0, "period_end"), ("progress_report", 0, "summary")}
