"""Numbers and dates in the user's locale, fast enough to format 100,000 rows at load time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

from tracker.domain.numbers import NumberStyle, format_number, number_style, parse_number

_PROBE_CENTS = -123456789  # -1,234,567.89: a group separator, a decimal point and a sign


def user_number_style(locale: QLocale | None = None) -> NumberStyle:
    """How the user writes numbers: the NumberStyle of the app's locale (QLocale()), with the
    separators Qt itself shows, so that every number the app displays reads back as shown.
    The C locale (LANG unset or C.UTF-8) writes as en_US, as Formats shows it."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return number_style("en_US")
    style = number_style(locale.name())
    return NumberStyle(locale=style.locale, decimal=locale.decimalPoint() or style.decimal,
                       group=locale.groupSeparator() or style.group, grouping=style.grouping)


def read_user_number(text: str, what: str) -> Decimal:
    """An amount or rate the user typed, read in their locale's writing (ValueError: one sentence
    naming `what`, the field's label)."""
    return parse_number(text, user_number_style(), what)


def show_user_number(value: Decimal, places: int | None = 2) -> str:
    """`value` written as the user writes numbers, so that typed back it reads the same (a rate
    of 1.08 shows as "1,08" under French settings); None: as many places as it has."""
    return format_number(value, user_number_style(), places)


class Formats:
    """Formats money (integer cents), per-cent rates and dates as `locale` writes them.

    QLocale.toString costs about 1 µs a call through the bindings; at 100,000 rows and two money
    columns that is most of the load time. So money is formatted in Python with the locale's own
    separators, after checking on a probe number that the result is what QLocale itself writes
    (locales with other digits or grouping fall back to QLocale). Dates repeat a lot: each
    distinct date is formatted once by QLocale and cached."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = locale or QLocale()
        if self.locale.language() == QLocale.Language.C:
            # The C locale (LANG unset or C.UTF-8) is no one's choice, and writes 1770000.00:
            # numbers as in English, dates in ISO form (below).
            self.locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
            self._iso_dates = True
        else:
            self._iso_dates = False
        self._point = self.locale.decimalPoint()
        self._minus = self.locale.negativeSign()
        self._fast = False
        # The C locale (and a user's choice) omits group separators: try with, then without.
        for group in (self.locale.groupSeparator(), ""):
            self._group = group
            table = str.maketrans({",": group, ".": self._point, "-": self._minus})
            self._table = None if all(chr(k) == v for k, v in table.items()) else table
            if self._python_money(_PROBE_CENTS) == self._qt_money(_PROBE_CENTS) and self._python_number(-12345, 1) == self.locale.toString(-1234.5, "f", 1):
                self._fast = True
                break
        short = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        # Short formats of some locales (en_US: M/d/yy) drop the century, which is ambiguous
        # for project dates that span decades.
        if "yyyy" not in short and "yy" in short:
            short = short.replace("yy", "yyyy")
        if self._iso_dates:
            short = "yyyy-MM-dd"
        self._date_format = short
        self._dates: dict[dt.date | None, str] = {None: ""}

    def money(self, cents: int | None) -> str:
        if cents is None:
            return ""
        return self._python_money(cents) if self._fast else self._qt_money(cents)

    def tenths(self, value: int | None) -> str:
        """A number given in tenths (a rate of 825 tenths of a per cent prints 82.5)."""
        if value is None:
            return ""
        return self._python_number(value, 1) if self._fast else self.locale.toString(value / 10, "f", 1)

    def money_column(self, values: Iterable[int | None]) -> list[str]:
        """money() for a whole column in one comprehension: no Python call per cell."""
        if not self._fast:
            return [self.money(v) for v in values]
        spec, table = f"{',' if self._group else ''}.2f", self._table
        texts = [format(v / 100, spec) if v is not None else "" for v in values]
        return [t.translate(table) for t in texts] if table else texts

    def tenths_column(self, values: Iterable[int | None]) -> list[str]:
        if not self._fast:
            return [self.tenths(v) for v in values]
        spec, table = f"{',' if self._group else ''}.1f", self._table
        texts = [format(v / 10, spec) if v is not None else "" for v in values]
        return [t.translate(table) for t in texts] if table else texts

    def date_column(self, values: Iterable[dt.date | None]) -> list[str]:
        cache, date = self._dates, self.date
        return [cache[v] if v in cache else date(v) for v in values]

    def integer(self, value: int) -> str:
        return self.locale.toString(value)

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        text = self._dates.get(value)
        if text is None:  # first time this date is seen
            text = self._dates[value] = self.locale.toString(QDate(value.year, value.month, value.day), self._date_format)
        return text

    def _python_money(self, cents: int) -> str:
        return self._python_number(cents, 2)

    def _python_number(self, scaled: int, decimals: int) -> str:
        # One C-level format call (a float n/100 prints back as n exactly for any |n| < 2**53),
        # then the locale's separators and sign in one translate() (also a C loop).
        text = format(scaled / 10**decimals, f"{',' if self._group else ''}.{decimals}f")
        return text.translate(self._table) if self._table else text

    def _qt_money(self, cents: int) -> str:
        # Exact for any amount below 90 trillion dollars (2**53 cents).
        return self.locale.toString(cents / 100, "f", 2)


def delivery_tenths_column(pairs: Iterable[tuple[int, int | None]]) -> list[int | None]:
    """delivery_tenths for a whole column (one loop, no call per cell)."""
    result: list[int | None] = []
    append = result.append
    for spent, budget in pairs:
        if not budget or spent < 0 or budget < 0:
            append(delivery_tenths(spent, budget))
            continue
        quotient, remainder = divmod(spent * 1000, budget)
        twice = 2 * remainder
        append(quotient + 1 if twice >= budget else quotient)
    return result


def delivery_tenths(expenditure_cents: int, budget_cents: int | None) -> int | None:
    """Delivery rate in tenths of a per cent, rounded half up as PortfolioRow.delivery_rate
    rounds, but in integers: 100,000 Decimal divisions cost 0.15 s."""
    if not budget_cents:
        return None
    numerator, denominator = abs(expenditure_cents * 1000), abs(budget_cents)
    quotient, remainder = divmod(numerator, denominator)
    twice = 2 * remainder
    if twice >= denominator:
        quotient += 1
    return -quotient if (expenditure_cents < 0) != (budget_cents < 0) else quotient
