from datetime import date
from fractions import Fraction

import pytest

from tracker.domain.dates import add_months, anniversaries_before, duration_in_months, format_months, midpoint


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
