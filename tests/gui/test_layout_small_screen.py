"""The main window on a small screen: at 1024x700 (and 1366x768) every menu, the filter bar, the
table, the summary and the status bar's counts are on screen and not cut; every menu command has
its own mnemonic."""

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]

SIZES = [(1024, 700), (1366, 768)]


def rect_in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def whole_and_visible(widget: QWidget) -> bool:
    """Shown, and its whole rectangle inside the window's (not cut by its edge)."""
    return widget.isVisible() and widget.window().rect().contains(rect_in_window(widget))


def menus(window) -> list[QMenu]:
    return [a.menu() for a in window.menuBar().actions() if a.menu() is not None]


@pytest.mark.parametrize("size", SIZES)
def test_every_part_of_the_main_window_is_reachable(qtbot, window, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    bar = window.menuBar()
    for action in bar.actions():
        # Each menu's title is in the bar itself, not pushed into an overflow "»" button.
        assert bar.rect().contains(bar.actionGeometry(action)), action.text()
    filters = window.portfolio.filters
    for widget in (filters.search, filters.stage, filters.region, filters.partner, filters.modality, filters.outcome,
                   filters.overdue, filters.reset_button):
        assert whole_and_visible(widget), widget.accessibleName() or widget.objectName() or type(widget).__name__
        assert widget.width() >= widget.minimumSizeHint().width()  # not squeezed below what its text needs
    table = window.portfolio.table
    assert whole_and_visible(table) and table.height() >= 12 * table.verticalHeader().defaultSectionSize()
    assert whole_and_visible(window.portfolio.summary) and window.portfolio.summary.height() > 40
    assert whole_and_visible(window.counts) and window.counts.text() == "5 projects"
    tabs = window.tabs.tabBar()
    for index in range(tabs.count()):
        assert tabs.rect().contains(tabs.tabRect(index))
    for toolbar in window.findChildren(QToolBar):  # none today; one added later must not overflow
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible(), toolbar.windowTitle()


def test_the_dashboard_fits_at_1024x700(qtbot, window):
    window.resize(1024, 700)
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(lambda: window.dashboard.isVisible())
    for child in window.dashboard.findChildren(QWidget):
        if child.isVisibleTo(window.dashboard) and child.parent() is window.dashboard:
            assert window.dashboard.rect().contains(QRect(child.pos(), child.size())), type(child).__name__


def test_a_window_larger_than_the_screen_is_brought_onto_it(qtbot, window):
    available = window.screen().availableGeometry()
    window.resize(available.width() + 400, available.height() + 300)
    window.move(available.left() + 200, available.top() + 200)
    window.fit_on_screen()
    frame = window.frameGeometry()
    assert available.contains(frame), (frame, available)


def test_every_menu_command_has_a_mnemonic_of_its_own(window):
    def mnemonic(text: str) -> str | None:
        at = text.replace("&&", "").find("&")
        return text.replace("&&", "")[at + 1].lower() if at >= 0 else None

    titles = [mnemonic(a.text()) for a in window.menuBar().actions()]
    assert None not in titles and len(set(titles)) == len(titles), [a.text() for a in window.menuBar().actions()]
    for menu in menus(window):
        commands = [a for a in menu.actions() if not a.isSeparator()]
        letters = [mnemonic(a.text()) for a in commands]
        missing = [a.text() for a, letter in zip(commands, letters) if letter is None]
        assert not missing, f"{menu.title()}: {missing} have no mnemonic"
        assert len(set(letters)) == len(letters), f"{menu.title()}: {[a.text() for a in commands]} share a mnemonic"


def test_on_first_start_the_whole_window_title_bar_included_is_on_the_screen(qtbot, window):
    available = window.screen().availableGeometry()
    qtbot.waitUntil(lambda: available.contains(window.frameGeometry()), timeout=3000)
    assert window.width() >= available.width() - 40  # and it still uses the screen's width


def test_menus_are_in_their_order_whatever_their_words(window):
    """The Reports and Tools menus go before Help, and the import and package commands into
    File, found as built rather than by their English names (a translation changes those)."""
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Reports", "Tools", "Help"]
    file_commands = [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]
    assert file_commands.index("Import…") < file_commands.index("Save a Backup Copy…")
    assert file_commands.index("Resolve Conflicts…") < file_commands.index("Quit") == len(file_commands) - 1
