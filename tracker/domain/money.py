"""Money as Decimal with its currency, and conversion to US$ at a recorded rate.

Never a float: a float cannot hold 0.10 exactly, and sums of floats drift (peewee's DecimalField
on SQLite returned 16200067.250000007 for a SUM here)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from tracker.domain.codelists import is_currency
from tracker.domain.errors import OutOfRange

CENT = Decimal("0.01")
USD = "USD"
# The largest amount tracker keeps, in any currency: a thousand billion. Amounts are stored as
# integers of cents, and PostgreSQL's BIGINT holds 9.2e18 cents; far below that, but far above
# any project's budget, a typing slip (1e18) is refused instead of overflowing a total.
MAX_AMOUNT = Decimal("1e15")
# The largest US$ rate (the US$ value of one unit): no currency is worth a million dollars.
MAX_RATE = Decimal("1e6")


def amount_size_problem(value: Decimal, what: str = "amount") -> str | None:
    """Why an amount is too large to keep, or None."""
    if value.is_finite() and value.adjusted() >= 30 or abs(value) >= MAX_AMOUNT:  # adjusted() first: abs() of 1e999999999 overflows
        shown = f"{value:,}" if value.adjusted() < 30 else f"{value:E}"  # 1e999999999 would not fit in memory written out
        return f"{what} {shown} is too large: tracker keeps amounts below {MAX_AMOUNT:,.0f}"
    return None


_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


def _ambiguous(text: str, cleaned: str, what: str) -> str:
    if cleaned.count(",") == 1 and "." not in cleaned:
        decimal = cleaned.replace(",", ".")
        return (f"{what} '{text}' is ambiguous: tracker reads a comma only between groups of three digits; "
                f"write {decimal} for a decimal, or {cleaned.replace(',', '')} for a whole number")
    return f"{what} '{text}' is ambiguous: use a point for decimals and commas only between groups of three digits (1,234.56)"


def parse_decimal(text: str | int | Decimal, what: str = "amount") -> Decimal:
    """Read an amount written by a machine (files, JSON, workbook cells, field packages, the
    database): digits with optional thousands commas (in their places) or spaces and a decimal
    point; a comma anywhere else is refused as ambiguous, never dropped. Floats are refused
    because they have already lost exactness.

    What a person types in the app or on the command line is read in their locale's writing by
    tracker.domain.numbers.parse_number instead ("1,08" is 1.08 under French settings)."""
    return checked_number(text, what, _read_machine_text, f"{MAX_AMOUNT:,.0f}")


def _read_machine_text(text: str, what: str) -> Decimal:
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("_", "")
    if not cleaned:
        raise ValueError(f"{what} is empty")
    if "," in cleaned:
        # A comma is read only as a thousands separator, in its places (1,234,567.89). Anything
        # else ("1,08", "13197000,00") is how other languages write a decimal: dropping the
        # comma would read 1,08 as 108, so it is refused, saying how it would be read.
        if not _GROUPED.fullmatch(cleaned):
            raise ValueError(_ambiguous(text, cleaned, what))
        cleaned = cleaned.replace(",", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"{what} '{text}' is not a number") from None


def checked_number(text: str | int | Decimal, what: str, read: Callable[[str, str], Decimal], limit_text: str) -> Decimal:
    """The checks every number tracker takes goes through, whoever wrote it: text is read by
    `read(text, what)`; Decimals and ints pass as they are; floats are refused (they have lost
    exactness already), and so are infinities and numbers of MAX_AMOUNT (written `limit_text`)
    or more."""
    if isinstance(text, bool) or isinstance(text, float):
        raise ValueError(f"{what} must be given as text or Decimal, not {type(text).__name__}")
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    else:
        value = read(text, what)
    if not value.is_finite():
        raise ValueError(f"{what} '{text}' is not a finite number")
    if value.adjusted() >= 30 or abs(value) >= MAX_AMOUNT:  # adjusted() first: abs() of 1e999999999 overflows
        raise OutOfRange(f"{what} '{text}' is too large: tracker keeps numbers below {limit_text}")
    return value


def to_cents(amount: Decimal) -> int:
    """Minor units for the store; amounts are kept to the cent (half-up, as accountants round)."""
    return int(amount.quantize(CENT, rounding=ROUND_HALF_UP).scaleb(2))


def from_cents(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2).quantize(CENT)


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError("Money.amount must be a Decimal")
        if not is_currency(self.currency):
            raise ValueError(f"'{self.currency}' is not an ISO 4217 currency code")

    @classmethod
    def parse(cls, amount: str | int | Decimal, currency: str = USD) -> "Money":
        return cls(parse_decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP), currency.strip().upper())

    def in_usd(self, usd_rate: Decimal) -> Decimal:
        """US$ value at `usd_rate`, the US$ value of one unit of this currency (EUR at 1.08 means
        1 EUR = 1.08 US$). Rounded to the cent once, here, so every total adds the same cents."""
        if self.currency == USD:
            return self.amount.quantize(CENT, rounding=ROUND_HALF_UP)
        return (self.amount * usd_rate).quantize(CENT, rounding=ROUND_HALF_UP)

    def __str__(self) -> str:
        return f"{self.currency} {self.amount:,.2f}"


def check_rate(currency: str, usd_rate: Decimal | None) -> str | None:
    """Why a recorded US$ rate is unusable, or None when it is fine."""
    if currency == USD:
        if usd_rate is not None and usd_rate != 1:
            return "the US$ rate of a US$ amount must be 1"
        return None
    if usd_rate is None:
        return f"a US$ rate is required for an amount in {currency}"
    if not usd_rate.is_finite() or usd_rate <= 0:
        return "the US$ rate must be greater than zero"
    if usd_rate >= MAX_RATE:
        return f"the US$ rate {usd_rate} is not plausible (one unit of {currency} worth {MAX_RATE:,.0f} US$ or more)"
    return None


def format_usd(amount: Decimal) -> str:
    return f"US${amount:,.2f}"
