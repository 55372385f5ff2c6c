"""Figures as values too: every formula cell of every report also holds its value, so a file shown
without recalculating (a mail or phone preview, a data tool) shows the same totals, rates and
shares as Excel. The values are checked against tests/reports/formulas.py, an evaluator that
shares no code with the reports."""

from __future__ import annotations

import logging
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from tests.reports.demo_reports import donor_reports, other_reports
from tests.reports.formulas import Evaluator
from tracker.reports.cached_values import number_text
from tracker.reports.xlsx import Book, Formula, ratio, total_of


def assert_every_formula_has_its_value(path: Path) -> int:
    """Each formula cell read without recalculating (data_only) holds what the evaluator computes;
    returns how many were checked."""
    book = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    evaluator = Evaluator(book)
    checked = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                where = f"{path.name} {sheet.title}!{cell.coordinate} {cell.value}"
                expected = evaluator.value(sheet.title, cell.row, cell.column)
                saved = cached[sheet.title].cell(row=cell.row, column=cell.column).value
                if expected == "":
                    assert saved in ("", None), where
                    assert _cell_type(path, book, sheet.title, cell.coordinate) == "str", where  # a value, not none
                else:
                    assert isinstance(saved, (int, float)) and not isinstance(saved, bool), (where, saved)
                    assert abs(Decimal(repr(saved)) - expected) <= Decimal("1e-9") * max(1, abs(expected)), (where, saved)
                checked += 1
    return checked


def _cell_type(path: Path, book, title: str, coordinate: str) -> str | None:
    from xml.etree import ElementTree as ET

    index = book.sheetnames.index(title) + 1
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read(f"xl/worksheets/sheet{index}.xml"))
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    cell = next(c for c in root.iter(f"{ns}c") if c.get("r") == coordinate)
    return cell.get("t")


def test_every_report_of_the_demo_holds_the_value_of_every_formula(demo_db, tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="tracker.reports.cached_values")
    paths = [*donor_reports(tmp_path), *other_reports(tmp_path)]
    assert len(paths) > 20  # every partner that funds a project has its donor report
    counts = {path.name: assert_every_formula_has_its_value(path) for path in paths}
    assert counts["compliance-None.xlsx"] > 50 and counts["portfolio-1999-2025-None.xlsx"] > 500
    assert sum(counts.values()) > 2000
    assert [r.getMessage() for r in caplog.records] == []  # no formula left for the spreadsheet to compute


def test_excel_still_recalculates_on_opening(demo_db, tmp_path):
    path = next(other_reports(tmp_path))
    with zipfile.ZipFile(path) as archive:
        assert b'fullCalcOnLoad="1"' in archive.read("xl/workbook.xml")


def _book_with(tmp_path: Path, rows: list[list[object]], name: str = "t.xlsx") -> Path:
    book = Book("t", "s", "d", "k", "")
    sheet = book.sheet("Data", [20, 12, 12, 12])
    for values in rows:
        sheet.write(values)
    other = book.sheet("Other's sheet", [20, 12])
    other.write(["From the first sheet", Formula("='Data'!B1*2")])
    path = tmp_path / name
    book.save(path)
    return path


def test_the_values_follow_excel(tmp_path):
    path = _book_with(tmp_path, [
        ["a", Decimal("1.5"), Decimal(2), total_of(2, 1, 2)],  # D1 = SUM(B1:B2) = 4.5
        ["b", Decimal(3), None, ratio("B2", "C2")],  # C2 is empty: "" (no #DIV/0!)
        ["c", Formula("=B1/3"), Formula('=IF(D2="","none",D2)'), Formula("=B2-B1*2+1")],
        ["d", Formula("=SUBTOTAL(9,B1:B2)"), Formula("=IF(B1<>1.5,1,0)"), Formula("=ROUND(B3,2)")],
    ])
    values = openpyxl.load_workbook(path, data_only=True)
    data = values["Data"]
    assert data["D1"].value == 4.5
    assert data["D2"].value in ("", None) and _cell_type(path, openpyxl.load_workbook(path), "Data", "D2") == "str"
    assert data["B3"].value == pytest.approx(0.5)
    assert data["C3"].value == "none"
    assert data["D3"].value == 1
    assert (data["B4"].value, data["C4"].value, data["D4"].value) == (4.5, 0, 0.5)
    assert values["Other's sheet"]["B1"].value == 3  # a formula on another sheet, quoted name


def test_a_formula_it_cannot_compute_is_left_to_the_spreadsheet_and_the_report_is_still_written(tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="tracker.reports.cached_values")
    path = _book_with(tmp_path, [["a", Decimal(1), Formula("=VLOOKUP(B1,A1:B2,2,FALSE)"), Formula("=B1/0")]])
    book = openpyxl.load_workbook(path)
    assert book["Data"]["C1"].value == "=VLOOKUP(B1,A1:B2,2,FALSE)" and book["Data"]["D1"].value == "=B1/0"
    values = openpyxl.load_workbook(path, data_only=True)["Data"]
    assert values["C1"].value is None and values["D1"].value is None
    assert len(caplog.records) == 2 and "Data!C1" in caplog.records[0].getMessage()


def test_no_text_becomes_a_formula_when_the_values_are_written(tmp_path):
    tricky = ['=SUM(B1:B2)', '<f>SUM(B1)</f>', '"=1+1"', "='Data'!B1", "&lt;f&gt;", "=B1/0"]
    path = _book_with(tmp_path, [[text, Decimal(1), Decimal(2), total_of(2, 1, 1)] for text in tricky])
    book = openpyxl.load_workbook(path)
    for row, text in enumerate(tricky, start=1):
        cell = book["Data"].cell(row=row, column=1)
        assert (cell.value, cell.data_type) == (text, "s")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert xml.count("<f>") == len(tricky)  # the SUMs in column D only
    assert openpyxl.load_workbook(path, data_only=True)["Data"]["D6"].value == 1


@pytest.mark.parametrize(("value", "text"), [
    (Decimal("4.50"), "4.5"), (Decimal(0), "0"), (Decimal("-0.0"), "0"), (Decimal("1E+5"), "100000"),
    (Decimal(1) / Decimal(3), "0.33333333333333333"), (Decimal("-1234567.891"), "-1234567.891"),
    (Decimal("0.000001"), "0.000001"),
])
def test_numbers_are_written_as_a_spreadsheet_reads_them(value, text):
    assert number_text(value) == text


def test_a_flaw_in_working_out_the_values_does_not_cost_the_report(tmp_path, monkeypatch, caplog):
    from tracker.reports import cached_values

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(cached_values, "_rewrite", broken)
    path = _book_with(tmp_path, [["a", Decimal(1), Decimal(2), total_of(2, 1, 1)]])
    assert openpyxl.load_workbook(path)["Data"]["D1"].value == "=SUM(B1:B1)"  # the formula is there, Excel computes it
    assert any("a bug" in (r.exc_text or "") or r.exc_info for r in caplog.records)
    assert not any(p.name.endswith(".values") for p in tmp_path.iterdir())
