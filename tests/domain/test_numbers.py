"""Numbers as people type them, in the writing of their locale (tracker.domain.numbers)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest

from tracker.domain.errors import OutOfRange
from tracker.domain.numbers import NumberStyle, format_number, number_style, parse_number

FR = number_style("fr_FR")
ES = number_style("es_ES")
EN = number_style("en_US")


def test_styles_come_from_cldr():
    assert (FR.decimal, FR.group) == (",", "\u202f")
    assert (ES.decimal, ES.group) == (",", ".")
    assert (EN.decimal, EN.group) == (".", ",")
    assert number_style("fr-FR") == FR and number_style("fr_FR.UTF-8") == FR and number_style("fr_FR.UTF-8@euro") == FR


@pytest.mark.parametrize("name", ["C", "POSIX", "C.UTF-8", "", "xx_YY", "not a locale"])
def test_c_posix_and_unknown_locales_write_as_en_us(name):
    assert number_style(name) == EN


@pytest.mark.parametrize(("variables", "expected"), [
    ({"LANG": "fr_FR.UTF-8"}, "fr_FR"),
    ({"LANG": "en_US.UTF-8", "LC_NUMERIC": "es_ES.UTF-8"}, "es_ES"),
    ({"LANG": "es_ES.UTF-8", "LC_NUMERIC": "es_ES.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr_FR"),
    ({"LANG": "C"}, "en_US"),
    ({}, "en_US"),
])
def test_the_environment_chooses_the_style_in_posix_order(monkeypatch, variables, expected):
    for variable in ("LC_ALL", "LC_NUMERIC", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in variables.items():
        monkeypatch.setenv(variable, value)
    assert number_style().locale == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("1,08", "1.08"), ("1,0825", "1.0825"), ("0,921", "0.921"), ("500 000,00", "500000"),
    ("500\u202f000,00", "500000"), ("500\u00a0000,00", "500000"), ("500.000,00", "500000"),
    ("1.234.567,89", "1234567.89"), ("13 197 000,00", "13197000"), ("-1,5", "-1.5"), ("\u22121,5", "-1.5"),
    (",5", "0.5"), ("1 234", "1234"), ("1234", "1234"), ("  42  ", "42"), ("1,234", "1.234"),
    ("1,234.5", "1234.5"),  # the English way, with both marks: read one way only
])
def test_french_reads_a_decimal_comma_and_spaces_as_grouping(text, expected):
    assert parse_number(text, FR) == Decimal(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("1,08", "1.08"), ("500.000,00", "500000"), ("1.234.567,89", "1234567.89"), ("1.234.567", "1234567"),
    ("500 000,00", "500000"), ("-2,5", "-2.5"),
])
def test_spanish_reads_a_decimal_comma_and_points_between_groups(text, expected):
    assert parse_number(text, ES) == Decimal(expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("1.08", "1.08"), ("1,234.5", "1234.5"), ("350,000", "350000"), ("1,234,567.89", "1234567.89"),
    ("500 000", "500000"), ("500\u202f000.50", "500000.50"), ("-1.5", "-1.5"), ("1.234", "1.234"),
    ("1.234.567,89", "1234567.89"),
])
def test_english_reads_a_decimal_point_and_commas_between_groups(text, expected):
    assert parse_number(text, EN) == Decimal(expected)


def test_a_decimal_comma_under_english_settings_is_refused_with_both_readings():
    with pytest.raises(ValueError) as refused:
        parse_number("1,08", EN, "US$ rate")
    assert str(refused.value) == ("US$ rate '1,08' is ambiguous: it could be 1.08 or 108 (here a point marks "
                                  "decimals); write 1.08 for the first or 108 for the second")


@pytest.mark.parametrize(("style", "text", "first", "second"), [
    (EN, "1,08", "1.08", "108"),
    (EN, "0,921", "0.921", "921"),
    (EN, "500 000,00", "500000", "50000000"),
    (ES, "350.000", "350", "350000"),
    (EN, "-1,5", "-1.5", "-15"),
    (FR, "1.08", "1,08", "108"),
    (FR, "1.234", "1,234", "1234"),
    (ES, "1.234", "1,234", "1234"),
    (ES, "1.08", "1,08", "108"),
])
def test_an_entry_read_two_ways_is_refused_never_guessed(style, text, first, second):
    with pytest.raises(ValueError) as refused:
        parse_number(text, style, "rate")
    message = str(refused.value)
    assert f"rate '{text}' is ambiguous: it could be {first} or {second}" in message
    assert f"write {first} for the first or {second} for the second" in message
    # Each way the sentence suggests reads back one way, to the number it says.
    assert parse_number(first, style) != parse_number(second, style)


def test_readings_that_agree_are_not_ambiguous():
    assert parse_number("1.", FR) == 1  # 1,0 or 1: the same number


@pytest.mark.parametrize("text", ["12,34,567", "1,,2", "1 08", "1.2.3,4,5", "1,234.567.8", "0 500", "1'2"])
def test_separators_out_of_place_are_refused(text):
    with pytest.raises(ValueError, match="is not a number as written"):
        parse_number(text, EN, "budget")


def test_the_refusal_shows_the_locale_own_writing():
    with pytest.raises(ValueError) as refused:
        parse_number("12,34,567", ES, "budget")
    assert str(refused.value) == ("budget '12,34,567' is not a number as written: use a comma for decimals and a "
                                  "point only between groups of digits (1.234.567,89)")


@pytest.mark.parametrize("style", [EN, FR, ES])
def test_limits_and_messages_are_those_of_money_parse_decimal(style):
    with pytest.raises(ValueError, match="^amount is empty$"):
        parse_number("  ", style)
    with pytest.raises(ValueError, match="^amount 'abc' is not a number$"):
        parse_number("abc", style)
    with pytest.raises(ValueError, match="^amount '1_000' is not a number$"):
        parse_number("1_000", style)  # Python's Decimal would read it; a person did not mean it
    for text in ("nan", "Infinity", "-inf"):
        with pytest.raises(ValueError, match="is not a finite number"):
            parse_number(text, style)
    for text in ("1e18", "1e999999999", "1000000000000000"):
        with pytest.raises(OutOfRange, match="is too large: tracker keeps numbers below"):
            parse_number(text, style)
    assert parse_number("999999999999999", style) == Decimal("999999999999999")
    with pytest.raises(ValueError, match="not float"):
        parse_number(1.5, style)  # type: ignore[arg-type]
    assert parse_number(Decimal("1.5"), style) == Decimal("1.5") and parse_number(7, style) == 7


def test_the_size_limit_is_written_the_locale_way():
    with pytest.raises(OutOfRange) as refused:
        parse_number("1e18", FR)
    assert "1\u202f000\u202f000\u202f000\u202f000\u202f000" in str(refused.value)


def test_format_writes_the_locale_symbols():
    value = Decimal("1234567.891")
    assert format_number(value, FR) == "1\u202f234\u202f567,89"
    assert format_number(value, ES) == "1.234.567,89"
    assert format_number(value, EN) == "1,234,567.89"
    assert format_number(Decimal("1.0825"), FR, None) == "1,0825"
    assert format_number(Decimal("1E+3"), EN, None) == "1,000"
    assert format_number(Decimal("-0.005"), EN) == "-0.01"  # half-up, as accountants round
    assert format_number(Decimal("-0.001"), EN) == "0.00"  # no negative zero
    assert format_number(Decimal("12.5"), EN, 0) == "13"
    assert format_number(Decimal("1234567.89"), number_style("en_IN")) == "12,34,567.89"


VALUES = [Decimal(text) for text in (
    "0", "1", "-1", "0.5", "1.08", "1.0825", "0.921", "999", "1000", "1234.5", "45000", "500000",
    "13197000", "1234567.89", "-500000.00", "999999999999999.25", "0.0001", "100.000", "1085",
)]


@pytest.mark.parametrize("locale", ["fr_FR", "es_ES", "en_US", "de_DE", "de_CH", "en_IN", "pt_BR", "ar_EG"])
@pytest.mark.parametrize("places", [2, None, 0, 4])
def test_what_is_shown_reads_back_to_the_same_value(locale, places):
    style = number_style(locale)
    for value in VALUES:
        shown = format_number(value, style, places)
        expected = value if places is None else value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
        assert parse_number(shown, style) == expected, (locale, shown)


def test_a_style_can_be_made_by_hand():
    style = NumberStyle(locale="xx", decimal=",", group=" ")
    assert parse_number("1 234,5", style) == Decimal("1234.5")
    assert format_number(Decimal("1234.5"), style) == "1 234,50"
