"""Workbook machinery every report shares: styles and number formats, text cells that can never
become formulas, and write-only sheets that count their rows (formulas need the row numbers).

Every sheet is an openpyxl write-only sheet: rows go to disk as they are appended, so memory stays
flat whatever the size of the portfolio. The price is that column widths, frozen panes and print
titles are fixed before the first row, which is why a Sheet takes them in its constructor."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet.properties import PageSetupProperties

from tracker import __version__
from tracker.domain import i18n
from tracker.domain.i18n import translate
from tracker.reports.base import ROW_STEP, ReportError, Steps

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


def text_lines(text: str, width: float) -> int:
    """Lines a wrapped text needs in a column `width` characters wide. Neither Excel nor
    LibreOffice grows a row for wrapped text when it opens a file, so the height is set here:
    about 1.1 characters of 11 pt Calibri fit in a unit of column width."""
    per_line = max(1, int(width * 1.1))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def wrapped_height(values: Sequence[Any], widths: Sequence[float], point_size: float = 11) -> float | None:
    lines = max((text_lines(v, w) for v, w in zip(values, widths) if isinstance(v, str) and v and not isinstance(v, Formula)),
                default=1)
    return round(lines * point_size * 1.3 + 2, 1) if lines > 1 else None


@dataclass(frozen=True)
class Col:
    """A column of a list: header, width in characters, number format (None: text)."""

    header: str
    width: float
    fmt: str | None = None
    wrap: bool = False


class Sheet:
    """A write-only sheet that knows how many rows it has written."""

    def __init__(self, book: Book, title: str, widths: Sequence[float], *, freeze: str | None = None,
                 landscape: bool = True) -> None:
        self.book = book
        title = sheet_name(title)
        self.ws = book.wb.create_sheet(title)
        self.title = title
        self.row = 0
        self.widths = list(widths)
        for index, width in enumerate(widths, start=1):
            self.ws.column_dimensions[col(index)].width = width
        if freeze:
            self.ws.freeze_panes = freeze
        _page_setup(self.ws, title, landscape, book.demo)

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
        every cell written (so a total row is bold across the table, blanks included)."""
        fmts = fmts or [None] * len(values)
        if wrap and height is None:
            height = wrapped_height(values, self.widths)
        cells = [self.cell(v, f, style, wrap) if (v is not None or style) else None for v, f in zip(values, fmts)]
        return self.append_cells(cells, height)

    def append_cells(self, cells: list[Any], height: float | None = None) -> int:
        self.row += 1
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.ws.append(cells)
        return self.row

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
        needs (a French or Spanish heading is often longer than the English one)."""
        lines = max((text_lines(label, width * 0.9) for label, width in zip(labels, self.widths) if label), default=1)
        needed = round(lines * 11 * 1.3 + 4, 1)
        return self.write(list(labels), style="header", height=max(height or 0, needed))

    def note(self, text: str, span: int | None = None) -> int:
        """A note in small italics, merged across `span` columns (default: all) and wrapped."""
        span = span or len(self.widths)
        height = wrapped_height([text], [sum(self.widths[:span]) * 1.15], point_size=9)  # 9 pt: ~15% more per line
        row = self.write([text], style="note", height=height)
        if span > 1:
            self.ws.merged_cells.add(f"A{row}:{col(span)}{row}")
        return row

    def print_titles(self, first: int, last: int | None = None) -> None:
        self.ws.print_title_rows = f"{first}:{last or first}"

    def stream(self, cols: Sequence[Col], rows: Iterable[Sequence[Any]], progress: Steps | None = None) -> tuple[int, int]:
        """A header row and one row per item of `rows` (values in the order of `cols`), with an
        auto-filter and the header repeated on every printed page. Returns (header row, last row).

        One styled prototype cell per column is reused for every row: the row is serialised when
        it is appended, so reuse is safe, and it saves building and styling a cell per value."""
        header_row = self.header([c.header for c in cols])
        protos = [self.cell(None, INTEGER if c.fmt == AUTO else c.fmt or TEXT, wrap=c.wrap) for c in cols]
        fractional = {i: self.cell(None, DECIMAL, wrap=c.wrap) for i, c in enumerate(cols) if c.fmt == AUTO}
        text = [c.fmt is None for c in cols]
        wrapping = [c.width if c.wrap else 0 for c in cols]
        count = 0
        for values in rows:
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
            count += 1
            if progress is not None and count % ROW_STEP == 0:
                progress.advance(ROW_STEP)
        if progress is not None:
            progress.advance(count % ROW_STEP)
        last = max(self.row, header_row + 1)
        self.ws.auto_filter.ref = f"A{header_row}:{col(len(cols))}{last}"
        self.print_titles(header_row)
        # Long text spills into the empty cells to the right; printing it would shrink every page.
        self.ws.print_area = f"A1:{col(len(cols))}{last}"
        return header_row, self.row


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
        props = self.wb.properties
        props.title = title
        props.subject = subject
        props.description = description
        props.keywords = keywords
        props.creator = f"tracker {__version__}"
        props.category = translate("Report", "Report")
        # Formulas are written without cached values: ask Excel to compute them all on opening.
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
        try:
            self.wb.save(path)
        except OSError as exc:  # disk full, file system gone: the user can act on it, it is not a bug
            raise ReportError(translate("ReportError", "cannot write the report: {problem}").format(
                problem=exc.strerror or exc)) from None
