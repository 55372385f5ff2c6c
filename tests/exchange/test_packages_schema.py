"""Schema version 3 for field packages: an older database gains the site identity, sync base,
exchange log and conflicts tables, and its stage history gets UUIDs."""

from __future__ import annotations

import sqlite3

from tracker.exchange.packages import set_site_name, site_identity
from tracker.store import models as m
from tracker.store.database import close_database, open_database
from tracker.store.migrations import LATEST_VERSION, current_version


def _make_v2_database(path) -> None:
    """A database as tracker's schema v2 left it: no v3 tables, stage_change without uuid."""
    open_database(path)
    close_database()
    with sqlite3.connect(path) as conn:
        for table in ("site", "sync_base", "exchange_log", "conflict"):
            conn.execute(f'DROP TABLE "{table}"')
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'stage_change' AND sql LIKE '%uuid%'").fetchall():
            conn.execute(f'DROP INDEX "{name}"')
        conn.execute("ALTER TABLE stage_change DROP COLUMN uuid")
        conn.execute("INSERT INTO project (uuid, code, title, description, stage, office, officer, currency, usd_rate, midterm_review_agreed, rule_set, is_demo, archived, version, created_at, updated_at) "
                     "VALUES ('p-1', 'OLD/1', 'Old project', '', 'design', '', '', 'USD', '1', 0, 'ilo-2002', 0, 0, 1, '2020-01-01', '2020-01-01')")
        for action in ("submit", "return-to-design"):
            conn.execute("INSERT INTO stage_change (project_id, to_stage, action, reason, changed_on, at, who) VALUES (1, 'design', ?, '', '2020-01-02', '2020-01-02', 'x')", (action,))
        conn.execute("DELETE FROM schema_version WHERE version >= 3")
    conn.close()


def test_a_v2_database_is_migrated_to_v3(db_path):
    _make_v2_database(db_path)
    db = open_database(db_path)
    assert current_version(db) == LATEST_VERSION  # v3, and the versions after it
    assert {"site", "sync_base", "exchange_log", "conflict"} <= set(db.get_tables())
    uuids = [c.uuid for c in m.StageChange.select()]
    assert len(uuids) == 2 and all(uuids) and len(set(uuids)) == 2
    close_database()


def test_the_database_has_one_stable_identity(db):
    first = site_identity()
    assert site_identity().uuid == first.uuid and "tracker" in first.name
    assert set_site_name("Dakar office").name == "Dakar office"
    assert m.Site.select().count() == 1
