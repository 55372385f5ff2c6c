"""Money in a donor report: the agreement currency of each project and the one conversion into
it. Every record keeps its own currency, rate and US$ value; an amount is shown in the agreement
currency as recorded when the currencies agree, and otherwise through its recorded US$ value at
the agreement's rate: the table's rate in force on the period's end when the table has one (the
rate a donor can look up), else the rate the partner's funding lines were recorded at.

The same period-end rate values the agreement-currency totals in US$ when a donor asks for it:
the difference from their US$ value at the recorded rates is the exchange gain or loss."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from tracker.domain.money import USD
from tracker.domain.rates import ExchangeRate, RateTable
from tracker.store.donor_queries import FundingLine

CENT = Decimal("0.01")
SIGNIFICANT_VARIANCE = Decimal("0.10")
"""A variance of more than 10 % of the budget line (either way) is explained in the statement."""


def cents(value: int | None) -> Decimal | None:
    return None if value is None else Decimal(int(value)).scaleb(-2)


@dataclass(frozen=True)
class Agreement:
    """What the partner's funding lines for one project say: the currency they are in, the US$
    value of one unit of it at their recorded rates, their reference numbers and their total."""

    currency: str
    usd_rate: Decimal  # US$ for one unit of `currency`, as the partner's funding lines were recorded
    references: tuple[str, ...]
    amount: Decimal  # the partner's funding in `currency`
    usd: Decimal
    other_currencies: tuple[str, ...] = field(default=())  # the partner's lines in another currency
    recorded_rate: Decimal = Decimal(1)  # US$ for one unit, as the partner's funding lines were recorded
    # The table's rate of `currency` in force on the period's end (then `usd_rate` is its value);
    # None when the table has none, or for US$.
    period_end_rate: ExchangeRate | None = None

    @property
    def from_table(self) -> bool:
        return self.period_end_rate is not None


def agreement_of(lines: Iterable[FundingLine], partner_code: str, rates: RateTable | None = None,
                 period_end: dt.date | None = None) -> Agreement:
    """The agreement of `partner_code` on one project, from that project's funding lines: its
    currency is the one most of the partner's money (in US$) came in; its rate the one in force on
    `period_end` in `rates`, or, when they have none, the one those lines were recorded at (their
    US$ value over their amount)."""
    amount: dict[str, int] = defaultdict(int)
    usd: dict[str, int] = defaultdict(int)
    references: list[str] = []
    for line in lines:
        if line.partner_code != partner_code:
            continue
        amount[line.currency] += line.amount_cents
        usd[line.currency] += line.usd_cents
        reference = (line.agreement_reference or "").strip()
        if reference and reference not in references:
            references.append(reference)
    if not usd:
        return Agreement(USD, Decimal(1), (), Decimal(0), Decimal(0))
    currency = max(usd, key=lambda c: (usd[c], c == USD))
    recorded = Decimal(1) if currency == USD or not amount[currency] else Decimal(usd[currency]) / Decimal(amount[currency])
    in_table = period_end_rate(rates, currency, period_end)
    rate = in_table.usd_per_unit if in_table else recorded
    others = tuple(sorted(c for c in usd if c != currency))
    total_usd = sum(usd.values())
    total = sum((to_agreement(Decimal(amount[c]).scaleb(-2), c, Decimal(usd[c]).scaleb(-2), currency, rate) for c in usd),
                Decimal(0))
    return Agreement(currency, rate, tuple(references), total, Decimal(total_usd).scaleb(-2), others, recorded, in_table)


def period_end_rate(rates: RateTable | None, currency: str, period_end: dt.date | None) -> ExchangeRate | None:
    """The table's rate of `currency` in force on `period_end`; None for US$ (it needs none) or
    when the table has none."""
    if rates is None or period_end is None or currency == USD:
        return None
    return rates.rate_record_on(currency, period_end)


def at_rate(amount: Decimal, usd_per_unit: Decimal) -> Decimal:
    """`amount` in US$ at `usd_per_unit`, to the cent: what the statement's ROUND(amount*rate, 2) gives."""
    return (amount * usd_per_unit).quantize(CENT, rounding=ROUND_HALF_UP)


def rate_literal(usd_per_unit: Decimal) -> str:
    """A rate as a number in a formula: plain digits, never an exponent."""
    return format(usd_per_unit.normalize(), "f")


def to_agreement(amount: Decimal, currency: str, usd: Decimal, agreement_currency: str, agreement_rate: Decimal) -> Decimal:
    """`amount` in `currency`, whose US$ value at its recorded rate is `usd`, in the agreement
    currency: as it is when the currencies agree, else its US$ value at the agreement's rate, to
    the cent."""
    if currency == agreement_currency:
        return amount
    if agreement_currency == USD:
        return usd
    return (usd / agreement_rate).quantize(CENT, rounding=ROUND_HALF_UP)


def rate_text(rate: Decimal) -> str:
    """A rate as it is written in a text: at least two decimals, at most six, no trailing zeros."""
    from tracker.reports.base import number_text

    exact = rate.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP).normalize()
    places = max(2, -int(exact.as_tuple().exponent)) if exact.as_tuple().exponent < 0 else 2  # type: ignore[operator]
    return number_text(exact, places)


def full_rate_text(rate: Decimal) -> str:
    """A rate from the table as it is stored (every digit the formulas use), at least two decimals."""
    from tracker.reports.base import number_text

    exact = rate.normalize()
    exponent = int(exact.as_tuple().exponent)  # type: ignore[arg-type]
    return number_text(exact, max(2, -exponent))
