"""Shared fixtures: every test runs offscreen, as a known user, away from the real data folder."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import postgres_server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may read or write the user's real database or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("TRACKER_DB", raising=False)
    monkeypatch.delenv("TRACKER_RULESETS", raising=False)
    monkeypatch.delenv("TRACKER_USER_RULESETS", raising=False)  # the editor's folder: under XDG_DATA_HOME above
    monkeypatch.setenv("TRACKER_USER", "test-user")
    # The desktop app's settings go to an INI file here (tracker.gui.settings reads this).
    monkeypatch.setenv("TRACKER_SETTINGS", str(home / "config" / "tracker-settings.ini"))
    # Messages in English, whatever the machine's language (a test in French or Spanish says so:
    # tracker.domain.i18n.using_language, or the GUI's `french`/`spanish` fixtures).
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture(autouse=True)
def language_of_the_test() -> Iterator[None]:
    """A test that chose a language (--lang on the command line, the app's preference) leaves the
    next one the system's."""
    from tracker.domain import i18n

    yield
    i18n.set_language(None)


# The tests that use a database (the fixtures below) run on SQLite, and on PostgreSQL too when
# TRACKER_TEST_POSTGRES names a server (tests/postgres_server.py; .ci/run starts one).
ENGINES = ["sqlite", "postgresql"] if postgres_server.ADDRESS else ["sqlite"]


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    if request.param != "sqlite" and request.node.get_closest_marker("sqlite_only"):
        pytest.skip("about SQLite files (pragmas, file modes, backups): not a PostgreSQL behaviour")
    return request.param


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file in the test's folder (the tests of SQLite files use it directly)."""
    return tmp_path / "tracker.sqlite3"


@pytest.fixture(scope="session")
def postgres_templates() -> Iterator[dict[str, str]]:
    """Database names on the test server: an empty migrated one and one holding the demo."""
    from tracker.store.database import close_database, open_database
    from tracker.store.demo import load_demo

    empty = postgres_server.create_database()
    open_database(empty)
    close_database()
    demo = postgres_server.create_database(postgres_server.database_name(empty))
    open_database(demo)
    load_demo()
    close_database()
    yield {"empty": postgres_server.database_name(empty), "demo": postgres_server.database_name(demo)}
    postgres_server.drop_database(empty)
    postgres_server.drop_database(demo)


def _postgres_database(request: pytest.FixtureRequest, template: str) -> Iterator[str]:
    templates = request.getfixturevalue("postgres_templates")
    address = postgres_server.create_database(templates[template])
    yield address
    from tracker.store.database import close_database

    close_database()
    postgres_server.drop_database(address)


@pytest.fixture
def db_target(engine: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[Path | str]:
    """Where the test's empty database is: a file (SQLite) or a server address (PostgreSQL)."""
    if engine == "sqlite":
        yield db_path
    else:
        yield from _postgres_database(request, "empty")


def _opened(target: Path | str):  # type: ignore[no-untyped-def]
    from tracker.store.database import close_database, open_database

    database = open_database(target)
    yield database
    # As the app does at quit: a background job a test started (a reload on the worker thread)
    # finishes on this database before it is closed, never on the next test's (or a dropped one).
    workers = sys.modules.get("tracker.gui.workers")
    if workers is not None:
        workers.wait_for_all(30_000)
    close_database()


@pytest.fixture
def db(db_target: Path | str):
    """An open, empty, migrated database (a temporary file, or a database on the test server)."""
    yield from _opened(db_target)


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
def demo_target(engine: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[Path | str]:
    """Where a fresh copy of the demo portfolio is, on the test's engine."""
    if engine == "sqlite":
        import shutil

        shutil.copyfile(request.getfixturevalue("demo_template"), db_path)
        yield db_path
    else:
        yield from _postgres_database(request, "demo")


@pytest.fixture
def demo_db(demo_target: Path | str):
    """An open database holding the demo portfolio (a fresh copy for each test)."""
    yield from _opened(demo_target)
