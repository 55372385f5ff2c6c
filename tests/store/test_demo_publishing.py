"""The current demo portfolio publishes as a good publisher would: every project has a detailed
DAC purpose code and a capital spend, the projects of named countries have places within them,
and each project has its documents (project document, budget, the progress reports and the
completed evaluations' reports it has), linked on a reserved domain, never a real site."""

from __future__ import annotations

import json
from decimal import Decimal
from importlib import resources

import pytest

from tracker.domain.classifications import EvaluationStatus, ExpenditureType
from tracker.domain.documents import DOCUMENT_CATEGORIES
from tracker.domain.iati_lists import is_purpose_code
from tracker.store.projects import load_project


@pytest.fixture(scope="module")
def current_codes() -> list[str]:
    text = resources.files("tracker.resources").joinpath("demo", "10-current-portfolio.json").read_text(encoding="utf-8")
    return [raw["code"] for raw in json.loads(text)["projects"]]


@pytest.fixture
def projects(demo_db, current_codes):
    return [load_project(code) for code in current_codes]


def test_every_current_project_has_a_detailed_purpose_code_and_a_capital_spend(projects) -> None:
    for project in projects:
        assert is_purpose_code(project.purpose_code), project.code
        assert project.purpose_code != "99810", project.code  # never "sectors not specified"
        # What buys assets is the equipment line; technical cooperation without one buys none.
        lines = sum(line.amount for line in project.budget_lines)
        equipment = sum(line.amount for line in project.budget_lines if line.heading is ExpenditureType.EQUIPMENT)
        assert project.capital_spend == (equipment * 100 / lines).quantize(Decimal("0.1")), project.code
    by_code = {p.code: p for p in projects}
    assert by_code["TUN/19/01/LUX"].purpose_code == "16020"  # employment creation
    assert by_code["GLO/22/01/LUX"].purpose_code == "16010"  # social protection
    assert by_code["GLO/22/01/LUX"].capital_spend == Decimal(0)  # buys no assets
    assert by_code["TUN/19/01/LUX"].capital_spend > 0  # its equipment line


def test_the_projects_of_named_countries_have_places_within_them(projects) -> None:
    for project in projects:
        if not project.countries:
            assert project.locations == [], project.code  # a place lies within one of the project's countries
            continue
        assert 1 <= len(project.locations) <= 2, project.code
        for place in project.locations:
            assert place.country in project.countries, (project.code, place.name)
            assert place.latitude is not None and place.longitude is not None
            assert place.problems() == []


def test_every_project_has_its_documents_linked_on_a_reserved_domain(projects) -> None:
    for project in projects:
        categories = [d.category for d in project.documents]
        assert {"A02", "A05"} <= set(categories), project.code
        assert categories.count("A08") == len(project.progress_reports), project.code
        for document in project.documents:
            assert document.category in DOCUMENT_CATEGORIES
            assert document.url.startswith("https://example.org/"), document.url
            assert document.document_date is not None and document.title and document.language
            assert document.problems() == []
        reports = {d.evaluation_uuid for d in project.documents if d.category == "A07"}
        completed = {e.uuid for e in project.evaluations if e.status is EvaluationStatus.COMPLETED and e.completed_on}
        assert reports == completed, project.code  # one report for each completed evaluation, and none for another
    assert any("A01" in {d.category for d in p.documents} for p in projects)
    assert any("A11" in {d.category for d in p.documents} for p in projects)


def test_a_project_document_is_written_before_the_project_starts(projects) -> None:
    for project in projects:
        document = next(d for d in project.documents if d.category == "A02")
        assert project.planned_start is None or document.document_date < project.planned_start, project.code
