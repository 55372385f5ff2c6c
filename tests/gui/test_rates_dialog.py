"""Tools > Exchange Rates…: the table of rates listed and filtered, a rate added, corrected and
deleted with the keyboard (each change audited), a bad value named in one sentence, numbers read
and shown as the user writes them, and a file of rates imported in the worker."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tracker.domain.rates import UN_OPERATIONAL_RATES, ExchangeRate
from tracker.gui import rates_dialog
from tracker.gui.rates_dialog import COLUMNS, RateForm, RatesDialog
from tracker.store import models as m
from tracker.store.rates import list_rates, save_rates

pytestmark = pytest.mark.usefixtures("discard_on_teardown")


@pytest.fixture
def rates(db):
    save_rates([
        ExchangeRate("EUR", date(2024, 3, 1), Decimal("1.085")),
        ExchangeRate("EUR", date(2024, 3, 15), Decimal("1.0921")),
        ExchangeRate("EUR", date(2024, 4, 1), Decimal("1.079")),
        ExchangeRate("XOF", date(2024, 3, 1), Decimal("0.001654"), "Central bank"),
    ], who="test")


@pytest.fixture
def dialog(qtbot, rates):
    shown = RatesDialog(None)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def cells(dialog, column):
    model = dialog.model
    return [model.index(row, COLUMNS.index(column)).data() for row in range(model.rowCount())]


def audit(action):
    return [e for e in m.AuditEntry.select().where((m.AuditEntry.table == "exchange_rate") & (m.AuditEntry.action == action))]


def test_every_rate_is_listed_both_ways_round_with_its_source(dialog):
    assert cells(dialog, "currency") == ["EUR", "EUR", "EUR", "XOF"]
    assert cells(dialog, "valid_from") == ["2024-03-01", "2024-03-15", "2024-04-01", "2024-03-01"]
    assert cells(dialog, "usd_per_unit")[0] == "1.085"
    assert cells(dialog, "units_per_usd")[0] == "0.921659"  # 1 / 1.085, to seven significant digits
    assert cells(dialog, "units_per_usd")[3] == "604.5949"
    assert cells(dialog, "source") == ["UN operational rates of exchange"] * 3 + ["Central bank"]
    assert not dialog.empty.isVisible()


def test_a_currency_and_a_day_filter_the_table(qtbot, dialog):
    dialog.currency.setCurrentIndex(dialog.currency.findData("EUR"))
    assert cells(dialog, "valid_from") == ["2024-03-01", "2024-03-15", "2024-04-01"]
    qtbot.keyClicks(dialog.on, "2024-03-20")  # the mid-month rate is the one in force
    assert cells(dialog, "valid_from") == ["2024-03-15"]
    dialog.currency.setCurrentIndex(0)  # every currency, on that day
    assert list(zip(cells(dialog, "currency"), cells(dialog, "valid_from"))) == [("EUR", "2024-03-15"), ("XOF", "2024-03-01")]
    assert dialog.status.text() == "In force on 2024-03-20: 2 rates, one a currency."
    dialog.on.clear()
    qtbot.keyClicks(dialog.on, "2024-13-01")
    assert dialog.status.text().startswith("In force on '2024-13-01' is not a day")  # named in one sentence
    assert cells(dialog, "currency") == ["EUR", "EUR", "EUR", "XOF"]  # the table stays as it was (every date)


def test_a_rate_is_added_with_the_keyboard_in_units_per_us_dollar_and_audited(qtbot, dialog):
    form = dialog.add_rate()
    assert isinstance(form, RateForm)
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and form.message.text() == ""  # no error colour before typing
    form.currency.setFocus()
    qtbot.keyClicks(form.currency, "GBP")
    qtbot.keyClicks(form.valid_from, "2024-03-01")
    qtbot.keyClicks(form.units_per_usd, "0.8")  # the UN's way round: the other follows
    assert form.usd_per_unit.text() == "1.25"
    assert form.message.text() == "" and ok.isEnabled()
    qtbot.keyClick(form.units_per_usd, Qt.Key.Key_Return)
    assert not form.isVisible()
    [stored] = list_rates("GBP")
    assert (stored.valid_from, stored.usd_per_unit, stored.source) == (date(2024, 3, 1), Decimal("1.25"), UN_OPERATIONAL_RATES)
    assert [e.record_uuid for e in audit("insert")][-1] == stored.uuid
    assert dialog.selected().uuid == stored.uuid and dialog.status.text() == "Added the rate of GBP from 2024-03-01."
    assert dialog.currency.findData("GBP") > 0  # offered in the filter from now on


def test_a_bad_value_is_one_sentence_naming_the_field(qtbot, dialog):
    form = dialog.add_rate()
    form.currency.setFocus()
    qtbot.keyClicks(form.currency, "GBP")
    qtbot.keyClicks(form.valid_from, "2024-03-01")
    qtbot.keyClicks(form.usd_per_unit, "1,25")  # two readings under English settings: refused, never guessed
    assert form.message.text().startswith("US$ per unit '1,25'") and form.message.text().endswith(".")
    form.usd_per_unit.clear()
    qtbot.keyClicks(form.usd_per_unit, "0")
    assert form.message.text() == "US$ per unit: the rate must be greater than zero."
    form.usd_per_unit.clear()
    qtbot.keyClicks(form.usd_per_unit, "1.2")
    form.valid_from.clear()
    qtbot.keyClicks(form.valid_from, "2024-02-30")
    assert "valid from" in form.message.text().lower() and not form.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    form.reject()


def test_a_rate_is_corrected_in_place_and_audited(qtbot, dialog):
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    original = dialog.selected()
    form = dialog.correct_selected()
    assert form.usd_per_unit.text() == "1.085" and form.valid_from.text() == "2024-03-01"
    form.usd_per_unit.selectAll()
    qtbot.keyClicks(form.usd_per_unit, "1.0855")
    form.accept()
    stored = [r for r in list_rates("EUR") if r.valid_from == date(2024, 3, 1)]
    assert [(r.uuid, r.usd_per_unit) for r in stored] == [(original.uuid, Decimal("1.0855"))]  # the same record
    updates = [e for e in audit("update") if e.record_uuid == original.uuid]
    assert [(e.field, e.old, e.new) for e in updates] == [("usd_per_unit", "1.085", "1.0855")]


def test_a_correction_onto_another_rates_day_is_refused(qtbot, dialog):
    dialog.view.setCurrentIndex(dialog.model.index(0, 0))
    form = dialog.correct_selected()
    form.valid_from.selectAll()
    qtbot.keyClicks(form.valid_from, "2024-04-01")
    assert form.message.text() == "Valid from: EUR already has a rate from 2024-04-01: select it and correct it instead."
    form.reject()


def test_a_rate_is_deleted_after_asking_and_audited(qtbot, dialog, monkeypatch):
    asked = []
    monkeypatch.setattr(rates_dialog, "ask_delete", lambda parent, text: asked.append(text) or True)
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.model.index(3, 0))
    rate = dialog.selected()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Delete)
    assert asked and "XOF" in asked[0] and "keep their rate" in asked[0]
    assert list_rates("XOF") == [] and cells(dialog, "currency") == ["EUR"] * 3
    assert [e.record_uuid for e in audit("delete")] == [rate.uuid]


def test_numbers_are_read_and_shown_as_the_french_write_them(qtbot, rates, french):
    shown = RatesDialog(None)
    qtbot.addWidget(shown)
    assert cells(shown, "usd_per_unit")[0] == "1,085"
    assert cells(shown, "units_per_usd")[3].replace("\u202f", " ").replace("\u00a0", " ") == "604,5949"
    form = shown.add_rate()
    form.currency.setCurrentIndex(form.currency.findData("GBP"))
    qtbot.keyClicks(form.valid_from, "01/03/2024")  # the French short form
    qtbot.keyClicks(form.usd_per_unit, "1,25")
    assert form.problem() == ""
    form.accept()
    assert [r.usd_per_unit for r in list_rates("GBP")] == [Decimal("1.25")]


def test_a_read_only_database_is_looked_at_only(qtbot, rates, monkeypatch):
    monkeypatch.setattr(rates_dialog, "is_read_only", lambda: True)
    shown = RatesDialog(None)
    qtbot.addWidget(shown)
    shown.view.setCurrentIndex(shown.model.index(0, 0))
    assert shown.model.rowCount() == 4
    assert not any(b.isEnabled() for b in (shown.import_button, shown.add_button, shown.correct_button, shown.delete_button))


def test_the_tools_menu_opens_the_window(qtbot, window):
    assert window.rates_action in window.tools_menu.actions()
    window.rates_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, RatesDialog) and w.isVisible() for w in window.findChildren(RatesDialog)))


def test_an_empty_table_says_where_rates_come_from(qtbot, db):
    shown = RatesDialog(None)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.empty.isVisible() and "UN Treasury" in shown.empty.text()


def import_available() -> bool:
    try:
        from tracker.exchange.rates_import import import_rates  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not import_available(), reason="tracker.exchange.rates_import not there yet")
def test_a_file_of_rates_is_imported_in_the_worker_and_reported(qtbot, dialog, monkeypatch, tmp_path: Path):
    reports = []
    monkeypatch.setattr(rates_dialog, "show_report", lambda parent, title, text, details: reports.append((title, text, details)))
    path = tmp_path / "rates.csv"
    path.write_text("currency,date,units_per_usd\nGBP,2024-03-01,0.8\nGBP,2024-04-01,0.79\n", encoding="utf-8")
    monkeypatch.setattr(rates_dialog, "ask_rates_file", lambda parent: path)
    dialog.import_file()
    qtbot.waitUntil(lambda: bool(reports), timeout=10000)
    assert [(r.valid_from, r.usd_per_unit) for r in list_rates("GBP")] == [(date(2024, 3, 1), Decimal("1.25")), (date(2024, 4, 1), Decimal("1.265822785"))]
    title, text, details = reports[0]
    assert title == "Exchange rates imported" and "2 rates added" in text and "GBP" in details
    assert dialog.currency.findData("GBP") > 0 and dialog.import_button.isEnabled()


@pytest.mark.skipif(not import_available(), reason="tracker.exchange.rates_import not there yet")
def test_a_bad_file_is_refused_naming_its_rows_and_nothing_is_written(qtbot, dialog, monkeypatch, tmp_path: Path):
    reports = []
    monkeypatch.setattr(rates_dialog, "show_report", lambda parent, title, text, details: reports.append((title, text, details)))
    path = tmp_path / "rates.csv"
    path.write_text("currency,date,usd_per_unit\nGBP,2024-03-01,1.25\nGBP,2024-04-01,lots\n", encoding="utf-8")
    dialog.import_path(path)
    qtbot.waitUntil(lambda: bool(reports), timeout=10000)
    title, text, details = reports[0]
    assert title == "Exchange rates not imported" and "nothing was imported" in text and "lots" in details
    assert details.startswith("rates.csv")  # the file as it is named, not capitalised
    assert list_rates("GBP") == []


def test_a_file_that_is_no_list_of_rates_is_named_in_one_sentence(qtbot, dialog, monkeypatch, tmp_path: Path):
    reports = []
    monkeypatch.setattr(rates_dialog, "show_report", lambda parent, title, text, details: reports.append((title, text, details)))
    path = tmp_path / "notes.csv"
    path.write_text("what,when\nlunch,noon\n", encoding="utf-8")
    dialog.import_path(path)
    qtbot.waitUntil(lambda: bool(reports), timeout=10000)
    title, text, _details = reports[0]
    assert title == "Exchange rates not imported" and "notes.csv" in text and dialog.status.text() == text
    assert dialog.model.rowCount() == 4 and dialog.import_button.isEnabled()
