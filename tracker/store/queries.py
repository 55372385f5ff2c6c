"""Read-only queries for lists and totals, computed in SQL: one query per list, never one per
project or per cell."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee
from peewee import JOIN, fn

from tracker.domain.classifications import EvaluationKind, EvaluationStatus, Independence, Region, Stage
from tracker.domain.money import from_cents
from tracker.store import models as m

OPEN_STATUSES = [EvaluationStatus.PLANNED.value, EvaluationStatus.IN_PROGRESS.value]


@dataclass(frozen=True)
class PortfolioRow:
    """One line of the portfolio list: plain values, no database objects."""

    id: int
    code: str
    title: str
    partners: str
    region: Region | None
    countries: str
    stage: Stage
    start: dt.date | None
    end: dt.date | None
    budget_usd: Decimal | None
    expenditure_usd: Decimal
    next_due: dt.date | None
    next_evaluation: EvaluationKind | None
    overdue_count: int
    is_demo: bool

    @property
    def delivery_rate(self) -> Decimal | None:
        """Cumulative expenditure over the current approved budget, in per cent (domain 4.1 leaves
        the denominator open; tracker uses the cumulative approved budget)."""
        if not self.budget_usd:
            return None
        return (self.expenditure_usd * 100 / self.budget_usd).quantize(Decimal("0.1"))

    @property
    def evaluation_status(self) -> str:
        if self.overdue_count:
            return f"{self.overdue_count} overdue"
        if self.next_due is None:
            return "none open"
        return "on schedule"


def _cents(value: int | None) -> Decimal:
    return from_cents(int(value or 0))


def portfolio_rows(
    *,
    stage: Stage | None = None,
    partner_code: str | None = None,
    as_of: dt.date | None = None,
) -> list[PortfolioRow]:
    """Every project with its partners, expenditure and next evaluation, in one SQL statement
    (aggregates in subqueries joined once)."""
    as_of = as_of or dt.date.today()
    spent = (
        m.Expenditure.select(m.Expenditure.project.alias("pid"), fn.SUM(m.Expenditure.amount_usd).alias("total"))
        .group_by(m.Expenditure.project)
        .alias("spent")
    )
    partner_alias = m.Partner.alias("pa")
    partners = (
        m.Funding.select(m.Funding.project.alias("pid"), fn.GROUP_CONCAT(partner_alias.code.distinct()).alias("names"))
        .join(partner_alias, on=(m.Funding.partner == partner_alias.id))
        .group_by(m.Funding.project)
        .alias("partners")
    )
    countries = (
        m.ProjectCountry.select(m.ProjectCountry.project.alias("pid"), fn.GROUP_CONCAT(m.ProjectCountry.country).alias("codes"))
        .group_by(m.ProjectCountry.project)
        .alias("countries")
    )
    open_evals = m.Evaluation.select(
        m.Evaluation.project.alias("pid"),
        fn.MIN(m.Evaluation.due).alias("next_due"),
        fn.SUM(peewee.Case(None, [(m.Evaluation.due < as_of, 1)], 0)).alias("overdue"),
    ).where(m.Evaluation.mandatory & m.Evaluation.status.in_(OPEN_STATUSES)).group_by(m.Evaluation.project).alias("open_evals")
    next_kind = (
        m.Evaluation.select(m.Evaluation.kind)
        .where(
            (m.Evaluation.project == m.Project.id)
            & m.Evaluation.mandatory
            & m.Evaluation.status.in_(OPEN_STATUSES)
        )
        .order_by(m.Evaluation.due, m.Evaluation.id)
        .limit(1)
    )
    query = (
        m.Project.select(
            m.Project.id,
            m.Project.code,
            m.Project.title,
            partners.c.names,
            m.Project.region,
            countries.c.codes,
            m.Project.stage,
            m.Project.planned_start,
            m.Project.planned_end,
            m.Project.budget_usd,
            spent.c.total,
            open_evals.c.next_due,
            next_kind.alias("next_kind"),
            open_evals.c.overdue,
            m.Project.is_demo,
        )
        .join(spent, JOIN.LEFT_OUTER, on=(spent.c.pid == m.Project.id))
        .join_from(m.Project, partners, JOIN.LEFT_OUTER, on=(partners.c.pid == m.Project.id))
        .join_from(m.Project, countries, JOIN.LEFT_OUTER, on=(countries.c.pid == m.Project.id))
        .join_from(m.Project, open_evals, JOIN.LEFT_OUTER, on=(open_evals.c.pid == m.Project.id))
        .order_by(m.Project.code)
    )
    if stage is not None:
        query = query.where(m.Project.stage == stage)
    if partner_code is not None:
        funded = m.Funding.select(m.Funding.project).join(m.Partner).where(m.Partner.code == partner_code)
        query = query.where(m.Project.id.in_(funded))
    rows = []
    for (pid, code, title, partner_names, region, country_codes, stage_value, start, end, budget_usd, spent_cents, next_due, kind, overdue, is_demo) in query.tuples():
        rows.append(
            PortfolioRow(
                id=pid,
                code=code,
                title=title,
                partners=", ".join(sorted((partner_names or "").split(","))) if partner_names else "",
                region=Region(region) if region else None,
                countries=", ".join(sorted(country_codes.split(","))) if country_codes else "",
                stage=Stage(stage_value),
                start=_date(start),
                end=_date(end),
                budget_usd=budget_usd,  # a model field: peewee already converted the cents
                expenditure_usd=_cents(spent_cents),
                next_due=_date(next_due),
                next_evaluation=EvaluationKind(kind) if kind else None,
                overdue_count=int(overdue or 0),
                is_demo=bool(is_demo),
            )
        )
    return rows


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value  # type: ignore[return-value]
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class OverdueRow:
    project_code: str
    project_title: str
    stage: Stage
    kind: EvaluationKind
    sequence: int
    due: dt.date
    status: EvaluationStatus
    independence_required: bool
    days_overdue: int

    @property
    def evaluation(self) -> str:
        label = self.kind.label
        return f"{label} {self.sequence}" if self.kind is EvaluationKind.ANNUAL_REVIEW else label


def overdue_evaluations(as_of: dt.date | None = None) -> list[OverdueRow]:
    """Mandatory evaluations past their due date and still planned or in progress, on projects
    that are not cancelled, oldest first."""
    as_of = as_of or dt.date.today()
    query = (
        m.Evaluation.select(
            m.Project.code,
            m.Project.title,
            m.Project.stage,
            m.Evaluation.kind,
            m.Evaluation.sequence,
            m.Evaluation.due,
            m.Evaluation.status,
            m.Evaluation.independence_required,
        )
        .join(m.Project)
        .where(
            m.Evaluation.mandatory
            & m.Evaluation.status.in_(OPEN_STATUSES)
            & (m.Evaluation.due < as_of)
            & (m.Project.stage != Stage.CANCELLED.value)
        )
        .order_by(m.Evaluation.due, m.Project.code, m.Evaluation.sequence)
    )
    return [
        OverdueRow(code, title, Stage(stage), EvaluationKind(kind), seq, _date(due), EvaluationStatus(status), bool(ind), (as_of - _date(due)).days)  # type: ignore[operator, arg-type]
        for code, title, stage, kind, seq, due, status, ind in query.tuples()
    ]


def independence_met(project_id: int) -> bool:
    return (
        m.Evaluation.select()
        .where(
            (m.Evaluation.project == project_id)
            & (m.Evaluation.status == EvaluationStatus.COMPLETED.value)
            & (m.Evaluation.independence != Independence.SELF.value)
        )
        .exists()
    )


def counts_by_stage() -> dict[Stage, int]:
    return {Stage(s): n for s, n in m.Project.select(m.Project.stage, fn.COUNT(m.Project.id)).group_by(m.Project.stage).tuples()}
