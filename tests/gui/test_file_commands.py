"""The File menu: new, open, open recent, backup and the demo portfolio, with the file dialogs
answered by the test."""

import sqlite3
from pathlib import Path

import pytest

from tests.gui.factories import ALL_CODES, visible_codes
from tracker.gui import file_commands
from tracker.store.database import database_label, database_path, database_target
from tracker.store.errors import StoreError

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


def answer(monkeypatch, dialog: str, path: Path | None) -> list[Path]:
    """Make the dialog `dialog` answer `path`; returns the folders it was opened on."""
    asked: list[Path] = []

    def ask(parent, folder):
        asked.append(folder)
        return path

    monkeypatch.setattr(file_commands, dialog, ask)
    return asked


@pytest.mark.sqlite_only
def test_open_switches_to_the_chosen_database(monkeypatch, window, other_db, db_path):
    asked = answer(monkeypatch, "ask_open_database_path", other_db)
    window.menu_actions.open_database.trigger()
    assert asked == [db_path.parent]  # the dialog starts in the current database's folder
    assert database_path() == other_db
    assert visible_codes(window.model) == ["KEN/40/01/X"]
    assert window.windowTitle() == "country-office.sqlite3 — tracker"
    assert window.settings.recent_files()[:2] == [other_db, db_path]


def test_cancelling_the_open_dialog_changes_nothing(monkeypatch, window):
    current = database_target()
    answer(monkeypatch, "ask_open_database_path", None)
    window.menu_actions.open_database.trigger()
    assert database_target() == current and visible_codes(window.model) == ALL_CODES


def test_a_file_that_is_not_a_database_is_refused_and_the_current_one_stays(monkeypatch, window, tmp_path, shown_errors):
    current = database_target()  # a file or a server database: either stays open
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database, just notes\n" * 100)
    answer(monkeypatch, "ask_open_database_path", notes)
    window.menu_actions.open_database.trigger()
    (error,) = shown_errors
    assert isinstance(error, StoreError) and "not a tracker database" in str(error)
    shown_errors.clear()
    assert database_target() == current and visible_codes(window.model) == ALL_CODES


def test_new_database_creates_an_empty_one_and_opens_it(monkeypatch, window, tmp_path):
    answer(monkeypatch, "ask_new_database_path", tmp_path / "fresh")  # no suffix given
    window.menu_actions.new_database.trigger()
    assert database_path() == tmp_path / "fresh.sqlite3" and (tmp_path / "fresh.sqlite3").exists()
    assert visible_codes(window.model) == [] and window.counts.text() == "0 projects"
    assert "Created the database" in window.statusBar().currentMessage()


def test_new_database_never_replaces_an_existing_file(monkeypatch, window, other_db, shown_errors):
    current = database_target()
    answer(monkeypatch, "ask_new_database_path", other_db)
    window.menu_actions.new_database.trigger()
    (error,) = shown_errors
    assert "already exists" in str(error)
    shown_errors.clear()
    assert database_target() == current


@pytest.mark.sqlite_only
def test_backup_writes_a_complete_copy_with_the_online_backup(monkeypatch, qtbot, window, tmp_path):
    target = tmp_path / "backups" / "copy.sqlite3"
    suggested = []
    monkeypatch.setattr(file_commands, "ask_backup_path", lambda parent, proposal: suggested.append(proposal) or target)
    window.menu_actions.backup.trigger()
    qtbot.waitUntil(lambda: "Backup written" in window.statusBar().currentMessage())
    assert suggested[0].name.startswith("tracker-backup-")
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM project").fetchone() == (5,)
    copy.close()


@pytest.mark.sqlite_only
def test_a_failed_backup_is_shown(monkeypatch, qtbot, window, db_path, shown_errors):
    monkeypatch.setattr(file_commands, "ask_backup_path", lambda parent, proposal: db_path)  # onto itself
    window.menu_actions.backup.trigger()
    qtbot.waitUntil(lambda: bool(shown_errors))
    assert "another file" in str(shown_errors.pop())


@pytest.mark.sqlite_only
def test_open_recent_lists_the_last_databases_and_drops_missing_ones(qtbot, window, other_db, db_path, tmp_path):
    gone = tmp_path / "deleted.sqlite3"
    window.settings.add_recent_file(gone)
    window.settings.add_recent_file(other_db)
    menu = window.menu_actions.recent_menu
    menu.aboutToShow.emit()
    entries = [a.data() for a in menu.actions()]
    assert entries == [str(other_db), str(db_path)]
    assert [a.isChecked() for a in menu.actions()] == [False, True]  # the open one is ticked
    assert menu.actions()[0].text().startswith("&1 country-office.sqlite3")
    assert "deleted.sqlite3" in window.statusBar().currentMessage()
    menu.actions()[0].trigger()
    assert database_path() == other_db and visible_codes(window.model) == ["KEN/40/01/X"]


def test_a_recent_file_deleted_since_the_menu_was_shown_is_dropped_with_a_message(window, tmp_path):
    current = database_target()
    vanished = tmp_path / "vanished.sqlite3"
    file_commands.open_recent(window, vanished)
    assert database_target() == current
    assert "no longer exists" in window.statusBar().currentMessage()


def test_recent_files_keep_the_last_eight(window, tmp_path):
    for i in range(10):
        window.settings.add_recent_file(tmp_path / f"db{i}.sqlite3")
    recent = window.settings.recent_files()
    assert len(recent) == 8 and recent[0].name == "db9.sqlite3"


@pytest.mark.sqlite_only
def test_open_demo_portfolio_opens_a_database_of_its_own(qtbot, window, db_path):
    from tracker.store.demo import demo_database_path

    window.menu_actions.open_demo.trigger()
    qtbot.waitUntil(lambda: window.model.total_count() > 20, timeout=30_000)
    assert database_path() == demo_database_path() and demo_database_path().exists()
    assert all(window.model.row_at(r).is_demo for r in range(window.model.rowCount()))
    assert window.windowTitle().startswith("Demo portfolio: demo.sqlite3")
    assert "a database of its own" in window.statusBar().currentMessage()
    assert not window.menu_actions.remove_demo.isEnabled()  # the demo's own database: nothing to take out
    # The working database is as it was, and Open Recent goes back to it.
    with sqlite3.connect(db_path) as working:
        assert working.execute("SELECT count(*), sum(is_demo) FROM project").fetchone() == (5, 0)
    working.close()
    assert window.settings.recent_files()[:2] == [demo_database_path(), db_path]
    # Opened again: the demo is there already and is not loaded twice.
    count = window.model.total_count()
    window.menu_actions.open_demo.trigger()
    assert window.model.total_count() == count and database_path() == demo_database_path()


@pytest.mark.sqlite_only
def test_cancelling_the_demo_load_adds_nothing(qtbot, window, monkeypatch):
    from tracker.gui import workers
    from tracker.store import models as m

    # The user presses Cancel at once: the load stops at its first project and rolls back.
    monkeypatch.setattr(workers.Progress, "cancelled", property(lambda self: True))
    window.menu_actions.open_demo.trigger()
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=30_000)
    assert m.Project.select().count() == 0
    assert window.model.total_count() == 0


def test_the_demo_is_never_loaded_among_real_projects(window, shown_errors):
    from tracker.store import models as m

    assert file_commands.load_demo_portfolio(window) is None
    (error,) = shown_errors
    shown_errors.clear()
    assert "holds your own projects" in str(error) and "Open Demo Portfolio" in str(error)
    assert m.Project.select().where(m.Project.is_demo).count() == 0


def test_remove_demo_data_asks_then_leaves_only_real_projects(qtbot, db, make_window, monkeypatch):
    from tests.gui.factories import small_portfolio
    from tracker.store.demo import load_demo

    load_demo()  # as an earlier tracker did, into the working database
    small_portfolio()
    window = make_window()
    qtbot.waitUntil(lambda: window.menu_actions.remove_demo.isEnabled())
    assert "Includes demo data" in window.findChild(file_commands.QLabel, "demoNotice").text()
    asked = []
    monkeypatch.setattr(file_commands, "ask_remove_demo_data", lambda parent, found, where: asked.append(found) or False)
    window.menu_actions.remove_demo.trigger()
    assert asked[0].projects > 20 and window.model.total_count() > 20  # Cancel: nothing removed
    monkeypatch.setattr(file_commands, "ask_remove_demo_data", lambda parent, found, where: True)
    window.menu_actions.remove_demo.trigger()
    qtbot.waitUntil(lambda: visible_codes(window.model) == ALL_CODES, timeout=30_000)
    qtbot.waitUntil(lambda: not window.menu_actions.remove_demo.isEnabled())
    assert "Removed the demo data" in window.statusBar().currentMessage()
    assert not window.findChild(file_commands.QLabel, "demoNotice").isVisible()


def test_quit_closes_the_window(window):
    window.menu_actions.quit.trigger()
    assert not window.isVisible()


def test_backup_of_a_server_database_says_the_server_backs_it_up(monkeypatch, window, engine):
    if engine == "sqlite":
        pytest.skip("a file database is backed up by tracker (the tests above)")
    told = []
    monkeypatch.setattr(file_commands.QMessageBox, "information", lambda parent, title, text: told.append(text))
    window.menu_actions.backup.trigger()
    (text,) = told
    assert "on a server" in text and database_label() in text and "pg_dump" in text
