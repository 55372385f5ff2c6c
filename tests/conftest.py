"""Shared fixtures: every test runs offscreen, as a known user, away from the real data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may read or write the user's real database or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("TRACKER_DB", raising=False)
    monkeypatch.delenv("TRACKER_RULESETS", raising=False)
    monkeypatch.setenv("TRACKER_USER", "test-user")
    # The desktop app's settings go to an INI file here (tracker.gui.settings reads this).
    monkeypatch.setenv("TRACKER_SETTINGS", str(home / "config" / "tracker-settings.ini"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tracker.sqlite3"


@pytest.fixture
def db(db_path: Path):
    """An open, empty, migrated database in a temporary folder."""
    from tracker.store.database import close_database, open_database

    database = open_database(db_path)
    yield database
    close_database()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio loaded once per test run into a file that tests copy."""
    from tracker.store.database import close_database, open_database
    from tracker.store.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    open_database(path)
    load_demo()
    # Fold the WAL into the main file so a plain copy of the closed file is complete.
    from tracker.store.models import database

    database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    return path


@pytest.fixture
def demo_db(demo_template: Path, db_path: Path):
    """An open database holding the demo portfolio (a fresh copy for each test)."""
    import shutil

    from tracker.store.database import close_database, open_database

    shutil.copyfile(demo_template, db_path)
    database = open_database(db_path)
    yield database
    close_database()
