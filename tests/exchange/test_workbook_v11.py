"""The import workbook's Appraisal records sheet: rows add or update a project's appraisal records
(matched by project, requirement and date), a filled template imports again unchanged with the
records, the assigned rule set and the cluster an evaluation is part of (neither has a column:
they stay as they are), and a text no database should keep is refused naming sheet, row and
column."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.exchange.workbooks import PROJECT, fill
from tracker.domain.project import AppraisalRecord, Project
from tracker.exchange.results import ImportRefused
from tracker.exchange.template import write_template
from tracker.exchange.workbook_import import import_workbook
from tracker.store.models import AuditEntry
from tracker.store.projects import load_project, save_project

CLUSTER = "3d9a7c51-2b8e-4f60-a1d2-c4e5f6a7b8c9"
CODE = PROJECT["Code"]
SCREENING = {"Project code": CODE, "Requirement": "ess-screening", "Recorded on": "2024-11-20", "Result": "moderate",
             "Recorded by": "Safeguards desk", "Note": "No resettlement."}


def test_a_filled_template_imported_again_keeps_appraisals_and_cluster_links(db, tmp_path):
    project = Project(code="VNM/24/01/LUX", title="Skills for green jobs", planned_start=date(2024, 1, 1),
                      planned_end=date(2025, 12, 31), budget=Decimal("600000.00"), currency="USD", rule_set_assigned=True,
                      appraisals=[AppraisalRecord("ess-screening", date(2023, 11, 15), "low", "Safeguards desk", "Line one.\nLine two.")])
    stored, _ = save_project(project)
    stored.evaluations[0].cluster = CLUSTER
    save_project(stored)
    audit = AuditEntry.select().count()
    report = import_workbook(write_template(tmp_path / "portfolio.xlsx", with_data=True))
    assert (report.created, report.updated) == (0, 0)
    assert AuditEntry.select().count() == audit
    again = load_project("VNM/24/01/LUX")
    assert (again.rule_set_assigned, again.evaluations[0].cluster) == (True, CLUSTER)
    assert [(a.uuid, a.result, a.note) for a in again.appraisals] == [(project.appraisals[0].uuid, "low", "Line one.\nLine two.")]


def test_appraisal_rows_add_records_and_update_them_by_requirement_and_date(db, tmp_path):
    report = import_workbook(fill(tmp_path / "in.xlsx", {"Projects": [PROJECT], "Appraisal records": [SCREENING]}))
    assert report.created == 2  # the project and its record
    (record,) = load_project(CODE).appraisals
    assert (record.requirement, record.recorded_on, record.result, record.recorded_by, record.note) == (
        "ess-screening", date(2024, 11, 20), "moderate", "Safeguards desk", "No resettlement.")
    changed = import_workbook(fill(tmp_path / "changed.xlsx", {"Appraisal records": [dict(SCREENING, Result="substantial")]}))
    assert (changed.created, changed.updated) == (0, 1)
    assert [(a.uuid, a.result) for a in load_project(CODE).appraisals] == [(record.uuid, "substantial")]


def test_a_bad_appraisal_row_is_refused_naming_its_cell(db, tmp_path):
    rows = [dict(SCREENING, **{"Recorded by": "Safeguards\ndesk"}), dict(SCREENING, **{"Recorded on": "2024-11-21", "Result": "r" * 61}), SCREENING]
    with pytest.raises(ImportRefused) as caught:
        import_workbook(fill(tmp_path / "bad.xlsx", {"Projects": [PROJECT], "Appraisal records": rows}))
    text = "\n".join(str(p) for p in caught.value.problems)
    assert "sheet Appraisal records, row 2, column E (Recorded by)" in text and "keep it on one line" in text
    assert "sheet Appraisal records, row 3, column D (Result)" in text and "keep the result to 60 characters (it has 61)" in text
    assert "the same appraisal record (project, requirement, recorded on) is already on row 2" in text
