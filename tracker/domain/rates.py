"""Exchange rates by date: the US$ value of one unit of a currency from the day it applies.

The UN Treasury sets operational rates of exchange once a month (every currency on the 1st, the
ones that moved again mid-month), and UN organisations record an amount at the rate in force on
its date. A rate table holds such rates, from whatever source the user imported; `rate_on` gives
the one in force on a day: the latest that starts on or before it. A record keeps the rate it was
saved with, so a later change to the table never moves a figure already recorded."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from tracker.domain.codelists import is_currency
from tracker.domain.errors import FieldProblem
from tracker.domain.i18n import translate
from tracker.domain.money import USD, check_rate, not_a_currency
from tracker.domain.project import BudgetRevision, Expenditure, Funding, Project, new_uuid

# Where rates come from when the user does not name a source: the UN's monthly list.
UN_OPERATIONAL_RATES = "UN operational rates of exchange"


@dataclass
class ExchangeRate:
    """One currency's US$ value from `valid_from` until the next rate of the same currency."""

    currency: str
    valid_from: date
    usd_per_unit: Decimal
    source: str = UN_OPERATIONAL_RATES
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    def problems(self) -> list[FieldProblem]:
        found = []
        if not is_currency(self.currency or ""):
            found.append(FieldProblem("currency", not_a_currency(self.currency)))
        elif self.currency == USD:
            found.append(FieldProblem("currency", translate("Rates", "the US$ is worth one US$ on every day: it needs no rate")))
        else:
            problem = check_rate(self.currency, self.usd_per_unit)
            if problem:
                found.append(FieldProblem("usd_per_unit", problem))
        # Imported here: the descriptions in tracker.domain.records refer to this module's class.
        from tracker.domain.records import text_problems

        return found + text_problems("exchange_rate", self, found)


def missing_rate(currency: str, day: date | None) -> str:
    """The sentence for an amount that needs a rate the table does not have."""
    if day is None:
        return translate("Rates", "no US$ rate for {currency}: the amount has no date to look one up; give its rate with "
                                  "--rate {currency}=US$ VALUE").format(currency=currency)
    return translate("Rates", "no US$ rate for {currency} on {day}: import that month's UN operational rates (tracker rates "
                              "import FILE, or Tools > Exchange Rates in the app), or give one with --rate {currency}=US$ "
                              "VALUE").format(currency=currency, day=day.isoformat())


class RateTable:
    """The rates of every currency, looked up by date. USD is always 1."""

    def __init__(self, rates: Iterable[ExchangeRate] = ()) -> None:
        by_currency: dict[str, list[ExchangeRate]] = {}
        for rate in rates:
            by_currency.setdefault(rate.currency, []).append(rate)
        self._rates = {cur: sorted(found, key=lambda r: r.valid_from) for cur, found in by_currency.items()}
        self._starts = {cur: [r.valid_from for r in found] for cur, found in self._rates.items()}

    def __bool__(self) -> bool:
        return bool(self._rates)

    def currencies(self) -> list[str]:
        return sorted(self._rates)

    def rate_record_on(self, currency: str, day: date) -> ExchangeRate | None:
        """The rate of `currency` in force on `day`, or None before its first rate."""
        starts = self._starts.get(currency)
        if not starts:
            return None
        index = bisect.bisect_right(starts, day) - 1
        return self._rates[currency][index] if index >= 0 else None

    def rate_on(self, currency: str, day: date) -> Decimal | None:
        """The US$ value of one unit of `currency` on `day`; 1 for US$; None when none applies."""
        if currency == USD:
            return Decimal(1)
        found = self.rate_record_on(currency, day)
        return found.usd_per_unit if found else None

    def all(self) -> list[ExchangeRate]:
        return [r for cur in sorted(self._rates) for r in self._rates[cur]]


# ------------------------------------------------------------------ the date a record's rate is taken on

# An expenditure line of a whole year (no month) is converted at the rate of mid-year.
MID_YEAR_MONTH = 7


def expenditure_rate_date(year: int, month: int | None) -> date | None:
    """The day an expenditure line's rate is taken on: the 1st of its month, 1 July of its year
    when it has no month; None when the year or month is not one."""
    try:
        return date(year, month or MID_YEAR_MONTH, 1)
    except (TypeError, ValueError, OverflowError):
        return None


def rate_date(record: Funding | Expenditure | BudgetRevision | Project) -> date | None:
    """The day whose rate in force converts `record`'s amount, the same rule for the editor and
    the imports: a funding line's approval date, an expenditure line's month (above), a budget
    revision's date, a project's planned start (its budget); None when it has no such day yet."""
    if isinstance(record, Funding):
        return record.approved_on
    if isinstance(record, Expenditure):
        return expenditure_rate_date(record.year, record.month)
    if isinstance(record, BudgetRevision):
        return record.revised_on
    return record.planned_start
