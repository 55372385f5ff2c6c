"""Dashboard figures: checked against figures worked out by hand from a small known portfolio, and
a fixed number of SQL statements whatever the portfolio's size."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.partner_helpers import ensure_partner
from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    ExpenditureType,
    FundingModality,
    Independence,
    PartnerCategory,
    Region,
    Stage,
)
from tracker.domain.project import Evaluation, Expenditure, Funding, Partner, Project
from tracker.store import dashboard as q
from tracker.store.dashboard import PartnerBucket
from tracker.store.partners import save_partner, save_unearmarked_funding
from tracker.store.projects import save_project

AS_OF = date(2025, 3, 1)
APPROVED_ON = date(2024, 12, 1)


def usd(text: str) -> Decimal:
    return Decimal(text)


def xb(partner: str, amount: str, currency: str = "USD", rate: str = "1") -> Funding:
    return Funding(FundingModality.EARMARKED, Decimal(amount), currency, APPROVED_ON, partner, None, Decimal(rate))


def rbtc(amount: str) -> Funding:
    return Funding(FundingModality.REGULAR_BUDGET, Decimal(amount), "USD", APPROVED_ON)


def spend(amount: str, currency: str = "USD", rate: str = "1") -> Expenditure:
    return Expenditure(2025, ExpenditureType.TRAINING, Decimal(amount), currency, Decimal(rate))


def store(code: str, stage: Stage, budget: str | None, *, region: Region | None = Region.AFRICA, currency: str = "USD",
          rate: str = "1", fundings=(), expenditures=(), start: date | None = date(2025, 1, 1),
          end: date | None = date(2026, 12, 31), evaluations=()) -> None:
    project = Project(
        code=code, title=f"Project {code}", stage=stage, region=region, planned_start=start, planned_end=end,
        budget=Decimal(budget) if budget else None, currency=currency, usd_rate=Decimal(rate),
    )
    project.fundings = [replace(f, project_code=code) for f in fundings]
    project.expenditures = list(expenditures)
    project.evaluations = list(evaluations)
    # Stages set directly: these tests are about figures, not about the cycle's guards.
    save_project(project, allow_stage_change=True)


@pytest.fixture
def portfolio(db):
    """Five active projects (approved, implementation, evaluation and closing) and three others.
    Planned 2025-2026, so no evaluation falls due near AS_OF."""
    for code, name in (("LUX", "Luxembourg"), ("EU", "European Union"), ("NOR", "Norway")):
        ensure_partner(Partner(code, name, PartnerCategory.MULTI_BILATERAL))
    # Two partners: funding 180,000 + 60,000 = 240,000, so LUX 3/4 and EU 1/4 of the budget.
    store("AFR/1", Stage.IMPLEMENTATION, "300000.00", fundings=[xb("LUX", "180000.00"), xb("EU", "60000.00")],
          expenditures=[spend("40000.10"), spend("19999.90")])
    # EUR at its recorded rate: 123,456.78 x 1.0825 = 133,641.96435 -> US$133,641.96;
    # spending EUR 20,000.00 at 1.10 = US$22,000.00.
    store("AME/1", Stage.IMPLEMENTATION, "123456.78", region=Region.AMERICAS, currency="EUR", rate="1.0825",
          fundings=[xb("EU", "123456.78", "EUR", "1.0825")], expenditures=[spend("20000.00", "EUR", "1.10")])
    # Regular budget only, nothing spent yet.
    store("ASI/1", Stage.APPROVED, "50000.00", region=Region.ASIA_PACIFIC, fundings=[rbtc("50000.00")])
    # No region; half Norway, half regular budget.
    store("GLO/1", Stage.EVALUATION_AND_CLOSING, "80000.00", region=None, fundings=[xb("NOR", "20000.00"), rbtc("20000.00")],
          expenditures=[spend("70000.00")])
    # No funding line at all.
    store("AFR/4", Stage.IMPLEMENTATION, "20000.00", expenditures=[spend("5000.00")])
    # Not active: left out of every money figure.
    store("AFR/2", Stage.DESIGN, "999999.00", fundings=[xb("LUX", "999999.00")])
    store("AFR/3", Stage.CLOSED, "10000.00", fundings=[xb("NOR", "10000.00")], expenditures=[spend("10000.00")], start=None, end=None)
    store("EUR/1", Stage.SUSPENDED, "70000.00", region=Region.EUROPE_CENTRAL_ASIA, fundings=[xb("EU", "70000.00")],
          expenditures=[spend("1000.00")])
    # Core funding pays for no project: never attributed.
    save_unearmarked_funding(Funding(FundingModality.VOLUNTARY_CORE, Decimal("1000000.00"), "USD", APPROVED_ON, "NOR"))


# ---------------------------------------------------------------- stages and totals


def test_every_stage_is_counted_including_empty_ones(portfolio):
    counts = {row.stage: row.count for row in q.projects_by_stage()}
    assert list(counts) == list(Stage)
    assert counts == {
        Stage.DESIGN: 1, Stage.APPRAISAL: 0, Stage.APPROVED: 1, Stage.IMPLEMENTATION: 3,
        Stage.EVALUATION_AND_CLOSING: 1, Stage.CLOSED: 1, Stage.SUSPENDED: 1, Stage.CANCELLED: 0,
    }


def test_active_portfolio_totals_and_delivery_rate(portfolio):
    totals = q.portfolio_totals()
    assert totals.stages == (Stage.APPROVED, Stage.IMPLEMENTATION, Stage.EVALUATION_AND_CLOSING)
    assert totals.project_count == 5
    # 300,000 + 133,641.96 + 50,000 + 80,000 + 20,000
    assert totals.budget_usd == usd("583641.96")
    # 60,000 + 22,000 + 0 + 70,000 + 5,000
    assert totals.expenditure_usd == usd("157000.00")
    # 157,000 / 583,641.96 = 0.2690005...
    assert totals.delivery_rate == Decimal("26.9")


def test_an_empty_database_has_zero_totals_and_no_rate(db):
    totals = q.portfolio_totals()
    assert (totals.project_count, totals.budget_usd, totals.expenditure_usd, totals.delivery_rate) == (0, Decimal("0.00"), Decimal("0.00"), None)
    assert q.money_by_region() == () and q.money_by_partner() == () and q.evaluations_due(AS_OF) == ()
    assert all(row.count == 0 for row in q.projects_by_stage())


def test_delivery_rate_rounds_half_up_to_one_decimal():
    assert q.delivery_rate(Decimal("1.25"), Decimal("10.00")) == Decimal("12.5")
    assert q.delivery_rate(Decimal("1.2345"), Decimal("1")) == Decimal("123.5")
    assert q.delivery_rate(Decimal("5"), Decimal("0")) is None


# ---------------------------------------------------------------- regions


def test_budget_and_expenditure_by_region_with_a_no_region_bucket(portfolio):
    rows = [(r.region, r.label, r.budget_usd, r.expenditure_usd, r.delivery_rate) for r in q.money_by_region()]
    assert rows == [
        # AFR/1 + AFR/4: 320,000 budget, 65,000 spent -> 20.3125 %
        (Region.AFRICA, "Africa", usd("320000.00"), usd("65000.00"), Decimal("20.3")),
        # 22,000 / 133,641.96 = 16.4619...%
        (Region.AMERICAS, "Americas", usd("133641.96"), usd("22000.00"), Decimal("16.5")),
        (Region.ASIA_PACIFIC, "Asia and the Pacific", usd("50000.00"), usd("0.00"), Decimal("0.0")),
        (None, "No region", usd("80000.00"), usd("70000.00"), Decimal("87.5")),
    ]


def test_regions_can_cover_other_stages(portfolio):
    rows = {r.region: r for r in q.money_by_region(stages=[Stage.SUSPENDED])}
    assert list(rows) == [Region.EUROPE_CENTRAL_ASIA]
    assert (rows[Region.EUROPE_CENTRAL_ASIA].budget_usd, rows[Region.EUROPE_CENTRAL_ASIA].expenditure_usd) == (usd("70000.00"), usd("1000.00"))


# ---------------------------------------------------------------- partners


def test_budget_is_shared_among_partners_in_proportion_to_their_funding(portfolio):
    rows = [(r.bucket, r.partner_code, r.label, r.budget_usd, r.expenditure_usd) for r in q.money_by_partner()]
    assert rows == [
        # AFR/1: 3/4 of 300,000 and of 60,000
        (PartnerBucket.PARTNER, "LUX", "Luxembourg", usd("225000.00"), usd("45000.00")),
        # AFR/1: 1/4 of 300,000 and 60,000; AME/1: all of 133,641.96 and 22,000
        (PartnerBucket.PARTNER, "EU", "European Union", usd("208641.96"), usd("37000.00")),
        # GLO/1: 1/2 of 80,000 and of 70,000
        (PartnerBucket.PARTNER, "NOR", "Norway", usd("40000.00"), usd("35000.00")),
        # ASI/1 all (50,000, nothing spent) + GLO/1 half (40,000 and 35,000)
        (PartnerBucket.RBTC, None, "ILO regular budget (RBTC)", usd("90000.00"), usd("35000.00")),
        # AFR/4 has no funding line
        (PartnerBucket.UNFUNDED, None, "No funding line recorded", usd("20000.00"), usd("5000.00")),
    ]
    # The buckets add up to the same total as the regions.
    assert sum(r.budget_usd for r in q.money_by_partner()) == usd("583641.96")


def test_partners_beyond_the_top_n_are_summed_as_other_partners(portfolio):
    rows = [(r.label, r.budget_usd, r.expenditure_usd) for r in q.money_by_partner(top=1)]
    assert rows == [
        ("Luxembourg", usd("225000.00"), usd("45000.00")),
        # EU 208,641.96 + Norway 40,000; spent 37,000 + 35,000
        ("Other partners", usd("248641.96"), usd("72000.00")),
        ("ILO regular budget (RBTC)", usd("90000.00"), usd("35000.00")),
        ("No funding line recorded", usd("20000.00"), usd("5000.00")),
    ]


def test_a_third_share_is_rounded_to_the_cent_once_per_partner(db):
    for code in ("AA", "BB", "CC"):
        save_partner(Partner(code, f"Partner {code}", PartnerCategory.MULTI_BILATERAL))
    store("TRI/1", Stage.IMPLEMENTATION, "100000.00", fundings=[xb("AA", "10.00"), xb("BB", "10.00"), xb("CC", "10.00")],
          expenditures=[spend("100.00")])
    rows = {r.partner_code: (r.budget_usd, r.expenditure_usd) for r in q.money_by_partner()}
    # 100,000 / 3 = 33,333.333... and 100 / 3 = 33.333...
    assert rows == {code: (usd("33333.33"), usd("33.33")) for code in ("AA", "BB", "CC")}


# ---------------------------------------------------------------- evaluations due


def final_only(code: str, due: date, *, budget: str = "100000.00", stage: Stage = Stage.IMPLEMENTATION, evaluations=()) -> None:
    """A 12-month project: the rules plan one mandatory final evaluation, due on its end date."""
    store(code, stage, budget, start=due - timedelta(days=364), end=due, evaluations=evaluations)


@pytest.fixture
def due_portfolio(db):
    final_only("DUE/090", AS_OF + timedelta(days=90))
    final_only("DUE/091", AS_OF + timedelta(days=91))
    final_only("DUE/000", AS_OF)
    final_only("DUE/M01", AS_OF - timedelta(days=1), budget="400000.00")  # over US$350,000: independent
    final_only("DUE/CAN", AS_OF - timedelta(days=30), stage=Stage.CANCELLED)
    done = Evaluation(EvaluationKind.FINAL, AS_OF - timedelta(days=10), EvaluationStatus.COMPLETED, completed_on=AS_OF,
                      evaluator="A. Evaluator", independence=Independence.EXTERNAL)
    final_only("DUE/DONE", AS_OF - timedelta(days=10), evaluations=[done])
    started = Evaluation(EvaluationKind.FINAL, AS_OF + timedelta(days=45), EvaluationStatus.IN_PROGRESS)
    final_only("DUE/IP", AS_OF + timedelta(days=45), evaluations=[started])
    optional = Evaluation(EvaluationKind.EX_POST, AS_OF + timedelta(days=5), mandatory=False)
    final_only("DUE/OPT", AS_OF + timedelta(days=400), evaluations=[optional])


def test_due_window_includes_day_90_and_everything_overdue(due_portfolio):
    rows = [(r.project_code, r.kind, r.due, r.days, r.overdue, r.independence_required) for r in q.evaluations_due(AS_OF)]
    assert rows == [
        ("DUE/M01", EvaluationKind.FINAL, date(2025, 2, 28), -1, True, True),  # due yesterday: overdue
        ("DUE/000", EvaluationKind.FINAL, date(2025, 3, 1), 0, False, False),  # due today: not overdue yet
        ("DUE/IP", EvaluationKind.FINAL, date(2025, 4, 15), 45, False, False),  # in progress still counts
        ("DUE/090", EvaluationKind.FINAL, date(2025, 5, 30), 90, False, False),  # day 90 is in
    ]  # day 91, cancelled, completed and non-mandatory evaluations are out


def test_the_due_window_can_be_narrowed(due_portfolio):
    assert [r.project_code for r in q.evaluations_due(AS_OF, within_days=0)] == ["DUE/M01", "DUE/000"]
    assert [r.project_code for r in q.evaluations_due(AS_OF + timedelta(days=1), within_days=90)] == ["DUE/M01", "DUE/000", "DUE/IP", "DUE/090", "DUE/091"]


def test_annual_reviews_are_named_with_their_number(db):
    # 48 months: annual reviews on 1 March 2023, 2024 and 2025.
    store("ANN/1", Stage.IMPLEMENTATION, "100000.00", start=date(2022, 3, 1), end=date(2026, 2, 28))
    rows = [(r.evaluation, r.days, r.status) for r in q.evaluations_due(AS_OF)]
    assert rows == [
        ("Annual review 1", -731, EvaluationStatus.PLANNED),
        ("Annual review 2", -365, EvaluationStatus.PLANNED),
        ("Annual review 3", 0, EvaluationStatus.PLANNED),
    ]


def test_load_dashboard_gathers_everything_as_of_a_date(portfolio, due_portfolio):
    board = q.load_dashboard(AS_OF)
    assert board.as_of == AS_OF and board.due_within_days == 90
    assert (board.overdue_count, board.due_count) == (1, 3)
    # the due-date projects are in implementation with US$100,000 (DUE/M01 400,000) each: 7 more active
    # projects besides the five of the money portfolio (DUE/CAN is cancelled).
    assert board.totals.project_count == 5 + 7


# ---------------------------------------------------------------- SQL shape


def test_the_dashboard_is_a_fixed_number_of_statements_whatever_the_portfolio_size(db, monkeypatch):
    ensure_partner(Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL))
    statements: list[str] = []
    database = db
    original = database.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        statements.append(sql)
        return original(sql, params, *args, **kwargs)

    def count_for(n: int) -> int:
        for i in range(n):
            store(f"N{n}/{i}", Stage.IMPLEMENTATION, "1000.00", fundings=[xb("LUX", "500.00"), rbtc("500.00")], expenditures=[spend("10.00")])
        statements.clear()
        monkeypatch.setattr(database, "execute_sql", counting)
        q.load_dashboard(AS_OF)
        monkeypatch.setattr(database, "execute_sql", original)
        return len([s for s in statements if s.lstrip().upper().startswith("SELECT")])

    assert count_for(2) == count_for(30) == 5
