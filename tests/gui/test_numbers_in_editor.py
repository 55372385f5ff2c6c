"""The editor reads amounts and rates as the user's locale writes them, and offers only the
currencies in use while still showing a stored project's older one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.gui.editor_helpers import type_into
from tracker.domain.classifications import Region, StrategicObjective
from tracker.domain.project import Project
from tracker.gui.editor.window import ProjectEditor

pytestmark = pytest.mark.usefixtures("discard_on_teardown")


def open_editor(qtbot, code: str | None = None) -> ProjectEditor:
    widget = ProjectEditor(code)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose_currency(editor, code):
    position = editor.form.currency.findData(code)
    editor.form.currency.setCurrentIndex(position)
    editor.form.currency.activated.emit(position)


def test_a_rate_typed_with_a_decimal_comma_under_french_settings_is_1_08(qtbot, db, french):
    editor = open_editor(qtbot)
    choose_currency(editor, "EUR")
    type_into(qtbot, editor, "budget", "500 000,00")
    type_into(qtbot, editor, "usd_rate", "1,08")
    assert editor.project.budget == Decimal("500000") and editor.project.usd_rate == Decimal("1.08")
    assert editor.project.budget_usd == Decimal("540000.00")
    type_into(qtbot, editor, "usd_rate", "1.08")  # the English way: refused, with both readings
    assert "it could be 1,08 or 108" in editor.form.messages["usd_rate"].text()


def test_the_currency_list_offers_only_currencies_in_use(qtbot, db):
    editor = open_editor(qtbot)
    offered = {editor.form.currency.itemData(i) for i in range(editor.form.currency.count())}
    assert {"USD", "EUR", "XOF", "XAF", "XCD", "XPF", "CHF"} <= offered
    assert not {"XBT", "XDR", "XAU", "EEK", "ZMK", "BOV", "USN"} & offered


def test_a_stored_project_in_a_withdrawn_currency_still_shows_it(qtbot, db):
    from tracker.store.projects import save_project

    save_project(Project(
        code="EST/05/01/EU", title="Labour inspection in Estonia", region=Region.EUROPE_CENTRAL_ASIA, countries=["EE"],
        outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2005, 1, 1), planned_end=date(2006, 12, 31),
        budget=Decimal("1000000"), currency="EEK", usd_rate=Decimal("0.08"),
    ))
    editor = open_editor(qtbot, "EST/05/01/EU")
    assert editor.form.currency.currentData() == "EEK"
    assert editor.form.currency.currentText().startswith("EEK")
