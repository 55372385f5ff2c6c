"""What a funding partner reads is about the report, never about how tracker was made: no word of
the documents it was built from ("seed", "domain reference", line citations such as 003:1902), no
program name ("tracker's definition", "as `tracker show`"), no code name (usd_rate) on a printed
page, in any language: the donor report of every partner that funds a project, the compliance
report and the portfolio statistics of several periods, in English, French and Spanish."""

from __future__ import annotations

import re

import openpyxl
import pytest

from tests.reports.demo_reports import donor_reports, other_reports

OURS = re.compile(
    r"\bseeds?\b|\(seed|domain reference|\b00[0-4]:\d|\btracker\b|tracker's|\b[a-z]+_[a-z_]+\b|`",
    re.IGNORECASE,
)


def _texts(path):
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        yield sheet.title, sheet.title
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.data_type != "f":
                    yield sheet.title, cell.value
        for part in (sheet.oddHeader, sheet.oddFooter):
            for side in (part.left, part.center, part.right):
                if side.text:
                    yield sheet.title, side.text
        for chart in sheet._charts:
            yield sheet.title, _chart_title(chart)
    yield "properties", f"{book.properties.title} {book.properties.subject} {book.properties.description} {book.properties.keywords}"


def _chart_title(chart) -> str:
    title = getattr(chart, "title", None)
    if title is None or title.tx is None or title.tx.rich is None:
        return ""
    return " ".join(run.t for paragraph in title.tx.rich.p for run in (paragraph.r or []) if run.t)


def test_the_words_recognised_as_ours_are_the_ones_the_issue_lists():
    for text in ("as in the seed", "(seed: 'over 50')", "(domain reference 4.1)", "(003:1902-1905)", "tracker's definition",
                 "the tracker's own addition", "see usd_rate", "as `tracker show` does", "Tracker show"):
        assert OURS.search(text), text
    for text in ("Seedlings programme", "RAF/26/01/EU", "US$'000", "Rapport au donateur 2018-2025", "NSA-PRIVATE"):
        assert not OURS.search(text), text


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_no_report_speaks_of_how_tracker_was_made(demo_db, tmp_path, language):
    paths = [*donor_reports(tmp_path, language), *other_reports(tmp_path, language)]
    assert len(paths) > 20
    found = [(path.name, sheet, text) for path in paths for sheet, text in _texts(path) if OURS.search(text)]
    assert found == []
