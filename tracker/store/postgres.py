"""A shared database on a PostgreSQL server, for a headquarters team: the same schema, migrations
and queries as the embedded SQLite file, through peewee's PostgresqlDatabase and psycopg2.

The server is named by an address such as ``postgresql://user@host:5432/dbname`` (``--db`` or
``TRACKER_DB``); a password can be in the address, in ``PGPASSWORD`` or in ``~/.pgpass``, as for
every libpq program. Environment errors (the server unreachable or gone, an account that may only
read, a full disk, a lock held too long) are translated on the cursor, as for SQLite, into
StorageError subclasses whose message names the server and says that nothing was saved."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import peewee
import psycopg2
import psycopg2.extensions
import psycopg2.extras

from tracker.domain.i18n import translate
from tracker.store.errors import ConnectionLost, DatabaseBusy, DiskFull, ReadOnlyDatabase, StorageError, StoreError

SCHEMES = ("postgresql", "postgres")


def is_server_address(target: object) -> bool:
    """Whether `target` names a database server (postgresql://...) rather than a file."""
    text = str(target)
    scheme, sep, _ = text.partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


def connection_parameters(address: str) -> dict[str, Any]:
    """psycopg2.connect's keywords for an address; what the address leaves out (host, port, user,
    password) libpq takes from its usual environment variables and files."""
    parts = urlsplit(address)
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname or "/" in dbname:
        raise StoreError(translate("StoreDatabase", "the server address {address} names no database: write it as "
                                                    "postgresql://user@host:5432/dbname").format(address=safe_address(address)))
    params: dict[str, Any] = {}
    if parts.hostname:
        params["host"] = unquote(parts.hostname)
    try:
        port = parts.port
    except ValueError:
        raise StoreError(translate("StoreDatabase", "the server address {address} has a port that is not a number")
                         .format(address=safe_address(address))) from None
    if port:
        params["port"] = port
    if parts.username:
        params["user"] = unquote(parts.username)
    if parts.password:
        params["password"] = unquote(parts.password)
    params.update(parse_qsl(parts.query))  # sslmode=require, connect_timeout=5, ...
    params.setdefault("connect_timeout", 10)
    # ISO dates and UTC whatever the server's defaults: the stored text and times mean one thing.
    params["options"] = f"-c datestyle=ISO,YMD -c timezone=UTC {params.get('options', '')}".strip()
    params.setdefault("application_name", "tracker")
    return {"database": dbname, **params}


def safe_address(address: str) -> str:
    """The address without its password, for titles, messages and logs."""
    parts = urlsplit(address)
    if parts.password is None:
        return address
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return parts._replace(netloc=f"{user}:***@{netloc}").geturl()


# ---------------------------------------------------------------- environment errors

# SQLSTATE codes (PostgreSQL appendix A) that the environment causes, not tracker.
_READ_ONLY = {"25006", "42501"}  # read_only_sql_transaction, insufficient_privilege
_FULL = {"53100", "53200", "53400"}  # disk_full, out_of_memory, configuration_limit_exceeded
_BUSY = {"55P03", "40P01", "40001", "57014"}  # lock_not_available, deadlock, serialization, query_canceled


def server_error(exc: BaseException, label: str) -> StorageError | None:
    """The StorageError a driver error stands for, or None when it is a bug (a constraint, a
    malformed statement) and must stay as it is."""
    original = getattr(exc, "orig", exc)
    code = getattr(original, "pgcode", None) or ""
    first_line = (str(original).strip().splitlines() or [""])[0]
    if code in _READ_ONLY:
        return ReadOnlyDatabase(translate("StoreDatabase", "the database {path} may not be changed by this account ({reason}): "
                                                           "nothing was saved; what was saved before is unchanged; ask the database "
                                                           "administrator for write access").format(path=label, reason=first_line))
    if code in _FULL:
        return DiskFull(translate("StoreDatabase", "the database server {path} is out of space or memory ({reason}): nothing was "
                                                   "saved; what was saved before is intact; tell the database administrator")
                        .format(path=label, reason=first_line))
    if code in _BUSY:
        return DatabaseBusy(translate("StoreDatabase", "the database {path} is busy with another user's change ({reason}): nothing "
                                                       "was saved; try again").format(path=label, reason=first_line))
    if code.startswith(("08", "57P")) or (isinstance(original, (psycopg2.OperationalError, psycopg2.InterfaceError)) and not code):
        return ConnectionLost(translate("StoreDatabase", "the connection to the database server {path} was cut ({reason}): nothing "
                                                         "of this action was saved; what was saved before is intact; check the "
                                                         "network and that the server is running, then try again")
                              .format(path=label, reason=first_line))
    return None


@contextlib.contextmanager
def server_errors(label: str) -> Iterator[None]:
    try:
        yield
    except Exception as exc:  # psycopg2.Error and its subclasses; anything else passes through unchanged
        if not isinstance(exc, psycopg2.Error):
            raise
        translated = server_error(exc, label)
        if translated is None:
            raise
        raise translated from exc


def _date_text(value: str | None, cursor: Any) -> str | None:
    return value  # '2024-12-31': with DateStyle ISO the server's text is the ISO date


def _sum_value(value: str | None, cursor: Any) -> int | Decimal | None:
    # SUM over integer cents is NUMERIC in PostgreSQL (bigint in SQLite): whole values come back
    # as int, as they do from SQLite, so report code never mixes Decimal and int by engine.
    if value is None:
        return None
    return Decimal(value) if "." in value else int(value)


_READ_STATEMENT = re.compile(r"(?is)^\s*(SELECT|WITH)\b")
# "INSERT INTO t (a, b) VALUES (%s, %s)": the statement up to VALUES, and the row's template.
_SINGLE_ROW_INSERT = re.compile(r"(?is)^\s*(INSERT\s.+?\sVALUES\s*)(\([^()]*\))\s*$")


# Dates come back as ISO text and sums of cents as int, as from SQLite: the raw SQL of
# tracker.store.queries and report_queries reads both engines the same way (peewee's
# DateField parses the text for model queries).
_DATE_AS_TEXT = psycopg2.extensions.new_type((1082,), "TRACKER_DATE", _date_text)
_NUMERIC_AS_INT = psycopg2.extensions.new_type((1700,), "TRACKER_NUMERIC", _sum_value)


class _TranslatingCursor(psycopg2.extensions.cursor):
    tracker_label = "?"

    def execute(self, query, vars=None):  # type: ignore[no-untyped-def, override]
        with server_errors(self.tracker_label):
            return super().execute(query, vars)

    def executemany(self, query, vars_list):  # type: ignore[no-untyped-def, override]
        # psycopg2's executemany makes one round trip per row. An INSERT goes as multi-row
        # VALUES (execute_values), anything else as pages of statements (execute_batch): an
        # Excel import of 20,000 rows takes minutes over a network the first way, seconds these.
        with server_errors(self.tracker_label):
            insert = _SINGLE_ROW_INSERT.match(query) if isinstance(query, str) else None
            if insert:
                psycopg2.extras.execute_values(self, insert[1] + "%s", vars_list, template=insert[2], page_size=1000)
            else:
                psycopg2.extras.execute_batch(self, query, vars_list, page_size=500)


class TrackerPostgresDatabase(peewee.PostgresqlDatabase):
    """PostgresqlDatabase that knows its address (shown without the password) and whether this
    account may only read; its cursors translate environment errors."""

    path = None  # no file: backups are the server's business (pg_dump)

    def __init__(self, address: str) -> None:
        self.address = address
        self.label = safe_address(address)
        self.read_only = False
        self.read_only_reason = ""
        params = connection_parameters(address)
        cursor_class = type("TrackerCursor", (_TranslatingCursor,), {"tracker_label": self.label})
        super().__init__(params.pop("database"), cursor_factory=cursor_class, **params)

    def make_read_only(self, reason: str) -> None:
        self.read_only, self.read_only_reason = True, reason
        if self._state.conn is not None:
            self._state.conn.set_session(readonly=True)  # the open connection; _connect does the next ones

    def execute_sql(self, sql, params=None):  # type: ignore[no-untyped-def]
        if self._connection_cut():
            if not self.in_transaction():
                self._state.reset()  # between actions: connect again, nothing was under way
            elif sql.startswith("ROLLBACK TO SAVEPOINT"):
                return None  # the server discarded the whole transaction with the connection
            else:
                raise self._lost()
        try:
            return super().execute_sql(sql, params)
        except ConnectionLost:
            if self.in_transaction():
                raise  # the action fails with the message; its transaction died with the connection
            self._state.reset()  # the next statement connects again
            if not _READ_STATEMENT.match(sql):
                raise  # a write may have reached the server before the cut: never run it twice
            # A read changes nothing: run it once more on a new connection (a server restart or a
            # dropped network between two actions goes unnoticed).
            return super().execute_sql(sql, params)

    def _connection_cut(self) -> bool:
        conn = self._state.conn
        return conn is not None and bool(conn.closed)

    def _lost(self) -> ConnectionLost:
        return ConnectionLost(translate("StoreDatabase", "the connection to the database server {path} was cut (found closed): "
                                                         "nothing of this action was saved; what was saved before is intact; check "
                                                         "the network and try again").format(path=self.label))

    def begin(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        # Nothing has been done yet at BEGIN: a connection found cut here is simply made again.
        if self._connection_cut():
            self._state.reset()
        try:
            return super().begin(*args, **kwargs)
        except ConnectionLost:
            self._state.reset()
            return super().begin(*args, **kwargs)

    def commit(self):  # type: ignore[no-untyped-def]
        if self._connection_cut():
            raise self._lost()
        return super().commit()

    def rollback(self):  # type: ignore[no-untyped-def]
        if self._connection_cut():
            return None  # nothing to undo: the server rolled the transaction back when the connection went
        return super().rollback()

    def _connect(self):  # type: ignore[no-untyped-def]
        try:
            conn = super()._connect()
        except psycopg2.OperationalError as exc:  # refused, unknown host, bad password, no such database
            reason = (str(exc).strip().splitlines() or [translate("StoreDatabase", "unknown reason")])[0]
            raise StorageError(translate("StoreDatabase", "cannot connect to the database server {path}: {reason}")
                               .format(path=self.label, reason=reason)) from None
        psycopg2.extensions.register_type(_DATE_AS_TEXT, conn)
        psycopg2.extensions.register_type(_NUMERIC_AS_INT, conn)
        if self.read_only:
            # Every transaction of the session is read-only (on every new connection too): a
            # write fails with a clear message instead of depending on the account's grants.
            conn.set_session(readonly=True)
        return conn


def open_server(address: str) -> TrackerPostgresDatabase:
    """Connect to the server (not yet migrated); a refused connection is a StoreError that says why."""
    db = TrackerPostgresDatabase(address)
    db.connect(reuse_if_open=True)
    return db


def account_may_write(db: TrackerPostgresDatabase) -> bool:
    """Whether this account may change projects (a read-only reporting account may not)."""
    row = db.execute_sql("SELECT has_table_privilege(current_user, 'project', 'UPDATE')").fetchone()
    return bool(row and row[0])
