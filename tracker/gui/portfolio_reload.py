"""Reading the portfolio again without freezing the window: after a save, only the projects it
changed are read, on the worker thread (a read-only QueryOp), and their rows change in place in
the table; when what changed is not known, the whole list is read there instead.

At 100,000 projects reading the whole list takes 1-1.7 s and preparing it for the table (display
texts, search text, sort order) 0.6 s: both run on the worker thread, and the UI thread only puts
the prepared lists in place. Reading one project takes about a millisecond and putting it in place
a few (docs/performance.md). When a large database is opened, the first screen of rows in the
remembered sort order is read at once with one bounded statement and shown; the whole list
follows from the worker thread and replaces it. Reads are numbered when asked for: an answer
never replaces what a read asked for later has shown."""

from __future__ import annotations

from collections.abc import Collection
from contextlib import nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from tracker.domain.classifications import Region
from tracker.gui import errors
from tracker.gui.portfolio_columns import COLUMNS
from tracker.gui.portfolio_load import PreparedRows, prepare_rows, sort_orders
from tracker.gui.workers import QueryOp
from tracker.store.queries import (
    FIRST_ROWS_SORTS,
    ROWS_OF_MAX,
    PortfolioRow,
    portfolio_first_rows,
    portfolio_rows,
    portfolio_rows_of,
    portfolio_size_at_least,
)
from tracker.store.sql import side_by_side_sorts

if TYPE_CHECKING:
    from tracker.gui.portfolio_view import PortfolioView


@dataclass(frozen=True)
class Changed:
    """The projects an action changed (created, updated or deleted), by id or by code."""

    ids: frozenset[int] = frozenset()
    codes: frozenset[str] = frozenset()

    @classmethod
    def of(cls, ids: Collection[int] = (), codes: Collection[str] = ()) -> Changed:
        return cls(frozenset(ids), frozenset(codes))

    def __bool__(self) -> bool:
        return bool(self.ids or self.codes)


NOTHING = Changed()

# From this many projects, opening a database shows the first screen of rows first and reads the
# whole list on the worker thread; a smaller list is read whole at once (under 2,000 projects that
# takes under 30 ms, and the rows are there as soon as the window is built, as tests rely on).
LAZY_FROM = 2_000
# Rows of the first screen: more than a full-height window shows on a large screen.
FIRST_SCREEN_ROWS = 100
# The page cache (KiB) while the whole project table is scanned (side_by_side_sorts).
SCAN_CACHE_KIB = 2_000
# After a save changed rows in place, the sort orders of a large list are computed again on the
# worker thread once no save has come for this long (a burst of saves computes them once).
SORT_ORDERS_DELAY_MS = 2_000


def changes_of(result: object) -> Changed | None:
    """What the result of an import, a merge or a re-plan says it changed: the projects it lists in
    `changed_project_ids` and `changed_project_codes` when it has them; NOTHING when its counts
    say nothing was written; None (read everything) otherwise."""
    ids = getattr(result, "changed_project_ids", None)
    codes = getattr(result, "changed_project_codes", None)
    if ids is not None or codes is not None:
        return Changed.of(ids or (), codes or ())
    if getattr(result, "dry_run", False) or getattr(result, "already_merged", False):
        return NOTHING
    counts = [getattr(result, name, None) for name in ("created", "updated", "deleted", "changed_projects")]
    counted = [count for count in counts if isinstance(count, int)]
    if counted and not any(counted) and not getattr(result, "conflicts", None):
        return NOTHING
    return None


class PortfolioReader(QObject):
    """Reads the portfolio for one PortfolioView: all of it, or the projects a save changed."""

    shown = Signal()  # an answer is in the table (MainWindow relays it as `reloaded`)
    hidden_by_filters = Signal(str)  # the code of a project just saved that the filters hide
    sort_orders_ready = Signal()  # every column's sort orders are computed (a large list)

    def __init__(self, view: PortfolioView) -> None:
        super().__init__(view)
        self.view = view
        self._asked = 0  # the number of the latest read asked for
        self._whole_shown = 0  # the number of the latest read of the whole list shown
        self._row_shown: dict[int, int] = {}  # project id -> number of the read that showed it since
        # View > Show Archived Projects: archived projects are read (and shown in grey) or left
        # out, in which case a project just archived is read as gone.
        self.include_archived = False
        self._ordering = False  # a column's sort orders are being computed on the worker
        self._orders_later = QTimer(self)
        self._orders_later.setSingleShot(True)
        self._orders_later.setInterval(SORT_ORDERS_DELAY_MS)
        self._orders_later.timeout.connect(self._next_sort_orders)

    # ------------------------------------------------------------ asking

    def load_now(self) -> None:
        """A database was just opened: show its list as soon as possible. A small list (under
        LAZY_FROM projects) is read whole here; a large one's first screen, in the table's sort,
        is read here with one bounded statement and shown (the table says it is loading), and
        the whole list is read on the worker thread once that screen is painted, and replaces
        it. Answers of reads asked for before are dropped."""
        self._asked += 1
        number = self._asked
        archived = self.include_archived
        if not portfolio_size_at_least(LAZY_FROM, include_archived=archived):
            self._show_all(number, portfolio_rows(include_archived=archived), None)
            return None
        self._whole_shown = number  # older answers are dropped from now on; this number's is awaited
        self._row_shown.clear()
        self.view.show_first_screen(self._first_screen(archived))
        # Not before the first screen is painted: the worker's Python holds the interpreter lock
        # most of the time, and each of the paint's calls into the model would wait for it (the
        # first paint took 0.5 s instead of 0.05 s with the read started at once).
        self.view.after_first_paint(lambda: self._read_whole(number, None) if number == self._asked else None)

    def _first_screen(self, archived: bool) -> list[PortfolioRow]:
        """The first FIRST_SCREEN_ROWS rows in the table's sort order. A column SQL cannot order
        as the table does (partners, evaluation status: portfolio_first_rows) gives the first
        rows in code order, which the table sorts among themselves until the whole list is in."""
        column, order = self.view.model.sort_state()
        key = COLUMNS[column].key if 0 <= column < len(COLUMNS) else "code"
        if key not in FIRST_ROWS_SORTS:
            return portfolio_first_rows("code", limit=FIRST_SCREEN_ROWS, include_archived=archived)
        # Regions sort by their names in the user's language, as the column's key does.
        ranks = {region.value: rank for rank, region in enumerate(sorted(Region, key=lambda r: r.label.casefold()))} if key == "region" else None
        # Another column than the code is sorted from a scan of the whole table: kept out of the
        # UI connection's page cache, which stays open (30 MB at 100,000 projects).
        with side_by_side_sorts(SCAN_CACHE_KIB) if key != "code" else nullcontext():
            return portfolio_first_rows(key, descending=order == Qt.SortOrder.DescendingOrder, limit=FIRST_SCREEN_ROWS,
                                        ranks=ranks, include_archived=archived)

    def read_all(self, select_code: str | None = None) -> QueryOp[PreparedRows]:
        """Read the whole list on the worker thread and prepare it for the table there, then
        show it; the window stays usable and shows what it had until then."""
        self._asked += 1
        return self._read_whole(self._asked, select_code)

    def _read_whole(self, number: int, select_code: str | None) -> QueryOp[PreparedRows]:
        archived = self.include_archived
        model = self.view.model
        locale, (column, order) = model.locale, model.sort_state()

        def read() -> PreparedRows:
            # The scan reads every page of the project table once, on the worker's connection,
            # which is closed after the read: the usual 64 MB page cache would only add 30 MB to
            # the peak at 100,000 projects (the pages come from the system's cache anyway).
            with side_by_side_sorts(SCAN_CACHE_KIB):
                rows = portfolio_rows(include_archived=archived)
            return prepare_rows(rows, locale, column, order)

        return QueryOp(self.view, read,
                       success=lambda prepared: self._show_all(number, prepared, select_code),
                       failure=lambda exc: self._failed(number, exc)).run()

    def read_changed(self, changed: Changed | None, select_code: str | None = None) -> QueryOp[PreparedRows] | QueryOp[list[PortfolioRow]] | None:
        """Read the projects `changed` names on the worker thread and change their rows in place;
        None (unknown) reads everything, NOTHING reads nothing (and returns None)."""
        if changed is None:
            return self.read_all(select_code)
        if not changed:
            return None
        model = self.view.model
        # The rows loaded under those codes are asked for by id too: one not found was deleted.
        ids = set(changed.ids) | {i for i in map(model.id_of_code, changed.codes) if i is not None}
        codes = set(changed.codes)
        if len(ids) + len(codes) > ROWS_OF_MAX:
            return self.read_all(select_code)
        self._asked += 1
        number = self._asked
        archived = self.include_archived
        return QueryOp(self.view, lambda: portfolio_rows_of(ids, codes, include_archived=archived),
                       success=lambda rows: self._show_some(number, ids, rows, select_code),
                       failure=lambda exc: self._failed(number, exc)).run()

    # ------------------------------------------------------------ showing (on the UI thread)

    def _failed(self, number: int, exc: BaseException) -> None:
        """A read failed: said as any error, unless a read asked for since supersedes it (another
        database was opened meanwhile, and this read met the old one closing)."""
        if number == self._asked:
            self.view.whole_read_failed()
            errors.show_error(self.view, exc)

    def _show_all(self, number: int, rows: list[PortfolioRow] | PreparedRows, select_code: str | None) -> None:
        if number < self._whole_shown:
            return  # a later read of the whole list is shown already
        if self._row_shown and number < max(self._row_shown.values()):
            # A later read of some projects was shown first: cannot happen while reads run in turn
            # on the one worker, but an older list must not put their older rows back.
            self.read_all(select_code)
            return
        self._whole_shown = number
        self._row_shown.clear()
        if isinstance(rows, PreparedRows):
            self.view.set_prepared(rows)
        else:
            self.view.set_rows(rows)
        self._after(select_code, select=True)
        self._next_sort_orders()

    def _show_some(self, number: int, asked: set[int], rows: list[PortfolioRow], select_code: str | None) -> None:
        if number < self._whole_shown:
            return  # the whole list, read later, is shown already
        shown = self._row_shown
        fresh = [row for row in rows if shown.get(row.id, 0) < number]
        found = {row.id for row in rows}
        gone = [i for i in asked if i not in found and shown.get(i, 0) < number]
        new = select_code is not None and self.view.model.id_of_code(select_code) is None
        for project_id in (*found, *gone):
            shown[project_id] = max(shown.get(project_id, 0), number)
        self.view.update_rows(fresh, gone)
        self._orders_later.start()  # rows moved: the orders computed before were dropped
        # A project just created is selected; an edited one keeps the selection as it is.
        self._after(select_code, select=new)

    def _next_sort_orders(self) -> None:
        """Compute the sort orders of the next column that lacks them, on the worker thread, one
        column at a time (50-150 ms each at 100,000 rows), so that a read asked for meanwhile
        waits for one column at most. A large list only: a small one sorts in no time."""
        model = self.view.model
        if self._ordering or model.total_count() < LAZY_FROM or model.is_loading():
            return
        missing = model.missing_sort_orders()
        if not missing:
            self.sort_orders_ready.emit()
            return
        self._ordering = True
        column, rows = missing[0], model.rows()

        def computed(orders: tuple[Any, Any]) -> None:
            self._ordering = False
            if model.set_sort_orders(rows, column, *orders):
                self._next_sort_orders()
            else:  # the rows changed meanwhile: their own orders, a little later
                self._orders_later.start()

        def failed(exc: BaseException) -> None:
            self._ordering = False  # sorting computes its order itself, as before

        QueryOp(self.view, lambda: sort_orders(rows, column), success=computed, failure=failed).run()

    def _after(self, select_code: str | None, *, select: bool) -> None:
        self.shown.emit()
        if select_code is None:
            return
        model = self.view.model
        project_id = model.id_of_code(select_code)
        if project_id is None:
            return
        on_screen = self.view.select_project(project_id) if select else model.view_row_of(project_id) is not None
        if not on_screen:
            self.hidden_by_filters.emit(select_code)
