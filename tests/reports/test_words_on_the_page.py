"""What a funding partner reads is about the report, never about how tracker was made: no word of
the documents it was built from ("seed", "domain reference", line citations such as 003:1902), and
no program name on a printed page."""

from __future__ import annotations

import datetime as dt
import re

import openpyxl

from tracker.reports import write_compliance_report, write_donor_report, write_portfolio_report

OURS = re.compile(r"\bseeds?\b|domain reference|\b00[0-4]:\d|\btracker\b", re.IGNORECASE)


def _texts(path):
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str) and not value.startswith("="):
                    yield sheet.title, value
        for part in (sheet.oddHeader, sheet.oddFooter):
            for side in (part.left, part.center, part.right):
                if side.text:
                    yield sheet.title, side.text
    yield "properties", f"{book.properties.title} {book.properties.subject} {book.properties.description} {book.properties.keywords}"


def test_no_report_speaks_of_how_tracker_was_made(demo_db, tmp_path):
    paths = [
        write_donor_report(tmp_path / "donor.xlsx", "LUX", 2018, 2023),
        write_portfolio_report(tmp_path / "portfolio.xlsx", 2000, 2004),
        write_compliance_report(tmp_path / "compliance.xlsx", dt.date(2026, 11, 25)),
    ]
    found = [(path.name, sheet, text) for path in paths for sheet, text in _texts(path) if OURS.search(text)]
    assert found == []
