import sqlite3
from pathlib import Path

import pytest

from tracker.store import models as m
from tracker.store.database import (
    backup_database,
    close_database,
    default_database_path,
    open_database,
    resolve_database_path,
)
from tracker.store.errors import StoreError
from tracker.store.migrations import LATEST_VERSION, current_version
from tracker.store.reference import reference_partners


@pytest.mark.sqlite_only
def test_sqlite_is_opened_with_wal_normal_sync_foreign_keys_and_busy_timeout(db):
    pragma = lambda name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 1  # NORMAL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 10000


def test_a_new_database_gets_the_latest_schema_version(db):
    assert current_version(db) == LATEST_VERSION
    assert "project" in db.get_tables() and "audit_entry" in db.get_tables()


def test_reopening_keeps_data_and_does_not_migrate_again(db_target):
    open_database(db_target)
    m.Partner.create(code="TESTFUND", name="Test Funding Partner", category="multi-bilateral")
    close_database()
    open_database(db_target)
    assert m.Partner.select().where(m.Partner.code == "TESTFUND").count() == 1
    assert m.Partner.select().count() == 1 + len(reference_partners())  # the reference partners are not seeded again
    assert m.SchemaVersion.select().count() == LATEST_VERSION
    close_database()


def test_a_database_from_a_newer_tracker_is_refused(db_target):
    open_database(db_target)
    m.SchemaVersion.create(version=LATEST_VERSION + 5, description="future")
    close_database()
    with pytest.raises(StoreError, match=f"schema version {LATEST_VERSION + 5}, newer than this tracker knows"):
        open_database(db_target)


def test_a_file_that_is_not_a_database_is_refused_by_name(tmp_path):
    impostor = tmp_path / "notes.sqlite3"
    impostor.write_text("project code,title\nA,B\n" * 100)
    with pytest.raises(StoreError, match="notes.sqlite3 is not a tracker database"):
        open_database(impostor)


def test_someone_elses_sqlite_database_is_refused(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.close()
    with pytest.raises(StoreError, match="no tracker schema version"):
        open_database(other)


def test_database_location_default_env_and_explicit(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_database_path() == tmp_path / "xdg" / "tracker" / "tracker.sqlite3"
    assert resolve_database_path(None) == default_database_path()
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_database_path(None) == tmp_path / "env.sqlite3"
    assert resolve_database_path(tmp_path / "cli.sqlite3") == tmp_path / "cli.sqlite3"


@pytest.mark.sqlite_only
def test_online_backup_copies_the_open_database(db, tmp_path):
    m.Partner.create(code="TESTFUND", name="Test Funding Partner", category="multi-bilateral")
    target = backup_database(tmp_path / "backups" / "copy.sqlite3")
    assert not Path(str(target) + ".partial").exists()
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT name FROM partner WHERE code = 'TESTFUND'").fetchall() == [("Test Funding Partner",)]
    conn.close()


@pytest.mark.sqlite_only
def test_backup_onto_the_database_itself_is_refused(db, db_path):
    with pytest.raises(StoreError, match="another file"):
        backup_database(db_path)


def test_a_new_migration_is_applied_once_to_an_existing_database(db_target, monkeypatch):
    from tracker.store import migrations

    open_database(db_target)
    m.Partner.create(code="TESTFUND", name="Test Funding Partner", category="multi-bilateral")
    close_database()
    applied = []

    def v2_add_partner_note(database):
        applied.append(current_version(database) + 1)
        database.execute_sql("ALTER TABLE partner ADD COLUMN note TEXT DEFAULT ''")

    following = LATEST_VERSION + 1
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (following, "partner note", v2_add_partner_note)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", following)
    db = open_database(db_target)
    assert current_version(db) == following
    assert db.execute_sql("SELECT code, note FROM partner WHERE code = 'TESTFUND'").fetchall() == [("TESTFUND", "")]
    close_database()
    open_database(db_target)
    assert applied == [following]
    close_database()


def test_a_failing_migration_leaves_the_database_at_its_old_version(db_target, monkeypatch):
    from tracker.store import migrations

    open_database(db_target)
    close_database()

    def v2_broken(database):
        database.execute_sql("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (LATEST_VERSION + 1, "broken", v2_broken)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(RuntimeError, match="disk on fire"):
        open_database(db_target)
    close_database()
    monkeypatch.undo()  # this tracker again: opening must find the old version, nothing half done
    db = open_database(db_target)
    assert current_version(db) == LATEST_VERSION
    assert "half_done" not in db.get_tables()
    close_database()


def test_a_version_1_database_gains_country_shares(db_path):
    """Databases written before schema v2 lack project_country.share; opening adds it."""
    with sqlite3.connect(db_path) as conn:
        conn.executescript(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at DATETIME, description TEXT);"
            "INSERT INTO schema_version VALUES (1, '2026-11-01 00:00:00', 'initial schema');"
        )
    conn.close()
    import peewee

    from tracker.store.models import ALL_MODELS

    legacy = peewee.SqliteDatabase(str(db_path))
    with legacy.bind_ctx(ALL_MODELS):
        legacy.create_tables([model for model in ALL_MODELS if model is not m.SchemaVersion])
        legacy.execute_sql("ALTER TABLE project_country DROP COLUMN share")
    legacy.close()
    db = open_database(db_path)
    assert "share" in {c.name for c in db.get_columns("project_country")}
    assert current_version(db) == LATEST_VERSION
    close_database()
