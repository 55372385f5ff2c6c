"""Conversion between peewee rows and domain records, and flat snapshots for the audit trail."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

from tracker.domain import project as d
from tracker.domain.classifications import Criterion
from tracker.store import models as m

CHILD_LISTS = ("fundings", "revisions", "expenditures", "evaluations", "indicators")
_SKIP = {"id", "uuid", "version", *CHILD_LISTS}


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
    return {
        f.name: audit_text(getattr(record, f.name))
        for f in dataclasses.fields(record)
        if f.name not in _SKIP
    }


def partner_from_row(row: m.Partner) -> d.Partner:
    return d.Partner(
        code=row.code,
        name=row.name,
        category=row.category,
        non_state_kind=row.non_state_kind,
        country=row.country,
        uuid=row.uuid,
        id=row.id,
    )


def project_columns(project: d.Project) -> dict[str, Any]:
    return {
        "uuid": project.uuid,
        "code": project.code.strip(),
        "title": project.title.strip(),
        "description": project.description,
        "stage": project.stage,
        "suspended_from": project.suspended_from,
        "region": project.region,
        "outcome": project.outcome,
        "office": project.office,
        "officer": project.officer,
        "planned_start": project.planned_start,
        "planned_end": project.planned_end,
        "actual_end": project.actual_end,
        "budget": project.budget,
        "currency": project.currency,
        "usd_rate": project.usd_rate,
        "budget_usd": project.budget_usd,
        "midterm_review_agreed": project.midterm_review_agreed,
        "rule_set": project.rule_set,
        "is_demo": project.is_demo,
    }


def project_from_row(row: m.Project) -> d.Project:
    return d.Project(
        code=row.code,
        title=row.title,
        description=row.description,
        stage=row.stage,
        suspended_from=row.suspended_from,
        region=row.region,
        outcome=row.outcome,
        office=row.office,
        officer=row.officer,
        planned_start=row.planned_start,
        planned_end=row.planned_end,
        actual_end=row.actual_end,
        budget=row.budget,
        currency=row.currency,
        usd_rate=row.usd_rate,
        midterm_review_agreed=row.midterm_review_agreed,
        rule_set=row.rule_set,
        is_demo=row.is_demo,
        uuid=row.uuid,
        id=row.id,
        version=row.version,
    )


def funding_columns(funding: d.Funding, project_id: int | None, partner_id: int | None) -> dict[str, Any]:
    return {
        "uuid": funding.uuid,
        "partner": partner_id,
        "project": project_id,
        "modality": funding.modality,
        "amount": funding.amount,
        "currency": funding.currency,
        "usd_rate": funding.usd_rate,
        "amount_usd": funding.usd,
        "approved_on": funding.approved_on,
        "locally_mobilized": funding.locally_mobilized,
    }


def funding_from_row(row: m.Funding, partner_code: str | None, project_code: str | None) -> d.Funding:
    return d.Funding(
        modality=row.modality,
        amount=row.amount,
        currency=row.currency,
        approved_on=row.approved_on,
        partner_code=partner_code,
        project_code=project_code,
        usd_rate=row.usd_rate,
        locally_mobilized=row.locally_mobilized,
        uuid=row.uuid,
        id=row.id,
    )


def revision_columns(revision: d.BudgetRevision, project_id: int) -> dict[str, Any]:
    return {
        "uuid": revision.uuid,
        "project": project_id,
        "revised_on": revision.revised_on,
        "new_budget": revision.new_budget,
        "new_end": revision.new_end,
        "new_usd_rate": revision.new_usd_rate,
        "reason": revision.reason,
    }


def revision_from_row(row: m.BudgetRevision) -> d.BudgetRevision:
    return d.BudgetRevision(
        revised_on=row.revised_on,
        reason=row.reason,
        new_budget=row.new_budget,
        new_end=row.new_end,
        new_usd_rate=row.new_usd_rate,
        uuid=row.uuid,
        id=row.id,
    )


def expenditure_columns(expenditure: d.Expenditure, project_id: int) -> dict[str, Any]:
    return {
        "uuid": expenditure.uuid,
        "project": project_id,
        "year": expenditure.year,
        "month": expenditure.month,
        "expenditure_type": expenditure.expenditure_type,
        "amount": expenditure.amount,
        "currency": expenditure.currency,
        "usd_rate": expenditure.usd_rate,
        "amount_usd": expenditure.usd,
    }


def expenditure_from_row(row: m.Expenditure) -> d.Expenditure:
    return d.Expenditure(
        year=row.year,
        month=row.month,
        expenditure_type=row.expenditure_type,
        amount=row.amount,
        currency=row.currency,
        usd_rate=row.usd_rate,
        uuid=row.uuid,
        id=row.id,
    )


def evaluation_columns(evaluation: d.Evaluation, project_id: int) -> dict[str, Any]:
    columns: dict[str, Any] = {
        "uuid": evaluation.uuid,
        "project": project_id,
        "kind": evaluation.kind,
        "sequence": evaluation.sequence,
        "due": evaluation.due,
        "status": evaluation.status,
        "independence": evaluation.independence,
        "independence_required": evaluation.independence_required,
        "mandatory": evaluation.mandatory,
        "reason": evaluation.reason,
        "rule_set": evaluation.rule_set,
        "completed_on": evaluation.completed_on,
        "evaluator": evaluation.evaluator,
        "findings": evaluation.findings,
        "waiver_reason": evaluation.waiver_reason,
    }
    for criterion in Criterion:
        columns[f"rating_{criterion.value}"] = evaluation.ratings.get(criterion)
    return columns


def evaluation_from_row(row: m.Evaluation) -> d.Evaluation:
    ratings = {c: getattr(row, f"rating_{c.value}") for c in Criterion if getattr(row, f"rating_{c.value}") is not None}
    return d.Evaluation(
        kind=row.kind,
        sequence=row.sequence,
        due=row.due,
        status=row.status,
        independence=row.independence,
        independence_required=row.independence_required,
        mandatory=row.mandatory,
        reason=row.reason,
        rule_set=row.rule_set,
        completed_on=row.completed_on,
        evaluator=row.evaluator,
        ratings=ratings,
        findings=row.findings,
        waiver_reason=row.waiver_reason,
        uuid=row.uuid,
        id=row.id,
    )


def indicator_columns(indicator: d.ResultIndicator, project_id: int) -> dict[str, Any]:
    return {
        "uuid": indicator.uuid,
        "project": project_id,
        "name": indicator.name,
        "unit": indicator.unit,
        "baseline": indicator.baseline,
        "target": indicator.target,
        "achieved": indicator.achieved,
        "women_share": indicator.women_share,
    }


def indicator_from_row(row: m.ResultIndicator) -> d.ResultIndicator:
    return d.ResultIndicator(
        name=row.name,
        unit=row.unit,
        baseline=row.baseline,
        target=row.target,
        achieved=row.achieved,
        women_share=row.women_share,
        uuid=row.uuid,
        id=row.id,
    )
