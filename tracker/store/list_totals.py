"""What the portfolio list shows of a project's child records, kept on the project's row.

The list used to aggregate 1.2 million child rows at 100,000 projects every time it was read
(expenditure, countries, funding, open evaluations: four grouped subqueries, 1.5 s). The write
path now keeps their results on the project row, in the transaction of the change, and the list
is a plain scan of one table:

- `expenditure_usd`, `funding_usd`: the sums of the project's lines in US$ (cents);
- `country_list`: its country codes, sorted, comma-separated;
- `funding_summary`: "modality:partner id" per funding line, sorted, comma-separated (partner
  names are read from the partner table when the list is, so a renamed partner needs no update);
- `open_evaluations`: "kind sequence due" per mandatory evaluation still planned or in progress,
  ordered by due date then sequence, semicolon-separated. The next due and the overdue
  evaluations are read from it on the day the list is read (a stored "overdue" would go stale
  overnight).

Every writer of those child tables calls `refresh` for the projects it wrote before it commits:
`save_project` (every editor, command-line, import and package save), the bulk import, the
re-planner and the schema migration that added the columns. `differences` recomputes them from
the detail and lists any that disagree (`tracker check`, and tests after every kind of write)."""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import peewee

from tracker.domain.classifications import EvaluationStatus
from tracker.store.sql import execute, id_slices, in_list


class Part(enum.Enum):
    """The groups of stored totals, each from one child table: a writer that changed one table
    (the re-planner: evaluations) refreshes that group only."""

    EXPENDITURE = "expenditure"
    FUNDING = "funding"
    COUNTRIES = "countries"
    EVALUATIONS = "evaluations"


ALL_PARTS = frozenset(Part)

# The project columns of each part, in the order `_compute` gives their values.
COLUMNS: dict[Part, tuple[str, ...]] = {
    Part.EXPENDITURE: ("expenditure_usd",),
    Part.FUNDING: ("funding_usd", "funding_summary"),
    Part.COUNTRIES: ("country_list",),
    Part.EVALUATIONS: ("open_evaluations",),
}
EMPTY: dict[str, Any] = {"expenditure_usd": 0, "funding_usd": 0, "funding_summary": "", "country_list": "", "open_evaluations": ""}


def _text(value: object) -> str:
    return "" if value is None else str(value)[:10] if not isinstance(value, str) else value[:10]


def _where(ids: list[int] | None, column: str) -> tuple[str, dict[str, Any]]:
    if ids is None:
        return "", {}
    marks, params = in_list(ids, "p")
    return f" AND {column} IN ({marks})", params


def _compute(ids: list[int] | None, parts: Collection[Part], db: peewee.Database | None) -> dict[int, dict[str, Any]]:
    """The totals of `parts` from the detail, for the projects `ids` (None: every project); a
    project without child rows of a part gets that part's empty values."""
    found: dict[int, dict[str, Any]] = {}

    def put(pid: int, column: str, value: Any) -> None:
        found.setdefault(pid, {})[column] = value

    if Part.EXPENDITURE in parts:
        where, params = _where(ids, "project_id")
        for pid, cents in execute(f"SELECT project_id, SUM(amount_usd) FROM expenditure WHERE 1 = 1{where} GROUP BY project_id", params, db):
            put(pid, "expenditure_usd", int(cents or 0))
    if Part.FUNDING in parts:
        where, params = _where(ids, "project_id")
        lines: dict[int, list[str]] = {}
        totals: dict[int, int] = {}
        for pid, modality, partner, cents in execute(
                f"SELECT project_id, modality, partner_id, amount_usd FROM funding WHERE project_id IS NOT NULL{where}", params, db):
            lines.setdefault(pid, []).append(f"{modality}:{'' if partner is None else partner}")
            totals[pid] = totals.get(pid, 0) + int(cents or 0)
        for pid, items in lines.items():
            put(pid, "funding_summary", ",".join(sorted(items)))
            put(pid, "funding_usd", totals[pid])
    if Part.COUNTRIES in parts:
        where, params = _where(ids, "project_id")
        countries: dict[int, list[str]] = {}
        for pid, country in execute(f"SELECT project_id, country FROM project_country WHERE 1 = 1{where}", params, db):
            countries.setdefault(pid, []).append(country)
        for pid, codes in countries.items():
            put(pid, "country_list", ",".join(sorted(codes)))
    if Part.EVALUATIONS in parts:
        where, params = _where(ids, "project_id")
        params.update({"planned": EvaluationStatus.PLANNED.value, "in_progress": EvaluationStatus.IN_PROGRESS.value})
        open_: dict[int, list[tuple[str, int, str]]] = {}
        for pid, kind, sequence, due in execute(
                "SELECT project_id, kind, sequence, due FROM evaluation "
                f"WHERE mandatory AND status IN (:planned, :in_progress) AND due IS NOT NULL{where}", params, db):
            open_.setdefault(pid, []).append((_text(due), int(sequence), kind))
        for pid, evaluations in open_.items():
            put(pid, "open_evaluations", open_evaluations_text(evaluations))
    wanted = [column for part in parts for column in COLUMNS[part]]
    for values in found.values():
        for column in wanted:
            values.setdefault(column, EMPTY[column])
    return found


def open_evaluations_text(evaluations: Iterable[tuple[str, int, str]]) -> str:
    """The stored `open_evaluations` of a project's open mandatory evaluations given as (due date
    in ISO, sequence, kind code): ordered by due date, then sequence."""
    return ";".join(f"{kind} {sequence} {due}" for due, sequence, kind in sorted(evaluations))


def recompute(ids: Iterable[int] | None = None, parts: Collection[Part] = ALL_PARTS,
              db: peewee.Database | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """(project id, {column: value}) for the projects `ids` (None: all), from the detail."""
    wanted = [column for part in parts for column in COLUMNS[part]]
    empty = {column: EMPTY[column] for column in wanted}
    if ids is None:
        computed = _compute(None, parts, db)
        for (pid,) in execute("SELECT id FROM project ORDER BY id", None, db).fetchall():
            yield pid, computed.get(pid, empty)
        return
    for part in id_slices(ids):
        computed = _compute(part, parts, db)
        for pid in part:
            yield pid, computed.get(pid, empty)


def refresh(ids: Iterable[int] | None = None, parts: Collection[Part] = ALL_PARTS, db: peewee.Database | None = None) -> None:
    """Recompute the stored totals of `parts` for the projects `ids` (None: all) from the detail
    and store them, inside the caller's transaction. Projects that no longer exist are skipped."""
    from tracker.store.models import database

    current = db or database
    if isinstance(current, peewee.DatabaseProxy):
        current = current.obj  # the engine itself: execute() spells its parameters by its type
    wanted = [column for part in parts for column in COLUMNS[part]]
    p = current.param
    sql = f"UPDATE project SET {', '.join(f'{column} = {p}' for column in wanted)} WHERE id = {p}"
    cursor = current.cursor()
    batch: list[tuple[Any, ...]] = []
    for pid, values in recompute(ids, parts, current):
        batch.append((*(values[column] for column in wanted), pid))
        if len(batch) >= 5_000:
            cursor.executemany(sql, batch)
            batch = []
    if batch:
        cursor.executemany(sql, batch)


@dataclass(frozen=True)
class Difference:
    """A stored total that the detail does not give."""

    code: str
    column: str
    stored: Any
    computed: Any


def differences(ids: Iterable[int] | None = None) -> list[Difference]:
    """Every stored total that differs from what the detail gives (none, unless something wrote
    the child tables around the write path)."""
    columns = [column for part in Part for column in COLUMNS[part]]
    stored: dict[int, tuple[Any, ...]] = {}
    codes: dict[int, str] = {}
    for pid, code, *values in execute(f"SELECT id, code, {', '.join(columns)} FROM project"):
        stored[pid] = tuple(values)
        codes[pid] = code
    found = []
    for pid, values in recompute(ids):
        if pid not in stored:
            continue
        for column, before in zip(columns, stored[pid]):
            after = values[column]
            if (int(before or 0) if column.endswith("_usd") else (before or "")) != after:
                found.append(Difference(codes[pid], column, before, after))
    return found


def repair() -> list[Difference]:
    """Store again, from the detail, every total that differs (in one transaction that holds
    other writers off); returns what differed."""
    from tracker.store.writes import bulk_write_transaction

    with bulk_write_transaction():
        found = differences()
        if found:
            codes = {d.code for d in found}
            ids = [pid for pid, code in execute("SELECT id, code FROM project") if code in codes]
            refresh(ids)
    return found
