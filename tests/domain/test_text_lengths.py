"""Texts the store keeps in columns of a fixed width are refused when longer, by field, before any
database sees them (PostgreSQL would refuse them with a driver error; SQLite would keep them)."""

from __future__ import annotations

from tracker.domain.classifications import EvaluationKind, EvaluationStatus, PartnerCategory
from tracker.domain.project import Evaluation, Partner, Project, ResultIndicator


def fields(problems) -> dict[str, str]:
    return {p.field: p.message for p in problems}


def test_a_partner_code_is_up_to_40_characters_and_its_name_up_to_200():
    assert fields(Partner("A" * 40, "N" * 200, PartnerCategory.MULTI_BILATERAL).problems()) == {}
    found = fields(Partner("A" * 41, "N" * 201, PartnerCategory.MULTI_BILATERAL).problems())
    assert "2-40 letters" in found["code"]
    assert found["name"] == "keep the name to 200 characters (it has 201)"


def test_office_officer_evaluator_and_unit_have_their_limits():
    project = Project(code="P/1", title="A project", office="O" * 201, officer="F" * 200)
    assert fields(project.problems()) == {"office": "keep the office to 200 characters (it has 201)"}
    evaluation = Evaluation(kind=EvaluationKind.FINAL, due=None, status=EvaluationStatus.PLANNED, evaluator="E" * 201)  # type: ignore[arg-type]
    assert "evaluator" in fields(evaluation.problems())
    assert fields(ResultIndicator("People trained", unit="U" * 100).problems()) == {}
    assert "unit" in fields(ResultIndicator("People trained", unit="U" * 101).problems())


def test_a_project_code_keeps_its_100_characters():
    assert fields(Project(code="P" * 100, title="A project").problems()) == {}
    assert "code" in fields(Project(code="P" * 101, title="A project").problems())
