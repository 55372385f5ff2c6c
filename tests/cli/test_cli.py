"""The command line is a contract: arguments, JSON shapes, exit codes and one-line errors."""

import json
import subprocess
import sys

import pytest

from tests.cli_helpers import run_cli as run


def test_evaluation_plan_json_for_a_euro_budget(capsys):
    code, out, err = run(capsys, "evaluation-plan", "--start", "2024-01-01", "--end", "2025-12-31",
                         "--budget", "330000", "--currency", "EUR", "--rate", "1.08", "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    # 330,000 EUR x 1.08 = US$356,400: over the threshold.
    assert {k: data[k] for k in ("rule_set", "duration_months", "band", "independent_required")} == {
        "rule_set": "ilo-2002", "duration_months": 24.0, "band": "B", "independent_required": True,
    }
    assert [(e["kind"], e["due"], e["independent"], e["mandatory"]) for e in data["evaluations"]] == [
        ("mid-term", "2024-12-31", False, True),
        ("final", "2025-12-31", True, True),
    ]
    assert all(set(e) == {"kind", "due", "independent", "mandatory", "reason"} for e in data["evaluations"])


def test_evaluation_plan_with_agreed_mid_term_review(capsys):
    code, out, _ = run(capsys, "evaluation-plan", "--start", "2024-01-01", "--end", "2026-12-31", "--budget", "100000",
                       "--midterm-review-agreed", "--json")
    kinds = [e["kind"] for e in json.loads(out)["evaluations"]]
    assert code == 0 and kinds == ["annual-review", "mid-term-review", "annual-review", "final"]


def test_evaluation_plan_as_text_shows_reasons(capsys):
    code, out, _ = run(capsys, "evaluation-plan", "--start", "2024-01-01", "--end", "2024-12-31", "--budget", "350,000")
    assert code == 0
    assert "12.00 months is under 18 months: final evaluation on completion" in out
    assert "is not over US$350,000.00" in out


@pytest.mark.parametrize(
    ("args", "exit_code", "message"),
    [
        (["--start", "2024-02-30", "--end", "2025-01-01", "--budget", "1"], 2, "argument --start: date '2024-02-30' is not a day of the calendar"),
        (["--start", "2024-01-01", "--end", "2023-01-01", "--budget", "1"], 1, "--end 2023-01-01 is before --start 2024-01-01"),
        (["--start", "2024-01-01", "--end", "2025-01-01", "--budget", "lots"], 2, "budget 'lots' is not a number"),
        (["--start", "2024-01-01", "--end", "2025-01-01", "--budget", "-5"], 2, "cannot be negative"),
        (["--start", "2024-01-01", "--end", "2025-01-01", "--budget", "5", "--currency", "EUR"], 1, "needs --rate"),
        (["--start", "2024-01-01", "--end", "2025-01-01", "--budget", "5", "--currency", "XXY", "--rate", "1"], 2, "'XXY' is not an ISO 4217"),
        (["--start", "2024-01-01", "--end", "2025-01-01", "--budget", "5", "--rule-set", "nope"], 1, "unknown rule set 'nope'"),
        (["--start", "2024-01-01"], 1, "give --project CODE, or all of --end, --budget"),
    ],
)
def test_bad_arguments_give_one_line_naming_the_problem(capsys, args, exit_code, message):
    code, out, err = run(capsys, "evaluation-plan", *args)
    assert code == exit_code
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert out == ""


def test_projects_on_an_empty_database_suggests_the_demo(capsys, tmp_path):
    code, out, _ = run(capsys, "--db", str(tmp_path / "t.sqlite3"), "projects")
    assert code == 0 and "tracker demo" in out


def test_db_option_is_accepted_after_the_command_and_env_var_works(capsys, tmp_path, monkeypatch):
    code, out, _ = run(capsys, "info", "--db", str(tmp_path / "after.sqlite3"))
    assert code == 0 and "after.sqlite3" in out
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "env.sqlite3"))
    code, out, _ = run(capsys, "info")
    assert "env.sqlite3" in out


def test_unknown_partner_and_stage_are_one_line_errors(capsys, tmp_path):
    db = str(tmp_path / "t.sqlite3")
    code, _, err = run(capsys, "--db", db, "projects", "--partner", "Atlantis")
    assert code == 1 and err == "tracker: error: no partner with code or name 'Atlantis'\n"
    code, _, err = run(capsys, "--db", db, "projects", "--stage", "dreaming")
    assert code == 2 and "'dreaming' is not a project-cycle stage" in err


def test_a_file_that_is_not_a_database_is_a_one_line_error(capsys, tmp_path):
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"\x00garbage" * 512)
    code, _, err = run(capsys, "--db", str(bogus), "projects")
    assert code == 1 and "bogus.sqlite3 is not a tracker database" in err and err.count("\n") == 1


def test_console_entry_point_runs_without_traceback(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "tracker.cli", "evaluation-plan", "--start", "2024-01-01", "--end", "2023-01-01", "--budget", "1"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("tracker: error:") and "Traceback" not in result.stderr


def test_replan_on_a_consistent_demo_changes_nothing(capsys, tmp_path):
    db = str(tmp_path / "t.sqlite3")
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, err = run(capsys, "--db", db, "replan")
    assert code == 0, err
    assert "0 re-planned, 0 changed" in out  # every plan fingerprint holds: nothing is even read


def test_a_stage_change_on_an_odd_date_is_made_with_a_warning(capsys, tmp_path):
    """As the app's dialog does, the command line says why a date looks odd, and still records it."""
    from datetime import date
    from decimal import Decimal

    from tests.partner_helpers import ensure_partner
    from tracker.domain.classifications import FundingModality, PartnerCategory, Region, StrategicObjective
    from tracker.domain.project import Funding, Partner, Project
    from tracker.store.database import close_database, open_database
    from tracker.store.projects import save_project

    db = tmp_path / "odd.sqlite3"
    open_database(db)
    ensure_partner(Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL))
    save_project(Project(code="SEN/26/01/LUX", title="Youth employment", region=Region.AFRICA,
                         outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2027, 1, 1), planned_end=date(2029, 12, 31),
                         budget=Decimal("300000"),
                         fundings=[Funding(FundingModality.EARMARKED, Decimal("300000"), "USD", date(2026, 1, 1), "LUX", "SEN/26/01/LUX")]))
    close_database()
    for action, on in (("submit", "2026-01-10"), ("approve", "2026-02-10")):
        code, _out, err = run(capsys, "--db", str(db), "stage", "SEN/26/01/LUX", action, "--on", on)
        assert (code, err) == (0, ""), err
    code, out, err = run(capsys, "--db", str(db), "stage", "SEN/26/01/LUX", "start", "--on", "2026-03-01")
    assert code == 0 and "Implementation" in out
    assert err.strip() == "tracker: warning: SEN/26/01/LUX: Implementation would start before the planned start (2027-01-01)."
