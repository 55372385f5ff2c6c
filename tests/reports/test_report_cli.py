"""`tracker report ...`: the written path on success, one-line errors with exit 1, no file left."""

import pytest

from tests.cli_helpers import run_cli as run
from tests.reports.conftest import build_small_portfolio, load
from tracker.store.database import close_database, open_database


@pytest.fixture
def small_file(tmp_path):
    path = tmp_path / "small.sqlite3"
    open_database(path)
    build_small_portfolio()
    close_database()
    return path




@pytest.mark.parametrize(
    "args",
    [
        ["donor", "--partner", "Donorland", "--from", "2021", "--to", "2022"],
        ["portfolio", "--from", "2021", "--to", "2022", "--compare-from", "2019", "--compare-to", "2020"],
        ["evaluations", "--as-of", "2024-06-30"],
    ],
)
def test_each_report_prints_the_path_it_wrote(capsys, small_file, tmp_path, args):
    target = tmp_path / "out" / "report.xlsx"
    target.parent.mkdir()
    code, out, err = run(capsys, "--db", str(small_file), "report", *args, "-o", str(target))
    assert (code, err) == (0, "")
    assert out.strip() == str(target)
    assert load(target).sheetnames[0] == "Notes"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["donor", "--partner", "nobody", "--from", "2021", "--to", "2022"], "no partner with code or name 'nobody'"),
        (["portfolio", "--from", "2022", "--to", "2021"], "the period is empty: --from 2022 is after --to 2021"),
    ],
)
def test_errors_are_one_line_with_exit_1_and_leave_no_file(capsys, small_file, tmp_path, args, message):
    folder = tmp_path / "out"
    folder.mkdir()
    code, out, err = run(capsys, "--db", str(small_file), "report", *args, "-o", str(folder / "r.xlsx"))
    assert code == 1 and out == ""
    assert err.startswith("tracker: error: ") and message in err and err.count("\n") == 1
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("args", [["donor", "--partner", "UNX", "--from", "2010", "--to", "2011"],
                                  ["portfolio", "--from", "2030", "--to", "2031"]])
def test_a_period_with_nothing_to_report_gives_a_nil_report_not_an_error(capsys, small_file, tmp_path, args):
    target = tmp_path / "nil.xlsx"
    code, out, err = run(capsys, "--db", str(small_file), "report", *args, "-o", str(target))
    assert (code, err) == (0, "") and out.strip() == str(target)
    texts = [c.value for sheet in load(target).worksheets for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("2010-2011" in t or "2030-2031" in t for t in texts)


def test_an_unwritable_path_is_one_line_with_exit_1(capsys, small_file, tmp_path):
    code, out, err = run(capsys, "--db", str(small_file), "report", "evaluations", "-o", str(tmp_path / "no" / "such" / "r.xlsx"))
    assert code == 1 and out == ""
    assert err.startswith("tracker: error: cannot write ") and "does not exist" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report"], "the following arguments are required: REPORT"),
        (["report", "portfolio", "--from", "2021", "--to", "2022"], "the following arguments are required: -o/--output"),
        (["report", "portfolio", "--from", "two", "--to", "2022", "-o", "x.xlsx"], "'two' is not a year"),
    ],
)
def test_a_malformed_command_line_exits_2(capsys, args, message):
    code, _, err = run(capsys, *args)
    assert code == 2 and message in err and err.count("\n") == 1


def test_a_donor_report_warns_of_its_projects_inconsistencies_before_it_is_sent(capsys, demo_template, tmp_path):
    target = tmp_path / "lux.xlsx"
    code, out, err = run(capsys, "--db", str(demo_template), "report", "donor", "--partner", "LUX", "--from", "2018",
                         "--to", "2025", "--lang", "en", "-o", str(target))
    assert code == 0 and out.strip() == str(target)
    lines = err.splitlines()
    assert lines[0] == "tracker: warning: 1 check to look at before sending the report:"
    assert lines[1].startswith("  GLO/22/01/LUX: Luxembourg's funding of US$3,245,000.00 exceeds the project's budget")
