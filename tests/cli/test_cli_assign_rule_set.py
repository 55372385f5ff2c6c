"""`tracker assign-rule-set CODE NAME` assigns a rule set to a project (recorded, audited, re-planned
through the store's one write path); `--automatic` gives it back to the policy in force: today's
until it is approved, the one in force when it was approved after."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli_helpers import one_sentence
from tests.cli_helpers import run_cli as run
from tracker.store import models as m
from tracker.store.database import open_database
from tracker.store.projects import find_project_row, load_project

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "rulesets" / "example-tiered.json"
CODE = "GLO/20/01/LUX"  # closed; entered with its plan under ilo-2002, US$330,000, 42 months


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> Path:
    folder = tmp_path / "rulesets"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / EXAMPLE.name)
    monkeypatch.setenv("TRACKER_RULESETS", str(folder))
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(request.getfixturevalue("demo_template"), path)
    return path


def _project(path: Path):
    open_database(path)
    try:
        return load_project(find_project_row(CODE).id)
    finally:
        m.database.close()


@pytest.mark.sqlite_only
def test_assigning_a_rule_set_replans_and_is_recorded_and_automatic_gives_it_back(demo: Path, capsys) -> None:
    code, out, _ = run(capsys, "--db", str(demo), "assign-rule-set", CODE, "example-tiered")
    assert code == 0
    assert f"{CODE} follows example-tiered, assigned" in out
    assert "Internal evaluation added" in out  # tier T1: under US$1,000,000
    project = _project(demo)
    assert (project.rule_set, project.rule_set_assigned) == ("example-tiered", True)

    code, out, _ = run(capsys, "--db", str(demo), "history", CODE)
    assert "rule_set" in out and "example-tiered" in out  # the audit trail records the assignment

    code, out, _ = run(capsys, "--db", str(demo), "assign-rule-set", CODE, "--automatic")
    assert code == 0
    assert f"{CODE} follows the policy in force on its approval: ilo-2002" in out
    project = _project(demo)
    assert (project.rule_set, project.rule_set_assigned) == ("ilo-2002", False)
    assert not [e for e in project.evaluations if e.mandatory and e.kind.value == "internal"]


@pytest.mark.sqlite_only
def test_an_unknown_rule_set_or_no_choice_is_refused_in_one_sentence(demo: Path, capsys) -> None:
    code, _, err = run(capsys, "--db", str(demo), "assign-rule-set", CODE, "nope")
    assert code != 0 and "unknown rule set 'nope'" in one_sentence(err)
    code, _, err = run(capsys, "--db", str(demo), "assign-rule-set", CODE)
    assert code != 0 and "--automatic" in one_sentence(err)
    assert _project(demo).rule_set_assigned is False  # nothing written
