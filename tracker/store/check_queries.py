"""SQL for the reports' Checks sheet (tracker.reports.checks): records that disagree with each other,
found before a report goes to a funding partner. One statement per kind of check over every
project (or over the projects given, in slices), never one per project.

Rows are streamed from the cursors (the Checks sheet reads every kind at once, merged by project).
Amounts come back as integer cents; dates as ISO text (SQLite) or dates (PostgreSQL gives text too,
tracker.store.postgres). Cancelled projects are left out: nothing of theirs is reported."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from tracker.domain.classifications import EvaluationStatus, Independence, Stage
from tracker.store.sql import dialect, execute, id_slices, in_list


def _sliced(sql: str, params: dict[str, Any], project_ids: Sequence[int] | None) -> Iterator[tuple[Any, ...]]:
    """Run `sql` (which ends in a WHERE clause on project p, and holds {projects} where the
    projects' condition goes) over every project, or over `project_ids` a slice at a time."""
    if project_ids is None:
        yield from execute(sql.format(projects="1 = 1"), params)
        return
    for part in id_slices(project_ids):
        marks, values = in_list(part, "pid")
        yield from execute(sql.format(projects=f"p.id IN ({marks})"), {**params, **values})


class ProjectMoney(NamedTuple):
    code: str
    currency: str
    budget_cents: int  # in the project's currency
    budget_usd_cents: int
    funding_usd_cents: int
    funding_cents: int  # the funding lines in the project's currency, in it
    funding_lines_elsewhere: int  # funding lines in another currency
    partners: str  # the funding partners' names, "|"-separated
    spent_usd_cents: int
    spent_cents: int  # the expenditure lines in the project's currency, in it
    spent_lines_elsewhere: int


def project_money(project_ids: Sequence[int] | None) -> Iterator[ProjectMoney]:
    """Budget, funding and expenditure of each project with a budget and some funding or
    expenditure, in US$ and in the project's own currency."""
    d = dialect()
    sql = f"""
    SELECT p.code, p.currency, p.budget, p.budget_usd,
           COALESCE(f.usd, 0), COALESCE(f.own, 0), COALESCE(f.elsewhere, 0), COALESCE(n.names, ''),
           COALESCE(e.usd, 0), COALESCE(e.own, 0), COALESCE(e.elsewhere, 0)
    FROM project AS p
    LEFT JOIN (SELECT fu.project_id AS pid, SUM(fu.amount_usd) AS usd,
                      SUM(CASE WHEN fu.currency = pr.currency THEN fu.amount ELSE 0 END) AS own,
                      SUM(CASE WHEN fu.currency = pr.currency THEN 0 ELSE 1 END) AS elsewhere
               FROM funding AS fu JOIN project AS pr ON pr.id = fu.project_id GROUP BY fu.project_id) AS f ON f.pid = p.id
    LEFT JOIN (SELECT pid, {d.group_concat("name", "'|'", order_by="name")} AS names
               FROM (SELECT DISTINCT fu.project_id AS pid, pa.name AS name FROM funding AS fu
                     JOIN partner AS pa ON pa.id = fu.partner_id ORDER BY 1, 2) AS named GROUP BY pid) AS n ON n.pid = p.id
    LEFT JOIN (SELECT ex.project_id AS pid, SUM(ex.amount_usd) AS usd,
                      SUM(CASE WHEN ex.currency = pr.currency THEN ex.amount ELSE 0 END) AS own,
                      SUM(CASE WHEN ex.currency = pr.currency THEN 0 ELSE 1 END) AS elsewhere
               FROM expenditure AS ex JOIN project AS pr ON pr.id = ex.project_id GROUP BY ex.project_id) AS e ON e.pid = p.id
    WHERE p.stage != :cancelled AND p.budget IS NOT NULL AND (f.pid IS NOT NULL OR e.pid IS NOT NULL) AND {{projects}}
    ORDER BY p.code"""
    return (ProjectMoney(*row) for row in _sliced(sql, {"cancelled": Stage.CANCELLED.value}, project_ids))


class FundedWithoutBudget(NamedTuple):
    code: str
    funding_usd_cents: int


def funded_without_budget(project_ids: Sequence[int] | None) -> Iterator[FundedWithoutBudget]:
    sql = """
    SELECT p.code, SUM(fu.amount_usd) FROM project AS p JOIN funding AS fu ON fu.project_id = p.id
    WHERE p.stage != :cancelled AND p.budget IS NULL AND {projects}
    GROUP BY p.code ORDER BY p.code"""
    return (FundedWithoutBudget(*row) for row in _sliced(sql, {"cancelled": Stage.CANCELLED.value}, project_ids))


class ProjectDates(NamedTuple):
    code: str
    stage: str  # now
    start: str | None
    end: str | None  # planned
    actual_end: str | None
    has_budget: bool


def project_dates(project_ids: Sequence[int] | None) -> Iterator[ProjectDates]:
    """The stage and dates of every project not cancelled."""
    sql = """
    SELECT p.code, p.stage, p.planned_start, p.planned_end, p.actual_end, CASE WHEN p.budget IS NULL THEN 0 ELSE 1 END
    FROM project AS p WHERE p.stage != :cancelled AND {projects} ORDER BY p.code"""
    return (ProjectDates(r[0], r[1], _text(r[2]), _text(r[3]), _text(r[4]), bool(r[5]))
            for r in _sliced(sql, {"cancelled": Stage.CANCELLED.value}, project_ids))


class CompletedEvaluation(NamedTuple):
    code: str
    kind: str
    sequence: int
    independence: str
    independence_required: bool
    completed_on: str | None


def doubtful_completions(project_ids: Sequence[int] | None, today: str) -> Iterator[CompletedEvaluation]:
    """Completed evaluations that must be independent but were self-evaluations, or have no
    completion date, or one after `today` (ISO)."""
    sql = """
    SELECT p.code, ev.kind, ev.sequence, ev.independence, ev.independence_required, ev.completed_on
    FROM evaluation AS ev JOIN project AS p ON p.id = ev.project_id
    WHERE p.stage != :cancelled AND ev.status = :completed
      AND ((ev.independence_required AND ev.independence = :self) OR ev.completed_on IS NULL OR ev.completed_on > :today)
      AND {projects}
    ORDER BY p.code, ev.due, ev.sequence"""
    params = {"cancelled": Stage.CANCELLED.value, "completed": EvaluationStatus.COMPLETED.value,
              "self": Independence.SELF.value, "today": today}
    return (CompletedEvaluation(r[0], r[1], r[2], r[3], bool(r[4]), _text(r[5])) for r in _sliced(sql, params, project_ids))


class SpendingOutside(NamedTuple):
    code: str
    years: str  # the years outside the project's dates, ","-separated, in order
    spent_usd_cents: int  # in those years
    start: str
    end: str  # the actual end, else the planned one


def spending_outside_dates(project_ids: Sequence[int] | None) -> Iterator[SpendingOutside]:
    """Expenditure recorded for years before the project's start year or after its end year, one
    row a project."""
    d = dialect()
    sql = f"""
    SELECT code, {d.group_concat("CAST(year AS VARCHAR(4))", "','", order_by="year")}, SUM(spent), start, finish
    FROM (SELECT p.code AS code, ex.year AS year, SUM(ex.amount_usd) AS spent, p.planned_start AS start,
                 COALESCE(p.actual_end, p.planned_end) AS finish
          FROM expenditure AS ex JOIN project AS p ON p.id = ex.project_id
          WHERE p.stage != :cancelled AND p.planned_start IS NOT NULL AND COALESCE(p.actual_end, p.planned_end) IS NOT NULL
            AND (ex.year < {d.year_of("p.planned_start")} OR ex.year > {d.year_of("COALESCE(p.actual_end, p.planned_end)")})
            AND {{projects}}
          GROUP BY p.code, ex.year, p.planned_start, COALESCE(p.actual_end, p.planned_end)
          ORDER BY p.code, ex.year) AS outside
    GROUP BY code, start, finish ORDER BY code"""
    return (SpendingOutside(r[0], r[1], r[2], _text(r[3]) or "", _text(r[4]) or "")
            for r in _sliced(sql, {"cancelled": Stage.CANCELLED.value}, project_ids))


def _text(value: object) -> str | None:
    return None if value is None else str(value)[:10]


class BudgetLinesTotal(NamedTuple):
    code: str
    currency: str
    budget_cents: int | None  # the project's budget, in its currency
    lines_cents: int  # the total of its budget lines, in the same currency
    lines: int


def budget_lines_off_budget(project_ids: Sequence[int] | None) -> Iterator[BudgetLinesTotal]:
    """Projects whose budget lines do not add up to their budget (or that have budget lines and no
    budget). A project without budget lines is not listed."""
    sql = """
    SELECT p.code, p.currency, p.budget, b.total, b.lines
    FROM project AS p
    JOIN (SELECT project_id AS pid, SUM(amount) AS total, COUNT(*) AS lines FROM budget_line GROUP BY project_id) AS b
      ON b.pid = p.id
    WHERE p.stage != :cancelled AND (p.budget IS NULL OR p.budget != b.total) AND {projects}
    ORDER BY p.code"""
    return (BudgetLinesTotal(*row) for row in _sliced(sql, {"cancelled": Stage.CANCELLED.value}, project_ids))
