"""The editor's form as an officer meets it: nothing red before typing, messages that take no
room from the fields, dates typed or picked, numbers read as the user's locale writes them and
shown as understood, a rate that follows the currency, codes checked as they are typed."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView

from tests.gui.editor_helpers import type_into
from tracker.domain.classifications import EvaluationKind, Region, StrategicObjective
from tracker.domain.errors import ValidationError
from tracker.domain.project import Project
from tracker.gui.editor.window import ProjectEditor
from tracker.store.projects import save_project

pytestmark = pytest.mark.usefixtures("discard_on_teardown")


@pytest.fixture
def make_editor(qtbot, db):
    def make(code=None):
        widget = ProjectEditor(code)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


@pytest.fixture
def editor(make_editor):
    return make_editor()


def show_tab_of(editor, widget):
    """Go to the tab that holds `widget`, as the user would."""
    tabs = editor.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(widget)))


def choose(combo, value):
    position = combo.findData(value)
    combo.setCurrentIndex(position)
    combo.activated.emit(position)


def shown_messages(editor) -> dict[str, str]:
    return {name: m.text() for name, m in editor.form.messages.items() if m.text()}


def test_a_new_project_shows_no_problem_until_a_field_is_touched_and_all_on_save(qtbot, editor, errors):
    assert shown_messages(editor) == {}
    type_into(qtbot, editor, "title", "Apprenticeships")
    type_into(qtbot, editor, "title", "")
    assert shown_messages(editor) == {"title": "a project needs a title"}  # the touched field only
    editor.save()
    assert len(errors) == 1 and isinstance(errors.pop(), ValidationError)
    assert {"code", "title"} <= set(shown_messages(editor))


def test_a_new_projects_tabs_are_not_red_before_anything_is_typed(qtbot, editor, errors):
    bar = editor.tabs.tabBar()
    tabs = editor.tabs
    identification = next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(editor.form.identification))
    assert not bar.tabTextColor(identification).isValid()  # the style's own colour
    editor.save()
    errors.pop()
    assert bar.tabTextColor(identification).isValid()  # red, now that a save was tried


def test_a_message_appearing_moves_no_field(qtbot, editor):
    below = editor.form.lines["planned_end"]
    show_tab_of(editor, below)
    before = below.mapTo(editor.form.dates, below.rect().topLeft()).y()
    type_into(qtbot, editor, "planned_start", "2024-02-30")
    assert editor.form.messages["planned_start"].text() == "planned start '2024-02-30' is not a day of the calendar: February 2024 has 29 days"
    assert below.mapTo(editor.form.dates, below.rect().topLeft()).y() == before


def test_a_long_message_is_cut_on_its_line_and_whole_in_the_tooltip(qtbot, editor):
    message = editor.form.messages["planned_start"]
    long = "planned start " + "very " * 60 + "wrong"
    height = message.height()
    message.show_message(long)
    assert message.height() == height and message.text() == long
    assert message.toolTip() == long


def test_a_date_is_picked_from_the_calendar_or_typed_in_the_local_short_form(qtbot, editor, french):
    line = editor.form.lines["planned_start"]
    show_tab_of(editor, line)
    popup = line.open_calendar()
    popup.setSelectedDate(QDate(2024, 3, 15))
    popup.activated.emit(QDate(2024, 3, 15))
    assert line.text() == "2024-03-15" and editor.project.planned_start == date(2024, 3, 15)
    type_into(qtbot, editor, "planned_end", "31/12/2025")  # as a French officer writes it
    assert editor.project.planned_end == date(2025, 12, 31)
    assert editor.form.messages["planned_end"].text() == ""


def test_numbers_are_read_as_the_french_write_them_and_shown_as_understood(qtbot, make_editor, french):
    editor = make_editor()
    type_into(qtbot, editor, "budget", "500 000,00")
    assert editor.project.budget == Decimal("500000")
    choose(editor.form.currency, "EUR")
    type_into(qtbot, editor, "usd_rate", "1,08")
    assert editor.project.usd_rate == Decimal("1.08")
    assert editor.form.rate_reading.reading == "1 EUR = 1,08 US$"
    reading = editor.form.budget_reading.reading.replace("\u202f", " ").replace("\u00a0", " ")
    assert reading == "= EUR 500 000,00 ≈ US$540 000,00 at 1,08"
    # The budget in US$ is written as the figures beside it.
    assert editor.form.budget_usd.text().replace("\u202f", " ").replace("\u00a0", " ") == "US$540 000,00"


def test_under_english_settings_1_08_with_a_comma_is_refused_never_108(qtbot, editor):
    choose(editor.form.currency, "EUR")
    type_into(qtbot, editor, "usd_rate", "1,08")
    assert editor.project.usd_rate is None
    assert "1,08" in editor.form.messages["usd_rate"].text() and "ambiguous" in editor.form.messages["usd_rate"].text()
    assert editor.form.rate_reading.reading == ""


def test_changing_the_currency_never_keeps_a_silent_rate_of_1(qtbot, editor):
    type_into(qtbot, editor, "budget", "500000")
    assert editor.form.lines["usd_rate"].text() == "1"
    choose(editor.form.currency, "EUR")
    assert editor.form.lines["usd_rate"].text() == ""
    assert editor.form.messages["usd_rate"].text() == "a rate is needed: the US$ value of one EUR"
    assert editor.form.budget_reading.reading == "= EUR 500,000.00 ≈ US$ unknown until the rate is given"
    assert editor.project.usd_rate is None and editor.state.plan() is None
    choose(editor.form.currency, "USD")
    assert editor.form.lines["usd_rate"].text() == "1" and editor.project.usd_rate == Decimal(1)
    assert editor.form.messages["usd_rate"].text() == ""
    editor.undo_stack.undo()  # back to EUR: the rate is empty again, in one step with the currency
    assert editor.project.currency == "EUR" and editor.form.lines["usd_rate"].text() == ""


def test_a_table_row_changed_to_another_currency_needs_its_rate(qtbot, editor):
    table = editor.expenditures
    table.add_button.click()
    column = [c.attribute for c in table.model.columns].index("currency")
    table.model.setData(table.model.index(0, column), "EUR")
    line = editor.project.expenditures[0]
    assert line.currency == "EUR" and line.usd_rate is None
    assert any("a US$ rate is required for an amount in EUR" in p for p in table.problems.text().splitlines())


def test_a_negative_budget_is_a_field_problem_and_drives_no_plan(qtbot, editor):
    type_into(qtbot, editor, "planned_start", "2024-01-01")
    type_into(qtbot, editor, "planned_end", "2025-12-31")
    assert editor.form.duration.text() == "24.00 months"  # shown from the dates alone
    type_into(qtbot, editor, "budget", "-500000")
    assert editor.form.messages["budget"].text() == "the amount cannot be negative"
    assert editor.state.plan() is None
    assert "-500,000" not in editor.panel.independence.text()
    type_into(qtbot, editor, "budget", "500000")
    assert editor.state.plan() is not None
    assert editor.form.duration.text().startswith("24.00 months (band")


def test_a_code_another_project_has_in_any_case_is_refused_as_it_is_typed(qtbot, make_editor, errors):
    save_project(Project(code="LUX/24/01/SEN", title="Stored", planned_start=date(2024, 1, 1),
                         planned_end=date(2024, 12, 31), budget=Decimal(1000)))
    editor = make_editor()
    type_into(qtbot, editor, "code", "lux/24/01/sen")
    assert editor.form.messages["code"].text() == "code lux/24/01/sen is already used by another project (as LUX/24/01/SEN)"
    assert not editor.save()
    assert "already used by another project" in str(errors.pop())
    type_into(qtbot, editor, "code", "lux/24/02/sen")
    assert editor.form.messages["code"].text() == ""


def test_the_stored_project_keeps_its_own_code(qtbot, make_editor):
    save_project(Project(code="LUX/24/01/SEN", title="Stored", planned_start=date(2024, 1, 1),
                         planned_end=date(2024, 12, 31), budget=Decimal(1000)))
    editor = make_editor("LUX/24/01/SEN")
    type_into(qtbot, editor, "code", "LUX/24/01/SEN")
    assert editor.form.messages["code"].text() == ""


def test_country_names_in_common_forms_and_no_stale_matches(qtbot, editor):
    type_into(qtbot, editor, "countries", "The Gambia, DR Congo, Viet Nam")
    assert editor.project.countries == ["GM", "CD", "VN"]
    assert editor.form.messages["countries"].text() == ""
    line = editor.form.lines["countries"]
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, "Ga")  # Gabon's code, on the way to typing Gambia
    qtbot.keyClicks(line, "m")
    assert editor.form.country_names.text() == ""  # not "Gabon" from two keys ago
    qtbot.keyClicks(line, "bia")
    assert editor.form.country_names.text() == "Gambia"
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    assert editor.form.country_names.text() == ""


def test_the_country_field_completes_the_name_being_typed(qtbot, editor):
    line = editor.form.lines["countries"]
    show_tab_of(editor, line)
    line.setFocus()
    qtbot.keyClicks(line, "SN, Burk")
    completer = editor.form.country_completer
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert completer.currentCompletion() == "SN, Burkina Faso"  # the parts before stay
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert line.text() == "SN, Burkina Faso"
    assert editor.project.countries == ["SN", "BF"]


def test_the_country_completer_knows_common_names(qtbot, editor):
    line = editor.form.lines["countries"]
    show_tab_of(editor, line)
    line.setFocus()
    qtbot.keyClicks(line, "DR Con")
    popup = editor.form.country_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.project.countries == ["CD"]


def test_the_status_bar_names_fields_in_the_users_words(qtbot, editor):
    type_into(qtbot, editor, "planned_start", "2024-02-30")
    text = editor.statusBar().currentMessage()
    assert "planned_start" not in text and "usd_rate" not in text


def test_a_long_project_plans_with_a_valid_euro_budget(qtbot, editor):
    for name, text in (("code", "SEN/24/01/LUX"), ("title", "T"), ("planned_start", "2024-01-01"),
                       ("planned_end", "2025-12-31"), ("budget", "500000")):
        type_into(qtbot, editor, name, text)
    choose(editor.form.region, Region.AFRICA)
    choose(editor.form.outcome, StrategicObjective.EMPLOYMENT)
    choose(editor.form.currency, "EUR")
    type_into(qtbot, editor, "usd_rate", "1.08")
    assert editor.project.budget_usd == Decimal("540000.00")
    assert EvaluationKind.FINAL in [e.kind for e in editor.panel.model.evaluations]
    assert "is over US$350,000.00" in editor.panel.independence.text()


def test_the_calendar_is_reached_with_the_keyboard(qtbot, editor):
    type_into(qtbot, editor, "planned_start", "2024-03-14")
    line = editor.form.lines["planned_start"]
    qtbot.keyClick(line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = line.popup
    assert popup is not None and popup.isVisible() and popup.selectedDate() == QDate(2024, 3, 14)
    table = popup.findChild(QTableView)  # the grid of days has the keyboard in a calendar
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert line.text() == "2024-03-15" and editor.project.planned_start == date(2024, 3, 15)


def test_how_the_budget_was_understood_shows_whole_at_1024_pixels(qtbot, editor):
    editor.resize(1024, 700)
    type_into(qtbot, editor, "budget", "500000")
    choose(editor.form.currency, "EUR")
    type_into(qtbot, editor, "usd_rate", "1.08")
    qtbot.wait(10)  # the layout settles
    reading = editor.form.budget_reading
    assert reading.reading == "= EUR 500,000.00 ≈ US$540,000.00 at 1.08"
    assert reading.text() == reading.reading  # not cut
