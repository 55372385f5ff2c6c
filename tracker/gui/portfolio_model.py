"""Table model of the portfolio: sorts and filters in the model itself.

The model keeps every row the store returned plus a view: the list of row indices on screen, in
order. Sorting sorts indices by precomputed keys; filtering is a list comprehension over
precomputed, case-folded search text. A QSortFilterProxyModel took 16 s to sort 100,000 rows
here; this takes well under a second (bench/bench_portfolio_table.py, docs/performance.md)."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import islice
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
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from tracker.domain.classifications import (
    FundingModality,
    Region,
    Stage,
    StrategicObjective,
)
from tracker.domain.collector import collector_paused
from tracker.domain.project import DISPLAY_CODE_WIDTH, display_code
from tracker.gui.formats import Formats
from tracker.gui.portfolio_columns import COLUMN_INDEX, COLUMNS
from tracker.gui.portfolio_load import PreparedRows, SearchText, prepare_rows, search_text, sorted_slots
from tracker.gui.portfolio_updates import RowUpdates
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
# The roles data() answers; the delegate asks about seven per cell at each repaint, and the others
# (check state, background...) are turned away before any other work.
_ROLES = frozenset({_DISPLAY, _ALIGN, _TOOLTIP, _FOREGROUND, _FONT, _DECORATION, ProjectIdRole, ProjectCodeRole})

SEARCH_TEXT_DELAY_MS = 250

# A partner filter value that selects the ILO's regular budget, which has no partner code.
REGULAR_BUDGET = "@rbtc"

def _code_of(row: PortfolioRow) -> str:
    return row.code


# Runs of wanted rows in a byte string of one flag per view row (view_spans_of).
_RUNS = re.compile(b"\x01+")


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


class PortfolioModel(RowUpdates, QAbstractTableModel):
    """Every loaded row, sorted and filtered here; rows read again after a save change in place
    (update_rows, from RowUpdates)."""

    # After update_rows: the counts, the summary of the selected project and the partner list may
    # have changed (rows changed in place send dataChanged, rowsInserted... but not a reset).
    rows_updated = Signal()

    def __init__(self, parent: Any = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.formats = Formats(locale)
        self._rows: list[PortfolioRow] = []
        self._by_code: bool | None = True  # whether the rows are in code order; None: not checked yet
        self._text: list[list[str]] = [[] for _ in COLUMNS]  # column-major display text
        self._search: SearchText | None = SearchText()
        self._row_of_id: dict[int, int] | None = None  # built after the first paint, or when asked
        self._ids: list[int] | None = None
        self._sort_keys: dict[int, list[Any]] = {}  # the sort column's keys, kept in step by update_rows
        # Every slot sorted by a column, ascending or descending, computed on the worker thread
        # after a large list is shown (set_sort_orders) or by an earlier sort; dropped when rows
        # change (update_rows), since slots move.
        self._orders: dict[tuple[int, Qt.SortOrder], array[int]] = {}
        self._sort_column = _CODE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] = []  # every row, in the current sort order
        self._view: list[int] = []  # the rows that pass the filter, in that order
        self._filter = PortfolioFilter()
        # The first screen of a large list, shown while the whole list is read (set_first_screen):
        # the sort it was read in, or None once the whole list is in.
        self._first_screen_sort: tuple[int, Qt.SortOrder] | None = None
        self._alignments = [_RIGHT if c.numeric else _LEFT for c in COLUMNS]
        palette = QGuiApplication.palette()
        dark = palette.base().color().lightness() < 128
        self._overdue_colour = QColor("#ff8a80" if dark else "#b71c1c")
        # Archived projects (listed with View > Show Archived Projects) are greyed out.
        self._archived_colour = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
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
        self.set_prepared(prepare_rows(rows, self._locale, self._sort_column, self._sort_order, whole=False))

    def set_first_screen(self, rows: list[PortfolioRow], sort: tuple[int, Qt.SortOrder] | None = None) -> None:
        """Show the first screen of a large list (portfolio_first_rows, read in the sort `sort`,
        default the current one) until the whole list replaces it (set_rows, set_prepared). Until
        then is_loading() is true, and a sort or a filter other than the one the rows were read
        in shows no row rather than a wrong answer drawn from these few: it applies to the
        whole list when it arrives."""
        self.set_prepared(prepare_rows(sorted(rows, key=_code_of), self._locale, self._sort_column, self._sort_order, whole=False))
        self._first_screen_sort = sort or (self._sort_column, self._sort_order)
        self.beginResetModel()
        self._view = self._filtered()
        self.endResetModel()

    @property
    def locale(self) -> QLocale | None:
        """The locale the model was made with (None: the default), for rows prepared elsewhere."""
        return self._locale

    def is_loading(self) -> bool:
        """Whether only the first screen of the list is in (set_first_screen)."""
        return self._first_screen_sort is not None

    def set_prepared(self, prepared: PreparedRows) -> None:
        """Show prepared rows (prepare_rows, computed on the worker thread for a large list),
        keeping the sort and the filter: the UI thread only puts the lists in place (and sorts
        again if the sort changed while they were prepared)."""
        # The load allocates hundreds of thousands of objects (texts, keys, temporary tuples)
        # while 100,000 rows stay alive: the cyclic garbage collector would walk those rows
        # again and again for nothing (measured: 0.29-0.40 s -> 0.23 s at 100,000 rows).
        with collector_paused():
            self._load(prepared)

    def _load(self, p: PreparedRows) -> None:
        self.beginResetModel()
        self._first_screen_sort = None
        self.formats = p.formats  # made for the locale of this load (it may have changed since the last)
        self._rows = p.rows
        # Display text once per cell, so that data() only indexes lists.
        self._text = p.text
        self._by_code = p.by_code  # None: checked when first needed (codes_in_order), not before the first paint
        self._search = p.search  # None: built after the first paint (below), or by the first search
        self._row_of_id = p.row_of_id
        self._ids = p.ids
        same_sort = (p.sort_column, p.sort_order) == (self._sort_column, self._sort_order)
        self._sort_keys = dict(p.sort_keys)  # keys of the column the rows were prepared in
        self._orders = {}
        self._order = p.order if same_sort and p.order is not None else self._sorted()
        self._view = self._filtered()
        self.endResetModel()
        if p.search is None:
            # The search text is not needed to paint: building it later takes 0.1 s (at 100,000
            # rows) off the first paint. By the time someone types, it is there.
            QTimer.singleShot(SEARCH_TEXT_DELAY_MS, self, self._after_first_paint)  # not after the model is gone

    def _after_first_paint(self) -> None:
        self._search_text()
        # For keeping selections across filters: 100,000 ids take 5 ms, their index 30 ms.
        self._project_ids()
        self._id_index()

    def _search_text(self) -> SearchText:
        """Code and title, plus partners and countries (codes and names), case-folded, per row.
        Partner and country lists repeat across projects: each is built once per value."""
        if self._search is None:
            self._search = search_text(self._rows)
        return self._search


    def set_filter(self, new: PortfolioFilter) -> None:
        old = self._filter
        if new == old:
            return
        self.beginResetModel()
        self._filter = new
        # Typing on: when every word typed before is part of a word typed now, the rows that pass
        # are among those on screen, so only those are searched (a few thousand after the second
        # letter rather than 100,000).
        narrower = replace(old, text=new.text) == new and self._first_screen_sort is None and all(
            any(word in later for later in new.text.casefold().split()) for word in old.text.casefold().split())
        self._view = self._filtered(self._view if narrower and self._view is not self._order else None)
        self.endResetModel()

    def current_filter(self) -> PortfolioFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column` (-1: back to code order). Persistent indexes, and so the selection,
        follow their rows."""
        if (column, order) == (self._sort_column, self._sort_order):
            # Already in that order (kept so by update_rows). QTableView.sortByColumn asks twice:
            # once through the header's sortIndicatorChanged, then again itself.
            return
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        kept = [(self._view[p.row()], p.column()) for p in persistent]
        self._order = self._sorted()
        self._view = self._filtered()
        if persistent:
            view = self._view
            rows = {row for row, _ in kept}  # a few rows (the selection's corners, the current one), each once
            if len(rows) > 16:
                position = {row: i for i, row in enumerate(view)}
            else:
                # view.index is a C loop: well under the dictionary's 40 ms at 100,000 rows.
                position = {row: view.index(row) for row in rows if row in view}
            # While loading, another sort than the first screen's shows no row: its indexes go.
            places = [(position.get(row), column) for row, column in kept]
            self.changePersistentIndexList(persistent, [QModelIndex() if place is None else self.index(place, column)
                                                        for place, column in places])
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _sorted(self) -> list[int]:
        count = len(self._rows)
        if not 0 <= self._sort_column < len(COLUMNS):
            return list(range(count))
        cached = self._orders.get((self._sort_column, self._sort_order))
        if cached is not None:
            return list(cached)
        keys = self._sort_keys.get(self._sort_column)
        if keys is None:
            # Only the sort column's keys are kept: 13 columns' keys would take some 45 MB at
            # 100,000 rows. update_rows finds a row's place with a few keys computed then.
            key = COLUMNS[self._sort_column].sort_key
            keys = [key(row) for row in self._rows]
            self._sort_keys = {self._sort_column: keys}
        order = sorted_slots(keys, self._sort_order)
        self._orders[(self._sort_column, self._sort_order)] = array("i", order)
        return order

    def missing_sort_orders(self) -> list[int]:
        """The columns whose sort orders are not computed yet (set_sort_orders)."""
        descending = Qt.SortOrder.DescendingOrder
        return [column for column in range(len(COLUMNS))
                if (column, Qt.SortOrder.AscendingOrder) not in self._orders or (column, descending) not in self._orders]

    def set_sort_orders(self, rows: list[PortfolioRow], column: int, ascending: array[int], descending: array[int]) -> bool:
        """Keep a column's sort orders (portfolio_load.sort_orders) computed from `rows`; False,
        and nothing kept, when the model's rows have changed since (update_rows, another load)."""
        if rows is not self._rows:
            return False
        self._orders[(column, Qt.SortOrder.AscendingOrder)] = ascending
        self._orders[(column, Qt.SortOrder.DescendingOrder)] = descending
        return True

    def _filtered(self, candidates: list[int] | None = None) -> list[int]:
        """The rows of `candidates` (default: every row, in the sort order) that pass the filter,
        in that order; with no filter, `candidates` itself."""
        f, rows, view = self._filter, self._rows, self._order if candidates is None else candidates
        if self._first_screen_sort is not None and (not f.is_empty() or self._first_screen_sort != (self._sort_column, self._sort_order)):
            return []  # only the first screen is in: its rows would be a wrong answer (set_first_screen)
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
                view = search.matching(word, view)
        return view

    # ------------------------------------------------------------ questions the window asks

    def row_at(self, view_row: int) -> PortfolioRow:
        return self._rows[self._view[view_row]]

    def rows(self) -> list[PortfolioRow]:
        """Every loaded row, filtered or not (the filter bar lists their partners)."""
        return self._rows

    def view_row_of(self, project_id: int) -> int | None:
        """Where the project is on screen, or None when it is filtered out or gone."""
        # _slot_of, not _id_index: after rows were added or removed in place the index would be
        # built again for one project (30-60 ms at 100,000 rows, against a millisecond).
        index = self._slot_of(project_id)
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
        # By bisection of the codes (the code column's texts): a generator over 100,000 rows took
        # 24 ms, and the window asks this two or three times for each save.
        codes = self._text[_CODE]
        if self._codes_in_order():
            slot = bisect_left(codes, code)
            found = slot < len(codes) and codes[slot] == code
        else:
            found = code in codes
            slot = codes.index(code) if found else 0
        return self._rows[slot].id if found else None

    def _code_slot(self, code: str) -> int:
        """Where a project with this code goes in the load: in code order (at the end when the
        rows did not come in code order)."""
        return bisect_left(self._text[_CODE], code) if self._codes_in_order() else len(self._rows)

    def _codes_in_order(self) -> bool:
        """Whether the rows are in code order, as portfolio_rows gives them: then a code is found
        by bisection. Checked once per load, since a caller may give them in another order (10-25
        ms at 100,000 rows, a C-level map; rows added in place keep the order)."""
        if self._by_code is None:
            codes = self._text[_CODE]
            self._by_code = all(map(str.__lt__, codes, islice(codes, 1, None)))
        return self._by_code

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
        # Display first, with as few calls into the bindings as can be: a repaint asks about a
        # thousand times. An invalid index (column -1) has no data.
        if role == _DISPLAY:
            column = index.column()
            if column < 0:
                return None
            text = self._text[column][self._view[index.row()]]
            # The code column's texts stay the whole codes: the rows are found by them (id_of_code).
            return display_code(text) if column == _CODE and len(text) > DISPLAY_CODE_WIDTH else text
        if role not in _ROLES:
            return None
        column = index.column()
        if column < 0:
            return None
        if role == _ALIGN:
            return self._alignments[column]
        row = self._rows[self._view[index.row()]]
        if role == _FOREGROUND:
            if row.archived:
                return self._archived_colour
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
