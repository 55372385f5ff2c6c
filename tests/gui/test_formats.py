"""What the app shows, the user can type back: Formats (display) and parse_number (typing) agree
in every locale the offices use."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from tracker.domain.numbers import parse_number
from tracker.gui.formats import Formats, read_user_number, show_user_number, user_number_style

LOCALES = ["fr_FR", "es_ES", "en_US", "de_DE", "de_CH", "pt_BR", "en_IN"]
CENTS = [0, 1, 99, 100, 108, 45_000_00, 500_000_00, 1_319_700_000, 123_456_789, -50_000_000, 99_999_999_999_999]
RATES = [Decimal(text) for text in ("1", "1.08", "1.0825", "0.921", "0.0017", "1085", "12.5")]


@pytest.fixture
def app_locale():
    """Set the app's locale (QLocale()) for one test, and put it back."""
    before = QLocale()

    def use(name: str) -> QLocale:
        QLocale.setDefault(QLocale(name))
        return QLocale()

    yield use
    QLocale.setDefault(before)


@pytest.mark.parametrize("name", LOCALES)
def test_money_shown_reads_back_as_the_same_amount(name):
    locale = QLocale(name)
    formats, style = Formats(locale), user_number_style(locale)
    for cents in CENTS:
        shown = formats.money(cents)
        assert parse_number(shown, style) == Decimal(cents).scaleb(-2), (name, shown)
    assert formats.money_column(CENTS) == [formats.money(cents) for cents in CENTS]


@pytest.mark.parametrize("name", LOCALES)
def test_rates_shown_by_qt_and_by_the_app_read_back(name):
    locale = QLocale(name)
    style = user_number_style(locale)
    for rate in RATES:
        assert parse_number(locale.toString(float(rate), "f", 4), style) == rate.quantize(Decimal("0.0001"))
    for tenths in (825, 1000, -5):
        assert parse_number(Formats(locale).tenths(tenths), style) == Decimal(tenths).scaleb(-1)


def test_the_style_is_the_app_locale(app_locale):
    app_locale("fr_FR")
    assert (user_number_style().decimal, user_number_style().group) == (",", "\u202f")
    assert read_user_number("1,08", "US$ rate") == Decimal("1.08")
    assert show_user_number(Decimal("1.08"), None) == "1,08"
    assert show_user_number(Decimal("13197000")) == "13\u202f197\u202f000,00"
    assert read_user_number(show_user_number(Decimal("13197000")), "budget") == Decimal("13197000")
    app_locale("es_ES")
    assert read_user_number("500.000,00", "budget") == Decimal("500000")
    with pytest.raises(ValueError, match="ambiguous"):
        read_user_number("1.234", "budget")


def test_the_c_locale_reads_as_english(app_locale):
    app_locale("C")
    assert user_number_style().locale == "en_US"
    with pytest.raises(ValueError) as refused:
        read_user_number("1,08", "US$ rate")
    assert "it could be 1.08 or 108" in str(refused.value)
    assert read_user_number("1,234.5", "budget") == Decimal("1234.5")


def test_the_record_tables_show_and_read_amounts_and_rates_the_user_way(app_locale):
    from tracker.gui.editor.records import Column

    app_locale("fr_FR")
    amount, rate = Column("Amount", "amount", kind="money"), Column("US$ rate", "usd_rate", kind="decimal")
    assert amount.show(Decimal("45000")) == "45\u202f000,00"
    assert amount.parse("45\u202f000,00") == amount.parse("45 000") == Decimal("45000")
    assert rate.show(Decimal("1.08")) == "1,08" and rate.parse("1,08") == Decimal("1.08")
    with pytest.raises(ValueError, match="^US\\$ rate '1.08' is ambiguous"):
        rate.parse("1.08")
    app_locale("en_US")
    assert amount.show(Decimal("45000")) == "45,000.00" and amount.parse("45,000.00") == Decimal("45000")
    with pytest.raises(ValueError, match="it could be 1.08 or 108"):
        rate.parse("1,08")


@pytest.mark.parametrize("name", ["ar_EG", "fa_IR", "bn_BD"])
def test_numbers_shown_in_other_digits_read_back(name):
    locale = QLocale(name)
    formats, style = Formats(locale), user_number_style(locale)
    for cents in CENTS:
        shown = formats.money(cents)
        assert parse_number(shown, style) == Decimal(cents).scaleb(-2), (name, shown)
    assert parse_number(locale.toString(1.0825, "f", 4), style) == Decimal("1.0825")
