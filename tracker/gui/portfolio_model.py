"""Table model of the portfolio: sorts and filters in the model itself.

The model keeps every row the store returned plus a view: the list of row indices on screen, in
order. Sorting sorts indices by precomputed keys; filtering is a list comprehension over
precomputed, case-folded search text. A QSortFilterProxyModel took 16 s to sort 100,000 rows
here; this takes well under a second (bench/bench_portfolio_table.py, docs/performance.md)."""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections.abc import Collection, Iterable
from operator import attrgetter
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionRange,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from tracker.domain.classifications import (
    FundingModality,
    Region,
    Stage,
    StrategicObjective,
)
from tracker.gui.formats import Formats
from tracker.gui.portfolio_columns import COLUMN_INDEX, COLUMNS, country_names, funders
from tracker.store.queries import PortfolioRow

ProjectIdRole = int(Qt.ItemDataRole.UserRole)
ProjectCodeRole = ProjectIdRole + 1

# Roles as plain ints: data() runs thousands of times per repaint, and enum lookups add up.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CODE = COLUMN_INDEX["code"]
_EVALUATION_COLUMNS = frozenset({COLUMN_INDEX["next_due"], COLUMN_INDEX["evaluation"]})
_STATUS = COLUMN_INDEX["evaluation"]

SEARCH_TEXT_DELAY_MS = 250

# A partner filter value that selects the ILO's regular budget, which has no partner code.
REGULAR_BUDGET = "@rbtc"

# Runs of wanted rows in a byte string of one flag per view row (view_spans_of).
_RUNS = re.compile(b"\x01+")

# Up to this many changed projects, update_rows changes, moves, inserts and removes each row with
# its own signals, at 100,000 rows about 3 ms a project changed, 15 ms one added or removed (list
# copies and slot shifts); beyond it, the rows are put in place and the table is reset once, its
# sort and filter computed again from the keys already there (0.1 s for 17 projects).
ROW_BY_ROW_MAX = 16

_BY_CODE = attrgetter("code")


@dataclass(frozen=True)
class PortfolioFilter:
    """What the filter bar asks for; an empty filter shows every project."""

    text: str = ""  # every word must appear in the code, title, partners or countries
    stage: Stage | None = None
    region: Region | None = None
    partner: str | None = None  # a partner code, or REGULAR_BUDGET
    modality: FundingModality | None = None
    outcome: StrategicObjective | None = None
    overdue_only: bool = False

    def is_empty(self) -> bool:
        return self == PortfolioFilter()

    def with_overdue_only(self, on: bool) -> PortfolioFilter:
        return replace(self, overdue_only=on)


@dataclass(frozen=True, eq=False)
class KeptRows:
    """Rows of one load, kept by their place in it: a selection across a filter or a reload."""

    ids: list[int]  # the load's project ids, by place (the model's own list: its identity is the load's)
    rows: set[int] | None  # places in the load; None: every row


class PortfolioModel(QAbstractTableModel):
    # After update_rows: the counts, the summary of the selected project and the partner list may
    # have changed (rows changed in place send dataChanged, rowsInserted... but not a reset).
    rows_updated = Signal()

    def __init__(self, parent: Any = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.formats = Formats(locale)
        self._rows: list[PortfolioRow] = []
        self._text: list[list[str]] = [[] for _ in COLUMNS]  # column-major display text
        self._search: list[str] | None = []
        self._row_of_id: dict[int, int] | None = None  # built after the first paint, or when asked
        self._ids: list[int] | None = None
        self._sort_keys: dict[int, list[Any]] = {}
        self._sort_column = _CODE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] = []  # every row, in the current sort order
        self._view: list[int] = []  # the rows that pass the filter, in that order
        self._filter = PortfolioFilter()
        self._alignments = [_RIGHT if c.numeric else _LEFT for c in COLUMNS]
        palette = QGuiApplication.palette()
        dark = palette.base().color().lightness() < 128
        self._overdue_colour = QColor("#ff8a80" if dark else "#b71c1c")
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._warning_icon = QIcon.fromTheme("dialog-warning")
        if self._warning_icon.isNull() and isinstance(QCoreApplication.instance(), QApplication):
            self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    # ------------------------------------------------------------ loading, sorting, filtering

    def set_rows(self, rows: list[PortfolioRow]) -> None:
        """Show `rows` (as portfolio_rows returns them), keeping the sort and the filter."""
        # The load allocates hundreds of thousands of objects (texts, keys, temporary tuples)
        # while 100,000 rows stay alive: the cyclic garbage collector would walk those rows
        # again and again for nothing (measured: 0.29-0.40 s -> 0.23 s at 100,000 rows).
        enabled = gc.isenabled()
        gc.disable()
        try:
            self._load(rows)
        finally:
            if enabled:
                gc.enable()

    def _load(self, rows: list[PortfolioRow]) -> None:
        self.beginResetModel()
        self.formats = Formats(self._locale)  # the locale may have changed since the last load
        self._rows = rows
        fmt = self.formats
        # Display text once per cell here, so that data() only indexes lists.
        self._text = [column.texts(rows, fmt) for column in COLUMNS]
        self._search = None  # built after the first paint (below), or by the first search
        self._sort_keys = {}
        self._row_of_id = None
        self._ids = None
        self._order = self._sorted()
        self._view = self._filtered()
        self.endResetModel()
        # The search text is not needed to paint: building it later takes 0.1 s (at 100,000
        # rows) off the first paint. By the time someone types, it is there.
        QTimer.singleShot(SEARCH_TEXT_DELAY_MS, self, self._after_first_paint)  # not after the model is gone

    def _after_first_paint(self) -> None:
        self._search_text()
        # For keeping selections across filters: 100,000 ids take 5 ms, their index 30 ms.
        self._project_ids()
        self._id_index()

    def _search_text(self) -> list[str]:
        """Code and title, plus partners and countries (codes and names), case-folded, per row.
        Partner and country lists repeat across projects: each is built once per value."""
        if self._search is not None:
            return self._search
        funded: dict[str, str] = {}
        located: dict[str, str] = {}
        search = []
        for row in self._rows:
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
        self._search = search
        return search

    @staticmethod
    def _search_of(row: PortfolioRow) -> str:
        """One row's search text, as _search_text builds it."""
        partners = "\n".join((funders(row), *row.partner_names)).casefold()
        return f"{row.code}\n{row.title}".casefold() + f"\n{partners}\n{country_names(row.countries).casefold()}"

    def set_filter(self, new: PortfolioFilter) -> None:
        if new == self._filter:
            return
        self.beginResetModel()
        self._filter = new
        self._view = self._filtered()
        self.endResetModel()

    def current_filter(self) -> PortfolioFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column` (-1: back to code order). Persistent indexes, and so the selection,
        follow their rows."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._view[p.row()], p.column()) for p in persistent]
        self._order = self._sorted()
        self._view = self._filtered()
        if persistent:
            position = {row: i for i, row in enumerate(self._view)} if len(kept) > 16 else None
            locate = position.__getitem__ if position is not None else self._view.index
            self.changePersistentIndexList(persistent, [self.index(locate(row), column) for row, column in kept])
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _sorted(self) -> list[int]:
        count = len(self._rows)
        if not 0 <= self._sort_column < len(COLUMNS):
            return list(range(count))
        keys = self._sort_keys.get(self._sort_column)
        if keys is None:
            key = COLUMNS[self._sort_column].sort_key
            keys = self._sort_keys[self._sort_column] = [key(row) for row in self._rows]
        # Python's sort is stable, also in reverse: equal keys stay in code order.
        return sorted(range(count), key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def _filtered(self, candidates: list[int] | None = None) -> list[int]:
        """The rows of `candidates` (default: every row, in the sort order) that pass the filter,
        in that order; with no filter, `candidates` itself."""
        f, rows, view = self._filter, self._rows, self._order if candidates is None else candidates
        if f.is_empty():
            return view
        if f.stage is not None:
            view = [i for i in view if rows[i].stage is f.stage]
        if f.region is not None:
            view = [i for i in view if rows[i].region is f.region]
        if f.outcome is not None:
            view = [i for i in view if rows[i].outcome is f.outcome]
        if f.modality is not None:
            view = [i for i in view if f.modality in rows[i].modalities]
        if f.partner == REGULAR_BUDGET:
            view = [i for i in view if FundingModality.REGULAR_BUDGET in rows[i].modalities]
        elif f.partner is not None:
            # Partner strings repeat: decide once per distinct string, then compare strings.
            funded = {r.partners for r in (rows[i] for i in view) if f.partner in r.partners.split(", ")}
            view = [i for i in view if rows[i].partners in funded]
        if f.overdue_only:
            view = [i for i in view if rows[i].overdue_count]
        words = f.text.casefold().split()
        if words:
            search = self._search_text()
            for word in words:
                view = [i for i in view if word in search[i]]
        return view

    # ------------------------------------------------------------ rows changed in place

    def update_rows(self, fresh: Iterable[PortfolioRow], gone: Iterable[int] = ()) -> None:
        """Put re-read rows (as portfolio_rows_of returns them) in the place of the loaded rows
        with the same project ids, add those not loaded, and drop the projects `gone`, keeping the
        sort, the filter and the selection: the model ends as set_rows would leave it with the
        whole list read again. Up to ROW_BY_ROW_MAX projects, each row changes on its own:
        dataChanged when it stays where it is, a move when its place in the sort changes (the
        selection follows it), an insertion or a removal when it enters or leaves the filter or the
        portfolio; the table is not reset. Beyond that, one reset (the view keeps its selection by
        project id). Only the changed rows' texts and keys are computed."""
        fresh = list({row.id: row for row in fresh}.values())
        gone_ids = set(gone) - {row.id for row in fresh}
        if not fresh and not gone_ids:
            return
        enabled = gc.isenabled()
        gc.disable()  # as in set_rows: every row stays alive, the collector would walk them for nothing
        try:
            self._rows = list(self._rows)  # the list set_rows was given stays as it was
            # A new list: KeptRows of before this update find their rows by project id.
            self._ids = list(self._project_ids())
            if len(fresh) + len(gone_ids) <= ROW_BY_ROW_MAX:
                for project_id in gone_ids:
                    self._remove_row(project_id)
                for row in fresh:
                    self._put_row(row)
            else:
                self._update_all(fresh, gone_ids)
        finally:
            if enabled:
                gc.enable()
        self.rows_updated.emit()

    def row_of_project(self, project_id: int) -> PortfolioRow | None:
        """The loaded row of the project, filtered out or not; None when it is not loaded."""
        slot = self._slot_of(project_id)
        return None if slot is None else self._rows[slot]

    def _slot_of(self, project_id: int) -> int | None:
        """The project's place in the load (its slot), or None."""
        if self._row_of_id is not None:
            return self._row_of_id.get(project_id)
        try:
            return self._project_ids().index(project_id)  # a C loop; the index is rebuilt only when asked
        except ValueError:
            return None

    # The three changes of slots. Each keeps every per-slot list in step (rows, ids, texts, search
    # text, sort keys); the sort order and the view, lists of slots, are the callers' to follow.

    def _set_slot(self, slot: int, row: PortfolioRow) -> None:
        self._rows[slot] = row
        for column, texts in zip(COLUMNS, self._text):
            texts[slot] = column.text(row, self.formats)
        if self._search is not None:
            self._search[slot] = self._search_of(row)
        for index, keys in self._sort_keys.items():
            keys[slot] = COLUMNS[index].sort_key(row)

    def _insert_slot(self, row: PortfolioRow) -> int:
        """A new row takes its slot in code order (set_rows gets the rows by code), so that equal
        sort keys fall as a full reload would put them. Returns the slot."""
        slot = bisect_left(self._rows, row.code, key=_BY_CODE)
        self._rows.insert(slot, row)
        self._project_ids().insert(slot, row.id)
        for column, texts in zip(COLUMNS, self._text):
            texts.insert(slot, column.text(row, self.formats))
        if self._search is not None:
            self._search.insert(slot, self._search_of(row))
        for index, keys in self._sort_keys.items():
            keys.insert(slot, COLUMNS[index].sort_key(row))
        self._row_of_id = None  # rebuilt when next asked
        return slot

    def _delete_slot(self, slot: int) -> None:
        for values in self._slot_lists():
            del values[slot]
        self._row_of_id = None

    def _slot_lists(self) -> list[list[Any]]:
        lists = [self._rows, self._project_ids(), *self._text, *self._sort_keys.values()]
        if self._search is not None:
            lists.append(self._search)
        return lists

    # Row by row: each change tells the view what it did.

    def _remove_row(self, project_id: int) -> None:
        slot = self._slot_of(project_id)
        if slot is None:
            return
        aliased = self._view is self._order
        order = list(self._order)
        del order[order.index(slot)]
        view_row = self._view_position(slot)
        if view_row is not None:
            self.beginRemoveRows(QModelIndex(), view_row, view_row)
        if aliased:
            self._view = self._order = order
        else:
            self._order = order
            if view_row is not None:
                self._view = self._view[:view_row] + self._view[view_row + 1:]
        if view_row is not None:
            self.endRemoveRows()
        # The slot goes: every later slot moves up one. The rows on screen stay as they are.
        self._delete_slot(slot)
        aliased = self._view is self._order
        self._order = [j - (j > slot) for j in self._order]
        self._view = self._order if aliased else [j - (j > slot) for j in self._view]

    def _put_row(self, row: PortfolioRow) -> None:
        slot = self._slot_of(row.id)
        if slot is not None and self._rows[slot].code != row.code:
            slot = self._move_slot(slot, row.code)
        if slot is not None:
            self._set_slot(slot, row)
            self._reposition(slot, placed=True)
            return
        slot = self._insert_slot(row)
        # Later slots move down one; the rows on screen stay as they are.
        aliased = self._view is self._order
        self._order = [j + (j >= slot) for j in self._order]
        self._view = self._order if aliased else [j + (j >= slot) for j in self._view]
        self._reposition(slot, placed=False)

    def _move_slot(self, slot: int, code: str) -> int:
        """A project whose code changed moves to its new slot in code order, with the data it has;
        the rows on screen stay as they are. Returns the new slot."""
        new = bisect_left(self._rows, code, key=_BY_CODE)
        new -= new > slot  # counted without the row itself
        for values in self._slot_lists():
            values.insert(new, values.pop(slot))
        self._row_of_id = None

        def moved(j: int) -> int:
            if j == slot:
                return new
            j -= j > slot
            return j + (j >= new)

        aliased = self._view is self._order
        self._order = [moved(j) for j in self._order]
        self._view = self._order if aliased else [moved(j) for j in self._view]
        return new

    def _view_position(self, slot: int) -> int | None:
        try:
            return self._view.index(slot)
        except ValueError:
            return None

    def _reposition(self, slot: int, *, placed: bool) -> None:
        """Put the slot, whose row and keys are new, where the sort and the filter now want it,
        telling the view: dataChanged in place, a move, an insertion or a removal. `placed`: the
        slot is in the sort order already (where its old row was)."""
        aliased = self._view is self._order
        order = list(self._order)
        old_row = None
        if placed:
            position = order.index(slot)
            del order[position]
            old_row = position if aliased else self._view_position(slot)
        position = self._position_in(order, slot)
        order.insert(position, slot)
        if aliased:
            view, new_row = order, position
        else:
            view = list(self._view)
            if old_row is not None:
                del view[old_row]
            new_row = None
            if self._filtered([slot]):
                new_row = self._position_in(view, slot)
                view.insert(new_row, slot)

        def commit() -> None:
            self._order, self._view = order, view

        if old_row is not None and new_row is not None:
            if old_row != new_row:
                # Qt counts the destination before the row leaves: one further down when moving down.
                self.beginMoveRows(QModelIndex(), old_row, old_row, QModelIndex(), new_row + (new_row > old_row))
                commit()
                self.endMoveRows()
            else:
                commit()
            self.dataChanged.emit(self.createIndex(new_row, 0), self.createIndex(new_row, len(COLUMNS) - 1))
        elif old_row is not None:
            self.beginRemoveRows(QModelIndex(), old_row, old_row)
            commit()
            self.endRemoveRows()
        elif new_row is not None:
            self.beginInsertRows(QModelIndex(), new_row, new_row)
            commit()
            self.endInsertRows()
        else:
            commit()

    def _position_in(self, order: list[int], slot: int) -> int:
        """Where `slot` goes in `order` (slots in the current sort order, without it), as
        _sorted would place it: by its key, equal keys by slot (Python's sort is stable, also in
        reverse). A binary search: 17 comparisons at 100,000 rows."""
        column = self._sort_column
        keys = self._sort_keys.get(column) if 0 <= column < len(COLUMNS) else None
        descending = self._sort_order == Qt.SortOrder.DescendingOrder and keys is not None
        key = keys[slot] if keys is not None else None
        low, high = 0, len(order)
        while low < high:
            middle = (low + high) // 2
            other = order[middle]
            if keys is None:
                before = other < slot
            elif descending:
                before = key < keys[other] or (not keys[other] < key and other < slot)
            else:
                before = keys[other] < key or (not key < keys[other] and other < slot)
            if before:
                low = middle + 1
            else:
                high = middle
        return low

    # All at once: one reset.

    def _update_all(self, fresh: list[PortfolioRow], gone: set[int]) -> None:
        """Many projects changed: their slots change in place, then the sort and the filter are
        computed again from the keys there are, in one reset."""
        self.beginResetModel()
        slot_of = self._id_index()
        deleted = [slot for slot in map(slot_of.get, gone) if slot is not None]
        added = []
        for row in fresh:
            slot = slot_of.get(row.id)
            if slot is None or self._rows[slot].code != row.code:
                added.append(row)  # new, or its code changed: it takes a slot in code order
                if slot is not None:
                    deleted.append(slot)
            else:
                self._set_slot(slot, row)
        for slot in sorted(deleted, reverse=True):
            self._delete_slot(slot)
        for row in added:
            self._insert_slot(row)
        self._order = self._sorted()
        self._view = self._filtered()
        self.endResetModel()

    # ------------------------------------------------------------ questions the window asks

    def row_at(self, view_row: int) -> PortfolioRow:
        return self._rows[self._view[view_row]]

    def rows(self) -> list[PortfolioRow]:
        """Every loaded row, filtered or not (the filter bar lists their partners)."""
        return self._rows

    def view_row_of(self, project_id: int) -> int | None:
        """Where the project is on screen, or None when it is filtered out or gone."""
        index = self._id_index().get(project_id)
        if index is None:
            return None
        try:
            return self._view.index(index)  # a C loop: about a millisecond at 100,000 rows
        except ValueError:
            return None

    def view_rows_of(self, project_ids: Iterable[int]) -> list[int]:
        """view_row_of for many projects at once, in view order; projects not on screen are left
        out."""
        return [row for start, stop in self.view_spans_of(project_ids) for row in range(start, stop)]

    def view_spans_of(self, project_ids: Iterable[int]) -> list[tuple[int, int]]:
        """Where the projects are on screen, as runs of consecutive view rows (start, stop), top
        to bottom; projects not on screen are left out."""
        wanted = project_ids if isinstance(project_ids, (set, frozenset)) else set(project_ids)
        if not wanted:
            return []
        return self._runs(map(wanted.__contains__, map(self._project_ids().__getitem__, self._view)))

    def keep(self, spans: Iterable[tuple[int, int]]) -> KeptRows | None:
        """The rows on view rows start to stop - 1 of each span, kept across a filter or a reload
        (a selection): see kept_spans. None when there are none."""
        spans = list(spans)
        if not spans:
            return None
        view, ids = self._view, self._project_ids()
        if spans == [(0, len(view))] and len(view) == len(ids):
            return KeptRows(ids, None)  # Ctrl+A with no filter: nothing to list
        rows: set[int] = set()
        for start, stop in spans:
            rows.update(view[start:stop])
        return KeptRows(ids, rows)

    def kept_spans(self, kept: KeptRows) -> list[tuple[int, int]]:
        """Where the kept rows are on screen now, as view_spans_of answers.

        While the same rows are loaded (a filter or a sort since), rows are compared by their
        place in the load, and a filter after Ctrl+A is one range without looking at a row. After
        a reload they are found by project id. With everything selected this took 70 ms at
        100,000 rows when ids were mapped to rows through a dictionary; now it takes 0 ms (all
        rows) or a few (some), because the loops left are C-level map() calls and a regular
        expression over one byte per view row."""
        if kept.ids is not self._ids:
            return self.view_spans_of(kept.ids if kept.rows is None else map(kept.ids.__getitem__, kept.rows))
        if kept.rows is None:
            return [(0, len(self._view))] if self._view else []
        return self._runs(map(kept.rows.__contains__, self._view))

    @staticmethod
    def _runs(flags: Iterable[bool]) -> list[tuple[int, int]]:
        """The runs of true flags (one per view row) as (start, stop) spans."""
        packed = bytes(flags)
        if b"\x00" not in packed:
            return [(0, len(packed))] if packed else []
        return [run.span() for run in _RUNS.finditer(packed)]

    def ids_in_spans(self, spans: Iterable[tuple[int, int]]) -> list[int]:
        """The projects on view rows start to stop - 1 of each span, in view order and each once
        (spans may overlap)."""
        ids, view = self._project_ids(), self._view
        found: list[int] = []
        end = 0
        for start, stop in sorted(spans):
            start = max(start, end)
            if start < stop:
                found.extend(map(ids.__getitem__, view[start:stop]))
                end = stop
        return found

    def row_selection(self, spans: Iterable[tuple[int, int]]) -> QItemSelection:
        """Whole view rows start to stop - 1 of each span, one selection range per span. The
        indexes come from createIndex: index() would ask rowCount() and columnCount() in Python
        for each (a third of the time with 13,000 ranges)."""
        selection = QItemSelection()
        last, create, append = len(COLUMNS) - 1, self.createIndex, selection.append
        for start, stop in spans:
            append(QItemSelectionRange(create(start, 0), create(stop - 1, last)))
        return selection

    def _project_ids(self) -> list[int]:
        """Each loaded row's project id, in load order."""
        if self._ids is None:
            self._ids = [row.id for row in self._rows]
        return self._ids

    def _id_index(self) -> dict[int, int]:
        if self._row_of_id is None:
            self._row_of_id = {row.id: index for index, row in enumerate(self._rows)}
        return self._row_of_id

    def id_of_code(self, code: str) -> int | None:
        return next((row.id for row in self._rows if row.code == code), None)

    def visible_count(self) -> int:
        return len(self._view)

    def total_count(self) -> int:
        return len(self._rows)

    # ------------------------------------------------------------ QAbstractTableModel

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == _DISPLAY:
            return QCoreApplication.translate("PortfolioColumns", COLUMNS[section].title)
        if role == _TOOLTIP:
            return QCoreApplication.translate("PortfolioColumns", COLUMNS[section].header_tip)
        if role == _ALIGN:
            return self._alignments[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._text[column][self._view[index.row()]]
        if role == _ALIGN:
            return self._alignments[column]
        row = self._rows[self._view[index.row()]]
        if role == _FOREGROUND:
            if row.overdue_count and column in _EVALUATION_COLUMNS:
                return self._overdue_colour
        elif role == _FONT:
            if row.overdue_count and column in _EVALUATION_COLUMNS:
                return self._bold
            if row.is_demo and column == _CODE:
                return self._italic
        elif role == _DECORATION:
            if row.overdue_count and column == _STATUS:
                return self._warning_icon
        elif role == _TOOLTIP:
            tip = COLUMNS[column].tooltip
            return tip(row, self.formats) if tip is not None else None
        elif role == ProjectIdRole:
            return row.id
        elif role == ProjectCodeRole:
            return row.code
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # Precomputed: Qt asks this per cell in some selection code paths, and OR-ing Python
        # enum flags on each call costs about 2 µs.
        return _FLAGS if index.isValid() else _NO_FLAGS
