"""The portfolio tab: filter bar, table and summary of the selected project. Keeps the selection
(by project id) across sorting, filtering and reloading, and while rows change in place after a
save (portfolio_reload.py)."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QLocale, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import i18n
from tracker.gui import settings as keys
from tracker.gui.filter_bar import FilterBar
from tracker.gui.portfolio_columns import COLUMN_INDEX, COLUMNS
from tracker.gui.portfolio_load import PreparedRows
from tracker.gui.portfolio_model import (
    REGULAR_BUDGET,
    KeptRows,
    PortfolioModel,
    ProjectCodeRole,
    ProjectIdRole,
)
from tracker.gui.project_summary import ProjectSummary
from tracker.gui.settings import Settings
from tracker.store.queries import PortfolioRow

# After a large list's first screen, the whole list is read once the table has painted, or after
# this long if it is not shown by then.
FIRST_PAINT_WAIT_MS = 300

_SELECT_ROWS = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows


class PortfolioView(QWidget):
    activated = Signal(str)  # a project's code: Enter or a double-click on its row
    counts_changed = Signal(int, int)  # projects shown, projects loaded
    _loaded = False
    load_failed = False  # the rest of a large list could not be read (whole_read_failed)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.model = PortfolioModel(self, locale)
        self.filters = FilterBar(self)
        self.table = QTableView(self)
        self.summary = ProjectSummary(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.summary)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        line = self.fontMetrics().lineSpacing()
        self.splitter.setSizes([30 * line, 5 * line + 16])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)
        self._setup_table()
        self.empty_hint = EmptyPortfolioHint(self.table)
        self._kept: tuple[int | None, KeptRows | None] = (None, None)  # across a model reset

        self.filters.changed.connect(lambda: self.model.set_filter(self.filters.current_filter()))
        self.filters.search.leave.connect(self.focus_table)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.modelReset.connect(self._emit_counts)
        # Rows changed in place: the counts, and the summary of the selected project, follow.
        self.model.rows_updated.connect(self._emit_counts)
        self.model.rows_updated.connect(self._on_selection_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._activate)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setCornerButtonEnabled(False)
        # Fixed row heights: the view never measures 100,000 rows.
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        header = table.horizontalHeader()
        # The header asks the selection model, section by section at every repaint, whether the
        # whole column is selected; Qt 6.11 answers by calling flags() on every row. After
        # Ctrl+A on 100,000 rows that was 1.1 million Python calls, 4.6 s. The header highlights
        # nothing (below), so it gets a selection model of its own that stays empty.
        header.setSelectionModel(QItemSelectionModel(self.model, header))
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.default_widths()
        table.setSortingEnabled(True)

    def default_widths(self) -> None:
        """Widths from each column's sample text and its header, in the fonts in use; the title
        takes what is left (at 1366 pixels, about a third of the window)."""
        header = self.table.horizontalHeader()
        cells, titles = self.table.fontMetrics(), header.fontMetrics()
        bold_font = self.table.font()
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        icon = self.table.iconSize().width() if self.table.iconSize().isValid() else self.style().pixelMetric(self.style().PixelMetric.PM_SmallIconSize)
        # The delegate's text margins are about 2 x 3 pixels; a header also draws the sort arrow.
        padding = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 6
        for index, column in enumerate(COLUMNS):
            title = str(self.model.headerData(index, Qt.Orientation.Horizontal))
            sample = QCoreApplication.translate("PortfolioColumns", column.sample)  # in the language's words
            text = (bold if column.emphasis else cells).horizontalAdvance(sample) + (icon + 4 if column.icon else 0)
            width = max(text, titles.horizontalAdvance(title))  # the sort arrow may overlap a long title
            header.resizeSection(index, width + padding)
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.Interactive)

    def fit_titles(self) -> None:
        """Widen the columns narrower than their heading (the user's other widths, order and
        hidden columns stay)."""
        header = self.table.horizontalHeader()
        padding = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 6
        for index, column in enumerate(COLUMNS):
            needed = header.fontMetrics().horizontalAdvance(str(self.model.headerData(index, Qt.Orientation.Horizontal))) + padding
            if not column.stretch and header.sectionSize(index) < needed:
                header.resizeSection(index, needed)

    # ------------------------------------------------------------ rows and selection

    def set_rows(self, rows: list[PortfolioRow]) -> None:
        self._loaded = True  # an empty list from now on is an empty database, not one still being read
        self.filters.set_partners(rows)
        self.model.set_filter(self.filters.current_filter())  # cheap: no rows yet or same filter
        self.model.set_rows(rows)

    def show_first_screen(self, rows: list[PortfolioRow], sort: tuple[int, Qt.SortOrder] | None = None) -> None:
        """The first screen of a large list, until set_prepared brings the whole list
        (PortfolioModel.set_first_screen); the counts say it is still loading."""
        self._loaded = True
        self.load_failed = False
        self.filters.set_partners(rows)
        self.model.set_filter(self.filters.current_filter())
        self.model.set_first_screen(rows, sort)

    def after_first_paint(self, then: Callable[[], object]) -> None:
        """Call `then` once the table has painted (just after, from the event loop), or after
        FIRST_PAINT_WAIT_MS when it is not shown by then (a window built and not shown)."""
        done = False

        def once() -> None:
            nonlocal done
            if not done:
                done = True
                self.table.viewport().removeEventFilter(watcher)
                then()

        watcher = _PaintWatcher(self.table.viewport(), lambda: QTimer.singleShot(0, self, once))
        self.table.viewport().installEventFilter(watcher)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, once)

    def set_prepared(self, prepared: PreparedRows) -> None:
        """The whole list, prepared on the worker thread: in place of what is shown, keeping the
        sort, the filter, the selection and, after the first screen, the scroll position (the
        first screen's rows are the whole list's first rows)."""
        self._loaded = True
        self.filters.set_partner_list(prepared.partners, prepared.regular_budget)
        self.model.set_filter(self.filters.current_filter())
        bar = self.table.verticalScrollBar()
        position = bar.value() if self.model.is_loading() else None
        self.model.set_prepared(prepared)
        if position is not None:
            bar.setValue(position)

    def update_rows(self, fresh: list[PortfolioRow], gone: Collection[int] = ()) -> None:
        """Projects read again after a save change in place (PortfolioModel.update_rows); the
        partner filter is listed again (8-20 ms at 100,000 rows) only when a change may have
        brought or taken away a partner."""
        model = self.model
        relist = any(old is not None and (old.partners or old.regular_budget) for old in map(model.row_of_project, gone))
        relist = relist or any(self._changes_partners(model.row_of_project(row.id), row) for row in fresh)
        model.update_rows(fresh, gone)
        if relist:
            self.filters.set_partners(model.rows())

    def _changes_partners(self, old: PortfolioRow | None, new: PortfolioRow) -> bool:
        if old is not None:
            return (old.partners, old.regular_budget) != (new.partners, new.regular_budget)
        # A new project: does it bring a partner the list lacks?
        funders = new.partners.split(", ") if new.partners else []
        if new.regular_budget:
            funders.append(REGULAR_BUDGET)
        return any(self.filters.partner.findData(code) < 0 for code in funders)

    def current_row(self) -> PortfolioRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.row_at(index.row())

    def current_code(self) -> str | None:
        row = self.current_row()
        return row.code if row else None

    def selected_ids(self) -> list[int]:
        """The selected projects' ids, top to bottom."""
        return self.model.ids_in_spans(self._selected_spans())

    def _selected_spans(self) -> list[tuple[int, int]]:
        # From the selection's ranges, without a QModelIndex per selected row.
        return [(part.top(), part.bottom() + 1) for part in self.table.selectionModel().selection()]

    def select_project(self, project_id: int) -> bool:
        """Select the project alone and scroll to it; False when it is filtered out or gone."""
        row = self.model.view_row_of(project_id)  # not view_spans_of: a flag per row for one row
        self._select_spans([(row, row + 1)] if row is not None else [], project_id)
        return self.current_row() is not None and self.current_row().id == project_id  # type: ignore[union-attr]

    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            self.table.selectRow(0)

    def _remember_selection(self) -> None:
        current = self.current_row()
        self._kept = (current.id if current else None, self.model.keep(self._selected_spans()))

    def _restore_selection(self) -> None:
        current, selected = self._kept
        self._kept = (None, None)
        self._select_spans(self.model.kept_spans(selected) if selected is not None else [], current)
        # A reset clears the selection without a selectionChanged signal: the summary and the
        # Open Project action must hear that the project they show may be gone.
        self._on_selection_changed()

    def _select_spans(self, spans: list[tuple[int, int]], current: int | None) -> None:
        """Select the view rows of the spans (start, stop) and make the project `current` the
        current row if it is on screen."""
        model, selection_model = self.model, self.table.selectionModel()
        # Consecutive rows are one range: after Ctrl+A and a filter, the rows still shown are one
        # range, not 40,000, and one selectionChanged. The ranges span every column already, so
        # the Rows flag is left out: Qt widens each range again and merges them, quadratic in
        # their number (13,500 scattered ranges: 0.36 s with it, 1 ms without).
        selection_model.select(model.row_selection(spans), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        current_row = model.view_row_of(current) if current is not None else None
        if current_row is not None:
            index = model.index(current_row, max(self.table.currentIndex().column(), 0))
            selection_model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(index)

    def _on_selection_changed(self) -> None:
        # Counted from the ranges: selectedRows() would build 100,000 indexes after Ctrl+A.
        selected = sum(part.height() for part in self.table.selectionModel().selection())
        row = self.current_row() if selected == 1 else None
        self.summary.show_row(row, self.model.formats, selected)
        self.selection_changed.emit()

    def _activate(self, index: QModelIndex) -> None:
        code = self.model.data(index, ProjectCodeRole)
        if code:
            self.activated.emit(code)

    def activate_current(self) -> None:
        code = self.current_code()
        if code:
            self.activated.emit(code)

    def is_loading(self) -> bool:
        """Whether the table shows the first screen of a list still being read."""
        return self.model.is_loading()

    def whole_read_failed(self) -> None:
        """Reading the rest of a large list failed (the error was shown): the table keeps its
        first screen and says that the list is incomplete, until a read succeeds (F5)."""
        if self.model.is_loading():
            self.load_failed = True
            self._emit_counts()

    def _emit_counts(self) -> None:
        loading = self.model.is_loading()
        self.empty_hint.show_hint(loading=loading and self.model.visible_count() == 0,
                                  empty=self._loaded and not loading and self.model.total_count() == 0,
                                  failed=loading and self.load_failed)
        self.counts_changed.emit(self.model.visible_count(), self.model.total_count())

    # ------------------------------------------------------------ columns and persistence

    def _header_menu(self, position: QPoint) -> None:
        self.column_menu().popup(self.table.horizontalHeader().mapToGlobal(position))

    def column_menu(self) -> QMenu:
        """The header's context menu: a tick per column to show or hide it."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for index, column in enumerate(COLUMNS):
            action = menu.addAction(self.model.headerData(index, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.setEnabled(column.key != "code")  # a row must keep something to recognise it by
            action.toggled.connect(lambda on, i=index: header.setSectionHidden(i, not on))
        menu.addSeparator()
        menu.addAction(self.tr("Default column widths"), self.default_widths)
        return menu

    def restore_state(self, settings: Settings) -> None:
        header = self.table.horizontalHeader()
        state = settings.get(keys.PORTFOLIO_HEADER)
        if not state.isEmpty():
            if not header.restoreState(state):
                self.default_widths()
            elif settings.get(keys.PORTFOLIO_HEADER_LANGUAGE) != i18n.current_language():
                self.fit_titles()  # widths saved in another language: its headings had other widths
        splitter = settings.get(keys.PORTFOLIO_SPLITTER)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        column = COLUMN_INDEX.get(settings.get(keys.SORT_COLUMN), COLUMN_INDEX["code"])
        order = Qt.SortOrder.DescendingOrder if settings.get(keys.SORT_DESCENDING) else Qt.SortOrder.AscendingOrder
        self.table.sortByColumn(column, order)

    def save_state(self, settings: Settings) -> None:
        settings.set(keys.PORTFOLIO_HEADER, self.table.horizontalHeader().saveState())
        settings.set(keys.PORTFOLIO_HEADER_LANGUAGE, i18n.current_language())
        settings.set(keys.PORTFOLIO_SPLITTER, self.splitter.saveState())
        column, order = self.model.sort_state()
        settings.set(keys.SORT_COLUMN, COLUMNS[column].key if 0 <= column < len(COLUMNS) else "code")
        settings.set(keys.SORT_DESCENDING, order == Qt.SortOrder.DescendingOrder)


__all__ = ["PortfolioView", "ProjectCodeRole", "ProjectIdRole"]


class _PaintWatcher(QObject):
    """Calls `painted` at the first Paint event of the widget it watches."""

    def __init__(self, watched: QWidget, painted: Callable[[], object]) -> None:
        super().__init__(watched)
        self._painted: Callable[[], object] | None = painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._painted is not None:
            painted, self._painted = self._painted, None
            painted()
        return False


class EmptyPortfolioHint(QLabel):
    """What to do first, over the empty table of a database with no project to list: a first
    day starts on an empty database, and an empty grid says nothing about where to begin."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table.viewport())
        self.setObjectName("empty-portfolio-hint")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("color: gray;")
        self._empty = self.tr(
            "No projects to list.\n\n"
            "Edit > New Project… (Ctrl+N) creates one; File > Import… reads a workbook or an IATI file; "
            "File > Open Demo Portfolio shows an example portfolio in a database of its own; "
            "View > Show Archived Projects lists archived ones.\n\n"
            "Help > User Guide (F1) walks through an officer's first day.")
        self.setText(self._empty)
        table.viewport().installEventFilter(self)
        self.hide()

    def show_hint(self, *, loading: bool, empty: bool, failed: bool = False) -> None:
        """Say that the projects are still being read (a sort or filter asked for meanwhile
        applies when they are all in), or could not all be read, or what to do first in an empty
        database, or nothing."""
        if failed:
            self.setText(self.tr("Not every project could be read.\n\nRefresh (F5) reads the list again."))
            self.setVisible(loading)
            return
        if loading:
            self.setText(self.tr("Loading projects…\n\nThe sort and the filters apply when every project is read."))
        elif empty:
            self.setText(self._empty)
        self.setVisible(loading or empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            area = self.parentWidget().rect()
            self.setGeometry(area.adjusted(area.width() // 6, 0, -area.width() // 6, 0))
        return False
