"""What must never go wrong with a report: text becoming a formula, a half-written or stale file
after an error or a cancellation, a workbook held in memory, openpyxl loaded at start-up."""

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.reports.conftest import (
    AS_OF,
    INJECTED_TITLE,
    cell_xml,
    find_row,
    formula_texts,
    load,
)
from tracker.reports import (
    ReportCancelled,
    ReportError,
    write_compliance_report,
    write_donor_report,
    write_portfolio_report,
)
from tracker.store.errors import NotFound

ALL_REPORTS = {
    "donor": lambda path: write_donor_report(path, "DON", 2021, 2022, as_of=AS_OF),
    "portfolio": lambda path: write_portfolio_report(path, 2021, 2022),
    "compliance": lambda path: write_compliance_report(path, AS_OF),
}
DANGEROUS = (INJECTED_TITLE, "+Skills for youth", "-Standards and rights", "@Foundation Y", "=1+1", "-Jobs expected")


def leftovers(folder: Path) -> list[str]:
    """Partial reports in `folder`, and openpyxl's temporary sheet files anywhere."""
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial")) + list(ALL_TEMP_FILES)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the reports alone (the test database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# ---------------------------------------------------------------- text stays text


@pytest.mark.parametrize("report", sorted(ALL_REPORTS))
def test_text_from_the_database_never_becomes_a_formula(small_db, tmp_path, report):
    path = ALL_REPORTS[report](tmp_path / f"{report}.xlsx")
    book = load(path)
    seen = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value in DANGEROUS:
                    assert cell.data_type == "s", (sheet.title, cell.coordinate)
                    seen.add(cell.value)
    assert seen, "the report shows some of the dangerous strings"
    for text in formula_texts(path):  # and the XML itself holds no formula made of them
        assert not any(word in text for word in ("HYPERLINK", "Skills", "Standards", "Foundation", "Jobs")), text


def test_an_injected_title_is_an_inline_string_cell_without_f_element(small_db, tmp_path):
    path = write_compliance_report(tmp_path / "c.xlsx", AS_OF)
    assert load(path)["Projects"]["B5"].value == INJECTED_TITLE
    cell = cell_xml(path, "Projects", "B5")
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    assert cell.get("t") == "inlineStr" and cell.find(f"{ns}f") is None
    assert cell.find(f"{ns}is/{ns}t").text == INJECTED_TITLE


def test_control_characters_are_dropped_not_fatal(tmp_path):
    from tracker.reports.xlsx import Book

    book = Book("t", "s", "d", "k", demo="")
    sheet = book.sheet("Sheet", [20])
    sheet.write(["bell\x07 and \x01start", "=2+2", "#N/A"])
    book.save(tmp_path / "x.xlsx")
    cells = [c for c in load(tmp_path / "x.xlsx")["Sheet"][1]]
    assert [c.value for c in cells] == ["bell and start", "=2+2", "#N/A"]
    assert [c.data_type for c in cells] == ["s", "s", "s"]


# ---------------------------------------------------------------- errors leave nothing behind


def test_unknown_partner_is_refused_before_any_file_is_made(small_db, out):
    with pytest.raises(NotFound, match="no partner with code or name 'nobody'"):
        write_donor_report(out / "d.xlsx", "nobody", 2021, 2022)
    assert list(out.iterdir()) == [] and leftovers(out) == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda p: write_portfolio_report(p, 2023, 2021), "the period is empty: --from 2023 is after --to 2021"),
        (lambda p: write_portfolio_report(p, 21, 22), "--from 21 is not a plausible year"),
        (lambda p: write_portfolio_report(p, 2021, 2022, compare_from=2019), "give both --compare-from and --compare-to"),
        (lambda p: write_donor_report(p, "UNX", 2023, 2022), "the period is empty"),
    ],
)
def test_an_empty_or_impossible_period_is_a_clear_error(small_db, out, call, message):
    with pytest.raises(ReportError, match=message.replace("(", r"\(")):
        call(out / "r.xlsx")
    assert list(out.iterdir()) == [] and leftovers(out) == []


def test_an_empty_portfolio_gives_a_nil_compliance_report(db, tmp_path):
    book = load(write_compliance_report(tmp_path / "c.xlsx"))  # nothing to report is a finding (issue 13)
    assert book.sheetnames == ["Notes"]


@pytest.mark.parametrize(
    ("name", "message"),
    [("missing/r.xlsx", "the folder .* does not exist"), ("r.csv", "must end in .xlsx"), ("afile/r.xlsx", "does not exist")],
)
def test_an_unwritable_path_is_a_clear_error(small_db, out, name, message):
    (out / "afile").write_text("a file, not a folder")
    with pytest.raises(ReportError, match=message):
        write_portfolio_report(out / name, 2021, 2022)
    assert leftovers(out) == []


@pytest.mark.skipif(sys.platform == "win32" or (hasattr(__import__("os"), "geteuid") and __import__("os").geteuid() == 0),
                    reason="root (and Windows ACLs) ignore a read-only folder's mode bits")
def test_a_read_only_folder_is_a_clear_error(small_db, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReportError, match="cannot write .*Permission denied"):
            write_portfolio_report(folder / "r.xlsx", 2021, 2022)
    finally:
        folder.chmod(0o700)


@pytest.mark.parametrize("report", sorted(ALL_REPORTS))
def test_cancelling_leaves_no_file_and_keeps_the_old_one(small_db, out, report):
    target = out / f"{report}.xlsx"
    target.write_bytes(b"the report of last week")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2  # let the work start, then cancel it

    with pytest.raises(ReportCancelled, match="report cancelled; no file was written"):
        {"donor": lambda: write_donor_report(target, "DON", 2021, 2022, cancelled=cancelled),
         "portfolio": lambda: write_portfolio_report(target, 2021, 2022, cancelled=cancelled),
         "compliance": lambda: write_compliance_report(target, AS_OF, cancelled=cancelled)}[report]()
    assert target.read_bytes() == b"the report of last week"
    assert leftovers(out) == []


def test_a_failure_while_writing_leaves_no_partial_file(small_db, out, monkeypatch):
    from tracker.store import report_queries

    def broken(*args, **kwargs):
        raise RuntimeError("the disk caught fire")

    monkeypatch.setattr(report_queries, "expenditure_by_region_outcome", broken)
    with pytest.raises(RuntimeError, match="caught fire"):
        write_portfolio_report(out / "p.xlsx", 2021, 2022)
    assert list(out.iterdir()) == [] and leftovers(out) == []


def test_a_full_disk_while_saving_is_a_report_error(small_db, out, monkeypatch):
    from openpyxl.workbook.workbook import Workbook

    def full(self, filename):
        Path(filename).write_bytes(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", full)
    with pytest.raises(ReportError, match="No space left on device"):
        write_compliance_report(out / "c.xlsx", AS_OF)
    assert list(out.iterdir()) == [] and leftovers(out) == []


# ---------------------------------------------------------------- large portfolios


@pytest.mark.parametrize("report", sorted(ALL_REPORTS))
def test_every_report_is_written_in_write_only_mode(small_db, tmp_path, monkeypatch, report):
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from tracker.reports import xlsx

    books = []
    original = xlsx.Workbook

    def spy(*args, **kwargs):
        book = original(*args, **kwargs)
        books.append(book)
        return book

    monkeypatch.setattr(xlsx, "Workbook", spy)
    ALL_REPORTS[report](tmp_path / "r.xlsx")
    assert len(books) == 1 and books[0].write_only
    assert all(isinstance(ws, WriteOnlyWorksheet) for ws in books[0]._sheets)


def test_progress_rises_to_the_total_and_names_each_step(small_db, tmp_path):
    seen = []
    write_compliance_report(tmp_path / "c.xlsx", AS_OF, progress=lambda done, total, text: seen.append((done, total, text)))
    dones = [d for d, _, _ in seen]
    assert dones == sorted(dones) and seen[-1][0] == seen[-1][1]
    assert seen[-1][1] == 4 + 6 + 3  # 4 projects and 6 required evaluations, plus summary, cover and saving
    assert {"Projects", "Evaluations", "Saving"} <= {text for _, _, text in seen}


def test_charts_are_in_the_workbooks(small_db, tmp_path):
    donor = ALL_REPORTS["donor"](tmp_path / "d.xlsx")
    portfolio = ALL_REPORTS["portfolio"](tmp_path / "p.xlsx")
    with zipfile.ZipFile(donor) as archive:
        assert any(n.startswith("xl/charts/chart") for n in archive.namelist())
    with zipfile.ZipFile(portfolio) as archive:
        assert sum(n.startswith("xl/charts/chart") for n in archive.namelist()) == 3  # approvals, region, type


def test_demo_data_is_labelled_on_every_sheet(demo_db, tmp_path):
    book = load(write_compliance_report(tmp_path / "c.xlsx", dt.date(2025, 1, 1)))
    assert book["Notes"]["A3"].value.startswith("DEMO DATA")
    for sheet in book.worksheets[1:]:
        assert sheet["A3"].value.startswith("DEMO DATA"), sheet.title
    assert "DEMO DATA" in book["Notes"].cell(row=find_row(book["Notes"], "Demo data"), column=2).value


def test_a_real_portfolio_is_not_labelled_demo(small_db, tmp_path):
    book = load(write_compliance_report(tmp_path / "c.xlsx", AS_OF))
    assert book["Summary"]["A3"].value is None


# ---------------------------------------------------------------- start-up cost


def test_importing_the_reports_api_does_not_import_openpyxl():
    code = "import sys, tracker.reports, tracker.cli; print('openpyxl' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_cli_help_does_not_import_openpyxl():
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "tracker.cli", "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "usage: tracker" in result.stdout
    assert "openpyxl" not in result.stderr  # -X importtime lists every module imported on stderr
