"""Opening the database: where it lives, its pragmas, its schema version, and online backups."""

from __future__ import annotations

import getpass
import os
import sqlite3
import sys
from pathlib import Path

import peewee

from tracker.store.errors import StoreError
from tracker.store.migrations import migrate
from tracker.store.models import database

APP_NAME = "tracker"
DB_FILE_NAME = "tracker.sqlite3"

# WAL lets the GUI read while a worker writes; NORMAL is durable in WAL mode except for the last
# transactions on power loss; the busy timeout makes a second writer wait instead of failing.
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "normal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "cache_size": -64_000,
}


def user_data_dir() -> Path:
    """The per-user data folder of this platform (XDG on Linux, Application Support on macOS,
    %APPDATA% on Windows)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def default_database_path() -> Path:
    return user_data_dir() / DB_FILE_NAME


def resolve_database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db wins, then TRACKER_DB, then the user's data folder."""
    if explicit:
        return Path(explicit).expanduser()
    if os.environ.get("TRACKER_DB"):
        return Path(os.environ["TRACKER_DB"]).expanduser()
    return default_database_path()


def current_user() -> str:
    """Who the audit trail names: TRACKER_USER if set, else the operating-system account."""
    if os.environ.get("TRACKER_USER"):
        return os.environ["TRACKER_USER"]
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still record something honest
        return "unknown"


def open_database(path: str | os.PathLike[str] | None = None) -> peewee.Database:
    """Open (creating if needed) the SQLite database at `path`, bring its schema up to date and
    bind the models to it. Returns the database object."""
    target = resolve_database_path(path)
    if str(target) != ":memory:":
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for the database {target}: {exc.strerror}") from None
        if target.exists() and not os.access(target, os.R_OK):
            raise StoreError(f"cannot read the database {target}: permission denied")
    db = peewee.SqliteDatabase(str(target), pragmas=SQLITE_PRAGMAS)
    close_database()
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        _check_is_sqlite(db, target)
        migrate(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StoreError(f"{target} is not a tracker database ({exc})") from None
    except peewee.DatabaseError as exc:
        db.close()
        raise StoreError(f"{target} is not a tracker database ({exc})") from None
    return db


def _check_is_sqlite(db: peewee.Database, target: Path) -> None:
    # Reading the schema forces SQLite to read the header: a text file fails here, not later.
    db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()


def close_database() -> None:
    current = database.obj
    if current is not None and not current.is_closed():
        current.close()


def database_path() -> Path | None:
    current = database.obj
    if isinstance(current, peewee.SqliteDatabase):
        return Path(current.database)
    return None


def backup_database(destination: str | os.PathLike[str]) -> Path:
    """Copy the open database with SQLite's online backup API: consistent even while it is in
    use, which a file copy of a live WAL database is not."""
    source_db = database.obj
    if not isinstance(source_db, peewee.SqliteDatabase):
        raise StoreError("no SQLite database is open")
    target = Path(destination).expanduser()
    if target.resolve() == Path(source_db.database).resolve():
        raise StoreError("the backup must go to another file than the database itself")
    if target.is_dir():
        raise StoreError(f"{target} is a folder; give a file name for the backup")
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(partial) as copy:
            source_db.connection().backup(copy)
        copy.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"cannot write the backup {target}: {exc}") from None
    return target
