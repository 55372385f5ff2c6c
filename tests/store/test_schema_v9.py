"""Schema version 9: a v8 database gains the table of exchange rates, documents and their files,
locations, purpose codes and organisation settings, and keeps what it held."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

from tracker.domain.documents import Document, Location
from tracker.domain.rates import ExchangeRate
from tracker.store.database import close_database, open_database
from tracker.store.migrations import LATEST_VERSION, current_version
from tracker.store.projects import load_project, save_project
from tracker.store.rates import rate_table, save_rates


def _make_v8_database(path) -> None:
    open_database(path)
    close_database()
    with sqlite3.connect(path) as conn:
        for table in ("document", "document_file", "location", "exchange_rate", "organisation_setting"):
            conn.execute(f'DROP TABLE "{table}"')
        conn.execute("ALTER TABLE project DROP COLUMN purpose_code")
        conn.execute("ALTER TABLE project DROP COLUMN capital_spend")
        conn.execute("INSERT INTO project (uuid, code, title, description, stage, office, officer, currency, usd_rate, budget, budget_usd, "
                     "midterm_review_agreed, rule_set, is_demo, archived, version, created_at, updated_at) VALUES ('p-1', 'OLD/1', "
                     "'Old project', '', 'design', '', '', 'USD', '1', 10000000, 10000000, 0, 'ilo-2002', 0, 0, 1, '2020-01-01', '2020-01-01')")
        conn.execute("DELETE FROM schema_version WHERE version >= 9")
    conn.close()


def test_a_v8_database_is_migrated_and_takes_rates_documents_and_locations(db_path):
    _make_v8_database(db_path)
    db = open_database(db_path)
    try:
        assert current_version(db) == LATEST_VERSION
        project = load_project("OLD/1")
        assert (project.purpose_code, project.capital_spend, project.documents, project.locations) == ("", None, [], [])
        project.purpose_code, project.capital_spend, project.countries = "16020", Decimal(0), ["SN"]
        project.documents = [Document("Project document", "A02", "en", date(2020, 1, 1), "https://example.org/prodoc.pdf")]
        project.locations = [Location("Kaolack", "SN", latitude=Decimal("14.15"), longitude=Decimal("-16.07"))]
        save_project(project)
        again = load_project("OLD/1")
        assert again.purpose_code == "16020" and again.documents[0].url == "https://example.org/prodoc.pdf"
        assert again.locations[0].name == "Kaolack"
        save_rates([ExchangeRate("EUR", date(2020, 1, 1), Decimal("1.11"))])
        assert rate_table().rate_on("EUR", date(2020, 6, 1)) == Decimal("1.11")
    finally:
        close_database()
