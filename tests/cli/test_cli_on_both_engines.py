"""The same commands on a database file and on a PostgreSQL server (--db postgresql://...): the
listing, the overdue evaluations, a cycle action with its audit trail, and a report."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook

from tests.cli.test_cli import run


def test_info_names_the_database_and_its_engine(capsys, demo_target, engine):
    code, out, _ = run(capsys, "--db", str(demo_target), "info")
    assert code == 0
    assert f"engine: {'SQLite' if engine == 'sqlite' else 'PostgreSQL'}" in out
    assert "projects: 96" in out


def test_listing_overdue_a_cycle_action_and_its_history(capsys, demo_target):
    db = str(demo_target)
    code, out, _ = run(capsys, "--db", db, "projects", "--json")
    projects = {p["code"]: p for p in json.loads(out)}
    assert code == 0 and len(projects) == 96
    code, out, _ = run(capsys, "--db", db, "evaluations", "--overdue", "--as-of", "2030-01-01", "--json")
    overdue = json.loads(out)
    assert code == 0 and overdue and all(row["due"] < "2030-01-01" for row in overdue)

    designed = next(code for code, p in projects.items() if p["stage"] == "design")
    code, _, err = run(capsys, "--db", db, "stage", designed, "submit", "--on", "2026-01-15")
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "--db", db, "history", designed)
    assert code == 0 and "stage" in out and "appraisal" in out


def test_the_portfolio_report_from_either_engine(capsys, demo_target, tmp_path: Path):
    target = tmp_path / "portfolio.xlsx"
    code, _, err = run(capsys, "--db", str(demo_target), "report", "portfolio", "-o", str(target), "--from", "2000", "--to", "2004")
    assert (code, err) == (0, "")
    book = load_workbook(target)
    assert "Annex 2 Approvals by partner" in book.sheetnames


def test_backup_copies_a_file_and_leaves_a_server_to_its_administrator(capsys, demo_target, engine, tmp_path: Path):
    code, out, err = run(capsys, "--db", str(demo_target), "backup", str(tmp_path / "copy.sqlite3"))
    if engine == "sqlite":
        assert (code, err) == (0, "") and (tmp_path / "copy.sqlite3").exists()
    else:
        assert code == 1 and "is on a server" in err and "pg_dump" in err and err.count("\n") == 1
        assert not (tmp_path / "copy.sqlite3").exists()
