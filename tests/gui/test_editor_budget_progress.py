"""The editor's Budget lines and Progress tabs, used as an officer does: a budget line typed in its
table is saved through the one write path (and audited), undone in one step, and a problem shows on
the very cell; a progress report's narrative and an indicator's value at its period's end are saved
with the project. The Funding and Expenditure tables carry the agreement reference and the output."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QToolButton

from tests.partner_helpers import ensure_partner
from tracker.domain.classifications import ExpenditureType, FundingModality, PartnerCategory, Region, Stage, StrategicObjective
from tracker.domain.project import Expenditure, Funding, Partner, Project, ResultIndicator
from tracker.gui.editor.progress_page import new_report
from tracker.gui.editor.records import PROBLEM_BACKGROUND
from tracker.gui.editor.window import ProjectEditor
from tracker.store.audit import history
from tracker.store.projects import load_project, save_project

pytestmark = pytest.mark.usefixtures("discard_on_teardown")

CODE = "SEN/24/01/LUX"


@pytest.fixture
def stored(db) -> Project:
    ensure_partner(Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL))
    project = Project(
        code=CODE, title="Apprenticeships in Senegal", stage=Stage.IMPLEMENTATION, region=Region.AFRICA, countries=["SN"],
        outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2024, 1, 1), planned_end=date(2026, 12, 31),
        budget=Decimal("500000.00"), currency="EUR", usd_rate=Decimal("1.10"),
        fundings=[Funding(FundingModality.EARMARKED, Decimal("500000.00"), "EUR", date(2023, 11, 1), "LUX", CODE, Decimal("1.10"))],
        expenditures=[Expenditure(2024, ExpenditureType.TRAINING, Decimal("120000.00"), "EUR", Decimal("1.10")),
                      Expenditure(2024, ExpenditureType.EQUIPMENT, Decimal("11000.00"), "USD", Decimal("1"))],
        indicators=[ResultIndicator(name="Apprentices trained", unit="people", baseline=Decimal(0), target=Decimal(800),
                                    achieved=Decimal(120))],
    )
    stored, _ = save_project(project, allow_stage_change=True)
    return stored


@pytest.fixture
def editor(qtbot, stored):
    widget = ProjectEditor(CODE)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def focused_editor(table):
    widget = QApplication.focusWidget()
    assert widget is not None and table.view.isAncestorOf(widget), f"the focus is on {widget!r}, not in a cell"
    return widget


def type_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Go to the cell with the keyboard, type and press Enter, as in a spreadsheet."""
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(row, column))
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    cell = focused_editor(table)
    if isinstance(cell, QLineEdit):
        cell.selectAll()
    qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != table.view.State.EditingState)  # Qt commits a moment later


def choose_in_cell(qtbot, table, row: int, column: int, label: str) -> None:
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(row, column))
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    combo = focused_editor(table)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText(label))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != table.view.State.EditingState)


def column_of(table, header: str) -> int:
    return [c.header for c in table.model.columns].index(header)


def test_a_budget_line_typed_in_its_table_is_saved_audited_and_undone(qtbot, editor, stored, errors):
    editor.show_page(editor.budget)
    table = editor.budget_lines
    assert [c.header for c in table.model.columns] == ["Heading", "Output", "Amount", "Variance explanation"]
    table.add_button.click()
    choose_in_cell(qtbot, table, 0, 0, "Training and fellowships")
    type_cell(qtbot, table, 0, column_of(table, "Amount"), "100000")
    type_cell(qtbot, table, 0, column_of(table, "Variance explanation"), "Two cohorts trained in the first year")
    assert "change of variance explanation in budget line 1" in editor.undo_action.text()
    # Against expenditure to date: 120 000 spent on training, 20 % over the line.
    figures = editor.budget.variances
    assert figures.data(figures.index(0, 0)) == "Training and fellowships"
    assert figures.data(figures.index(0, 3)) == "120,000.00"
    assert figures.data(figures.index(0, 4)) == "-20,000.00"
    assert figures.data(figures.index(0, 5)) == "-20.0"
    assert figures.data(figures.index(0, 6)) == "Two cohorts trained in the first year"
    # Equipment paid in US$ is set against the EUR budget through the rates: 11 000 / 1.10.
    assert [figures.data(figures.index(1, c)) for c in (0, 2, 3)] == ["Equipment", "not budgeted", "10,000.00"]
    # The lines do not add up to the budget: a warning, and the project saves all the same.
    assert editor.budget.totals.property("warning") is True
    assert "EUR 400,000.00 is in no line" in editor.budget.totals.text()

    assert editor.save()
    [line] = load_project(CODE).budget_lines
    assert (line.heading, line.amount, line.output, line.variance_note) == (
        ExpenditureType.TRAINING, Decimal("100000.00"), "", "Two cohorts trained in the first year")
    inserted = [e for e in history(CODE) if e.table == "budget_line" and e.action == "insert"]
    assert len(inserted) == 1 and "amount=" in (inserted[0].new or "")

    # Changed, then undone: the table and the saved project are as before the change.
    type_cell(qtbot, table, 0, column_of(table, "Amount"), "500000")
    assert editor.budget.totals.property("warning") is False  # equal to the budget now
    editor.undo_action.trigger()
    assert table.model.records[0].amount == Decimal("100000.00")
    editor.undo_action.trigger()  # nothing saved is undone past the save: the stack was cleared
    assert table.model.records[0].amount == Decimal("100000.00")


def test_undo_removes_a_budget_line_just_added(qtbot, editor):
    editor.show_page(editor.budget)
    editor.budget_lines.add_button.click()
    assert len(editor.project.budget_lines) == 1
    assert editor.undo_action.text() == "&Undo addition of budget line 1"
    editor.undo_action.trigger()
    assert editor.project.budget_lines == [] and editor.budget_lines.model.rowCount() == 0


def test_a_problem_is_shown_on_the_cell_that_has_it(qtbot, editor, errors):
    editor.show_page(editor.budget)
    table = editor.budget_lines
    table.add_button.click()
    table.add_button.click()  # a second line: the next heading, so no duplicate yet
    heading = table.model.records[0].heading.label
    choose_in_cell(qtbot, table, 1, 0, heading)  # the same heading twice, for no output
    amount = column_of(table, "Amount")
    type_cell(qtbot, table, 1, amount, "-5")
    model = table.model
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole) == "this heading is already budgeted for this output"
    assert model.data(model.index(1, amount), Qt.ItemDataRole.ToolTipRole) == "the amount cannot be negative"
    assert model.data(model.index(1, amount), Qt.ItemDataRole.BackgroundRole).name() == PROBLEM_BACKGROUND
    assert model.data(model.index(1, column_of(table, "Output")), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(0, amount), Qt.ItemDataRole.BackgroundRole) is None  # the first line is fine
    assert "Row 2: amount: the amount cannot be negative" in table.problems.text()
    # The inner tab and the editor's tab holding it are red; the revisions beside it are not.
    assert editor.budget_tabs.tabBar().tabTextColor(editor.budget_tabs.indexOf(editor.budget)).name() == "#b00020"
    assert not editor.budget_tabs.tabBar().tabTextColor(editor.budget_tabs.indexOf(editor.revisions)).isValid()
    assert editor.tabs.tabBar().tabTextColor(editor.tabs.indexOf(editor.budget_tabs)).name() == "#b00020"
    assert not editor.save()
    assert errors and load_project(CODE).budget_lines == []
    errors.clear()


def test_funding_and_expenditure_tables_carry_the_agreement_reference_and_the_output(qtbot, editor):
    editor.show_page(editor.fundings)
    type_cell(qtbot, editor.fundings, 0, column_of(editor.fundings, "Agreement reference"), "LUX/ILO/2023-07")
    editor.show_page(editor.expenditures)
    type_cell(qtbot, editor.expenditures, 0, column_of(editor.expenditures, "Output"), "Output 1: apprenticeship systems")
    assert editor.save()
    stored = load_project(CODE)
    assert stored.fundings[0].agreement_reference == "LUX/ILO/2023-07"
    assert stored.expenditures[0].output == "Output 1: apprenticeship systems"


def test_a_progress_report_with_an_indicator_value_is_saved_with_the_project(qtbot, editor, errors):
    editor.show_page(editor.progress)
    page = editor.progress
    page.reports.add_button.click()
    report = editor.project.progress_reports[0]
    assert (report.period_start, report.period_end) == (date(date.today().year, 1, 1), date(date.today().year, 12, 31))
    type_cell(qtbot, page.reports, 0, 0, "2024-01-01")
    type_cell(qtbot, page.reports, 0, 1, "2024-12-31")
    type_cell(qtbot, page.reports, 0, 2, "A. Diallo, Chief Technical Adviser")
    assert page.details.isVisible()
    # Without a summary it cannot be saved; the box says why.
    page.boxes["challenges"].setFocus()
    qtbot.keyClicks(page.boxes["challenges"], "Delays in the certification of trainers.")
    assert page.boxes["summary"].toolTip() == "a progress report needs a summary of progress"
    page.boxes["summary"].setFocus()
    qtbot.keyClicks(page.boxes["summary"], "Two cohorts of apprentices trained")
    assert page.boxes["summary"].toolTip() == ""
    # One undo step for the whole summary typed.
    assert editor.undo_action.text() == "&Undo change of summary of progress in progress report 1"
    # The indicator's value at the period's end: the achieved value until one is measured.
    values = page.values
    cell = values.index(0, 4)
    assert values.data(values.index(0, 0)) == "Apprentices trained"
    assert values.data(values.index(0, 3)) == "800"
    assert values.data(cell) == "120"
    assert values.data(cell, Qt.ItemDataRole.FontRole).italic()
    page.value_table.setFocus()
    page.value_table.setCurrentIndex(cell)
    qtbot.keyClick(page.value_table, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "310")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.value_table.state() != page.value_table.State.EditingState)
    assert values.data(cell) == "310" and values.data(cell, Qt.ItemDataRole.FontRole) is None
    assert editor.undo_action.text() == "&Undo value of Apprentices trained on 2024-12-31"

    assert editor.save()
    stored = load_project(CODE)
    [saved] = stored.progress_reports
    assert (saved.period_start, saved.period_end, saved.prepared_by) == (date(2024, 1, 1), date(2024, 12, 31), "A. Diallo, Chief Technical Adviser")
    assert (saved.summary, saved.challenges) == ("Two cohorts of apprentices trained", "Delays in the certification of trainers.")
    [value] = stored.indicator_values
    assert (value.indicator_uuid, value.measured_on, value.value) == (stored.indicators[0].uuid, date(2024, 12, 31), Decimal(310))
    assert any(e.table == "indicator_value" and e.action == "insert" for e in history(CODE))


def test_correcting_a_period_end_takes_its_values_along_and_removing_an_indicator_its_values(qtbot, editor):
    editor.show_page(editor.progress)
    page = editor.progress
    page.reports.add_button.click()
    indicator = editor.project.indicators[0]
    editor.set_indicator_value(indicator.uuid, Decimal(300))
    end = editor.project.progress_reports[0].period_end
    assert [v.measured_on for v in editor.project.indicator_values] == [end]
    type_cell(qtbot, page.reports, 0, 1, f"{end.year}-06-30")
    assert [v.measured_on for v in editor.project.indicator_values] == [date(end.year, 6, 30)]
    editor.show_page(editor.indicators)
    editor.remove_record("indicators", 0)
    assert editor.project.indicator_values == []
    editor.undo_action.trigger()  # one step brings the indicator and its value back
    assert len(editor.project.indicators) == 1 and len(editor.project.indicator_values) == 1


def test_the_new_tabs_fit_at_1024_pixels_and_reach_every_field_by_keyboard(qtbot, editor):
    editor.resize(1024, 700)
    editor.show_page(editor.progress)
    editor.progress.reports.add_button.click()
    qtbot.wait(10)
    assert editor.width() <= 1024, "the window is wider than the screen"
    for tabs in (editor.tabs, editor.budget_tabs, editor.results_tabs):
        editor.show_page(tabs)
        qtbot.wait(1)
        bar = tabs.tabBar()
        for index in range(tabs.count()):
            assert bar.rect().contains(bar.tabRect(index)), f"the {bar.tabText(index)} tab is cut"
    page = editor.progress
    page.boxes["summary"].setFocus()
    order = []
    for _ in range(4):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order == [page.boxes[n] for n in ("summary", "challenges", "lessons", "next_steps")]
    assert QApplication.focusWidget() is page.value_table


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_field_of_the_new_tabs_has_a_letter_of_its_own_in_each_language(qtbot, stored, in_language, language):
    in_language(language)
    editor = ProjectEditor(CODE)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.add_record("progress_reports", new_report(editor.project))
    for page in (editor.budget, editor.progress):
        editor.show_page(page)
        assert editor.progress.details.isVisibleTo(editor) or page is editor.budget
        letters = [_mnemonic(a.text()) for a in editor.menuBar().actions()]
        for widget in editor.findChildren(QAbstractButton) + editor.findChildren(QLabel):
            if widget.isVisibleTo(editor) and not isinstance(widget, QToolButton):
                if isinstance(widget, QLabel) and widget.buddy() is None:
                    continue
                letter = _mnemonic(widget.text())
                assert letter or isinstance(widget, QAbstractButton) and not widget.text(), f"'{widget.text()}' has no letter"
                letters.append(letter)
        found = [letter for letter in letters if letter]
        assert len(found) == len(set(found)), f"{language}, {editor.tabs.tabText(editor.tabs.currentIndex())}: {sorted(found)}"


def test_ctrl_tab_goes_through_the_inner_tabs_and_on_to_the_next_tab(qtbot, editor):
    editor.show_page(editor.fundings)
    seen = []
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        outer = editor.tabs.currentWidget()
        inner = outer.currentWidget() if outer in (editor.budget_tabs, editor.results_tabs) else outer
        seen.append(inner)
    assert seen == [editor.budget, editor.revisions, editor.expenditures, editor.indicators, editor.progress,
                    editor.documents, editor.tabs.widget(0)]
