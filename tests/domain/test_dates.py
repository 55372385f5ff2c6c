import calendar
from datetime import date, timedelta
from fractions import Fraction

import pytest

from tracker.domain.dates import (
    add_months,
    anniversaries_before,
    duration_in_months,
    format_months,
    midpoint,
)


def test_eighteen_calendar_months_counting_the_last_day():
    # The issue's own example: 1 Jan 2024 to 30 Jun 2025 is exactly 18 months.
    assert duration_in_months(date(2024, 1, 1), date(2025, 6, 30)) == 18


def test_remaining_days_are_a_fraction_of_the_following_month():
    # 1 Jan to 15 Jan: 15 days of January's 31.
    assert duration_in_months(date(2024, 1, 1), date(2024, 1, 15)) == Fraction(15, 31)
    # 1 Jan 2024 to 29 Jun 2025: 17 whole months, then 29 of June's 30 days.
    assert duration_in_months(date(2024, 1, 1), date(2025, 6, 29)) == 17 + Fraction(29, 30)


def test_a_single_day_project():
    assert duration_in_months(date(2024, 3, 10), date(2024, 3, 10)) == Fraction(1, 31)


def test_start_mid_month():
    # 15 Mar 2023 to 14 Mar 2024 is one year.
    assert duration_in_months(date(2023, 3, 15), date(2024, 3, 14)) == 12


def test_leap_day_start_counts_years_to_the_last_day_of_february():
    # 29 Feb 2024 + 12 months clamps to 28 Feb 2025.
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert duration_in_months(date(2024, 2, 29), date(2025, 2, 27)) == 12


def test_month_end_start_is_clamped_each_month_from_the_original_day():
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert add_months(date(2024, 1, 31), 2) == date(2024, 3, 31)


def test_february_in_a_leap_year_is_a_whole_month():
    assert duration_in_months(date(2024, 2, 1), date(2024, 2, 29)) == 1
    assert duration_in_months(date(2023, 2, 1), date(2023, 2, 28)) == 1


def test_end_before_start_is_refused_naming_both_dates():
    with pytest.raises(ValueError, match="2024-01-01.*before.*2024-02-01"):
        duration_in_months(date(2024, 2, 1), date(2024, 1, 1))


def test_midpoint_and_anniversaries():
    assert midpoint(date(2024, 1, 1), date(2024, 1, 31)) == date(2024, 1, 16)
    assert anniversaries_before(date(2024, 1, 1), date(2026, 12, 31)) == [date(2025, 1, 1), date(2026, 1, 1)]
    # An anniversary on the last day itself is left to the final evaluation.
    assert anniversaries_before(date(2024, 1, 1), date(2026, 1, 1)) == [date(2025, 1, 1)]


@pytest.mark.parametrize(
    ("months", "text"),
    [
        (Fraction(18), "18.00"),
        (Fraction(539, 30), "17.97"),
        (Fraction(17999, 1000), "17.99"),  # never shown as 18.00 while under 18
        (Fraction(30001, 1000), "30.01"),  # never shown as 30.00 while over 30
        (Fraction(1, 3), "0.33"),
    ],
)
def test_durations_are_shown_without_crossing_a_whole_month(months, text):
    assert format_months(months) == text


# The functions above work in whole numbers for speed (re-planning 100,000 projects at once:
# docs/performance.md). These check them against the definitions written out with the calendar
# module and Fraction, as they were first written, on every start day of two years around a leap
# day and on ends from the same day to ten years later.


def _reference_add_months(start: date, months: int) -> date:
    index = start.year * 12 + (start.month - 1) + months
    year, month0 = divmod(index, 12)
    return date(year, month0 + 1, min(start.day, calendar.monthrange(year, month0 + 1)[1]))


def _reference_duration(start: date, end: date) -> Fraction:
    after_end = end + timedelta(days=1)
    whole = (after_end.year - start.year) * 12 + (after_end.month - start.month)
    if _reference_add_months(start, whole) > after_end:
        whole -= 1
    anchor = _reference_add_months(start, whole)
    next_anchor = _reference_add_months(start, whole + 1)
    return whole + Fraction((after_end - anchor).days, (next_anchor - anchor).days)


def _reference_format(months: Fraction) -> str:
    hundredths = months * 100
    shown = int(hundredths + Fraction(1, 2))
    if shown % 100 == 0 and hundredths != shown:
        shown = int(hundredths) if hundredths < shown else int(hundredths) + 1
    return f"{shown // 100}.{shown % 100:02d}"


ENDS_AFTER = [*range(70), 88, 89, 90, 91, 92, 181, 182, 183, 364, 365, 366, 367, 546, 547, 548, 549,
              729, 730, 731, 911, 912, 913, 914, 1095, 1096, 1460, 1461, 2191, 3652]


def test_durations_agree_with_the_calendar_definition_everywhere():
    for offset in range(2 * 365 + 1):
        start = date(2023, 3, 1) + timedelta(days=offset)
        for days in ENDS_AFTER:
            end = start + timedelta(days=days)
            assert duration_in_months(start, end) == _reference_duration(start, end), (start, end)


def test_month_arithmetic_agrees_with_the_calendar_definition_everywhere():
    for offset in range(0, 3 * 365 + 1, 3):
        start = date(2023, 1, 1) + timedelta(days=offset)
        for months in (-13, -1, 0, 1, 2, 11, 12, 13, 24, 49):
            assert add_months(start, months) == _reference_add_months(start, months), (start, months)
        for days in (300, 365, 366, 731, 1500, 3652):
            end = start + timedelta(days=days)
            expected, years = [], 1
            while (anniversary := _reference_add_months(start, 12 * years)) < end:
                expected.append(anniversary)
                years += 1
            assert anniversaries_before(start, end) == expected, (start, end)


def test_month_text_agrees_with_the_fraction_definition():
    for denominator in (1, 2, 3, 7, 28, 29, 30, 31, 400, 1000):
        for numerator in range(0, 40 * denominator, max(1, denominator // 7)):
            months = Fraction(numerator, denominator)
            assert format_months(months) == _reference_format(months), months


@pytest.mark.parametrize(("text", "why"), [
    ("2025-02-30", "February 2025 has 28 days"),
    ("2024-02-30", "February 2024 has 29 days"),
    ("2024-04-31", "April 2024 has 30 days"),
    ("2024-13-01", "there is no month 13 (months are 01-12)"),
])
def test_a_date_in_the_form_but_not_on_the_calendar_says_what_is_wrong_not_that_the_form_is(text, why):
    from tracker.domain.dates import parse_iso_date

    with pytest.raises(ValueError) as refused:
        parse_iso_date(text, "planned start")
    assert str(refused.value) == f"planned start '{text}' is not a day of the calendar: {why}"
    assert "YYYY-MM-DD" not in str(refused.value)
