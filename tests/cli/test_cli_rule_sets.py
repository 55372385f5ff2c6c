"""`tracker rule-sets check FILE` names every problem of a rule-set file with its place (exit status
1), or says in one line what a usable one holds (0); `tracker replan --dry-run [--rule-set NAME]`
shows what re-planning, or adopting a rule set, would change, and writes nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from tests.cli_helpers import one_sentence
from tests.cli_helpers import run_cli as run

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "rulesets" / "example-tiered.json"


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Path:
    """A copy of the demo portfolio, with the example tiered policy installed (in force from 2027)."""
    folder = tmp_path / "rulesets"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / EXAMPLE.name)
    monkeypatch.setenv("TRACKER_RULESETS", str(folder))
    monkeypatch.setenv("TRACKER_USER_RULESETS", str(tmp_path / "user-rulesets"))
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(request.getfixturevalue("demo_template"), path)
    return path


def _dump(path: Path) -> list[str]:
    """Everything the database holds, as SQL (the same whether or not it sits in the WAL)."""
    with sqlite3.connect(path) as connection:
        return list(connection.iterdump())


# ---------------------------------------------------------------- rule-sets check


def test_a_usable_file_is_summed_up_in_one_line(capsys):
    status, out, err = run(capsys, "rule-sets", "check", str(EXAMPLE))
    assert (status, err) == (0, "")
    assert out == ("example-tiered.json: usable: example-tiered v1: 3 duration bands, 4 budget tiers, 2 appraisal requirements, "
                   "a policy from 2027-01-01\n")


def test_every_problem_is_named_with_its_place(capsys, tmp_path):
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw["tiers"][1]["evaluations"][0]["timing"] = "someday"
    raw["tiers"][2]["from_usd"] = "a million"
    del raw["bands"][0]["requires"]
    bad = tmp_path / "example-tiered.json"
    bad.write_text(json.dumps(raw), encoding="utf-8")
    status, out, err = run(capsys, "rule-sets", "check", str(bad))
    lines = out.splitlines()
    assert (status, err) == (1, "")
    assert lines[-1] == f"example-tiered.json: not usable: {len(lines) - 1} problems"
    assert len(lines) >= 4
    assert any(line.startswith("example-tiered.json, band 1") and "requires" in line for line in lines)
    assert any(line.startswith("example-tiered.json, tier 2, evaluation 1") and "someday" in line for line in lines)
    assert any(line.startswith("example-tiered.json, tier 3") and "a million" in line for line in lines)


def test_a_file_named_otherwise_than_its_rule_set_is_told(capsys, tmp_path):
    copy = tmp_path / "tiered.json"
    shutil.copy(EXAMPLE, copy)
    status, out, _ = run(capsys, "rule-sets", "check", str(copy))
    assert status == 1
    assert "tiered.json: the file is named 'tiered' but declares name 'example-tiered'" in out


def test_a_missing_file_or_bad_json_is_one_sentence(capsys, tmp_path):
    status, out, err = run(capsys, "rule-sets", "check", str(tmp_path / "none.json"))
    assert (status, out) == (1, "")
    assert one_sentence(err) == f"tracker: error: {tmp_path / 'none.json'}: no such file"
    broken = tmp_path / "broken.json"
    broken.write_text('{"name": "broken",\n  "version": }', encoding="utf-8")
    status, out, err = run(capsys, "rule-sets", "check", str(broken))
    assert (status, out) == (1, "")
    assert one_sentence(err).startswith("tracker: error: broken.json: not valid JSON (") and "line 2" in err


def test_rule_sets_alone_still_lists_them(capsys, demo):
    status, out, _ = run(capsys, "rule-sets")
    assert status == 0
    assert out.startswith("example-tiered v1: ") and "\nilo-2002 v" in out


# ---------------------------------------------------------------- replan --dry-run


def test_the_impact_of_a_rule_set_is_shown_and_nothing_written(capsys, demo):
    before = _dump(demo)
    status, out, err = run(capsys, "--db", str(demo), "replan", "--dry-run", "--rule-set", "example-tiered", "--json")
    assert (status, err) == (0, "")
    found = json.loads(out)
    assert found["written"] is False and found["scope"] == "all" and found["rule_set"] == "example-tiered v1"
    assert found["projects_changed"] and set(found["projects_changed"]) == {c["project"] for c in found["changes"]}
    assert sum(found["counts"].values()) == len(found["changes"])
    assert {c["change"] for c in found["changes"]} <= {"gains", "loses", "moves", "independence"}

    status, out, err = run(capsys, "--db", str(demo), "replan", "--dry-run", "--rule-set", "example-tiered")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["project", "stage", "follows", "it", "change", "evaluation", "due", "now", "due", "after"]
    assert {line.split()[0] for line in lines[2:-1]} == set(found["projects_changed"])
    counts = found["counts"]
    assert lines[-1] == (f"example-tiered v1: projects checked: {found['projects_checked']}; that would change: "
                         f"{len(found['projects_changed'])}; evaluations gained: {counts['gains']}, lost: {counts['loses']}, "
                         f"moved: {counts['moves']}; independence changes: {counts['independence']}; nothing was written")

    # Only the projects that would follow it: none of the demo's today (it takes effect in 2027).
    status, out, _ = run(capsys, "--db", str(demo), "replan", "--dry-run", "--rule-set", "example-tiered", "--scope", "followers")
    assert status == 0 and "projects checked: 0; that would change: 0" in out
    assert _dump(demo) == before


def test_the_workbook_is_written_and_an_existing_file_kept(capsys, demo, tmp_path):
    target = tmp_path / "impact.xlsx"
    status, out, err = run(capsys, "--db", str(demo), "replan", "--dry-run", "--rule-set", "example-tiered", "--workbook", str(target))
    assert (status, err) == (0, "")
    assert out.splitlines()[-1] == str(target)
    assert openpyxl.load_workbook(target).sheetnames == ["Summary", "Changes"]
    status, _, err = run(capsys, "--db", str(demo), "replan", "--dry-run", "--rule-set", "example-tiered", "--workbook", str(target))
    assert status == 1 and one_sentence(err) == f"tracker: error: {target} already exists; add --overwrite to replace it"


def test_a_rule_set_is_never_applied_by_replan(capsys, demo):
    before = _dump(demo)
    status, out, err = run(capsys, "--db", str(demo), "replan", "--rule-set", "example-tiered")
    assert (status, out) == (1, "")
    assert "add --dry-run" in one_sentence(err)
    for args in (["--scope", "all"], ["--json"]):
        status, _, err = run(capsys, "--db", str(demo), "replan", *args)
        assert status == 1 and "goes with" in one_sentence(err)
    status, _, err = run(capsys, "--db", str(demo), "replan", "--dry-run", "--rule-set", "no-such-rules")
    assert status == 1 and "unknown rule set 'no-such-rules'" in one_sentence(err)
    assert _dump(demo) == before


def test_the_dry_run_of_replan_shows_the_stale_plans_replan_then_changes(capsys, demo):
    with sqlite3.connect(demo) as connection:
        code = connection.execute("SELECT code FROM project WHERE stage = 'implementation' AND planned_end IS NOT NULL "
                                  "ORDER BY code LIMIT 1").fetchone()[0]
        connection.execute("UPDATE project SET planned_end = '2039-06-30' WHERE code = ?", (code,))
    before = _dump(demo)
    status, out, err = run(capsys, "--db", str(demo), "replan", "--dry-run", "--json")
    assert (status, err) == (0, "")
    found = json.loads(out)
    assert (found["projects_checked"], found["projects_changed"], found["scope"]) == (1, [code], "stale")
    assert _dump(demo) == before

    assert run(capsys, "--db", str(demo), "replan")[0] == 0
    status, out, _ = run(capsys, "--db", str(demo), "replan", "--dry-run")
    assert status == 0 and out == ("projects checked: 0; that would change: 0; evaluations gained: 0, lost: 0, moved: 0; "
                                   "independence changes: 0; nothing was written\n")
