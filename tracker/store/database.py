"""Opening the database: where it lives, a file (tracker.store.sqlite) or a server
(tracker.store.postgres), its schema version, and online backups of a file."""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
from pathlib import Path

import peewee

from tracker.domain.i18n import translate
from tracker.domain.paths import user_data_dir
from tracker.store import migrations
from tracker.store import models as m
from tracker.store.errors import DiskFull, ReadOnlyDatabase, StoreError
from tracker.store.migrations import current_version, migrate
from tracker.store.models import database
from tracker.store.postgres import (
    TrackerPostgresDatabase,
    account_may_write,
    is_server_address,
    open_server,
)
from tracker.store.sqlite import TrackerDatabase, storage_error

DB_FILE_NAME = "tracker.sqlite3"
DEMO_FILE_NAME = "demo.sqlite3"


def default_database_path() -> Path:
    return user_data_dir() / DB_FILE_NAME


def demo_database_path() -> Path:
    """The demo's own database: demo.sqlite3 in the user's data folder, beside tracker.sqlite3.
    (tracker.store.demo loads it; the place is here, for the window to know without the loader.)"""
    return user_data_dir() / DEMO_FILE_NAME


def is_demo_database(path: Path | None) -> bool:
    """Whether `path` is the demo's own database (the window and the command line say so)."""
    if path is None:
        return False
    try:
        return path.expanduser().resolve() == demo_database_path().resolve()
    except OSError:
        return False


def has_demo_data() -> bool:
    """Whether the open database holds any demo data (cheaper than counting it)."""
    return bool(m.Project.select().where(m.Project.is_demo).exists() or m.Partner.select().where(m.Partner.is_demo).exists())


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


def read_snapshot() -> contextlib.AbstractContextManager[object]:
    """A transaction for reads that must agree with each other (the dashboard's figures),
    without taking SQLite's write lock."""
    current = database.obj
    if isinstance(current, peewee.SqliteDatabase):
        return current.atomic("DEFERRED")
    return current.atomic()


# ---------------------------------------------------------------- opening


def _file_is_writable(target: Path) -> bool:
    """Whether this process may write the file (a separate function so tests running as root,
    for whom the kernel ignores file modes, can stand in a read-only file)."""
    return os.access(target, os.W_OK)


def _folder_is_writable(folder: Path) -> bool:
    """Whether this process may create files in the folder (SQLite's -wal and -shm files)."""
    return os.access(folder, os.W_OK | os.X_OK)


def open_database(path: str | os.PathLike[str] | None = None, *, read_only: bool | None = None) -> peewee.Database:
    """Open (creating if needed) the SQLite database at `path`, or the PostgreSQL database a
    postgresql://user@host:port/dbname address names, bring its schema up to date and bind the
    models to it. Returns the database object. `path` None means TRACKER_DB, else the file in
    the user's data folder.

    A file this process may not write (or a server account that may only read) is opened
    read-only (read_only=None decides so; True or False forces it): everything can be read,
    shown, reported and backed up, and a write raises ReadOnlyDatabase saying so, instead of
    failing half-way."""
    address = path or os.environ.get("TRACKER_DB")
    if address and is_server_address(address):
        return _open_server_database(str(address), read_only=read_only)
    target = resolve_database_path(path)
    reason = ""
    folder_locked = False
    if str(target) != ":memory:":
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(translate("StoreDatabase", "cannot create the folder for the database {path}: {reason}").format(
                path=target, reason=exc.strerror)) from None
        if target.exists() and not os.access(target, os.R_OK):
            raise StoreError(translate("StoreDatabase", "cannot read the database {path}: permission denied").format(path=target))
        folder_locked = target.exists() and not _folder_is_writable(target.parent)
        if read_only is None:
            read_only = target.exists() and not _file_is_writable(target)
            reason = translate("StoreDatabase", "opened read-only because the file cannot be written") if read_only else ""
            if not read_only and folder_locked:
                read_only, reason = True, translate("StoreDatabase", "opened read-only because its folder cannot be written")
        elif read_only:
            reason = translate("StoreDatabase", "opened read-only")
        if read_only and not target.exists():
            raise StoreError(translate("StoreDatabase", "cannot open the database {path} read-only: there is no such file").format(path=target))
    else:
        read_only = False
    immutable = bool(read_only) and str(target) != ":memory:" and folder_locked and not any(
        target.with_name(target.name + suffix).exists() for suffix in ("-wal", "-shm"))
    db = TrackerDatabase(target, read_only=bool(read_only), read_only_reason=reason, immutable=immutable)
    close_database()
    _bind(db)
    try:
        db.connect(reuse_if_open=True)
        _check_is_sqlite(db, target)
        if read_only:
            version = current_version(db)
            if version < migrations.LATEST_VERSION:
                raise ReadOnlyDatabase(translate("StoreDatabase",
                    "the database {path} is read-only and has schema version {version}, older than this tracker's "
                    "({latest}); it cannot be updated: make the file writable and open it again",
                ).format(path=target, version=version, latest=migrations.LATEST_VERSION))
        migrate(db)
    except StoreError:
        db.close()
        raise
    except peewee.OperationalError as exc:
        db.close()
        translated = storage_error(exc, target)
        if translated is not None:
            raise translated from None
        raise _not_a_tracker_database(target, exc) from None
    except sqlite3.DatabaseError as exc:
        db.close()
        raise _not_a_tracker_database(target, exc) from None
    except peewee.DatabaseError as exc:
        db.close()
        raise _not_a_tracker_database(target, exc) from None
    return db


def _not_a_tracker_database(target: object, exc: Exception) -> StoreError:
    return StoreError(translate("StoreDatabase", "{path} is not a tracker database ({reason})").format(path=target, reason=str(exc).strip()))


# Any fixed number: the lock only keeps two tracker instances from migrating the same database at once.
_MIGRATION_LOCK = 7_166_061


def _open_server_database(address: str, *, read_only: bool | None) -> peewee.Database:
    db = open_server(address)  # a refused connection raises here, and the current database stays open
    close_database()
    _bind(db)
    try:
        version = current_version(db)
        if read_only is None:
            read_only = version >= 1 and not account_may_write(db)
            reason = translate("StoreDatabase", "opened read-only because this account may not change projects") if read_only else ""
        else:
            reason = translate("StoreDatabase", "opened read-only") if read_only else ""
        if read_only:
            if version < migrations.LATEST_VERSION:
                raise ReadOnlyDatabase(translate("StoreDatabase",
                    "the database {path} is opened read-only and has schema version {version}, older than this tracker's "
                    "({latest}); open it with an account that may change it to update it",
                ).format(path=db.label, version=version, latest=migrations.LATEST_VERSION))
            db.make_read_only(reason)
            return db
        # Two users opening an old database at the same moment: one migrates, the other waits
        # and then finds it up to date.
        db.execute_sql("SELECT pg_advisory_lock(%s)", (_MIGRATION_LOCK,))
        try:
            migrate(db)
        finally:
            db.execute_sql("SELECT pg_advisory_unlock(%s)", (_MIGRATION_LOCK,))
    except StoreError:
        db.close()
        raise
    except peewee.DatabaseError as exc:
        db.close()
        raise _not_a_tracker_database(db.label, exc) from None
    return db


def _check_is_sqlite(db: peewee.Database, target: Path) -> None:
    # Reading the schema forces SQLite to read the header: a text file fails here, not later.
    db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()


_opened = 0  # how many times a database was bound: tells an answer about one opened since


def _bind(db: peewee.Database) -> None:
    global _opened
    database.initialize(db)
    _opened += 1


def opening() -> int:
    """A number that changes whenever another database is opened (or the same one again): a read
    started on the worker thread compares it when its answer arrives, and an answer about a
    database no longer open is dropped rather than shown."""
    return _opened


def close_database() -> None:
    current = database.obj
    if current is not None and not current.is_closed():
        current.close()


def close_thread_connection() -> None:
    """Close this thread's connection, if it opened one. peewee keeps one connection per thread,
    so a worker thread closes its own when its work is done (the UI thread's stays open)."""
    close_database()


def database_label() -> str | None:
    """What names the open database to a user: its file, or its server address without the password."""
    current = database.obj
    if isinstance(current, TrackerPostgresDatabase):
        return current.label
    path = database_path()
    return None if path is None else str(path)


def database_target() -> Path | str | None:
    """What open_database needs to open the current database again: its file or server address."""
    current = database.obj
    if isinstance(current, TrackerPostgresDatabase):
        return current.address
    return database_path()


def is_server_database() -> bool:
    """Whether the open database is on a server (shared), not a file of this computer."""
    return isinstance(database.obj, TrackerPostgresDatabase)


def database_path() -> Path | None:
    """The open database's file; None for a server database (see database_label)."""
    current = database.obj
    if isinstance(current, TrackerDatabase):
        return current.path
    if isinstance(current, peewee.SqliteDatabase):
        return Path(current.database)
    return None


def is_read_only() -> bool:
    """Whether the open database was opened read-only (a file this process cannot write)."""
    return bool(getattr(database.obj, "read_only", False))


def backup_database(destination: str | os.PathLike[str]) -> Path:
    """Copy the open database with SQLite's online backup API: consistent even while it is in
    use, which a file copy of a live WAL database is not."""
    source_db = database.obj
    if isinstance(source_db, TrackerPostgresDatabase):
        raise StoreError(translate("StoreDatabase", "the database {path} is on a server: its administrator backs it up (pg_dump), not tracker")
                         .format(path=source_db.label))
    if not isinstance(source_db, peewee.SqliteDatabase):
        raise StoreError(translate("StoreDatabase", "no SQLite database is open"))
    target = Path(destination).expanduser()
    source_path = source_db.path if isinstance(source_db, TrackerDatabase) else Path(source_db.database)
    if target.resolve() == source_path.resolve():
        raise StoreError(translate("StoreDatabase", "the backup must go to another file than the database itself"))
    if target.is_dir():
        raise StoreError(translate("StoreDatabase", "{path} is a folder; give a file name for the backup").format(path=target))
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(partial) as copy:
            source_db.connection().backup(copy)
        copy.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        if isinstance(storage_error(exc, target), DiskFull):
            raise DiskFull(translate("StoreDatabase", "the disk is full: the backup {path} was not written; the database is unchanged; free some "
                                     "space and try again").format(path=target)) from None
        raise StoreError(translate("StoreDatabase", "cannot write the backup {path}: {reason}").format(path=target, reason=exc)) from None
    return target
