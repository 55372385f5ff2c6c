"""How a sheet prints: text widths, wrapped lines, and the page set-up worked out from the rows a
sheet wrote (print area, repeated titles, page breaks, scale).

Neither Excel nor LibreOffice grows a row for wrapped text or widens a column when it opens a
file, so the reports do it themselves, from the widths of 11 pt Calibri's characters (LibreOffice
prints Carlito, metrically the same) measured in the unit of a column width: the width of a
digit."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

# Calibri's advance widths in font units (2048 an em) over its digit width (1038).
_ADVANCES = {
    " ": 463, "!": 667, '"': 821, "#": 1038, "$": 1038, "%": 1465, "&": 1402, "'": 452, "(": 621, ")": 621,
    "*": 1038, "+": 1038, ",": 511, "-": 628, ".": 517, "/": 791, ":": 548, ";": 548, "<": 1038, "=": 1038,
    ">": 1038, "?": 943, "@": 1830, "[": 630, "]": 630, "_": 1038, "\u2013": 1024, "\u2014": 2048, "\u2019": 452,
    "A": 1185, "B": 1114, "C": 1092, "D": 1260, "E": 1000, "F": 941, "G": 1292, "H": 1276, "I": 516, "J": 653,
    "K": 1064, "L": 861, "M": 1751, "N": 1322, "O": 1356, "P": 1058, "Q": 1378, "R": 1112, "S": 941, "T": 998,
    "U": 1314, "V": 1162, "W": 1822, "X": 1063, "Y": 998, "Z": 959,
    "a": 981, "b": 1076, "c": 866, "d": 1076, "e": 1019, "f": 625, "g": 964, "h": 1076, "i": 470, "j": 490,
    "k": 931, "l": 470, "m": 1636, "n": 1076, "o": 1080, "p": 1076, "q": 1076, "r": 714, "s": 801, "t": 686,
    "u": 1076, "v": 925, "w": 1464, "x": 887, "y": 927, "z": 809,
}
_DIGIT = 1038
BOLD = 1.1  # bold text is about a tenth wider
PADDING = 1.0  # a cell's margins and the rounding of pixels, in column-width units
# The widest character there is: an East Asian wide one (2.0) or the widest Latin letter.
_WIDEST = max(2.0, max(_ADVANCES.values()) / _DIGIT)

DEFAULT_HEIGHT = 15.0  # points, a row of 11 pt text
LINE = 11 * 1.3  # points a line of 11 pt text takes in a wrapped cell
MIN_SCALE = 0.6  # below this a printed page is too small to read
WIDE_SCALE = 65  # per cent: a sheet too wide for one page prints at this scale, label columns repeated

# A4 (595 x 842 points) less the margins the reports set (0.4" left and right, 0.75" top and bottom).
_A4 = (842.0, 595.0)
_SIDE, _TOP = 0.4 * 72 * 2, 0.75 * 72 * 2


def page_size(landscape: bool) -> tuple[float, float]:
    """The printable width and height of a page, in points."""
    long, short = _A4
    width, height = (long, short) if landscape else (short, long)
    return width - _SIDE, height - _TOP


@cache
def _char_width(char: str) -> float:
    if char in _ADVANCES:
        return _ADVANCES[char] / _DIGIT
    base = unicodedata.normalize("NFD", char)[0]  # é as e
    if base in _ADVANCES:
        return _ADVANCES[base] / _DIGIT
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return 2.0
    return 1.0


@lru_cache(maxsize=65_536)
def _word_width(word: str) -> float:
    """A word's width, remembered: the words of a long list's texts repeat (reasons, stages)."""
    return sum(_char_width(c) for c in word)


def text_width(text: str, bold: bool = False) -> float:
    """The width of `text` on one line, in column-width units."""
    width = sum(_char_width(c) for c in text)
    return width * BOLD if bold else width


def longest_word(text: str, bold: bool = False) -> float:
    """The width of the widest word of `text`: a wrapped cell breaks lines only between words."""
    return max((text_width(word, bold) for word in text.split()), default=0.0)


def column_for_words(text: str, bold: bool = False, point_size: float = 11) -> float:
    """The narrowest column width in which no word of `text` is broken."""
    return longest_word(text, bold) * point_size / 11 + PADDING


def text_lines(text: str, width: float, bold: bool = False, point_size: float = 11) -> int:
    """Lines `text` takes wrapped in a column `width` wide: words fill a line, a word wider than
    the line is broken (the columns are widened so that this does not happen)."""
    room = max(1.0, (width - PADDING) * 11 / point_size)
    # Most cells are short: a text that fits even if every character were the widest is one line,
    # without measuring it (a long list measures hundreds of thousands of cells).
    if len(text) * _WIDEST * (BOLD if bold else 1) <= room and "\n" not in text:
        return 1
    space = text_width(" ", bold)
    lines = 0
    for paragraph in text.split("\n"):
        used, count = 0.0, 1
        for word in paragraph.split():
            size = _word_width(word) * (BOLD if bold else 1)
            if used and used + space + size > room:
                count += 1
                used = 0.0
            if size > room:  # broken over several lines
                count += math.ceil(size / room) - 1
                size = size % room or room
            used = used + space + size if used else size
        lines += count
    return lines


def lines_height(lines: int, point_size: float = 11, extra: float = 2) -> float:
    return round(lines * point_size * 1.3 + extra, 1)


def column_points(width: float) -> float:
    """A column's printed width in points (Excel: 7 pixels a unit and 5 of margins, at 96 dpi)."""
    return (width * 7 + 5) * 0.75


# --------------------------------------------------------------------------- the page set-up

@dataclass
class Chart:
    row: int  # anchor row (1-based)
    column: int
    width: float  # points
    height: float


@dataclass
class Layout:
    """What a sheet knows of itself when it is finished: enough to decide how it prints."""

    widths: list[float]
    rows: int
    heights: dict[int, float]  # rows not DEFAULT_HEIGHT high
    tables: list[tuple[int, int]]  # (first row of the table with its caption, header row)
    charts: list[Chart]
    landscape: bool
    label_columns: int  # columns that name the rows (the frozen ones), repeated on wide sheets
    streamed: bool  # a long list: its rows' heights are not kept
    breaks: list[int] = field(default_factory=list)  # rows after which the report asked for a new page

    def height(self, row: int) -> float:
        return self.heights.get(row, DEFAULT_HEIGHT)


@dataclass
class PageSetup:
    print_area: str
    title_rows: str | None
    title_cols: str | None
    fit_width: bool
    fit_height: int  # 0: as many pages as needed
    scale: int | None
    breaks: list[int]  # rows after which a page ends


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _extent(layout: Layout) -> tuple[int, int]:
    """The last row and column printed: every row written and every chart."""
    last_row, last_col = max(layout.rows, 1), max(len(layout.widths), 1)
    for chart in layout.charts:
        bottom, height = chart.row, 0.0
        while height < chart.height:
            height += layout.height(bottom)
            bottom += 1
        right, width = chart.column, 0.0
        while width < chart.width:
            width += column_points(layout.widths[right - 1] if right <= len(layout.widths) else 8.43)
            right += 1
        last_row, last_col = max(last_row, bottom), max(last_col, right - 1)
    return last_row, last_col


def plan(layout: Layout) -> PageSetup:
    """How the sheet prints. Fit to the page width when that is legible (MIN_SCALE or more):
    on one page if the whole sheet fits there legibly, else page after page with a page break
    before a table or chart that would be cut. A sheet wider than that (a long period) prints
    at WIDE_SCALE, page after page across, its label columns repeated and its charts moved to
    the right of them (a chart in a repeated column would print on every page) and narrowed to
    a page. Repeated header rows: see _titles_and_breaks."""
    page_width, page_height = page_size(layout.landscape)
    wide = too_wide(layout.widths, layout.landscape)
    labels = max(1, layout.label_columns)
    if wide:
        room = page_width * 100 / WIDE_SCALE - sum(column_points(w) for w in layout.widths[:labels])
        room = whole_columns(layout.widths, labels + 1, room)  # a page ends at a column's edge
        for chart in layout.charts:
            chart.column = max(chart.column, labels + 1)
            chart.width = min(chart.width, room - 12)
    last_row, last_col = _extent(layout)
    widths = [*layout.widths, *[8.43] * (last_col - len(layout.widths))][:last_col]
    width_scale = min(1.0, page_width / sum(column_points(w) for w in widths))
    area = f"A1:{_column_letter(last_col)}{last_row}"
    heights = [layout.height(r) for r in range(1, last_row + 1)] if not layout.streamed else []
    if wide:
        titles, breaks = _titles_and_breaks(layout, heights, page_height * 100 / WIDE_SCALE)
        return PageSetup(area, titles, f"A:{_column_letter(labels)}", False, 0, WIDE_SCALE, breaks)
    room = page_height / width_scale
    total = sum(heights) if heights else None
    single = f"{layout.tables[0][1]}:{layout.tables[0][1]}" if len(layout.tables) == 1 else None
    if total is not None and total <= room:
        return PageSetup(area, single, None, True, 0, None, [])
    if total is not None and page_height / total >= MIN_SCALE and not layout.breaks:
        # One page, still legible (not when the report ends pages itself: fitting a sheet to a
        # number of pages makes Excel ignore its page breaks).
        return PageSetup(area, single, None, True, 1, None, [])
    titles, breaks = _titles_and_breaks(layout, heights, room)
    return PageSetup(area, titles, None, True, 0, None, breaks)


def _titles_and_breaks(layout: Layout, heights: list[float], room: float) -> tuple[str | None, list[int]]:
    """The rows repeated on each page and the page breaks of a sheet of several pages.

    A single table repeats its header. On a sheet of several tables only the last may: when it
    runs over several pages it starts a page of its own and its header repeats from there on
    (a spreadsheet repeats title rows only from the page they first print on), so no table
    ever prints under another's header."""
    forced = set(layout.breaks)
    if len(layout.tables) == 1:
        header = layout.tables[0][1]
        return f"{header}:{header}", _paginate(layout, heights, room, header, forced)[0] if heights else []
    if not layout.tables:
        return None, _paginate(layout, heights, room, None, forced)[0] if heights else []
    first, header = layout.tables[-1]
    if not heights:  # a streamed list after other tables: it is long, it starts a page
        return (f"{header}:{header}", [first - 1]) if first > 1 else (f"{header}:{header}", [])
    breaks, pages = _paginate(layout, heights, room, None, forced)
    end = min([c.row - 1 for c in layout.charts if c.row > first] or [len(heights)])
    if any(first < page <= end for page in pages):
        forced |= {first - 1} if first > 1 else set()
        return f"{header}:{header}", _paginate(layout, heights, room, header, forced)[0]
    return None, breaks


def _paginate(layout: Layout, heights: list[float], room: float, title_row: int | None,
              forced: set[int]) -> tuple[list[int], list[int]]:
    """Page ends so that a table or a chart that fits on a page is not cut in two: a table starts
    a new page when the rest of the page cannot hold it; a chart takes the last rows of its table
    with it, so that it never prints alone under a repeated header. Returns the manual breaks
    (rows a page ends after) and the first row of every page."""
    title_height = layout.height(title_row) if title_row else 0.0
    starts: dict[int, float] = {}  # first row of a block -> its height
    for index, (first, _header) in enumerate(layout.tables):
        end = layout.tables[index + 1][0] - 1 if index + 1 < len(layout.tables) else len(heights)
        # A page the report ends itself ends the block too: what follows it (the next project's
        # statement) starts a page anyway and is not the table's to keep with it.
        end = min([end, *(row for row in forced if row >= first)])
        charts_inside = [c.row for c in layout.charts if first <= c.row <= end]
        if charts_inside:
            end = min(charts_inside) - 1
        starts[first] = sum(heights[first - 1:end])
    for chart in layout.charts:
        keep = max(chart.row - 4, 1)  # the table's last rows go with the chart
        starts[keep] = sum(heights[keep - 1:chart.row - 1]) + chart.height
    breaks: list[int] = []
    pages = [1]
    used = 0.0
    for row in range(1, len(heights) + 1):
        height = heights[row - 1]
        repeated = title_height if title_row is not None and pages[-1] > title_row else 0.0
        block = starts.get(row)
        if used and block is not None and used + block > room - repeated and block <= room - title_height:
            breaks.append(row - 1)
            pages.append(row)
            used = 0.0
        elif used and used + height > room - repeated:
            pages.append(row)  # the spreadsheet breaks the page here by itself
            used = 0.0
        used += height
        if row in forced and row < len(heights):
            breaks.append(row)
            pages.append(row + 1)
            used = 0.0
    return sorted(set(breaks)), pages


def too_wide(widths: Sequence[float], landscape: bool) -> bool:
    """Whether columns this wide print legibly on one page width only below MIN_SCALE."""
    return sum(column_points(w) for w in widths) * MIN_SCALE > page_size(landscape)[0]


def note_span(widths: Sequence[float], landscape: bool, label_columns: int = 1) -> int:
    """The columns a note is merged over: all of them, or on a sheet too wide for one page, its
    label columns, which print on every page (a note merged further would be cut where they end
    on the pages after the first, and would not shrink the page either)."""
    return label_columns if too_wide(widths, landscape) else len(widths)


def whole_columns(widths: Sequence[float], first: int, room: float) -> float:
    """The width in points of the columns from `first` (1-based) that fit whole in `room`."""
    used = 0.0
    for width in widths[first - 1:]:
        if used + column_points(width) > room:
            break
        used += column_points(width)
    return used
