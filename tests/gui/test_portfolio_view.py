"""The portfolio tab of the main window, driven as a user would: typing in the search box,
picking filters, clicking headers, pressing Enter."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QApplication

from tests.gui.factories import ALL_CODES, visible_codes
from tracker.domain.classifications import Stage
from tracker.domain.project import Project
from tracker.gui import main_window
from tracker.gui.portfolio_columns import COLUMN_INDEX
from tracker.store.database import database_label
from tracker.store.projects import save_project

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


def click_row(qtbot, window, code, modifier=Qt.KeyboardModifier.NoModifier):
    table = window.portfolio.table
    row = next(r for r in range(window.model.rowCount()) if window.model.row_at(r).code == code)
    rect = table.visualRect(window.model.index(row, COLUMN_INDEX["title"]))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click_header(qtbot, window, column):
    header = window.portfolio.table.horizontalHeader()
    section = COLUMN_INDEX[column]
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def pick(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def selected_codes(window):
    return sorted(window.model.row_at(i.row()).code for i in window.portfolio.table.selectionModel().selectedRows())


def test_the_window_lists_every_project_in_code_order(window, engine):
    assert visible_codes(window.model) == ALL_CODES
    assert window.counts.text() == "5 projects"
    # A file is named by its name, a server database by its address (without its password).
    name = "tracker.sqlite3" if engine == "sqlite" else database_label()
    assert window.windowTitle() == f"{name} — tracker"


def test_typing_in_the_search_box_filters_as_you_type(qtbot, window):
    search = window.portfolio.filters.search
    qtbot.keyClicks(search, "yo")
    assert visible_codes(window.model) == ["RER/40/01/EU", "SEN/20/01/LUX"]  # "Youth ..." in both titles
    qtbot.keyClicks(search, "uth sen")
    assert visible_codes(window.model) == ["SEN/20/01/LUX"]
    assert window.counts.text() == "1 of 5 projects"
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # Esc clears the search
    assert search.text() == "" and visible_codes(window.model) == ALL_CODES


def test_the_search_finds_partner_and_country_names(qtbot, window):
    qtbot.keyClicks(window.portfolio.filters.search, "european union")
    assert visible_codes(window.model) == ["RAF/40/01/EU", "RER/40/01/EU"]
    window.portfolio.filters.search.clear()
    qtbot.keyClicks(window.portfolio.filters.search, "ghana")  # GH
    assert visible_codes(window.model) == ["RAF/40/01/EU"]


def test_picking_a_stage_shows_only_that_stage(window):
    pick(window.portfolio.filters.stage, Stage.DESIGN.value)
    assert visible_codes(window.model) == ["GLO/40/01/RBT", "VNM/40/01/LUX"]
    pick(window.portfolio.filters.partner, "LUX")
    assert visible_codes(window.model) == ["VNM/40/01/LUX"]


def test_the_partner_filter_lists_partners_by_name_and_the_regular_budget(window):
    combo = window.portfolio.filters.partner
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All partners", "European Union (EU)", "Luxembourg (LUX)", "ILO RBTC (regular budget)"]
    pick(combo, combo.itemData(3))
    assert visible_codes(window.model) == ["GLO/40/01/RBT"]


def test_overdue_only_from_the_view_menu_and_the_check_box_are_one_switch(qtbot, window):
    window.menu_actions.overdue_only.trigger()
    assert window.portfolio.filters.overdue.isChecked()
    assert visible_codes(window.model) == ["SEN/20/01/LUX"]
    qtbot.mouseClick(window.portfolio.filters.overdue, Qt.MouseButton.LeftButton)
    assert not window.menu_actions.overdue_only.isChecked()
    assert visible_codes(window.model) == ALL_CODES


def test_reset_filters_shows_every_project_again(qtbot, window):
    qtbot.keyClicks(window.portfolio.filters.search, "youth")
    pick(window.portfolio.filters.stage, Stage.APPROVED.value)
    window.menu_actions.overdue_only.trigger()
    assert visible_codes(window.model) == []
    window.menu_actions.reset_filters.trigger()
    assert visible_codes(window.model) == ALL_CODES
    assert not window.menu_actions.overdue_only.isChecked() and window.portfolio.filters.search.text() == ""


def test_clicking_a_header_sorts_and_the_selected_project_stays_selected(qtbot, window):
    click_row(qtbot, window, "RER/40/01/EU")
    assert window.portfolio.current_code() == "RER/40/01/EU"
    click_header(qtbot, window, "budget")
    assert visible_codes(window.model) == ["GLO/40/01/RBT", "VNM/40/01/LUX", "SEN/20/01/LUX", "RER/40/01/EU", "RAF/40/01/EU"]
    click_header(qtbot, window, "budget")  # again: descending
    assert visible_codes(window.model)[0] == "RAF/40/01/EU"
    assert window.portfolio.current_code() == "RER/40/01/EU"
    assert selected_codes(window) == ["RER/40/01/EU"]


def test_a_multiple_selection_survives_sorting_and_filtering(qtbot, window):
    click_row(qtbot, window, "RAF/40/01/EU")
    click_row(qtbot, window, "VNM/40/01/LUX", Qt.KeyboardModifier.ControlModifier)
    click_header(qtbot, window, "title")
    assert selected_codes(window) == ["RAF/40/01/EU", "VNM/40/01/LUX"]
    qtbot.keyClicks(window.portfolio.filters.search, "o")  # every title has an "o"
    assert selected_codes(window) == ["RAF/40/01/EU", "VNM/40/01/LUX"]


def test_filtering_out_the_selected_project_clears_the_selection_and_the_summary(qtbot, window):
    click_row(qtbot, window, "RAF/40/01/EU")
    assert window.menu_actions.open_project.isEnabled()
    qtbot.mouseClick(window.portfolio.filters.overdue, Qt.MouseButton.LeftButton)
    assert selected_codes(window) == [] and window.portfolio.current_row() is None
    assert "cocoa" not in window.portfolio.summary.toPlainText()
    assert not window.menu_actions.open_project.isEnabled()


def test_other_tabs_hear_of_every_reload(qtbot, window):
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        window.menu_actions.refresh.trigger()
    assert window.tabs.widget(0) is window.portfolio and window.tabs.widget(1) is window.dashboard


def test_refresh_keeps_selection_sort_and_filters(qtbot, window):
    click_header(qtbot, window, "budget")
    qtbot.keyClicks(window.portfolio.filters.search, "eu")  # European Union, and "Europe" the region is not searched
    click_row(qtbot, window, "RER/40/01/EU")
    save_project(Project(code="BGD/40/01/EU", title="A new project for the EU", planned_start=date(2040, 1, 1), planned_end=date(2040, 12, 31),
                         budget=Decimal("5000000.00")))
    with qtbot.waitSignal(window.reloaded, timeout=10_000):  # F5 reads on the worker thread
        window.menu_actions.refresh.trigger()
    assert visible_codes(window.model) == ["RER/40/01/EU", "BGD/40/01/EU", "RAF/40/01/EU"]
    assert window.portfolio.current_code() == "RER/40/01/EU"
    assert window.counts.text() == "3 of 6 projects"


def test_the_summary_shows_the_selected_project(qtbot, window):
    click_row(qtbot, window, "SEN/20/01/LUX")
    text = window.portfolio.summary.toPlainText()
    assert "Youth employment in Senegal" in text and "Senegal" in text and "Luxembourg" in text
    assert "Overdue:" in text and "Mid-term evaluation" in text


class FakeEditor(QObject):
    saved = Signal(str)


@pytest.fixture
def opened(monkeypatch):
    """Projects the editor was asked to open (the editor itself has its own tests)."""
    calls = []

    def open_editor(parent, code=None):
        editor = FakeEditor(parent)
        calls.append((code, editor))
        return editor

    monkeypatch.setattr(main_window, "open_project_editor", open_editor)
    return calls


def test_enter_on_a_row_opens_the_project(qtbot, window, opened):
    click_row(qtbot, window, "RAF/40/01/EU")
    qtbot.keyClick(window.portfolio.table, Qt.Key.Key_Return)
    assert [code for code, _ in opened] == ["RAF/40/01/EU"]


def test_double_clicking_a_row_opens_the_project(qtbot, window, opened):
    table = window.portfolio.table
    rect = table.visualRect(window.model.index(0, COLUMN_INDEX["title"]))
    # A real double-click is press, release, then the double-click press: QTest sends only the
    # last, and the view opens only the row the first press went to.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [code for code, _ in opened] == ["GLO/40/01/RBT"]


def test_a_new_project_saved_in_the_editor_appears_selected(qtbot, window, opened):
    window.menu_actions.new_project.trigger()
    (code, editor), = opened
    assert code is None
    save_project(Project(code="KHM/40/01/LUX", title="Garment sector dialogue", planned_start=date(2040, 1, 1), planned_end=date(2040, 12, 31)))
    with qtbot.waitSignal(window.reloaded, timeout=10_000):  # the project is read on the worker thread
        editor.saved.emit("KHM/40/01/LUX")
    assert "KHM/40/01/LUX" in visible_codes(window.model)
    assert window.portfolio.current_code() == "KHM/40/01/LUX"


def test_find_puts_the_cursor_in_the_search_box(qtbot, window):
    window.portfolio.table.setFocus()
    window.menu_actions.find.trigger()
    assert QApplication.focusWidget() is window.portfolio.filters.search


def test_down_from_the_search_box_goes_to_the_first_row(qtbot, window):
    qtbot.keyClicks(window.portfolio.filters.search, "youth")
    qtbot.keyClick(window.portfolio.filters.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.portfolio.table
    assert window.portfolio.current_code() == "RER/40/01/EU"


def test_menus_have_mnemonics_and_standard_shortcuts(window):
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Reports", "&Tools", "&Help"]
    shortcuts = {a.text(): a.shortcut().toString() for a in vars(window.menu_actions).values() if hasattr(a, "shortcut")}
    assert shortcuts["&Open…"] == "Ctrl+O" and shortcuts["&Quit"] == "Ctrl+Q" and shortcuts["&New Project…"] == "Ctrl+N"
    assert shortcuts["&Find"] == "Ctrl+F" and shortcuts["&Refresh"] == "F5"
    reports = {a.text(): a.shortcut().toString() for a in window.report_actions.values()}
    assert reports == {"&Donor report…": "Ctrl+Shift+D", "&Portfolio statistics…": "Ctrl+Shift+P", "&Evaluation compliance…": "Ctrl+Shift+E"}


def test_select_all_survives_a_filter_and_its_removal(qtbot, window):
    window.portfolio.table.setFocus()
    qtbot.keyClick(window.portfolio.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert selected_codes(window) == ALL_CODES
    qtbot.keyClicks(window.portfolio.filters.search, "youth")
    assert selected_codes(window) == ["RER/40/01/EU", "SEN/20/01/LUX"]
    assert "2 projects selected" in window.portfolio.summary.toPlainText()
