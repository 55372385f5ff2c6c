"""Throw-away PostgreSQL databases for the tests that run on both engines.

TRACKER_TEST_POSTGRES names a server and an account that may create databases, e.g.
postgresql://tracker:tracker@localhost/postgres (see README, "Tests on PostgreSQL"). Each test
gets a database of its own, copied from a template (an empty migrated one, or one holding the
demo portfolio) with CREATE DATABASE ... TEMPLATE, which takes a few milliseconds, and dropped
after it."""

from __future__ import annotations

import os
import uuid
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
