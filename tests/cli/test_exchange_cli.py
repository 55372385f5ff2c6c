"""The exchange commands: field packages between two databases, conflicts, and refusals."""

import pytest

from tests.cli_helpers import run_cli as run


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


def test_template_fill_and_import_then_reimport_changes_nothing(capsys, tmp_path):
    import openpyxl

    db = str(tmp_path / "t.sqlite3")
    template = tmp_path / "template.xlsx"
    assert run(capsys, "--db", db, "template", "-o", str(template))[0] == 0
    book = openpyxl.load_workbook(template)
    sheet = book["Projects"]
    headers = [c.value for c in sheet[1]]
    row = {h: None for h in headers}

    def put(prefix, value):
        column = next(h for h in headers if h and h.lower().startswith(prefix))
        row[column] = value

    put("code", "SEN/26/01/TST")
    put("title", "Apprenticeships in Dakar")
    sheet.append([row[h] for h in headers])
    book.save(template)
    code, out, err = run(capsys, "--db", db, "import", str(template))
    assert code == 0, err
    assert "1 created" in out
    code, out, err = run(capsys, "--db", db, "import", str(template))
    assert code == 0 and "0 created, 0 updated" in out


def test_import_lists_every_problem_then_one_error_line(capsys, tmp_path):
    import openpyxl

    db = str(tmp_path / "t.sqlite3")
    template = tmp_path / "template.xlsx"
    run(capsys, "--db", db, "template", "-o", str(template))
    book = openpyxl.load_workbook(template)
    sheet = book["Projects"]
    width = sheet.max_column
    sheet.append([None] * width)  # skipped: blank
    sheet.append(["BAD CODE WITH SPACES", None] + [None] * (width - 2))
    book.save(template)
    code, out, err = run(capsys, "--db", db, "import", str(template))
    lines = err.strip().splitlines()
    assert code == 1
    assert lines[-1].startswith("tracker: error:") and "nothing was imported" in lines[-1]
    assert any("sheet Projects, row" in line for line in lines[:-1])
    assert run(capsys, "--db", db, "projects")[1].startswith("no projects yet")


def test_a_csv_renamed_xlsx_is_refused_in_one_line(capsys, tmp_path):
    fake = tmp_path / "projects.xlsx"
    fake.write_text("code,title\nA,B\n")
    code, _, err = run(capsys, "--db", str(tmp_path / "t.sqlite3"), "import", str(fake))
    assert code == 1 and "text (CSV) file" in err and err.count("\n") == 1


def test_iati_export_of_the_demo_validates_and_imports_elsewhere(capsys, tmp_path):
    from tracker.exchange.iati_export import validate_iati

    source = str(tmp_path / "source.sqlite3")
    run(capsys, "--db", source, "demo")
    xml = tmp_path / "lux.xml"
    code, out, err = run(capsys, "--db", source, "export", "iati", "-o", str(xml), "--partner", "Luxembourg")
    assert code == 0, err
    assert validate_iati(xml) == []
    target = str(tmp_path / "target.sqlite3")
    code, out, err = run(capsys, "--db", target, "import", str(xml))
    assert code == 0, err
    import json

    code, out, _ = run(capsys, "--db", target, "projects", "--partner", "LUX", "--json")
    codes = {p["code"] for p in json.loads(out)}
    assert "TUN/19/01/LUX" in codes and "CPV/18/01/LUX" in codes
