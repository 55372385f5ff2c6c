"""Whether the database file itself is sound: SQLite's own check of its pages and indexes (a
PostgreSQL server keeps its own files sound and has no such check to run from a client)."""

from __future__ import annotations

import peewee

from tracker.store.models import database

_SHOWN = 10  # SQLite lists at most this many problems


def integrity_problems() -> list[str]:
    """What SQLite's quick check finds wrong with the open database's file: [] when it is sound
    (and always on PostgreSQL)."""
    current = database.obj
    if not isinstance(current, peewee.SqliteDatabase):
        return []
    rows = [row[0] for row in current.execute_sql(f"PRAGMA quick_check({_SHOWN})").fetchall()]
    return [] if rows == ["ok"] else rows
