"""The editor's record tables, typed into as in a spreadsheet: Tab moves cell by cell and row by
row, Enter commits and moves down, dates can be picked from a calendar, and what was typed is
what is stored."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tracker.domain.classifications import ExpenditureType, Region, StrategicObjective
from tracker.domain.errors import ValidationError
from tracker.gui.editor.window import ProjectEditor
from tracker.store.projects import load_project

pytestmark = pytest.mark.usefixtures("discard_on_teardown")


@pytest.fixture
def editor(qtbot, db):
    widget = ProjectEditor(None)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def fill(qtbot, editor) -> None:
    """A valid new project, typed in its fields."""
    for name, text in (
        ("code", "SEN/24/01/LUX"), ("title", "Apprenticeships"), ("planned_start", "2024-01-01"),
        ("planned_end", "2025-12-31"), ("budget", "100000"),
    ):
        line = editor.form.lines[name]
        line.clear()
        qtbot.keyClicks(line, text)
    for combo, value in ((editor.form.region, Region.AFRICA), (editor.form.outcome, StrategicObjective.EMPLOYMENT)):
        position = combo.findData(value)
        combo.setCurrentIndex(position)
        combo.activated.emit(position)


def editing(table):
    """The cell editor that has the keyboard, as the user sees it after a key press."""
    widget = QApplication.focusWidget()
    assert widget is not None and table.view.isAncestorOf(widget), f"the focus is on {widget!r}, not in a cell"
    return widget


def type_in_cell(qtbot, table, text: str) -> None:
    editor = editing(table)
    if isinstance(editor, QLineEdit):
        editor.selectAll()
    qtbot.keyClicks(editor, text)


def start_editing(qtbot, table, row: int, column: int) -> None:
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(row, column))
    qtbot.keyClick(table.view, Qt.Key.Key_F2)


def test_tab_moves_cell_by_cell_and_what_was_typed_is_stored(qtbot, editor, errors):
    fill(qtbot, editor)
    editor.tabs.setCurrentWidget(editor.expenditures)
    table = editor.expenditures
    table.add_button.click()
    start_editing(qtbot, table, 0, 0)  # Year
    type_in_cell(qtbot, table, "2025")
    qtbot.keyClick(editing(table), Qt.Key.Key_Tab)
    assert table.view.currentIndex().column() == 1  # Month, not back to the first column
    type_in_cell(qtbot, table, "3")
    qtbot.keyClick(editing(table), Qt.Key.Key_Tab)
    assert table.view.currentIndex().column() == 2  # Type of expenditure: a list, kept as it is
    qtbot.keyClick(editing(table), Qt.Key.Key_Tab)
    assert table.view.currentIndex().column() == 3
    type_in_cell(qtbot, table, "45000")
    qtbot.keyClick(editing(table), Qt.Key.Key_Tab)
    assert table.view.currentIndex().column() == 4  # Currency
    qtbot.keyClick(editing(table), Qt.Key.Key_Escape)
    line = editor.project.expenditures[0]
    assert (line.year, line.month, line.expenditure_type, line.amount) == (2025, 3, ExpenditureType.OTHER_PERSONNEL, Decimal("45000"))
    # The committed cell shows the amount as it was understood.
    assert table.model.index(0, 3).data() == "45,000.00"
    assert editor.save(), errors
    stored = load_project("SEN/24/01/LUX").expenditures
    assert [(e.year, e.month, e.amount) for e in stored] == [(2025, 3, Decimal("45000.00"))]


def test_tab_at_the_end_of_a_row_goes_to_the_next_row_and_shift_tab_back(qtbot, editor):
    table = editor.expenditures
    editor.tabs.setCurrentWidget(table)
    table.add_button.click()
    table.add_button.click()
    last = table.model.columnCount() - 1
    start_editing(qtbot, table, 0, last)
    qtbot.keyClick(editing(table), Qt.Key.Key_Tab)
    assert (table.view.currentIndex().row(), table.view.currentIndex().column()) == (1, 0)
    qtbot.keyClick(editing(table), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert (table.view.currentIndex().row(), table.view.currentIndex().column()) == (0, last)


def test_tab_past_the_last_cell_adds_no_row(qtbot, editor):
    table = editor.expenditures
    editor.tabs.setCurrentWidget(table)
    table.add_button.click()
    start_editing(qtbot, table, 0, table.model.columnCount() - 1)
    qtbot.keyClick(editing(table), Qt.Key.Key_Tab)
    qtbot.keyClick(table.view, Qt.Key.Key_Tab)
    assert table.model.rowCount() == 1 and len(editor.project.expenditures) == 1
    assert not table.view.hasFocus()  # the focus moved on, out of the table


def test_enter_commits_and_moves_down(qtbot, editor):
    table = editor.expenditures
    editor.tabs.setCurrentWidget(table)
    table.add_button.click()
    table.add_button.click()
    start_editing(qtbot, table, 0, 0)
    type_in_cell(qtbot, table, "2026")
    qtbot.keyClick(editing(table), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.currentIndex().row() == 1)
    assert editor.project.expenditures[0].year == 2026
    assert table.view.currentIndex().column() == 0


def test_a_date_cell_can_be_picked_from_a_calendar(qtbot, editor):
    table = editor.fundings
    editor.tabs.setCurrentWidget(table)
    table.add_button.click()
    column = [c.attribute for c in table.model.columns].index("approved_on")
    start_editing(qtbot, table, 0, column)
    cell = editing(table)
    popup = cell.open_calendar()
    popup.setSelectedDate(QDate(2024, 3, 15))
    popup.activated.emit(QDate(2024, 3, 15))
    assert editor.project.fundings[0].approved_on == date(2024, 3, 15)


def test_two_lines_in_euros_typed_with_tab_in_a_french(qtbot, french, editor, errors):
    fill(qtbot, editor)
    table = editor.expenditures
    editor.tabs.setCurrentWidget(table)
    for row, (year, month, amount, rate) in enumerate((("2025", "3", "45 000", "1,08"), ("2025", "4", "12 500,50", "1,09"))):
        table.add_button.click()
        start_editing(qtbot, table, row, 0)
        for text in (year, month, None, amount, "E", rate):  # None: the type as it is; "E"... picks EUR
            if text == "E":
                qtbot.keyClicks(editing(table), "EUR")
            elif text is not None:
                type_in_cell(qtbot, table, text)
            qtbot.keyClick(editing(table), Qt.Key.Key_Tab)
        if editing_or_none(table) is not None:
            qtbot.keyClick(editing(table), Qt.Key.Key_Escape)
    lines = [(e.year, e.month, e.amount, e.currency, e.usd_rate) for e in editor.project.expenditures]
    assert lines == [(2025, 3, Decimal("45000"), "EUR", Decimal("1.08")), (2025, 4, Decimal("12500.50"), "EUR", Decimal("1.09"))]
    assert table.model.index(1, 5).data() == "1,09"  # shown as understood, in the locale's writing
    assert editor.save(), errors
    stored = load_project("SEN/24/01/LUX").expenditures
    assert [(e.amount, e.currency, e.usd_rate) for e in stored] == [
        (Decimal("45000.00"), "EUR", Decimal("1.08")), (Decimal("12500.50"), "EUR", Decimal("1.09"))]


def editing_or_none(table):
    widget = QApplication.focusWidget()
    return widget if widget is not None and table.view.isAncestorOf(widget) else None


def test_a_line_added_to_a_project_in_euros_without_a_rate_has_no_rate_of_1(qtbot, editor):
    combo = editor.form.currency
    position = combo.findData("EUR")
    combo.setCurrentIndex(position)
    combo.activated.emit(position)
    editor.expenditures.add_button.click()
    line = editor.project.expenditures[0]
    assert line.currency == "EUR" and line.usd_rate is None
    assert editor.expenditures.problems.text() == ""  # a line just added is not red before it is typed in
    model = editor.expenditures.model
    model.setData(model.index(0, 3), "100")
    assert "a US$ rate is required for an amount in EUR" in editor.expenditures.problems.text()


def test_tab_through_a_currency_no_longer_offered_keeps_it(qtbot, editor):
    from tracker.domain.classifications import ExpenditureType
    from tracker.domain.project import Expenditure

    editor.add_record("expenditures", Expenditure(2007, ExpenditureType.OTHER_PERSONNEL, Decimal(100), "ZMK", Decimal("0.0002")))
    table = editor.expenditures
    editor.tabs.setCurrentWidget(table)
    start_editing(qtbot, table, 0, 4)  # Currency
    qtbot.keyClick(editing(table), Qt.Key.Key_Tab)
    assert editor.project.expenditures[0].currency == "ZMK"


def test_a_funding_line_just_added_shows_its_problems_once_typed_in_or_a_save_tried(qtbot, editor, errors):
    table = editor.fundings
    table.add_button.click()  # amount 0: not yet a valid line
    assert table.problems.text() == "" and "problem" not in editor.statusBar().currentMessage()
    editor.save()
    assert isinstance(errors.pop(), ValidationError)
    assert "Row 1: amount: the amount must be greater than zero" in table.problems.text()


def test_a_line_just_added_has_the_cursor_so_typing_goes_into_it(qtbot, editor):
    """Keyboard only: Add funding line (Alt+U) and then type; the text lands in the new line's
    first cell, not in the button that was pressed."""
    table = editor.expenditures
    editor.tabs.setCurrentWidget(table)
    table.add_button.click()
    table.add_button.click()
    assert (table.view.currentIndex().row(), table.view.currentIndex().column()) == (1, 0)
    assert table.view.hasFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_2)  # the first key opens the cell's editor with it
    qtbot.keyClicks(editing(table), "026")
    qtbot.keyClick(editing(table), Qt.Key.Key_Tab)
    assert editor.project.expenditures[1].year == 2026


def test_ctrl_tab_in_a_table_goes_to_the_next_tab_not_the_next_cell(qtbot, editor):
    table = editor.fundings
    editor.tabs.setCurrentWidget(table)
    table.add_button.click()
    before = editor.tabs.currentIndex()
    qtbot.keyClick(table.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert editor.tabs.currentIndex() == before + 1
