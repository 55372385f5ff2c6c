"""Server addresses (no server needed) and what only a PostgreSQL server shows: a read-only
account, a refused connection. The rest of the store's tests run on both engines (conftest)."""

from __future__ import annotations

import contextlib

import pytest

from tests import postgres_server
from tracker.store import models as m
from tracker.store.database import database_label, is_read_only, is_server_database, open_database
from tracker.store.errors import ReadOnlyDatabase, StorageError, StoreError
from tracker.store.postgres import connection_parameters, is_server_address, safe_address


def test_server_addresses_are_told_from_file_names():
    assert is_server_address("postgresql://hq-db.example.org/tracker")
    assert is_server_address("POSTGRES://u@h/db")
    assert not is_server_address("tracker.sqlite3")
    assert not is_server_address("C:\\Users\\me\\tracker.sqlite3")
    assert not is_server_address("/home/me/postgresql/tracker.sqlite3")


def test_an_address_gives_the_driver_every_part_and_options_pass_through():
    params = connection_parameters("postgresql://officer%40hq:s%3Acret@db.example.org:6543/portfolio?sslmode=require")
    assert params["database"] == "portfolio"
    assert (params["host"], params["port"], params["user"], params["password"]) == ("db.example.org", 6543, "officer@hq", "s:cret")
    assert params["sslmode"] == "require"


def test_what_the_address_leaves_out_is_left_to_libpq():
    # No host, port, user or password: libpq's defaults (PGHOST, ~/.pgpass, the local socket) apply.
    params = connection_parameters("postgresql:///tracker")
    assert params["database"] == "tracker"
    assert not {"host", "port", "user", "password"} & params.keys()


@pytest.mark.parametrize("address, problem", [
    ("postgresql://db.example.org", "names no database"),
    ("postgresql://db.example.org/", "names no database"),
    ("postgresql://db.example.org:http/tracker", "port that is not a number"),
])
def test_a_malformed_address_is_refused_with_what_is_wrong(address, problem):
    with pytest.raises(StoreError, match=problem):
        connection_parameters(address)


def test_the_password_never_shows():
    assert safe_address("postgresql://ana:secret@db.example.org:5432/tracker") == "postgresql://ana:***@db.example.org:5432/tracker"
    assert safe_address("postgresql://ana@db.example.org/tracker") == "postgresql://ana@db.example.org/tracker"


def test_a_server_that_cannot_be_reached_is_named_and_the_open_database_stays(db, db_target):
    # Port 9 (discard) refuses at once on localhost; nothing listens there for PostgreSQL.
    with pytest.raises(StorageError, match=r"cannot connect to the database server postgresql://nobody:\*\*\*@127\.0\.0\.1:9/tracker"):
        open_database("postgresql://nobody:pw@127.0.0.1:9/tracker?connect_timeout=2")
    m.Partner.create(code="TESTFUND", name="Test Funding Partner", category="multi-bilateral")  # still the test's database
    assert m.Partner.select().where(m.Partner.code == "TESTFUND").count() == 1


needs_server = pytest.mark.skipif(not postgres_server.ADDRESS, reason="TRACKER_TEST_POSTGRES names no server")


@needs_server
def test_tracker_db_may_name_a_server(monkeypatch, postgres_templates):
    address = postgres_server.create_database(postgres_templates["demo"])
    try:
        monkeypatch.setenv("TRACKER_DB", address)
        open_database()
        assert is_server_database() and database_label() == safe_address(address)
        assert m.Project.select().count() > 50
    finally:
        postgres_server.drop_database(address)


@needs_server
def test_an_account_that_may_only_read_opens_read_only_and_a_write_says_so(postgres_templates):
    address = postgres_server.create_database(postgres_templates["demo"])
    name = postgres_server.database_name(address)
    reader = f"tracker_reader_{name[-10:]}"
    admin = postgres_server.admin_connection(name)
    try:
        with admin.cursor() as cursor:
            cursor.execute(f"CREATE ROLE {reader} LOGIN PASSWORD 'reader'")
            cursor.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}")
        reader_address = address.replace(address.split("//")[1].split("@")[0], f"{reader}:reader")
        open_database(reader_address)
        assert is_read_only()
        assert m.Project.select().count() > 50  # everything can be read
        with pytest.raises(ReadOnlyDatabase, match="may not be changed by this account"):
            m.Partner.create(code="NOR", name="Norway", category="multi-bilateral")
    finally:
        from tracker.store.database import close_database

        close_database()
        admin.close()
        postgres_server.drop_database(address)
        with contextlib.closing(postgres_server.admin_connection()) as server, server.cursor() as cursor:
            cursor.execute(f"DROP ROLE IF EXISTS {reader}")


def _cut_my_connection() -> None:
    """What a server restart or a dropped network does: the server ends this session."""
    from tracker.store.models import database

    pid = database.obj.connection().get_backend_pid()
    with contextlib.closing(postgres_server.admin_connection()) as admin, admin.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s, 10000)", (pid,))  # waits until the session has ended


@needs_server
def test_a_connection_cut_between_two_actions_is_made_again(demo_db, engine):
    if engine != "postgresql":
        pytest.skip("a server connection")
    before = m.Project.select().count()
    _cut_my_connection()
    assert m.Project.select().count() == before


@needs_server
def test_a_connection_cut_during_a_save_saves_nothing_and_the_next_action_works(demo_db, engine, monkeypatch):
    if engine != "postgresql":
        pytest.skip("a server connection")
    from tracker.store import audit
    from tracker.store.errors import ConnectionLost
    from tracker.store.projects import load_project, save_project

    project = load_project("TUN/19/01/LUX")
    project.title = "Half-saved title"
    write = audit.AuditLog.write

    def cut_then_write(self):  # the project row is updated; the audit entries are next
        _cut_my_connection()
        return write(self)

    monkeypatch.setattr(audit.AuditLog, "write", cut_then_write)
    with pytest.raises(ConnectionLost, match=r"connection to the database server .* was cut .*: nothing of this action was saved"):
        save_project(project)
    monkeypatch.undo()
    assert load_project("TUN/19/01/LUX").title != "Half-saved title"
    project = load_project("TUN/19/01/LUX")
    project.title = "Saved after reconnecting"
    save_project(project)
    assert load_project("TUN/19/01/LUX").title == "Saved after reconnecting"


@needs_server
def test_two_users_opening_a_new_server_database_at_once_create_the_schema_once():
    import subprocess
    import sys

    address = postgres_server.create_database()  # empty: the first opening creates the schema
    opener = "import sys; from tracker.store.database import open_database; open_database(sys.argv[1]); print('open')"
    try:
        children = [subprocess.Popen([sys.executable, "-c", opener, address], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                    for _ in range(3)]
        outcomes = [child.communicate(timeout=120) for child in children]
        assert [child.returncode for child in children] == [0, 0, 0], [err for _, err in outcomes]
        from tracker.store.migrations import LATEST_VERSION

        open_database(address)
        assert [row.version for row in m.SchemaVersion.select().order_by(m.SchemaVersion.version)] == list(range(1, LATEST_VERSION + 1))
    finally:
        from tracker.store.database import close_database

        close_database()
        postgres_server.drop_database(address)


@needs_server
def test_a_read_only_database_stays_read_only_after_its_connection_is_made_again(demo_db, demo_target, engine):
    if engine != "postgresql":
        pytest.skip("a server connection")
    open_database(demo_target, read_only=True)
    _cut_my_connection()
    assert m.Project.select().count() == 96  # reconnected for the read
    with pytest.raises(ReadOnlyDatabase):
        m.Partner.create(code="NOR", name="Norway", category="multi-bilateral")


@needs_server
def test_a_write_outside_a_transaction_is_never_run_twice_after_a_cut(demo_db, engine):
    if engine != "postgresql":
        pytest.skip("a server connection")
    from tracker.store.errors import ConnectionLost

    _cut_my_connection()
    with pytest.raises(ConnectionLost):
        m.Partner.create(code="ZZZ", name="A partner not in the demo", category="multi-bilateral")
    assert m.Partner.select().where(m.Partner.code == "ZZZ").count() == 0  # and the next action works


@needs_server
def test_a_save_right_after_a_cut_connects_again_and_saves(demo_db, engine):
    if engine != "postgresql":
        pytest.skip("a server connection")
    from tracker.store.projects import load_project, save_project

    project = load_project("TUN/19/01/LUX")
    project.title = "After the server restarted"
    _cut_my_connection()
    save_project(project)  # the cut is met at BEGIN, before anything was sent
    assert load_project("TUN/19/01/LUX").title == "After the server restarted"


def test_a_version_3_server_database_gets_room_for_long_names(db, db_target, engine):
    if engine != "postgresql":
        pytest.skip("SQLite ignores declared column lengths")
    from tracker.store.database import close_database
    from tracker.store.migrations import LATEST_VERSION, current_version

    # As tracker's schema v3 left it on PostgreSQL: the audit trail's project code in 40 characters.
    db.execute_sql('ALTER TABLE "audit_entry" ALTER COLUMN "project_code" TYPE VARCHAR(40)')
    db.execute_sql('ALTER TABLE "audit_entry" ALTER COLUMN "who" TYPE VARCHAR(100)')
    db.execute_sql("DELETE FROM schema_version WHERE version >= 4")
    close_database()
    db = open_database(db_target)
    assert current_version(db) == LATEST_VERSION
    m.AuditEntry.create(who="w" * 150, table="project", record_uuid="u", action="insert", project_code="P" * 100)
    assert m.AuditEntry.select().where(m.AuditEntry.project_code == "P" * 100).count() == 1
