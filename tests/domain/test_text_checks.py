"""One set of text checks, derived from the record descriptions, the same whichever engine will
store the record: NUL and other control characters, broken characters and over-long texts are
refused by field, and a child record's problem names its kind and index as data."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.domain.factories import ready_project
from tracker.domain import records as r
from tracker.domain.classifications import (
    EvaluationKind,
    ExpenditureType,
    FundingModality,
    PartnerCategory,
)
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.project import BudgetRevision, Evaluation, Expenditure, Funding, Partner, Project, ResultIndicator


def fields(problems: list[FieldProblem]) -> dict[str, str]:
    return {p.field: p.message for p in problems}


def project(**overrides) -> Project:
    return Project(**{"code": "P/1", "title": "A project", **overrides})


def refused(project: Project) -> list[FieldProblem]:
    with pytest.raises(ValidationError) as caught:
        project.validate()
    return caught.value.problems


# ---------------------------------------------------------------- characters


def test_a_nul_is_refused_in_every_kind_of_text_field():
    assert fields(project(title="Youth\x00employment").problems()) == {
        "title": "remove the invisible control character U+0000 at character 6"}
    assert "description" in fields(project(description="ok\x00").problems())  # even where line breaks are allowed
    assert "name" in fields(Partner("LUX", "Luxem\x00bourg", PartnerCategory.MULTI_BILATERAL).problems())
    assert "reason" in fields(BudgetRevision(date(2025, 1, 1), "more\x00money", new_budget=Decimal(1)).problems())
    assert "unit" in fields(ResultIndicator("People", unit="peo\x00ple").problems())


def test_other_control_characters_are_refused_too():
    for char in ("\x07", "\x1b", "\x7f", "\x85", "\x9f"):
        found = fields(project(office="Dakar" + char).problems())
        assert found == {"office": f"remove the invisible control character U+{ord(char):04X} at character 6"}


def test_line_breaks_and_tabs_belong_to_long_texts_only():
    text = "First finding.\r\nSecond:\tdone.\n"
    evaluation = Evaluation(EvaluationKind.FINAL, date(2025, 1, 1), findings=text, waiver_reason=text, reason=text)
    assert evaluation.problems() == []
    assert project(description=text).problems() == []
    assert fields(project(title="Two\nlines").problems()) == {"title": "keep it on one line (there is a line break at character 4)"}
    assert fields(project(officer="A\tB").problems()) == {"officer": "keep it on one line (there is a tab at character 2; use spaces)"}
    assert "name" in fields(ResultIndicator("People\rtrained").problems())


def test_half_a_surrogate_pair_is_refused_as_a_broken_character():
    assert fields(project(title="Emploi \ud83d").problems()) == {
        "title": "remove the broken character U+D83D at character 8 (half of a pair)"}


def test_letters_of_every_script_and_invisible_joiners_are_kept():
    title = "Emploi décent — توظيف\u200c الشباب — 青年就业 🌍"
    assert project(title=title, office="Genève", officer="Nguyễn Thị\u00a0Lan").problems() == []


# ---------------------------------------------------------------- widths


def test_texts_longer_than_their_column_are_refused_with_the_width_and_the_length():
    assert fields(project(office="O" * 201).problems()) == {"office": "keep the office to 200 characters (it has 201)"}
    assert project(office="O" * 200, title="T" * 500).problems() == []
    assert fields(project(title="T" * 501).problems()) == {"title": "keep the title to 500 characters (it has 501)"}
    evaluation = Evaluation(EvaluationKind.FINAL, date(2025, 1, 1), rule_set="r" * 81)
    assert fields(evaluation.problems()) == {"rule_set": "keep the rule set to 80 characters (it has 81)"}


def test_a_funding_lines_partner_and_project_codes_have_the_widths_of_the_codes():
    funding = Funding(FundingModality.EARMARKED, Decimal(1), "USD", date(2025, 1, 1), partner_code="L" * 41, project_code="P" * 101)
    assert fields(funding.problems()) == {"partner": "keep the partner to 40 characters (it has 41)",
                                          "project": "keep the project to 100 characters (it has 101)"}


def test_a_field_with_a_problem_of_its_own_gets_no_second_message():
    found = Partner("A" * 41, "N", PartnerCategory.MULTI_BILATERAL).problems()
    assert [p.field for p in found] == ["code"] and "2-40 letters" in found[0].message
    found = project(currency="US\x00").problems()
    assert [p.field for p in found] == ["currency"] and "ISO 4217" in found[0].message


def test_the_code_rules_name_the_widths():
    assert "2-100 letters" in fields(project(code="P" * 101).problems())["code"]
    assert "2-40 letters" in fields(Partner("L" * 41, "N", PartnerCategory.MULTI_BILATERAL).problems())["code"]


# ---------------------------------------------------------------- placed by kind and index


def test_a_child_records_problem_names_its_kind_index_and_field_as_data():
    bad = ready_project(description="fine\nand long")
    bad.expenditures = [Expenditure(2024, ExpenditureType.TRAINING, Decimal(5)),
                        Expenditure(2024, ExpenditureType.TRAINING, Decimal(5), currency="EU\x00")]
    bad.evaluations[1].findings = "Good\x00"
    bad.indicators = [ResultIndicator("People trained", unit="U" * 101)]
    found = refused(bad)
    assert [(p.kind, p.index, p.field) for p in found] == [
        ("expenditure", 1, "currency"), ("evaluation", 1, "findings"), ("result_indicator", 0, "unit")]
    assert bad.record_problems() == found


def test_a_placed_problem_reads_with_its_place_on_the_command_line_and_in_the_gui():
    bad = ready_project()
    bad.fundings.append(Funding(FundingModality.EARMARKED, Decimal(0), "USD", date(2024, 1, 1), partner_code="USA"))
    [problem] = refused(bad)
    assert (problem.kind, problem.index, problem.field) == ("funding", 1, "amount")
    assert str(problem) == "funding 2 amount: the amount must be greater than zero"
    assert r.problem_text(problem) == "Funding line 2: amount: the amount must be greater than zero"
    own = FieldProblem("usd_rate", "the US$ rate must be greater than zero")
    assert r.problem_text(own, r.PROJECT) == "US$ rate: the US$ rate must be greater than zero"
    assert r.problem_text(own) == "usd_rate: the US$ rate must be greater than zero"


def test_every_kind_of_child_record_is_checked_through_the_project():
    bad = project()
    bad.fundings = [Funding(FundingModality.EARMARKED, Decimal(1), "USD", date(2024, 1, 1), partner_code="L\x00")]
    bad.revisions = [BudgetRevision(date(2024, 1, 1), "why\x01", new_budget=Decimal(1))]
    bad.expenditures = [Expenditure(2024, ExpenditureType.TRAINING, Decimal(1), currency="USD\x02")]
    bad.evaluations = [Evaluation(EvaluationKind.FINAL, date(2025, 1, 1), evaluator="E\x03")]
    bad.indicators = [ResultIndicator("N\x04")]
    assert {(p.kind, p.field) for p in refused(bad)} == {
        ("funding", "partner"), ("budget_revision", "reason"), ("expenditure", "currency"),
        ("evaluation", "evaluator"), ("result_indicator", "name")}


# ---------------------------------------------------------------- stage changes


def test_a_stage_changes_reason_keeps_its_lines_and_its_author_is_one_line():
    r.check_stage_change("Funding ended.\nPartner informed.", "ana")
    with pytest.raises(ValidationError) as caught:
        r.check_stage_change("Funding\x00ended", "ana\nbob")
    assert [(p.kind, p.index, p.field) for p in caught.value.problems] == [("stage_change", None, "reason"), ("stage_change", None, "who")]
    assert str(caught.value).startswith("stage change: stage change reason: remove the invisible control character U+0000")


def test_the_checks_take_a_mapping_of_values_too():
    assert r.text_problems(r.PARTNER, {"name": "N" * 201, "category": "not text"}) == [
        FieldProblem("name", "keep the name to 200 characters (it has 201)")]
    assert r.text_problems("country_share", {"country": "S\x00"})[0].field == "country"
