"""The embedded SQLite file: its pragmas, and environment errors translated in one place.

Environment errors (a read-only file, a full disk, a failing drive, a lock held too long by
another program) are translated by the cursor of TrackerDatabase's connections: every
statement, BEGIN, COMMIT and ROLLBACK that SQLite refuses for one of those reasons (whether it
comes through peewee or a bulk insert on the cursor) raises a StorageError subclass
whose message names the file, says that nothing was saved and what to do, instead of the
driver's OperationalError. Every write of tracker runs in one transaction (store.projects,
imports, merges, the demo), so "nothing was saved" holds for the whole action: the transaction
is rolled back (or SQLite already rolled it back) and what was saved before is untouched."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import peewee

from tracker.domain.i18n import translate
from tracker.store.errors import (
    DamagedDatabase,
    DatabaseBusy,
    DiskFull,
    DiskIOError,
    ReadOnlyDatabase,
    StorageError,
)

# WAL lets the GUI read while a worker writes; NORMAL is durable in WAL mode except for the last
# transactions on power loss; the busy timeout makes a second writer wait instead of failing.
SQLITE_PRAGMAS: dict[str, Any] = {
    "journal_mode": "wal",
    "synchronous": "normal",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "cache_size": -64_000,
}


def storage_error(exc: BaseException, path: Path | str, *, read_only_reason: str = "") -> StorageError | None:
    """The StorageError a driver error stands for, or None when it is not an environment error
    (a constraint, a malformed statement: those are bugs and stay as they are)."""
    original = getattr(exc, "orig", exc)  # peewee keeps the sqlite3 exception as .orig
    name = getattr(original, "sqlite_errorname", "") or ""
    os_errno = getattr(original, "errno", None)
    text = str(original)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        text = (translate("StoreDatabase", "the database {path} is read-only ({reason}): nothing was saved; what was saved before "
                                           "is unchanged; make the file writable (or save a backup copy and open that) to make changes")
                if read_only_reason else
                translate("StoreDatabase", "the database {path} is read-only: nothing was saved; what was saved before is unchanged; "
                                           "make the file writable (or save a backup copy and open that) to make changes"))
        return ReadOnlyDatabase(text.format(path=path, reason=read_only_reason))
    if name == "SQLITE_FULL" or os_errno == errno.ENOSPC or "database or disk is full" in text:
        return DiskFull(translate("StoreDatabase", "the disk is full: nothing was saved to the database {path}; what was saved "
                                                   "before is intact; free some space on the disk and try again").format(path=path))
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return DatabaseBusy(translate("StoreDatabase", "the database {path} is locked by another program (waited {seconds} s): "
                                                       "nothing was saved; try again when the other program has finished")
                            .format(path=path, seconds=SQLITE_PRAGMAS["busy_timeout"] // 1000))
    if name.startswith("SQLITE_CANTOPEN"):
        return StorageError(translate("StoreDatabase", "cannot open the database {path} ({reason}): check that the file and its "
                                                       "folder exist and that the folder can be written (SQLite keeps -wal and -shm "
                                                       "files beside the database)").format(path=path, reason=text))
    # (A file that is no database at all, SQLITE_NOTADB, is open_database's to name.)
    if name.startswith("SQLITE_CORRUPT") or "disk image is malformed" in text:
        return DamagedDatabase(translate("StoreDatabase", "the database {path} is damaged ({reason}): nothing was read or saved by "
                                                          "this action; open your latest backup copy (File > Open…), or ask for help "
                                                          "to recover what the file still holds").format(path=path, reason=text))
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in text:
        return DiskIOError(translate("StoreDatabase", "the drive holding the database {path} reported an error ({reason}): nothing "
                                                      "was saved; check that the drive or network folder is still there and try again")
                           .format(path=path, reason=name or text))
    return None


@contextlib.contextmanager
def storage_errors(path: Path | str, *, read_only_reason: str = "") -> Iterator[None]:
    """Raise a StorageError in place of a driver error caused by the environment."""
    try:
        yield
    except (sqlite3.OperationalError, peewee.OperationalError, sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        if isinstance(exc, (sqlite3.IntegrityError, peewee.IntegrityError)):
            raise
        translated = storage_error(exc, path, read_only_reason=read_only_reason)
        if translated is None:
            raise
        raise translated from exc


class _TranslatingCursor(sqlite3.Cursor):
    """Every statement of tracker runs through here: peewee's queries, its BEGIN, COMMIT and
    ROLLBACK, and the bulk inserts that use the cursor directly (tracker.store.bulk)."""

    connection: _TrackerConnection

    def execute(self, sql, parameters=(), /):  # type: ignore[no-untyped-def, override]
        with self.connection.storage_errors():
            return super().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters, /):  # type: ignore[no-untyped-def, override]
        with self.connection.storage_errors():
            return super().executemany(sql, seq_of_parameters)

    def executescript(self, script, /):  # type: ignore[no-untyped-def, override]
        with self.connection.storage_errors():
            return super().executescript(script)

    # A damaged page is found while rows are fetched, not only when the statement starts.
    def fetchone(self):  # type: ignore[no-untyped-def]
        with self.connection.storage_errors():
            return super().fetchone()

    def fetchmany(self, size=1):  # type: ignore[no-untyped-def, override]
        with self.connection.storage_errors():
            return super().fetchmany(size)

    def fetchall(self):  # type: ignore[no-untyped-def]
        with self.connection.storage_errors():
            return super().fetchall()

    def __next__(self):  # type: ignore[no-untyped-def]
        with self.connection.storage_errors():
            return super().__next__()


class _TrackerConnection(sqlite3.Connection):
    tracker_path: Path | str = "?"  # set per database by TrackerDatabase
    read_only_reason = ""

    def cursor(self, factory=_TranslatingCursor):  # type: ignore[no-untyped-def, override]
        return super().cursor(factory)

    def storage_errors(self) -> contextlib.AbstractContextManager[None]:
        return storage_errors(self.tracker_path, read_only_reason=self.read_only_reason)


class TrackerDatabase(peewee.SqliteDatabase):
    """SqliteDatabase that knows its file and whether it was opened read-only. Its connections
    translate environment errors (see the module docstring) on every statement."""

    def __init__(self, path: Path, *, read_only: bool = False, read_only_reason: str = "", immutable: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.read_only_reason = read_only_reason
        connection_class = type("TrackerConnection", (_TrackerConnection,), {"tracker_path": path, "read_only_reason": read_only_reason})
        if read_only:
            # journal_mode is stored in the file (always WAL for a tracker database); setting it
            # is a write, which a read-only connection refuses.
            pragmas = {k: v for k, v in SQLITE_PRAGMAS.items() if k != "journal_mode"}
            # immutable: a file in a folder nobody may write, with no -wal/-shm beside it, which
            # SQLite could not create to read a WAL database otherwise ("unable to open").
            uri = path.absolute().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
            super().__init__(uri, pragmas=pragmas, uri=True, factory=connection_class)
        else:
            super().__init__(str(path), pragmas=SQLITE_PRAGMAS, factory=connection_class)

    def begin(self, lock_type: str | None = None) -> None:  # type: ignore[override]
        # Writes take the write lock when they begin, not at their first UPDATE: a transaction that
        # read a row and then finds another writer's commit newer than what it read would get
        # SQLITE_BUSY_SNAPSHOT at once (a misleading "locked"); starting IMMEDIATE makes it wait
        # for the other writer instead, read the new version and report a stale edit. Reads that
        # only want a consistent snapshot ask for DEFERRED (read_snapshot).
        if lock_type is None and not self.read_only:
            lock_type = "IMMEDIATE"
        super().begin(lock_type)

    def _transaction_gone(self) -> bool:
        # After SQLITE_FULL or an I/O error SQLite may roll back the whole transaction itself; the
        # savepoints and the transaction peewee then tries to undo no longer exist, and undoing
        # them must not hide the error that says why.
        return self.is_closed() or not self._state.conn.in_transaction

    def _cancelled(self) -> StorageError:
        # Someone caught a StorageError and carried on: what followed ran outside the transaction.
        return StorageError(translate("StoreDatabase", "the transaction on the database {path} was cancelled by an earlier error; "
                                                       "its changes were not saved").format(path=self.path))

    def execute_sql(self, sql, params=None):  # type: ignore[no-untyped-def]
        if sql.startswith(("ROLLBACK TO SAVEPOINT", "RELEASE SAVEPOINT")) and self._transaction_gone():
            if sql.startswith("RELEASE"):  # committing a savepoint of a transaction that is gone
                raise self._cancelled()
            return self.cursor()
        return super().execute_sql(sql, params)

    def commit(self):  # type: ignore[no-untyped-def]
        if self._transaction_gone():
            raise self._cancelled()
        return super().commit()

    def rollback(self):  # type: ignore[no-untyped-def]
        if self._transaction_gone():
            return None
        return super().rollback()
