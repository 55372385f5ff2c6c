"""The main window: assembles the tabs, menus and status bar, and persists its state. Actions and
menus are in actions.py, the File menu's work in file_commands.py.

Start-up: only what paints the window is imported here. The menus are built with their labels,
and each command imports its module when triggered (actions.command); the project editor loads
with the first editor opened, the dashboard just after the first paint (or when first asked for)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QTabWidget, QWidget

from tracker.gui import actions as window_actions
from tracker.gui import iati_menu, import_menu, package_menu, replan_command, reports_menu, rule_sets
from tracker.gui import settings as keys
from tracker.gui.editor import open_project_editor
from tracker.gui.portfolio_reload import Changed, PortfolioReader
from tracker.gui.portfolio_view import PortfolioView
from tracker.gui.settings import Settings
from tracker.store.database import database_label, database_path, is_demo_database, is_read_only

if TYPE_CHECKING:
    from tracker.gui.dashboard import DashboardWidget
    from tracker.gui.editor import ProjectEditor
    from tracker.gui.portfolio_load import PreparedRows
    from tracker.gui.workers import QueryOp
    from tracker.store.queries import PortfolioRow


class MainWindow(QMainWindow):
    # After every reload shown (F5, a save in the editor, an import, the demo, another database):
    # other tabs connect their own reload here, e.g. window.reloaded.connect(dashboard.reload).
    reloaded = Signal()
    # Built by actions.install; the import, package, report and Tools commands add theirs to them.
    file_menu: QMenu
    help_menu: QMenu
    tools_menu: QMenu

    def __init__(self, settings: Settings | None = None, locale: QLocale | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.portfolio = PortfolioView(self, locale)
        self.model = self.portfolio.model
        self.reader = PortfolioReader(self.portfolio)
        self.reader.shown.connect(self.reloaded)
        self.reader.hidden_by_filters.connect(
            lambda code: self.statusBar().showMessage(self.tr("{code} is saved; the filters hide it").format(code=code), 8000))
        # The central area is a tab widget; other views (the dashboard) are added as tabs:
        # window.tabs.addTab(widget, "Dashboard").
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.portfolio, self.tr("&Portfolio"))
        # The dashboard (its charts, QtCharts, its queries' module) is built just after the first
        # paint, or when first asked for (the `dashboard` property); an empty page holds its tab.
        self._dashboard: DashboardWidget | None = None
        self._first_paint_done = False
        self._dashboard_page = QWidget(self.tabs)
        self.tabs.addTab(self._dashboard_page, self.tr("&Dashboard"))
        # The dashboard's queries run when it is looked at, not on every reload of the table.
        self._dashboard_stale = True
        self.reloaded.connect(self._dashboard_changed)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_dashboard_if_shown())
        self.setCentralWidget(self.tabs)
        self.counts = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts)
        self.portfolio.counts_changed.connect(self._show_counts)
        self.portfolio.activated.connect(self.open_project)
        self.menu_actions = window_actions.install(self)
        self.import_actions = import_menu.install(self)
        self.package_actions = package_menu.install(self)
        self.iati_actions = iati_menu.install(self)  # File > Export IATI File…, Check IATI Publication…
        self.report_actions = reports_menu.install(self)
        self.replan_action = replan_command.install(self)  # Tools > Recompute Evaluation Plans…
        self.organisation_action = window_actions.install_organisation(self)  # Tools > Organisation Settings…
        self.rates_action = window_actions.install_rates(self)  # Tools > Exchange Rates…
        self.clusters_action = window_actions.install_clusters(self)  # Tools > Cluster Evaluations…
        self.rule_sets_action = rule_sets.install(self)  # Tools > Evaluation Rules…
        self._restore_state()
        self.database_changed()

    # ------------------------------------------------------------ the database and its rows

    def database_changed(self) -> None:
        """A database was opened: reload, retitle, remember it in Open Recent."""
        path = database_path()
        if path is not None and str(path) != ":memory:":
            self.settings.add_recent_file(path)
        read_only = self.tr(" (read-only)") if is_read_only() else ""
        name = path.name if path else database_label() or self.tr("no database")  # a server's address, without password
        demo = self.tr("Demo portfolio: ") if is_demo_database(path) else ""  # never taken for real data
        self.setWindowTitle(f"{demo}{name}{read_only} — tracker")
        self.setWindowFilePath(str(path) if path else "")
        # A small list is read here, before the window shows; a large one's first screen is, and the
        # whole list follows from the worker thread (the counts say "Loading projects…" meanwhile).
        self.reader.load_now()

    def reload(self, select_code: str | None = None) -> QueryOp[PreparedRows]:
        """Read the whole portfolio again on the worker thread (F5, or after work that does not
        say which projects it changed); the selection, sort and filters stay (or `select_code` is
        selected). The table shows what it had until the rows arrive (`reloaded`)."""
        return self.reader.read_all(select_code)

    def refresh(self, changed: Changed | None, select_code: str | None = None) -> QueryOp[PreparedRows] | QueryOp[list[PortfolioRow]] | None:
        """Read again the projects a save changed, on the worker thread, and change their rows in
        place (the sort, filters and selection stay; a project just created, `select_code`, is
        selected). None reads everything; nothing changed reads nothing."""
        return self.reader.read_changed(changed, select_code)

    @property
    def dashboard(self) -> DashboardWidget:
        """The Dashboard tab, built the first time it is needed (it is not needed to paint)."""
        if self._dashboard is None:
            from tracker.gui.dashboard import DashboardWidget

            dashboard = DashboardWidget(self)
            dashboard.project_activated.connect(self.open_project)
            self._dashboard = dashboard
            index, current = self.tabs.indexOf(self._dashboard_page), self.tabs.currentIndex()
            label = self.tabs.tabText(index)
            self.tabs.blockSignals(True)  # the same tab, another page: not a change of tab
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, dashboard, label)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            self._dashboard_page.deleteLater()
        return self._dashboard

    def _dashboard_changed(self) -> None:
        self._dashboard_stale = True
        self._refresh_dashboard_if_shown()

    def _refresh_dashboard_if_shown(self) -> None:
        if self._dashboard_stale and self.tabs.currentWidget() in (self._dashboard, self._dashboard_page):
            self.dashboard.reload()
            self._dashboard_stale = False

    def _show_counts(self, shown: int, total: int) -> None:
        if self.portfolio.is_loading():  # the first screen of a large list: the counts would be wrong
            failed = self.portfolio.load_failed
            self.counts.setText(self.tr("Not every project could be read (F5 reads them again)") if failed else self.tr("Loading projects…"))
            return
        fmt = self.model.formats
        # "(s)" and the count: tracker_en gives English "1 project", a translation its own forms.
        text = self.tr("{total} project(s)", "", total) if shown == total else self.tr("{shown} of {total} project(s)", "", total)
        self.counts.setText(text.format(shown=fmt.integer(shown), total=fmt.integer(total)))

    # ------------------------------------------------------------ commands the actions call

    def open_project(self, code: str | None) -> QWidget:
        """The project editor on `code` (None: a new project); its saves refresh the table."""
        editor = open_project_editor(self, code)
        # The editor says which project it saved: only that row is read again.
        editor.saved.connect(lambda saved_code: self.refresh(Changed.of(codes=[saved_code]), select_code=saved_code))
        return editor

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.portfolio)
        self.portfolio.filters.search.setFocus()
        self.portfolio.filters.search.selectAll()

    # ------------------------------------------------------------ state between sessions

    def _restore_state(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        self._fit_frame_on_show = geometry.isEmpty() or not self.restoreGeometry(geometry)
        if self._fit_frame_on_show:
            # First start: the whole available screen (a 1366x768 laptop needs every pixel for
            # thirteen columns), but not maximised, so the window manager's controls still work.
            # The title bar and borders come on top of this size: showEvent takes them off.
            screen = self.screen().availableGeometry()
            self.resize(max(screen.width(), 800), max(screen.height(), 600))
            self._first_start_size = self.size()
        state = self.settings.get(keys.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        self.portfolio.restore_state(self.settings)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._first_paint_done:
            self._first_paint_done = True
            # What the first screen does not show is prepared once it is painted.
            QTimer.singleShot(0, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self.isVisible():  # not for a window closed meanwhile
            self.dashboard  # noqa: B018 - built now, so the tab opens at once when clicked

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Only the size chosen above: a size asked for since (a screenshot's 1366x768) stays.
        if self._fit_frame_on_show and self.size() == self._first_start_size:
            self._fit_frame_on_show = False
            self._fit_tries = 20
            self._fit_when_framed()

    def _fit_when_framed(self) -> None:
        # The window manager adds its frame after the window is shown, a moment later: until
        # the frame is known (or a second has passed, e.g. with no frame at all) look again.
        self._fit_tries -= 1
        if self.frameGeometry() == self.geometry() and self._fit_tries > 0 and self.isVisible():
            QTimer.singleShot(50, self, self._fit_when_framed)
            return
        self.fit_on_screen()

    def fit_on_screen(self) -> None:
        """Keep the whole window, title bar and status bar included, on the screen's available
        area: at 1024x700 a window of the screen's size lost its status bar under the screen's
        edge once the window manager added its frame."""
        available = self.screen().availableGeometry()
        frame, inner = self.frameGeometry(), self.geometry()
        extra_width, extra_height = frame.width() - inner.width(), frame.height() - inner.height()
        width = min(inner.width(), available.width() - extra_width)
        height = min(inner.height(), available.height() - extra_height)
        if (width, height) != (inner.width(), inner.height()):
            self.resize(width, height)
        left = min(max(frame.left(), available.left()), available.right() + 1 - width - extra_width)
        top = min(max(frame.top(), available.top()), available.bottom() + 1 - height - extra_height)
        if (left, top) != (frame.left(), frame.top()):
            self.move(left, top)

    def save_state(self) -> None:
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.portfolio.save_state(self.settings)
        self.settings.sync()

    def _editors(self) -> list[ProjectEditor]:
        # No editor module loaded, no editor open: closing does not load the editor.
        window = sys.modules.get("tracker.gui.editor.window")
        return self.findChildren(window.ProjectEditor) if window is not None else []

    def closeEvent(self, event: QCloseEvent) -> None:
        # Open editors close first, each asking about its unsaved changes; one "Cancel" keeps
        # the app open.
        for editor in self._editors():
            if editor.isVisible() and not editor.close():
                event.ignore()
                return
        self.save_state()
        super().closeEvent(event)
