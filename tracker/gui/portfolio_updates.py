"""The portfolio table model's rows changed in place, after a save read some projects again
(PortfolioModel.update_rows): each changed row keeps every per-row list of the model in step and
tells the view what it did, so that the sort, the filter and the selection stay and the table is
not reset. Checked against a full reload by tests/gui/test_portfolio_update.py.

A mixin of PortfolioModel, kept apart because it changes for its own reasons; it works on the
model's lists (see PortfolioModel.__init__): rows and their display texts, search texts and sort
keys, one entry per loaded row (a "slot", in code order), and the sort order and the view, lists
of slots."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from tracker.domain.collector import collector_paused
from tracker.gui.portfolio_columns import COLUMNS, is_empty_key
from tracker.store.queries import PortfolioRow

# Up to this many changed projects, update_rows changes, moves, inserts and removes each row with
# its own signals, at 100,000 rows about 3 ms a project changed, 15 ms one added or removed (list
# copies and slot shifts); beyond it, the rows are put in place and the table is reset once, its
# sort and filter computed again from the keys already there (0.1 s for 17 projects).
ROW_BY_ROW_MAX = 16


class _Keys:
    """Sort keys computed when asked for, by slot: keys[slot]."""

    def __init__(self, key: Callable[[int], Any]) -> None:
        self._key = key

    def __getitem__(self, slot: int) -> Any:
        return self._key(slot)


class RowUpdates:
    """update_rows and what it needs; for PortfolioModel only."""

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
        with collector_paused():  # as in set_rows: every row stays alive, the collector would walk them for nothing
            self._rows = list(self._rows)  # the list set_rows was given stays as it was
            self._orders = {}  # slots move: orders computed before no longer hold
            # A new list: KeptRows of before this update find their rows by project id.
            self._ids = list(self._project_ids())
            if len(fresh) + len(gone_ids) <= ROW_BY_ROW_MAX:
                for project_id in gone_ids:
                    self._remove_row(project_id)
                for row in fresh:
                    self._put_row(row)
            else:
                self._update_all(fresh, gone_ids)
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
            self._search.set(slot, row)
        for index, keys in self._sort_keys.items():
            keys[slot] = COLUMNS[index].sort_key(row)

    def _insert_slot(self, row: PortfolioRow) -> int:
        """A new row takes its slot in code order (set_rows gets the rows by code), so that equal
        sort keys fall as a full reload would put them. Returns the slot."""
        slot = self._code_slot(row.code)
        self._rows.insert(slot, row)
        self._project_ids().insert(slot, row.id)
        for column, texts in zip(COLUMNS, self._text):
            texts.insert(slot, column.text(row, self.formats))
        if self._search is not None:
            self._search.insert(slot, row)
        for index, keys in self._sort_keys.items():
            keys.insert(slot, COLUMNS[index].sort_key(row))
        self._row_of_id = None  # rebuilt when next asked
        return slot

    def _delete_slot(self, slot: int) -> None:
        for values in self._slot_lists():
            del values[slot]
        self._row_of_id = None

    def _slot_lists(self) -> list[Any]:  # lists and arrays
        lists = [self._rows, self._project_ids(), *self._text, *self._sort_keys.values()]
        if self._search is not None:
            lists.extend(self._search.per_slot())
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
        new = self._code_slot(code)
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
        keys: Any = None
        if 0 <= column < len(COLUMNS):
            keys = self._sort_keys.get(column)
            if keys is None:
                # Sorted by an order computed on the worker: the few keys compared are computed here.
                sort_key, rows = COLUMNS[column].sort_key, self._rows
                keys = _Keys(lambda other: sort_key(rows[other]))
        descending = self._sort_order == Qt.SortOrder.DescendingOrder and keys is not None
        key = keys[slot] if keys is not None else None
        low, high = 0, len(order)
        while low < high:
            middle = (low + high) // 2
            other = order[middle]
            if keys is None:
                before = other < slot
            elif descending:
                # Empty cells stay last in descending order too (PortfolioModel._sorted).
                blank, other_blank = is_empty_key(key), is_empty_key(keys[other])
                if blank != other_blank:
                    before = blank
                else:
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
