"""A small evaluator for the formulas the reports write (SUM, SUBTOTAL(9, ...), IF, ROUND, ABS, MIN,
MAX, + - * /, comparisons, cell and range references, other sheets), so tests can check what a
formula computes without LibreOffice. It is independent of the report code: it reads only the
saved workbook (with openpyxl), and follows Excel where it matters: an empty cell is 0 in
arithmetic and equal to 0 and to "", a text ("" included) in arithmetic is an error, IF computes
only the branch it takes."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from openpyxl.utils import column_index_from_string

TOKEN = re.compile(
    r"""\s*(?:
      (?P<string>"[^"]*")
    | (?P<ref>(?:'(?:[^']|'')+'!|[A-Za-z0-9_.]+!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)
    | (?P<number>\d+(?:\.\d+)?)
    | (?P<name>[A-Z]+)(?=\()
    | (?P<op><>|<=|>=|[-+*/(),=<>&])
    )""",
    re.VERBOSE,
)


class Evaluator:
    def __init__(self, workbook: Any) -> None:
        self.wb = workbook
        self.cache: dict[tuple[str, int, int], Any] = {}

    def value(self, sheet: str, row: int, column: int) -> Any:
        key = (sheet, row, column)
        if key not in self.cache:
            raw = self.wb[sheet].cell(row=row, column=column).value
            if isinstance(raw, str) and raw.startswith("=") and self.wb[sheet].cell(row=row, column=column).data_type == "f":
                self.cache[key] = _Parser(self, sheet, raw[1:]).parse()
            elif isinstance(raw, (int, float)) and not isinstance(raw, bool):
                self.cache[key] = Decimal(repr(raw))
            else:
                self.cache[key] = raw
        return self.cache[key]

    def cell(self, sheet: str, coordinate: str) -> Any:
        column, row = re.match(r"([A-Z]+)(\d+)", coordinate).groups()  # type: ignore[union-attr]
        return self.value(sheet, int(row), column_index_from_string(column))


class _Parser:
    def __init__(self, evaluator: Evaluator, sheet: str, text: str) -> None:
        self.ev, self.sheet = evaluator, sheet
        self.tokens = [(m.lastgroup, m.group(m.lastgroup)) for m in TOKEN.finditer(text)]
        assert "".join(t for _, t in self.tokens).replace(" ", "") == text.replace(" ", ""), f"cannot parse {text!r}"
        self.i = 0

    def peek(self) -> tuple[str | None, str | None]:
        return self.tokens[self.i] if self.i < len(self.tokens) else (None, None)

    def take(self, expected: str | None = None) -> str:
        _, text = self.peek()
        assert text is not None and (expected is None or text == expected), (expected, text)
        self.i += 1
        return text

    def parse(self) -> Any:
        result = self.comparison()
        assert self.i == len(self.tokens)
        return result

    def comparison(self) -> Any:
        left = self.expr()
        op = self.peek()[1]
        if op in ("=", "<>", "<", ">", "<=", ">="):
            self.take()
            return _compare(op, left, self.expr())
        return left

    def expr(self) -> Any:
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()
            right = self.term()
            value = _num(value) + _num(right) if op == "+" else _num(value) - _num(right)
        return value

    def term(self) -> Any:
        value = self.factor()
        while self.peek()[1] in ("*", "/"):
            op = self.take()
            right = self.factor()
            if op == "/" and _num(right) == 0:
                value = DIV0  # an error value, as in Excel: fine as long as IF() does not pick it
            else:
                value = _num(value) * _num(right) if op == "*" else _num(value) / _num(right)
        return value

    def factor(self) -> Any:
        kind, text = self.peek()
        if text == "-":
            self.take()
            return -_num(self.factor())
        if text == "(":
            self.take()
            value = self.comparison()
            self.take(")")
            return value
        self.take()
        if kind == "number":
            return Decimal(text)
        if kind == "string":
            return text[1:-1]
        if kind == "ref":
            values = self.ref(text)  # type: ignore[arg-type]
            return values[0] if ":" not in text else values
        if kind == "name":
            return self.function(text)  # type: ignore[arg-type]
        raise AssertionError(f"unexpected {text!r}")

    def function(self, name: str) -> Any:
        self.take("(")
        args = [self.argument(name, 0)]
        while self.peek()[1] == ",":
            self.take()
            args.append(self.argument(name, len(args)))
        self.take(")")
        if name == "SUM":
            return sum((_num(v) for a in args for v in (a if isinstance(a, list) else [a]) if _is_number(v)), Decimal(0))
        if name == "SUBTOTAL":
            assert args[0] == 9, "only SUBTOTAL(9, ...) is used"
            return sum((_num(v) for v in args[1] if _is_number(v)), Decimal(0))
        if name == "IF":
            chosen = args[1] if args[0] else (args[2] if len(args) > 2 else False)
            assert not isinstance(chosen, _Error), chosen.message
            return chosen
        if name == "ROUND":
            return _num(args[0]).quantize(Decimal(1).scaleb(-int(_num(args[1]))), rounding=ROUND_HALF_UP)
        if name == "ABS":
            return abs(_num(args[0]))
        if name in ("MIN", "MAX"):
            found = [_num(v) for a in args for v in (a if isinstance(a, list) else [a]) if _is_number(v)]
            return (min if name == "MIN" else max)(found) if found else Decimal(0)
        raise AssertionError(f"function {name} is not expected in a report")

    def argument(self, name: str, index: int) -> Any:
        """An IF branch that is an error in Excel is fine as long as IF does not take it."""
        if name != "IF" or index == 0:
            return self.comparison()
        start = self.i
        try:
            return self.comparison()
        except AssertionError as error:
            depth, self.i = 0, start
            while self.i < len(self.tokens) and not (depth == 0 and self.tokens[self.i][1] in (",", ")")):
                depth += {"(": 1, ")": -1}.get(self.tokens[self.i][1], 0)
                self.i += 1
            return _Error(str(error))

    def ref(self, text: str) -> list[Any]:
        sheet = self.sheet
        if "!" in text:
            sheet, text = text.rsplit("!", 1)
            sheet = sheet.strip("'").replace("''", "'")
        start, _, end = text.replace("$", "").partition(":")
        end = end or start
        c1, r1 = re.match(r"([A-Z]+)(\d+)", start).groups()  # type: ignore[union-attr]
        c2, r2 = re.match(r"([A-Z]+)(\d+)", end).groups()  # type: ignore[union-attr]
        return [self.ev.value(sheet, r, c) for r in range(int(r1), int(r2) + 1)
                for c in range(column_index_from_string(c1), column_index_from_string(c2) + 1)]


DIV0 = object()


class _Error:
    def __init__(self, message: str) -> None:
        self.message = message


def _is_number(value: Any) -> bool:
    return isinstance(value, Decimal)


def _num(value: Any) -> Decimal:
    assert value is not DIV0, "#DIV/0!"
    if value is None:
        return Decimal(0)
    if isinstance(value, bool):
        return Decimal(int(value))
    assert isinstance(value, Decimal), f"#VALUE!: not a number: {value!r}"
    return value


def _compare(op: str, left: Any, right: Any) -> bool:
    """Excel's comparison: an empty cell is 0 against a number and "" against a text; a number
    is never equal to a text (and sorts before it)."""
    if left is None:
        left = "" if isinstance(right, str) else Decimal(0)
    if right is None:
        right = "" if isinstance(left, str) else Decimal(0)
    if isinstance(left, str) != isinstance(right, str):
        a, b = int(isinstance(left, str)), int(isinstance(right, str))
    elif isinstance(left, str):
        a, b = left.casefold(), right.casefold()
    else:
        a, b = _num(left), _num(right)
    return {"=": a == b, "<>": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op]
