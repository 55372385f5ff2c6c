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
from tracker.domain.i18n import translate

CENT = Decimal("0.01")
USD = "USD"
# The largest amount tracker keeps, in any currency: a thousand billion. Amounts are stored as
# integers of cents, and PostgreSQL's BIGINT holds 9.2e18 cents; far below that, but far above
# any project's budget, a typing slip (1e18) is refused instead of overflowing a total.
MAX_AMOUNT = Decimal("1e15")
# The largest US$ rate (the US$ value of one unit): no currency is worth a million dollars.
MAX_RATE = Decimal("1e6")


def _what(what: str | None) -> str:
    """The name of the number a message is about: "amount" (in the user's language) by default."""
    return translate("Number", "amount") if what is None else what


def _local(value: Decimal, places: int | None = 2) -> str:
    """`value` written as the user's locale writes numbers (tracker.domain.numbers imports this
    module, so it is imported when needed)."""
    from tracker.domain.numbers import format_number, number_style

    return format_number(value, number_style(), places)


def amount_size_problem(value: Decimal, what: str | None = None) -> str | None:
    """Why an amount is too large to keep, or None."""
    if value.is_finite() and value.adjusted() >= 30 or abs(value) >= MAX_AMOUNT:  # adjusted() first: abs() of 1e999999999 overflows
        shown = _local(value, None) if value.adjusted() < 30 else f"{value:E}"  # 1e999999999 would not fit in memory written out
        return translate("Number", "{what} {value} is too large: tracker keeps amounts below {limit}").format(
            what=_what(what), value=shown, limit=_local(MAX_AMOUNT, 0))
    return None


_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


def _ambiguous(text: str, cleaned: str, what: str) -> str:
    if cleaned.count(",") == 1 and "." not in cleaned:
        decimal = cleaned.replace(",", ".")
        return translate("Number", "{what} '{text}' is ambiguous: tracker reads a comma only between groups of three digits; "
                                   "write {decimal} for a decimal, or {whole} for a whole number").format(
            what=what, text=text, decimal=decimal, whole=cleaned.replace(",", ""))
    return translate("Number", "{what} '{text}' is ambiguous: use a point for decimals and commas only between groups of "
                               "three digits (1,234.56)").format(what=what, text=text)


def parse_decimal(text: str | int | Decimal, what: str | None = None) -> Decimal:
    """Read an amount written by a machine (files, JSON, workbook cells, field packages, the
    database): digits with optional thousands commas (in their places) or spaces and a decimal
    point; a comma anywhere else is refused as ambiguous, never dropped. Floats are refused
    because they have already lost exactness.

    What a person types in the app or on the command line is read in their locale's writing by
    tracker.domain.numbers.parse_number instead ("1,08" is 1.08 under French settings)."""
    # Machine text, but the sentences are the user's: the limit is written as their locale does.
    return checked_number(text, _what(what), _read_machine_text, _local(MAX_AMOUNT, 0))


def _read_machine_text(text: str, what: str) -> Decimal:
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("_", "")
    if not cleaned:
        raise ValueError(translate("Number", "{what} is empty").format(what=what))
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
        raise ValueError(translate("Number", "{what} '{text}' is not a number").format(what=what, text=text)) from None


def checked_number(text: str | int | Decimal, what: str, read: Callable[[str, str], Decimal], limit_text: str) -> Decimal:
    """The checks every number tracker takes goes through, whoever wrote it: text is read by
    `read(text, what)`; Decimals and ints pass as they are; floats are refused (they have lost
    exactness already), and so are infinities and numbers of MAX_AMOUNT (written `limit_text`)
    or more."""
    if isinstance(text, bool) or isinstance(text, float):
        raise ValueError(translate("Number", "{what} must be given as text or Decimal, not {type}").format(
            what=what, type=type(text).__name__))
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int):
        value = Decimal(text)
    else:
        value = read(text, what)
    if not value.is_finite():
        raise ValueError(translate("Number", "{what} '{text}' is not a finite number").format(what=what, text=text))
    if value.adjusted() >= 30 or abs(value) >= MAX_AMOUNT:  # adjusted() first: abs() of 1e999999999 overflows
        raise OutOfRange(translate("Number", "{what} '{text}' is too large: tracker keeps numbers below {limit}").format(
            what=what, text=text, limit=limit_text))
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
            raise ValueError(not_a_currency(self.currency))

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
        """"EUR 1,234.50", the amount as the user's locale writes it ("EUR 1 234,50")."""
        return f"{self.currency} {_local(self.amount)}"


def check_rate(currency: str, usd_rate: Decimal | None) -> str | None:
    """Why a recorded US$ rate is unusable, or None when it is fine."""
    if currency == USD:
        if usd_rate is not None and usd_rate != 1:
            return translate("Money", "the US$ rate of a US$ amount must be 1")
        return None
    if usd_rate is None:
        return translate("Money", "a US$ rate is required for an amount in {currency}").format(currency=currency)
    if not usd_rate.is_finite() or usd_rate <= 0:
        return translate("Money", "the US$ rate must be greater than zero")
    if usd_rate >= MAX_RATE:
        return translate("Money", "the US$ rate {rate} is not plausible (one unit of {currency} worth {limit} US$ or more)").format(
            rate=_local(usd_rate, None), currency=currency, limit=_local(MAX_RATE, 0))
    return None


def not_a_currency(code: str) -> str:
    """Why `code` is refused as a currency."""
    return translate("Money", "'{code}' is not an ISO 4217 currency code").format(code=code)


def format_usd(amount: Decimal) -> str:
    """"US$1,234.50": machine-like, the same in every language (use usd_text in sentences)."""
    return f"US${amount:,.2f}"


def usd_text(amount: Decimal) -> str:
    """An amount of US dollars in a sentence of the user's language, as their locale writes it:
    "US$1,234.50", "1 234,50 $É.-U.", "1.234,50 US$"."""
    return translate("Money", "US${amount}").format(amount=_local(amount))
