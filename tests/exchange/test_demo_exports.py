"""Demo data never reaches a working database through a workbook or an IATI file either: the
exports say which projects are demo data, and a database with real projects refuses to import
them (one sentence naming the file and the demo projects, nothing written), while the demo
portfolio or an empty database takes them, labelled as demo data."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from lxml import etree

from tests.cli_helpers import one_sentence
from tests.cli_helpers import run_cli as run
from tests.exchange.package_sites import table_counts
from tracker.domain.project import Project
from tracker.exchange.demo_marks import DEMO_PROPERTY, IATI_DEMO
from tracker.exchange.iati_codes import EXT
from tracker.exchange.iati_export import validate_iati
from tracker.store import models as m
from tracker.store.database import close_database, open_database
from tracker.store.projects import save_project

pytestmark = pytest.mark.sqlite_only  # several database files

REAL_CODE = "SEN/26/01/LUX"
REFUSAL = re.compile(r"tracker: error: (?P<file>\S+) holds demo projects \([^)]+ and \d+ more\); demo data is not imported into a "
                     r"database with real projects, so nothing was imported \(.*\)$")


def _with_real_project(path: Path) -> Path:
    open_database(path)
    try:
        save_project(Project(code=REAL_CODE, title="Youth employment in Senegal"))
    finally:
        close_database()
    return path


def _counts(path: Path) -> dict[str, int]:
    open_database(path)
    try:
        return table_counts()
    finally:
        close_database()


def _projects(path: Path) -> dict[str, bool]:
    """Code -> whether it is demo data, of every project in the database at `path`."""
    open_database(path)
    try:
        return {p.code: bool(p.is_demo) for p in m.Project.select()}
    finally:
        close_database()


def _demo_partners(path: Path) -> set[str]:
    open_database(path)
    try:
        return {p.code for p in m.Partner.select().where(m.Partner.is_demo)}
    finally:
        close_database()


@pytest.fixture
def demo(tmp_path, capsys) -> Path:
    path = tmp_path / "demo.sqlite3"
    code, _, err = run(capsys, "--db", str(path), "demo")
    assert code == 0, err
    return path


def _export(capsys, kind: str, database: Path, target: Path) -> Path:
    args = ["template", "--with-data", "-o", str(target)] if kind == "workbook" else ["export", "iati", "-o", str(target)]
    code, _, err = run(capsys, "--db", str(database), *args)
    assert code == 0, err
    return target


def _refused_by_a_working_database(capsys, tmp_path: Path, exported: Path) -> None:
    office = _with_real_project(tmp_path / "office.sqlite3")
    before = _counts(office)
    for dry_run in (["--dry-run"], []):
        code, _, err = run(capsys, "--db", str(office), "import", *dry_run, str(exported))
        sentence = one_sentence(err)
        assert code == 1 and REFUSAL.match(sentence), sentence
        assert REFUSAL.match(sentence)["file"] == exported.name
    assert _counts(office) == before
    assert _projects(office) == {REAL_CODE: False}


def _taken_by_an_empty_database(capsys, tmp_path: Path, exported: Path, demo: Path) -> None:
    training = tmp_path / "training.sqlite3"
    code, out, err = run(capsys, "--db", str(training), "import", str(exported))
    assert code == 0, err
    taken = _projects(training)
    assert taken == {code: True for code in _projects(demo)}  # every demo project, each labelled demo data
    assert _demo_partners(training) <= _demo_partners(demo)


def _taken_again_by_the_demo(capsys, exported: Path, demo: Path) -> None:
    """The demo portfolio takes its own file again: its projects stay, all of them demo data."""
    before = _projects(demo)
    code, _, err = run(capsys, "--db", str(demo), "import", str(exported))
    assert code == 0, err
    assert _projects(demo) == before


def test_a_workbook_from_the_demo_is_marked_refused_by_a_working_database_and_labelled_elsewhere(capsys, tmp_path, demo):
    workbook = _export(capsys, "workbook", demo, tmp_path / "from-demo.xlsx")
    book = openpyxl.load_workbook(workbook)
    assert any(p.name == DEMO_PROPERTY for p in book.custom_doc_props)
    assert str(book["Notes"]["A2"].value).startswith("DEMO DATA:")  # what a person opening the file sees
    _refused_by_a_working_database(capsys, tmp_path, workbook)
    _taken_again_by_the_demo(capsys, workbook, demo)
    _suspended_imported_as_told(workbook)
    _taken_by_an_empty_database(capsys, tmp_path, workbook, demo)


def _suspended_imported_as_told(workbook: Path) -> None:
    """A new project cannot arrive suspended (the import says to bring it in the stage it was
    suspended from, and suspend it in tracker): do as told for the demo's suspended project. The
    file, saved again, keeps its demo marks."""
    book = openpyxl.load_workbook(workbook)
    sheet = book["Projects"]
    stage = next(cell.column for cell in sheet[1] if str(cell.value).startswith("Stage"))
    for row in sheet.iter_rows(min_row=2, min_col=stage, max_col=stage):
        if row[0].value == "suspended":
            row[0].value = "implementation"
    book.save(workbook)


def test_a_demo_workbook_is_still_refused_when_a_tool_dropped_its_document_property(capsys, tmp_path, demo):
    workbook = _export(capsys, "workbook", demo, tmp_path / "from-demo.xlsx")
    book = openpyxl.load_workbook(workbook)
    book.custom_doc_props = openpyxl.packaging.custom.CustomPropertyList()
    book.save(workbook)
    assert not openpyxl.load_workbook(workbook).custom_doc_props.props
    _refused_by_a_working_database(capsys, tmp_path, workbook)


def test_an_iati_file_from_the_demo_marks_each_activity_refused_by_a_working_database_and_labelled_elsewhere(capsys, tmp_path, demo):
    xml = _export(capsys, "iati", demo, tmp_path / "from-demo.xml")
    assert validate_iati(xml) == []  # the mark is an extension attribute the IATI schema allows
    activities = etree.parse(str(xml)).getroot().findall("iati-activity")
    assert activities and all(a.get(IATI_DEMO) == "true" for a in activities)
    _refused_by_a_working_database(capsys, tmp_path, xml)
    _taken_again_by_the_demo(capsys, xml, demo)
    _taken_by_an_empty_database(capsys, tmp_path, xml, demo)


def test_an_iati_file_mixing_demo_and_real_activities_is_refused_by_an_empty_database(capsys, tmp_path, demo):
    xml = _export(capsys, "iati", demo, tmp_path / "from-demo.xml")
    tree = etree.parse(str(xml))
    del tree.getroot().findall("iati-activity")[0].attrib[IATI_DEMO]  # one activity passed off as real
    tree.write(str(xml), xml_declaration=True, encoding="utf-8")
    empty = tmp_path / "empty.sqlite3"
    code, _, err = run(capsys, "--db", str(empty), "import", str(xml))
    assert code == 1 and REFUSAL.match(one_sentence(err)), err
    assert _projects(empty) == {}


def test_a_working_database_holding_the_demo_exports_its_real_projects_only(capsys, tmp_path, demo):
    """A working database an earlier tracker loaded the demo into: the workbook and the IATI file
    leave the demo projects out, say so, and import into another working database."""
    mixed = _with_real_project(demo)
    demo_codes = [code for code, is_demo in _projects(mixed).items() if is_demo]
    workbook = tmp_path / "real.xlsx"
    code, _, err = run(capsys, "--db", str(mixed), "template", "--with-data", "-o", str(workbook))
    assert code == 0 and f"{len(demo_codes)} demo projects" in err and "left out" in err, err
    book = openpyxl.load_workbook(workbook)
    assert not book.custom_doc_props.props
    assert "Demo data left out" in str(book["Notes"]["A2"].value)
    assert [row[0] for row in book["Projects"].iter_rows(min_row=2, values_only=True) if row[0]] == [REAL_CODE]
    xml = tmp_path / "real.xml"
    code, _, err = run(capsys, "--db", str(mixed), "export", "iati", "-o", str(xml))
    assert code == 0 and "left out" in err, err
    activities = etree.parse(str(xml)).getroot().findall("iati-activity")
    assert [a.get(EXT + "code") for a in activities] == [REAL_CODE]
    assert not any(a.get(IATI_DEMO) for a in activities)
    for exported in (workbook, xml):
        office = _with_real_project(tmp_path / f"office-{exported.suffix[1:]}.sqlite3")
        code, _, err = run(capsys, "--db", str(office), "import", str(exported))
        assert code == 0, err
        assert _projects(office) == {REAL_CODE: False}


def test_the_blank_template_says_nothing_of_demo_data(capsys, tmp_path, demo):
    blank = tmp_path / "blank.xlsx"
    code, _, err = run(capsys, "--db", str(demo), "template", "-o", str(blank))
    assert code == 0, err
    book = openpyxl.load_workbook(blank)
    assert not book.custom_doc_props.props and book["Notes"]["A2"].value != "DEMO DATA"
