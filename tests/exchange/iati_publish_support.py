"""Crafted projects for the IATI publication tests: one that records everything a good publisher
sends, and helpers to take it through the project cycle as an officer would."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tracker.domain import project as d
from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    FundingModality,
    Region,
    StrategicObjective,
    Theme,
)
from tracker.domain.documents import Document, Location
from tracker.exchange import iati_codes as c
from tracker.store.projects import change_stage, load_project, save_project

APPROVED_ON = dt.date(2024, 11, 15)
STARTED_ON = dt.date(2025, 1, 20)
TODAY = dt.date(2026, 6, 30)


def complete_project(code: str = "SEN/25/01/NOR") -> d.Project:
    """A project recording everything the export can send, funded by Norway (a reference partner
    of every new database)."""
    project = d.Project(
        code=code,
        title="Decent jobs for young people in Senegal's regions",
        description="Young women and men in three regions find decent jobs through skills and enterprise support.",
        region=Region.AFRICA,
        countries=["SN"],
        outcome=StrategicObjective.EMPLOYMENT,
        themes=[Theme.GENDER_EQUALITY],
        planned_start=dt.date(2025, 1, 1),
        planned_end=dt.date(2027, 12, 31),
        budget=Decimal("900000.00"),
        currency="EUR",
        usd_rate=Decimal("1.08"),
        purpose_code="25030",  # business development services: more detailed than the objective's
        capital_spend=Decimal("0"),
    )
    project.fundings.append(d.Funding(modality=FundingModality.EARMARKED, amount=Decimal("900000.00"), currency="EUR",
                                      usd_rate=Decimal("1.08"), approved_on=dt.date(2024, 12, 2), partner_code="NOR"))
    indicator = d.ResultIndicator(name="Young people in decent jobs", unit="people", baseline=Decimal("0"),
                                  target=Decimal("3000"), achieved=Decimal("1200"))
    share = d.ResultIndicator(name="Share of women among them", unit="%", baseline=Decimal("30"), target=Decimal("50"))
    project.indicators += [indicator, share]
    project.progress_reports.append(d.ProgressReport(period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 12, 31),
                                                     summary="Training centres opened in two regions."))
    project.indicator_values += [
        d.IndicatorValue(indicator_uuid=indicator.uuid, measured_on=dt.date(2025, 12, 31), value=Decimal("700")),
        d.IndicatorValue(indicator_uuid=indicator.uuid, measured_on=dt.date(2026, 3, 31), value=Decimal("1200")),
    ]
    project.locations += [
        Location(name="Kaolack", country="SN", description="Kaolack region", latitude=Decimal("14.15"), longitude=Decimal("-16.07")),
        Location(name="Ziguinchor", country="SN"),
    ]
    project.documents += [
        Document(title="Project document", category="A02", language="en", document_date=dt.date(2024, 10, 1),
                 url="https://example.org/sen-25-01/prodoc.pdf"),
        Document(title="Budget", category="A05", language="en", document_date=dt.date(2024, 10, 1),
                 url="https://example.org/sen-25-01/budget.xlsx"),
        Document(title="Évaluation ex ante", category="A01", language="fr", document_date=dt.date(2024, 9, 1),
                 url="https://example.org/sen-25-01/appraisal"),
        Document(title="Agreement with Norway", category="A11", language="en", document_date=dt.date(2024, 12, 2),
                 url="https://example.org/sen-25-01/agreement.pdf"),
        Document(title="Progress report 2025", category="A08", language="en", document_date=dt.date(2026, 2, 15),
                 url="https://example.org/sen-25-01/progress-2025.pdf"),
    ]
    return project


def save_in_implementation(project: d.Project) -> d.Project:
    """Save the project in Design, then submit, approve and start it as an officer would (the
    evaluation plan tracker makes on approval included); completes an evaluation it plans, with
    its report, when `with_evaluation`."""
    save_project(project)
    stored = load_project(project.code)
    change_stage(project.code, "submit", on=dt.date(2024, 10, 15))
    change_stage(project.code, "approve", on=APPROVED_ON)
    change_stage(project.code, "start", on=STARTED_ON)
    return load_project(stored.code)


def complete_an_evaluation(code: str, *, with_report: bool) -> d.Project:
    project = load_project(code)
    evaluation = d.Evaluation(kind=EvaluationKind.MID_TERM, due=dt.date(2026, 5, 1), status=EvaluationStatus.COMPLETED,
                              completed_on=dt.date(2026, 5, 20), evaluator="An independent evaluator")
    project.evaluations.append(evaluation)
    if with_report:
        project.documents.append(Document(title="Mid-term evaluation report", category="A07", language="en",
                                          document_date=dt.date(2026, 6, 1), url="https://example.org/sen-25-01/mte.pdf",
                                          evaluation_uuid=evaluation.uuid))
    save_project(project)
    return load_project(code)


def identifier(code: str) -> str:
    return c.activity_identifier(code, "XM-DAC-41302")
