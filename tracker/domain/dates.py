"""Calendar arithmetic for project durations and evaluation due dates."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from fractions import Fraction


def add_months(start: date, months: int) -> date:
    """The same day `months` later, clamped to the month's last day (31 Jan + 1 month = 29 Feb
    in a leap year). Always computed from the original day, so 31 Jan + 2 months = 31 Mar."""
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    last_day = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(start.day, last_day))


def duration_in_months(start: date, end: date) -> Fraction:
    """Exact duration of a project running from `start` to `end`, both days included.

    Decision (README, "Evaluation rules"): the end date is the project's last day, so we count
    from `start` to the day after `end`: whole calendar months, plus the remaining days as a
    fraction of the length of the month that follows the last whole month. 1 Jan 2024 to
    30 Jun 2025 is exactly 18 months; 1 Jan to 15 Jan is 15/31 of a month."""
    if end < start:
        raise ValueError(f"the end date {end.isoformat()} is before the start date {start.isoformat()}")
    after_end = end + timedelta(days=1)
    whole = (after_end.year - start.year) * 12 + (after_end.month - start.month)
    if add_months(start, whole) > after_end:
        whole -= 1
    anchor = add_months(start, whole)
    next_anchor = add_months(start, whole + 1)
    remaining_days = (after_end - anchor).days
    return whole + Fraction(remaining_days, (next_anchor - anchor).days)


def midpoint(start: date, end: date) -> date:
    """The middle day of the project (rounded down to a whole day)."""
    return start + timedelta(days=(end - start).days // 2)


def anniversaries_before(start: date, end: date) -> list[date]:
    """Each 12-month anniversary of `start` that falls on or before the project's last day,
    excluding the last day itself (the final evaluation takes that date)."""
    found = []
    years = 1
    while (anniversary := add_months(start, 12 * years)) < end:
        found.append(anniversary)
        years += 1
    return found


def format_months(months: Fraction) -> str:
    """Two decimals, rounded half up, except that a duration which is not a whole number of months
    never shows as one: 17.999 shows as 17.99 and 30.001 as 30.01, so the text never reads
    "18.00 months is under 18 months"."""
    hundredths = months * 100
    shown = int(hundredths + Fraction(1, 2))  # half up, durations are never negative
    if shown % 100 == 0 and hundredths != shown:
        shown = int(hundredths) if hundredths < shown else int(hundredths) + 1
    return f"{shown // 100}.{shown % 100:02d}"


def parse_iso_date(text: str, what: str = "date") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{what} '{text}' is not a date in the form YYYY-MM-DD") from None
