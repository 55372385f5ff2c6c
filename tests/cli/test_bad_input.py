"""Bad input on the command line ends in one sentence and exit 1, never "internal error": values
too large to keep or dates outside the years tracker plans with, a damaged database file, a
database in a folder that cannot be written, and outputs pointed at a database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli_helpers import one_sentence
from tests.cli_helpers import run_cli as run
from tracker.cli import main
from tracker.store.database import close_database


@pytest.mark.parametrize("budget", ["1e308", "1e18", "1e40"])
def test_an_evaluation_plan_for_an_absurd_budget_is_refused_inone_sentence(capsys, budget):
    code, _, err = run(capsys, "evaluation-plan", "--start", "2024-01-01", "--end", "2025-12-31", "--budget", budget)
    assert code == 1
    assert "too large" in one_sentence(err)


def test_an_evaluation_plan_from_year_one_to_9999_is_refused_inone_sentence(capsys):
    code, _, err = run(capsys, "evaluation-plan", "--start", "0001-01-01", "--end", "9999-12-31", "--budget", "100")
    assert code == 1
    assert "0001-01-01 is outside the years 1900-2200" in one_sentence(err)


def test_a_date_in_the_right_form_but_not_on_the_calendar_says_so(capsys):
    code, _, err = run(capsys, "evaluation-plan", "--start", "2025-02-30", "--end", "2026-12-31", "--budget", "100")
    assert code == 2 and "not a day of the calendar" in err and "in the form YYYY-MM-DD" not in err


@pytest.fixture
def demo_file(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "tracker.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    close_database()
    capsys.readouterr()
    return path


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 4)
        handle.write(b"\xff" * (size // 2))


@pytest.mark.parametrize("command", [["stage", "GLO/22/01/LUX", "start"], ["projects"], ["show", "GLO/22/01/LUX"]])
def test_a_database_damaged_mid_file_is_reported_inone_sentence(capsys, demo_file, command):
    _damage(demo_file)
    code, _, err = run(capsys, "--db", str(demo_file), *command)
    close_database()
    assert code == 1
    assert f"the database {demo_file} is damaged" in one_sentence(err)


def test_a_database_in_a_folder_that_cannot_be_written_opens_read_only(capsys, demo_file, monkeypatch):
    from tracker.store import database

    # Tests run as root, for whom the kernel ignores folder modes: the check stands in.
    monkeypatch.setattr(database, "_folder_is_writable", lambda folder: False)
    os.chmod(demo_file.parent, 0o555)
    try:
        code, out, err = run(capsys, "--db", str(demo_file), "info")
        assert (code, err) == (0, "")
        assert "(read-only: its folder cannot be written, so nothing can be saved)" in out.splitlines()[0]
        code, out, _ = run(capsys, "--db", str(demo_file), "projects")
        assert code == 0 and "96 projects" in out
        code, _, err = run(capsys, "--db", str(demo_file), "stage", "GLO/22/01/LUX", "suspend", "--reason", "x")
        assert code == 1 and "read-only" in one_sentence(err)
    finally:
        os.chmod(demo_file.parent, 0o755)
        close_database()


@pytest.mark.parametrize(
    "command",
    [
        ["package", "export", "--all", "-o"],
        ["template", "-o"],
        ["export", "iati", "-o"],
        ["report", "portfolio", "--from", "2020", "--to", "2024", "-o"],
        ["backup"],
    ],
)
def test_no_output_ever_replaces_the_open_database(capsys, demo_file, command):
    before = demo_file.read_bytes()[:16]
    code, _, err = run(capsys, "--db", str(demo_file), *command, str(demo_file))
    close_database()
    assert code == 1, err
    one_sentence(err)
    assert demo_file.read_bytes()[:16] == before == b"SQLite format 3\x00"
    assert main(["--db", str(demo_file), "info"]) == 0
    close_database()


def test_no_output_replaces_another_tracker_database(capsys, demo_file, tmp_path):
    other = tmp_path / "other.sqlite3"
    other.write_bytes(demo_file.read_bytes())
    code, _, err = run(capsys, "--db", str(demo_file), "template", "-o", str(other))
    close_database()
    assert code == 1 and "is a database" in one_sentence(err)
    assert other.read_bytes() == demo_file.read_bytes()


def test_a_rate_typed_with_a_decimal_comma_is_refused_never_read_as_108(capsys):
    code, out, err = run(capsys, "evaluation-plan", "--start", "2024-01-01", "--end", "2025-12-31", "--budget", "500000",
                         "--currency", "EUR", "--rate", "1,08")
    assert code == 1 and out == ""  # a well-formed entry that reads two ways: bad data, not bad syntax
    assert "rate '1,08' is ambiguous: it could be 1.08 or 108" in one_sentence(err)
