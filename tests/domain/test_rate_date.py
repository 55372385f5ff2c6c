"""The day a record's US$ rate is taken on: one rule for the editor and the imports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tracker.domain.classifications import ExpenditureType, FundingModality
from tracker.domain.project import BudgetRevision, Expenditure, Funding, Project
from tracker.domain.rates import ExchangeRate, RateTable, expenditure_rate_date, rate_date


def test_each_record_takes_the_rate_of_its_own_date():
    funding = Funding(FundingModality.EARMARKED, Decimal("100"), "EUR", date(2024, 3, 20), "LUX", "X")
    assert rate_date(funding) == date(2024, 3, 20)
    assert rate_date(Expenditure(2024, ExpenditureType.OTHER_PERSONNEL, Decimal("5"), "EUR", month=11)) == date(2024, 11, 1)
    assert rate_date(BudgetRevision(date(2025, 2, 14), "more", new_budget=Decimal("10"))) == date(2025, 2, 14)
    assert rate_date(Project(code="A", title="a", planned_start=date(2023, 1, 9))) == date(2023, 1, 9)
    assert rate_date(Project(code="A", title="a")) is None


def test_a_year_without_a_month_is_converted_at_mid_year():
    assert expenditure_rate_date(2024, None) == date(2024, 7, 1)
    assert expenditure_rate_date(2024, 13) is None  # not a month: no day to look a rate up on


def test_a_mid_month_rate_applies_to_lines_dated_after_it_only():
    table = RateTable([ExchangeRate("EUR", date(2024, 3, 1), Decimal("1.08")), ExchangeRate("EUR", date(2024, 3, 15), Decimal("1.10"))])
    early = Funding(FundingModality.EARMARKED, Decimal("1"), "EUR", date(2024, 3, 14), "LUX", "X")
    late = Funding(FundingModality.EARMARKED, Decimal("1"), "EUR", date(2024, 3, 15), "LUX", "X")
    assert [table.rate_on("EUR", rate_date(r)) for r in (early, late)] == [Decimal("1.08"), Decimal("1.10")]
