"""The import template: its sheets, headers, drop-down lists and notes; the filled export."""

from __future__ import annotations

import openpyxl

from tracker.domain.classifications import Region, Stage
from tracker.exchange import workbook_rows as wr
from tracker.exchange.template import write_template
from tracker.exchange.workbook_import import import_workbook
from tracker.store.models import AuditEntry, Project


def test_the_template_has_a_sheet_per_kind_of_record_and_the_notes(tmp_path):
    path = write_template(tmp_path / "template.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:6] == ["Projects", "Partners", "Funding", "Expenditure", "Evaluations", "Result indicators"]
    assert "Notes" in book.sheetnames and book["Lists"].sheet_state == "hidden"
    headers = [c.value for c in book["Projects"][1]]
    assert headers[:3] == ["Code *", "Title *", "Description"]
    assert [c.value for c in book["Expenditure"][1]][:4] == ["Project code *", "Year *", "Month", "Type of expenditure *"]
    assert not list(tmp_path.glob(".tracker-*"))  # the temporary file was renamed into place


def test_classifications_have_drop_down_lists_of_their_codes(tmp_path):
    book = openpyxl.load_workbook(write_template(tmp_path / "template.xlsx"))
    ws = book["Projects"]
    region_letter = "E"
    assert ws[f"{region_letter}1"].value == "Region"
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    region = next(dv for dv in lists if any(str(r).startswith(region_letter) for r in dv.sqref.ranges))
    sheet, cells = region.formula1.split("!")
    lists_ws = book[sheet.strip("'")]
    values = [c.value for row in lists_ws[cells.replace("$", "")] for c in row]
    assert values == Region.codes()
    stage = next(dv for dv in lists if any(str(r).startswith("D") for r in dv.sqref.ranges))
    assert stage.formula1 != region.formula1 and len(Stage.codes()) == 8


def test_the_notes_explain_every_column_and_the_rules(tmp_path):
    book = openpyxl.load_workbook(write_template(tmp_path / "template.xlsx"))
    text = "\n".join(str(c.value) for row in book["Notes"].iter_rows() for c in row if c.value)
    for spec in wr.SHEETS:
        for column in spec.columns:
            assert column.title in text, column.title
    for phrase in ("YYYY-MM-DD", "US$ value of ONE unit", "nothing is written", "matched by code", "ISO 4217", "1,000,000"):
        assert phrase in text


def test_an_export_of_the_demo_imports_again_without_a_change(demo_db, tmp_path):
    path = write_template(tmp_path / "portfolio.xlsx", with_data=True)
    book = openpyxl.load_workbook(path)
    assert book["Projects"].max_row - 1 == Project.select().count()
    audit = AuditEntry.select().count()
    report = import_workbook(path)
    assert report.created == 0 and report.updated == 0 and report.unchanged > 1000
    assert AuditEntry.select().count() == audit


def test_an_export_holds_text_that_looks_like_a_formula_as_text(db, tmp_path):
    from tracker.domain.project import Project as P
    from tracker.store.projects import save_project

    save_project(P(code="FRM/1", title="=HYPERLINK(\"http://x\")"))
    book = openpyxl.load_workbook(write_template(tmp_path / "p.xlsx", with_data=True))
    cell = book["Projects"]["B2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_the_template_never_replaces_the_open_database_or_another_one(db, db_path, tmp_path):
    import pytest

    from tracker.store.errors import StoreError

    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    targets = [other] + ([db_path] if db_path.exists() else [])  # the open database, when it is a file
    for target in targets:
        before = target.read_bytes()
        with pytest.raises(StoreError, match="nothing was written"):
            write_template(target, with_data=True)
        assert target.read_bytes() == before
    assert not list(tmp_path.glob(".tracker-*"))


def test_tracker_template_over_the_open_database_is_refused_in_one_sentence(tmp_path, capsys):
    from tracker.cli import main
    from tracker.store.database import close_database

    database = tmp_path / "tracker.sqlite3"
    try:
        assert main(["--db", str(database), "info"]) == 0
    finally:
        close_database()
    before = database.read_bytes()
    capsys.readouterr()
    for args in (["template", "-o", str(database), "--with-data"], ["template", "-o", str(database)]):
        try:
            code = main(["--db", str(database), *args])
        finally:
            close_database()
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1 and err.startswith("tracker: error: ") and "internal error" not in err, err
        assert str(database) in err and "nothing was written" in err
    assert database.read_bytes() == before
