"""`tracker check`: the list's totals and the evaluation plans agree with each project's records;
a write made around the write path is named (project, what, both values), exit status 1, and
`--repair` stores the totals again from the records."""

from __future__ import annotations

import json

from tests.cli.test_cli import run
from tracker.store.database import close_database, open_database
from tracker.store.sql import execute


def test_the_demo_agrees_with_itself(capsys, demo_target):
    code, out, _ = run(capsys, "--db", str(demo_target), "check")
    assert code == 0, out
    assert "everything checked agrees" in out


def test_a_total_written_around_the_write_path_is_named_and_repaired(capsys, demo_target):
    open_database(demo_target)
    try:
        code = execute("SELECT p.code FROM project AS p JOIN expenditure AS e ON e.project_id = p.id ORDER BY p.code").fetchone()[0]
        execute("UPDATE expenditure SET amount_usd = amount_usd + 12345 WHERE project_id = (SELECT id FROM project WHERE code = :code)",
                {"code": code})
    finally:
        close_database()
    status, out, _ = run(capsys, "--db", str(demo_target), "check")
    assert status == 1
    assert f"{code}: expenditure to date (US$) kept as" in out and "the detail gives" in out

    status, out, _ = run(capsys, "--db", str(demo_target), "check", "--json")
    found = json.loads(out)
    assert status == 1 and [(t["project"], t["column"]) for t in found["totals"]] == [(code, "expenditure_usd")]
    assert (found["totals"][0]["detail"] - found["totals"][0]["stored"]) % 12345 == 0  # cents: 123.45 more on each line

    status, out, _ = run(capsys, "--db", str(demo_target), "check", "--repair")
    assert status == 0 and "stored again from the detail" in out
    status, out, _ = run(capsys, "--db", str(demo_target), "check")
    assert status == 0


def test_a_plan_made_stale_around_the_write_path_is_named(capsys, demo_target):
    open_database(demo_target)
    try:
        code = execute("SELECT code FROM project WHERE planned_end IS NOT NULL AND budget_usd > 0 ORDER BY code").fetchone()[0]
        execute("UPDATE project SET planned_end = '2031-12-31' WHERE code = :code", {"code": code})
    finally:
        close_database()
    status, out, _ = run(capsys, "--db", str(demo_target), "check")
    assert status == 1 and f"{code}: its evaluation plan was computed from other" in out and "tracker replan" in out
    assert run(capsys, "--db", str(demo_target), "replan")[0] == 0
    assert run(capsys, "--db", str(demo_target), "check")[0] == 0
