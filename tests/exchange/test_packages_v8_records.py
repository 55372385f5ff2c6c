"""Field packages carry the records of schema v8: budget lines, progress reports and indicator
values, a funding line's agreement reference and an expenditure line's output; packages written
before them still merge."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from decimal import Decimal

import pytest

from tests.exchange.package_sites import Sites, table_counts
from tests.exchange.test_packages import rewrite_records
from tests.gui.factories import small_portfolio
from tracker.domain.classifications import ExpenditureType
from tracker.domain.project import BudgetLine, Expenditure, IndicatorValue, ProgressReport, ResultIndicator
from tracker.exchange.merge import list_conflicts, resolve_conflict
from tracker.exchange.results import ImportRefused
from tracker.store.projects import load_project, save_project

SEN = "SEN/20/01/LUX"


@pytest.fixture
def sites(tmp_path):
    s = Sites(tmp_path)
    s.use("hq")
    small_portfolio()
    s.sync("hq", "field")
    yield s
    s.close()


def _report_a_year(code: str) -> None:
    """What a field office records for a year: the budget by heading, the year's report and the
    value its indicator reached."""
    project = load_project(code)
    trained = ResultIndicator("Young people trained", "people", baseline=Decimal(0), target=Decimal(500))
    project.indicators.append(trained)
    project.budget_lines += [BudgetLine(ExpenditureType.TRAINING, Decimal("300000.00"), variance_note="Courses started late."),
                             BudgetLine(ExpenditureType.PROGRAMME_SUPPORT, Decimal("100000.00"))]
    project.progress_reports.append(ProgressReport(date(2020, 1, 1), date(2020, 12, 31), "Two training centres opened.",
                                                   challenges="Late recruitment.", prepared_by="Project team"))
    project.indicator_values.append(IndicatorValue(trained.uuid, date(2020, 12, 31), Decimal(120), note="Two centres"))
    project.fundings[0].agreement_reference = "LUX/ILO/2019-11"
    project.expenditures[0].output = "Output 1"
    save_project(project)


def _records(code: str) -> dict:
    project = load_project(code)
    return {
        "budget_lines": sorted((b.uuid, b.heading, b.amount, b.output, b.variance_note) for b in project.budget_lines),
        "progress_reports": sorted((r.uuid, r.period_start, r.period_end, r.summary, r.challenges, r.prepared_by)
                                   for r in project.progress_reports),
        "indicator_values": sorted((v.uuid, v.indicator_uuid, v.measured_on, v.value, v.note) for v in project.indicator_values),
        "agreement_references": [f.agreement_reference for f in project.fundings],
        "outputs": [e.output for e in project.expenditures],
    }


def test_budget_lines_reports_and_indicator_values_travel_to_the_other_database(sites):
    sites.use("field")
    _report_a_year(SEN)
    at_field = _records(SEN)
    report = sites.sync("field", "hq")
    assert report.conflicts == [] and report.skipped == [] and report.created == 5  # indicator, 2 lines, report, value
    sites.use("hq")
    assert _records(SEN) == at_field
    assert at_field["agreement_references"] == ["LUX/ILO/2019-11"] and at_field["outputs"] == ["Output 1"]
    # Back again: nothing more to do.
    report = sites.sync("hq", "field")
    assert report.conflicts == [] and report.created == report.updated == report.deleted == 0


def test_a_budget_line_edited_on_both_sides_is_a_conflict(sites):
    sites.use("field")
    _report_a_year(SEN)
    sites.sync("field", "hq")
    for site, amount in (("hq", "310000.00"), ("field", "290000.00")):
        sites.use(site)
        project = load_project(SEN)
        next(b for b in project.budget_lines if b.heading is ExpenditureType.TRAINING).amount = Decimal(amount)
        save_project(project)
    report = sites.sync("field", "hq")
    assert len(report.conflicts) == 1 and report.conflicts[0].startswith("budget line")
    sites.use("hq")
    (conflict,) = list_conflicts()
    assert conflict.kind == "budget_line"
    assert ("amount", "310000.00", "290000.00") in conflict.fields()
    resolve_conflict(conflict.id, keep="incoming")
    assert sorted(b.amount for b in load_project(SEN).budget_lines) == [Decimal("100000.00"), Decimal("290000.00")]


def test_deleted_reports_and_budget_lines_are_deleted_there_too(sites):
    sites.use("field")
    _report_a_year(SEN)
    sites.sync("field", "hq")
    sites.use("field")
    project = load_project(SEN)
    project.progress_reports = []
    project.budget_lines = [b for b in project.budget_lines if b.heading is ExpenditureType.TRAINING]
    save_project(project)
    report = sites.sync("field", "hq")
    assert report.deleted == 2 and report.conflicts == []
    sites.use("hq")
    project = load_project(SEN)
    assert project.progress_reports == [] and [b.heading for b in project.budget_lines] == [ExpenditureType.TRAINING]


def test_a_budget_line_typed_in_both_databases_is_one_line(sites):
    """The same heading budgeted separately at both sites: matched by (heading, output), the
    unique key in a project, never two lines for one heading."""
    for site, amount in (("hq", "300000.00"), ("field", "300000.00")):
        sites.use(site)
        project = load_project(SEN)
        project.budget_lines.append(BudgetLine(ExpenditureType.TRAINING, Decimal(amount)))
        save_project(project)
    report = sites.sync("field", "hq")
    assert report.conflicts == [] and report.skipped == []
    sites.use("hq")
    assert len(load_project(SEN).budget_lines) == 1


def test_an_indicator_value_of_an_indicator_the_project_lacks_is_refused_by_name(sites):
    sites.use("field")
    _report_a_year(SEN)
    package = sites.export("field")

    def unknown_indicator(line):
        if line["kind"] == "indicator_value":
            line["values"]["indicator_uuid"] = "00000000-0000-4000-8000-000000000000"
            return True
        return False

    rewrite_records(package, unknown_indicator)
    sites.use("hq")
    before = table_counts()
    with pytest.raises(ImportRefused) as refused:
        sites.merge("hq", package)
    (problem,) = refused.value.problems
    assert str(problem).startswith(f"project {SEN}: the indicator value of 2020-12-31")
    assert "00000000-0000-4000-8000-000000000000" in str(problem)
    assert table_counts() == before and load_project(SEN).budget_lines == []


def test_a_package_of_an_older_tracker_still_merges(sites):
    """An older tracker's package knows no budget lines, reports or values, and its funding and
    expenditure lines have no agreement reference or output: it merges, and what this database
    holds of the new records stays."""
    sites.use("field")
    _report_a_year(SEN)
    sites.sync("field", "hq")
    sites.use("hq")
    project = load_project(SEN)
    project.title = "Youth employment in Senegal, phase II"
    project.expenditures.append(Expenditure(2021, ExpenditureType.EQUIPMENT, Decimal("2500.00")))
    save_project(project)
    package = sites.export("hq")

    def as_written_before(line):
        assert line["kind"] not in ("budget_line", "progress_report", "indicator_value")
        return False

    rewrite_records(package, as_written_before)
    with zipfile.ZipFile(package) as archive:
        lines = [json.loads(line) for line in archive.read("records.jsonl").decode().splitlines()]
    # The new fields at their defaults are not written: the lines read as an older tracker wrote them.
    assert all("output" not in line["values"] for line in lines if line["kind"] == "expenditure")
    report = sites.merge("field", package)
    assert report.conflicts == [] and report.skipped == []
    sites.use("field")
    project = load_project(SEN)
    assert project.title == "Youth employment in Senegal, phase II" and len(project.expenditures) == 2
    assert len(project.budget_lines) == 2 and len(project.progress_reports) == 1 and len(project.indicator_values) == 1
