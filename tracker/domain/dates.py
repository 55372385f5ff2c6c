"""Calendar arithmetic for project durations and evaluation due dates."""

from __future__ import annotations

from datetime import MAXYEAR, date, timedelta
from fractions import Fraction

from tracker.domain.errors import OutOfRange
from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate

# Whole-number arithmetic throughout: re-planning 100,000 projects calls these half a million
# times, and calendar.monthrange (which also works out a weekday) and Fraction arithmetic were
# most of their cost (docs/performance.md). The results are the same exact values.
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_length(year: int, month0: int) -> int:
    """Days in the month numbered `month0` from 0 (January) of `year` (Gregorian leap years)."""
    if month0 == 1 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month0]


def add_months(start: date, months: int) -> date:
    """The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 29 Feb
    in a leap year). Always computed from the original day, so 31 Jan + 2 months = 31 Mar."""
    year, month0 = divmod(start.year * 12 + start.month - 1 + months, 12)
    day = start.day
    if day > 28:
        last_day = _month_length(year, month0)
        day = min(day, last_day)
    return date(year, month0 + 1, day)


def month_parts(start: date, end: date) -> tuple[int, int, int]:
    """The duration of duration_in_months as whole numbers: (whole months, remaining days, days
    of the month that follows the last whole month), so that the duration is
    whole + remaining / month_days exactly.

    Worked out on year, month and day numbers: the anchor (start + whole months) falls in the
    month of the day after the end, or in the month before it, so no date objects are needed."""
    if end < start:
        raise ValueError(translate("Date", "the end date {end} is before the start date {start}").format(
            end=end.isoformat(), start=start.isoformat()))
    start_day = start.day
    # The day after the end, as (year, month0, day).
    year, month0, day = end.year, end.month - 1, end.day + 1
    length = _month_length(year, month0)
    if day > length:
        day = 1
        year, month0 = (year + 1, 0) if month0 == 11 else (year, month0 + 1)
        if year > MAXYEAR:
            raise OverflowError("date value out of range")  # as end + 1 day
        length = _month_length(year, month0)
    whole = (year - start.year) * 12 + (month0 + 1 - start.month)
    anchor_day = min(start_day, length)  # start + whole months, in that month
    if anchor_day <= day:
        # The anchor is in the month of the day after the end; the next one a month later.
        next_year, next_month0 = (year + 1, 0) if month0 == 11 else (year, month0 + 1)
        if next_year > MAXYEAR:
            raise ValueError(translate("Date", "year {year} is out of range").format(year=next_year))  # as date() does
        next_length = _month_length(next_year, next_month0)
        next_day = min(start_day, next_length)
        return whole, day - anchor_day, length - anchor_day + next_day
    # The anchor is in the month before; the next anchor is the one found above.
    whole -= 1
    previous_year, previous_month0 = (year - 1, 11) if month0 == 0 else (year, month0 - 1)
    previous_length = _month_length(previous_year, previous_month0)
    previous_day = min(start_day, previous_length)
    return whole, previous_length - previous_day + day, previous_length - previous_day + anchor_day


def duration_in_months(start: date, end: date) -> Fraction:
    """Exact duration of a project running from `start` to `end`, both days included.

    Decision (README, "Evaluation rules"): the end date is the project's last day, so we count
    from `start` to the day after `end`: whole calendar months, plus the remaining days as a
    fraction of the length of the month that follows the last whole month. 1 Jan 2024 to
    30 Jun 2025 is exactly 18 months; 1 Jan to 15 Jan is 15/31 of a month."""
    whole, remaining_days, month_days = month_parts(start, end)
    return Fraction(whole * month_days + remaining_days, month_days)


def midpoint(start: date, end: date) -> date:
    """The middle day of the project (rounded down to a whole day)."""
    return start + timedelta(days=(end - start).days // 2)


def anniversaries_before(start: date, end: date) -> list[date]:
    """Each 12-month anniversary of `start` that falls on or before the project's last day,
    excluding the last day itself (the final evaluation takes that date)."""
    found: list[date] = []
    year, month, day = start.year, start.month, start.day
    clamped = month == 2 and day == 29  # add_months: 29 Feb + 12 months is 28 Feb in other years
    while True:
        year += 1
        anniversary = date(year, month, 28 if clamped and _month_length(year, 1) == 28 else day)
        if anniversary >= end:
            return found
        found.append(anniversary)


def _truncated(numerator: int, denominator: int) -> int:
    """int() of numerator / denominator (towards zero), for a positive denominator."""
    return numerator // denominator if numerator >= 0 else -(-numerator // denominator)


def format_months(months: Fraction) -> str:
    """Two decimals, rounded half up, except that a duration which is not a whole number of months
    never shows as one: 17.999 shows as 17.99 and 30.001 as 30.01, so the text never reads
    "18.00 months is under 18 months"."""
    return format_month_ratio(months.numerator, months.denominator)


def format_month_ratio(numerator: int, denominator: int) -> str:
    """format_months of numerator / denominator months (denominator positive), in integers."""
    hundredths = 100 * numerator  # the duration in hundredths is hundredths / denominator
    shown = _truncated(2 * hundredths + denominator, 2 * denominator)  # half up
    if shown % 100 == 0 and hundredths != shown * denominator:
        below = _truncated(hundredths, denominator)
        shown = below if hundredths < shown * denominator else below + 1
    return f"{shown // 100}.{shown % 100:02d}"


# The dates tracker plans with: a project's dates, evaluations and money lines fall in these years.
# Beyond them a date is a typing slip (0001-01-01, 9999-12-31) and the engine is never asked to
# plan across it.
EARLIEST = date(1900, 1, 1)
LATEST = date(2200, 12, 31)


def date_range_problem(value: date, what: str | None = None) -> str | None:
    """Why a date is outside the years tracker plans with, or None."""
    if not EARLIEST <= value <= LATEST:
        return translate("Date", "{what} {value} is outside the years {first}-{last}").format(
            what=translate("Date", "date") if what is None else what, value=value.isoformat(), first=EARLIEST.year, last=LATEST.year)
    return None


# English, marked for translation in the context "Month": month_name gives them translated.
MONTH_NAMES = (QT_TRANSLATE_NOOP("Month", "January"), QT_TRANSLATE_NOOP("Month", "February"),
               QT_TRANSLATE_NOOP("Month", "March"), QT_TRANSLATE_NOOP("Month", "April"),
               QT_TRANSLATE_NOOP("Month", "May"), QT_TRANSLATE_NOOP("Month", "June"),
               QT_TRANSLATE_NOOP("Month", "July"), QT_TRANSLATE_NOOP("Month", "August"),
               QT_TRANSLATE_NOOP("Month", "September"), QT_TRANSLATE_NOOP("Month", "October"),
               QT_TRANSLATE_NOOP("Month", "November"), QT_TRANSLATE_NOOP("Month", "December"))


def month_name(month: int) -> str:
    """The name of month `month` (1-12) in the current language."""
    return translate("Month", MONTH_NAMES[month - 1])


def _calendar_slip(cleaned: str) -> str:
    """What is wrong with a YYYY-MM-DD text that names no day ("2025-02-30")."""
    year, month, day = int(cleaned[:4]), int(cleaned[5:7]), int(cleaned[8:])
    if not 1 <= month <= 12:
        return translate("Date", "there is no month {month} (months are 01-12)").format(month=month)
    if year == 0:
        return translate("Date", "there is no year 0000")
    days = _month_length(year, month - 1)
    if day == 0:
        return translate("Date", "days are counted from 01")
    return translate("Date", "{month} {year} has {days} days").format(month=month_name(month), year=year, days=days)


def parse_iso_date(text: str, what: str | None = None) -> date:
    """A date written YYYY-MM-DD, in the years tracker plans with."""
    what = translate("Date", "date") if what is None else what
    cleaned = text.strip()
    try:
        value = date.fromisoformat(cleaned)
    except ValueError:
        if len(cleaned) == 10 and cleaned[4] == "-" and cleaned[7] == "-" and cleaned.replace("-", "").isdigit():
            # In the form, but not a day: say which part is wrong, not that the form is.
            raise ValueError(translate("Date", "{what} '{text}' is not a day of the calendar: {why}").format(
                what=what, text=text, why=_calendar_slip(cleaned))) from None
        raise ValueError(translate("Date", "{what} '{text}' is not a date in the form YYYY-MM-DD").format(what=what, text=text)) from None
    if (why := date_range_problem(value, what)) is not None:
        raise OutOfRange(why)
    return value
