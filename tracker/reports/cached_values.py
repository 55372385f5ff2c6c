"""Cached values for the formulas a report writes.

openpyxl saves a formula without its value, and a program that shows a workbook without
recalculating it (a mail or phone preview, a data tool reading the file) then shows a blank for
every total, rate and share. So, once every sheet is written and before the workbook is zipped,
each formula cell gets the value it computes, worked out here from the sheets' own XML. Excel and
LibreOffice still recalculate on opening (the workbook asks for it: fullCalcOnLoad).

Only the formulas the reports write are understood: numbers, "text", cell and range references
(also on other sheets), + - * / & and comparisons, SUM, SUBTOTAL(9, ...), IF, ROUND, ABS, MIN,
MAX, AVERAGE, AND, OR, NOT, IFERROR. A formula outside that, or one whose result would be an
error (#DIV/0!, text in arithmetic), is left without a value, as openpyxl wrote it, and logged:
the report is still written and the spreadsheet program computes it on opening.

The sheets are read and rewritten as streams, in chunks of whole rows, and only the sheets that
hold formulas or that formulas refer to are read at all: a 200,000-row list without formulas
costs one byte search."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation, localcontext
from html import unescape
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

log = logging.getLogger(__name__)

_CHUNK = 1 << 20
_CELL = re.compile(rb'<c r="([A-Z]{1,3})(\d+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_FORMULA_CELL = re.compile(rb'<c r="([A-Z]{1,3})(\d+)"([^>]*)><f>([^<]*)</f>(?:<v></v>|<v\s*/>)</c>')
_VALUE = re.compile(rb"<v>([^<]*)</v>")
_INLINE = re.compile(rb"<t(?:\s[^>]*)?>([^<]*)</t>")
_FORMULA = re.compile(rb"<f>([^<]*)</f>")
_TYPE = re.compile(rb'\st="([a-zA-Z]+)"')
_SHEET_REFERENCE = re.compile(r"'((?:[^']|'')+)'!|([A-Za-z0-9_.]+)!")


class FormulaError(Exception):
    """A formula cannot be computed here: outside the grammar, or an error value in Excel."""


class _Blank:
    """An empty cell: 0 in arithmetic, ignored by SUM, equal to 0 and to ""."""

    def __repr__(self) -> str:
        return "BLANK"


BLANK = _Blank()


@dataclass(frozen=True)
class _Formula:
    text: str


Value = Decimal | str | bool | _Blank


def column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


# --------------------------------------------------------------------------- the formula language

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<string>"(?:[^"]|"")*")
    | (?P<ref>(?:'(?:[^']|'')+'!|[A-Za-z0-9_.]+!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)
    | (?P<number>\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
    | (?P<name>[A-Z][A-Z0-9.]*)(?=\()
    | (?P<bool>TRUE|FALSE)
    | (?P<op><>|<=|>=|[-+*/(),=<>&%^])
    )""",
    re.VERBOSE,
)
_REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)")


def tokens(text: str) -> list[tuple[str, str]]:
    found, position = [], 0
    for match in _TOKEN.finditer(text):
        if match.start() != position and text[position:match.start()].strip():
            raise FormulaError(f"cannot read {text!r}")
        kind = match.lastgroup
        assert kind is not None
        found.append((kind, match.group(kind)))
        position = match.end()
    if text[position:].strip():
        raise FormulaError(f"cannot read {text!r}")
    return found


class Cells:
    """The cells of the sheets read so far, and their formulas' values (computed once each)."""

    def __init__(self) -> None:
        self.sheets: dict[str, dict[tuple[int, int], Value | _Formula]] = {}
        self._computing: set[tuple[str, int, int]] = set()

    def value(self, sheet: str, row: int, column: int) -> Value:
        cells = self.sheets.get(sheet)
        if cells is None:
            raise FormulaError(f"no sheet {sheet!r}")
        found = cells.get((row, column), BLANK)
        if isinstance(found, _Formula):
            key = (sheet, row, column)
            if key in self._computing:
                raise FormulaError("circular reference")
            self._computing.add(key)
            try:
                found = _Parser(self, sheet, found.text).parse()
            finally:
                self._computing.discard(key)
            if isinstance(found, list):
                raise FormulaError("a range is not a value")
            cells[(row, column)] = found
        return found

    def evaluate(self, sheet: str, row: int, column: int) -> Value:
        """The value of a formula cell; FormulaError if it has none here."""
        return self.value(sheet, row, column)


class _Parser:
    """Recursive descent, with Excel's precedence: comparison < & < + - < * / < ^ < unary - < %."""

    def __init__(self, cells: Cells, sheet: str, text: str) -> None:
        self.cells, self.sheet = cells, sheet
        self.tokens = tokens(text)
        self.i = 0

    def peek(self) -> str | None:
        return self.tokens[self.i][1] if self.i < len(self.tokens) else None

    def take(self, expected: str | None = None) -> tuple[str, str]:
        if self.i >= len(self.tokens) or (expected is not None and self.tokens[self.i][1] != expected):
            raise FormulaError(f"expected {expected!r}")
        self.i += 1
        return self.tokens[self.i - 1]

    def parse(self) -> Any:
        result = self.comparison()
        if self.i != len(self.tokens):
            raise FormulaError("unexpected text after the formula")
        return result

    def comparison(self) -> Any:
        left = self.concatenation()
        while self.peek() in ("=", "<>", "<", ">", "<=", ">="):
            op = self.take()[1]
            left = _compare(op, _single(left), _single(self.concatenation()))
        return left

    def concatenation(self) -> Any:
        left = self.expression()
        while self.peek() == "&":
            self.take()
            left = _text(_single(left)) + _text(_single(self.expression()))
        return left

    def expression(self) -> Any:
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()[1]
            right = _number(self.term())
            value = _number(value) + right if op == "+" else _number(value) - right
        return value

    def term(self) -> Any:
        value = self.power()
        while self.peek() in ("*", "/"):
            op = self.take()[1]
            right = _number(self.power())
            if op == "*":
                value = _number(value) * right
            elif right == 0:
                raise FormulaError("#DIV/0!")
            else:
                value = _number(value) / right
        return value

    def power(self) -> Any:
        value = self.unary()
        while self.peek() == "^":
            self.take()
            value = _number(value) ** _number(self.unary())
        return value

    def unary(self) -> Any:
        if self.peek() in ("-", "+"):
            sign = self.take()[1]
            value = _number(self.unary())
            return -value if sign == "-" else value
        value = self.atom()
        while self.peek() == "%":
            self.take()
            value = _number(value) / 100
        return value

    def atom(self) -> Any:
        kind, text = self.take()
        if text == "(":
            value = self.comparison()
            self.take(")")
            return value
        if kind == "number":
            return Decimal(text)
        if kind == "string":
            return text[1:-1].replace('""', '"')
        if kind == "bool":
            return text == "TRUE"
        if kind == "ref":
            return self.reference(text)
        if kind == "name":
            return self.function(text)
        raise FormulaError(f"unexpected {text!r}")

    def reference(self, text: str) -> Any:
        sheet = self.sheet
        if "!" in text:
            sheet, text = text.rsplit("!", 1)
            if sheet.startswith("'"):
                sheet = sheet[1:-1].replace("''", "'")
        start, _, end = text.partition(":")
        c1, r1 = _REF.fullmatch(start).groups()  # type: ignore[union-attr]
        if not end:
            return self.cells.value(sheet, int(r1), column_number(c1))
        c2, r2 = _REF.fullmatch(end).groups()  # type: ignore[union-attr]
        rows = range(min(int(r1), int(r2)), max(int(r1), int(r2)) + 1)
        first, last = sorted((column_number(c1), column_number(c2)))
        return [self.cells.value(sheet, r, c) for r in rows for c in range(first, last + 1)]

    def function(self, name: str) -> Any:
        self.take("(")
        args: list[Any] = []
        if self.peek() != ")":
            args.append(self.argument(name, 0))
            while self.peek() == ",":
                self.take()
                args.append(self.argument(name, len(args)))
        self.take(")")
        function = _FUNCTIONS.get(name)
        if function is None:
            raise FormulaError(f"function {name} is not computed here")
        return function(args)

    def argument(self, name: str, index: int) -> Any:
        """IF and IFERROR evaluate only the branch they take, as Excel does: the other may be an
        error (IF(B5=0,"",C5/B5))."""
        if (name == "IF" and index > 0) or name == "IFERROR":
            start = self.i
            try:
                return _Lazy(self.comparison())
            except FormulaError as error:
                self.i = start
                self._skip_argument()
                return _Lazy(None, error)
        return self.comparison()

    def _skip_argument(self) -> None:
        depth = 0
        while self.i < len(self.tokens):
            text = self.tokens[self.i][1]
            if depth == 0 and text in (",", ")"):
                return
            depth += text == "("
            depth -= text == ")"
            self.i += 1


@dataclass(frozen=True)
class _Lazy:
    """A branch of IF or IFERROR: its value, or the error computing it raised."""

    value: Any
    error: FormulaError | None = None

    def get(self) -> Any:
        if self.error is not None:
            raise self.error
        return self.value


def _single(value: Any) -> Value:
    if isinstance(value, list):
        raise FormulaError("a range is not a value")
    return value


def _number(value: Any) -> Decimal:
    value = _single(value)
    if isinstance(value, bool):
        return Decimal(int(value))
    if isinstance(value, Decimal):
        return value
    if value is BLANK:
        return Decimal(0)
    raise FormulaError(f"#VALUE!: {value!r} is not a number")


def _text(value: Value) -> str:
    if value is BLANK:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, Decimal):
        return number_text(value)
    return str(value)


def _compare(op: str, left: Value, right: Value) -> bool:
    """Excel's comparison: a blank is 0 against a number and "" against a text; numbers come
    before texts, texts compare without case."""
    if left is BLANK:
        left = "" if isinstance(right, str) else Decimal(0) if not isinstance(right, bool) else False
    if right is BLANK:
        right = "" if isinstance(left, str) else Decimal(0) if not isinstance(left, bool) else False
    rank = {Decimal: 0, str: 1, bool: 2}
    a: Any = (rank[type(left)], left.casefold() if isinstance(left, str) else left)
    b: Any = (rank[type(right)], right.casefold() if isinstance(right, str) else right)
    if a[0] != b[0]:
        a, b = a[0], b[0]
    return {"=": a == b, "<>": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op]


def _truth(value: Any) -> bool:
    value = _single(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        return value != 0
    if value is BLANK:
        return False
    raise FormulaError(f"#VALUE!: {value!r} is not TRUE or FALSE")


def _numbers(args: list[Any]) -> Iterator[Decimal]:
    """The numbers SUM adds: from ranges and references only numbers (text and blanks are left
    out); a value given directly counts as a number or is an error."""
    for arg in args:
        if isinstance(arg, list):
            yield from (v for v in arg if isinstance(v, Decimal))
        elif arg is not BLANK:
            yield _number(arg)


def _if(args: list[Any]) -> Any:
    if not 2 <= len(args) <= 3:
        raise FormulaError("IF takes 2 or 3 arguments")
    if _truth(args[0]):
        return args[1].get()
    return args[2].get() if len(args) == 3 else False


def _iferror(args: list[Any]) -> Any:
    if len(args) != 2:
        raise FormulaError("IFERROR takes 2 arguments")
    return args[1].get() if args[0].error is not None else args[0].get()


def _subtotal(args: list[Any]) -> Decimal:
    if not args or _number(args[0]) != 9:
        raise FormulaError("only SUBTOTAL(9, ...) is computed here")
    return sum(_numbers(args[1:]), Decimal(0))


def _round(args: list[Any]) -> Decimal:
    places = int(_number(args[1])) if len(args) > 1 else 0
    value = _number(args[0])
    from decimal import ROUND_HALF_UP

    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _average(args: list[Any]) -> Decimal:
    found = list(_numbers(args))
    if not found:
        raise FormulaError("#DIV/0!")
    return sum(found, Decimal(0)) / len(found)


def _extreme(pick: Callable[..., Decimal]) -> Callable[[list[Any]], Decimal]:
    def compute(args: list[Any]) -> Decimal:
        found = list(_numbers(args))
        return pick(found) if found else Decimal(0)

    return compute


_FUNCTIONS: dict[str, Callable[[list[Any]], Any]] = {
    "SUM": lambda args: sum(_numbers(args), Decimal(0)),
    "SUBTOTAL": _subtotal,
    "IF": _if,
    "IFERROR": _iferror,
    "ROUND": _round,
    "ABS": lambda args: abs(_number(args[0])),
    "MIN": _extreme(min),
    "MAX": _extreme(max),
    "AVERAGE": _average,
    "AND": lambda args: all(_truth(v) for a in args for v in (a if isinstance(a, list) else [a])),
    "OR": lambda args: any(_truth(v) for a in args for v in (a if isinstance(a, list) else [a])),
    "NOT": lambda args: not _truth(args[0]),
}


def number_text(value: Decimal) -> str:
    """A number as a cell's <v> holds it: at most 17 significant digits (what a spreadsheet's
    double keeps), never an exponent, never "-0"."""
    if value == 0:
        return "0"
    with localcontext() as context:
        context.prec = 17
        rounded = (+value).normalize()
    return format(rounded, "f")


# --------------------------------------------------------------------------- reading the sheets

def _read_rows(path: str | Path) -> Iterator[bytes]:
    """The sheet's XML in pieces that end at a row's end (the last piece: the rest)."""
    with open(path, "rb") as source:
        carry = b""
        while chunk := source.read(_CHUNK):
            carry += chunk
            cut = carry.rfind(b"</row>")
            if cut >= 0:
                cut += len(b"</row>")
                yield carry[:cut]
                carry = carry[cut:]
        if carry:
            yield carry


def has_formulas(path: str | Path) -> bool:
    """One byte search, chunk by chunk: openpyxl writes every formula as <f>. (Mapping the file
    instead counted a list sheet of a hundred megabytes in the report's memory.)"""
    with open(path, "rb") as source:
        tail = b""
        while chunk := source.read(_CHUNK):
            if b"<f>" in tail + chunk[:2] or b"<f>" in chunk:
                return True
            tail = chunk[-2:]
    return False


def _cell_value(attributes: bytes, body: bytes | None) -> Value | _Formula:
    if body is None:
        return BLANK
    formula = _FORMULA.search(body)
    if formula is not None:
        return _Formula(unescape(formula.group(1).decode()))
    kind_match = _TYPE.search(attributes)
    kind = kind_match.group(1) if kind_match else b"n"
    if kind == b"inlineStr":
        return "".join(unescape(t.decode()) for t in _INLINE.findall(body))
    value = _VALUE.search(body)
    if value is None:
        return BLANK
    text = value.group(1).decode()
    if kind == b"n":
        try:
            return Decimal(text)
        except InvalidOperation:
            return BLANK
    if kind == b"b":
        return text == "1"
    if kind in (b"str", b"s"):  # "s" would be a shared string's index: openpyxl's write-only sheets use inline strings
        return unescape(text)
    return BLANK  # an error value or a date in ISO form: nothing a report's formula adds up


def read_cells(path: str | Path) -> dict[tuple[int, int], Value | _Formula]:
    cells: dict[tuple[int, int], Value | _Formula] = {}
    for piece in _read_rows(path):
        for match in _CELL.finditer(piece):
            value = _cell_value(match.group(3), match.group(4))
            if value is not BLANK:
                cells[(int(match.group(2)), column_number(match.group(1).decode()))] = value
    return cells


def referenced_sheets(formula: str) -> set[str]:
    return {(quoted.replace("''", "'") if quoted else plain) for quoted, plain in _SHEET_REFERENCE.findall(formula)}


# --------------------------------------------------------------------------- writing the values

def _cached(value: Value) -> tuple[bytes, bytes]:
    """The type attribute and the <v> text of a computed value."""
    if isinstance(value, bool):
        return b' t="b"', b"1" if value else b"0"
    if isinstance(value, Decimal):
        return b"", number_text(value).encode()
    if isinstance(value, str):
        return b' t="str"', escape(value).encode()
    return b"", b"0"  # =A5 of an empty A5 shows 0 in Excel


def _rewrite(path: str, sheet: str, cells: Cells, uncomputed: list[str]) -> None:
    def with_value(match: re.Match[bytes]) -> bytes:
        row, column = int(match.group(2)), column_number(match.group(1).decode())
        try:
            value = cells.evaluate(sheet, row, column)
        except (FormulaError, InvalidOperation, ArithmeticError, RecursionError) as error:
            uncomputed.append(f"{sheet}!{match.group(1).decode()}{row}: ={unescape(match.group(4).decode())} ({error})")
            return match.group(0)
        kind, text = _cached(value)
        attributes = _TYPE.sub(b"", match.group(3)) + kind
        return b'<c r="%s%s"%s><f>%s</f><v>%s</v></c>' % (match.group(1), match.group(2), attributes, match.group(4), text)

    partial = path + ".values"
    try:
        with open(partial, "wb") as out:
            for piece in _read_rows(path):
                out.write(_FORMULA_CELL.sub(with_value, piece))
        os.replace(partial, path)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def cache_formula_values(sheets: Mapping[str, str]) -> list[str]:
    """Write each formula's value into the sheet XML files `sheets` (title -> file), in place.
    Returns the formulas left without a value ("Sheet!B5: =... (why)"), each also logged."""
    with_formulas = [title for title, path in sheets.items() if has_formulas(path)]
    cells = Cells()
    wanted = list(with_formulas)
    while wanted:
        title = wanted.pop()
        if title in cells.sheets or title not in sheets:
            continue
        cells.sheets[title] = read_cells(sheets[title])
        for value in cells.sheets[title].values():
            if isinstance(value, _Formula) and "!" in value.text:
                wanted.extend(referenced_sheets(value.text) - cells.sheets.keys())
    uncomputed: list[str] = []
    for title in with_formulas:
        try:
            _rewrite(sheets[title], title, cells, uncomputed)
        except Exception:  # a flaw here must not cost the user the report: its formulas keep no value
            log.exception("formulas of the sheet %s left for the spreadsheet to compute", title)
            uncomputed.append(f"{title}: every formula")
    for text in uncomputed:
        log.warning("formula left for the spreadsheet to compute: %s", text)
    return uncomputed
