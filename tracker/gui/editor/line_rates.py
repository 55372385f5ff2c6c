"""The US$ rate a line gets from the table of exchange rates: the rate in force on the line's
date (tracker.domain.rates.rate_date says which date: the same rule as the imports'). Read from
the store one currency at a time, when a line is added or its currency or date changes: a rate
imported while the editor is open counts at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from tracker.domain.money import USD
from tracker.domain.rates import RateTable


def table_rate(currency: str, day: date) -> tuple[Decimal | None, bool]:
    """The US$ value of one unit of `currency` in force on `day` (1 for US$; None when no rate
    applies), and whether the table holds any rate of `currency` at all."""
    if currency == USD:
        return Decimal(1), True
    from tracker.store.rates import list_rates

    table = RateTable(list_rates(currency))
    return table.rate_on(currency, day), bool(table)


def no_rate_in_force(currency: str, day: date) -> str:
    """Why a line's or the project's rate stays empty: the sentence of
    tracker.domain.rates.missing_rate, with the app's way of adding a rate."""
    # Short enough for the editor's status bar at 1024 pixels, in French and Spanish too.
    return QCoreApplication.translate(
        "LineRates", "no US$ rate for {currency} on {day}: import that month's rates (Tools > Exchange Rates) or type the "
                     "rate").format(currency=currency, day=day.isoformat())
