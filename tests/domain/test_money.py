from decimal import Decimal

import pytest

from tracker.domain.money import Money, from_cents, parse_decimal, to_cents


def test_typed_amounts_with_thousands_separators_are_exact():
    assert parse_decimal("350,000.01") == Decimal("350000.01")
    assert parse_decimal(" 1 200 ") == Decimal("1200")


@pytest.mark.parametrize("bad", ["", "abc", "1.2.3", "NaN", "Infinity"])
def test_non_numbers_are_refused_with_the_input_named(bad):
    with pytest.raises(ValueError):
        parse_decimal(bad)


def test_floats_are_refused():
    with pytest.raises(ValueError, match="not float"):
        parse_decimal(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(0.1, "USD")  # type: ignore[arg-type]


def test_conversion_to_usd_rounds_once_to_the_cent():
    assert Money(Decimal("324074.07"), "EUR").in_usd(Decimal("1.08")) == Decimal("350000.00")
    assert Money(Decimal("100.005"), "USD").in_usd(Decimal(1)) == Decimal("100.01")


def test_cents_round_trip():
    assert to_cents(Decimal("16200067.25")) == 1620006725
    assert from_cents(1620006725) == Decimal("16200067.25")
    assert to_cents(Decimal("-0.10")) == -10


def test_unknown_currency_is_refused():
    with pytest.raises(ValueError, match="XYZ"):
        Money(Decimal(1), "XYZ")


@pytest.mark.parametrize("typed, how", [("1,08", "write 1.08 for a decimal, or 108 for a whole number"),
                                         ("13197000,00", "write 13197000.00 for a decimal"),
                                         ("1,2345", "write 1.2345 for a decimal, or 12345 for a whole number"),
                                         ("12,34,567", "use a point for decimals")])
def test_a_decimal_comma_is_refused_as_ambiguous_never_dropped(typed, how):
    # "1,08" typed as a US$ rate once became 108 (EUR 500,000 read as US$54,000,000).
    with pytest.raises(ValueError, match="ambiguous") as refused:
        parse_decimal(typed, "rate")
    assert how in str(refused.value)


def test_commas_in_their_places_still_group_thousands():
    assert parse_decimal("1,234,567.89") == Decimal("1234567.89")
    assert parse_decimal("-12,000") == Decimal("-12000")
    assert parse_decimal("1\u202f234.5") == Decimal("1234.5")
