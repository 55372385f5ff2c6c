"""File > Import… with an IATI activity file: the preview says what each transaction type
becomes, the choice of how disbursements and outgoing commitments are recorded is offered with
"Automatic" preselected, and a new choice checks the file again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.exchange.test_iati_import_rates import CRAFTED, H2H, VN, load_rates
from tracker.domain.classifications import ExpenditureType
from tracker.gui import import_menu
from tracker.store import models as m
from tracker.store.projects import load_project


@pytest.fixture
def installed(window):
    load_rates({"EUR", "GBP", "CZK", "MNT"}, dt.date(2020, 1, 1))
    actions = import_menu.install(window)
    return window, actions


def open_dialog(window, actions, monkeypatch, qtbot, path: Path = CRAFTED):
    monkeypatch.setattr(import_menu, "ask_import_file", lambda parent: path)
    actions["import"].trigger()
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20000)
    return dialog


def test_the_preview_of_an_iati_file_offers_the_choice_and_says_what_each_type_becomes(installed, qtbot, monkeypatch):
    window, actions = installed
    dialog = open_dialog(window, actions, monkeypatch, qtbot)
    assert dialog.kind == "iati" and dialog.disbursements.isVisibleTo(dialog)
    assert (dialog.disbursements.currentData(), dialog.outgoing_commitments.currentData()) == ("auto", "auto")
    text = dialog.summary.text()
    assert "• 2 disbursements recorded as expenditure (subcontracts: money passed on to implementing partners)" in text
    assert "no US$ rate" not in text
    assert m.Project.select().where(m.Project.code == VN).count() == 0  # the preview wrote nothing

    # Another choice: the file is checked again and the preview says so.
    dialog.disbursements.setCurrentIndex(dialog.disbursements.findData("skip"))
    qtbot.waitUntil(lambda: "6 disbursements not recorded, as chosen for this file" in dialog.summary.text(), timeout=20000)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20000)
    with qtbot.waitSignals([dialog.imported, window.reloaded], order="strict", timeout=20000):
        dialog.import_button.click()
    assert not any(e.expenditure_type is ExpenditureType.SUBCONTRACTS and e.month in (3, 9) for e in load_project(VN).expenditures)
    assert window.model.id_of_code(H2H) is not None


def test_a_workbook_shows_no_transaction_choice(installed, qtbot, monkeypatch, tmp_path):
    from tests.exchange.workbooks import EXPENDITURE, PROJECT, fill

    window, actions = installed
    dialog = open_dialog(window, actions, monkeypatch, qtbot, fill(tmp_path / "in.xlsx", {"Projects": [PROJECT], "Expenditure": [EXPENDITURE]}))
    assert dialog.kind == "workbook" and not dialog.disbursements.isVisibleTo(dialog) and dialog.choice() is None
