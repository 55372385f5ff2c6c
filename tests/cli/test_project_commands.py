"""`tracker demo`, `tracker delete`, `tracker archive` / `restore` and `tracker projects
--archived/--all`: the demo in a database of its own, demo data removed on request, a project
deleted only with --yes, an archived project out of the list but on record."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from tests.cli_helpers import one_sentence, run_cli
from tracker.domain.classifications import ExpenditureType, FundingModality, PartnerCategory, Region, StrategicObjective
from tracker.domain.project import Expenditure, Funding, Partner, Project
from tracker.store import models as m
from tracker.store.database import close_database, open_database, user_data_dir
from tracker.store.partners import save_partner
from tracker.store.projects import save_project

CODE = "BFA/24/01/TST"


@pytest.fixture
def working(tmp_path):
    """A working database holding one real project, closed again for the command line."""
    path = tmp_path / "work.sqlite3"
    open_database(path)
    save_partner(Partner("TESTFUND", "Test Funding Partner", PartnerCategory.MULTI_BILATERAL))
    save_project(Project(
        code=CODE, title="Jobs for young people in Burkina Faso", region=Region.AFRICA, countries=["BF"],
        outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2024, 1, 1), planned_end=date(2026, 12, 31),
        budget=Decimal("500000.00"),
        fundings=[Funding(FundingModality.EARMARKED, Decimal("500000.00"), "USD", date(2023, 11, 1), "TESTFUND", CODE)],
        expenditures=[Expenditure(2024, ExpenditureType.TRAINING, Decimal("45000.00"))],
    ))
    close_database()
    return path


def codes(capsys, db, *flags: str) -> list[str]:
    code, out, err = run_cli(capsys, "--db", str(db), "projects", "--json", *flags)
    assert code == 0, err
    return [p["code"] for p in json.loads(out)]


def test_demo_opens_a_database_of_its_own_and_says_where(capsys):
    code, out, _ = run_cli(capsys, "demo")
    demo = user_data_dir() / "demo.sqlite3"
    assert code == 0 and str(demo) in out and "projects" in out
    assert demo.exists() and not (user_data_dir() / "tracker.sqlite3").exists()
    assert len(codes(capsys, demo)) > 20
    again = run_cli(capsys, "demo")  # completing it again changes nothing
    assert again[0] == 0 and "0 projects and 0 partners added" in again[1]


def test_demo_refuses_a_database_with_real_projects(capsys, working):
    code, _, err = run_cli(capsys, "demo", "--db", str(working))
    assert code == 1
    assert "holds real projects" in one_sentence(err) and "--db a new file" in err
    assert codes(capsys, working) == [CODE]


def test_demo_loads_into_a_new_file_named_with_db(capsys, tmp_path):
    target = tmp_path / "training.sqlite3"
    assert run_cli(capsys, "demo", "--db", str(target))[0] == 0
    assert len(codes(capsys, target)) > 20


def test_demo_remove_asks_for_yes_then_removes_only_demo_data(capsys, working):
    # Demo data loaded into the working database by an earlier tracker.
    from tracker.store.demo import load_demo

    open_database(working)
    load_demo()
    close_database()
    code, _, err = run_cli(capsys, "--db", str(working), "demo", "--remove")
    assert code == 1
    line = one_sentence(err)
    assert "demo projects" in line and "add --yes" in line
    assert len(codes(capsys, working)) > 20  # nothing removed without --yes
    code, out, _ = run_cli(capsys, "--db", str(working), "demo", "--remove", "--yes")
    assert code == 0 and out.startswith("removed the demo data: ")
    assert codes(capsys, working) == [CODE]
    assert run_cli(capsys, "--db", str(working), "demo", "--remove")[1].strip().endswith("holds no demo data")


def test_delete_without_yes_says_what_would_go(capsys, working):
    code, _, err = run_cli(capsys, "--db", str(working), "delete", CODE.lower())
    assert code == 1
    line = one_sentence(err)
    assert CODE in line and "Jobs for young people" in line and "1 funding line, 1 expenditure line" in line and "add --yes" in line
    assert codes(capsys, working) == [CODE]


def test_delete_with_yes_deletes_and_audits(capsys, working):
    code, out, _ = run_cli(capsys, "--db", str(working), "delete", CODE, "--yes")
    assert code == 0 and out.startswith(f"deleted project {CODE} with 1 funding line")
    assert codes(capsys, working) == []
    open_database(working)
    try:
        assert m.AuditEntry.select().where((m.AuditEntry.table == "project") & (m.AuditEntry.action == "delete")).count() == 1
    finally:
        close_database()


def test_delete_of_an_unknown_project_is_one_sentence(capsys, working):
    code, _, err = run_cli(capsys, "--db", str(working), "delete", "NOPE/1", "--yes")
    assert code == 1 and "no project with code 'NOPE/1'" in one_sentence(err)


def test_archive_and_restore(capsys, working):
    code, out, _ = run_cli(capsys, "--db", str(working), "archive", CODE)
    assert code == 0 and out.startswith(f"archived {CODE}")
    assert codes(capsys, working) == []
    assert codes(capsys, working, "--archived") == [CODE] == codes(capsys, working, "--all")
    _, out, _ = run_cli(capsys, "--db", str(working), "projects", "--all")
    assert "[archived]" in out
    shown = run_cli(capsys, "--db", str(working), "show", CODE)  # on record, and says so
    assert shown[0] == 0 and shown[1].splitlines()[0].endswith("[archived]")
    assert "already" in run_cli(capsys, "--db", str(working), "archive", CODE)[1]
    code, out, _ = run_cli(capsys, "--db", str(working), "restore", CODE)
    assert code == 0 and "back in the portfolio list" in out
    assert codes(capsys, working) == [CODE] and codes(capsys, working, "--archived") == []
    run_cli(capsys, "--db", str(working), "archive", CODE)
    assert run_cli(capsys, "--db", str(working), "archive", CODE, "--restore")[0] == 0
    assert codes(capsys, working) == [CODE]


def test_archived_and_all_are_exclusive(capsys, working):
    code, _, err = run_cli(capsys, "--db", str(working), "projects", "--archived", "--all")
    assert code == 2 and "not allowed with" in err
