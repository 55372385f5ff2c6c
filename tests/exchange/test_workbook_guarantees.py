"""What an Excel import guarantees: it reads only visible sheets, refuses every bad value in one
sentence naming its sheet, row and column (exit 1, never an internal error, nothing written, on
both engines), starts new projects in their stage through the store with that start on record,
and leaves every table access to the store."""

from __future__ import annotations

import ast
import datetime as dt
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from tests.exchange.workbooks import EXPENDITURE, FUNDING, INDICATOR, PARTNER, PROJECT, fill
from tracker.cli import main
from tracker.domain.classifications import Stage
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.progress import Cancelled
from tracker.exchange.results import ImportRefused, UnreadableFile
from tracker.exchange.workbook_import import ImportCancelled, import_workbook
from tracker.store import models as m
from tracker.store.database import close_database
from tracker.store.projects import load_project, stage_history

EXCHANGE = Path(__file__).parents[2] / "tracker" / "exchange"


# ---------------------------------------------------------------- one door to the tables


@pytest.mark.parametrize("module", sorted(p.name for p in EXCHANGE.glob("workbook_*.py")) + ["template.py"])
def test_the_workbook_modules_never_touch_the_tables(module):
    tree = ast.parse((EXCHANGE / module).read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            imported |= {f"{node.module}.{alias.name}" for alias in node.names} | {node.module or ""}
        elif isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
    assert not {name for name in imported if name.startswith("tracker.store.models") or name == "peewee"}, module


def test_the_old_cancel_name_is_the_core_cancellation():
    assert issubclass(ImportCancelled, Cancelled)


# ---------------------------------------------------------------- hidden sheets


def _hide(path: Path, title: str, state: str, rows: list[dict] | None = None) -> Path:
    """Add (or hide) a sheet `title`; with `rows`, a copy of the Projects header holding them."""
    book = openpyxl.load_workbook(path)
    if title in book.sheetnames:
        book[title].sheet_state = state
    else:
        ws = book.create_sheet(title)
        headers = [c.value for c in book["Projects"][1]]
        ws.append(headers)
        for values in rows or []:
            ws.append([values.get(str(h).removesuffix(" *")) for h in headers])
        ws.sheet_state = state
    book.save(path)
    return path


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_is_never_read_in_place_of_the_visible_one(db, tmp_path, state):
    path = fill(tmp_path / "in.xlsx", {"Projects": [PROJECT]})
    impostor = dict(PROJECT, Code="HID/1", Title="Read from a hidden sheet")
    _hide(path, "projects ", state, [impostor, dict(PROJECT, Title="Renamed by a hidden sheet")])
    report = import_workbook(path)
    assert report.created == 1
    assert [p for (p,) in m.Project.select(m.Project.code).tuples()] == ["SEN/25/01/LUX"]
    assert load_project("SEN/25/01/LUX").title == PROJECT["Title"]
    shown = "very hidden" if state == "veryHidden" else "hidden"
    assert f"sheet 'projects ': {shown} in the workbook; hidden sheets are never read, ignored" in report.skipped


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_template_sheet_present_only_hidden_is_refused_by_name(db, tmp_path, state):
    path = _hide(fill(tmp_path / "in.xlsx", {"Projects": [PROJECT], "Funding": [FUNDING], "Partners": [PARTNER]}), "Funding", state)
    with pytest.raises(UnreadableFile) as caught:
        import_workbook(path)
    assert str(caught.value).startswith("in.xlsx: the Funding sheet is there only as a hidden sheet ('Funding'), and tracker never reads a hidden sheet")
    assert m.Project.select().count() == 0


def test_the_report_lists_every_hidden_sheet_it_ignored(db, tmp_path):
    path = fill(tmp_path / "in.xlsx", {"Projects": [PROJECT]})
    _hide(path, "Scratch", "hidden")
    _hide(path, "Old projects", "veryHidden")
    report = import_workbook(path)
    hidden = [s for s in report.skipped if "hidden sheets are never read" in s]
    assert hidden == ["sheet 'Scratch': hidden in the workbook; hidden sheets are never read, ignored",
                      "sheet 'Old projects': very hidden in the workbook; hidden sheets are never read, ignored"]
    # The template's own hidden list of codes is not news.
    assert not any("Lists" in s for s in report.skipped)


def test_two_visible_sheets_that_are_both_projects_are_refused(db, tmp_path):
    path = _hide(fill(tmp_path / "in.xlsx", {"Projects": [PROJECT]}), "PROJECTS ", "visible", [PROJECT])
    with pytest.raises(UnreadableFile, match="sheets 'Projects' and 'PROJECTS ' are both the Projects sheet; keep one"):
        import_workbook(path)


# ---------------------------------------------------------------- bad values, through the CLI


def _patched(source: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """A copy of `source` whose Projects sheet (the first part) is rewritten by `change`."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = change(data)
            copy.writestr(item, data)
    return target


def _cell(ref: str, xml: str):  # type: ignore[no-untyped-def]
    """Replace cell `ref` of the sheet by `xml` (what openpyxl would never write)."""
    def change(data: bytes) -> bytes:
        text, count = re.subn(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', xml, data.decode(), count=1)
        assert count == 1
        return text.encode()
    return change


def _text(old: bytes, new: bytes):  # type: ignore[no-untyped-def]
    return lambda data: data.replace(old, new)


def _workbook(tmp_path: Path, sheets: dict, change=None) -> Path:  # type: ignore[no-untyped-def]
    path = fill(tmp_path / "filled.xlsx", sheets)
    return _patched(path, tmp_path / "bad.xlsx", change) if change else path


_PLACEHOLDER = dict(PROJECT, Title="PLACEHOLDER")

BAD_INPUTS = {
    "a budget of 1e18": (
        {"Projects": [dict(PROJECT, Budget=1e18)]},
        None,
        "sheet Projects, row 2, column N (Budget): Budget '1E+18' is too large: tracker keeps numbers below 1,000,000,000,000,000"),
    "a budget of 10^15 typed as text": (
        {"Projects": [dict(PROJECT, Budget="1000000000000000")]},
        None,
        "sheet Projects, row 2, column N (Budget): Budget '1000000000000000' is too large"),
    "a budget whose US$ value is too large": (
        {"Projects": [dict(PROJECT, Budget=900_000_000_000_000, Currency="EUR", **{"US$ rate": 2})]},
        None,
        "sheet Projects, row 2, column N (Budget): 900,000,000,000,000.00 at a US$ rate of 2 is worth more US$ than tracker keeps"),
    "an expenditure of 1e18": (
        {"Projects": [PROJECT], "Expenditure": [dict(EXPENDITURE, Amount="1e18")]},
        None,
        "sheet Expenditure, row 2, column E (Amount): Amount '1e18' is too large"),
    "a funding line worth too many US$": (
        {"Partners": [PARTNER], "Projects": [PROJECT], "Funding": [dict(FUNDING, Amount=999_999_999_999_999, **{"US$ rate": 1.5})]},
        None,
        "sheet Funding, row 2, column E (Amount): 999,999,999,999,999.00 at a US$ rate of 1.5 is worth more US$ than tracker keeps"),
    "a rate of a million": (
        {"Projects": [dict(PROJECT, Currency="EUR", **{"US$ rate": 1_000_000})]},
        None,
        "sheet Projects, row 2, column P (US$ rate): 1000000 is not a plausible US$ rate"),
    "a rate that is not a number, the rules asked to plan": (
        {"Projects": [dict(PROJECT, Currency="EUR", **{"US$ rate": "#DIV/0!"})],
         "Evaluations": [{"Project code": PROJECT["Code"], "Kind": "ex-post", "Due": "2028-06-30"}]},
        None,
        "sheet Projects, row 2, column P (US$ rate): '#DIV/0!' is not a number"),
    "a cell of 5,000 digits": (
        {"Projects": [dict(PROJECT, Budget="9" * 5000)]},
        None,
        "sheet Projects, row 2, column N (Budget): Budget is far too large: tracker keeps numbers below 1,000,000,000,000,000"),
    "a planned start of 0001-01-01": (
        {"Projects": [dict(PROJECT, **{"Planned start": "0001-01-01"})]},
        None,
        "sheet Projects, row 2, column K (Planned start): date 0001-01-01 is outside the years 1900-2200; check the year"),
    "a planned end of 9999-12-31 as an Excel date": (
        {"Projects": [dict(PROJECT, **{"Planned end": dt.datetime(9999, 12, 31)})]},
        None,
        "sheet Projects, row 2, column L (Planned end): date 9999-12-31 is outside the years 1900-2200; check the year"),
    "an evaluation due in 9999": (
        {"Projects": [PROJECT], "Evaluations": [{"Project code": PROJECT["Code"], "Kind": "ex-post", "Due": "9999-12-31"}]},
        None,
        "sheet Evaluations, row 2, column D (Due): date 9999-12-31 is outside the years 1900-2200"),
    "NaN stored as a number": (
        {"Projects": [PROJECT]},
        _cell("N2", '<c r="N2" t="n"><v>NaN</v></c>'),
        "sheet Projects, row 2, column N (Budget): 'NaN' is stored as a number but is not one; retype the cell in Excel"),
    "an infinite number": (
        {"Projects": [PROJECT]},
        _cell("N2", '<c r="N2" t="n"><v>1e999</v></c>'),
        "sheet Projects, row 2, column N (Budget): inf is not a finite number"),
    "NaN typed as text": (
        {"Projects": [PROJECT], "Result indicators": [dict(INDICATOR, Target="NaN")]},
        None,
        "sheet Result indicators, row 2, column E (Target): 'NaN' is not a number"),
    "a NUL character in a title": (
        {"Projects": [_PLACEHOLDER]},
        _text(b"PLACEHOLDER", b"Jobs\x00for youth"),
        "sheet Projects, row 2, column B (Title): the cell holds a character no workbook may hold (such as a NUL); retype it in Excel"),
    "a NUL character as a character reference": (
        {"Projects": [_PLACEHOLDER]},
        _text(b"PLACEHOLDER", b"Jobs&#0;for youth"),
        "sheet Projects, row 2, column B (Title): the cell holds a character no workbook may hold (such as a NUL)"),
    "a NUL character as Excel escapes it": (
        {"Projects": [_PLACEHOLDER]},
        _text(b"PLACEHOLDER", b"Jobs_x0000_for youth"),
        "sheet Projects, row 2, column B (Title): the text holds a NUL character (invisible, and no database keeps it); retype the cell"),
}


def _run(capsys, *args: str) -> tuple[int, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code  # type: ignore[assignment]
    finally:
        close_database()
    return code, capsys.readouterr().err


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_each_bad_input_ends_in_one_sentence_naming_its_cell(capsys, tmp_path, db_target, case):
    sheets, change, expected = BAD_INPUTS[case]
    path = _workbook(tmp_path, sheets, change)
    code, err = _run(capsys, "--db", str(db_target), "import", str(path))
    assert code == 1, err
    assert "internal error" not in err
    lines = err.strip().splitlines()
    placed = [line.strip() for line in lines if line.strip().startswith("sheet ")] or [lines[-1].removeprefix("tracker: error: bad.xlsx: ")]
    assert len(placed) == 1 and placed[0].startswith(expected), err
    assert lines[-1].startswith("tracker: error: bad.xlsx: " if change else "tracker: error: filled.xlsx: ")
    assert _count_projects(db_target) == 0


def _count_projects(target: Path | str) -> int:
    from tracker.store.database import open_database

    open_database(target)
    try:
        return m.Project.select().count()
    finally:
        close_database()


# ---------------------------------------------------------------- new projects in a stage


def test_a_new_project_starts_in_its_stage_with_the_start_on_record(db, tmp_path):
    import_workbook(fill(tmp_path / "Portfolio 2025.xlsx", {"Projects": [dict(PROJECT, Stage="implementation"), dict(PROJECT, Code="DES/1")],
                                                            "Partners": [PARTNER], "Funding": [FUNDING]}))
    [entry] = stage_history("SEN/25/01/LUX")
    assert (entry.from_stage, entry.to_stage, entry.action, entry.who) == (None, Stage.IMPLEMENTATION, "import", "test-user")
    assert entry.reason == "imported from Portfolio 2025.xlsx in Implementation" and entry.changed_on == dt.date.today()
    audited = m.AuditEntry.select().where((m.AuditEntry.table == "stage_change") & (m.AuditEntry.record_uuid == entry.uuid)).get()
    assert (audited.action, audited.project_code) == ("insert", "SEN/25/01/LUX") and "to_stage=implementation" in audited.new
    assert stage_history("DES/1") == []  # Design is where every project starts: nothing to record


def test_the_store_refuses_what_the_file_could_not_say_and_writes_nothing(db):
    from tracker.domain.classifications import ExpenditureType, FundingModality
    from tracker.domain.project import Expenditure, Funding, Project
    from tracker.store.bulk import insert_new_projects
    from tracker.store.projects import save_project

    save_project(Project(code="TAKEN/1", title="Stored"))
    before = m.AuditEntry.select().count()
    good = Project(code="NEW/1", title="New")
    suspended = Project(code="NEW/2", title="Suspended", stage=Stage.SUSPENDED, suspended_from=Stage.IMPLEMENTATION)
    taken = Project(code="taken/1", title="Same code, other case")
    huge = Project(code="NEW/3", title="Huge", expenditures=[
        Expenditure(2025, ExpenditureType.TRAINING, Decimal(5)), Expenditure(2025, ExpenditureType.TRAINING, Decimal("1E+18"), month=2)])
    orphan = Project(code="NEW/4", title="Unknown partner", fundings=[
        Funding(FundingModality.EARMARKED, Decimal(10), "USD", dt.date(2025, 1, 1), "NOPE")])
    late = Project(code="NEW/5", title="Late", planned_start=dt.date(2025, 1, 1), planned_end=dt.date(9999, 12, 31), budget=Decimal(1000))
    refused = dict(insert_new_projects([good, suspended, taken, huge, orphan, late], "someone"))
    assert set(refused) == {"NEW/2", "taken/1", "NEW/3", "NEW/4", "NEW/5"}
    assert [p.field for p in refused["NEW/2"].problems] == ["stage"]
    assert [(p.field, p.kind, p.index) for p in refused["NEW/3"].problems] == [("amount", "expenditure", 1)]
    assert [(p.field, p.kind, p.index) for p in refused["NEW/4"].problems] == [("partner", "funding", 0)]
    assert "9999-12-31 is outside the years 1900-2200" in str(refused["NEW/5"])
    assert "already used" in str(refused["taken/1"])
    assert m.Project.select().count() == 1 and m.AuditEntry.select().count() == before


def test_a_refusal_of_the_store_is_placed_on_the_row_of_its_record(db, tmp_path, monkeypatch):
    from tracker.exchange import workbook_import

    def refusing(projects, who=None, **kwargs):
        problem = FieldProblem("amount", "refused by the store", "expenditure", 1)
        return [(projects[0].code, ValidationError(problem))]

    monkeypatch.setattr(workbook_import, "insert_new_projects", refusing)
    second = dict(EXPENDITURE, Month=4)
    path = fill(tmp_path / "in.xlsx", {"Projects": [PROJECT], "Expenditure": [EXPENDITURE, second]})
    with pytest.raises(ImportRefused) as caught:
        import_workbook(path)
    assert [str(p) for p in caught.value.problems] == ["sheet Expenditure, row 3, column E (Amount): refused by the store"]


# ---------------------------------------------------------------- one step from reading to writing


def _another_writer_can_start(target: Path | str) -> bool:
    """Whether another connection could begin writing now (SQLite: take the write lock;
    PostgreSQL: take the advisory lock every save takes, shared)."""
    if isinstance(target, Path):
        import sqlite3

        other = sqlite3.connect(target, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            return True
        except sqlite3.OperationalError:
            return False
        finally:
            other.close()
    from tests import postgres_server
    from tracker.store.writes import _WRITE_LOCK

    other = postgres_server.admin_connection(postgres_server.database_name(target))
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock_shared(%s)", (_WRITE_LOCK,))
            taken = cursor.fetchone()[0]
            if taken:
                cursor.execute("SELECT pg_advisory_unlock_shared(%s)", (_WRITE_LOCK,))
            return bool(taken)
    finally:
        other.close()


def test_no_one_writes_between_the_reading_of_an_import_and_its_commit(db, db_target, tmp_path, monkeypatch):
    from tracker.exchange import workbook_import

    seen = []
    real = workbook_import.load_projects

    def reading(codes):  # the import reads the stored projects it will write over
        seen.append(_another_writer_can_start(db_target))
        return real(codes)

    monkeypatch.setattr(workbook_import, "load_projects", reading)
    assert _another_writer_can_start(db_target)
    import_workbook(fill(tmp_path / "in.xlsx", {"Projects": [PROJECT]}), dry_run=True)
    import_workbook(tmp_path / "in.xlsx")
    assert seen == [False, False]
    assert _another_writer_can_start(db_target)


def test_the_workbook_columns_follow_the_record_descriptions_but_for_named_exceptions():
    from tracker.domain import records as rk
    from tracker.exchange import workbook_rows as wr

    kinds = {"Projects": rk.PROJECT, "Partners": rk.PARTNER, "Funding": rk.FUNDING, "Expenditure": rk.EXPENDITURE,
             "Evaluations": rk.EVALUATION, "Result indicators": rk.RESULT_INDICATOR, "Budget lines": rk.BUDGET_LINE,
             "Progress reports": rk.PROGRESS_REPORT, "Indicator values": rk.INDICATOR_VALUE, "Locations": rk.LOCATION,
             "Appraisal records": rk.APPRAISAL}
    # The owning project's code, a partner by its code, a currency left blank for US$, a due date
    # the rules set, one rating column per criterion.
    exceptions = {("Funding", "partner"), ("Funding", "currency"), ("Expenditure", "currency"), ("Projects", "currency"),
                  ("Evaluations", "due")}
    differing = []
    for sheet in wr.SHEETS:
        for column in sheet.columns:
            if column.field == "project_code" or column.field.startswith("rating_") or (sheet.name, column.field) in exceptions:
                continue
            spec = kinds[sheet.name].field(column.field)
            if (column.header, column.required) != (spec.header, spec.required):
                differing.append((sheet.name, column.field))
    assert differing == []


def test_an_import_says_which_projects_it_wrote(db, tmp_path):
    path = fill(tmp_path / "in.xlsx", {"Projects": [PROJECT, dict(PROJECT, Code="DES/1")]})
    assert sorted(import_workbook(path, dry_run=True).changed_project_codes) == []
    assert sorted(import_workbook(path).changed_project_codes) == ["DES/1", "SEN/25/01/LUX"]
    assert import_workbook(path).changed_project_codes == []  # the same file again changes nothing
