"""The rate in force on new lines: a new funding line, expenditure line or budget revision in a
currency other than US$ gets the rate of its date from the table of exchange rates, shown in its
rate cell and changeable; it follows the line's currency and date until the user types a rate,
which is never replaced; a project's budget rate likewise from its planned start. Records keep
the rate they were saved with: an old project's rates never move when the table changes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.gui.editor_helpers import type_into
from tracker.domain.classifications import ExpenditureType, FundingModality
from tracker.domain.project import Expenditure, Funding, Project
from tracker.domain.rates import ExchangeRate
from tracker.gui.editor import dialogs
from tracker.gui.editor.window import ProjectEditor
from tracker.store.projects import load_project, save_project
from tracker.store.rates import save_rates

pytestmark = pytest.mark.usefixtures("discard_on_teardown")

CODE = "SEN/24/02/LUX"


@pytest.fixture
def rates(db):
    save_rates([
        ExchangeRate("EUR", date(2024, 3, 1), Decimal("1.085")),
        ExchangeRate("EUR", date(2024, 3, 15), Decimal("1.0921")),  # a mid-month change
        ExchangeRate("EUR", date(2024, 4, 1), Decimal("1.079")),
        ExchangeRate("GBP", date(2024, 1, 1), Decimal("1.27")),
    ], who="test")


@pytest.fixture
def stored(rates):
    """A project in euros saved with the rates typed at the time (1.10), before the table."""
    project = Project(code=CODE, title="Rates", planned_start=date(2024, 3, 1), planned_end=date(2025, 12, 31),
                      budget=Decimal("500000"), currency="EUR", usd_rate=Decimal("1.10"))
    project.fundings.append(Funding(FundingModality.REGULAR_BUDGET, Decimal("500000"), "EUR", date(2024, 2, 1), None, CODE, Decimal("1.10")))
    project.expenditures.append(Expenditure(2024, ExpenditureType.OTHER_PERSONNEL, Decimal("1000"), "EUR", Decimal("1.10"), month=3))
    save_project(project)
    return CODE


@pytest.fixture
def open_editor(qtbot):
    def make(code=None):
        widget = ProjectEditor(code)
        qtbot.addWidget(widget)
        widget.show()
        return widget

    return make


def set_cell(table, row, attribute, value):
    column = [c.attribute for c in table.model.columns].index(attribute)
    assert table.model.setData(table.model.index(row, column), value) or True


def cell_text(table, row, attribute):
    column = [c.attribute for c in table.model.columns].index(attribute)
    return table.model.index(row, column).data()


def test_a_new_funding_line_gets_the_rate_of_its_date_and_follows_it(rates, open_editor):
    editor = open_editor()
    editor.state.set_text("currency", "EUR")
    table = editor.fundings
    table.add_button.click()
    line = editor.project.fundings[0]
    assert line.approved_on == date.today() and line.usd_rate == Decimal("1.079")  # the latest rate is in force today
    assert cell_text(table, 0, "usd_rate") == "1.079"  # shown in its cell
    set_cell(table, 0, "approved_on", "2024-03-20")
    assert line.usd_rate == Decimal("1.0921")  # the mid-month rate
    set_cell(table, 0, "approved_on", "2024-03-14")
    assert line.usd_rate == Decimal("1.085")
    set_cell(table, 0, "currency", "GBP")
    assert line.usd_rate == Decimal("1.27")
    set_cell(table, 0, "currency", "USD")
    assert line.usd_rate == Decimal(1)
    editor.undo_stack.undo()
    editor.undo_stack.undo()  # back to euros on 2024-03-14, and the rate with them
    assert (editor.project.fundings[0].currency, editor.project.fundings[0].usd_rate) == ("EUR", Decimal("1.085"))


def test_a_rate_the_user_typed_is_never_replaced(rates, open_editor):
    editor = open_editor()
    editor.state.set_text("currency", "EUR")
    table = editor.fundings
    table.add_button.click()
    set_cell(table, 0, "usd_rate", "1.2")
    set_cell(table, 0, "approved_on", "2024-03-20")
    set_cell(table, 0, "currency", "GBP")
    assert editor.project.fundings[0].usd_rate == Decimal("1.2")


def test_an_expenditure_line_takes_the_rate_of_its_month_or_of_mid_year(rates, open_editor):
    editor = open_editor()
    editor.state.set_text("currency", "EUR")
    table = editor.expenditures
    table.add_button.click()
    line = editor.project.expenditures[0]
    set_cell(table, 0, "year", "2024")
    assert line.usd_rate == Decimal("1.079")  # no month: 1 July 2024
    set_cell(table, 0, "month", "3")
    assert line.usd_rate == Decimal("1.085")  # the 1st of March
    set_cell(table, 0, "month", "4")
    assert line.usd_rate == Decimal("1.079")


def test_with_no_rate_in_force_the_cell_stays_empty_and_the_status_says_how_to_add_one(rates, open_editor):
    editor = open_editor()
    editor.state.set_text("currency", "EUR")
    table = editor.fundings
    table.add_button.click()
    set_cell(table, 0, "approved_on", "2024-02-20")  # before the table's first rate of euros
    line = editor.project.fundings[0]
    assert line.usd_rate is None and cell_text(table, 0, "usd_rate") == ""
    message = editor.statusBar().currentMessage()
    assert message.startswith("no US$ rate for EUR on 2024-02-20") and "Tools > Exchange Rates" in message
    set_cell(table, 0, "currency", "XOF")  # a currency the table does not have
    assert line.usd_rate is None and "no US$ rate for XOF" in editor.statusBar().currentMessage()
    set_cell(table, 0, "approved_on", "2024-03-20")
    set_cell(table, 0, "currency", "EUR")
    assert line.usd_rate == Decimal("1.0921")  # the line still follows once the table has a rate


def test_a_line_in_the_projects_currency_keeps_the_projects_rate_when_the_table_has_none_of_it(db, open_editor):
    editor = open_editor()
    editor.state.set_text("currency", "CHF")
    editor.state.set_text("usd_rate", "1.13")
    editor.expenditures.add_button.click()
    assert editor.project.expenditures[0].usd_rate == Decimal("1.13")  # as before there was a table


def test_an_old_projects_rates_do_not_move_when_the_table_changes(stored, open_editor, errors):
    editor = open_editor(CODE)
    assert editor.project.usd_rate == Decimal("1.10")
    assert [f.usd_rate for f in editor.project.fundings] == [Decimal("1.10")]
    assert [e.usd_rate for e in editor.project.expenditures] == [Decimal("1.10")]
    assert editor.undo_stack.isClean()  # opening changed nothing
    save_rates([ExchangeRate("EUR", date(2024, 2, 1), Decimal("1.05"))], who="test")
    set_cell(editor.expenditures, 0, "month", "4")  # a stored line's date corrected: its rate is the one it was saved with
    assert editor.project.expenditures[0].usd_rate == Decimal("1.10")
    assert editor.save(), errors
    again = load_project(CODE)
    assert (again.usd_rate, again.fundings[0].usd_rate, again.expenditures[0].usd_rate) == (Decimal("1.10"),) * 3


def test_a_new_line_of_an_old_project_gets_the_rate_of_its_date(stored, open_editor, errors):
    editor = open_editor(CODE)
    editor.fundings.add_button.click()
    set_cell(editor.fundings, 1, "modality", FundingModality.REGULAR_BUDGET.value)
    set_cell(editor.fundings, 1, "amount", "1000")
    set_cell(editor.fundings, 1, "approved_on", "2024-03-15")
    assert [f.usd_rate for f in editor.project.fundings] == [Decimal("1.10"), Decimal("1.0921")]
    assert editor.save(), errors
    assert [f.usd_rate for f in load_project(CODE).fundings] == [Decimal("1.10"), Decimal("1.0921")]


def test_the_budget_rate_comes_from_the_planned_start_when_the_currency_changes(qtbot, rates, open_editor):
    editor = open_editor()
    type_into(qtbot, editor, "planned_start", "2024-03-20")
    editor.choose_value("currency", "EUR")
    assert editor.form.lines["usd_rate"].text() == "1.0921" and editor.project.usd_rate == Decimal("1.0921")
    type_into(qtbot, editor, "planned_start", "2024-04-02")
    assert editor.project.usd_rate == Decimal("1.079")  # follows the start until a rate is typed
    type_into(qtbot, editor, "planned_start", "2024-02-01")
    assert editor.project.usd_rate is None
    message = editor.form.messages["usd_rate"].text()
    assert message == "a rate is needed: the US$ value of one EUR (none in force on 2024-02-01: Tools > Exchange Rates)"
    type_into(qtbot, editor, "usd_rate", "1.2")
    type_into(qtbot, editor, "planned_start", "2024-03-20")
    assert editor.project.usd_rate == Decimal("1.2")  # typed: never replaced


def test_a_revision_with_a_new_budget_gets_the_rate_of_its_date(qtbot, stored, open_editor):
    editor = open_editor(CODE)
    dialog = dialogs.RevisionDialog(editor.project, editor)
    dialog.revised_on.setText("2024-03-20")
    assert dialog.new_rate.text() == ""  # an extension alone keeps the project's rate
    qtbot.keyClicks(dialog.new_budget, "600000")
    assert dialog.new_rate.text() == "1.0921" and "2024-03-20" in dialog.rate_hint.text()
    dialog.revised_on.setText("2024-04-02")
    assert dialog.new_rate.text() == "1.079"
    dialog.revised_on.setText("2024-02-01")
    assert dialog.new_rate.text() == "" and dialog.rate_hint.text().startswith("No US$ rate for EUR on 2024-02-01")
    dialog.new_rate.clear()
    qtbot.keyClicks(dialog.new_rate, "1.15")
    dialog.revised_on.setText("2024-03-20")
    assert dialog.new_rate.text() == "1.15"  # typed: stays
    qtbot.keyClicks(dialog.reason, "more training")
    assert dialog._value()[0].new_usd_rate == Decimal("1.15")
    dialog.reject()
