"""The store's mapping is derived from the record descriptions: every column is a described field
or a named exception, every record round-trips at the full widths on both engines, and a text
no engine should keep is refused by field before anything is written."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from tracker.domain import records as r
from tracker.domain.classifications import (
    Criterion,
    EvaluationStatus,
    ExpenditureType,
    FundingModality,
    Independence,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
)
from tracker.domain.documents import Document, Location
from tracker.domain.errors import ValidationError
from tracker.domain.project import (
    AppraisalRecord,
    BudgetLine,
    BudgetRevision,
    Expenditure,
    Funding,
    IndicatorValue,
    Partner,
    ProgressReport,
    Project,
    ResultIndicator,
)
from tracker.store import mapping as mp
from tracker.store import models as m
from tracker.store.list_totals import EMPTY as LIST_TOTALS
from tracker.store.partners import save_partner
from tracker.store.projects import change_stage, load_project, save_project, stage_history

TABLES = {"project": m.Project, "partner": m.Partner, "funding": m.Funding, "budget_revision": m.BudgetRevision,
          "expenditure": m.Expenditure, "evaluation": m.Evaluation, "result_indicator": m.ResultIndicator,
          "budget_line": m.BudgetLine, "progress_report": m.ProgressReport, "indicator_value": m.IndicatorValue,
          "appraisal": m.AppraisalRecord}
# Columns that are no field of the domain record: keys, timestamps, the version, the owning project.
STORE_ONLY = {"id", "uuid", "version", "created_at", "updated_at", "project", "partner"}
LINES = "First line.\r\nSecond line:\tindented.\n"


@pytest.mark.parametrize("name", TABLES)
def test_every_column_is_a_described_field_or_a_named_exception(name):
    kind = r.kind_named(name)
    elsewhere = mp.STORED_ELSEWHERE.get(name, ())
    described = {s.wire for s in kind.record_fields if s.name not in elsewhere}
    exceptions = set(mp.COMPUTED.get(name, {}))
    if name == "evaluation":
        exceptions |= {f"rating_{c.value}" for c in Criterion}
    if name == "partner":
        exceptions.add("is_demo")  # demo partners are marked in the store only
    if name == "project":
        exceptions |= set(LIST_TOTALS) | {"plan_fingerprint"}  # kept by the write path, derived from the detail
    assert set(TABLES[name]._meta.fields) - STORE_ONLY == described | exceptions


def test_the_stage_change_columns_are_the_described_ones():
    assert set(mp.STAGE_CHANGE_COLUMNS) == set(m.StageChange._meta.fields) - {"id", "uuid", "project"}


# The file full_project's document names: saved with it (save_project's attachments).
FILE = b"%PDF-1.4 report"
FILE_SHA256 = hashlib.sha256(FILE).hexdigest()
WITH_FILE = {FILE_SHA256: FILE}


def full_project() -> Project:
    indicator = ResultIndicator("Young people trained " * 20, "U" * 100, Decimal(0), Decimal(500), Decimal("12.5"), Decimal(53))
    return Project(
        code="P" * 100, title="T" * 500, description=LINES, region=Region.AFRICA, countries=["SN", "ML"],
        country_shares={"SN": Decimal("60.5")}, outcome=StrategicObjective.EMPLOYMENT, office="O" * 200, officer="Nguyễn " + "F" * 193,
        planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31), budget=Decimal("400000.00"), currency="EUR",
        usd_rate=Decimal("1.08"),
        fundings=[Funding(FundingModality.EARMARKED, Decimal("1.50"), "EUR", date(2023, 12, 1), "L" * 40, None, Decimal("1.08"), True,
                          "A" * 100)],
        revisions=[BudgetRevision(date(2024, 6, 1), LINES, new_budget=Decimal("400000.00"), new_usd_rate=Decimal("1.08"))],
        expenditures=[Expenditure(2024, ExpenditureType.TRAINING, Decimal("-12.34"), "EUR", Decimal("1.08"), month=3, output="O" * 200)],
        indicators=[indicator],
        budget_lines=[BudgetLine(ExpenditureType.PROGRAMME_SUPPORT, Decimal("46017.70"), "O" * 200, LINES)],
        progress_reports=[ProgressReport(date(2024, 1, 1), date(2024, 12, 31), LINES, LINES, LINES, LINES, "P" * 200)],
        indicator_values=[IndicatorValue(indicator.uuid, date(2024, 12, 31), Decimal("120.5"), LINES)],
        documents=[Document("D" * 500, "A07", "fr", date(2025, 3, 1), "https://example.org/" + "u" * 980, "", "f" * 255,
                            len(FILE), FILE_SHA256)],
        locations=[Location("N" * 200, "SN", LINES, Decimal("14.6928"), Decimal("-17.4467"))],
        appraisals=[AppraisalRecord("r" * 40, date(2023, 11, 1), "R" * 60, "B" * 200, LINES)],
        purpose_code="16020", capital_spend=Decimal("0"),
    )


def test_every_record_round_trips_at_the_full_widths(db):
    save_partner(Partner("L" * 40, "N" * 200, PartnerCategory.MULTI_BILATERAL, country="LU"))
    project = full_project()
    stored, _ = save_project(project, attachments=WITH_FILE)
    evaluation = stored.evaluations[0]
    evaluation.status, evaluation.completed_on, evaluation.evaluator = EvaluationStatus.COMPLETED, date(2024, 12, 1), "E" * 200
    evaluation.independence, evaluation.ratings, evaluation.findings = Independence.EXTERNAL, {Criterion.IMPACT: 5}, LINES
    again, _ = save_project(stored)
    loaded = load_project(project.code)
    assert mp.snapshot(loaded) == mp.snapshot(again)
    for attribute in mp.CHILD_LISTS:
        assert [mp.snapshot(x) for x in getattr(loaded, attribute)] == [mp.snapshot(x) for x in getattr(again, attribute)], attribute
    assert loaded.description == LINES and loaded.evaluations[0].findings == LINES and loaded.revisions[0].reason == LINES
    assert loaded.fundings[0].partner_code == "L" * 40 and loaded.fundings[0].project_code == project.code


def test_a_nul_in_a_child_record_is_refused_by_field_before_the_store_on_either_engine(db):
    project = full_project()
    project.fundings = []
    project.expenditures[0].currency = "EUR"
    project.indicators.append(ResultIndicator("People\x00trained"))
    with pytest.raises(ValidationError) as caught:
        save_project(project, attachments=WITH_FILE)
    [problem] = caught.value.problems
    assert (problem.kind, problem.index, problem.field) == ("result_indicator", 1, "name")
    assert m.Project.select().count() == 0


def test_a_partner_name_with_a_control_character_is_refused_on_either_engine(db):
    before = m.Partner.select().count()  # the reference partners a new database holds
    with pytest.raises(ValidationError, match="name: remove the invisible control character U[+]001B"):
        save_partner(Partner("LUXCC", "Luxembourg\x1b[0m", PartnerCategory.MULTI_BILATERAL))
    assert m.Partner.select().count() == before


def test_a_stage_change_with_a_nul_in_its_reason_is_refused_before_the_store_on_either_engine(db):
    project = full_project()
    project.fundings = []
    save_project(project, attachments=WITH_FILE)
    change_stage(project.code, "submit")
    with pytest.raises(ValidationError, match="stage change reason: remove the invisible control character U[+]0000"):
        change_stage(project.code, "return-to-design", "Not\x00ready")
    assert load_project(project.code).stage is Stage.APPRAISAL
    assert len(stage_history(project.code)) == 1
    change_stage(project.code, "return-to-design", "Not ready:\n\tthe budget is missing.")
    assert stage_history(project.code)[-1].reason == "Not ready:\n\tthe budget is missing."


def test_any_child_kind_is_written_and_read_through_one_pair_of_functions(db):
    partner = save_partner(Partner("L" * 40, "N" * 200, PartnerCategory.MULTI_BILATERAL))
    stored, _ = save_project(full_project(), attachments=WITH_FILE)
    project_id = m.Project.get(m.Project.code == stored.code).id
    for kind in r.CHILD_KINDS:
        model = mp.MODELS[kind.name]
        records = getattr(stored, kind.list_attribute)
        assert records, kind.name
        read = [mp.child_from_row(kind, row, {partner.id: partner.code}, stored.code)
                for row in model.select().where(model.project == project_id).order_by(model.id)]
        assert sorted(map(mp.snapshot, read), key=str) == sorted(map(mp.snapshot, records), key=str)
        written = mp.child_columns(kind, records[0], project_id, {partner.code: partner.id})
        row = model.get(model.uuid == records[0].uuid)
        assert written == {c: getattr(row, c if c not in ("project", "partner") else c + "_id") for c in written}, kind.name
