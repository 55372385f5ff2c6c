"""SQL for the Excel reports (tracker/reports): every figure is a SUM or COUNT over integer cents
computed by the database (SQLite or PostgreSQL, see tracker.store.sql), one statement per table of a report, never one per project or per cell.

Rows come back as plain named tuples (cents as int, codes as str): the report modules turn them
into cells. The long lists of the compliance report are streamed from the cursor, so a 100,000
project portfolio is never held in memory at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from tracker.domain.classifications import (
    EvaluationStatus,
    FundingModality,
    Independence,
    Stage,
)
from tracker.store.plan_reasons import PLANNING_COLUMNS, Planning
from tracker.store.sql import dialect, execute, fetched

EXTRA_BUDGETARY = (FundingModality.EARMARKED.value, FundingModality.DOMESTIC_TRUST_FUND.value)
"""Approvals in the portfolio statistics are extra-budgetary funding, as in Table V.1 and Annex 2
("Approvals of extra-budgetary funding", 003:2092): earmarked XB and direct/domestic trust funds.
Voluntary core funding (RBSA) and the regular budget (RBTC) are not approvals of that kind."""

DELIVERY_STAGES = (Stage.APPROVED.value, Stage.IMPLEMENTATION.value, Stage.EVALUATION_AND_CLOSING.value,
                   Stage.CLOSED.value, Stage.SUSPENDED.value)
"""Projects whose budget was approved: design and appraisal have no approved budget yet and a
cancelled project's budget will never be delivered."""

_OPEN = (EvaluationStatus.PLANNED.value, EvaluationStatus.IN_PROGRESS.value)


def period_params(year_from: int, year_to: int) -> dict[str, Any]:
    """Bind values for a period of whole years: dates are stored as ISO text, so a BETWEEN on the
    text uses the approved_on index."""
    return {"y0": year_from, "y1": year_to, "d0": f"{year_from:04d}-01-01", "d1": f"{year_to:04d}-12-31",
            "xb": EXTRA_BUDGETARY[0], "dtf": EXTRA_BUDGETARY[1]}


# ---------------------------------------------------------------- the whole portfolio


class PeriodActivity(NamedTuple):
    approvals: int  # extra-budgetary funding lines approved in the period
    expenditure_lines: int


def period_activity(year_from: int, year_to: int) -> PeriodActivity:
    p = period_params(year_from, year_to)
    approvals = execute("SELECT COUNT(*) FROM funding WHERE partner_id IS NOT NULL AND approved_on BETWEEN :d0 AND :d1 "
                         "AND modality IN (:xb, :dtf)", p).fetchone()[0]
    spent = execute("SELECT COUNT(*) FROM expenditure WHERE year BETWEEN :y0 AND :y1", p).fetchone()[0]
    return PeriodActivity(approvals, spent)


class PartnerYear(NamedTuple):
    partner_id: int
    code: str
    name: str
    category: str
    year: int
    cents: int
    local_cents: int  # locally mobilized part (a flag on the approval, 003:1369-1424)


def approvals_by_partner_year(year_from: int, year_to: int) -> list[PartnerYear]:
    """Extra-budgetary approvals per partner and year of approval (Annex 2, Annex 1A)."""
    sql = f"""
    SELECT pa.id, pa.code, pa.name, pa.category, {dialect().year_of("f.approved_on")} AS year,
           SUM(f.amount_usd), SUM(CASE WHEN f.locally_mobilized THEN f.amount_usd ELSE 0 END)
    FROM funding AS f JOIN partner AS pa ON pa.id = f.partner_id
    WHERE f.approved_on BETWEEN :d0 AND :d1 AND f.modality IN (:xb, :dtf)
    GROUP BY pa.id, pa.code, pa.name, pa.category, year"""
    return [PartnerYear(*row) for row in execute(sql, period_params(year_from, year_to))]


def approvals_by_category(year_from: int, year_to: int) -> dict[str, int]:
    """Extra-budgetary approvals per partner category over the period, in cents (Table V.1)."""
    sql = """
    SELECT pa.category, SUM(f.amount_usd) FROM funding AS f JOIN partner AS pa ON pa.id = f.partner_id
    WHERE f.approved_on BETWEEN :d0 AND :d1 AND f.modality IN (:xb, :dtf) GROUP BY pa.category"""
    return dict(execute(sql, period_params(year_from, year_to)).fetchall())


def approvals_by_outcome(year_from: int, year_to: int) -> dict[str | None, tuple[int, int]]:
    """Extra-budgetary approvals and their locally mobilized part per strategic objective of the
    project funded (None: no project or no objective recorded), in cents (Annex 1B)."""
    sql = """
    SELECT p.outcome, SUM(f.amount_usd), SUM(CASE WHEN f.locally_mobilized THEN f.amount_usd ELSE 0 END)
    FROM funding AS f LEFT JOIN project AS p ON p.id = f.project_id
    WHERE f.partner_id IS NOT NULL AND f.approved_on BETWEEN :d0 AND :d1 AND f.modality IN (:xb, :dtf)
    GROUP BY p.outcome"""
    return {outcome: (total, local) for outcome, total, local in execute(sql, period_params(year_from, year_to))}


_EXPENDITURE_KEYS = {"region": "p.region", "outcome": "p.outcome", "type": "e.expenditure_type"}


def expenditure_by_year(dimension: str, year_from: int, year_to: int) -> dict[tuple[str | None, int], int]:
    """Expenditure in cents per (region | outcome | type of expenditure, year): Annex 3, Table V.2,
    Figure V.5. A project without a region or outcome gives the key None."""
    key = _EXPENDITURE_KEYS[dimension]
    sql = f"""
    SELECT {key}, e.year, SUM(e.amount_usd) FROM expenditure AS e JOIN project AS p ON p.id = e.project_id
    WHERE e.year BETWEEN :y0 AND :y1 GROUP BY 1, 2"""
    return {(k, year): cents for k, year, cents in execute(sql, period_params(year_from, year_to))}


def expenditure_by_region_outcome(year_from: int, year_to: int) -> dict[tuple[str | None, str | None], int]:
    """Expenditure in cents per (region, strategic objective) over the period (Annex 4)."""
    sql = """
    SELECT p.region, p.outcome, SUM(e.amount_usd) FROM expenditure AS e JOIN project AS p ON p.id = e.project_id
    WHERE e.year BETWEEN :y0 AND :y1 GROUP BY 1, 2"""
    return {(region, outcome): cents for region, outcome, cents in execute(sql, period_params(year_from, year_to))}


class DeliveryRow(NamedTuple):
    region: str | None
    projects: int
    budget_cents: int
    spent_cents: int


def delivery_by_region(year_from: int, year_to: int) -> list[DeliveryRow]:
    """Projects with an approved budget running during the period: their current budget and their
    cumulative expenditure up to the end of the period, per region (delivery rate = spent/budget)."""
    stages = ", ".join(f"'{s}'" for s in DELIVERY_STAGES)  # our own constants, not user input
    sql = f"""
    SELECT p.region, COUNT(*), SUM(p.budget_usd), SUM(COALESCE(s.spent, 0))
    FROM project AS p
    LEFT JOIN (SELECT project_id AS pid, SUM(amount_usd) AS spent FROM expenditure WHERE year <= :y1
               GROUP BY project_id) AS s ON s.pid = p.id
    WHERE p.budget_usd IS NOT NULL AND p.stage IN ({stages})
      AND p.planned_start <= :d1 AND COALESCE(p.actual_end, p.planned_end) >= :d0
    GROUP BY p.region"""
    return [DeliveryRow(*row) for row in execute(sql, period_params(year_from, year_to))]


def rule_sets_in_use() -> list[str]:
    return [name for (name,) in execute("SELECT DISTINCT rule_set FROM project ORDER BY 1", {})]


def demo_counts() -> tuple[int, int]:
    """(demo projects, all projects): the cover sheet says when the portfolio is demo data."""
    return execute("SELECT COALESCE(SUM(CASE WHEN is_demo THEN 1 ELSE 0 END), 0), COUNT(*) FROM project", {}).fetchone()


# ---------------------------------------------------------------- evaluation compliance

PIPELINE_STAGES = (Stage.DESIGN.value, Stage.APPRAISAL.value, Stage.APPROVED.value)
"""Stages of a project not yet started: its evaluations are not yet due."""

# A project's stage on :as_of, from its stage history: the stage its last change on or before
# that date gave it; before its first recorded change, the stage it came from (or, for the first
# entry of its history, the stage it was recorded in); with no history, its stage now.
# A project's (p) stage on :as_of from its stage history (the donor report's too).
STAGE_FROM_HISTORY = """COALESCE(
    (SELECT sc.to_stage FROM stage_change AS sc WHERE sc.project_id = p.id AND sc.changed_on <= :as_of
     ORDER BY sc.changed_on DESC, sc.id DESC LIMIT 1),
    (SELECT COALESCE(sc.from_stage, sc.to_stage) FROM stage_change AS sc WHERE sc.project_id = p.id
     ORDER BY sc.changed_on, sc.id LIMIT 1),
    p.stage)"""


def _stage_on(as_of: dt.date) -> str:
    """The SQL of a project's (p) stage on `as_of`. When no stage changed after that date (a
    report as of today, the usual case) it is the stage now, and reading it costs nothing; else it
    comes from the stage history (two lookups a project)."""
    later = execute("SELECT 1 FROM stage_change WHERE changed_on > :as_of LIMIT 1", {"as_of": as_of.isoformat()}).fetchone()
    return STAGE_FROM_HISTORY if later else "p.stage"


# An evaluation's standing on :as_of: completed once its completion date has come (a completion
# recorded without a date counts as completed; the Checks sheet flags it), still open before.
_DONE = "(status = :completed AND (completed_on IS NULL OR completed_on <= :as_of))"
OPEN_ON = "(status IN (:planned, :in_progress) OR (status = :completed AND completed_on > :as_of))"


class IndependenceState:
    """The independence requirement of a project on the reference date (codes the SQL gives)."""

    NOT_REQUIRED = 0
    MET = 1  # an independent evaluation was completed by the date
    NOT_MET = 2  # required and due (the evaluation that must be independent is past due, or the project has ended), not met
    NOT_YET_DUE = 3  # required, not met, and not yet due (or the project has not started)


def _compliance_params(as_of: dt.date) -> dict[str, Any]:
    return {"planned": _OPEN[0], "in_progress": _OPEN[1], "completed": EvaluationStatus.COMPLETED.value,
            "waived": EvaluationStatus.WAIVED.value, "self": Independence.SELF.value, "cancelled": Stage.CANCELLED.value,
            "design": PIPELINE_STAGES[0], "appraisal": PIPELINE_STAGES[1], "approved": PIPELINE_STAGES[2],
            "as_of": as_of.isoformat()}


def _per_project_sql(as_of: dt.date, thresholds: Mapping[str, int | None]) -> tuple[str, dict[str, Any]]:
    """A CTE with one row per project not cancelled on `as_of` (its stage that day, from its stage
    history): whether it had started, its mandatory evaluations counted by their standing that day,
    the overdue ones, and the state of the independence requirement (IndependenceState).

    The requirement mirrors the rules engine (tracker.store.projects.plan_for): it applies when the
    project has planned dates and a budget and the budget in US$ is over its rule set's threshold
    (strictly, "over US$350,000"). `thresholds` maps each rule-set name to its threshold in cents
    (None: the rule set has no independence rule). A project not started on `as_of` (design,
    appraisal or approved that day, or planned to start later) has nothing due yet: no overdue
    evaluation, its independence not yet due."""
    params = _compliance_params(as_of)
    cases = []
    for index, (name, cents) in enumerate(sorted(thresholds.items())):
        if cents is not None:
            cases.append(f"WHEN :rs{index} THEN :th{index}")
            params[f"rs{index}"], params[f"th{index}"] = name, cents
    threshold = f"(CASE p.rule_set {' '.join(cases)} END)" if cases else "NULL"
    sql = f"""
    WITH staged AS (
      SELECT p.id AS pid, p.code, p.title, p.region, {_stage_on(as_of)} AS stage, p.planned_start, p.planned_end, p.actual_end,
             p.budget_usd, p.rule_set,
             CASE WHEN p.planned_start IS NOT NULL AND p.planned_end IS NOT NULL AND p.planned_end >= p.planned_start
                       AND p.budget_usd > {threshold} THEN 1 ELSE 0 END AS independence_required
      FROM project AS p),
    evaluated AS (
      SELECT s.*, CASE WHEN s.stage IN (:design, :appraisal, :approved) OR s.planned_start > :as_of THEN 1 ELSE 0 END
                  AS not_started,
             COALESCE(v.required, 0) AS required, COALESCE(v.completed, 0) AS completed,
             COALESCE(v.waived, 0) AS waived, COALESCE(v.open, 0) AS open, COALESCE(v.overdue, 0) AS overdue_raw,
             COALESCE(v.independent_due, 0) AS independent_due, v.next_due,
             CASE WHEN i.pid IS NOT NULL THEN 1 ELSE 0 END AS independence_done
      FROM staged AS s
      LEFT JOIN (SELECT project_id AS pid, COUNT(*) AS required,
                        SUM(CASE WHEN {_DONE} THEN 1 ELSE 0 END) AS completed,
                        SUM(CASE WHEN status = :waived THEN 1 ELSE 0 END) AS waived,
                        SUM(CASE WHEN {OPEN_ON} THEN 1 ELSE 0 END) AS open,
                        SUM(CASE WHEN {OPEN_ON} AND due < :as_of THEN 1 ELSE 0 END) AS overdue,
                        SUM(CASE WHEN independence_required AND due < :as_of THEN 1 ELSE 0 END) AS independent_due,
                        MIN(CASE WHEN {OPEN_ON} THEN due END) AS next_due
                 FROM evaluation WHERE mandatory GROUP BY project_id) AS v ON v.pid = s.pid
      LEFT JOIN (SELECT DISTINCT project_id AS pid FROM evaluation
                 WHERE {_DONE} AND independence != :self) AS i ON i.pid = s.pid
      WHERE s.stage != :cancelled),
    per_project AS (
      SELECT e.*, CASE WHEN e.not_started = 1 THEN 0 ELSE e.overdue_raw END AS overdue,
             CASE WHEN e.independence_required = 0 THEN 0
                  WHEN e.independence_done = 1 THEN 1
                  WHEN e.not_started = 0 AND (e.independent_due > 0 OR COALESCE(e.actual_end, e.planned_end) < :as_of) THEN 2
                  ELSE 3 END AS independence
      FROM evaluated AS e)
    """
    return sql, params


class ComplianceCounts(NamedTuple):
    projects: int
    evaluations: int


def compliance_counts(as_of: dt.date) -> ComplianceCounts:
    """How many rows the two lists of the compliance report will have (projects not cancelled on
    `as_of`, and their mandatory evaluations)."""
    params = _compliance_params(as_of)
    stage = _stage_on(as_of)
    projects = execute(f"SELECT COUNT(*) FROM project AS p WHERE {stage} != :cancelled", params).fetchone()[0]
    evaluations = execute(
        f"SELECT COUNT(*) FROM evaluation AS ev JOIN project AS p ON p.id = ev.project_id WHERE ev.mandatory "
        f"AND {stage} != :cancelled", params).fetchone()[0]
    return ComplianceCounts(projects, evaluations)


class ComplianceProject(NamedTuple):
    code: str
    title: str
    region: str | None
    stage: str  # on the reference date
    partners: str | None  # partner codes, ", "-separated, sorted
    start: str | None
    end: str | None
    budget_cents: int | None
    rule_set: str
    required: int
    completed: int  # by the reference date
    waived: int
    open: int  # on the reference date
    overdue: int  # 0 for a project not started
    next_due: str | None
    not_started: bool
    independence: int  # IndependenceState

    @property
    def compliant(self) -> bool | None:
        """None: not yet due (the project had not started); else nothing overdue and the
        independence requirement not failed."""
        if self.not_started:
            return None
        return self.overdue == 0 and self.independence != IndependenceState.NOT_MET


def compliance_project_rows(as_of: dt.date, thresholds: Mapping[str, int | None]) -> Iterator[tuple[Any, ...]]:
    """compliance_projects as plain tuples of ComplianceProject's fields in order (not_started
    0 or 1), for a writer that turns them into cells column by column."""
    cte, params = _per_project_sql(as_of, thresholds)
    sql = cte + f"""
    SELECT pp.code, pp.title, pp.region, pp.stage, f.partners, pp.planned_start, pp.planned_end, pp.budget_usd, pp.rule_set,
           pp.required, pp.completed, pp.waived, pp.open, pp.overdue, pp.next_due, pp.not_started, pp.independence
    FROM per_project AS pp
    LEFT JOIN (SELECT pid, {dialect().group_concat("code", "', '", order_by="code")} AS partners
               FROM (SELECT DISTINCT fu.project_id AS pid, pa.code AS code FROM funding AS fu
                     JOIN partner AS pa ON pa.id = fu.partner_id ORDER BY 1, 2) AS pc
               GROUP BY pid) AS f ON f.pid = pp.pid
    ORDER BY pp.code"""
    return fetched(execute(sql, params))


def compliance_projects(as_of: dt.date, thresholds: Mapping[str, int | None]) -> Iterator[ComplianceProject]:
    """Every project not cancelled on `as_of`, by code, streamed from the cursor."""
    for row in compliance_project_rows(as_of, thresholds):
        yield ComplianceProject(*row[:-2], bool(row[-2]), int(row[-1]))  # type: ignore[call-arg]  # a row of the columns in order


class ComplianceGroup(NamedTuple):
    key: str | None  # region code, or partner code (None: no region / no partner)
    name: str | None  # partner name (None for regions)
    projects: int
    not_started: int  # not yet due: left out of the compliance rate
    required: int
    completed: int
    overdue: int
    projects_overdue: int
    independence_required: int
    independence_met: int
    independence_not_met: int
    compliant: int  # started, nothing overdue, and the independence requirement not failed


_GROUP_COLUMNS = """
    COUNT(*), SUM(pp.not_started), SUM(pp.required), SUM(pp.completed), SUM(pp.overdue),
    SUM(CASE WHEN pp.overdue > 0 THEN 1 ELSE 0 END), SUM(pp.independence_required),
    SUM(CASE WHEN pp.independence = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN pp.independence = 2 THEN 1 ELSE 0 END),
    SUM(CASE WHEN pp.not_started = 0 AND pp.overdue = 0 AND pp.independence != 2 THEN 1 ELSE 0 END)"""


def _group(row: tuple[Any, ...]) -> ComplianceGroup:
    return ComplianceGroup(row[0], row[1], *(int(v or 0) for v in row[2:]))


def compliance_by_region(as_of: dt.date, thresholds: Mapping[str, int | None]) -> list[ComplianceGroup]:
    cte, params = _per_project_sql(as_of, thresholds)
    sql = cte + f"SELECT pp.region, NULL, {_GROUP_COLUMNS} FROM per_project AS pp GROUP BY pp.region"
    return [_group(row) for row in execute(sql, params)]


def compliance_by_partner(as_of: dt.date, thresholds: Mapping[str, int | None]) -> list[ComplianceGroup]:
    """Per funding partner; a project funded by several partners counts under each of them, and a
    project with no partner funding (ILO regular budget, or none recorded) under key None."""
    cte, params = _per_project_sql(as_of, thresholds)
    sql = cte + f"""
    SELECT pa.code, pa.name, {_GROUP_COLUMNS}
    FROM per_project AS pp
    LEFT JOIN (SELECT DISTINCT project_id, partner_id FROM funding WHERE partner_id IS NOT NULL) AS fu
           ON fu.project_id = pp.pid
    LEFT JOIN partner AS pa ON pa.id = fu.partner_id
    GROUP BY pa.id, pa.code, pa.name ORDER BY pa.name"""
    return [_group(row) for row in execute(sql, params)]


class ComplianceEvaluation(NamedTuple):
    project_code: str
    region: str | None
    stage: str  # the project's stage on the reference date
    not_started: bool  # the project had not started on the reference date
    kind: str
    sequence: int
    due: str
    status: str  # as recorded
    independence: str
    independence_required: bool
    completed_on: str | None
    reason: str  # as stored (tracker.store.plan_reasons gives it in the reader's language)
    planning: Planning | None = None  # the project's planning fields, when asked for


def compliance_evaluation_rows(as_of: dt.date | None = None, *, planning: bool = False) -> Iterator[tuple[Any, ...]]:
    """compliance_evaluations as plain tuples: ComplianceEvaluation's fields in order up to
    `reason` (not_started and independence_required 0 or 1), then with `planning` the project's
    planning fields (PLANNING_COLUMNS, in Planning's order)."""
    extra = f", {PLANNING_COLUMNS}" if planning else ""
    day = as_of or dt.date.today()
    sql = f"""
    SELECT p.code, p.region, p.stage_on,
           CASE WHEN p.stage_on IN (:design, :appraisal, :approved) OR p.planned_start > :as_of THEN 1 ELSE 0 END,
           ev.kind, ev.sequence, ev.due, ev.status, ev.independence, ev.independence_required, ev.completed_on, ev.reason{extra}
    FROM evaluation AS ev
    JOIN (SELECT p.*, {_stage_on(day)} AS stage_on FROM project AS p) AS p ON p.id = ev.project_id
    WHERE ev.mandatory AND p.stage_on != :cancelled
    ORDER BY p.code, ev.due, ev.sequence"""
    return fetched(execute(sql, _compliance_params(day)))


def compliance_evaluations(as_of: dt.date | None = None, *, planning: bool = False) -> Iterator[ComplianceEvaluation]:
    """Every mandatory evaluation of a project not cancelled on `as_of` (default today), by project and due date,
    streamed from the cursor. With `planning`, each with its project's planning fields (to give
    its reason in another language: plan_reasons; the rows of a project come together)."""
    last_code, fields = None, None
    for row in compliance_evaluation_rows(as_of, planning=planning):
        if planning and row[0] != last_code:  # one Planning per project, not per evaluation
            last_code, fields = row[0], Planning(*row[12:])
        yield ComplianceEvaluation(row[0], row[1], row[2], bool(row[3]), row[4], row[5], row[6], row[7], row[8], bool(row[9]),
                                   row[10], row[11], fields)
