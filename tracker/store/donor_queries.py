"""SQL for the donor report (tracker/reports/donor*.py): one statement per table of the report,
never one per project or per cell, amounts in integer cents as stored.

The projects a donor report covers are those the partner funds (any funding line from it) that
either received funding from it during the period or ran during it. Stage and evaluations are
read on one reference date (the end of the period, or an earlier day asked for): the stage from
the project's stage history, an evaluation open that day if it was not yet completed."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from tracker.domain.classifications import EvaluationStatus
from tracker.store.plan_reasons import PLANNING_COLUMNS, Planning
from tracker.store.report_queries import OPEN_ON, STAGE_FROM_HISTORY
from tracker.store.sql import dialect, execute


def _params(partner_id: int, year_from: int, year_to: int, on: dt.date | None = None) -> dict[str, Any]:
    params: dict[str, Any] = {"partner": partner_id, "y0": year_from, "y1": year_to, "d0": f"{year_from:04d}-01-01",
                              "d1": f"{year_to:04d}-12-31", "planned": EvaluationStatus.PLANNED.value,
                              "in_progress": EvaluationStatus.IN_PROGRESS.value,
                              "completed": EvaluationStatus.COMPLETED.value,
                              "not_required": EvaluationStatus.NOT_REQUIRED.value}
    if on is not None:
        params["as_of"] = on.isoformat()
    return params


_CHOSEN = """
WITH chosen AS (
  SELECT DISTINCT f.project_id AS pid FROM funding AS f JOIN project AS p ON p.id = f.project_id
  WHERE f.partner_id = :partner
    AND (f.approved_on BETWEEN :d0 AND :d1
         OR (p.planned_start <= :d1 AND COALESCE(p.actual_end, p.planned_end) >= :d0)))
"""



class Contribution(NamedTuple):
    year: int
    modality: str
    currency: str
    amount_cents: int  # in `currency`
    usd_cents: int
    local_cents: int  # US$ locally mobilized


def partner_contributions(partner_id: int, year_from: int, year_to: int) -> list[Contribution]:
    """Everything the partner gave in the period, per year of approval, modality and currency."""
    sql = f"""
    SELECT {dialect().year_of("approved_on")} AS year, modality, currency, SUM(amount), SUM(amount_usd),
           SUM(CASE WHEN locally_mobilized THEN amount_usd ELSE 0 END)
    FROM funding WHERE partner_id = :partner AND approved_on BETWEEN :d0 AND :d1
    GROUP BY year, modality, currency ORDER BY year, modality, currency"""
    return [Contribution(*row) for row in execute(sql, _params(partner_id, year_from, year_to))]


class DonorProject(NamedTuple):
    id: int
    code: str
    title: str
    countries: str  # ISO codes in the project's order, ","-separated
    region: str | None
    outcome: str | None
    stage: str  # on the reference date
    start: str | None
    end: str | None
    actual_end: str | None
    currency: str
    usd_rate: str  # exact decimal text
    budget_cents: int | None  # in the project's currency
    budget_usd_cents: int | None
    spent_usd_cents: int  # cumulative up to the end of the period
    partner_usd_cents: int  # this partner's funding of the project, all years
    next_due: str | None  # the next mandatory evaluation open on the reference date
    next_kind: str | None
    next_sequence: int | None
    overdue: int  # mandatory evaluations open and past due on the reference date
    is_demo: bool


def partner_projects(partner_id: int, year_from: int, year_to: int, on: dt.date) -> list[DonorProject]:
    d = dialect()
    sql = _CHOSEN + f"""
    SELECT p.id, p.code, p.title, c.codes, p.region, p.outcome, {STAGE_FROM_HISTORY}, p.planned_start, p.planned_end,
           p.actual_end, p.currency, p.usd_rate, p.budget, p.budget_usd, COALESCE(s.spent, 0), COALESCE(fp.cents, 0),
           v.next_due, v.kind, v.sequence, COALESCE(v.overdue, 0), p.is_demo
    FROM chosen JOIN project AS p ON p.id = chosen.pid
    LEFT JOIN (SELECT project_id AS pid, SUM(amount_usd) AS spent FROM expenditure WHERE year <= :y1
               GROUP BY project_id) AS s ON s.pid = p.id
    LEFT JOIN (SELECT project_id AS pid, {d.group_concat("country", order_by="position")} AS codes
               FROM (SELECT project_id, country, position FROM project_country ORDER BY project_id, position) AS pc
               GROUP BY project_id) AS c ON c.pid = p.id
    LEFT JOIN (SELECT project_id AS pid, SUM(amount_usd) AS cents FROM funding WHERE partner_id = :partner
               GROUP BY project_id) AS fp ON fp.pid = p.id
    LEFT JOIN (SELECT project_id AS pid, MIN(due) AS next_due, {d.at_minimum("kind", "due")} AS kind,
                      {d.at_minimum("sequence", "due")} AS sequence,
                      SUM(CASE WHEN due < :as_of THEN 1 ELSE 0 END) AS overdue
               FROM evaluation WHERE mandatory AND {OPEN_ON}
               GROUP BY project_id) AS v ON v.pid = p.id
    ORDER BY p.code"""
    return [DonorProject(*row[:-1], bool(row[-1])) for row in execute(sql, _params(partner_id, year_from, year_to, on))]  # type: ignore[call-arg]


class FundingLine(NamedTuple):
    project_id: int
    partner_code: str | None  # None: the ILO's regular budget
    partner_name: str | None
    modality: str
    currency: str
    amount_cents: int
    usd_cents: int
    agreement_reference: str


def project_fundings(partner_id: int, year_from: int, year_to: int) -> list[FundingLine]:
    """Every funding line of the projects covered, whoever gives it (the partner's own give the
    agreement currency, rate and reference; the others are the co-financing)."""
    sql = _CHOSEN + """
    SELECT f.project_id, pa.code, pa.name, f.modality, f.currency, f.amount, f.amount_usd, f.agreement_reference
    FROM chosen JOIN funding AS f ON f.project_id = chosen.pid LEFT JOIN partner AS pa ON pa.id = f.partner_id
    ORDER BY f.project_id, pa.name, f.approved_on, f.id"""
    return [FundingLine(*row) for row in execute(sql, _params(partner_id, year_from, year_to))]


class BudgetLineRow(NamedTuple):
    project_id: int
    heading: str
    output: str
    amount_cents: int  # in the project's currency
    variance_note: str


def project_budget_lines(partner_id: int, year_from: int, year_to: int) -> list[BudgetLineRow]:
    sql = _CHOSEN + """
    SELECT b.project_id, b.heading, b.output, b.amount, b.variance_note
    FROM chosen JOIN budget_line AS b ON b.project_id = chosen.pid ORDER BY b.project_id, b.id"""
    return [BudgetLineRow(*row) for row in execute(sql, _params(partner_id, year_from, year_to))]


class SpentRow(NamedTuple):
    project_id: int
    heading: str
    output: str
    currency: str
    amount_cents: int  # in `currency`, up to the end of the period
    usd_cents: int


def project_expenditure(partner_id: int, year_from: int, year_to: int) -> list[SpentRow]:
    """Expenditure up to the end of the period per project, heading, output and currency."""
    sql = _CHOSEN + """
    SELECT e.project_id, e.expenditure_type, e.output, e.currency, SUM(e.amount), SUM(e.amount_usd)
    FROM chosen JOIN expenditure AS e ON e.project_id = chosen.pid WHERE e.year <= :y1
    GROUP BY e.project_id, e.expenditure_type, e.output, e.currency"""
    return [SpentRow(*row) for row in execute(sql, _params(partner_id, year_from, year_to))]


class Progress(NamedTuple):
    project_id: int
    period_start: str
    period_end: str
    summary: str
    challenges: str
    lessons: str
    next_steps: str
    prepared_by: str


def project_progress(partner_id: int, year_from: int, year_to: int) -> dict[int, Progress]:
    """Per project, its latest progress report whose period ends within the report's period."""
    sql = _CHOSEN + """
    SELECT r.project_id, r.period_start, r.period_end, r.summary, r.challenges, r.lessons, r.next_steps, r.prepared_by
    FROM chosen JOIN progress_report AS r ON r.project_id = chosen.pid
    WHERE r.period_end BETWEEN :d0 AND :d1 ORDER BY r.project_id, r.period_end, r.period_start, r.id"""
    latest: dict[int, Progress] = {}
    for row in execute(sql, _params(partner_id, year_from, year_to)):
        latest[row[0]] = Progress(row[0], str(row[1]), str(row[2]), *row[3:])
    return latest


class DonorIndicator(NamedTuple):
    project_code: str
    name: str
    unit: str
    baseline: str | None  # exact decimal text, as stored
    target: str | None
    actual: str | None  # the latest value measured by the end of the period, else the achieved value recorded
    measured_on: str | None  # the date of that value (None: the achieved value recorded on the indicator)
    women_share: str | None


def partner_indicators(partner_id: int, year_from: int, year_to: int) -> list[DonorIndicator]:
    sql = _CHOSEN + """
    SELECT p.code, ri.name, ri.unit, ri.baseline, ri.target, ri.achieved, ri.women_share,
           (SELECT v.value FROM indicator_value AS v WHERE v.project_id = p.id AND v.indicator_uuid = ri.uuid
              AND v.measured_on <= :d1 ORDER BY v.measured_on DESC, v.id DESC LIMIT 1),
           (SELECT v.measured_on FROM indicator_value AS v WHERE v.project_id = p.id AND v.indicator_uuid = ri.uuid
              AND v.measured_on <= :d1 ORDER BY v.measured_on DESC, v.id DESC LIMIT 1)
    FROM chosen JOIN project AS p ON p.id = chosen.pid JOIN result_indicator AS ri ON ri.project_id = p.id
    ORDER BY p.code, ri.id"""
    found = []
    for code, name, unit, baseline, target, achieved, women, value, measured in execute(sql, _params(partner_id, year_from, year_to)):
        actual, on = (value, str(measured)) if value is not None else (achieved, None)
        found.append(DonorIndicator(code, name, unit, baseline, target, actual, on, women))
    return found


class DonorEvaluation(NamedTuple):
    project_code: str
    kind: str
    sequence: int
    due: str
    status: str
    mandatory: bool
    independence: str
    independence_required: bool
    completed_on: str | None
    evaluator: str
    reason: str  # as stored (tracker.store.plan_reasons gives it in the reader's language)
    findings: str
    ratings: dict[str, int]  # criterion code -> 1..6, the criteria rated
    planning: Planning | None = None  # the project's planning fields, when asked for


_CRITERIA = ("relevance", "efficiency", "effectiveness", "impact", "sustainability")


def partner_evaluations(partner_id: int, year_from: int, year_to: int, *, planning: bool = False) -> list[DonorEvaluation]:
    """The evaluations of the partner's projects, planned and completed (not those a re-plan marked
    "no longer required"), by project, with their findings and ratings."""
    extra = f", {PLANNING_COLUMNS}" if planning else ""
    ratings = ", ".join(f"ev.rating_{c}" for c in _CRITERIA)
    sql = _CHOSEN + f"""
    SELECT p.code, ev.kind, ev.sequence, ev.due, ev.status, ev.mandatory, ev.independence,
           ev.independence_required, ev.completed_on, ev.evaluator, ev.reason, ev.findings, {ratings}{extra}
    FROM chosen JOIN project AS p ON p.id = chosen.pid JOIN evaluation AS ev ON ev.project_id = p.id
    WHERE ev.status != :not_required
    ORDER BY p.code, ev.due, ev.sequence"""
    found = []
    for r in execute(sql, _params(partner_id, year_from, year_to)):
        scores = {c: int(v) for c, v in zip(_CRITERIA, r[12:17]) if v is not None}
        found.append(DonorEvaluation(r[0], r[1], r[2], str(r[3]), r[4], bool(r[5]), r[6], bool(r[7]),
                                     str(r[8]) if r[8] else None, r[9], r[10], r[11] or "", scores,
                                     Planning(*r[17:]) if planning else None))
    return found

