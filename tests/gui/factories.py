"""Portfolio rows and a small known portfolio for the GUI tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from tests.partner_helpers import ensure_partner
from tracker.domain.classifications import (
    ExpenditureType,
    FundingModality,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
)
from tracker.domain.project import Expenditure, Funding, Partner, Project
from tracker.store.projects import save_project
from tracker.store.queries import PortfolioRow

_DEFAULTS: dict[str, Any] = dict(
    id=1, code="P/1", title="A project", partners="", partner_names=(), region=None, countries="",
    stage=Stage.DESIGN, start=None, end=None, budget_cents=None, expenditure_cents=0, next_due=None,
    next_evaluation=None, overdue_count=0, is_demo=False, outcome=None, modalities=(), overdue_text="",
)


def row(**values: Any) -> PortfolioRow:
    """A portfolio row as the store would return it: plain values, no database."""
    return PortfolioRow(**{**_DEFAULTS, **values})


# Dates far from today either way, so that what is overdue does not depend on the day tests run.
PAST_START, PAST_END = date(2020, 1, 1), date(2021, 12, 31)  # mid-term and final long overdue
FUTURE_START, FUTURE_END = date(2040, 1, 1), date(2041, 6, 30)


def small_portfolio() -> dict[str, str]:
    """Five projects through the store: codes -> titles. SEN/20 has two overdue evaluations;
    GLO/40 is funded from the ILO's regular budget (no partner)."""
    ensure_partner(Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL))
    ensure_partner(Partner("EU", "European Union", PartnerCategory.EUROPEAN_UNION))
    projects = [
        Project(code="SEN/20/01/LUX", title="Youth employment in Senegal", stage=Stage.IMPLEMENTATION, region=Region.AFRICA,
                countries=["SN"], outcome=StrategicObjective.EMPLOYMENT, planned_start=PAST_START, planned_end=PAST_END,
                budget=Decimal("400000.00"),
                fundings=[Funding(FundingModality.EARMARKED, Decimal("400000.00"), "USD", date(2019, 11, 1), "LUX", "SEN/20/01/LUX")],
                expenditures=[Expenditure(2020, ExpenditureType.TRAINING, Decimal("100000.00"))]),
        Project(code="GLO/40/01/RBT", title="South-South cooperation on care work", stage=Stage.DESIGN, region=Region.INTERREGIONAL,
                outcome=StrategicObjective.SOCIAL_PROTECTION, planned_start=FUTURE_START, planned_end=FUTURE_END,
                budget=Decimal("120000.00"),
                fundings=[Funding(FundingModality.REGULAR_BUDGET, Decimal("120000.00"), "USD", date(2039, 12, 1), None, "GLO/40/01/RBT")]),
        Project(code="RER/40/01/EU", title="Youth Guarantee in the Western Balkans", stage=Stage.APPROVED, region=Region.EUROPE_CENTRAL_ASIA,
                countries=["AL", "BA"], outcome=StrategicObjective.EMPLOYMENT, planned_start=FUTURE_START, planned_end=FUTURE_END,
                budget=Decimal("4280000.00"),
                fundings=[Funding(FundingModality.EARMARKED, Decimal("4280000.00"), "USD", date(2039, 12, 1), "EU", "RER/40/01/EU")]),
        Project(code="RAF/40/01/EU", title="Decent work in the cocoa supply chain", stage=Stage.APPRAISAL, region=Region.AFRICA,
                countries=["CI", "GH"], outcome=StrategicObjective.STANDARDS, planned_start=FUTURE_START, planned_end=FUTURE_END,
                budget=Decimal("5800000.00"),
                fundings=[Funding(FundingModality.EARMARKED, Decimal("4000000.00"), "USD", date(2039, 12, 1), "EU", "RAF/40/01/EU"),
                          Funding(FundingModality.EARMARKED, Decimal("1800000.00"), "USD", date(2039, 12, 1), "LUX", "RAF/40/01/EU")]),
        Project(code="VNM/40/01/LUX", title="Skills for green jobs", stage=Stage.DESIGN, region=Region.ASIA_PACIFIC,
                countries=["VN"], outcome=StrategicObjective.EMPLOYMENT, planned_start=FUTURE_START, planned_end=FUTURE_END,
                budget=Decimal("250000.00"),
                fundings=[Funding(FundingModality.EARMARKED, Decimal("250000.00"), "USD", date(2039, 12, 1), "LUX", "VNM/40/01/LUX")]),
    ]
    for project in projects:
        save_project(project, allow_stage_change=True)
    return {p.code: p.title for p in projects}


ALL_CODES = ["GLO/40/01/RBT", "RAF/40/01/EU", "RER/40/01/EU", "SEN/20/01/LUX", "VNM/40/01/LUX"]


def visible_codes(model) -> list[str]:
    """The codes of the rows on screen, top to bottom."""
    return [model.row_at(r).code for r in range(model.rowCount())]
