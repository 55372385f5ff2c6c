"""The editor window itself: controls that stay where they are, undo texts and messages in the
form's words, keyboard letters that do not clash, and everything reachable on a small screen."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QToolButton

from tests.gui.editor_helpers import type_into
from tracker.domain.classifications import Region, StrategicObjective
from tracker.domain.errors import ValidationError
from tracker.domain.project import BudgetRevision, Project
from tracker.gui.editor import dialogs
from tracker.gui.editor.window import ProjectEditor
from tracker.gui.errors import error_text
from tracker.store.projects import save_project

CODE = "SEN/24/01/LUX"

pytestmark = pytest.mark.usefixtures("discard_on_teardown")


@pytest.fixture
def editor(qtbot, db, errors):
    """An editor on a stored project of 24 months and US$400,000 in Design."""
    save_project(Project(
        code=CODE, title="Quality apprenticeships in Senegal", region=Region.AFRICA, countries=["SN"],
        outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31),
        budget=Decimal("400000.00"),
    ))
    widget = ProjectEditor(CODE)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def place(widget):
    """Where a widget is on its window, to see whether it moved."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


# ---------------------------------------------------------------- undo texts in the form's words


def test_undo_names_the_field_changed_by_its_label(qtbot, editor):
    type_into(qtbot, editor, "planned_end", "2026-06-30")
    assert editor.undo_action.text() == "&Undo change of planned end"
    type_into(qtbot, editor, "usd_rate", "1.5")
    assert editor.undo_action.text() == "&Undo change of US$ rate"
    editor.undo_stack.undo()
    assert editor.redo_action.text() == "&Redo change of US$ rate"
    assert editor.undo_action.text() == "&Undo change of planned end"


def test_the_toolbar_undo_keeps_its_text_and_names_the_step_in_its_tooltip(qtbot, editor):
    assert editor.undo_button.text() == "Undo" and not editor.undo_button.isEnabled()
    type_into(qtbot, editor, "planned_end", "2026-06-30")
    assert editor.undo_button.text() == "Undo" and editor.undo_button.isEnabled()
    assert editor.undo_button.toolTip() == "Undo change of planned end"


def test_a_revision_is_named_after_what_it_changes(qtbot, editor, monkeypatch):
    answers = iter([
        BudgetRevision(date(2024, 6, 1), "No-cost extension", new_end=date(2026, 6, 30)),
        BudgetRevision(date(2024, 9, 1), "Top-up and extension", new_budget=Decimal("450000"), new_end=date(2026, 12, 31)),
    ])
    monkeypatch.setattr(dialogs.RevisionDialog, "ask", classmethod(lambda cls, parent, project: next(answers)))
    editor.revisions.add_button.click()
    assert editor.undo_action.text() == "&Undo revision of planned end"
    editor.revisions.add_button.click()
    assert editor.undo_action.text() == "&Undo revision of budget and planned end"


def test_the_cannot_save_dialog_names_fields_by_their_labels(qtbot, editor, errors):
    type_into(qtbot, editor, "planned_start", "2024-13-01")
    type_into(qtbot, editor, "usd_rate", "one")
    assert not editor.save()
    assert len(errors) == 1 and isinstance(errors[0], ValidationError)
    summary, details = error_text(errors.pop())
    assert "planned start: " in details and "US$ rate: " in details
    assert "planned_start" not in details and "usd_rate" not in details
    assert "planned_start" not in editor.statusBar().currentMessage()


# ---------------------------------------------------------------- the revise dialog


def test_the_revise_dialog_shows_the_budget_and_end_now_and_refuses_no_change(qtbot, editor):
    dialog = dialogs.RevisionDialog(editor.project, editor)
    qtbot.addWidget(dialog)
    assert dialog.current.text() == "Now: budget USD 400,000.00; planned end 2025-12-31."
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.keyClicks(dialog.reason, "Nothing really")
    qtbot.keyClicks(dialog.new_end, "2025-12-31")
    assert not ok.isEnabled() and dialog.message.text().startswith("this changes nothing")
    dialog.new_end.clear()
    qtbot.keyClicks(dialog.new_budget, "450,000")
    assert ok.isEnabled()
    assert dialog._value()[0].new_budget == Decimal("450000")


# ---------------------------------------------------------------- controls that stay in place


def test_selecting_an_evaluation_does_not_move_the_panel_buttons(qtbot, editor):
    panel = editor.panel
    buttons = (panel.add_button, panel.complete_button, panel.waive_button, panel.more_button)
    before = [place(b) for b in buttons]
    panel.view.selectRow(0)
    assert panel.details.text()  # its reason is shown
    assert [place(b) for b in buttons] == before
    panel.view.selectRow(1)
    panel.show_problems([])
    assert [place(b) for b in buttons] == before


def test_an_edit_that_changes_the_undo_text_does_not_move_the_toolbar(qtbot, editor):
    toolbar = editor.toolbar
    widgets = [toolbar.widgetForAction(a) for a in toolbar.actions() if toolbar.widgetForAction(a) is not None]
    before = [place(w) for w in widgets]
    type_into(qtbot, editor, "planned_end", "2026-06-30")
    type_into(qtbot, editor, "title", "A much longer title than the one before, to make the undo text long")
    assert [place(w) for w in widgets] == before


# ---------------------------------------------------------------- the keyboard


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def test_no_two_visible_mnemonics_share_a_letter_on_any_tab(qtbot, editor):
    menus = [_mnemonic(a.text()) for a in editor.menuBar().actions()]
    assert menus[:3] == ["f", "e", "p"]  # File, Edit, Project (then Help)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        letters = menus + [_mnemonic(editor.tabs.tabText(i)) for i in range(editor.tabs.count())]
        for widget in editor.findChildren(QAbstractButton) + editor.findChildren(QLabel):
            if widget.isVisibleTo(editor) and not isinstance(widget, QToolButton):
                if isinstance(widget, QLabel) and widget.buddy() is None:
                    continue
                letters.append(_mnemonic(widget.text()))
        found = [letter for letter in letters if letter]
        duplicates = {letter for letter in found if found.count(letter) > 1}
        assert not duplicates, f"on the {editor.tabs.tabText(index)} tab, Alt+{duplicates} would be ambiguous"


def test_every_project_menu_entry_has_its_own_letter(qtbot, editor):
    letters = [_mnemonic(a.text()) for a in editor.cycle_menu.actions() if not a.isSeparator()]
    assert None not in letters and len(set(letters)) == len(letters)


# ---------------------------------------------------------------- a small screen


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_every_tab_and_cycle_action_is_reachable_on_a_small_screen(qtbot, editor, size):
    editor.resize(*size)
    qtbot.wait(10)
    window = editor.rect()
    bar = editor.tabs.tabBar()
    for index in range(editor.tabs.count()):
        rect = bar.tabRect(index)
        assert bar.rect().contains(rect), f"the {bar.tabText(index)} tab is cut at {size}"
        editor.tabs.setCurrentIndex(index)
        page = editor.tabs.currentWidget()
        content = page.widget() if isinstance(page, QScrollArea) else page  # a form page scrolls
        assert not content.visibleRegion().isEmpty()
        assert window.contains(place(page))
    # The Project menu holds every action; the toolbar shows its Stage button and the next step,
    # with nothing pushed into an overflow menu.
    assert set(editor.cycle_menu.actions()) >= set(editor.cycle_actions.values())
    extension = editor.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    for widget in (editor.stage_button, editor.toolbar.widgetForAction(editor.next_step)):
        assert widget.isVisible() and window.contains(place(widget))
    for button in (editor.panel.add_button, editor.panel.complete_button, editor.panel.waive_button, editor.panel.more_button):
        assert window.contains(place(button))


def test_the_theme_labels_are_not_cut_at_1024_pixels(qtbot, editor):
    editor.resize(1024, 700)
    editor.show_page(editor.form.identification)
    qtbot.wait(10)
    area = editor.tabs.currentWidget()
    for box in editor.form.themes.values():
        area.ensureWidgetVisible(box)
        assert box.width() >= box.sizeHint().width(), f"'{box.text()}' is cut"
        assert box.visibleRegion().boundingRect().width() == box.width()


def test_alt_f_opens_the_file_menu_even_on_the_first_page(qtbot, editor):
    editor.show_page(editor.form.identification)
    editor.form.lines["title"].setFocus()
    file_menu = editor.menuBar().actions()[0].menu()
    qtbot.keyClick(editor.form.lines["title"], Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(file_menu.isVisible, timeout=2000)
    assert editor.tabs.currentWidget().isAncestorOf(editor.form.identification)  # no tab was switched to
    file_menu.hide()


def test_undo_names_the_table_cell_changed(qtbot, editor):
    editor.show_page(editor.expenditures)
    editor.expenditures.add_button.click()
    assert editor.undo_action.text() == "&Undo addition of expenditure line 1"
    model = editor.expenditures.model
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("Amount")
    model.setData(model.index(0, column), "45000")
    assert editor.undo_action.text() == "&Undo change of amount in expenditure line 1"


def test_the_revise_dialog_reads_amounts_as_the_user_writes_them(qtbot, editor, french):
    dialog = dialogs.RevisionDialog(editor.project, editor)
    qtbot.addWidget(dialog)
    assert "400" in dialog.current.text() and "000,00" in dialog.current.text()  # the budget as French writes it
    qtbot.keyClicks(dialog.reason, "Exchange rate revised")
    qtbot.keyClicks(dialog.new_budget, "450000,50")
    qtbot.keyClicks(dialog.new_rate, "1,08")
    revision = dialog._value()[0]
    assert (revision.new_budget, revision.new_usd_rate) == (Decimal("450000.50"), Decimal("1.08"))


def test_the_evaluation_plan_shows_every_column_whole_at_1366_pixels(qtbot, editor):
    """Due, evaluation, status, required and independence fit the panel of a laptop-sized
    editor with no sideways scrolling; the reason shows in the box under the buttons."""
    editor.resize(1366, 768)
    qtbot.wait(10)
    view = editor.panel.view
    assert editor.panel.model.rowCount() > 0
    assert not view.horizontalScrollBar().isVisible()
    header = view.horizontalHeader()
    for column in range(editor.panel.model.columnCount()):
        if view.isColumnHidden(column):
            continue
        needed = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= needed, f"column {column} is cut"
