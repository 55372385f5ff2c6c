"""The dashboard tab shows, for a small known portfolio, the figures worked out by hand: headline
numbers, bars, and the evaluations falling due with the overdue ones marked."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from tests.partner_helpers import ensure_partner
from tracker.domain.classifications import ExpenditureType, FundingModality, PartnerCategory, Region, Stage
from tracker.domain.project import Expenditure, Funding, Partner, Project
from tracker.gui.dashboard import DashboardWidget, DueEvaluationsModel
from tracker.store.projects import save_project

AS_OF = date(2025, 3, 1)
APPROVED_ON = date(2024, 1, 15)


def store(code: str, stage: Stage, region: Region | None, budget: str, fundings: list[tuple[str | None, str]], spent: str | None,
          end: date, currency: str = "USD", rate: str = "1") -> None:
    """A 12-month project: the rules plan one mandatory final evaluation due on `end`."""
    project = Project(code=code, title=f"Project {code}", stage=stage, region=region, planned_start=end - timedelta(days=364),
                      planned_end=end, budget=Decimal(budget), currency=currency, usd_rate=Decimal(rate))
    project.fundings = [
        Funding(FundingModality.EARMARKED if partner else FundingModality.REGULAR_BUDGET, Decimal(amount), currency, APPROVED_ON,
                partner, code, Decimal(rate))
        for partner, amount in fundings
    ]
    if spent:
        project.expenditures = [Expenditure(2024, ExpenditureType.SUBCONTRACTS, Decimal(spent))]
    save_project(project, allow_stage_change=True)


@pytest.fixture
def portfolio(db):
    ensure_partner(Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL))
    ensure_partner(Partner("EU", "European Union", PartnerCategory.EUROPEAN_UNION))
    # Funded 3/4 by Luxembourg, 1/4 by the EU; its final evaluation was due yesterday.
    store("AFR/1", Stage.IMPLEMENTATION, Region.AFRICA, "2000000.00", [("LUX", "1500000.00"), ("EU", "500000.00")], "500000.00",
          AS_OF - timedelta(days=1))
    # EUR 1,000,000 at 1.08 = US$1,080,000; nothing spent; final due in 30 days.
    store("AME/1", Stage.APPROVED, Region.AMERICAS, "1000000.00", [("EU", "1000000.00")], None, AS_OF + timedelta(days=30),
          currency="EUR", rate="1.08")
    # Regular budget; final due beyond the 90 days.
    store("ASI/1", Stage.EVALUATION_AND_CLOSING, Region.ASIA_PACIFIC, "400000.00", [(None, "400000.00")], "380000.00",
          AS_OF + timedelta(days=200))
    # In design: no money in the active figures, but its evaluation is due in 10 days.
    store("DES/1", Stage.DESIGN, Region.AFRICA, "100000.00", [("LUX", "100000.00")], None, AS_OF + timedelta(days=10))


@pytest.fixture
def dashboard(qtbot, db):
    widget = DashboardWidget()
    widget.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    return widget


@pytest.fixture
def load(qtbot, dashboard):
    """Reload the dashboard as of a date and wait for the figures (read on the worker thread)."""
    def run(as_of):
        with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
            dashboard.reload(as_of)
    return run


def headline(widget: DashboardWidget) -> dict[str, str]:
    return {key: label.text() for key, label in widget.headline.items()}


def test_headline_numbers_of_the_active_portfolio(portfolio, dashboard, load):
    load(AS_OF)
    assert headline(dashboard) == {
        "active": "3",  # AFR/1, AME/1, ASI/1 (DES/1 is in design)
        "budget": "US$3,480,000",  # 2,000,000 + 1,080,000 + 400,000
        "expenditure": "US$880,000",  # 500,000 + 380,000
        "delivery": "25.3%",  # 880,000 / 3,480,000 = 25.287...%
        "due": "2",  # DES/1 in 10 days, AME/1 in 30
        "overdue": "1",  # AFR/1, due yesterday
    }


def test_an_empty_portfolio_shows_zeros_and_no_delivery_rate(dashboard, load):
    load(AS_OF)
    assert headline(dashboard) == {"active": "0", "budget": "US$0", "expenditure": "US$0", "delivery": "\u2014", "due": "0", "overdue": "0"}
    assert dashboard.evaluations_model.rowCount() == 0


def test_projects_by_stage_bars(portfolio, dashboard, load):
    load(AS_OF)
    bars = dashboard.stage_chart.values()["Projects"]
    assert bars == {
        "Design": 1, "Appraisal": 0, "Approved": 1, "Implementation": 1, "Evaluation and closing": 1,
        "Closed": 0, "Suspended": 0, "Cancelled": 0,
    }
    assert dashboard.stage_chart.category_axis.categories()[-1] == "Design"  # drawn bottom-up: Design on top


def test_budget_and_expenditure_by_region_in_millions(portfolio, dashboard, load):
    load(AS_OF)
    assert dashboard.region_chart.value_axis.titleText() == "US$ millions"
    assert dashboard.region_chart.values() == {
        "Budget": {"Africa": 2.0, "Americas": pytest.approx(1.08), "Asia and the Pacific": pytest.approx(0.4)},
        "Expenditure": {"Africa": 0.5, "Americas": 0.0, "Asia and the Pacific": pytest.approx(0.38)},
    }


def test_budget_and_expenditure_by_partner_shared_by_funding(portfolio, dashboard, load):
    load(AS_OF)
    assert dashboard.partner_chart.values() == {
        # EU: 1/4 of AFR/1 (500,000 budget, 125,000 spent) + all of AME/1 (1,080,000)
        # Luxembourg: 3/4 of AFR/1 (1,500,000 budget, 375,000 spent)
        "Budget": {"European Union": pytest.approx(1.58), "Luxembourg": 1.5, "ILO regular budget (RBTC)": pytest.approx(0.4)},
        "Expenditure": {"European Union": 0.125, "Luxembourg": 0.375, "ILO regular budget (RBTC)": pytest.approx(0.38)},
    }
    # Largest first, read from the top of the chart.
    assert dashboard.partner_chart.category_axis.categories()[::-1] == ["European Union", "Luxembourg", "ILO regular budget (RBTC)"]


def test_small_amounts_are_shown_in_thousands(db, dashboard, load):
    store("SML/1", Stage.IMPLEMENTATION, Region.AFRICA, "250000.00", [(None, "250000.00")], "12500.00", AS_OF + timedelta(days=400))
    load(AS_OF)
    assert dashboard.region_chart.value_axis.titleText() == "US$ thousands"
    assert dashboard.region_chart.values() == {"Budget": {"Africa": 250.0}, "Expenditure": {"Africa": 12.5}}


def test_evaluations_table_lists_due_and_overdue_with_overdue_marked(portfolio, dashboard, load):
    load(AS_OF)
    model = dashboard.evaluations_model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [
        ["AFR/1", "Project AFR/1", "Final evaluation", "2025-02-28", "-1", "Required"],  # over US$350,000
        ["DES/1", "Project DES/1", "Final evaluation", "2025-03-11", "10", ""],
        ["AME/1", "Project AME/1", "Final evaluation", "2025-03-31", "30", "Required"],
    ]
    overdue = [model.index(r, 0).data(DueEvaluationsModel.OverdueRole) for r in range(model.rowCount())]
    assert overdue == [True, False, False]
    assert model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1 day overdue" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "2025-03-01" in dashboard.evaluations_box.title()


def test_the_evaluations_model_passes_qt_model_tester(portfolio, dashboard, qtmodeltester, load):
    load(AS_OF)
    qtmodeltester.check(dashboard.evaluations_model)


def test_double_clicking_an_evaluation_opens_its_project(portfolio, dashboard, qtbot, load):
    load(AS_OF)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    view = dashboard.evaluations_view
    centre = view.visualRect(dashboard.evaluations_model.index(1, 2)).center()
    with qtbot.waitSignal(dashboard.project_activated, timeout=1000) as blocker:
        # A real double click is a click followed by a double-click event; the view acts on the
        # second only when the first pressed the same cell.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["DES/1"]


def test_reloading_replaces_the_figures(portfolio, dashboard, load):
    load(AS_OF)
    load(AS_OF + timedelta(days=1))  # AFR/1 now 2 days overdue; DES/1 9 days away
    model = dashboard.evaluations_model
    assert [model.index(r, 4).data() for r in range(model.rowCount())] == ["-2", "9", "29"]
    assert len(dashboard.region_chart.series.barSets()) == 2


def test_the_figures_are_read_off_the_ui_thread_and_a_later_read_wins(portfolio, dashboard, qtbot, monkeypatch):
    import threading

    from tracker.gui import dashboard as module

    readers, release = [], threading.Event()
    real = module.load_dashboard

    def slow(as_of, **kwargs):
        readers.append(threading.current_thread() is threading.main_thread())
        if as_of == AS_OF:
            release.wait(10)  # the first read is still running when the second is asked for
        return real(as_of, **kwargs)

    monkeypatch.setattr(module, "load_dashboard", slow)
    shown = []
    dashboard.loaded.connect(lambda: shown.append(dashboard.board.as_of))
    dashboard.reload(AS_OF)
    qtbot.waitUntil(lambda: readers == [False])  # on the worker thread; the UI thread is free meanwhile
    assert dashboard.evaluations_box.title() == "Reading the figures…"
    dashboard.reload(AS_OF + timedelta(days=1))
    release.set()
    qtbot.waitUntil(lambda: len(readers) == 2)
    qtbot.waitUntil(lambda: shown == [AS_OF + timedelta(days=1)])  # the older result is dropped
    assert readers == [False, False]
