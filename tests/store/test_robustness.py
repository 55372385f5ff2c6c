"""Robustness of the store (issue 6): a writer killed at any point leaves the database consistent
and every write all-or-nothing; a read-only file or a full disk gives a clear message and loses
nothing already saved.

The kill tests start tests/store/robustness_child.py with sys.executable on a copy of a database
(a file, and on PostgreSQL a database copied on the test server), let it run a long write (a loop of saves, an Excel import, a field-package merge), SIGKILL it
after a seeded random delay, then open the copy here and check it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.partner_helpers import ensure_partner
from tests.store.robustness_child import PARTNER, new_project
from tracker.domain.classifications import ExpenditureType, PartnerCategory
from tracker.domain.project import BudgetRevision, Expenditure, Partner
from tracker.domain.rules.replan import replan
from tracker.store import models as m
from tracker.store.database import close_database, is_read_only, open_database
from tracker.store.errors import DiskFull, ReadOnlyDatabase, StoreError
from tracker.store.projects import change_stage, load_project, plan_for, revise_budget, save_project
from tracker.store.reference import reference_partners

CHILD = Path(__file__).with_name("robustness_child.py")
BASE_PROJECTS = 30
NEW_IN_WORKBOOK = 200
UPDATED_BUDGET = 5_500_000

needs_sigkill = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


# ---------------------------------------------------------------- fixtures


def _checkpoint_and_close() -> None:
    m.database.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # a plain copy of the file is then complete
    close_database()


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Built once: a base database (a partner, 30 projects), a workbook that updates those 30 and
    creates 200 more, a head-office database with all of them and a package exported from it."""
    with pytest.MonkeyPatch.context() as patch:  # module scope: set up before the per-test environment
        patch.setenv("TRACKER_USER", "test-user")
        return _build_sources(tmp_path_factory.mktemp("robustness"))


def _build_sources(folder: Path) -> dict[str, Path]:
    from tests.exchange.workbooks import fill
    from tracker.exchange.packages import export_package
    from tracker.exchange.workbook_import import import_workbook

    base = folder / "base.sqlite3"
    open_database(base)
    _fill_base()
    _checkpoint_and_close()

    project = {"Title": "Imported project", "Region": "africa", "Countries": "SN", "Strategic objective": "employment",
               "Office": "CO-Dakar", "Officer": "A. Diop", "Planned start": "2024-01-01", "Planned end": "2026-06-30",
               "Currency": "USD"}
    rows: dict[str, list[dict]] = {"Projects": [], "Funding": [], "Expenditure": []}
    for number in range(BASE_PROJECTS):
        rows["Projects"].append({**project, "Code": f"BASE/{number:04d}", "Title": f"Project BASE/{number:04d}", "Budget": UPDATED_BUDGET})
    for number in range(NEW_IN_WORKBOOK):
        code = f"IMP/{number:04d}"
        rows["Projects"].append({**project, "Code": code, "Budget": 400000})
        rows["Funding"].append({"Project code": code, "Partner code": PARTNER, "Modality": "xb", "Approved on": "2023-11-15",
                                "Amount": 400000, "Currency": "USD", "US$ rate": 1})
        for month in (1, 2):
            rows["Expenditure"].append({"Project code": code, "Year": 2024, "Month": month, "Type of expenditure": "training", "Amount": 100.25})
    workbook = fill(folder / "import.xlsx", rows)

    head_office = folder / "hq.sqlite3"
    shutil.copyfile(base, head_office)
    open_database(head_office)
    import_workbook(workbook)
    package = export_package(folder / "hq.trackerpkg").path
    _checkpoint_and_close()

    field = folder / "field.sqlite3"
    open_database(field)
    _fill_field()
    _checkpoint_and_close()
    return {"base": base, "workbook": workbook, "package": Path(package), "field": field}


def _fill_base() -> None:
    """A partner and 30 projects."""
    ensure_partner(Partner(PARTNER, "Luxembourg", PartnerCategory.MULTI_BILATERAL, country="LU"))
    for number in range(BASE_PROJECTS):
        save_project(new_project(f"BASE/{number:04d}"))


def _fill_field() -> None:
    """A field office with its own identity and one project of its own."""
    ensure_partner(Partner("NOR", "Norway", PartnerCategory.MULTI_BILATERAL, country="NO"))
    own = new_project("FIELD/0001")
    own.fundings = []
    save_project(own)


@pytest.fixture(scope="module")
def postgres_sources(postgres_templates: dict[str, str]):
    """The base and field databases of `sources`, built again on the PostgreSQL test server
    (database names, copied for each test)."""
    from tests import postgres_server

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRACKER_USER", "test-user")
        base = postgres_server.create_database(postgres_templates["empty"])
        open_database(base)
        _fill_base()
        close_database()
        field = postgres_server.create_database(postgres_templates["empty"])
        open_database(field)
        _fill_field()
        close_database()
    yield {"base": postgres_server.database_name(base), "field": postgres_server.database_name(field)}
    postgres_server.drop_database(base)
    postgres_server.drop_database(field)


@pytest.fixture
def copy_of(engine: str, sources: dict[str, Path], tmp_path: Path, request: pytest.FixtureRequest):
    """copy_of("base" | "field"): a fresh copy of that source database on the test's engine."""
    from tests import postgres_server

    made: list[str] = []

    def make(kind: str) -> Path | str:
        if engine == "sqlite":
            target = tmp_path / f"{kind}.sqlite3"
            shutil.copyfile(sources[kind], target)
            return target
        address = postgres_server.create_database(request.getfixturevalue("postgres_sources")[kind])
        made.append(address)
        return address

    yield make
    close_database()
    for address in made:
        postgres_server.drop_database(address)


# ---------------------------------------------------------------- the child process


def run_and_kill(mode: str, database: Path | str, argument: object, delay: float | None, wait_for: str = "ready") -> tuple[int, list[str]]:
    """Start the child, wait for a line starting with `wait_for` (the transaction is open once an
    import or merge reports its first write step), let it work for `delay` more seconds, SIGKILL
    it (delay None: let it finish, the control run). Returns its exit status and the lines it
    printed (a printed save was committed)."""
    child = subprocess.Popen([sys.executable, str(CHILD), mode, str(database), str(argument)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    first = child.stdout.readline()
    if first.strip() != "ready":
        child.kill()
        raise AssertionError(f"the child did not start: {first}{child.communicate()[1]}")
    lines = [first.strip()]
    while not lines[-1].startswith(wait_for):
        line = child.stdout.readline()
        if not line:
            raise AssertionError(f"the child ended before '{wait_for}': {lines[-3:]}{child.communicate()[1]}")
        lines.append(line.strip())
    if delay is not None:
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=60)
    if child.returncode not in (0, -signal.SIGKILL):
        raise AssertionError(f"the child failed before the kill:\n{err}")
    return child.returncode, lines + out.splitlines()


def assert_consistent(target: Path | str) -> None:
    """Open (which recovers SQLite's WAL) and check the file and every foreign key (PostgreSQL
    checks its foreign keys on every write and recovers by itself)."""
    db = open_database(target)
    if isinstance(target, Path):
        assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def audited(table: str, action: str = "insert") -> set[str]:
    query = m.AuditEntry.select(m.AuditEntry.record_uuid).where((m.AuditEntry.table == table) & (m.AuditEntry.action == action))
    return {uuid for (uuid,) in query.tuples()}


def assert_evaluations_planned(project) -> None:
    """The evaluations stored are exactly those the rules plan: re-planning changes nothing."""
    plan = plan_for(project)
    assert plan is not None and project.evaluations
    assert replan(project.evaluations, plan)[1] == [], project.code


# ---------------------------------------------------------------- killed in the middle


@needs_sigkill
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_save_loop_killed_at_a_random_point_keeps_every_committed_save_whole(copy_of, seed):
    copy = copy_of("base")
    delay = random.Random(seed).uniform(0.05, 0.6)
    status, lines = run_and_kill("save", copy, 2000, delay)
    assert status == -signal.SIGKILL, "the child finished before it was killed: make the loop longer"
    printed = [line.removeprefix("saved ") for line in lines if line.startswith("saved ")]

    assert_consistent(copy)
    stored = {code: load_project(code) for (code,) in m.Project.select(m.Project.code).tuples()}
    new_codes = sorted(code for code in stored if code.startswith("KILL/"))
    assert set(new_codes) >= {code for code in printed if code.startswith("KILL/")}
    # The saves run in order: the committed new projects are the first ones of the loop, and at
    # most one more than the child could report (killed between COMMIT and its print).
    assert len(new_codes) - sum(code.startswith("KILL/") for code in printed) in (0, 1)
    expected_order = [f"KILL/{n:04d}" for n in range(2000) if n % 3 != 2]
    assert new_codes == expected_order[: len(new_codes)]
    for project in stored.values():  # every saved project is complete, with its evaluations
        assert len(project.countries) == 2 and len(project.fundings) == 1 and len(project.expenditures) == 12
        assert_evaluations_planned(project)
        if project.revisions:  # a revised project carries its last revision's budget and end
            assert project.budget == project.revisions[-1].new_budget and project.planned_end == date(2027, 6, 30)
    # Audit entries exist for committed saves only, and for every one of them.
    assert audited("project") == {p.uuid for p in stored.values()}
    assert audited("budget_revision") == {r.uuid for p in stored.values() for r in p.revisions}
    assert audited("evaluation") >= {e.uuid for p in stored.values() for e in p.evaluations}
    close_database()


@needs_sigkill
@pytest.mark.parametrize("seed", [4, 5, 6, None])
def test_an_import_killed_at_a_random_point_writes_all_of_the_workbook_or_none(copy_of, sources, seed):
    copy = copy_of("base")
    delay = None if seed is None else random.Random(seed).uniform(0.0, 0.35)  # the writing takes about 0.3 s here
    status, lines = run_and_kill("import", copy, sources["workbook"], delay, wait_for="Importing project 0 ")

    assert_consistent(copy)
    projects = {row.code: row for row in m.Project.select()}
    budgets = {row.budget for code, row in projects.items() if code.startswith("BASE/")}
    if len(projects) == BASE_PROJECTS:  # nothing of the import
        assert budgets == {Decimal("5000000.00")}
        assert not m.AuditEntry.select().where(m.AuditEntry.project_code.startswith("IMP/")).exists()
        assert status == -signal.SIGKILL
    else:  # all of it
        assert len(projects) == BASE_PROJECTS + NEW_IN_WORKBOOK, sorted(projects)
        assert budgets == {Decimal(UPDATED_BUDGET)}
        for code in (c for c in projects if c.startswith("IMP/")):
            project = load_project(code)
            assert len(project.fundings) == 1 and len(project.expenditures) == 2
            assert_evaluations_planned(project)
        assert audited("project") == {row.uuid for row in projects.values()}
    close_database()


@needs_sigkill
@pytest.mark.parametrize("seed", [7, 8, 9, None])
def test_a_merge_killed_at_a_random_point_applies_all_of_the_package_or_none(copy_of, sources, seed):
    copy = copy_of("field")
    delay = None if seed is None else random.Random(seed).uniform(0.0, 1.6)  # the applying takes about 1.4 s here
    status, lines = run_and_kill("merge", copy, sources["package"], delay, wait_for="Applying the changes")

    assert_consistent(copy)
    codes = {code for (code,) in m.Project.select(m.Project.code).tuples()}
    merged = m.ExchangeLog.select().where(m.ExchangeLog.direction == "merge").count()
    assert "FIELD/0001" in codes  # what was saved before is never lost
    if merged == 0:
        assert codes == {"FIELD/0001"} and m.SyncBase.select().count() == 0 and m.Partner.select().count() == len(reference_partners())
        assert status == -signal.SIGKILL
    else:
        assert merged == 1 and len(codes) == 1 + BASE_PROJECTS + NEW_IN_WORKBOOK
        for code in ("BASE/0000", "IMP/0000", f"IMP/{NEW_IN_WORKBOOK - 1:04d}"):
            assert_evaluations_planned(load_project(code))
        assert audited("project") == {uuid for (uuid,) in m.Project.select(m.Project.uuid).tuples()}
    close_database()


# ---------------------------------------------------------------- read-only database


@pytest.fixture
def saved(db_path: Path) -> Path:
    """A database holding one partner and one saved project, closed."""
    open_database(db_path)
    ensure_partner(Partner(PARTNER, "Luxembourg", PartnerCategory.MULTI_BILATERAL, country="LU"))
    save_project(new_project("KEEP/0001"))
    close_database()
    return db_path


def _unchanged(path: Path) -> None:
    open_database(path)
    project = load_project("KEEP/0001")
    assert [p.code for p in m.Project.select()] == ["KEEP/0001"] and project.budget == Decimal("5000000.00")
    assert not project.revisions
    close_database()


def test_a_database_opened_read_only_can_be_read_and_refuses_writes_clearly(saved):
    """Read-only through SQLite's mode=ro URI (what open_database uses for a file it cannot write)."""
    open_database(saved, read_only=True)
    assert is_read_only()
    assert load_project("KEEP/0001").code == "KEEP/0001"  # reading works
    with pytest.raises(ReadOnlyDatabase, match=rf"^the database {saved} is read-only \(opened read-only\): nothing was saved; "):
        save_project(new_project("NEW/0001"))
    with pytest.raises(ReadOnlyDatabase, match="nothing was saved"):
        revise_budget("KEEP/0001", BudgetRevision(date(2024, 6, 1), "more", new_budget=Decimal(7_000_000)))
    with pytest.raises(ReadOnlyDatabase):
        change_stage("KEEP/0001", "submit")
    close_database()
    _unchanged(saved)


def test_a_file_that_cannot_be_written_is_opened_read_only_and_says_why(saved, monkeypatch):
    """Tests run as root, for whom the kernel ignores file modes: stand in for chmod 0444."""
    from tracker.store import database

    monkeypatch.setattr(database, "_file_is_writable", lambda path: False)
    open_database(saved)
    assert is_read_only()
    with pytest.raises(ReadOnlyDatabase, match="read-only because the file cannot be written.*make the file writable"):
        save_project(new_project("NEW/0001"))
    close_database()
    _unchanged(saved)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores file modes")
def test_a_chmod_0444_file_is_opened_read_only(saved):
    saved.chmod(0o444)
    try:
        open_database(saved)
        assert is_read_only()
        with pytest.raises(ReadOnlyDatabase):
            save_project(new_project("NEW/0001"))
        close_database()
    finally:
        saved.chmod(0o644)
    _unchanged(saved)


def test_a_database_that_turns_read_only_while_open_refuses_writes_clearly(saved):
    """Simulated with PRAGMA query_only (the same SQLITE_READONLY a file made read-only or a
    file system remounted read-only gives) on an ordinary read-write connection."""
    db = open_database(saved)
    db.execute_sql("PRAGMA query_only = ON")
    with pytest.raises(ReadOnlyDatabase, match=rf"^the database {saved} is read-only: nothing was saved"):
        save_project(new_project("NEW/0001"))
    with pytest.raises(ReadOnlyDatabase):
        revise_budget("KEEP/0001", BudgetRevision(date(2024, 6, 1), "more", new_budget=Decimal(7_000_000)))
    close_database()
    _unchanged(saved)


def test_an_import_and_a_merge_into_a_read_only_database_are_refused_clearly(saved, sources):
    from tracker.exchange.merge import merge_package
    from tracker.exchange.workbook_import import import_workbook

    open_database(saved, read_only=True)
    with pytest.raises(ReadOnlyDatabase, match="nothing was saved"):
        import_workbook(sources["workbook"])
    with pytest.raises(ReadOnlyDatabase, match="nothing was saved"):
        merge_package(sources["package"])
    close_database()
    _unchanged(saved)


def test_a_read_only_database_with_an_old_schema_is_refused_with_a_reason(saved):
    import sqlite3

    with sqlite3.connect(saved) as conn:
        conn.execute("DELETE FROM schema_version WHERE version > 2")
    conn.close()
    with pytest.raises(ReadOnlyDatabase, match="is read-only and has schema version 2, older than this tracker's"):
        open_database(saved, read_only=True)


def test_the_command_line_prints_a_read_only_database_as_one_line(saved, monkeypatch, capsys):
    from tracker import cli
    from tracker.store import database

    monkeypatch.setattr(database, "_file_is_writable", lambda path: False)
    assert cli.main(["stage", "KEEP/0001", "submit", "--db", str(saved)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"tracker: error: the database {saved} is read-only (opened read-only because the file cannot be written): nothing was saved")
    assert err.count("\n") == 1 and "Traceback" not in err
    close_database()


# ---------------------------------------------------------------- full disk


def fill_the_disk(db) -> None:
    """SQLite's max_page_count on this connection: the file may not grow, as on a full disk."""
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages + 1}")


def test_a_full_disk_refuses_a_save_clearly_and_keeps_what_was_saved(saved):
    db = open_database(saved)
    before = {model.__name__: model.select().count() for model in (m.Project, m.Expenditure, m.Evaluation, m.AuditEntry)}
    fill_the_disk(db)
    big = new_project("BIG/0001")
    big.expenditures += [Expenditure(2025, ExpenditureType.TRAINING, Decimal(n), "USD", Decimal(1), month=1 + n % 12) for n in range(400)]
    with pytest.raises(DiskFull, match=rf"^the disk is full: nothing was saved to the database {saved}; what was saved before is intact"):
        save_project(big)
    # The nested transactions (revise_budget around save_project) unwind cleanly too.
    with pytest.raises(DiskFull):
        revise_budget("KEEP/0001", BudgetRevision(date(2024, 6, 1), "x" * 20000, new_budget=Decimal(7_000_000)))
    assert {model.__name__: model.select().count() for model in (m.Project, m.Expenditure, m.Evaluation, m.AuditEntry)} == before
    assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    # Once there is room again the same connection saves normally.
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    save_project(big)
    assert m.Project.select().count() == 2
    close_database()
    open_database(saved)
    assert load_project("BIG/0001").expenditures and not load_project("KEEP/0001").revisions
    close_database()


def test_a_full_disk_during_an_import_leaves_nothing_of_it(saved, sources):
    from tracker.exchange.workbook_import import import_workbook

    db = open_database(saved)
    fill_the_disk(db)
    with pytest.raises(DiskFull, match="nothing was saved"):
        import_workbook(sources["workbook"])
    close_database()
    _unchanged(saved)


def test_storage_errors_show_as_a_plain_sentence_in_the_desktop_app():
    from tracker.gui.errors import error_text

    summary, details = error_text(DiskFull("the disk is full: nothing was saved to the database x; free some space"))
    assert summary.startswith("the disk is full") and details == ""
    assert isinstance(DiskFull("x"), StoreError)


def test_tracker_info_says_when_the_database_is_read_only(saved, monkeypatch, capsys):
    from tracker import cli
    from tracker.store import database

    monkeypatch.setattr(database, "_file_is_writable", lambda path: False)
    assert cli.main(["info", "--db", str(saved)]) == 0
    assert capsys.readouterr().out.startswith(f"database: {saved} (read-only: the file cannot be written, so nothing can be saved)\n")
    close_database()


def test_a_database_locked_by_another_program_is_refused_clearly(saved):
    import sqlite3

    from tracker.store.errors import DatabaseBusy

    db = open_database(saved)
    db.execute_sql("PRAGMA busy_timeout = 50")  # do not wait the usual 10 s
    other = sqlite3.connect(saved, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(DatabaseBusy, match=rf"^the database {saved} is locked by another program .*nothing was saved"):
            save_project(new_project("NEW/0001"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    save_project(new_project("NEW/0001"))  # the lock is gone: the same connection writes again
    assert m.Project.select().count() == 2
    close_database()
