"""Throw-away PostgreSQL databases for the tests that run on both engines.

TRACKER_TEST_POSTGRES names a server and an account that may create databases, e.g.
postgresql://tracker:tracker@localhost/postgres (see README, "Tests on PostgreSQL"). Each test
gets a database of its own, copied from a template (an empty migrated one, or one holding the
demo portfolio) with CREATE DATABASE ... TEMPLATE, and dropped after it.

A DROP DATABASE waits for a checkpoint of the whole server (seconds on a busy disk) and a copy for
a WAL flush, so the per-test databases are made ahead and dropped behind, on a few background
connections (`copy_for_test`, `drop_later`): a test waits for neither, and the checkpoints of
drops running side by side are shared."""

from __future__ import annotations

import os
import threading
import uuid
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from urllib.parse import urlsplit

ADDRESS = os.environ.get("TRACKER_TEST_POSTGRES", "")
PREFIX = f"tracker_test_{os.getpid()}_"  # one run's databases, apart from a parallel run's


def address_of(name: str) -> str:
    """The server address with another database name."""
    return urlsplit(ADDRESS)._replace(path="/" + name).geturl()


def admin_connection(database: str | None = None):  # type: ignore[no-untyped-def]
    """A psycopg2 connection of the test account, in autocommit (CREATE/DROP DATABASE and ROLE
    cannot run in a transaction), to `database` or the one TRACKER_TEST_POSTGRES names."""
    import psycopg2

    from tracker.store.postgres import connection_parameters

    params = connection_parameters(ADDRESS)
    name = params.pop("database")
    conn = psycopg2.connect(dbname=database or name, **{k: v for k, v in params.items() if k != "options"})
    conn.autocommit = True
    return conn


def create_database(template: str | None = None) -> str:
    """A new database (copied from `template`, a database name); returns its address."""
    name = PREFIX + uuid.uuid4().hex[:10]
    conn = admin_connection()
    try:
        with conn.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    finally:
        conn.close()
    return address_of(name)


def drop_database(address: str) -> None:
    name = urlsplit(address).path.lstrip("/")
    conn = admin_connection()
    try:
        with conn.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        conn.close()


def database_name(address: str) -> str:
    return urlsplit(address).path.lstrip("/")


# ---------------------------------------------------------------- copies made ahead, drops behind

BACKGROUND_CONNECTIONS = 4
MAX_PENDING_DROPS = 8  # a bound on the finished databases still on the disk
_lock = threading.Lock()
_background: ThreadPoolExecutor | None = None
_spares: dict[str, deque[Future[str]]] = {}
_drops: deque[Future[None]] = deque()


def _executor() -> ThreadPoolExecutor:
    global _background
    with _lock:
        if _background is None:
            _background = ThreadPoolExecutor(BACKGROUND_CONNECTIONS, thread_name_prefix="test-databases")
        return _background


def copy_for_test(template: str) -> str:
    """A new database copied from `template` (a database name) for one test; returns its address.
    The copy was started in the background when the previous test took one, and the next one is
    started now. A template is never written to once copies are taken from it."""
    spares = _spares.setdefault(template, deque())
    while len(spares) < 2:
        spares.append(_executor().submit(create_database, template))
    return spares.popleft().result()


def drop_later(address: str) -> None:
    """Drop a database nobody uses any more, in the background (`finish` waits for it)."""
    while len(_drops) >= MAX_PENDING_DROPS:
        _drops.popleft().result()
    while _drops and _drops[0].done():
        _drops.popleft().result()  # a failed drop is reported here, by the next test's teardown
    _drops.append(_executor().submit(drop_database, address))


def finish() -> None:
    """Drop the copies made ahead and not used, and wait for every drop: the templates may then
    be dropped too."""
    for spares in _spares.values():
        while spares:
            drop_later(spares.popleft().result())
    while _drops:
        _drops.popleft().result()
