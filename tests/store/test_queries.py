"""List queries: figures checked against hand-computed values, and one SQL statement per list."""

from datetime import date
from decimal import Decimal

import pytest

from tests.partner_helpers import ensure_partner
from tracker.domain.classifications import (
    EvaluationKind,
    ExpenditureType,
    FundingModality,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
)
from tracker.domain.project import Expenditure, Funding, Partner, Project
from tracker.store.projects import change_stage, save_project
from tracker.store.queries import overdue_evaluations, portfolio_rows


@pytest.fixture
def portfolio(db):
    ensure_partner(Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL))
    ensure_partner(Partner("EU", "European Union", PartnerCategory.EUROPEAN_UNION))
    a = Project(
        code="A/1", title="Alpha", region=Region.AFRICA, countries=["SN", "BF"], outcome=StrategicObjective.EMPLOYMENT,
        planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31), budget=Decimal("200000.00"),
    )
    a.fundings = [
        Funding(FundingModality.EARMARKED, Decimal("150000.00"), "USD", date(2023, 12, 1), "LUX", "A/1"),
        Funding(FundingModality.EARMARKED, Decimal("50000.00"), "USD", date(2023, 12, 1), "EU", "A/1"),
    ]
    a.expenditures = [
        Expenditure(2024, ExpenditureType.TRAINING, Decimal("30000.10")),
        Expenditure(2025, ExpenditureType.EQUIPMENT, Decimal("19999.90")),
    ]
    b = Project(
        code="B/2", title="Beta", region=Region.AMERICAS, outcome=StrategicObjective.STANDARDS,
        planned_start=date(2025, 1, 1), planned_end=date(2025, 6, 30), budget=Decimal("100000.00"), currency="EUR", usd_rate=Decimal("1.10"),
    )
    b.fundings = [Funding(FundingModality.EARMARKED, Decimal("100000.00"), "EUR", date(2024, 12, 1), "EU", "B/2", Decimal("1.10"))]
    b.expenditures = [Expenditure(2025, ExpenditureType.SUBCONTRACTS, Decimal("10000.00"), "EUR", Decimal("1.10"))]
    save_project(a)
    save_project(b)
    change_stage("A/1", "submit")


def test_portfolio_rows_carry_sql_totals(portfolio):
    rows = {r.code: r for r in portfolio_rows(as_of=date(2025, 3, 1))}
    a, b = rows["A/1"], rows["B/2"]
    assert a.budget_usd == Decimal("200000.00")
    assert a.expenditure_usd == Decimal("50000.00")  # 30,000.10 + 19,999.90
    assert a.delivery_rate == Decimal("25.0")
    assert a.partners == "EU, LUX" and a.countries == "BF, SN"
    assert a.stage is Stage.APPRAISAL
    # A's mid-term (due 2024-12-31) is overdue on 1 March 2025.
    assert (a.next_evaluation, a.next_due, a.overdue_count) == (EvaluationKind.MID_TERM, date(2024, 12, 31), 1)
    assert b.budget_usd == Decimal("110000.00") and b.expenditure_usd == Decimal("11000.00")
    assert b.delivery_rate == Decimal("10.0")
    assert (b.next_evaluation, b.next_due, b.overdue_count) == (EvaluationKind.FINAL, date(2025, 6, 30), 0)


def test_filters_by_stage_and_partner(portfolio):
    assert [r.code for r in portfolio_rows(stage=Stage.DESIGN)] == ["B/2"]
    assert [r.code for r in portfolio_rows(partner_code="LUX")] == ["A/1"]
    assert [r.code for r in portfolio_rows(partner_code="EU")] == ["A/1", "B/2"]


def test_overdue_evaluations_as_of_a_date(portfolio):
    assert overdue_evaluations(date(2024, 12, 31)) == []
    rows = overdue_evaluations(date(2025, 7, 2))
    assert [(r.project_code, r.kind, r.due, r.days_overdue) for r in rows] == [
        ("A/1", EvaluationKind.MID_TERM, date(2024, 12, 31), 183),
        ("B/2", EvaluationKind.FINAL, date(2025, 6, 30), 2),
    ]


def test_cancelled_projects_have_no_overdue_evaluations(portfolio):
    change_stage("B/2", "cancel", "Partner withdrew")
    assert [r.project_code for r in overdue_evaluations(date(2025, 7, 2))] == ["A/1"]


def test_the_portfolio_list_is_a_scan_of_the_projects_and_the_partners_whatever_its_size(db, monkeypatch):
    for i in range(40):
        save_project(Project(code=f"P/{i}", title=f"Project {i}", planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31), budget=Decimal(1000 + i),
                             expenditures=[Expenditure(2024, ExpenditureType.TRAINING, Decimal(10))]))
    statements = []
    original = db.execute_sql

    def counting(sql, *args, **kwargs):
        statements.append(sql)
        return original(sql, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", counting)
    rows = portfolio_rows()
    assert len(rows) == 40 and all(r.expenditure_usd == Decimal(10) for r in rows)
    # No aggregate over the child tables: their totals are on the project row (list_totals).
    assert len(statements) == 2
    assert not any(table in sql for sql in statements for table in ("expenditure ", "evaluation ", "funding ", "project_country"))


def test_portfolio_rows_carry_outcome_modalities_partner_names_and_overdue_list(portfolio):
    rows = {r.code: r for r in portfolio_rows(as_of=date(2026, 1, 5))}
    a, b = rows["A/1"], rows["B/2"]
    assert a.outcome is StrategicObjective.EMPLOYMENT and b.outcome is StrategicObjective.STANDARDS
    assert a.partners == "EU, LUX" and a.partner_names == ("European Union", "Luxembourg")  # same order
    assert a.modalities == (FundingModality.EARMARKED,) and not a.regular_budget
    assert [(i.kind, i.due, i.label) for i in a.overdue] == [
        (EvaluationKind.MID_TERM, date(2024, 12, 31), "Mid-term evaluation"),
        (EvaluationKind.FINAL, date(2025, 12, 31), "Final evaluation"),
    ]
    assert a.overdue_count == 2 and b.overdue_count == 1 and b.overdue[0].kind is EvaluationKind.FINAL


def test_money_is_exact_cents_with_decimal_views(portfolio):
    a = next(r for r in portfolio_rows() if r.code == "A/1")
    assert (a.budget_cents, a.expenditure_cents) == (20_000_000, 5_000_000)
    assert str(a.budget_usd) == "200000.00" and str(a.expenditure_usd) == "50000.00"


def test_regular_budget_funding_has_no_partner_but_marks_the_row(db):
    project = Project(code="GLO/24/01/RBT", title="South-South care", planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31),
                      budget=Decimal("80000.00"))
    project.fundings = [Funding(FundingModality.REGULAR_BUDGET, Decimal("80000.00"), "USD", date(2023, 12, 1), None, "GLO/24/01/RBT")]
    save_project(project)
    (row,) = portfolio_rows()
    assert row.partners == "" and row.partner_names == ()
    assert row.modalities == (FundingModality.REGULAR_BUDGET,) and row.regular_budget


def test_a_partner_funding_a_project_twice_is_listed_once(db):
    ensure_partner(Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL))
    project = Project(code="X/1", title="Twice funded", planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31), budget=Decimal("300.00"))
    project.fundings = [Funding(FundingModality.EARMARKED, Decimal("100.00"), "USD", date(2023, 12, 1), "LUX", "X/1"),
                        Funding(FundingModality.EARMARKED, Decimal("200.00"), "USD", date(2024, 12, 1), "LUX", "X/1"),
                        Funding(FundingModality.REGULAR_BUDGET, Decimal("50.00"), "USD", date(2024, 12, 1), None, "X/1")]
    save_project(project)
    (row,) = portfolio_rows()
    assert row.partners == "LUX" and row.partner_names == ("Luxembourg",)
    assert row.modalities == (FundingModality.REGULAR_BUDGET, FundingModality.EARMARKED)  # in the enum's order


def test_cancelled_projects_show_no_overdue_evaluations_in_the_list(portfolio):
    change_stage("B/2", "cancel", "Partner withdrew")
    rows = {r.code: r for r in portfolio_rows(as_of=date(2025, 7, 2))}
    assert rows["B/2"].overdue_count == 0 and rows["B/2"].overdue == ()
    assert rows["A/1"].overdue_count == 1  # as `tracker evaluations --overdue` counts them


def test_the_delivery_rate_rounds_half_up_like_the_dashboard(db):
    save_project(Project(code="R/1", title="Rounding", planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31), budget=Decimal("2000.00"),
                         expenditures=[Expenditure(2024, ExpenditureType.TRAINING, Decimal("1.00"))]))
    (row,) = portfolio_rows()
    assert row.delivery_rate == Decimal("0.1")  # 0.05 % rounds up


def test_rows_come_in_code_order_whatever_the_insertion_order(db):
    for code in ("C/3", "A/1", "B/2"):
        save_project(Project(code=code, title=code, planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31)))
    assert [r.code for r in portfolio_rows()] == ["A/1", "B/2", "C/3"]
