"""Conversion between peewee rows and domain records, and flat snapshots for the audit trail.

Derived from the record descriptions (tracker.domain.records): a field is stored in the column of
its wire name, except for the few named in STORED_ELSEWHERE and COMPUTED below."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any

from tracker.domain import project as d
from tracker.domain import records as r
from tracker.domain.classifications import Criterion
from tracker.store import models as m

CHILD_LISTS = tuple(k.list_attribute or "" for k in r.CHILD_KINDS)  # fundings, revisions, ...
# What an audit snapshot leaves out: keys, the version (the store's optimistic lock) and the
# child lists, which have snapshots of their own.
_SKIP = {*r.KEYS, "version", *CHILD_LISTS}

# The named exceptions: fields a table does not keep in a column of their own name and value.
STORED_ELSEWHERE = {
    "project": ("countries", "country_shares", "themes"),  # project_country and project_theme rows
    "funding": ("partner_code", "project_code"),  # foreign keys, found from the codes
    "evaluation": ("ratings",),  # one column per criterion: rating_relevance, ...
}
# Columns computed on writing: US$ values at the record's rate, so that totals are SQL sums.
COMPUTED: dict[str, dict[str, Callable[[Any], Any]]] = {
    "project": {"budget_usd": lambda project: project.budget_usd},
    "funding": {"amount_usd": lambda funding: funding.usd},
    "expenditure": {"amount_usd": lambda expenditure: expenditure.usd},
}
# Texts stored without the spaces around them (they are looked up by value).
STRIPPED = {"project": ("code", "title")}


def _stored(kind: r.RecordKind) -> tuple[tuple[str, str], ...]:
    """(attribute, column) of each field the kind's table keeps in a column of its own."""
    elsewhere = STORED_ELSEWHERE.get(kind.name, ())
    return tuple((s.name, s.wire) for s in kind.record_fields if s.name not in elsewhere)


_COLUMNS = {k.name: _stored(k) for k in (r.PARTNER, r.PROJECT, *r.CHILD_KINDS, r.EXCHANGE_RATE)}
# A stage change's row as packages carry it: from_stage, to_stage, action, reason, changed_on, at, who.
STAGE_CHANGE_COLUMNS = tuple(s.wire for s in r.STAGE_CHANGE.fields)


def columns(kind: r.RecordKind, record: Any) -> dict[str, Any]:
    """The row of a domain record, by column (its UUID included), without the named exceptions."""
    values = {"uuid": record.uuid, **{column: getattr(record, name) for name, column in _COLUMNS[kind.name]}}
    for name in STRIPPED.get(kind.name, ()):
        values[name] = values[name].strip()
    for column, compute in COMPUTED.get(kind.name, {}).items():
        values[column] = compute(record)
    return values


def from_row(kind: r.RecordKind, row: Any, **extra: Any) -> Any:
    """The domain record of a row; `extra` gives the fields stored elsewhere."""
    assert kind.record_type is not None
    values = {name: getattr(row, column) for name, column in _COLUMNS[kind.name]}
    return kind.record_type(**values, **extra, uuid=row.uuid, id=row.id)


# The table of each kind a project holds, found by the kind's name (peewee names tables in snake
# case), or by the name in TABLE_NAMES where they differ.
TABLE_NAMES = {"appraisal": "appraisal_record"}
MODELS: dict[str, type[m.BaseModel]] = {
    k.name: next(model for model in m.ALL_MODELS if model._meta.table_name == TABLE_NAMES.get(k.name, k.name))  # type: ignore[attr-defined]
    for k in r.CHILD_KINDS
}


def child_columns(kind: r.RecordKind, record: Any, project_id: int, partner_ids: dict[str, int]) -> dict[str, Any]:
    """The row of one of a project's child records, whatever its kind."""
    if kind is r.FUNDING:
        return funding_columns(record, project_id, partner_ids.get(record.partner_code or ""))
    values = {**columns(kind, record), "project": project_id}
    if kind is r.EVALUATION:
        values.update({_rating_column(c): record.ratings.get(c) for c in Criterion})
    return values


def child_from_row(kind: r.RecordKind, row: Any, partner_codes: dict[int, str], project_code: str) -> Any:
    """The domain record of one of a project's child rows, whatever its kind."""
    if kind is r.FUNDING:
        return funding_from_row(row, partner_codes.get(row.partner_id), project_code)
    if kind is r.EVALUATION:
        return evaluation_from_row(row)
    return from_row(kind, row)


def audit_text(value: Any) -> str | None:
    """How a value reads in the audit trail: codes for classifications, ISO dates, exact decimals."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(audit_text(v) or "" for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{audit_text(k)}={audit_text(v)}" for k, v in sorted(value.items(), key=lambda kv: str(kv[0])))
    return str(value)


def snapshot(record: Any) -> dict[str, str | None]:
    """Flat field -> text view of a domain record, without keys and child lists."""
    return {s.name: audit_text(getattr(record, s.name)) for s in r.kind_of(record).record_fields if s.name not in _SKIP}


def partner_from_row(row: m.Partner) -> d.Partner:
    return from_row(r.PARTNER, row)  # type: ignore[no-any-return]


def project_columns(project: d.Project) -> dict[str, Any]:
    return columns(r.PROJECT, project)


def project_from_row(row: m.Project) -> d.Project:
    return from_row(r.PROJECT, row, version=row.version)  # type: ignore[no-any-return]


def funding_columns(funding: d.Funding, project_id: int | None, partner_id: int | None) -> dict[str, Any]:
    return {**columns(r.FUNDING, funding), "partner": partner_id, "project": project_id}


def funding_from_row(row: m.Funding, partner_code: str | None, project_code: str | None) -> d.Funding:
    return from_row(r.FUNDING, row, partner_code=partner_code, project_code=project_code)  # type: ignore[no-any-return]


def revision_columns(revision: d.BudgetRevision, project_id: int) -> dict[str, Any]:
    return {**columns(r.BUDGET_REVISION, revision), "project": project_id}


def revision_from_row(row: m.BudgetRevision) -> d.BudgetRevision:
    return from_row(r.BUDGET_REVISION, row)  # type: ignore[no-any-return]


def expenditure_columns(expenditure: d.Expenditure, project_id: int) -> dict[str, Any]:
    return {**columns(r.EXPENDITURE, expenditure), "project": project_id}


def expenditure_from_row(row: m.Expenditure) -> d.Expenditure:
    return from_row(r.EXPENDITURE, row)  # type: ignore[no-any-return]


def _rating_column(criterion: Criterion) -> str:
    return f"rating_{criterion.value}"


def evaluation_columns(evaluation: d.Evaluation, project_id: int) -> dict[str, Any]:
    ratings = {_rating_column(c): evaluation.ratings.get(c) for c in Criterion}
    return {**columns(r.EVALUATION, evaluation), "project": project_id, **ratings}


def evaluation_from_row(row: m.Evaluation) -> d.Evaluation:
    ratings = {c: getattr(row, _rating_column(c)) for c in Criterion if getattr(row, _rating_column(c)) is not None}
    return from_row(r.EVALUATION, row, ratings=ratings)  # type: ignore[no-any-return]


def indicator_columns(indicator: d.ResultIndicator, project_id: int) -> dict[str, Any]:
    return {**columns(r.RESULT_INDICATOR, indicator), "project": project_id}


def indicator_from_row(row: m.ResultIndicator) -> d.ResultIndicator:
    return from_row(r.RESULT_INDICATOR, row)  # type: ignore[no-any-return]
