"""The command line never replaces a file silently: every command that writes a file the user
names refuses an existing one unless --overwrite is given (exit 1, one sentence naming the file),
replaces it whole with --overwrite (a failed write leaves the old file as it was), and never
writes over the open database, whatever --overwrite says."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.cli_helpers import one_sentence
from tests.cli_helpers import run_cli as run
from tests.reports.conftest import build_small_portfolio
from tracker.store.database import close_database, open_database

OLD = b"the officer's earlier file, which must survive a refusal\n"

# Each command that writes a file, as a function of that file, and the name it is given.
COMMANDS = {
    "donor report": (lambda f: ["report", "donor", "--partner", "Donorland", "--from", "2021", "--to", "2022", "-o", f], "report.xlsx"),
    "portfolio report": (lambda f: ["report", "portfolio", "--from", "2021", "--to", "2022", "-o", f], "report.xlsx"),
    "evaluations report": (lambda f: ["report", "evaluations", "--as-of", "2024-06-30", "-o", f], "report.xlsx"),
    "template": (lambda f: ["template", "-o", f], "template.xlsx"),
    "template with data": (lambda f: ["template", "--with-data", "-o", f], "template.xlsx"),
    "IATI export": (lambda f: ["export", "iati", "-o", f], "activities.xml"),
    "package export": (lambda f: ["package", "export", "-o", f], "office.trackerpkg"),
    "backup": (lambda f: ["backup", f], "copy.sqlite3"),
}


def _looks_written(command: str, path: Path) -> bool:
    """Whether `path` holds what the command writes (a workbook, an XML file, a package, a database)."""
    data = path.read_bytes()
    if command == "IATI export":
        return data.startswith(b"<?xml") and b"<iati-activities" in data
    if command == "backup":
        return data.startswith(b"SQLite format 3\x00")
    return zipfile.is_zipfile(path)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A small portfolio (two projects, three partners) in a database file of its own."""
    path = tmp_path / "db" / "tracker.sqlite3"
    path.parent.mkdir()
    open_database(path)
    try:
        build_small_portfolio()
    finally:
        close_database()
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "out"
    path.mkdir()
    return path


def _run(capsys, database: Path, *args: str) -> tuple[int, str, str]:
    try:
        return run(capsys, "--db", str(database), *args)
    finally:
        close_database()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_existing_file_is_refused_and_left_as_it_was(capsys, database, folder, command):
    args, name = COMMANDS[command]
    target = folder / name
    target.write_bytes(OLD)
    code, out, err = _run(capsys, database, *args(str(target)))
    assert (code, out) == (1, "")
    assert one_sentence(err) == f"tracker: error: {target} already exists; add --overwrite to replace it"
    assert target.read_bytes() == OLD
    assert sorted(folder.iterdir()) == [target]  # no temporary file left beside it


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_overwrite_replaces_the_existing_file(capsys, database, folder, command):
    args, name = COMMANDS[command]
    target = folder / name
    target.write_bytes(OLD)
    code, out, err = _run(capsys, database, *args(str(target)), "--overwrite")
    assert (code, err) == (0, ""), err
    assert str(target.name) in out
    assert target.read_bytes() != OLD and _looks_written(command, target)
    assert sorted(folder.iterdir()) == [target]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_new_file_needs_no_overwrite(capsys, database, folder, command):
    args, name = COMMANDS[command]
    target = folder / name
    code, _, err = _run(capsys, database, *args(str(target)))
    assert (code, err) == (0, ""), err
    assert _looks_written(command, target)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_the_open_database_is_refused_even_with_overwrite(capsys, database, command):
    args, _ = COMMANDS[command]
    before = database.read_bytes()
    code, out, err = _run(capsys, database, *args(str(database)), "--overwrite")
    assert (code, out) == (1, "")
    assert "is the open database" in one_sentence(err) or "is a database" in err  # template: no database opened
    assert "--overwrite" not in err  # never suggested as a way round
    assert database.read_bytes() == before
    code, out, _ = _run(capsys, database, "projects")
    assert code == 0 and "AAA/21/01/DON" in out


@pytest.mark.parametrize("command", sorted(set(COMMANDS) - {"backup"}))
def test_another_database_is_never_replaced_even_with_overwrite(capsys, database, folder, command):
    args, _ = COMMANDS[command]
    other = folder / "other.sqlite3"
    other.write_bytes(database.read_bytes())
    code, _, err = _run(capsys, database, *args(str(other)), "--overwrite")
    assert code == 1 and "is a database" in one_sentence(err)
    assert other.read_bytes() == database.read_bytes()


def test_a_backup_replaces_an_older_backup_with_overwrite(capsys, database, folder):
    older = folder / "copy.sqlite3"
    assert _run(capsys, database, "backup", str(older))[0] == 0
    assert _run(capsys, database, "delete", "BBB/22/01/UNX", "--yes")[0] == 0
    code, _, err = _run(capsys, database, "backup", str(older))
    assert code == 1 and "already exists" in one_sentence(err)
    assert _run(capsys, database, "backup", str(older), "--overwrite")[0] == 0
    code, out, _ = _run(capsys, older, "projects")
    assert code == 0 and "AAA/21/01/DON" in out and "BBB/22/01/UNX" not in out


@pytest.mark.parametrize(
    "args",
    [
        ["report", "donor", "--partner", "UNX", "--from", "2011", "--to", "2010"],  # an empty period
        ["export", "iati", "--stage", "closed"],  # no project matches
    ],
)
def test_a_failed_replacement_leaves_the_old_file_whole(capsys, database, folder, args):
    target = folder / ("report.xlsx" if args[0] == "report" else "activities.xml")
    target.write_bytes(OLD)
    code, _, err = _run(capsys, database, *args, "-o", str(target), "--overwrite")
    assert code == 1, err
    one_sentence(err)
    assert target.read_bytes() == OLD
    assert sorted(folder.iterdir()) == [target]


def test_a_refused_package_export_exports_nothing(capsys, database, folder):
    """A refusal comes before any work: the changes it would have carried go in the next package."""
    taken = folder / "office.trackerpkg"
    taken.write_bytes(OLD)
    assert _run(capsys, database, "package", "export", "-o", str(taken))[0] == 1
    code, out, err = _run(capsys, database, "package", "export", "-o", str(folder / "next.trackerpkg"))
    assert code == 0, err
    assert int(out.split(": ", 1)[1].split(" changed records")[0]) > 0


def test_a_report_name_that_is_not_a_workbook_is_said_before_already_exists(capsys, database, folder):
    target = folder / "report.txt"
    target.write_bytes(OLD)
    code, _, err = _run(capsys, database, "report", "evaluations", "-o", str(target))
    assert code == 1 and "must end in .xlsx" in one_sentence(err)
    assert target.read_bytes() == OLD


@pytest.mark.parametrize("argv", [["report", "donor"], ["report", "portfolio"], ["report", "evaluations"], ["template"],
                                  ["export", "iati"], ["package", "export"], ["backup"]])
def test_help_offers_overwrite(capsys, argv):
    code, out, _ = run(capsys, *argv, "--help")
    assert code == 0 and "--overwrite" in out



@pytest.mark.parametrize("command", ["template", "IATI export", "package export"])
def test_written_files_follow_the_users_umask(capsys, database, folder, command):
    """A template, IATI file or package saved into a shared folder is readable by colleagues, as
    any file the user saves is (its temporary file is not made private to its owner)."""
    import os
    import stat

    args, name = COMMANDS[command]
    target = folder / name
    old = os.umask(0o022)
    try:
        code, _out, err = _run(capsys, database, *args(str(target)))
    finally:
        os.umask(old)
    assert code == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
