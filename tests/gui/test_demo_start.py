"""`python main.py --demo`: the demo portfolio opens in a database of its own, created and filled
the first time; the working database is not touched."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication

from tracker.gui import app
from tracker.store.database import default_database_path
from tracker.store.demo import demo_database_path

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


def test_demo_and_db_are_one_or_the_other(capsys):
    assert app.parse_args(["--demo"]).demo is True
    with pytest.raises(SystemExit) as exit_:
        app.parse_args(["--demo", "--db", "x.sqlite3"])
    assert exit_.value.code == 2 and "leave out --db" in capsys.readouterr().err


def test_main_with_demo_creates_and_fills_the_demo_database(qapp, monkeypatch):
    shown = []
    # The event loop would run until the window is closed: it returns at once here, and main
    # waits for the demo load on the worker thread as it waits for any write in progress.
    monkeypatch.setattr(QApplication, "exec", lambda self: shown.extend(w.windowTitle() for w in self.topLevelWidgets() if w.isVisible()) or 0)
    assert app.main(["--demo"]) == 0
    assert any(title.startswith("Demo portfolio: demo.sqlite3") for title in shown)
    with sqlite3.connect(demo_database_path()) as demo:
        total, demo_rows = demo.execute("SELECT count(*), sum(is_demo) FROM project").fetchone()
    demo.close()
    assert total > 20 and total == demo_rows
    assert not default_database_path().exists()  # the working database is not even created
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
