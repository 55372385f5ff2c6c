"""The import workbook has no sheet for appraisal records nor a column for an evaluation's cluster
evaluation: a filled template imported again leaves them as they are (the project's appraisal
records, its assigned rule set, the cluster an evaluation is part of), changing nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tracker.domain.project import AppraisalRecord, Project
from tracker.exchange.template import write_template
from tracker.exchange.workbook_import import import_workbook
from tracker.store.models import AuditEntry
from tracker.store.projects import load_project, save_project

CLUSTER = "3d9a7c51-2b8e-4f60-a1d2-c4e5f6a7b8c9"


def test_a_filled_template_imported_again_keeps_appraisals_and_cluster_links(db, tmp_path):
    project = Project(code="VNM/24/01/LUX", title="Skills for green jobs", planned_start=date(2024, 1, 1),
                      planned_end=date(2025, 12, 31), budget=Decimal("600000.00"), currency="USD", rule_set_assigned=True,
                      appraisals=[AppraisalRecord("ess-screening", date(2023, 11, 15), "low", "Safeguards desk")])
    stored, _ = save_project(project)
    stored.evaluations[0].cluster = CLUSTER
    save_project(stored)
    audit = AuditEntry.select().count()
    report = import_workbook(write_template(tmp_path / "portfolio.xlsx", with_data=True))
    assert (report.created, report.updated) == (0, 0)
    assert AuditEntry.select().count() == audit
    again = load_project("VNM/24/01/LUX")
    assert (again.rule_set_assigned, [a.result for a in again.appraisals], again.evaluations[0].cluster) == (True, ["low"], CLUSTER)
