"""A project whose rule set is not on this computer (a package from an office that has it, a file
removed since) is still saved, merged and resolved: its plan is kept as it stands, the re-plan
skips it naming the reason, and `tracker check` says what to install. Choosing a rule set that is
not here is refused where it is chosen."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from tests.cli_helpers import run_cli
from tracker.domain.classifications import Region, StrategicObjective
from tracker.domain.errors import DomainError
from tracker.domain.project import Project
from tracker.store import models as m
from tracker.store.projects import assign_rule_set, find_project_row, load_project, save_project
from tracker.store.replan import replan_all

RULES = {"name": "office-rules", "version": 1, "title": "An office's own rules",
         "bands": [{"code": "ALL", "description": "of any length", "from": "0", "requires": "an internal evaluation",
                    "evaluations": [{"kind": "internal", "timing": "before-end", "months": 2}]}]}


def _project() -> Project:
    return Project(code="NH/1", title="Rules not here", region=Region.AFRICA, outcome=StrategicObjective.EMPLOYMENT,
                   planned_start=date(2025, 1, 1), planned_end=date(2026, 6, 30), budget=Decimal("400000"))


@pytest.mark.sqlite_only
def test_a_project_whose_rule_set_left_this_computer_is_kept_skipped_and_named(db, tmp_path, monkeypatch, capsys):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "office-rules.json").write_text(json.dumps(RULES), encoding="utf-8")
    monkeypatch.setenv("TRACKER_RULESETS", str(folder))
    save_project(_project())
    project, _ = assign_rule_set("NH/1", "office-rules")
    planned = [(e.kind.value, e.due) for e in project.evaluations if e.mandatory]
    assert planned == [("internal", date(2026, 4, 30))]

    (folder / "office-rules.json").unlink()  # the file is gone from this computer
    project = load_project(find_project_row("NH/1").id)
    project.title = "Rules not here, edited"
    saved, changes = save_project(project)  # kept, with its plan as it stands
    assert changes == [] and [(e.kind.value, e.due) for e in saved.evaluations if e.mandatory] == planned

    summary = replan_all()
    assert summary.skipped == ["NH/1"]
    code, out, _ = run_cli(capsys, "--db", str(m.database.database), "check")
    assert code == 1
    assert "NH/1: its rule set office-rules is not on this computer" in out
    assert "tracker replan" not in out  # re-planning cannot help it

    with pytest.raises(DomainError, match="unknown rule set 'office-rules'"):
        assign_rule_set("NH/1", "office-rules")  # choosing one that is not here is refused
