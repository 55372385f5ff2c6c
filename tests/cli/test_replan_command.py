"""`tracker replan` re-plans only the projects whose plan fingerprint no longer holds and says how
many it checked, skipped as unchanged and changed; `--all` recomputes every plan."""

from __future__ import annotations

import sqlite3

from tests.cli_helpers import run_cli as run


def test_replan_skips_what_holds_and_all_recomputes_every_plan(capsys, tmp_path):
    db = tmp_path / "t.sqlite3"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    with sqlite3.connect(db) as connection:
        projects = connection.execute("SELECT COUNT(*) FROM project").fetchone()[0]
        with_plan = connection.execute("SELECT COUNT(*) FROM project WHERE planned_start IS NOT NULL AND planned_end IS NOT NULL "
                                       "AND budget IS NOT NULL").fetchone()[0]
        # One project's end date moved around the write path: its plan alone is stale.
        code = connection.execute("SELECT code FROM project WHERE planned_end IS NOT NULL ORDER BY code LIMIT 1").fetchone()[0]
        connection.execute("UPDATE project SET planned_end = '2039-06-30' WHERE code = ?", (code,))

    status, out, err = run(capsys, "--db", str(db), "replan")
    assert status == 0, err
    assert out.startswith(f"{projects} projects checked: {projects - 1} skipped as unchanged, 1 re-planned, 1 changed")

    status, out, err = run(capsys, "--db", str(db), "replan", "--all")
    assert status == 0, err
    assert out.startswith(f"{projects} projects checked: 0 skipped as unchanged, {with_plan} re-planned, 0 changed")
