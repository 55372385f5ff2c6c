"""Workbook machinery every report shares: styles and number formats, text cells that can never
become formulas, and write-only sheets that count their rows (formulas need the row numbers).

Every sheet is an openpyxl write-only sheet: rows go to disk as they are appended, so memory stays
flat whatever the size of the portfolio. The price is that column widths are fixed before the
first row: a Sheet keeps its first rows back until it streams a list, so that the widths can
follow the headers and labels written. When the workbook is saved each sheet sets how it prints
(page_layout) and every formula gets its value as well (cached_values)."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, OneCellAnchor
from openpyxl.drawing.xdr import XDRPositiveSize2D
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.utils.units import cm_to_EMU, pixels_to_EMU
from openpyxl.worksheet.pagebreak import Break, RowBreak
from openpyxl.worksheet.properties import PageSetupProperties

from tracker import __version__
from tracker.domain import i18n
from tracker.domain.collector import collector_paused
from tracker.domain.i18n import translate
from tracker.reports import page_layout, xlsx_stream
from tracker.reports.base import ROW_STEP, ReportError, Steps
from tracker.reports.cached_values import cache_formula_values

# Number formats. Cells keep exact values (US$ to the cent, US$'000 with all their decimals);
# the format only decides what is shown, so a SUM of shown figures is the SUM of exact ones.
USD = "#,##0"
THOUSANDS = "#,##0"
MILLIONS = "#,##0.0"
PERCENT = "0.0%"
INTEGER = "#,##0"
DECIMAL = "#,##0.00"
DATE = "d mmm yyyy"  # English; date_format() gives the current language's
DATETIME = "d mmm yyyy hh:mm"
# Excel writes month names in the language of the reader's Excel, not the workbook's: French and
# Spanish readers get day/month/year in figures, which every French or Spanish Excel reads alike.
_DATES = {"fr": ("dd/mm/yyyy", "dd/mm/yyyy hh:mm"), "es": ("dd/mm/yyyy", "dd/mm/yyyy hh:mm")}
TEXT = "@"  # so that a cell edited later in Excel also stays text
AUTO = "auto"  # a list column of counts: "#,##0" for whole numbers, "#,##0.00" otherwise (never "571.")

MAX_TEXT = 32_767  # Excel's limit for one cell

_BLUE = "1F4E79"
_FONT = "Calibri"  # named on every font: without a name LibreOffice falls back to its own default
_THIN, _DOUBLE = Side(style="thin"), Side(style="double")
STYLES: dict[str, dict[str, Any]] = {
    "title": {"font": Font(name=_FONT, bold=True, size=14, color=_BLUE)},
    "subtitle": {"font": Font(name=_FONT, size=11, italic=True, color="595959")},
    "demo": {"font": Font(name=_FONT, size=11, bold=True, color="C00000")},
    "header": {"font": Font(name=_FONT, size=11, bold=True, color="FFFFFF"), "fill": PatternFill("solid", fgColor=_BLUE),
               "alignment": Alignment(wrap_text=True, vertical="center", horizontal="center")},
    "group": {"font": Font(name=_FONT, size=11, bold=True, italic=True, color=_BLUE)},
    "subtotal": {"font": Font(name=_FONT, size=11, bold=True), "fill": PatternFill("solid", fgColor="DDEBF7"), "border": Border(top=_THIN)},
    "total": {"font": Font(name=_FONT, size=11, bold=True), "fill": PatternFill("solid", fgColor="BDD7EE"), "border": Border(top=_THIN, bottom=_DOUBLE)},
    "label": {"font": Font(name=_FONT, size=11, bold=True)},
    "note": {"font": Font(name=_FONT, italic=True, size=9, color="595959"), "alignment": Alignment(wrap_text=True, vertical="top")},
    "wrap": {"alignment": Alignment(wrap_text=True, vertical="top")},
}


_TOP = Alignment(vertical="top")


class Formula(str):
    """A formula tracker wrote ("=SUM(B5:B9)"). Every other str is written as text, so a title
    from the database such as "=HYPERLINK(...)" can never become a formula."""


def date_format() -> str:
    """The number format of a date cell in the current language."""
    return _DATES.get(i18n.current_language(), (DATE, DATETIME))[0]


def datetime_format() -> str:
    return _DATES.get(i18n.current_language(), (DATE, DATETIME))[1]


_SHEET_NAME_REFUSED = re.compile(r"[\[\]:*?/\\]")


def sheet_name(text: str) -> str:
    """`text` as Excel accepts a sheet name: at most 31 characters, none of []:*?/\\ (a
    translation that breaks the rule still gives a workbook Excel opens)."""
    return _SHEET_NAME_REFUSED.sub("-", text).strip("'")[:31]


def sheet_ref(name: str) -> str:
    """A sheet's name as a formula names it: 'Projets'!, 'Taux d''exécution'!."""
    return "'" + name.replace("'", "''") + "'!"


def col(index: int) -> str:
    return get_column_letter(index)


def ref(column: int, row: int, absolute_row: bool = False) -> str:
    return f"{col(column)}{'$' if absolute_row else ''}{row}"


def total_of(column: int, first: int, last: int) -> Formula:
    return Formula(f"=SUM({col(column)}{first}:{col(column)}{last})")


def ratio(numerator: str, denominator: str) -> Formula:
    """numerator/denominator, blank (not #DIV/0!) when the denominator is zero."""
    return Formula(f'=IF({denominator}=0,"",{numerator}/{denominator})')


def thousands(cents: int) -> Decimal:
    """US$'000, exact: 5 072 600 000 cents -> 50726.00000."""
    return Decimal(int(cents)).scaleb(-5)


def millions(cents: int) -> Decimal:
    return Decimal(int(cents)).scaleb(-8)


def dollars(cents: int | None) -> Decimal | None:
    return None if cents is None else Decimal(int(cents)).scaleb(-2)


def day(text: str | None) -> dt.date | None:
    return None if not text else dt.date.fromisoformat(str(text)[:10])


def set_text(cell: WriteOnlyCell, value: str) -> None:
    """Put `value` in `cell` as a string, whatever it starts with: openpyxl would otherwise turn
    "=..." into a formula and "#N/A" into an error value."""
    if len(value) > MAX_TEXT:
        value = value[: MAX_TEXT - 1] + "\u2026"
    try:
        cell.value = value
    except IllegalCharacterError:  # control characters Excel refuses: drop them, keep the text
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.data_type = "s"


def text_lines(text: str, width: float, bold: bool = False) -> int:
    """Lines a wrapped text needs in a column `width` characters wide. Neither Excel nor
    LibreOffice grows a row for wrapped text when it opens a file, so the height is set here."""
    return page_layout.text_lines(text, width, bold)


def wrapped_height(values: Sequence[Any], widths: Sequence[float], point_size: float = 11, bold: bool = False) -> float | None:
    lines = max((page_layout.text_lines(v, w, bold, point_size) for v, w in zip(values, widths)
                 if isinstance(v, str) and v and not isinstance(v, Formula)), default=1)
    return page_layout.lines_height(lines, point_size) if lines > 1 else None


@dataclass(frozen=True)
class Col:
    """A column of a list: header, width in characters, number format (None: text)."""

    header: str
    width: float
    fmt: str | None = None
    wrap: bool = False


@dataclass(frozen=True)
class _Wrapped:
    """A wrapped text whose row grows to show it all: in columns first..first+span-1 (span 0:
    the columns a note spans), `extra` points of room above and below."""

    first: int
    span: int
    text: str
    bold: bool = False
    point_size: float = 11
    extra: float = 2


@dataclass
class _Row:
    cells: list[Any]
    height: float | None
    wrapped: list[_Wrapped]
    style: str | None = None


_BOLD_STYLES = {"header", "total", "subtotal", "label", "group", "title", "demo"}
_LABEL_STYLES = {"header", "total", "subtotal", "label", "group"}  # their words widen the column
_PENDING_ROWS = 2_000  # rows kept back so that the column widths can still follow their labels


class Sheet:
    """A write-only sheet that knows how many rows it has written.

    The first rows are kept back until the sheet streams a list (or has written a couple of
    thousand rows), because a write-only sheet fixes its column widths before its first row: in
    the meantime each column widens to the longest word of the headers and labels written in it,
    so that no word is cut or broken. The row heights of wrapped texts follow the final widths.
    When the workbook is saved, the sheet works out how it prints (print area over every row and
    chart, repeated header of a single table, page breaks, scale: see page_layout.plan)."""

    def __init__(self, book: Book, title: str, widths: Sequence[float], *, freeze: str | None = None,
                 landscape: bool = True) -> None:
        self.book = book
        title = sheet_name(title)
        self.ws = book.wb.create_sheet(title)
        self.title = title
        self.row = 0
        self.widths = list(widths)
        self.landscape = landscape
        self.freeze = freeze
        self._pending: list[_Row] | None = []
        self._heights: dict[int, float] = {}
        self._tables: list[tuple[int, int]] = []
        self._streamed = False
        self._notes: list[int] = []
        self._note_spans: dict[int, int | None] = {}
        self._last_style: str | None = None
        if freeze:
            self.ws.freeze_panes = freeze
        _page_setup(self.ws, title, landscape, book.demo)
        book.sheets.append(self)

    # ------------------------------------------------------------------ cells and rows

    def cell(self, value: Any, fmt: str | None = None, style: str | None = None, wrap: bool = False) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws)
        for attribute, setting in STYLES.get(style or "", {}).items():
            setattr(cell, attribute, setting)
        if wrap and style != "header":
            cell.alignment = STYLES["wrap"]["alignment"]
        elif style is None:
            cell.alignment = _TOP  # a row made tall by a wrapped neighbour reads from the top
        if fmt:
            cell.number_format = fmt
        if isinstance(value, Formula):
            cell.value = str(value)
        elif isinstance(value, bool):
            set_text(cell, translate("Report", "Yes") if value else translate("Report", "No"))
        elif isinstance(value, str):
            set_text(cell, value)
        elif value is not None:
            cell.value = value
        return cell

    def write(self, values: Sequence[Any], fmts: Sequence[str | None] | None = None, style: str | None = None,
              wrap: bool = False, height: float | None = None) -> int:
        """One row; `fmts[i]` is the number format of column i, `style` a key of STYLES applied to
        every cell written (so a total row is bold across the table, blanks included).

        The text naming a row (first column, plain, total or subtotal) wraps and its column
        widens to its longest word; with `wrap`, every text of the row wraps."""
        fmts = fmts or [None] * len(values)
        bold = style in _BOLD_STYLES
        wrapped: list[_Wrapped] = []
        label_wraps = style in (None, "total", "subtotal")
        cells: list[Any] = []
        for index, (value, fmt) in enumerate(zip(values, fmts)):
            if value is None and not style:
                cells.append(None)
                continue
            is_text = isinstance(value, str) and not isinstance(value, Formula) and value != ""
            wraps = is_text and (wrap or (index == 0 and label_wraps))
            cell = self.cell(value, fmt, style, wraps)
            if wraps and style in ("total", "subtotal"):
                cell.alignment = _WRAP_LABEL
            cells.append(cell)
            if is_text and (style in _LABEL_STYLES or (index == 0 and style is None)):
                self._widen(index, page_layout.column_for_words(value, bold))
            if wraps:
                wrapped.append(_Wrapped(index, 1, value, bold))
        self._last_style = style
        return self._append(cells, height, wrapped, style)

    def append_cells(self, cells: list[Any], height: float | None = None) -> int:
        self._last_style = None
        return self._append(cells, height, [])

    def _append(self, cells: list[Any], height: float | None, wrapped: list[_Wrapped], style: str | None = None) -> int:
        self.row += 1
        if self._pending is not None:
            self._pending.append(_Row(cells, height, wrapped, style))
            if len(self._pending) >= _PENDING_ROWS:
                self.flush()
        else:
            self._set_height(self.row, height, wrapped)
            self.ws.append(cells)
        return self.row

    def _widen(self, index: int, width: float) -> None:
        """Column `index` (from 0) at least `width` wide, while the widths can still change."""
        if self._pending is None:
            return
        while len(self.widths) <= index:
            self.widths.append(8.43)
        self.widths[index] = max(self.widths[index], round(width + 0.49))

    def _set_height(self, row: int, height: float | None, wrapped: list[_Wrapped]) -> None:
        needed = height or 0.0
        for w in wrapped:
            span = w.span or page_layout.note_span(self.widths, self.landscape, _label_columns(self.freeze))
            width = sum(self.widths[w.first:w.first + span]) if w.first < len(self.widths) else 8.43
            lines = page_layout.text_lines(w.text, width, w.bold, w.point_size)
            if lines > 1 or w.extra > 2:
                needed = max(needed, page_layout.lines_height(lines, w.point_size, w.extra))
        if needed:
            self.ws.row_dimensions[row].height = needed
            self._heights[row] = needed

    def flush(self) -> None:
        """Fix the column widths and write the rows kept back (a write-only sheet writes its
        widths before its first row)."""
        if self._pending is None:
            return
        pending, self._pending = self._pending, None
        # Written with the first row: a sheet too wide for a legible page is not fitted to it.
        wide = page_layout.too_wide(self.widths, self.landscape)
        self.ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=not wide)
        if wide:
            _wrap_in_label_columns(pending, _label_columns(self.freeze))
        for index, width in enumerate(self.widths, start=1):
            self.ws.column_dimensions[col(index)].width = width
        first = self.row - len(pending) + 1
        if pending and self.ws._writer is None:
            # Before the first row, as openpyxl would (the widths go first): a writer that can
            # also take a list's rows as XML (stream).
            self.ws._writer = xlsx_stream.SheetWriter(self.ws)
            self.ws._writer.write_top()
        for offset, row in enumerate(pending):
            self._set_height(first + offset, row.height, row.wrapped)
            self.ws.append(row.cells)
        for note_row in self._notes:
            self._merge_note(note_row)

    def blank(self, count: int = 1) -> None:
        for _ in range(count):
            self.append_cells([])

    def heading(self, title: str, subtitle: str) -> None:
        """Rows 1-3: title, subtitle, and the demo-data warning (or a blank row)."""
        self.write([title], style="title", height=22)
        self.write([subtitle], style="subtitle")
        if self.book.demo:
            self.write([self.book.demo], style="demo")
        else:
            self.blank()

    def header(self, labels: Sequence[str], height: float | None = 30) -> int:
        """A header row, at least `height` points high and as high as its longest wrapped label
        needs (a French or Spanish heading is often longer than the English one); each column
        at least as wide as the longest word of its label. Starts a table: see page_layout."""
        wrapped = []
        for index, text in enumerate(labels):
            if text:
                self._widen(index, page_layout.column_for_words(text, bold=True))
                wrapped.append(_Wrapped(index, 1, text, bold=True, extra=4))
        first = self.row + 1
        if self._last_style == "label" and self.row:  # the table's caption just above it goes with it
            first = self.row
        cells = [self.cell(text, style="header") for text in labels]
        self._last_style = "header"
        row = self._append(cells, max(height or 0, page_layout.lines_height(1, extra=4)), wrapped)
        self._tables.append((first, row))
        return row

    def note(self, text: str, span: int | None = None) -> int:
        """A note in small italics, merged across `span` columns (default: all those that print on
        one page width) and wrapped."""
        row = self.row + 1
        self._append([self.cell(text, style="note")], None, [_Wrapped(0, span or 0, text, point_size=9)])
        self._last_style = "note"
        if span != 1:
            self._notes.append(row)
            self._note_spans[row] = span
            if self._pending is None:
                self._merge_note(row)
        return row

    def _merge_note(self, row: int) -> None:
        span = self._note_spans.get(row) or page_layout.note_span(self.widths, self.landscape, _label_columns(self.freeze))
        if span > 1:
            self.ws.merged_cells.add(f"A{row}:{col(span)}{row}")

    def print_titles(self, first: int, last: int | None = None) -> None:
        """Kept for the reports that ask; the print set-up decides when the workbook is saved: a
        single table's header repeats, on a sheet of several tables only the last table's, from
        a page of its own (page_layout._titles_and_breaks)."""
        self.ws.print_title_rows = f"{first}:{last or first}"

    def add_chart(self, chart: Any, row: int, column: int = 1) -> None:
        self.ws.add_chart(chart, f"{col(column)}{row}")

    def stream(self, cols: Sequence[Col], rows: Iterable[Sequence[Any]], progress: Steps | None = None) -> tuple[int, int]:
        """A header row and one row per item of `rows` (values in the order of `cols`), with an
        auto-filter and the header repeated on every printed page. Returns (header row, last row).

        One styled prototype cell per column gives each column its style. The rows are written
        as XML made once per column and per distinct value (xlsx_stream), a couple of thousand
        at a time; a row holding a value that cannot be written that way goes through openpyxl,
        the prototype cells reused (a row is serialised when it is appended, so reuse is safe)."""
        for index, c in enumerate(cols):
            self._widen(index, c.width)
        header_row = self.header([c.header for c in cols])
        self.flush()
        self._streamed = True
        protos = [self.cell(None, INTEGER if c.fmt == AUTO else c.fmt or TEXT, wrap=c.wrap) for c in cols]
        fractional = {i: self.cell(None, DECIMAL, wrap=c.wrap) for i, c in enumerate(cols) if c.fmt == AUTO}
        text = [c.fmt is None for c in cols]
        wrapping = [self.widths[i] if c.wrap else 0 for i, c in enumerate(cols)]

        def through_openpyxl(values: Sequence[Any]) -> None:
            cells: list[Any] = []
            for index, (proto, is_text, value) in enumerate(zip(protos, text, values)):
                if value is None:
                    cells.append(None)
                    continue
                if index in fractional and isinstance(value, Decimal) and value != value.to_integral_value():
                    proto = fractional[index]
                if is_text:
                    set_text(proto, value if isinstance(value, str) else str(value))
                else:
                    proto.value = value
                cells.append(proto)
            self.row += 1
            if any(wrapping):
                height = wrapped_height([v if w else None for v, w in zip(values, wrapping)], wrapping)
                if height:
                    self.ws.row_dimensions[self.row].height = height
            self.ws.append(cells)

        # None when this sheet cannot take rows as XML (openpyxl without lxml): openpyxl writes them all.
        as_xml = None
        if xlsx_stream.can_write_xml(self.ws) and self.ws._writer.row == self.row:
            as_xml = xlsx_stream.RowWriter(protos, text, [fractional.get(i) for i in range(len(cols))], wrapping)
        chunk: list[Sequence[Any]] = []
        # A list is many short-lived objects and few that last: collecting them again and again
        # while the rows stream only costs time.
        with collector_paused():
            for values in rows:
                chunk.append(values)
                if len(chunk) == ROW_STEP:
                    self._stream_chunk(chunk, as_xml, through_openpyxl)
                    chunk = []
                    if progress is not None:
                        progress.advance(ROW_STEP)
            self._stream_chunk(chunk, as_xml, through_openpyxl)
        if progress is not None:
            progress.advance(len(chunk))
        last = max(self.row, header_row + 1)
        self.ws.auto_filter.ref = f"A{header_row}:{col(len(cols))}{last}"
        self._last_style = None
        return header_row, self.row

    def _stream_chunk(self, chunk: list[Sequence[Any]], as_xml: xlsx_stream.RowWriter | None,
                      through_openpyxl: Callable[[Sequence[Any]], None]) -> None:
        if as_xml is None:
            for values in chunk:
                through_openpyxl(values)
        elif chunk:
            as_xml.rows(chunk, self.row + 1, through_openpyxl, self._write_xml)

    def _write_xml(self, xml: str, rows: int) -> None:
        self.ws._writer.write_xml(xml, rows)
        self.row += rows

    # ------------------------------------------------------------------ printing

    def _row_heights(self) -> dict[int, float]:
        """The rows set taller or shorter than the default, by this sheet or by the report itself
        (ws.row_dimensions); a streamed list's are not needed (page_layout does not page it)."""
        if self._streamed:
            return self._heights
        found = {row: float(d.height) for row, d in self.ws.row_dimensions.items() if d.height}
        return {**found, **self._heights}

    def finish(self) -> None:
        """Write what is kept back and set how the sheet prints: called when the workbook is
        saved, so that rows and charts added after a list are printed too."""
        self.flush()
        charts = [_chart_place(chart) for chart in self.ws._charts]
        layout = page_layout.Layout(
            widths=list(self.widths), rows=self.row, heights=self._row_heights(), tables=self._tables,
            charts=charts, landscape=self.landscape,
            label_columns=_label_columns(self.freeze), streamed=self._streamed,
            breaks=[b.id for b in self.ws.row_breaks.brk])
        setup = page_layout.plan(layout)
        ws = self.ws
        for chart, place in zip(ws._charts, charts):  # plan() may move a chart beside repeated columns
            chart.width = place.width / _CM
            chart.anchor = f"{col(place.column)}{place.row}"
            if setup.title_cols:  # a little clear of them, or its left edge prints on every page
                marker = AnchorMarker(col=place.column - 1, colOff=pixels_to_EMU(8), row=place.row - 1)
                chart.anchor = OneCellAnchor(_from=marker, ext=XDRPositiveSize2D(cm_to_EMU(chart.width),
                                                                                 cm_to_EMU(chart.height)))
        ws.print_area = setup.print_area
        ws._print_rows = None  # a title row is set only as plan() decides (never another table's header)
        if setup.title_rows:
            ws.print_title_rows = setup.title_rows
        if setup.title_cols:
            ws.print_title_cols = setup.title_cols
        ws.page_setup.fitToWidth = 1 if setup.fit_width else 0
        ws.page_setup.fitToHeight = setup.fit_height
        if setup.scale:
            ws.page_setup.scale = setup.scale
            ws.page_setup.pageOrder = "overThenDown"  # a row block's pages side by side, then the next rows
        ws.row_breaks = RowBreak()
        for row in sorted(set(setup.breaks) | set(layout.breaks)):  # the report's own breaks stay
            ws.row_breaks.append(Break(id=row))


_WRAP_LABEL = Alignment(wrap_text=True, vertical="top")
_OVERFLOWING = {"title", "subtitle", "demo", "label", "group"}


def _wrap_in_label_columns(rows: list[_Row], label_columns: int) -> None:
    """On a sheet that prints pages across with its label columns repeated, a title or caption
    running on into the next columns would be cut off where the repeated columns end: it wraps
    in the first column instead, its row growing to hold it."""
    for row in rows:
        first = row.cells[0] if row.cells else None
        if row.style not in _OVERFLOWING or first is None or not isinstance(first.value, str):
            continue
        first.alignment = Alignment(wrap_text=True, vertical="top")
        size = (first.font.sz if first.font else None) or 11
        row.wrapped = [_Wrapped(0, label_columns, first.value, bold=bool(first.font and first.font.b), point_size=size)]
        row.height = None


def _label_columns(freeze: str | None) -> int:
    """The columns left of the frozen pane name the rows: "C5" -> 2."""
    if not freeze:
        return 1
    letters = re.match(r"[A-Z]+", freeze)
    return max(1, column_index_from_string(letters.group(0)) - 1) if letters else 1


def _chart_place(chart: Any) -> page_layout.Chart:
    anchor = chart.anchor
    if isinstance(anchor, str):
        letters, digits = re.match(r"([A-Z]+)(\d+)", anchor).groups()  # type: ignore[union-attr]
        column, row = column_index_from_string(letters), int(digits)
    else:  # an anchor object: its top-left cell, counted from 0
        column, row = anchor._from.col + 1, anchor._from.row + 1
    return page_layout.Chart(row=row, column=column, width=chart.width * _CM, height=chart.height * _CM)


_CM = 72 / 2.54  # points in a centimetre


def _page_setup(ws: Any, title: str, landscape: bool, demo: str) -> None:
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = "9"  # A4
    # Fit every column on the page width, as many pages down as needed.
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3  # the DEMO DATA header clear of the repeated titles
    ws.print_options.horizontalCentered = False
    ws.oddFooter.left.text = title.replace("&", "&&")
    # &P, &N and &D are the page, the page count and the date, which the spreadsheet fills in.
    ws.oddFooter.center.text = translate("Report", "Page &P of &N")
    # the page speaks of the report, not of the program that wrote it
    ws.oddFooter.right.text = translate("Report", "Printed &D")
    if demo:
        ws.oddHeader.center.text = translate("Report", "DEMO DATA")
        ws.oddHeader.center.color = "C00000"


class Book:
    """A write-only workbook with its document properties; `demo` is the warning printed under
    every sheet title when the portfolio is (or includes) demo data, or "" when it is not."""

    def __init__(self, title: str, subject: str, description: str, keywords: str, demo: str) -> None:
        self.wb = Workbook(write_only=True)
        self.demo = demo
        self.sheets: list[Sheet] = []
        self.uncomputed: list[str] = []  # formulas saved without a value (see cached_values)
        props = self.wb.properties
        props.title = title
        props.subject = subject
        props.description = description
        props.keywords = keywords
        props.creator = f"tracker {__version__}"
        props.category = translate("Report", "Report")
        # Formulas carry the values computed here (cached_values); Excel computes them all again on
        # opening all the same, so that a figure edited later flows into every total.
        self.wb.calculation.fullCalcOnLoad = True

    def sheet(self, title: str, widths: Sequence[float], *, freeze: str | None = None, landscape: bool = True) -> Sheet:
        return Sheet(self, title, widths, freeze=freeze, landscape=landscape)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None) -> None:
        if kind is not None:
            self.discard()

    def discard(self) -> None:
        """After an error or a cancellation: end each sheet's stream and delete its temporary file.
        openpyxl keeps those files until the program exits, and in the GUI that can be hours and
        hundreds of megabytes of half-written sheets."""
        for ws in self.wb.worksheets:
            writer = getattr(ws, "_writer", None)
            if writer is None:
                continue
            # A sheet broken in the middle of a row may fail to close: its file is removed all the same.
            with contextlib.suppress(Exception):
                if not ws.closed:
                    ws.close()
            with contextlib.suppress(OSError, ValueError):
                writer.cleanup()

    def save(self, path: Path) -> None:
        """Finish each sheet (its print set-up), give every formula its value, and zip the
        workbook."""
        for sheet in self.sheets:
            sheet.finish()
        for ws in self.wb.worksheets:
            if not ws.closed:
                ws.close()
        try:
            self.uncomputed = cache_formula_values({ws.title: ws._writer.out for ws in self.wb.worksheets})
        except Exception:  # the values are a convenience: a flaw there must not cost the user the report
            logging.getLogger(__name__).exception("formula values not written; the spreadsheet computes them on opening")
            self.uncomputed = ["every formula"]
        try:
            self.wb.save(path)
        except OSError as exc:  # disk full, file system gone: the user can act on it, it is not a bug
            raise ReportError(translate("ReportError", "cannot write the report: {problem}").format(
                problem=exc.strerror or exc)) from None
