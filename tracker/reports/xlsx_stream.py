"""A long list's rows written as ready-made XML, for Sheet.stream (tracker.reports.xlsx).

openpyxl serialises a write-only row cell by cell, through a cell object, its style look-up and
lxml's incremental writer: some 3 µs a cell, two thirds of the compliance report's time at
100,000 projects. A list's columns each have one style and one kind of value, so here each
column's style id, cell type and XML around the value are worked out once, each distinct value
of a column is turned into XML once (labels, dates and counts repeat a lot), and a row is a join
of strings. The XML is the one openpyxl writes for the same cells (same attributes in the same
order, text escaped the same way and non-ASCII characters written as character references, as
lxml does), so the workbook does not change; the sheet stays an openpyxl write-only sheet, whose
writer (SheetWriter) numbers every row, whichever of the two wrote it.

A value this does not know how to write exactly as openpyxl would (a bool, a formula, a number
in a text column, a character XML refuses...) sends its row through openpyxl instead."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from math import isfinite
from typing import IO, Any

from openpyxl import LXML
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles.numbers import is_date_format
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

from tracker.reports import page_layout

_MEMO = 50_000  # distinct values remembered per column (a column of unique codes stops there)
# Characters openpyxl refuses (IllegalCharacterError) or lxml cannot write: a row holding one is
# written by openpyxl, which drops or refuses them as it always did.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ESCAPE = re.compile("[&<>\r]")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}


class SheetWriter(WorksheetWriter):
    """openpyxl's writer of a write-only sheet, writing through a file it keeps open so that rows
    of ready-made XML can go in between the rows openpyxl writes. It numbers the rows itself."""

    def __init__(self, ws: Any) -> None:
        self.row = 0
        self._file: IO[bytes] | None = None
        self._xf: Any = None
        super().__init__(ws)

    def get_stream(self) -> Iterator[Any]:  # as WorksheetWriter.get_stream, on an open file
        self._file = open(self.out, "wb")  # noqa: SIM115  # closed by close()
        with xmlfile(self._file) as xf:
            self._xf = xf
            with xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                try:
                    while True:
                        element = yield
                        if element is True:
                            yield xf
                        elif element is not None:
                            xf.write(element)
                except GeneratorExit:
                    pass

    def write_row(self, xf: Any, row: Iterable[Any], row_idx: int) -> None:
        self.row += 1
        if row_idx != self.row:  # rows were written as XML before this one: openpyxl's count is behind
            row = _numbered(row, self.row)
        super().write_row(xf, row, self.row)

    def write_xml(self, xml: str, rows: int) -> None:
        """`rows` whole rows of XML, numbered from self.row + 1."""
        assert self._file is not None
        self._xf.flush()  # what openpyxl wrote so far goes first
        self._file.write(xml.encode("ascii", "xmlcharrefreplace"))  # as lxml writes them: &#233;
        self.row += rows

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self._file is not None:
                self._file.close()


def _numbered(cells: Iterable[Any], row: int) -> Iterator[Any]:
    for cell in cells:
        cell.row = row
        if cell.hyperlink is not None:
            cell.hyperlink.ref = cell.coordinate
        yield cell


def can_write_xml(ws: Any) -> bool:
    """Whether rows can be added to `ws` as XML now: its writer is a SheetWriter (lxml's writer
    underneath: openpyxl's other one buffers where it cannot be flushed) and its rows started."""
    return LXML and isinstance(ws._writer, SheetWriter) and ws._rows is not None


class _Fallback(Exception):
    """A value to leave to openpyxl."""


def _number(value: Any) -> str:
    if not isinstance(value, (int, float, Decimal)) or not isfinite(value):
        raise _Fallback
    return "%.16g" % value  # as openpyxl.compat.safe_string


def _date(value: Any) -> str:
    if isinstance(value, datetime) and value.tzinfo is not None:
        raise _Fallback  # openpyxl refuses it
    return "%.16g" % to_excel(value)  # written as a number, as openpyxl does (iso_dates off)


def _text(value: Any) -> str:
    if type(value) is not str:
        raise _Fallback
    if len(value) > 32_767:  # set_text's cut (tracker.reports.xlsx.MAX_TEXT)
        value = value[:32_766] + "\u2026"
    if _ESCAPE.search(value):
        value = _ESCAPE.sub(lambda m: _ESCAPES[m.group(0)], value)
    if value != value.strip():
        return f'<is><t xml:space="preserve">{value}</t></is></c>'
    return f"<is><t>{value}</t></is></c>"


class _Column:
    """How one column's values become XML: `head` + row number + the value's XML."""

    def __init__(self, letter: str, text: bool, style: int, dates: bool, fractional_style: int | None, wrap_width: float) -> None:
        self.head = f'<c r="{letter}'
        self.text = text
        self.dates = dates  # the column's format shows dates (else openpyxl would give a date one a format of its own)
        opening = f'" s="{style}" t="inlineStr"' if text else f'" s="{style}" t="n"'
        self.empty = opening + "></c>"  # "" in a text column, as lxml writes an empty element
        self.opening = opening + ">"
        self.fractional = f'" s="{fractional_style}" t="n">' if fractional_style is not None else None
        # Never filled for an AUTO column: its style follows the value (1 and Decimal("1.5") differ).
        self.memo: dict[Any, str] = {}
        self.remember = fractional_style is None
        # The types whose look-up in the memo cannot meet an equal value of another type written
        # otherwise (True == 1, a Formula equal to its text): other values go through xml().
        self.plain: frozenset[type] = frozenset({str}) if text else frozenset({int, float, Decimal, date, datetime})
        # Wrapped text: a text this short is one line whatever its characters (page_layout.text_lines).
        self.wrap_width = wrap_width
        self.one_line = _one_line(wrap_width) if wrap_width else 0
        self.lines: dict[str, int] = {}

    def xml(self, value: Any) -> str:
        """The cell's XML after its reference, e.g. '" s="3" t="n"><v>12</v></c>'."""
        # Checked before the memo, which would take True for 1 and a Formula for its text.
        if self.text:
            if type(value) is not str:
                raise _Fallback
        elif type(value) is bool:
            raise _Fallback
        found = self.memo.get(value)
        if found is not None:
            return found
        if self.text:
            found = self.empty if value == "" else self.opening + _text(value)
        elif isinstance(value, date):
            if not self.dates:
                raise _Fallback
            found = f"{self.opening}<v>{_date(value)}</v></c>"
        else:
            opening = self.opening
            if self.fractional is not None and isinstance(value, Decimal) and value != value.to_integral_value():
                opening = self.fractional
            found = f"{opening}<v>{_number(value)}</v></c>"
        if self.remember and len(self.memo) < _MEMO:
            self.memo[value] = found
        return found

    def line_count(self, text: str) -> int:
        found = self.lines.get(text)
        if found is None:
            found = page_layout.text_lines(text, self.wrap_width)
            if len(self.lines) < _MEMO:
                self.lines[text] = found
        return found


class RowWriter:
    """Turns a list's rows into XML, given per column its prototype cell (its style and number
    format), whether it is text, the prototype of its fractional numbers (an AUTO column) and the
    width it wraps in (0: not wrapped)."""

    def __init__(self, protos: Sequence[WriteOnlyCell], text: Sequence[bool], fractional: Sequence[WriteOnlyCell | None],
                 wrap_widths: Sequence[float]) -> None:
        self.columns = [_Column(get_column_letter(index), is_text, proto.style_id, is_date_format(proto.number_format),
                                other.style_id if other is not None else None, width)
                        for index, (proto, is_text, other, width) in enumerate(zip(protos, text, fractional, wrap_widths), start=1)]
        self.cells = [(c.head, c.memo, c.plain, c) for c in self.columns]
        self.wrapped = [(index, c.one_line, c.lines, c) for index, c in enumerate(self.columns) if c.wrap_width]

    def rows(self, rows: Sequence[Sequence[Any]], first: int, fallback: Callable[[Sequence[Any]], None],
             write: Callable[[str, int], None]) -> None:
        """Write `rows`, numbered from `first`: runs of rows as XML through `write(xml, count)`,
        a row this cannot write through `fallback(values)` (openpyxl, in its turn)."""
        parts: list[str] = []
        for offset, values in enumerate(rows):
            try:
                parts.append(self._row(values, first + offset))
            except _Fallback:
                break
        else:
            xml = "".join(parts)
            if _UNWRITABLE.search(xml) is None:  # one search for the whole run: such a character is rare
                write(xml, len(parts))
                return
        # Row by row, with openpyxl writing the rows this cannot.
        parts = []
        for offset, values in enumerate(rows):
            try:
                row: str | None = self._row(values, first + offset)
            except _Fallback:
                row = None
            if row is not None and _UNWRITABLE.search(row) is None:
                parts.append(row)
                continue
            if parts:
                write("".join(parts), len(parts))
                parts = []
            fallback(values)
        if parts:
            write("".join(parts), len(parts))

    def _row(self, values: Sequence[Any], number: int) -> str:
        # The hot loop of a long list: a cell is a memo look-up and three strings (_Column.xml
        # for a value not seen yet).
        r = str(number)
        height = self._height(values) if self.wrapped else None
        out = [f'<row r="{r}" ht="{"%.16g" % height}" customHeight="1">' if height else f'<row r="{r}">']
        for (head, memo, plain, column), value in zip(self.cells, values):
            if value is not None:
                found = memo.get(value) if type(value) in plain else None
                out += (head, r, found or column.xml(value))
        out.append("</row>")
        return "".join(out)

    def _height(self, values: Sequence[Any]) -> float | None:
        """As xlsx.wrapped_height: the lines of the row's longest wrapped text."""
        lines = 1
        for index, one_line, known, column in self.wrapped:
            value = values[index]
            if type(value) is str and (len(value) > one_line or "\n" in value):
                count = known.get(value) or column.line_count(value)
                if count > lines:
                    lines = count
        return page_layout.lines_height(lines) if lines > 1 else None


def _one_line(width: float) -> int:
    """The longest text that is one line in a column `width` wide whatever its characters: what
    page_layout.text_lines takes for one line without measuring it."""
    room = max(1.0, (width - page_layout.PADDING) * 11 / 11)  # text_lines' own sum, to the last bit
    widest = page_layout._WIDEST
    count = int(room / widest)
    while count * widest > room:
        count -= 1
    while (count + 1) * widest <= room:
        count += 1
    return count
