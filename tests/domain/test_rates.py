"""The rate in force on a date: the UN sets every currency's rate on the 1st of the month and
changes some mid-month; an amount is recorded at the rate of its date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tracker.domain.rates import ExchangeRate, RateTable, missing_rate

TABLE = RateTable([
    ExchangeRate("EUR", date(2024, 3, 1), Decimal("1.0850")),
    ExchangeRate("EUR", date(2024, 3, 15), Decimal("1.0921")),  # a mid-month change
    ExchangeRate("EUR", date(2024, 4, 1), Decimal("1.0790")),
    ExchangeRate("XOF", date(2024, 3, 1), Decimal("0.001654")),
])


def test_the_rate_set_on_the_first_applies_from_that_day():
    assert TABLE.rate_on("EUR", date(2024, 3, 1)) == Decimal("1.0850")
    assert TABLE.rate_on("EUR", date(2024, 3, 14)) == Decimal("1.0850")


def test_a_mid_month_rate_applies_from_its_day_until_the_next_rate():
    assert TABLE.rate_on("EUR", date(2024, 3, 15)) == Decimal("1.0921")
    assert TABLE.rate_on("EUR", date(2024, 3, 31)) == Decimal("1.0921")
    assert TABLE.rate_on("EUR", date(2024, 4, 1)) == Decimal("1.0790")
    assert TABLE.rate_on("EUR", date(2030, 1, 1)) == Decimal("1.0790")  # the latest until a newer one is imported


def test_before_any_rate_there_is_none_and_the_sentence_says_how_to_add_one():
    assert TABLE.rate_on("EUR", date(2024, 2, 29)) is None
    assert TABLE.rate_on("GBP", date(2024, 3, 1)) is None
    sentence = missing_rate("GBP", date(2024, 3, 1))
    assert "GBP" in sentence and "2024-03-01" in sentence and "tracker rates import" in sentence and "--rate GBP=" in sentence


def test_the_us_dollar_is_always_one():
    assert RateTable().rate_on("USD", date(1990, 1, 1)) == 1


def test_a_rate_names_what_is_wrong_with_it():
    assert [p.field for p in ExchangeRate("EUR", date(2024, 1, 1), Decimal(0)).problems()] == ["usd_per_unit"]
    assert [p.field for p in ExchangeRate("XYZ", date(2024, 1, 1), Decimal(1)).problems()] == ["currency"]
    assert "needs no rate" in ExchangeRate("USD", date(2024, 1, 1), Decimal(1)).problems()[0].message
