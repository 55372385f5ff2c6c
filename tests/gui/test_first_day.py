"""An officer's first day, as the issue tells it: on an empty database, in a French-speaking
office, a new partner, a project it funds in euros at a rate typed "1,08", submitted, approved
and started on chosen dates, and two expenditure lines typed with Tab. What is stored is what
was typed."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from tracker.domain.classifications import Stage
from tracker.gui.editor.dialogs import StageDialog
from tracker.gui.editor.window import ProjectEditor
from tracker.store.partners import find_partner
from tracker.store.projects import load_project, stage_history

pytestmark = pytest.mark.usefixtures("discard_on_teardown")


@pytest.fixture
def editor(qtbot, french, db, errors):
    widget = ProjectEditor(None)  # after the locale is set: it reads numbers as the user writes them
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def focused():
    return QApplication.focusWidget()


def type_field(qtbot, editor, name, text):
    line = editor.form.lines[name]
    editor.show_page(line)
    line.setFocus()
    qtbot.keyClicks(line, text)


def pick(qtbot, combo, text):
    """Choose in a list by typing the start of an entry, as with the keyboard."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)


def back_to(qtbot, window):
    """The window has the keyboard again once a dialog over it has closed (the offscreen
    platform does not give it back by itself)."""
    qtbot.wait(20)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def cell_editor(table):
    widget = focused()
    assert widget is not None and table.view.isAncestorOf(widget), f"the keyboard is on {widget!r}, not in a cell"
    return widget


def answer_stage_dialogs(monkeypatch, qtbot, dates):
    """Each cycle action asks its date: type the one given and press Enter."""
    queue = list(dates)

    def exec_(dialog):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.on.setFocus()
        dialog.on.selectAll()
        qtbot.keyClicks(dialog.on, queue.pop(0))
        qtbot.keyClick(dialog.on, Qt.Key.Key_Return)
        assert not dialog.isVisible(), dialog.warning.text()
        return dialog.result() or QDialog.DialogCode.Rejected

    monkeypatch.setattr(StageDialog, "exec", exec_)
    return queue


def test_an_officers_first_day(qtbot, editor, errors, monkeypatch):
    # The project, typed field by field.
    type_field(qtbot, editor, "code", "SEN/25/01/HYS")
    type_field(qtbot, editor, "title", "Apprentissage de qualite au Senegal")
    pick(qtbot, editor.form.region, "Afri")
    type_field(qtbot, editor, "countries", "Senegal, The Gambia")
    pick(qtbot, editor.form.outcome, "Empl")
    type_field(qtbot, editor, "planned_start", "01/03/2025")  # the French short form
    type_field(qtbot, editor, "planned_end", "2027-02-28")
    type_field(qtbot, editor, "budget", "500 000")
    pick(qtbot, editor.form.currency, "EUR")
    assert editor.form.lines["usd_rate"].text() == ""  # never a silent 1 for euros
    type_field(qtbot, editor, "usd_rate", "1,08")
    assert editor.project.usd_rate == Decimal("1.08")
    assert editor.form.rate_reading.reading == "1 EUR = 1,08 US$"

    # A funding line, with a partner added from it.
    editor.show_page(editor.fundings)
    editor.fundings.add_button.setFocus()
    qtbot.keyClick(editor.fundings.add_button, Qt.Key.Key_Space)
    view = editor.fundings.view
    view.setFocus()
    view.setCurrentIndex(editor.fundings.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    picker = focused()
    while picker is not None and not hasattr(picker, "itemData"):
        picker = picker.parentWidget()
    qtbot.keyClick(picker, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the list opens
    qtbot.waitUntil(picker.view().isVisible)
    qtbot.keyClick(picker.view(), Qt.Key.Key_End)  # "New partner…", the list's last entry
    qtbot.keyClick(picker.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    form = QApplication.activeModalWidget()
    qtbot.keyClicks(form.code, "HYSF")
    qtbot.keyClicks(form.name, "Horizon Youth Skills Foundation")
    form.category.setFocus()
    qtbot.keyClicks(form.category, "Non")
    form.non_state_kind.setFocus()
    qtbot.keyClick(form.non_state_kind, Qt.Key.Key_Down)
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.project.fundings[0].partner_code == "HYSF")
    assert find_partner("HYSF").name == "Horizon Youth Skills Foundation"
    qtbot.waitUntil(lambda: not form.isVisible())  # the form closes once the partner is saved
    back_to(qtbot, editor)
    amount = [c.attribute for c in editor.fundings.model.columns].index("amount")
    view.setFocus()
    view.setCurrentIndex(editor.fundings.model.index(0, amount))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    line = cell_editor(editor.fundings)
    if isinstance(line, QLineEdit):
        line.selectAll()
    qtbot.keyClicks(line, "500 000")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    funding = editor.project.fundings[0]
    assert (funding.amount, funding.currency, funding.usd_rate) == (Decimal("500000"), "EUR", Decimal("1.08"))

    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert errors == []
    stored = load_project("SEN/25/01/HYS")
    assert (stored.budget, stored.currency, stored.usd_rate) == (Decimal("500000.00"), "EUR", Decimal("1.08"))
    assert stored.budget_usd == Decimal("540000.00")
    assert stored.countries == ["SN", "GM"] and stored.planned_start == date(2025, 3, 1)

    # Submitted, approved and started on the dates chosen.
    answer_stage_dialogs(monkeypatch, qtbot, ["2025-01-15", "2025-02-10", "2025-03-03"])
    for letter in (Qt.Key.Key_S, Qt.Key.Key_A, Qt.Key.Key_I):  # &Submit, &Approve, Start &implementation
        back_to(qtbot, editor)
        qtbot.keyClick(editor, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the &Project menu
        qtbot.waitUntil(editor.cycle_menu.isVisible, timeout=2000)
        qtbot.keyClick(editor.cycle_menu, letter)
    assert errors == []
    assert load_project("SEN/25/01/HYS").stage is Stage.IMPLEMENTATION
    assert [(h.action, h.changed_on) for h in stage_history("SEN/25/01/HYS")][-3:] == [
        ("submit", date(2025, 1, 15)), ("approve", date(2025, 2, 10)), ("start", date(2025, 3, 3))]

    # Two expenditure lines, typed with Tab from cell to cell.
    table = editor.expenditures
    editor.show_page(table)
    for row, (year, month, spent) in enumerate((("2025", "3", "45 000"), ("2025", "4", "12 500,50"))):
        table.add_button.setFocus()
        qtbot.keyClick(table.add_button, Qt.Key.Key_Space)  # the new line gets the cursor
        assert table.view.hasFocus() and table.view.currentIndex() == table.model.index(row, 0)
        qtbot.keyClick(table.view, Qt.Key.Key_F2)
        for text in (year, month, None, spent):  # None: the type of expenditure as it is
            cell = cell_editor(table)
            if text is not None:
                if isinstance(cell, QLineEdit):
                    cell.selectAll()
                qtbot.keyClicks(cell, text)
            qtbot.keyClick(cell, Qt.Key.Key_Tab)
        qtbot.keyClick(cell_editor(table), Qt.Key.Key_Escape)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert errors == []
    lines = load_project("SEN/25/01/HYS").expenditures
    assert [(e.year, e.month, e.amount, e.currency, e.usd_rate) for e in lines] == [
        (2025, 3, Decimal("45000.00"), "EUR", Decimal("1.08")),
        (2025, 4, Decimal("12500.50"), "EUR", Decimal("1.08")),
    ]
