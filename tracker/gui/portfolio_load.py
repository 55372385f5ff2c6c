"""What the portfolio table needs of a list of rows, computed away from the UI thread.

At 100,000 projects the display texts of the 13 columns, the search text, the project ids and
their index take about 0.6 s of Python. PortfolioReader computes them on the worker thread, right
after reading the list (prepare_rows), so that the UI thread only puts the finished lists in the
model (PortfolioModel.set_prepared): no freeze when the whole list replaces the first screen or
is read again. Nothing here touches a widget or the model: QLocale and translate() are reentrant,
and each call builds its own Formats."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from itertools import islice
from typing import Any

from PySide6.QtCore import QLocale, Qt

from tracker.gui.formats import Formats
from tracker.gui.portfolio_columns import COLUMNS, country_names, funders, is_empty_key
from tracker.store.queries import PortfolioRow


@dataclass(eq=False)
class PreparedRows:
    """A list of rows with what the model derives from them; lists are by slot (load order)."""

    rows: list[PortfolioRow]
    formats: Formats
    text: list[list[str]]  # display text, column-major
    search: list[str] | None  # case-folded search text; None: built later (small lists)
    ids: list[int] | None
    row_of_id: dict[int, int] | None
    by_code: bool | None  # whether the rows are in code order; None: not checked
    sort_column: int
    sort_order: Qt.SortOrder
    sort_keys: dict[int, list[Any]]  # the sort column's keys
    order: list[int] | None  # every slot in that sort order
    partner_lists: dict[str, tuple[str, ...]]  # distinct partner lists (codes -> names), for the filter bar
    regular_budget: bool  # any row funded by the regular budget


def search_text(rows: list[PortfolioRow]) -> list[str]:
    """Code and title, plus partners and countries (codes and names), case-folded, per row.
    Partner and country lists repeat across projects: each is built once per value."""
    funded: dict[str, str] = {}
    located: dict[str, str] = {}
    search = []
    for row in rows:
        regular = row.regular_budget
        partners = None if regular else funded.get(row.partners)
        if partners is None:
            partners = "\n".join((funders(row), *row.partner_names)).casefold()
            if not regular:
                funded[row.partners] = partners
        places = located.get(row.countries)
        if places is None:
            places = located[row.countries] = country_names(row.countries).casefold()
        search.append(f"{row.code}\n{row.title}".casefold() + f"\n{partners}\n{places}")
    return search


def search_of(row: PortfolioRow) -> str:
    """One row's search text, as search_text builds it."""
    partners = "\n".join((funders(row), *row.partner_names)).casefold()
    return f"{row.code}\n{row.title}".casefold() + f"\n{partners}\n{country_names(row.countries).casefold()}"


def sorted_slots(keys: list[Any], order: Qt.SortOrder) -> list[int]:
    """Every slot in the order of its key; equal keys in slot order, empty cells last both ways."""
    descending = order == Qt.SortOrder.DescendingOrder
    # Python's sort is stable, also in reverse: equal keys stay in slot (code) order.
    slots = sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
    if descending:
        # Empty cells (the largest keys) came first: they move to the end, still in code order.
        empty = [is_empty_key(keys[slot]) for slot in slots]
        if any(empty):
            slots = [slot for slot, blank in zip(slots, empty) if not blank] + [slot for slot, blank in zip(slots, empty) if blank]
    return slots


def partner_lists(rows: list[PortfolioRow]) -> tuple[dict[str, tuple[str, ...]], bool]:
    """The distinct partner lists of the rows (codes -> names) and whether any row is funded by
    the regular budget: what the filter bar lists."""
    lists: dict[str, tuple[str, ...]] = {}
    for row in rows:  # a partner list repeats across many projects: each is kept once
        if row.partners not in lists:
            lists[row.partners] = row.partner_names
    return lists, any(row.regular_budget for row in rows)


def prepare_rows(rows: list[PortfolioRow], locale: QLocale | None, sort_column: int, sort_order: Qt.SortOrder,
                 *, whole: bool = True) -> PreparedRows:
    """Everything the model computes from `rows`; `whole` False leaves the search text, the ids
    and the sort order to the model (a small list, or the first screen)."""
    # Hundreds of thousands of texts and keys are made while every row stays alive: the cyclic
    # garbage collector would walk the rows again and again for nothing (0.81 -> 0.71 s of CPU).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _prepare(rows, locale, sort_column, sort_order, whole)
    finally:
        if enabled:
            gc.enable()


def _prepare(rows: list[PortfolioRow], locale: QLocale | None, sort_column: int, sort_order: Qt.SortOrder,
             whole: bool) -> PreparedRows:
    fmt = Formats(locale)
    text = [column.texts(rows, fmt) for column in COLUMNS]
    keys: dict[int, list[Any]] = {}
    order = None
    by_code = None
    search = ids = row_of_id = None
    if whole:
        codes = text[COLUMNS.index(next(c for c in COLUMNS if c.key == "code"))]
        by_code = all(map(str.__lt__, codes, islice(codes, 1, None)))
        search = search_text(rows)
        ids = [row.id for row in rows]
        row_of_id = {project_id: slot for slot, project_id in enumerate(ids)}
        if 0 <= sort_column < len(COLUMNS):
            key = COLUMNS[sort_column].sort_key
            keys[sort_column] = [key(row) for row in rows]
            order = sorted_slots(keys[sort_column], sort_order)
        else:
            order = list(range(len(rows)))
    lists, regular = partner_lists(rows)
    return PreparedRows(rows, fmt, text, search, ids, row_of_id, by_code, sort_column, sort_order, keys, order, lists, regular)
