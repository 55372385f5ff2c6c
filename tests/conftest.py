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
