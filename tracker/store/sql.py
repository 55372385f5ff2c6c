"""Raw SQL that runs on SQLite and on PostgreSQL.

The portfolio list and the reports are raw SQL (peewee's per-value conversions cost seconds at
100,000 projects). They are written once, with SQLite's ``:name`` parameters; `execute` rewrites
them to psycopg2's ``%(name)s`` on PostgreSQL, and the few functions the two engines spell
differently (string aggregation, the year of a date) come from the `Dialect` of the open database.
Everything else is kept to what both engines accept: aliased subqueries, CASE instead of summing
comparisons, booleans tested rather than compared with 1."""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import peewee

from tracker.store import models as m

_NAMED_PARAMETER = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


@functools.lru_cache(maxsize=256)
def _to_pyformat(sql: str) -> str:
    return _NAMED_PARAMETER.sub(r"%(\1)s", sql.replace("%", "%%"))


class Dialect:
    """SQLite's spelling; PostgresDialect overrides what PostgreSQL spells otherwise."""

    name = "sqlite"

    def group_concat(self, expr: str, separator: str = "','", order_by: str | None = None) -> str:
        # SQLite concatenates in the order rows reach it (a subquery's ORDER BY); callers that
        # care about the order feed it an ordered subquery and name the order for PostgreSQL.
        return f"GROUP_CONCAT({expr}, {separator})"

    def char(self, code: int) -> str:
        return f"char({code})"

    def year_of(self, date_column: str) -> str:
        return f"CAST(substr({date_column}, 1, 4) AS INTEGER)"

    def at_minimum(self, expr: str, minimum_of: str) -> str:
        """`expr` of the row where `minimum_of` is least, in a query with one MIN(minimum_of):
        SQLite takes a bare column from the row holding the single MIN() (documented behaviour),
        without a correlated subquery per group."""
        return expr


class PostgresDialect(Dialect):
    name = "postgresql"

    def group_concat(self, expr: str, separator: str = "','", order_by: str | None = None) -> str:
        order = f" ORDER BY {order_by}" if order_by else ""
        return f"string_agg(CAST({expr} AS TEXT), {separator}{order})"

    def char(self, code: int) -> str:
        return f"chr({code})"

    def year_of(self, date_column: str) -> str:
        return f"CAST(EXTRACT(YEAR FROM {date_column}) AS INTEGER)"

    def at_minimum(self, expr: str, minimum_of: str) -> str:
        return f"(array_agg({expr} ORDER BY {minimum_of}))[1]"


SQLITE = Dialect()
POSTGRESQL = PostgresDialect()


def current_database() -> peewee.Database:
    return m.database.obj  # type: ignore[no-any-return]


def dialect(db: peewee.Database | None = None) -> Dialect:
    return POSTGRESQL if isinstance(db or current_database(), peewee.PostgresqlDatabase) else SQLITE


def execute(sql: str, params: Mapping[str, Any] | None = None, db: peewee.Database | None = None) -> Any:
    """Run one statement written with :name parameters on the open database; returns the cursor."""
    db = db or current_database()
    if isinstance(db, peewee.PostgresqlDatabase):
        sql = _to_pyformat(sql)
    return db.execute_sql(sql, dict(params or {}))


# Ids per statement when a statement names some projects: well under the 999 parameters of the
# oldest SQLite builds.
IDS_PER_STATEMENT = 500


def id_slices(ids: Iterable[int], size: int = IDS_PER_STATEMENT) -> Iterator[list[int]]:
    """The distinct `ids`, in order, `size` at a time."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def in_list(values: Iterable[Any], prefix: str) -> tuple[str, dict[str, Any]]:
    """":prefix0, :prefix1, …" for an IN (…) and its parameters."""
    params = {f"{prefix}{n}": value for n, value in enumerate(values)}
    return ", ".join(":" + name for name in params), params


def fetched(cursor: Any, size: int = 2_000) -> Iterator[tuple[Any, ...]]:
    """The rows of `cursor`, fetched `size` at a time: the database's cursor checks each fetch
    for storage errors, and a long list then pays for that once a batch, not once a row (nor
    holds every raw row at once, as fetchall would)."""
    while rows := cursor.fetchmany(size):
        yield from rows


def per_dialect(build: Callable[[Dialect], str]) -> Callable[[], str]:
    """A statement built once per engine by `build(dialect)`, then taken from a cache."""
    cache: dict[str, str] = {}

    def statement() -> str:
        d = dialect()
        if d.name not in cache:
            cache[d.name] = build(d)
        return cache[d.name]

    return statement


@contextlib.contextmanager
def side_by_side_sorts(cache_kib: int = 2_000) -> Iterator[None]:
    """While several statements that sort their rows are read side by side, SQLite keeps a sorter
    of up to the page cache's size for each (64 MB here, tracker.store.sqlite): a small cache for
    that time bounds the memory, the sorters spilling to temporary files beyond it. Measured on the
    Checks sheet's six statements at 20,000 projects: 103 MiB resident with the usual cache, 66
    MiB with 2 MB, in the same time. PostgreSQL bounds each sort by its own work_mem."""
    db = current_database()
    if dialect(db).name != "sqlite":
        yield
        return
    before = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql(f"PRAGMA cache_size = {-int(cache_kib)}")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(before)}")
