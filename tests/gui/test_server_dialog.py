"""File > Open Server Database…: the address dialog, and opening a shared database from the app."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tests import postgres_server
from tests.gui.factories import ALL_CODES, visible_codes
from tracker.gui import file_commands, server_dialog, settings
from tracker.gui.server_dialog import ServerDialog, with_password, without_password
from tracker.store.database import database_label, database_target
from tracker.store.errors import StorageError


def test_open_is_offered_only_for_a_complete_server_address(qtbot):
    dialog = ServerDialog(None)
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert not open_button.isEnabled() and dialog.hint.text() == ""
    for text, valid in [("C:/data/tracker.sqlite3", False), ("postgresql://hq-db", False),
                        ("postgresql://ana@hq-db:5432/tracker", True)]:
        dialog.address.setText(text)
        assert open_button.isEnabled() is valid, text
        assert bool(dialog.hint.text()) is not valid


def test_the_password_typed_goes_into_the_address_encoded_and_is_never_kept():
    address = with_password("postgresql://ana@hq-db:5432/tracker", "p@ss:w/rd")
    assert address == "postgresql://ana:p%40ss%3Aw%2Frd@hq-db:5432/tracker"
    assert without_password(address) == "postgresql://ana@hq-db:5432/tracker"
    assert with_password("postgresql://ana@hq-db/tracker", "") == "postgresql://ana@hq-db/tracker"


def test_a_server_that_refuses_is_shown_and_the_open_database_stays(monkeypatch, window, shown_errors):
    current = database_target()
    monkeypatch.setattr(server_dialog, "ask_server_address",
                        lambda parent, last: "postgresql://ana:secret@127.0.0.1:9/tracker?connect_timeout=2")
    window.menu_actions.open_server.trigger()
    (error,) = shown_errors
    shown_errors.clear()
    assert isinstance(error, StorageError) and "cannot connect to the database server" in str(error)
    assert "secret" not in str(error)
    assert database_target() == current and visible_codes(window.model) == ALL_CODES
    assert window.settings.get(settings.LAST_SERVER) == ""  # only an address that opened is remembered


@pytest.mark.skipif(not postgres_server.ADDRESS, reason="TRACKER_TEST_POSTGRES names no server")
def test_opening_a_server_database_shows_its_portfolio_and_remembers_the_address(monkeypatch, window, postgres_templates):
    address = postgres_server.create_database(postgres_templates["demo"])
    try:
        asked = []
        monkeypatch.setattr(server_dialog, "ask_server_address", lambda parent, last: asked.append(last) or address)
        assert file_commands.open_server_database(window)
        assert window.model.rowCount() == 96
        assert window.windowTitle() == f"{database_label()} — tracker"
        remembered = window.settings.get(settings.LAST_SERVER)
        assert remembered == without_password(address) and ":" not in remembered.split("@")[0].removeprefix("postgresql://")
        window.menu_actions.open_server.trigger()  # the dialog starts from the last address
        assert asked[-1] == remembered
    finally:
        from tracker.store.database import close_database

        close_database()
        postgres_server.drop_database(address)
