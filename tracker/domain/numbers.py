"""Numbers as people type them: the decimal separator and grouping of the user's locale.

Two readers, for two kinds of text:
- `parse_number` (here) reads what a person types into the app or on the command line, in the
  writing of their locale: "1,08" is 1.08 under French or Spanish settings, "1.08" under English
  ones. An entry that could be read two ways ("1,08" under English settings: 1.08, or 108 with
  the comma dropped) is refused with a sentence giving both readings, never guessed.
- `tracker.domain.money.parse_decimal` reads machine text (files, JSON, workbook cells, field
  packages), which is written the same way everywhere: a decimal point, commas only as grouping.

The symbols come from CLDR through Babel (never a hand table), so that what `format_number`
shows is exactly what `parse_number` reads back."""

from __future__ import annotations

import contextvars
import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from tracker.domain import i18n
from tracker.domain.errors import DomainError, OutOfRange
from tracker.domain.i18n import translate
from tracker.domain.money import MAX_AMOUNT, checked_number

DEFAULT_LOCALE = "en_US"
# Every kind of space is grouping, whatever the locale: French writes a narrow no-break space,
# people type a plain one, and text copied from a document often holds a no-break space.
_SPACES = " \u00a0\u202f\u2009\u2007"
_APOSTROPHES = "'\u2019"  # Swiss German groups with a typographic apostrophe; people type the plain one
_MINUS_SIGNS = "-\u2212"  # CLDR's minus for some locales is U+2212
_SEPARATORS = ",." + _APOSTROPHES
_NUMBER_TEXT = re.compile(r"(?P<sign>[+-]?)(?P<body>[0-9,.' \u2019]*)(?:[eE](?P<exponent>[+-]?[0-9]+))?")
_NOT_FINITE = re.compile(r"[+-]?(s?nan|inf|infinity)", re.IGNORECASE)


class AmbiguousNumber(DomainError, ValueError):
    """A number that reads two ways in the user's writing ("1,08" under English settings): a
    well-formed entry refused so that it is never guessed (the command line exits 1, as for a
    value out of range, not 2 as for bad syntax)."""


@dataclass(frozen=True)
class NumberStyle:
    """How one locale writes numbers."""

    locale: str  # e.g. "fr_FR", "en_US", "es_ES"
    decimal: str  # "," or "."
    group: str  # "\u202f", ",", "." ...
    # Digits in the group next to the decimal separator, then in the groups before it (India
    # groups 12,34,567); from the locale's CLDR decimal pattern.
    grouping: tuple[int, int] = (3, 3)


def _locale_name_from_environment(language: str | None = None) -> str | None:
    """The locale numbers are written in: the environment's (POSIX precedence: LC_ALL overrides
    LC_NUMERIC, which overrides LANG) unless the user chose another language (--lang, the app's
    preference), whose usual locale then applies (tracker.domain.i18n.user_locale_name)."""
    value = None
    for variable in ("LC_ALL", "LC_NUMERIC", "LANG"):
        value = os.environ.get(variable, "").strip() or None
        if value:
            break
    language = language or i18n.current_language()
    environment_language = i18n.normalise_language(value)
    if environment_language == language or not i18n.language_chosen():
        return value
    return i18n.user_locale_name(language)


def number_style(locale_name: str | None = None, *, language: str | None = None) -> NumberStyle:
    """The NumberStyle of a locale name ("fr_FR", "fr-FR", "fr_FR.UTF-8", "es"); None: from the
    environment (LC_ALL, LC_NUMERIC, LANG) and the current language (`language`, when the caller
    knows it already). The C/POSIX locale, an empty or an unknown name writes as en_US does."""
    if locale_name is None and language is None:
        pinned = _pinned_style.get()
        if pinned is not None and pinned[0] == i18n.current_language():
            return pinned[1]
    name = _locale_name_from_environment(language) if locale_name is None else locale_name
    return _style_of((name or "").split(".")[0].split("@")[0].strip().replace("-", "_"))


# (language, style) of a stored_texts block, in this thread or task: number_style() answers it without
# reading the environment again (re-planning a whole portfolio spent a third of its time there).
_pinned_style: contextvars.ContextVar[tuple[str, NumberStyle] | None] = contextvars.ContextVar("pinned_number_style", default=None)


@contextmanager
def stored_texts() -> Iterator[NumberStyle]:
    """Within the block, texts are written as the database keeps them (an evaluation's reason, a
    plan's change): in the stored language, with that language's usual number style whatever the
    writer's locale. Otherwise an officer whose computer writes numbers the French way would store
    "US$ 5 000 000,00" inside an English sentence, and every plan saved elsewhere would look
    computed from other texts (tracker.store.plan_fingerprints)."""
    with i18n.using_language(i18n.STORED_LANGUAGE) as language:
        style = _style_of(i18n.DEFAULT_LOCALES[language])
        token = _pinned_style.set((language, style))
        try:
            yield style
        finally:
            _pinned_style.reset(token)


@lru_cache(maxsize=64)
def _style_of(name: str) -> NumberStyle:
    if name in ("", "C", "POSIX"):
        name = DEFAULT_LOCALE
    try:
        locale = Locale.parse(name)
    except (UnknownLocaleError, ValueError, TypeError):
        locale = Locale.parse(DEFAULT_LOCALE)
    pattern = locale.decimal_formats.get(None)
    primary, secondary = pattern.grouping if pattern is not None else (3, 3)
    if not (0 < primary < 10 and 0 < secondary < 10):  # a pattern without grouping gives 1000
        primary = secondary = 3
    return NumberStyle(locale=str(locale), decimal=get_decimal_symbol(locale),
                       group=get_group_symbol(locale), grouping=(primary, secondary))


def _symbol_name(symbol: str) -> str:
    if symbol == ",":
        return translate("Number", "a comma")
    if symbol == ".":
        return translate("Number", "a point")
    if symbol in _SPACES:
        return translate("Number", "a space")
    if symbol in _APOSTROPHES:
        return translate("Number", "an apostrophe")
    return f"'{symbol}'"


def _not_a_number(text: str, what: str) -> str:
    return translate("Number", "{what} '{text}' is not a number").format(what=what, text=text)


def _plain(value: Decimal, style: NumberStyle) -> str:
    """A value written without grouping in the locale's style: it reads back one way only."""
    return format_number(value, style, None, grouped=False)


def _example(style: NumberStyle) -> str:
    return format_number(Decimal("1234567.89"), style)


def _badly_grouped(text: str, style: NumberStyle, what: str) -> ValueError:
    group = _symbol_name(" ") if style.group in _SPACES else _symbol_name(style.group)
    return ValueError(translate("Number", "{what} '{text}' is not a number as written: use {decimal} for decimals and "
                                          "{group} only between groups of digits ({example})").format(
        what=what, text=text, decimal=_symbol_name(style.decimal), group=group, example=_example(style)))


def _readings(separator: str, digits: str, sign: str) -> tuple[Decimal, Decimal]:
    """A text with one separator read both ways: as a decimal, and as a whole number."""
    whole, _, fraction = digits.partition(separator)
    return Decimal(f"{sign}{whole or '0'}.{fraction or '0'}"), Decimal(sign + whole + fraction)


def _ambiguous(text: str, readings: tuple[Decimal, Decimal], style: NumberStyle, what: str) -> AmbiguousNumber:
    """Both readings are given, each written so that it reads one way only."""
    first, second = (_plain(reading.normalize(), style) for reading in readings)  # 350.000 reads as 350
    return AmbiguousNumber(translate("Number", "{what} '{text}' is ambiguous: it could be {first} or {second} (here "
                                               "{decimal} marks decimals); write {first} for the first or {second} for "
                                               "the second").format(
        what=what, text=text, first=first, second=second, decimal=_symbol_name(style.decimal)))


def _is_grouping(digits: str, separator: str, style: NumberStyle) -> bool:
    """Whether one comma reads as grouping only: the locale groups with a comma and it sits
    between groups of three (350,000 under English settings), after no leading zero (0,921 is
    a decimal written the French way)."""
    whole, _, rest = digits.partition(separator)
    return (separator == "," == style.group and len(rest) == style.grouping[0] and rest.isdigit()
            and 0 < len(whole) <= style.grouping[1] and whole.isdigit() and not whole.startswith("0"))


def _whole_digits(integer: str, text: str, style: NumberStyle, what: str) -> str:
    """The digits of the part before the decimal separator, its grouping checked: a separator
    out of place (12,34 under English settings) is a typing slip, never silently dropped."""
    groups = re.split(r"[,. '\u2019]", integer)
    if len(groups) == 1:
        return integer
    primary, secondary = style.grouping
    first, *middle, last = groups
    allowed_sizes = {primary, secondary}
    if (not first or first.startswith("0") or len(first) > max(allowed_sizes) or len(last) != primary
            or any(len(group) != secondary for group in middle)):
        raise _badly_grouped(text, style, what)
    return "".join(groups)


def _in_latin_writing(text: str, style: NumberStyle) -> tuple[str, NumberStyle]:
    """The text with Latin digits, and a style whose separators are among those read below:
    Arabic settings write 1٬234٫5 with Arabic-Indic digits, as Qt shows numbers there."""
    text = "".join(ch if ch.isascii() or unicodedata.decimal(ch, None) is None else str(unicodedata.decimal(ch))
                   for ch in text if unicodedata.category(ch) != "Cf")  # no direction marks (U+200E...)
    if style.decimal not in ",.":
        text, style = text.replace(style.decimal, "."), replace(style, decimal=".")
    if style.group not in ",." + _APOSTROPHES + _SPACES:
        text, style = text.replace(style.group, " "), replace(style, group=" ")
    return text, style


def _read(text: str, shown_style: NumberStyle, what: str) -> Decimal:
    cleaned, style = _in_latin_writing(text.strip(), shown_style)
    if not cleaned:
        raise ValueError(translate("Number", "{what} is empty").format(what=what))
    for minus in _MINUS_SIGNS[1:]:
        cleaned = cleaned.replace(minus, "-")
    if _NOT_FINITE.fullmatch(cleaned):
        raise ValueError(translate("Number", "{what} '{text}' is not a finite number").format(what=what, text=text))
    # Runs of any kind of space become one space: spaces group digits in every locale.
    cleaned = re.sub(f"[{_SPACES}]+", " ", cleaned)
    cleaned = re.sub(r"^([+-]) ", r"\1", cleaned)  # "- 500" is -500
    match = _NUMBER_TEXT.fullmatch(cleaned)
    if match is None or not any(ch.isdigit() for ch in match["body"]):
        raise ValueError(_not_a_number(text, what))
    body = match["body"].strip()
    if " " in body and body.replace(" ", "") == "":
        raise ValueError(_not_a_number(text, what))
    marks = [ch for ch in body if ch in _SEPARATORS]
    kinds = list(dict.fromkeys(marks))  # in order of first appearance
    decimal: str | None = None
    if len(kinds) > 2:
        raise _badly_grouped(text, style, what)
    if len(kinds) == 2:
        # Both a comma and a point (1.234.567,89, or 1,234.5 written the English way): the
        # last one is the decimal separator, and must come once, after all the grouping.
        decimal = marks[-1]
        if decimal in _APOSTROPHES or marks.count(decimal) != 1:
            raise _badly_grouped(text, style, what)
    elif len(kinds) == 1:
        mark = kinds[0]
        if mark == style.decimal and marks.count(mark) == 1:
            decimal = mark
        elif marks.count(mark) == 1 and mark not in _APOSTROPHES and not _is_grouping(body, mark, style):
            # "1,08" under English settings, "1.08" under French ones, "1.234" under Spanish
            # ones: a decimal written the other way, or grouping. Refused, never guessed, unless
            # both readings are the same number ("1." under French settings). A lone point is
            # read both ways whatever the locale, since machine-written numbers (spreadsheets,
            # exchange-rate tables) use it as the decimal separator; a comma between groups of
            # three is grouping to anyone writing the English way (see _is_grouping).
            readings = _readings(mark, body.replace(" ", ""), match["sign"])
            if readings[0] != readings[1]:
                raise _ambiguous(text, readings, shown_style, what)
            decimal = mark
        # Otherwise repeated (1.234.567) or an apostrophe: grouping, checked below.
    integer, _, fraction = body.partition(decimal) if decimal else (body, "", "")
    if fraction and not fraction.isdigit():
        raise _badly_grouped(text, style, what)
    digits = _whole_digits(integer.strip(), text, style, what) if integer.strip() else ""
    if not digits and not fraction:
        raise ValueError(_not_a_number(text, what))
    try:
        value = Decimal(f"{match['sign']}{digits or '0'}.{fraction or '0'}") if decimal else Decimal(match["sign"] + digits)
        if match["exponent"]:
            exponent = int(match["exponent"])
            if abs(exponent) > 1000:  # far beyond any limit: refuse before building the number
                raise OutOfRange(translate("Number", "{what} '{text}' is too large: tracker keeps numbers below {limit}").format(
                    what=what, text=text, limit=format_number(MAX_AMOUNT, shown_style, 0)))
            value = value.scaleb(exponent)
    except InvalidOperation:
        raise ValueError(_not_a_number(text, what)) from None
    return value


def parse_number(text: str | int | Decimal, style: NumberStyle, what: str | None = None) -> Decimal:
    """Read a number a person typed, in the writing of `style`'s locale: its decimal separator,
    its grouping, any kind of space as grouping. An entry that reads two ways is refused
    (AmbiguousNumber, a ValueError) with one sentence giving both readings and how to write each; the size limits
    and messages are those of money.parse_decimal. `what` names the field in the user's words.
    Decimals and ints (already numbers) pass through the same checks."""
    what = translate("Number", "amount") if what is None else what
    return checked_number(text, what, lambda typed, name: _read(typed, style, name), format_number(MAX_AMOUNT, style, 0))


def _group(digits: str, style: NumberStyle) -> str:
    primary, secondary = style.grouping
    if len(digits) <= primary:
        return digits
    groups = [digits[-primary:]]
    rest = digits[:-primary]
    while rest:
        groups.append(rest[-secondary:])
        rest = rest[:-secondary]
    return style.group.join(reversed(groups))


_CENT = Decimal("0.01")


def format_number(value: Decimal, style: NumberStyle, places: int | None = 2, *, grouped: bool = True) -> str:
    """`value` in the locale's writing (fr_FR: "1 234 567,89" with CLDR's narrow no-break space),
    rounded half-up to `places` decimals; None: as many places as the value has. What this
    writes, parse_number reads back to the same value."""
    if places == 2 and grouped and style.grouping == (3, 3) and value.is_finite() and -20 < value.adjusted() < 20:
        # The usual case (amounts in sentences and tables), a few times faster: two places, groups
        # of three, within the default context's precision. The same text as below.
        rounded = value.quantize(_CENT, rounding=ROUND_HALF_UP)
        integer, _, fraction = format(abs(rounded), "f").partition(".")
        text = _group(integer, style) + style.decimal + fraction
        return ("-" if rounded.is_signed() and rounded != 0 else "") + text
    with localcontext() as context:
        context.prec = max(60, len(value.as_tuple().digits) + 10) if value.is_finite() else 60
        if places is not None and value.is_finite():
            value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        written = format(abs(value), "f")
    integer, _, fraction = written.partition(".")
    text = _group(integer, style) if grouped else integer
    if not fraction and text.count(".") == 1:
        # "45.000" under Spanish settings reads two ways (see parse_number): a whole number
        # with one point of grouping is shown without it, so what is shown reads back.
        text = integer
    if fraction:
        text += style.decimal + fraction
    return ("-" if value.is_signed() and value != 0 else "") + text
