"""The stack's own limits that bench/run_all.py puts beside tracker's figures: the same kind of
work done with nothing of tracker on top (PySide6, sqlite3, the store's one query). Each function
runs in a fresh process started by run_all.py and returns a dict with `seconds` and `peak_mib`
(ru_maxrss of that process); imports and the connection are made before the clock starts, as the
figures they are compared with are timed after theirs.

- first painted table: a minimal QAbstractTableModel over `SELECT ... ORDER BY code LIMIT 100`
  (what a lazy model needs for its first screen) painted in a QTableView, and a plain model of
  every row of a bare `SELECT` of the same columns (no aggregates, no formatting);
- reload after saving one project: `portfolio_rows_of` of one project, nothing else;
- re-plan, consistent portfolio: `SELECT id, plan_fingerprint FROM project`, fetched;
- re-plan, all stale: the bare read of the columns re-planning reads (projects, evaluations)."""

from __future__ import annotations

import resource
import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

FIRST_SCREEN = 100  # rows a lazy model reads for its first screen (a screenful and some)

# Used only if tracker.store.queries / tracker.store.replan no longer name theirs: the list's
# columns on the project row (schema v10) and what re-planning reads.
_LIST_COLUMNS = ("p.id, p.code, p.title, p.funding_summary, p.region, p.country_list, p.stage, p.planned_start, p.planned_end, "
                 "p.budget_usd, p.expenditure_usd, p.open_evaluations, p.is_demo, p.outcome, p.archived")
_PLAN_READS = (
    "SELECT id, uuid, code, planned_start, planned_end, budget, currency, usd_rate, midterm_review_agreed, rule_set, version "
    "FROM project WHERE planned_start IS NOT NULL AND planned_end IS NOT NULL AND budget IS NOT NULL",
    "SELECT id, project_id, kind, sequence, due, status, independence, independence_required, mandatory, reason, rule_set "
    "FROM evaluation",
)


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _read_only(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True)


def list_columns() -> str:
    """The columns the portfolio list reads, as tracker's query names them (alias p)."""
    try:
        from tracker.store import queries

        return str(getattr(queries, "_PORTFOLIO_COLUMNS", _LIST_COLUMNS))
    except ImportError:
        return _LIST_COLUMNS


def plan_reads() -> tuple[str, ...]:
    """The statements that read what re-planning reads, bare: the planning columns of every
    project (tracker.store.replan's own list of them, if it still names one) and every evaluation,
    without the fingerprint test or the slicing around them."""
    try:
        from tracker.store import replan
    except ImportError:
        return _PLAN_READS
    project_sql = getattr(replan, "_PROJECT_SQL", None)
    columns = getattr(replan, "_PROJECT_COLUMNS", None)
    if not isinstance(project_sql, str):
        project_sql = f"SELECT {columns} FROM project" if isinstance(columns, str) else _PLAN_READS[0]
    evaluation_sql = getattr(replan, "_EVALUATION_SQL", None)
    return project_sql, evaluation_sql if isinstance(evaluation_sql, str) else _PLAN_READS[1]


def _paint(rows: list[tuple[Any, ...]], headers: list[str]) -> Any:
    """A plain table model over `rows` in a QTableView, shown and painted as the table benchmark
    paints the main window (show, events processed, grab). Returns the view (kept alive)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    display = Qt.ItemDataRole.DisplayRole

    class Model(QAbstractTableModel):
        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(rows)

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(headers)

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = display) -> Any:
            if role != display:
                return None
            value = rows[index.row()][index.column()]
            return None if value is None else str(value)

        def headerData(self, section: int, orientation: Qt.Orientation, role: int = display) -> Any:
            if role == display and orientation == Qt.Orientation.Horizontal:
                return headers[section]
            return None

    view = QTableView()
    view.setModel(Model(view))
    view.verticalHeader().setDefaultSectionSize(24)  # fixed heights, as tracker's table: nothing measured per row
    view.resize(1366, 768)
    view.show()
    QApplication.processEvents()
    image = view.grab()
    assert not image.isNull()
    return view


def first_paint(db: Path, *, lazy: bool) -> dict[str, object]:
    """Query + model + view + paint, timed from the query. `lazy`: the first screen in code
    order only (LIMIT); else every row of the same columns, in the order SQLite gives them."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    columns = list_columns()
    headers = [c.strip().removeprefix("p.") for c in columns.split(",")]
    sql = f"SELECT {columns} FROM project AS p" + (f" ORDER BY p.code LIMIT {FIRST_SCREEN}" if lazy else "")
    connection = _read_only(db)
    start = time.perf_counter()
    rows = connection.execute(sql).fetchall()
    view = _paint(rows, headers)
    seconds = time.perf_counter() - start
    view.close()
    del app
    return {"seconds": seconds, "rows": len(rows), "peak_mib": peak_mib()}


def rows_of_one(db: Path, calls: int = 5) -> dict[str, object]:
    """portfolio_rows_of one project (the code 500th in order), median of `calls` after one call
    for another project (the figure it is compared with is measured in a warm process)."""
    from tracker.store.database import open_database
    from tracker.store.queries import portfolio_rows_of

    open_database(db, read_only=True)
    connection = _read_only(db)
    codes = [c for (c,) in connection.execute("SELECT code FROM project ORDER BY code LIMIT 2 OFFSET 500")]
    connection.close()
    portfolio_rows_of(codes=[codes[-1]])
    times = []
    for _ in range(calls):
        start = time.perf_counter()
        rows = portfolio_rows_of(codes=[codes[0]])
        times.append(time.perf_counter() - start)
    assert len(rows) == 1
    return {"seconds": statistics.median(times), "calls": times, "peak_mib": peak_mib()}


def fetch_all(db: Path, statements: tuple[str, ...]) -> dict[str, object]:
    """The statements run and fetched whole through sqlite3, nothing else."""
    connection = _read_only(db)
    start = time.perf_counter()
    fetched = [connection.execute(sql).fetchall() for sql in statements]  # kept until timed, as a reader keeps them
    seconds = time.perf_counter() - start
    connection.close()
    return {"seconds": seconds, "rows": sum(map(len, fetched)), "peak_mib": peak_mib()}


def fingerprints(db: Path) -> dict[str, object]:
    return fetch_all(db, ("SELECT id, plan_fingerprint FROM project",))


def planning_reads(db: Path) -> dict[str, object]:
    return fetch_all(db, plan_reads())
