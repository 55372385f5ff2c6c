"""Every report prints right, in English, French and Spanish: the print area holds every row and
every chart (the donor report's Total row included), no header or row label has a word wider than
its column (nothing cut, nothing broken mid-word), no table prints under another table's
repeated header, a chart never sits under a page break that would leave it alone on its page,
and the pages print at a legible scale.

Widths are measured with the machinery's own model of 11 pt Calibri (page_layout.text_width),
the best we have without a printer; the rest is read from the saved files."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string, range_boundaries

from tests.reports.demo_reports import donor_reports, funding_partners, other_reports
from tracker.reports.page_layout import MIN_SCALE, PADDING, column_points, page_size, text_width

LANGUAGES = ("en", "fr", "es")
HEADER_FILL = "1F4E79"
CM = 72 / 2.54


@pytest.fixture
def reports(demo_db, tmp_path, request) -> list[Path]:
    language = request.param
    partners = funding_partners()
    busiest = max(partners, key=lambda code: _project_count(code))
    return [*donor_reports(tmp_path, language, sorted({"LUX", "EU", busiest})), *other_reports(tmp_path, language)]


def _project_count(code: str) -> int:
    from tracker.store import models as m

    return (m.Funding.select(m.Funding.project).join(m.Partner).where(m.Partner.code == code)
            .distinct().count())


def _width(sheet, column: int) -> float:
    dimension = sheet.column_dimensions.get(openpyxl.utils.get_column_letter(column))
    return dimension.width if dimension is not None and dimension.width else 8.43


def _height(sheet, row: int) -> float:
    dimension = sheet.row_dimensions.get(row)
    return dimension.height if dimension is not None and dimension.height else 15.0


def _area(sheet) -> tuple[int, int, int, int]:
    area = sheet.print_area
    assert area, f"{sheet.title} has no print area"
    text = area if isinstance(area, str) else area[0]
    return range_boundaries(text.split("!")[-1].replace("$", ""))  # type: ignore[return-value]


def _charts(sheet) -> list[tuple[int, int, float, float]]:
    """(row, column, width, height in points) of each chart."""
    found = []
    for chart in sheet._charts:
        anchor = chart.anchor
        start = anchor._from
        if getattr(anchor, "ext", None) is not None:
            width, height = anchor.ext.width / 12700, anchor.ext.height / 12700
        else:
            width, height = chart.width * CM, chart.height * CM
        found.append((start.row + 1, start.col + 1, width, height))
    return found


def _header_rows(sheet) -> list[int]:
    rows = []
    for row in sheet.iter_rows(min_col=1, max_col=1):
        cell = row[0]
        if cell.fill is not None and cell.fill.fgColor is not None and str(cell.fill.fgColor.rgb).endswith(HEADER_FILL):
            rows.append(cell.row)
    return rows


def _title_row(sheet) -> int | None:
    titles = sheet.print_title_rows
    if not titles:
        return None
    first = re.match(r"\$?(\d+)", titles)
    assert first is not None, titles
    return int(first.group(1))


@pytest.mark.parametrize("reports", LANGUAGES, indirect=True)
def test_every_report_prints_everything_legibly_and_uncut(reports):
    problems: list[str] = []
    for path in reports:
        book = openpyxl.load_workbook(path)
        for sheet in book.worksheets:
            where = f"{path.name} {sheet.title}"
            problems += _outside_the_print_area(sheet, where)
            problems += _words_wider_than_their_column(sheet, where)
            problems += _titles_above_another_table(sheet, where)
            problems += _charts_alone(sheet, where)
            problems += _illegible(sheet, where)
    assert problems == []


def _outside_the_print_area(sheet, where: str) -> list[str]:
    min_col, min_row, max_col, max_row = _area(sheet)
    found = []
    if (min_col, min_row) != (1, 1):
        found.append(f"{where}: the print area starts at column {min_col}, row {min_row}")
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value not in (None, "") and (cell.row > max_row or cell.column > max_col):
                found.append(f"{where}: {cell.coordinate} {cell.value!r} is not printed")
    for row, column, width, height in _charts(sheet):
        bottom, covered = row, 0.0
        while covered < height - 1:
            covered += _height(sheet, bottom)
            bottom += 1
        right, across = column, 0.0
        while across < width - 1:
            across += column_points(_width(sheet, right))
            right += 1
        if bottom - 1 > max_row or right - 1 > max_col:
            found.append(f"{where}: a chart at row {row} runs out of the print area")
    return found


def _words_wider_than_their_column(sheet, where: str) -> list[str]:
    """Headers, bold labels and totals, and wrapped row labels of column A: every word fits its
    column (or its merged range)."""
    merged = {}
    for cells in sheet.merged_cells.ranges:
        merged[(cells.min_row, cells.min_col)] = sum(_width(sheet, c) for c in range(cells.min_col, cells.max_col + 1))
    found = []
    for row in sheet.iter_rows():
        for cell in row:
            if not isinstance(cell.value, str) or cell.data_type == "f" or not cell.value.strip():
                continue
            bold = bool(cell.font and cell.font.b)
            wrapped = bool(cell.alignment and cell.alignment.wrap_text)
            header = cell.row in _header_rows_cached(sheet)
            if not (header or (bold and wrapped) or (wrapped and cell.column == 1)):
                continue
            size = (cell.font.sz if cell.font and cell.font.sz else 11) / 11
            width = merged.get((cell.row, cell.column), _width(sheet, cell.column))
            for word in cell.value.split():
                if text_width(word, bold) * size + PADDING > width + 0.01:
                    found.append(f"{where}: {cell.coordinate} '{word}' of {cell.value!r} is wider than its column ({width})")
    return found


# By sheet object, the sheet kept with its rows: keyed by id() alone, a sheet of a later workbook
# could take the id of one collected meanwhile and be checked against that sheet's header rows.
_HEADERS: dict[int, tuple[object, list[int]]] = {}


def _header_rows_cached(sheet) -> list[int]:
    key = id(sheet)
    if key not in _HEADERS or _HEADERS[key][0] is not sheet:
        _HEADERS[key] = (sheet, _header_rows(sheet))
    return _HEADERS[key][1]


def _titles_above_another_table(sheet, where: str) -> list[str]:
    """A repeated header row heads only its own table: no other table below it, and a table above
    it ends a page before it (a spreadsheet repeats title rows from the page they print on)."""
    title = _title_row(sheet)
    if title is None:
        return []
    headers = _header_rows(sheet)
    breaks = [b.id for b in sheet.row_breaks.brk]
    found = []
    if title not in headers:
        found.append(f"{where}: the repeated row {title} is not a table's header")
    for header in headers:
        if header > title:
            found.append(f"{where}: the table headed at row {header} prints under the header of row {title}")
        elif header < title and not any(header <= b < title for b in breaks):
            found.append(f"{where}: the table headed at row {header} shares a page with the header repeated from row {title}")
    return found


def _charts_alone(sheet, where: str) -> list[str]:
    """A chart keeps the rows just above it on its page, and never stands in repeated columns."""
    breaks = [b.id for b in sheet.row_breaks.brk]
    repeated = sheet.print_title_cols
    last_repeated = column_index_from_string(repeated.split(":")[-1].replace("$", "")) if repeated else 0
    found = []
    for row, column, _, _ in _charts(sheet):
        if any(row - 3 <= b < row for b in breaks):
            found.append(f"{where}: a page ends just above the chart at row {row}")
        if column <= last_repeated:
            found.append(f"{where}: the chart at row {row} is in the repeated columns and would print on every page")
    return found


def _illegible(sheet, where: str) -> list[str]:
    page_width, page_height = page_size(sheet.page_setup.orientation != "portrait")
    fit = sheet.sheet_properties.pageSetUpPr is not None and sheet.sheet_properties.pageSetUpPr.fitToPage
    min_col, min_row, max_col, max_row = _area(sheet)
    if not fit:
        scale = (sheet.page_setup.scale or 100) / 100
        return [] if scale >= MIN_SCALE else [f"{where}: printed at {scale:.0%}"]
    width = sum(column_points(_width(sheet, c)) for c in range(min_col, max_col + 1))
    scale = min(1.0, page_width / width)
    if sheet.page_setup.fitToHeight == 1:
        height = sum(_height(sheet, r) for r in range(min_row, max_row + 1))
        scale = min(scale, page_height / height)
    return [] if scale >= MIN_SCALE - 0.001 else [f"{where}: printed at {scale:.0%}"]


# ---------------------------------------------------------------- the findings of issue 13, one by one


def test_the_donor_reports_projects_sheet_prints_its_total_row(demo_db, tmp_path):
    checked = 0
    for path in donor_reports(tmp_path, "en"):
        book = openpyxl.load_workbook(path)
        if "Projects" not in book.sheetnames:  # a report with no project in its period
            continue
        sheet = book["Projects"]
        total = next((c.row for c in sheet["A"] if c.value == "Total"), None)
        if total is not None:
            assert _area(sheet)[3] >= total, path.name
            checked += 1
    assert checked > 20


def test_the_compliance_summarys_partner_table_heads_its_own_pages(demo_db, tmp_path):
    path = next(other_reports(tmp_path, "en"))
    sheet = openpyxl.load_workbook(path)["Summary"]
    region, partner = _header_rows(sheet)[:2]
    assert sheet.cell(row=partner, column=1).value == "Funding partner"
    assert _title_row(sheet) == partner  # the partner table's header repeats, never the region table's
    assert any(region < b.id < partner for b in sheet.row_breaks.brk)  # and it starts a page of its own


def test_a_long_period_prints_across_pages_with_its_labels_repeated(demo_db, tmp_path):
    path = list(other_reports(tmp_path, "fr"))[-1]  # 1999-2025: 27 year columns
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[2]  # Annex 2, approvals by partner and year
    assert not sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.scale >= MIN_SCALE * 100
    assert sheet.print_title_cols == "$A:$A"
    notes = [r for r in sheet.merged_cells.ranges if r.min_col == 1 and r.min_row == r.max_row]
    assert all(r.max_col == 1 for r in notes)  # a note prints within the repeated label column, at full size
    assert _charts(sheet) and all(column > 1 for _, column, _, _ in _charts(sheet))


def test_a_chart_prints_on_the_page_of_its_table(demo_db, tmp_path):
    path = list(other_reports(tmp_path, "en"))[1]  # 2000-2004
    book = openpyxl.load_workbook(path)
    for title in ("V.2 Expenditure by region", "Fig V.5 Type of expenditure"):
        sheet = book[title]
        (row, _, _, _), = _charts(sheet)
        assert not any(b.id < row for b in sheet.row_breaks.brk), title
        assert sheet.page_setup.fitToHeight == 1 or sum(_height(sheet, r) for r in range(1, row)) < 400, title
