"""A long list's rows are written as ready-made XML (tracker.reports.xlsx_stream) rather than cell by
cell through openpyxl: the workbook must be the same either way, whatever the values, and rows
written after a list must land where the report's formulas expect them."""

from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import LXML

from tracker.reports import compliance, xlsx_stream
from tracker.reports.xlsx import AUTO, DECIMAL, INTEGER, Book, Col, Formula, date_format

_ODD_ROWS: list[tuple[Any, ...]] = [
    ("AAA/21/01", "Plain title", "Africa", dt.date(2024, 1, 31), 1, Decimal("1500.50"), ""),
    ("B&B <x>", " leading and trailing spaces ", "é ü – 中\u2019 \U0001f600", dt.date(1900, 1, 1), 0, Decimal("2"), "Yes"),
    ("=HYPERLINK(\"http://x\")", "#N/A", "line one\nline two\r\nthree", None, True, 3, None),  # a bool: through openpyxl
    ("CTRL\x01\x07", "text with a control character", "", dt.datetime(2024, 2, 29, 13, 30), 10**17, 2.5, "No"),
    ("C", "a very long reason " * 40, "x" * 40_000, dt.date(2026, 1, 1), None, Decimal("0.001"), ""),
    (Formula("=1+1"), 7, "number in a text column", dt.date(2024, 3, 1), -3, Decimal("-0"), "x"),
    ("D", "Wide" + "W" * 60, "narrow", "2024-01-01", 4, None, ""),  # a text in a date column: through openpyxl
]


def _write(path: Path, rows: list[tuple[Any, ...]]) -> None:
    book = Book(title="t", subject="s", description="d", keywords="k", demo="")
    sheet = book.sheet("List", [16, 30, 20, 11, 9, 12, 10], freeze="B5")
    sheet.heading("Title", "Subtitle")
    cols = [Col("Code", 16), Col("Title", 30, wrap=True), Col("Note", 20, wrap=True), Col("Date", 11, date_format()),
            Col("Count", 9, INTEGER), Col("Amount", 12, AUTO), Col("Flag", 10, wrap=True)]
    header, last = sheet.stream(cols, iter(rows))
    sheet.write(["Total", None, None, None, Formula(f"=SUM(E{header + 1}:E{last})")], [None, None, None, None, INTEGER],
                style="total")
    sheet.write([Decimal("12.5"), dt.date(2024, 5, 1)], [DECIMAL, date_format()])
    book.save(path)


def _sheets(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if not name.startswith("docProps/")}


def test_a_list_written_as_xml_is_the_list_openpyxl_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = _ODD_ROWS * 3
    written: list[int] = []
    write_xml = xlsx_stream.SheetWriter.write_xml
    monkeypatch.setattr(xlsx_stream.SheetWriter, "write_xml", lambda self, xml, count: (written.append(count), write_xml(self, xml, count)))
    _write(tmp_path / "fast.xlsx", rows)
    if LXML:  # some rows as XML, the odd ones through openpyxl (without lxml, openpyxl writes them all)
        assert 0 < sum(written) < len(rows)
    monkeypatch.setattr(xlsx_stream, "can_write_xml", lambda ws: False)
    _write(tmp_path / "openpyxl.xlsx", rows)
    assert _sheets(tmp_path / "fast.xlsx") == _sheets(tmp_path / "openpyxl.xlsx")


def test_rows_after_a_list_follow_it_and_its_total_adds_it_up(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    _write(path, _ODD_ROWS)
    ws = openpyxl.load_workbook(path)["List"]
    first, last = 5, 4 + len(_ODD_ROWS)
    assert [ws.cell(r, 1).value for r in range(first, last + 1)] == [
        "AAA/21/01", "B&B <x>", "=HYPERLINK(\"http://x\")", "CTRL", "C", "=1+1", "D"]
    assert ws.cell(first + 2, 1).data_type == "s"  # text that looks like a formula stays text
    assert ws.cell(first + 1, 2).value == " leading and trailing spaces "
    assert ws.cell(first + 1, 3).value == "é ü – 中\u2019 \U0001f600"
    assert ws.cell(first, 4).value == dt.datetime(2024, 1, 31) and ws.cell(first, 4).number_format == date_format()
    assert ws.cell(first, 6).number_format == DECIMAL and ws.cell(first + 1, 6).number_format == INTEGER
    assert len(ws.cell(first + 4, 3).value) == 32_767  # Excel's limit, the cut marked
    assert ws.row_dimensions[first + 4].height > 15  # the long reason's row grew to show it
    assert ws.cell(last + 1, 1).value == "Total"
    assert ws.cell(last + 1, 5).value == f"=SUM(E{first}:E{last})"
    assert ws.cell(last + 2, 1).value == 12.5
    assert ws.auto_filter.ref == f"A4:G{last}"


def test_the_compliance_lists_are_the_same_written_either_way(demo_db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    as_of = dt.date(2024, 6, 30)
    compliance.write_compliance_report(tmp_path / "fast.xlsx", as_of, language="en")
    monkeypatch.setattr(xlsx_stream, "can_write_xml", lambda ws: False)
    compliance.write_compliance_report(tmp_path / "openpyxl.xlsx", as_of, language="en")
    fast, slow = _sheets(tmp_path / "fast.xlsx"), _sheets(tmp_path / "openpyxl.xlsx")
    cover = "xl/worksheets/sheet1.xml"  # says when it was written
    assert {k: v for k, v in fast.items() if k != cover} == {k: v for k, v in slow.items() if k != cover}
