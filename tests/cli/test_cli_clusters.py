"""`tracker clusters ...`: create a cluster evaluation on a theme, partner or country, add and
remove projects, record its completion for each of them, list and show it (as a table and as
JSON); a refusal is one line naming what is wrong and exits 1, a bad argument exits 2."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from tests.cli_helpers import run_cli as run
from tests.partner_helpers import ensure_partner
from tracker.domain.classifications import FundingModality, PartnerCategory, Region, Stage, StrategicObjective, Theme
from tracker.domain.project import Funding, Partner, Project


def _project(code: str, themes: list[Theme], countries: list[str]) -> Project:
    return Project(code=code, title=f"Project {code}", stage=Stage.IMPLEMENTATION, region=Region.AFRICA, countries=countries,
                   themes=themes, outcome=StrategicObjective.EMPLOYMENT, planned_start=dt.date(2024, 1, 1),
                   planned_end=dt.date(2025, 12, 31), budget=Decimal("400000.00"),
                   fundings=[Funding(modality=FundingModality.EARMARKED, amount=Decimal("400000"), currency="USD",
                                     approved_on=dt.date(2024, 1, 1), partner_code="LUX")])


@pytest.fixture
def tracker(capsys, db_target):
    """`tracker --db <the test's database> ...` on two Senegalese gender-equality projects and a
    Malian one (24 months, US$400,000: a mid-term evaluation, an independent final due 2025-12-31)."""
    from tracker.store.database import close_database, open_database
    from tracker.store.projects import save_project

    open_database(db_target)
    ensure_partner(Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL, country="LU"))
    for project in (_project("SEN/24/01/LUX", [Theme.GENDER_EQUALITY], ["SN"]), _project("SEN/24/02/LUX", [Theme.GENDER_EQUALITY], ["SN"]),
                    _project("MLI/24/01/LUX", [Theme.TRIPARTISM], ["ML"])):
        save_project(project, allow_stage_change=True)
    close_database()
    return lambda *args: run(capsys, "--db", str(db_target), *args)


def test_create_complete_list_and_show(tracker):
    code, out, err = tracker("clusters", "create", "CL-SN", "SEN/24/01/LUX", "SEN/24/02/LUX", "--title", "Gender in Senegal",
                             "--kind", "final", "--country", "Senegal")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "cluster CL-SN created: final evaluation of the projects sharing the country Senegal (SN), 2 projects",
        "  project SEN/24/01/LUX: its final evaluation due 2025-12-31 is now part of the cluster",
        "  project SEN/24/02/LUX: its final evaluation due 2025-12-31 is now part of the cluster",
    ]
    code, out, err = tracker("clusters", "complete", "cl-sn", "--on", "2025-10-31", "--evaluator", "Independent Evaluation Office",
                             "--independence", "external", "--findings", "Good", "--rating", "relevance=5")
    assert (code, err) == (0, "")
    assert out == ("cluster CL-SN completed on 2025-10-31 by Independent Evaluation Office (external) for 2 projects: SEN/24/01/LUX, "
                   "SEN/24/02/LUX\n")
    code, out, _ = tracker("clusters", "list")
    lines = out.splitlines()
    assert lines[0].split() == ["Code", "Title", "Kind", "Basis", "Projects", "Status"]
    assert lines[2].split()[0] == "CL-SN" and lines[2].endswith("2  Completed 2025-10-31")
    code, out, _ = tracker("clusters", "show", "CL-SN", "--json")
    shown = json.loads(out)
    assert (shown["basis"], shown["basis_value"], shown["status"], shown["members"]) == ("country", "SN", "completed", 2)
    assert [(p["project"], p["status"], p["completed_on"], p["independence"]) for p in shown["projects"]] == [
        ("SEN/24/01/LUX", "completed", "2025-10-31", "external"), ("SEN/24/02/LUX", "completed", "2025-10-31", "external")]
    code, out, _ = tracker("evaluation", "SEN/24/01/LUX", "list", "--json")
    final = next(row for row in json.loads(out) if row["evaluation"] == "final")
    assert (final["status"], final["evaluator"], final["findings"], final["ratings"]) == (
        "completed", "Independent Evaluation Office", "Good", {"relevance": 5})
    code, out, _ = tracker("clusters", "show", "CL-SN")
    assert out.splitlines()[:2] == ["CL-SN: Gender in Senegal", "Final evaluation of the projects sharing the country Senegal (SN)"]
    assert "SEN/24/02/LUX" in out and "Independent Evaluation Office" in out


def test_add_remove_and_an_optional_evaluation_said(tracker):
    assert tracker("clusters", "create", "CL1", "--theme", "gender-equality", "--kind", "ex-post")[0] == 0
    code, out, err = tracker("clusters", "add", "CL1", "SEN/24/01/LUX")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["cluster CL1: 1 project added",
                                "  project SEN/24/01/LUX had no ex-post evaluation to join with: an optional one due 2025-12-31 "
                                "(its planned end) was added, not mandatory"]
    code, out, err = tracker("clusters", "remove", "CL1", "SEN/24/01/LUX")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["cluster CL1: 1 project removed",
                                "  project SEN/24/01/LUX left the cluster; its evaluation stays planned as its own"]
    rows = json.loads(tracker("clusters", "list", "--json")[1])
    assert [(r["code"], r["members"], r["status"]) for r in rows] == [("CL1", 0, "no-members")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["create", "CL2", "SEN/24/01/LUX", "MLI/24/01/LUX", "--theme", "gender-equality", "--kind", "final"],
         "project MLI/24/01/LUX does not have the theme Gender equality, the basis of cluster CL2"),
        (["create", "CL2", "--partner", "NOPE"], "basis: no partner with code 'NOPE'"),
        (["create", "CL2", "--country", "Atlantis"], "basis: 'Atlantis' is not a known country name or ISO 3166 code"),
        (["create", "CL2", "--theme", "tripartism", "--kind", "finale-x"], "kind: 'finale-x' is not a kind of evaluation"),
        (["complete", "CL2", "--on", "2025-10-31", "--evaluator", "IEO", "--independence", "external"],
         "no cluster evaluation with code 'CL2'"),
        (["add", "CL2", "SEN/24/01/LUX"], "no cluster evaluation with code 'CL2'"),
    ],
)
def test_refusals_are_one_line_and_write_nothing(tracker, args, message):
    code, out, err = tracker("clusters", *args)
    assert code == 1 and out == ""
    assert err.startswith("tracker: error: ") and message in err and err.count("\n") == 1
    assert json.loads(tracker("clusters", "list", "--json")[1]) == []


def test_a_member_refusing_completion_refuses_it_for_all(tracker):
    tracker("clusters", "create", "CL1", "SEN/24/01/LUX", "SEN/24/02/LUX", "--theme", "gender-equality", "--kind", "final")
    code, out, err = tracker("clusters", "complete", "CL1", "--on", "2025-10-31", "--evaluator", "Team", "--independence", "self")
    assert code == 1 and out == ""
    assert err == ("tracker: error: project SEN/24/01/LUX: the final evaluation due 2025-12-31 must be independent (independent "
                   "internal or external), not a self-evaluation\n")
    shown = json.loads(tracker("clusters", "show", "CL1", "--json")[1])
    assert {p["status"] for p in shown["projects"]} == {"planned"}


def test_bad_arguments_exit_2(tracker):
    code, _, err = tracker("clusters", "create", "CL1", "--theme", "gender-equality", "--country", "SN")
    assert code == 2 and "not allowed with argument" in err
    code, _, err = tracker("clusters", "complete", "CL1", "--on", "2025-10-31", "--evaluator", "IEO", "--independence", "sometimes")
    assert code == 2 and "sometimes" in err


def test_edit_corrects_the_code_and_title_and_refuses_a_taken_code(tracker):
    tracker("clusters", "create", "CL-SNN", "SEN/24/01/LUX", "--theme", "gender-equality", "--kind", "final", "--title", "Gendr")
    tracker("clusters", "create", "CL-ML", "--country", "ML")
    code, out, err = tracker("clusters", "edit", "cl-snn", "--code", "CL-SN", "--title", "Gender in Senegal")
    assert (code, err) == (0, "")
    assert out.splitlines() == ["cluster CL-SN corrected", "  code changed from CL-SNN to CL-SN",
                                "  title changed from \u201cGendr\u201d to \u201cGender in Senegal\u201d"]
    shown = json.loads(tracker("clusters", "show", "CL-SN", "--json")[1])
    assert (shown["title"], [p["project"] for p in shown["projects"]]) == ("Gender in Senegal", ["SEN/24/01/LUX"])
    assert tracker("clusters", "edit", "CL-SN", "--title", "Gender in Senegal")[1] == (
        "cluster CL-SN has that code and title already; nothing changed\n")
    for args, message in ((["--code", "cl-ml"], "code: a cluster evaluation with code 'CL-ML' exists already"),
                          (["--title", " "], "title: a cluster evaluation's title cannot be empty"),
                          ([], "give the new code (--code) or the new title (--title) of cluster CL-SN")):
        code, out, err = tracker("clusters", "edit", "CL-SN", *args)
        assert (code, out, err) == (1, "", f"tracker: error: {message}\n")


def test_delete_says_what_would_happen_then_deletes_with_yes(tracker):
    tracker("clusters", "create", "CL1", "SEN/24/01/LUX", "SEN/24/02/LUX", "--theme", "gender-equality", "--kind", "final")
    code, out, err = tracker("clusters", "delete", "cl1")
    assert (code, out) == (1, "")
    assert err == ("tracker: error: this would delete cluster CL1; its 2 projects would leave it, each keeping its evaluation as its "
                   "own (SEN/24/01/LUX, SEN/24/02/LUX); add --yes to delete it\n")
    assert [r["code"] for r in json.loads(tracker("clusters", "list", "--json")[1])] == ["CL1"]
    code, out, err = tracker("clusters", "delete", "CL1", "--yes")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "deleted cluster CL1",
        "  project SEN/24/01/LUX left the cluster; its evaluation stays planned as its own",
        "  project SEN/24/02/LUX left the cluster; its evaluation stays planned as its own",
        "  a database that received cluster CL1 in a field package keeps it: a package never deletes a cluster evaluation",
    ]
    assert json.loads(tracker("clusters", "list", "--json")[1]) == []
    final = next(r for r in json.loads(tracker("evaluation", "SEN/24/01/LUX", "list", "--json")[1]) if r["evaluation"] == "final")
    assert final["status"] == "planned"


def test_a_completed_cluster_is_not_deleted(tracker):
    tracker("clusters", "create", "CL1", "SEN/24/01/LUX", "--theme", "gender-equality", "--kind", "final")
    tracker("clusters", "complete", "CL1", "--on", "2025-10-31", "--evaluator", "IEO", "--independence", "external")
    for yes in ([], ["--yes"]):
        code, out, err = tracker("clusters", "delete", "CL1", *yes)
        assert (code, out) == (1, "")
        assert err == ("tracker: error: cluster CL1 cannot be deleted: it was completed for 1 project, where it counts (SEN/24/01/LUX "
                       "2025-10-31); only a cluster that no project completed can be deleted\n")
