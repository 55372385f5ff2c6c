"""The exchange commands: field packages between two databases, conflicts, and refusals."""

import pytest

from tracker.cli import main


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_offices(tmp_path, capsys):
    office = str(tmp_path / "office.sqlite3")
    headquarters = str(tmp_path / "hq.sqlite3")
    assert run(capsys, "--db", office, "demo")[0] == 0
    assert run(capsys, "--db", headquarters, "info")[0] == 0
    return office, headquarters


def test_a_field_package_carries_the_portfolio_and_merging_twice_changes_nothing(capsys, tmp_path, two_offices):
    office, headquarters = two_offices
    package = str(tmp_path / "office.trackerpkg")
    code, out, err = run(capsys, "--db", office, "package", "export", "-o", package)
    assert code == 0, err
    code, out, err = run(capsys, "--db", headquarters, "package", "merge", package)
    assert code == 0, err
    code, out, _ = run(capsys, "--db", headquarters, "projects", "--json")
    import json

    merged = {p["code"] for p in json.loads(out)}
    code, out, _ = run(capsys, "--db", office, "projects", "--json")
    assert merged == {p["code"] for p in json.loads(out)} and len(merged) > 50
    code, again, err = run(capsys, "--db", headquarters, "package", "merge", package)
    assert code == 0
    code, history_before, _ = run(capsys, "--db", headquarters, "history", "TUN/19/01/LUX")
    run(capsys, "--db", headquarters, "package", "merge", package)
    assert run(capsys, "--db", headquarters, "history", "TUN/19/01/LUX")[1] == history_before


def test_a_damaged_package_is_refused_in_one_line(capsys, tmp_path, two_offices):
    office, headquarters = two_offices
    package = tmp_path / "office.trackerpkg"
    run(capsys, "--db", office, "package", "export", "-o", str(package))
    data = bytearray(package.read_bytes())
    package.write_bytes(bytes(data[: len(data) // 2]))  # truncated in transit
    code, out, err = run(capsys, "--db", headquarters, "package", "merge", str(package))
    assert code == 1 and err.startswith("tracker: error:") and err.count("\n") == 1
    assert run(capsys, "--db", headquarters, "projects")[1].startswith("no projects yet")


def test_no_conflicts_at_first(capsys, two_offices):
    _, headquarters = two_offices
    assert run(capsys, "--db", headquarters, "conflicts")[1] == "no conflicts to resolve\n"
