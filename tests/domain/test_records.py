"""One description of each record kind: every field of every domain record is described (or
excluded with a reason), and every width matches the column the store keeps the text in."""

from __future__ import annotations

import dataclasses

import peewee
import pytest

from tracker.domain import records as r
from tracker.domain.project import BudgetRevision, Funding, Project
from tracker.store import migrations
from tracker.store import models as m
from tracker.store.fields import EnumField

DESCRIBED = [k for k in r.RECORD_KINDS if k.record_type is not None]
# The store's table of each kind (unearmarked funding shares the funding table).
TABLES = {
    "project": m.Project, "partner": m.Partner, "funding": m.Funding, "unearmarked_funding": m.Funding,
    "budget_revision": m.BudgetRevision, "expenditure": m.Expenditure, "evaluation": m.Evaluation,
    "result_indicator": m.ResultIndicator, "country_share": m.ProjectCountry, "stage_change": m.StageChange,
    "budget_line": m.BudgetLine, "progress_report": m.ProgressReport, "indicator_value": m.IndicatorValue,
    "document": m.Document, "location": m.Location, "exchange_rate": m.ExchangeRate, "appraisal": m.AppraisalRecord,
    "cluster_evaluation": m.ClusterEvaluation,
}
# Texts the domain limits although their column is unlimited text.
DOMAIN_LIMITS = {("project", "title"): 500}


@pytest.mark.parametrize("kind", DESCRIBED, ids=lambda k: k.name)
def test_every_field_of_the_dataclass_is_described_or_excluded_in_its_order(kind):
    names = [f.name for f in dataclasses.fields(kind.record_type) if f.name not in r.KEYS and f.name not in kind.excluded]
    assert [s.name for s in kind.record_fields] == names


@pytest.mark.parametrize("kind", DESCRIBED, ids=lambda k: k.name)
def test_every_described_field_has_a_type_and_a_label(kind):
    for spec in kind.fields:
        assert spec.type is not None, spec.name
        assert spec.label and spec.label == spec.label.strip(), spec.name


@pytest.mark.parametrize("kind", r.RECORD_KINDS, ids=lambda k: k.name)
def test_every_text_width_is_the_width_of_its_store_column(kind):
    table = TABLES[kind.name]
    columns = table._meta.fields
    for spec in kind.fields:
        column = columns.get(spec.wire)
        if not spec.is_text or column is None:
            continue
        if isinstance(column, peewee.ForeignKeyField):
            column = column.rel_model.code  # a funding line names its partner and project by code
        if isinstance(column, peewee.CharField):
            assert spec.width == column.max_length, f"{kind.name}.{spec.name}: {spec.width} != {column.max_length}"
        else:
            assert isinstance(column, peewee.TextField), spec.name
            assert spec.width == DOMAIN_LIMITS.get((kind.name, spec.name)), f"{kind.name}.{spec.name} is unlimited text in the store"


@pytest.mark.parametrize("kind", r.RECORD_KINDS, ids=lambda k: k.name)
def test_every_text_column_of_a_set_width_is_described(kind):
    described = {s.wire for s in kind.fields}
    for name, column in TABLES[kind.name]._meta.fields.items():
        if isinstance(column, peewee.CharField) and not isinstance(column, EnumField) and name != "uuid":
            assert name in described, f"{kind.name}: the store's column {name} ({column.max_length} characters) is not described"


def test_every_column_a_migration_widened_to_text_is_unlimited_in_the_description():
    for table, column in migrations.WIDENED_TO_TEXT:
        kind = next((k for k in r.RECORD_KINDS if TABLES[k.name]._meta.table_name == table), None)
        if kind is None:
            continue  # the audit trail, the site and the exchange log are not records a user edits
        assert kind.field(column).width is None


def test_the_code_patterns_follow_the_widths():
    assert r.PROJECT.field("code").width == m.Project.code.max_length
    assert r.PARTNER.field("code").width == m.Partner.code.max_length
    assert r.FUNDING.field("partner").width == m.Partner.code.max_length
    assert r.FUNDING.field("project").width == m.Project.code.max_length


def test_kinds_are_found_by_name_list_and_record():
    assert r.kind_named("budget_revision") is r.BUDGET_REVISION
    assert r.kind_of_list("revisions") is r.BUDGET_REVISION
    assert r.kind_of_list("indicators") is r.RESULT_INDICATOR
    assert r.kind_of(Funding.__new__(Funding)) is r.FUNDING  # not the unearmarked kind
    assert r.kind_of(BudgetRevision.__new__(BudgetRevision)) is r.BUDGET_REVISION
    with pytest.raises(KeyError, match="no record kind 'revision'"):
        r.kind_named("revision")


def test_names_and_lists_are_unique_and_every_child_list_is_on_the_project():
    assert len({k.name for k in r.RECORD_KINDS}) == len(r.RECORD_KINDS)
    lists = [k.list_attribute for k in r.RECORD_KINDS if k.list_attribute]
    assert len(set(lists)) == len(lists)
    project_fields = {f.name for f in dataclasses.fields(Project)}
    assert all(k.list_attribute in project_fields for k in r.RECORD_KINDS if k.list_attribute)
    assert [k.list_attribute for k in r.CHILD_KINDS] == ["fundings", "revisions", "expenditures", "evaluations", "indicators",
                                                         "budget_lines", "progress_reports", "indicator_values", "documents",
                                                         "locations", "appraisals"]
    assert set(r.PROJECT.excluded) >= {k.list_attribute for k in r.CHILD_KINDS}


def test_a_field_is_found_by_its_name_or_its_wire_name():
    assert r.FUNDING.field("partner_code") is r.FUNDING.field("partner")
    assert r.STAGE_CHANGE.field("changed_on").name == "on"
    assert r.EVALUATION.field_label("rating_relevance") == "rating relevance"  # not a field of its own
    with pytest.raises(KeyError):
        r.PROJECT.field("colour")


def test_types_come_from_the_dataclass_and_say_what_may_be_blank():
    assert r.EXPENDITURE.field("month").optional and not r.EXPENDITURE.field("year").optional
    assert r.FUNDING.field("partner_code").is_text and r.FUNDING.field("partner_code").optional
    assert not r.PROJECT.field("stage").is_text  # a classification is a str enum, not free text
    assert r.RESULT_INDICATOR.field("women_share").header == "Women %"
    assert r.EVALUATION.field("findings").multiline and not r.EVALUATION.field("evaluator").multiline


def test_the_store_only_fields_of_a_stage_change_are_not_on_the_domain_record():
    assert [s.name for s in r.STAGE_CHANGE.fields if not s.on_record] == ["at", "who"]
    assert [s.wire for s in r.STAGE_CHANGE.fields] == ["from_stage", "to_stage", "action", "reason", "changed_on", "at", "who"]


def test_the_unearmarked_kind_describes_the_funding_record_without_its_project():
    assert r.UNEARMARKED_FUNDING.record_type is Funding
    assert [s.name for s in r.UNEARMARKED_FUNDING.fields] == [s.name for s in r.FUNDING.fields if s.name != "project_code"]
    assert r.UNEARMARKED_FUNDING.list_attribute is None



def test_a_place_in_a_country_the_project_does_not_cover_is_named_on_its_row():
    from decimal import Decimal

    from tracker.domain.documents import Location

    project = Project("LOC/1", "Places", countries=["SN"], locations=[
        Location("Kaolack", "SN", latitude=Decimal("14.15"), longitude=Decimal("-16.07")), Location("Bamako", "ML")])
    [problem] = project.record_problems()
    assert (problem.kind, problem.index, problem.field) == ("location", 1, "country")
    assert problem.message == "ML is not one of the project's countries"
