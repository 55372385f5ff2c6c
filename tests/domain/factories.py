"""Small known projects for tests."""

from datetime import date
from decimal import Decimal

from tracker.domain.classifications import FundingModality, Region, Stage, StrategicObjective
from tracker.domain.project import Funding, Project
from tracker.domain.rules import plan_evaluations
from tracker.domain.rules.replan import replan


def ready_project(stage: Stage = Stage.DESIGN, **overrides) -> Project:
    """A project with everything approval needs: region, outcome, dates, budget, a funding line
    and its evaluation plan (24 months, US$400,000: mid-term + independent final)."""
    values = dict(
        code="TST/24/01/USA",
        title="Youth employment in the test region",
        stage=stage,
        region=Region.AFRICA,
        countries=["SN"],
        outcome=StrategicObjective.EMPLOYMENT,
        planned_start=date(2024, 1, 1),
        planned_end=date(2025, 12, 31),
        budget=Decimal("400000.00"),
    )
    values.update(overrides)
    project = Project(**values)
    project.fundings = [
        Funding(FundingModality.EARMARKED, Decimal("400000.00"), "USD", date(2023, 12, 1), partner_code="USA", project_code=project.code)
    ]
    if project.planned_start and project.planned_end and project.budget_usd is not None:
        plan = plan_evaluations(project.planned_start, project.planned_end, project.budget_usd, midterm_review_agreed=project.midterm_review_agreed)
        project.evaluations, _ = replan([], plan)
    return project
