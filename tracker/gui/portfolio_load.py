"""What the portfolio table needs of a list of rows, computed away from the UI thread.

At 100,000 projects the display texts of the 13 columns, the search text, the project ids and
their index take about 0.6 s of Python. PortfolioReader computes them on the worker thread, right
after reading the list (prepare_rows), so that the UI thread only puts the finished lists in the
model (PortfolioModel.set_prepared): no freeze when the whole list replaces the first screen or
is read again. Nothing here touches a widget or the model: QLocale and translate() are reentrant,
and each call builds its own Formats."""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from itertools import compress, islice, repeat
from operator import contains
from typing import Any

from PySide6.QtCore import QLocale, Qt

from tracker.domain.collector import collector_paused
from tracker.gui.formats import Formats
from tracker.gui.portfolio_columns import COLUMNS, country_names, funders, is_empty_key
from tracker.store.queries import PortfolioRow


@dataclass(eq=False)
class PreparedRows:
    """A list of rows with what the model derives from them; lists are by slot (load order)."""

    rows: list[PortfolioRow]
    formats: Formats
    text: list[list[str]]  # display text, column-major
    search: SearchText | None  # None: built later (small lists)
    ids: list[int] | None
    row_of_id: dict[int, int] | None
    by_code: bool | None  # whether the rows are in code order; None: not checked
    sort_column: int
    sort_order: Qt.SortOrder
    sort_keys: dict[int, list[Any]]  # the sort column's keys
    order: list[int] | None  # every slot in that sort order
    partners: dict[str, str]  # every partner funding a row, code -> name, for the filter bar
    regular_budget: bool  # any row funded by the regular budget


class SearchText:
    """What the search looks in, per slot: the code and title, case-folded (`own`), and the
    partners' and the places' text (codes and names, case-folded) as indexes into `phrases`,
    where each distinct text is kept once. A partner list or a country list repeats across
    thousands of projects: each is searched once per word, not once per project (17 MB -> 8 MB
    at 100,000 projects, and a first letter searched in a third of the time)."""

    def __init__(self) -> None:
        self.own: list[str] = []
        self.partners: array[int] = array("i")
        self.places: array[int] = array("i")
        self.phrases: list[str] = []
        self._phrase_of: dict[str, int] = {}

    def phrase(self, text: str) -> int:
        """The index of a partner or place text, added if new."""
        index = self._phrase_of.get(text)
        if index is None:
            index = self._phrase_of[text] = len(self.phrases)
            self.phrases.append(text)
        return index

    def entry(self, row: PortfolioRow) -> tuple[str, int, int]:
        """One row's entry (own text, partners' phrase, places' phrase)."""
        partners = "\n".join((funders(row), *row.partner_names)).casefold()
        return (f"{row.code}\n{row.title}".casefold(), self.phrase(partners), self.phrase(country_names(row.countries).casefold()))

    def set(self, slot: int, row: PortfolioRow) -> None:
        self.own[slot], self.partners[slot], self.places[slot] = self.entry(row)

    def insert(self, slot: int, row: PortfolioRow) -> None:
        own, partners, places = self.entry(row)
        self.own.insert(slot, own)
        self.partners.insert(slot, partners)
        self.places.insert(slot, places)

    def per_slot(self) -> list[Any]:
        """The per-slot sequences, to move or delete a slot in each."""
        return [self.own, self.partners, self.places]

    def matching(self, word: str, candidates: list[int]) -> list[int]:
        """The candidate slots whose code, title, partners or places hold `word` (case-folded),
        in their order. Each distinct partner or place text is searched once; when none holds
        the word (most words), the code and title alone are, with C-level map()s."""
        hits = [word in phrase for phrase in self.phrases]
        own = self.own
        if not any(hits):
            return list(compress(candidates, map(contains, map(own.__getitem__, candidates), repeat(word))))
        partners, places = self.partners, self.places
        return [slot for slot in candidates if word in own[slot] or hits[partners[slot]] or hits[places[slot]]]


def search_text(rows: list[PortfolioRow]) -> SearchText:
    """The search text of every row, by slot. Partner and country lists repeat across projects:
    each row's phrases are made once per distinct list."""
    search = SearchText()
    funded: dict[str, int] = {}
    located: dict[str, int] = {}
    for row in rows:
        regular = row.regular_budget
        partners = None if regular else funded.get(row.partners)
        if partners is None:
            partners = search.phrase("\n".join((funders(row), *row.partner_names)).casefold())
            if not regular:
                funded[row.partners] = partners
        places = located.get(row.countries)
        if places is None:
            places = located[row.countries] = search.phrase(country_names(row.countries).casefold())
        search.own.append(f"{row.code}\n{row.title}".casefold())
        search.partners.append(partners)
        search.places.append(places)
    return search


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


def sort_orders(rows: list[PortfolioRow], column: int) -> tuple[array[int], array[int]]:
    """Every slot sorted by the column, ascending and descending (sorted_slots), as compact
    arrays: computed on the worker thread after a large list is shown, so that a first click on
    a column's header only copies the order (a sort of 100,000 titles takes 50-100 ms of Python)."""
    with collector_paused():
        key = COLUMNS[column].sort_key
        keys = [key(row) for row in rows]
        return (array("i", sorted_slots(keys, Qt.SortOrder.AscendingOrder)),
                array("i", sorted_slots(keys, Qt.SortOrder.DescendingOrder)))


def partners_of(rows: list[PortfolioRow]) -> tuple[dict[str, str], bool]:
    """Every partner funding the rows (code -> name) and whether any row is funded by the regular
    budget: what the filter bar lists."""
    lists: dict[str, tuple[str, ...]] = {}
    for row in rows:  # a partner list repeats across many projects: each is read once
        if row.partners not in lists:
            lists[row.partners] = row.partner_names
    partners: dict[str, str] = {}
    for codes, names in lists.items():
        if codes:
            partners.update(zip(codes.split(", "), names))
    return partners, any(row.regular_budget for row in rows)


def prepare_rows(rows: list[PortfolioRow], locale: QLocale | None, sort_column: int, sort_order: Qt.SortOrder,
                 *, whole: bool = True) -> PreparedRows:
    """Everything the model computes from `rows`; `whole` False leaves the search text, the ids
    and the sort order to the model (a small list, or the first screen)."""
    # Hundreds of thousands of texts and keys are made while every row stays alive: the cyclic
    # garbage collector would walk the rows again and again for nothing (0.81 -> 0.71 s of CPU).
    with collector_paused():
        return _prepare(rows, locale, sort_column, sort_order, whole)


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
    partners, regular = partners_of(rows)
    return PreparedRows(rows, fmt, text, search, ids, row_of_id, by_code, sort_column, sort_order, keys, order, partners, regular)
