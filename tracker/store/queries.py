"""Read-only queries for lists and totals, computed in SQL: one query per list, never one per
project or per cell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from operator import itemgetter
from typing import Any, NamedTuple

from peewee import fn

from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    FundingModality,
    Independence,
    Region,
    Stage,
    StrategicObjective,
)
from tracker.domain.collector import collector_paused
from tracker.domain.i18n import translate
from tracker.store import models as m
from tracker.store.sql import Dialect, dialect, execute, fetched, in_list, per_dialect

OPEN_STATUSES = [EvaluationStatus.PLANNED.value, EvaluationStatus.IN_PROGRESS.value]


def _numbered(kind: EvaluationKind, sequence: int) -> str:
    """An evaluation as lists name it: annual reviews are numbered ("Annual review 2"), other
    kinds occur once per project."""
    if kind is EvaluationKind.ANNUAL_REVIEW:
        return translate("StorePortfolio", "{evaluation} {number}").format(evaluation=kind.label, number=sequence)
    return kind.label


class OverdueItem(NamedTuple):
    """A mandatory evaluation past its due date and still planned or in progress."""

    kind: EvaluationKind
    sequence: int
    due: dt.date

    @property
    def label(self) -> str:
        return _numbered(self.kind, self.sequence)


class PortfolioRow(NamedTuple):
    """One line of the portfolio list: plain values, no database objects.

    A NamedTuple rather than a frozen dataclass: it is as immutable, and building 100,000 of them
    takes 0.07 s instead of 0.22 s (measured, bench/bench_portfolio_table.py). Amounts are kept
    as integer cents, exact, with Decimal properties for callers that want money."""

    id: int
    code: str
    title: str
    partners: str  # partner codes, sorted, ", "-separated
    partner_names: tuple[str, ...]  # the same partners' names, in the same order
    region: Region | None
    countries: str  # ISO codes, sorted, ", "-separated
    stage: Stage
    start: dt.date | None
    end: dt.date | None
    budget_cents: int | None
    expenditure_cents: int
    next_due: dt.date | None
    next_evaluation: EvaluationKind | None
    overdue_count: int
    is_demo: bool
    outcome: StrategicObjective | None
    modalities: tuple[FundingModality, ...]
    overdue_text: str  # "kind sequence due;..." as SQL gives it; `overdue` parses it when asked
    archived: bool = False  # on record, out of the list unless archived projects are asked for

    @property
    def overdue(self) -> tuple[OverdueItem, ...]:
        """The overdue evaluations, oldest first (parsed on demand: a tooltip asks for a few)."""
        return _overdue_items(self.overdue_text)

    @property
    def budget_usd(self) -> Decimal | None:
        return None if self.budget_cents is None else _cents(self.budget_cents)

    @property
    def expenditure_usd(self) -> Decimal:
        return _cents(self.expenditure_cents)

    @property
    def regular_budget(self) -> bool:
        """Funded (at least in part) by the ILO's regular budget, which has no partner."""
        return _REGULAR_BUDGET in self.modalities

    @property
    def delivery_rate(self) -> Decimal | None:
        """Cumulative expenditure over the current approved budget, in per cent (domain 4.1 leaves
        the denominator open; tracker uses the cumulative approved budget)."""
        if not self.budget_cents:
            return None
        # Half up, as the dashboard (tracker.store.dashboard.delivery_rate) rounds it.
        return (Decimal(self.expenditure_cents) * 100 / Decimal(self.budget_cents)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)

    @property
    def evaluation_status(self) -> str:
        if self.overdue_count:
            overdue = self.overdue_count
            return translate("StorePortfolio", "%n overdue", "", overdue)
        if self.next_due is None:
            return translate("StorePortfolio", "none open")
        return translate("StorePortfolio", "on schedule")


def _cents(value: int | None) -> Decimal:
    # Decimal(cents).scaleb(-2) keeps the exponent at -2: 150 -> Decimal("1.50"), exactly.
    return Decimal(int(value or 0)).scaleb(-2)


# Raw SQL rather than peewee's query builder: peewee's per-value converters cost 1.5 s at 100,000
# projects (measured). The list is a plain scan of the project table: what it shows of the child
# records (expenditure, countries, funding, open evaluations) is kept on the project row by the
# write path (tracker.store.list_totals), instead of four aggregates over 1.2 million child rows.
# There is no ORDER BY: sorting the codes in Python costs less than walking the code index.
_PORTFOLIO_COLUMNS = """p.id, p.code, p.title, p.funding_summary, p.region, p.country_list, p.stage, p.planned_start,
       p.planned_end, p.budget_usd, p.expenditure_usd, p.open_evaluations, p.is_demo, p.outcome, p.archived"""


def _portfolio_sql(d: Dialect, only: str = "") -> str:
    """The portfolio list; `only` restricts it to some projects (a condition on `{column}`)."""
    where = f"WHERE {only.format(column='p.id')}" if only else "WHERE 1 = 1"
    return f"SELECT {_PORTFOLIO_COLUMNS}\nFROM project AS p\n{where}\n"


_PORTFOLIO_SQL = per_dialect(_portfolio_sql)

_REGIONS = {r.value: r for r in Region}
_STAGES = {s.value: s for s in Stage}
_OUTCOMES = {o.value: o for o in StrategicObjective}
_KINDS = {k.value: k for k in EvaluationKind}
_MODALITIES = {mo.value: mo for mo in FundingModality}
_MODALITY_ORDER = list(FundingModality)
_REGULAR_BUDGET = FundingModality.REGULAR_BUDGET  # a module constant: the enum lookup is slower


def _list_params(as_of: dt.date | None) -> dict[str, object]:
    return {
        "as_of": (as_of or dt.date.today()).isoformat(),
        "cancelled": Stage.CANCELLED.value,
        "planned": EvaluationStatus.PLANNED.value,
        "in_progress": EvaluationStatus.IN_PROGRESS.value,
    }


def portfolio_rows(
    *,
    stage: Stage | None = None,
    partner_code: str | None = None,
    as_of: dt.date | None = None,
    include_archived: bool = True,
) -> list[PortfolioRow]:
    """Every project with its partners, funding modalities, expenditure and evaluations, in one
    SQL statement, ordered by code. Overdue evaluations are counted on `as_of` (default today),
    as `overdue_evaluations` does: none on cancelled projects. Archived projects are on record
    and included, unless `include_archived` is False (the portfolio list leaves them out)."""
    sql = _PORTFOLIO_SQL()
    params = _list_params(as_of)
    where = []
    if not include_archived:
        where.append("NOT p.archived")
    if stage is not None:
        where.append("p.stage = :stage")
        params["stage"] = str(stage)  # a Stage prints as its code
    if partner_code is not None:
        where.append("p.id IN (SELECT fu.project_id FROM funding AS fu JOIN partner AS pa ON pa.id = fu.partner_id WHERE pa.code = :partner)")
        params["partner"] = partner_code
    if where:
        sql += "AND " + " AND ".join(where)
    # Fetching and building allocate a few hundred thousand objects that all stay alive: the
    # cyclic garbage collector would walk them (and everything else alive) again and again, for
    # nothing (1.7 s -> 1.2 s at 100,000 projects with a previous list still loaded).
    with collector_paused():
        cursor = execute(sql, params)
        # Fetched a batch at a time and built as they come: the raw tuples of 100,000 projects
        # (15 values each, their texts new objects) took some 70 MB beside the rows at the peak.
        rows = _build_rows(fetched(cursor), as_of)
        rows.sort(key=_code_of)  # by code, as Python's str orders (SQLite's BINARY collation, whatever PostgreSQL's)
        return rows


def _code_of(row: PortfolioRow) -> str:
    return row.code


# Ids and codes per statement when re-reading some projects: well under the 999 parameters of
# the oldest SQLite builds. The GUI reads everything again when more projects than this changed.
ROWS_OF_MAX = 400


def portfolio_rows_of(
    ids: Collection[int] = (),
    codes: Collection[str] = (),
    *,
    as_of: dt.date | None = None,
    include_archived: bool = True,
) -> list[PortfolioRow]:
    """The rows portfolio_rows would give for the projects with these ids or codes (those that
    exist), ordered by code, in one statement: a few projects take milliseconds where the whole
    list takes seconds at 100,000 projects. What a save changed is re-read with this; a project
    asked for and not returned was deleted (or archived, when `include_archived` is False)."""
    ids, codes = sorted(set(ids)), sorted(set(codes))
    if not ids and not codes:
        return []
    if len(ids) + len(codes) > ROWS_OF_MAX:
        raise ValueError(translate("StorePortfolio", "at most {count} projects at a time; read the whole list instead").format(count=ROWS_OF_MAX))
    id_list, id_params = in_list(ids, "i")
    code_list, code_params = in_list(codes, "c")
    params = {**_list_params(as_of), **id_params, **code_params}
    # NULL keeps "IN ()" valid on both engines when one of the lists is empty.
    id_list, code_list = id_list or "NULL", code_list or "NULL"
    only = f"{{column}} IN (SELECT id FROM project WHERE id IN ({id_list}) OR code IN ({code_list}))"
    sql = _portfolio_sql(dialect(), only) + ("" if include_archived else "AND NOT p.archived")
    with collector_paused():
        raw = execute(sql, params).fetchall()
        raw.sort(key=itemgetter(1))
        return _build_rows(raw, as_of)


def portfolio_size_at_least(count: int, *, include_archived: bool = True) -> bool:
    """Whether the list holds at least `count` projects: a count that stops at `count` (a
    millisecond however large the portfolio), to choose between reading a small list whole and
    showing a large one's first screen first."""
    where = "" if include_archived else "WHERE NOT p.archived"
    sql = f"SELECT COUNT(*) FROM (SELECT 1 FROM project AS p {where} LIMIT :count) AS t"
    return int(execute(sql, {"count": count}).fetchone()[0]) >= count


# The sorts SQL gives exactly as the portfolio table's model orders its rows (values ascending or
# descending, equal values in code order, empty cells last both ways), for the first screen of a
# large list. "title" is the exception, close but not exact: lower() folds ASCII letters alone,
# where the table folds every case (casefold), so titles starting with an accented capital may
# be placed otherwise until the whole list replaces the first screen. The partner list (partner
# codes, from ids in the funding summary) and the evaluation status (overdue evaluations counted
# on today) have no SQL order here: a table sorted by them shows its first screen in code order.
FIRST_ROWS_SORTS = frozenset({"code", "title", "region", "countries", "stage", "start", "end", "budget", "expenditure",
                              "delivery", "next_due"})


def _first_rows_order(d: Dialect, sort: str, descending: bool, ranks: Mapping[str, int]) -> tuple[str, dict[str, object]]:
    """ORDER BY of portfolio_first_rows: (empty last, value, code), the value reversed when
    `descending`. `ranks`: the order of stored values for "region" and "stage" (a CASE)."""
    bytewise = ' COLLATE "C"' if d.name == "postgresql" else ""  # Python compares code points, as SQLite's BINARY
    direction = " DESC" if descending else ""
    if sort == "code":
        return f"p.code{bytewise}{direction}", {}
    first_due = "strpos" if d.name == "postgresql" else "instr"
    evaluations = "COALESCE(p.open_evaluations, '')"
    orders: dict[str, tuple[str, str]] = {
        "title": ("p.title = ''", f"lower(p.title){bytewise}"),
        # "AR,BR" stored, "AR, BR" shown: two-letter codes, so both order alike.
        "countries": ("COALESCE(p.country_list, '') = ''", f"p.country_list{bytewise}"),
        "start": ("p.planned_start IS NULL", "p.planned_start"),
        "end": ("p.planned_end IS NULL", "p.planned_end"),
        "budget": ("p.budget_usd IS NULL", "p.budget_usd"),
        "expenditure": ("1 = 0", "COALESCE(p.expenditure_usd, 0)"),
        # Both engines divide doubles as Python divides the two integers (exactly rounded).
        "delivery": ("COALESCE(p.budget_usd, 0) = 0",
                     "CASE WHEN p.budget_usd <> 0 THEN CAST(COALESCE(p.expenditure_usd, 0) AS DOUBLE PRECISION) / p.budget_usd END"),
        # open_evaluations is "kind sequence due;..." ordered by due: the first entry's last 10 characters.
        "next_due": (f"{evaluations} = ''", f"substr({evaluations}, {first_due}({evaluations} || ';', ';') - 10, 10)"),
    }
    params: dict[str, object] = {}
    if sort in ("region", "stage"):
        column = f"p.{sort}"
        params = {f"rank{n}": value for n, value in enumerate(ranks)}
        cases = " ".join(f"WHEN :rank{n} THEN {int(rank)}" for n, rank in enumerate(ranks.values()))
        orders[sort] = (f"{column} IS NULL", f"CASE {column} {cases} END" if cases else "0")
    if sort not in orders:
        raise ValueError(f"no SQL order for the portfolio column {sort!r}")
    empty, value = orders[sort]
    return f"{empty}, {value}{direction}, p.code{bytewise}", params


def portfolio_first_rows(
    sort: str = "code",
    *,
    descending: bool = False,
    limit: int = 100,
    ranks: Mapping[str, int] | None = None,
    as_of: dt.date | None = None,
    include_archived: bool = True,
) -> list[PortfolioRow]:
    """The first `limit` rows of the portfolio list sorted by one column (one of FIRST_ROWS_SORTS),
    in that order, read with one bounded statement: the screenful a large list shows while the
    whole list is read behind it. Stage sorts in the cycle's order unless `ranks` (stored value ->
    rank) says otherwise; region needs `ranks` (its labels' order in the user's language)."""
    d = dialect()
    if sort == "stage" and ranks is None:
        ranks = {stage.value: rank for rank, stage in enumerate(Stage)}
    order, params = _first_rows_order(d, sort, descending, ranks or {})
    sql = _portfolio_sql(d) + ("" if include_archived else "AND NOT p.archived\n") + f"ORDER BY {order}\nLIMIT :limit"
    params.update(_list_params(as_of), limit=int(limit))
    with collector_paused():
        return _build_rows(execute(sql, params).fetchall(), as_of)


def _partners_by_id() -> dict[str, tuple[str, str]]:
    """Partner id (as the funding summaries write it) -> (code, name): a few hundred rows."""
    return {str(pid): (code, name) for pid, code, name in execute("SELECT id, code, name FROM partner")}


def _build_rows(raw: Iterable[tuple[Any, ...]], as_of: dt.date | None) -> list[PortfolioRow]:
    # Strings such as "xb:3,xb:7" or "2024-12-31" recur across thousands of projects: each distinct
    # one is parsed once, and the rows share the results (less time and less memory).
    partners = _partners_by_id()
    funding_cache: dict[str, tuple[str, tuple[str, ...], tuple[FundingModality, ...]]] = {"": ("", (), ())}
    countries_cache: dict[str, str] = {"": ""}
    dates: dict[str | None, dt.date | None] = {None: None}
    today = (as_of or dt.date.today()).isoformat()
    cancelled = Stage.CANCELLED.value
    make = PortfolioRow._make
    rows = []
    for (pid, code, title, funding, region, countries, stage, start, end, budget, spent, open_evaluations, is_demo, outcome,
         archived) in raw:
        if funding not in funding_cache:
            pairs = [item.split(":", 1) for item in funding.split(",")]
            named = {partners[p] for _, p in pairs if p in partners}
            codes = sorted(named)
            modalities = tuple(sorted({_MODALITIES[x] for x, _ in pairs}, key=_MODALITY_ORDER.index))
            funding_cache[funding] = (", ".join(c for c, _ in codes), tuple(n for _, n in codes), modalities)
        if countries not in countries_cache:
            countries_cache[countries] = countries.replace(",", ", ")
        for text in (start, end):
            if text not in dates:
                dates[text] = dt.date.fromisoformat(str(text)[:10])
        next_due = next_kind = None
        overdue = ""
        if open_evaluations:
            kind, _, due = open_evaluations.split(";", 1)[0].split(" ")
            if due not in dates:
                dates[due] = dt.date.fromisoformat(due)
            next_due, next_kind = dates[due], _KINDS.get(kind)
            if due < today and stage != cancelled:
                overdue = ";".join(entry for entry in open_evaluations.split(";") if entry[-10:] < today)
        partner_codes, partner_names, modalities = funding_cache[funding]
        rows.append(make((
            pid, code, title, partner_codes, partner_names, _REGIONS.get(region), countries_cache[countries], _STAGES[stage],
            dates[start], dates[end], budget, spent or 0, next_due, next_kind,
            overdue.count(";") + 1 if overdue else 0, bool(is_demo), _OUTCOMES.get(outcome), modalities, overdue,
            bool(archived),
        )))
    return rows


def _overdue_items(text: str) -> tuple[OverdueItem, ...]:
    if not text:
        return ()
    items = []
    for entry in text.split(";"):
        kind, sequence, due = entry.split(" ")
        items.append(OverdueItem(_KINDS[kind], int(sequence), dt.date.fromisoformat(due)))
    return tuple(sorted(items, key=lambda i: (i.due, i.sequence)))


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
        return _numbered(self.kind, self.sequence)


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
