"""The portfolio table model on plain rows: what each column shows, sorting and filtering in the
model, and Qt's own model checks. No database: the model only ever sees PortfolioRow values."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QIcon

from tests.gui.factories import row, visible_codes
from tracker.domain.classifications import (
    EvaluationKind,
    FundingModality,
    Region,
    Stage,
    StrategicObjective,
)
from tracker.gui.portfolio_columns import COLUMN_INDEX, COLUMNS
from tracker.gui.portfolio_model import (
    REGULAR_BUDGET,
    PortfolioFilter,
    PortfolioModel,
    ProjectIdRole,
)

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]

ROWS = [
    row(id=1, code="A/1", title="Youth employment", partners="EU, LUX", partner_names=("European Union", "Luxembourg"),
        region=Region.AFRICA, countries="BF, SN", stage=Stage.IMPLEMENTATION, start=date(2024, 1, 1), end=date(2025, 12, 31),
        budget_cents=20_000_000, expenditure_cents=5_000_000, next_due=date(2024, 12, 31), next_evaluation=EvaluationKind.MID_TERM,
        overdue_count=2, outcome=StrategicObjective.EMPLOYMENT, modalities=(FundingModality.EARMARKED,),
        overdue_text="mid-term 1 2024-12-31;final 1 2025-12-31"),
    row(id=2, code="B/2", title="Care work", region=Region.ARAB_STATES, stage=Stage.DESIGN, budget_cents=12_000_000,
        outcome=StrategicObjective.SOCIAL_PROTECTION, modalities=(FundingModality.REGULAR_BUDGET,), is_demo=True,
        next_due=date(2040, 6, 30), next_evaluation=EvaluationKind.FINAL),
    row(id=3, code="C/3", title="Labour statistics", partners="LUX", partner_names=("Luxembourg",), region=Region.ASIA_PACIFIC,
        countries="VN", stage=Stage.APPRAISAL, budget_cents=None, outcome=StrategicObjective.STANDARDS,
        modalities=(FundingModality.VOLUNTARY_CORE,)),
]


@pytest.fixture
def model(qapp, english):
    model = PortfolioModel(locale=english)
    model.set_rows(list(ROWS))
    return model


def cell(model, code, column, role=Qt.ItemDataRole.DisplayRole):
    view_row = next(r for r in range(model.rowCount()) if model.row_at(r).code == code)
    return model.data(model.index(view_row, COLUMN_INDEX[column]), role)


def test_the_model_passes_qt_model_tester(model, qtmodeltester):
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)  # and Qt's own QAbstractItemModelTester


def test_the_model_passes_the_tester_while_sorting_and_filtering(model, qtmodeltester):
    qtmodeltester.check(model, force_py=True)
    model.sort(COLUMN_INDEX["budget"], Qt.SortOrder.DescendingOrder)
    model.set_filter(PortfolioFilter(text="o"))
    model.set_rows(list(reversed(ROWS)))
    model.sort(-1)


def test_headers_come_from_the_column_specs(model):
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert titles == [c.title for c in COLUMNS]
    assert titles[:3] == ["Code", "Title", "Partners"] and "Budget (US$)" in titles
    assert model.headerData(COLUMN_INDEX["budget"], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_money_rates_and_dates_in_english(model):
    assert cell(model, "A/1", "budget") == "200,000.00"
    assert cell(model, "A/1", "expenditure") == "50,000.00"
    assert cell(model, "A/1", "delivery") == "25.0"
    assert cell(model, "A/1", "start") == "1/1/2024"  # en_US short date, with the century
    assert cell(model, "C/3", "budget") == "" and cell(model, "C/3", "delivery") == ""


def test_money_and_dates_follow_the_locale(qapp):
    model = PortfolioModel(locale=QLocale(QLocale.Language.French, QLocale.Country.France))
    model.set_rows(list(ROWS))
    assert cell(model, "A/1", "budget").replace("\u202f", " ") == "200 000,00"
    assert cell(model, "A/1", "start") == "01/01/2024"


def test_figures_are_right_aligned_and_text_left_aligned(model):
    align = lambda column: Qt.AlignmentFlag(cell(model, "A/1", column, Qt.ItemDataRole.TextAlignmentRole))
    for column in ("budget", "expenditure", "delivery", "start"):
        assert align(column) & Qt.AlignmentFlag.AlignRight
    assert align("title") & Qt.AlignmentFlag.AlignLeft


def test_regular_budget_projects_name_ilo_rbtc_as_funder(model):
    assert cell(model, "B/2", "partners") == "ILO RBTC"
    assert "regular budget" in cell(model, "B/2", "partners", Qt.ItemDataRole.ToolTipRole)
    assert cell(model, "A/1", "partners") == "EU, LUX"
    assert "Luxembourg" in cell(model, "A/1", "partners", Qt.ItemDataRole.ToolTipRole)


def test_overdue_evaluations_are_marked_bold_coloured_with_an_icon_and_listed(model):
    assert cell(model, "A/1", "evaluation") == "2 overdue"
    font = cell(model, "A/1", "evaluation", Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert cell(model, "A/1", "next_due", Qt.ItemDataRole.ForegroundRole) is not None
    assert isinstance(cell(model, "A/1", "evaluation", Qt.ItemDataRole.DecorationRole), QIcon)
    tip = cell(model, "A/1", "evaluation", Qt.ItemDataRole.ToolTipRole)
    assert "Mid-term evaluation, due 12/31/2024" in tip and "Final evaluation, due 12/31/2025" in tip
    assert cell(model, "B/2", "evaluation") == "On schedule"
    assert cell(model, "B/2", "evaluation", Qt.ItemDataRole.FontRole) is None
    assert cell(model, "C/3", "evaluation") == "None open"


def test_demo_projects_carry_a_subtle_marker(model):
    assert cell(model, "B/2", "code", Qt.ItemDataRole.FontRole).italic()
    assert "Demo data" in cell(model, "B/2", "code", Qt.ItemDataRole.ToolTipRole)
    assert cell(model, "A/1", "code", Qt.ItemDataRole.FontRole) is None


def test_sorting_by_budget_puts_blanks_last_both_ways(model):
    model.sort(COLUMN_INDEX["budget"], Qt.SortOrder.AscendingOrder)
    assert visible_codes(model) == ["B/2", "A/1", "C/3"]
    model.sort(COLUMN_INDEX["budget"], Qt.SortOrder.DescendingOrder)
    assert visible_codes(model) == ["A/1", "B/2", "C/3"]  # the largest first, no budget still last


def test_sorting_by_a_date_puts_blanks_last_both_ways(model):
    model.sort(COLUMN_INDEX["start"], Qt.SortOrder.AscendingOrder)
    assert visible_codes(model)[0] == "A/1"
    model.sort(COLUMN_INDEX["start"], Qt.SortOrder.DescendingOrder)
    assert visible_codes(model) == ["A/1", "B/2", "C/3"]  # B/2 and C/3 have no start: last, in code order


@pytest.mark.parametrize("column", [c.key for c in COLUMNS])
def test_every_column_sorts_empty_cells_last_in_both_directions(model, column):
    empty = {"C/3"} if column in ("budget", "delivery") else set()
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(COLUMN_INDEX[column], order)
        codes = visible_codes(model)
        texts = [cell(model, code, column) for code in codes]
        blanks = [code for code, text in zip(codes, texts) if not text]
        assert codes[len(codes) - len(blanks):] == blanks, (column, order, texts)
        assert empty <= set(blanks)


def test_a_row_saved_while_sorted_descending_keeps_blanks_last(model):
    model.sort(COLUMN_INDEX["budget"], Qt.SortOrder.DescendingOrder)
    model.update_rows([row(id=4, code="D/4", title="New", budget_cents=None), row(id=5, code="E/5", title="Big", budget_cents=90_000_000)])
    assert visible_codes(model) == ["E/5", "A/1", "B/2", "C/3", "D/4"]


def test_stages_sort_in_cycle_order_not_alphabetically(model):
    model.sort(COLUMN_INDEX["stage"], Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r).stage for r in range(3)] == [Stage.DESIGN, Stage.APPRAISAL, Stage.IMPLEMENTATION]


def test_most_overdue_sorts_first_by_evaluation_status(model):
    model.sort(COLUMN_INDEX["evaluation"], Qt.SortOrder.AscendingOrder)
    assert visible_codes(model) == ["A/1", "B/2", "C/3"]


def test_search_matches_every_word_in_code_title_partner_names_and_country_names(model):
    model.set_filter(PortfolioFilter(text="luxembourg"))
    assert visible_codes(model) == ["A/1", "C/3"]
    model.set_filter(PortfolioFilter(text="senegal youth"))  # SN is Senegal
    assert visible_codes(model) == ["A/1"]
    model.set_filter(PortfolioFilter(text="RBTC"))
    assert visible_codes(model) == ["B/2"]
    model.set_filter(PortfolioFilter(text="nothing like this"))
    assert visible_codes(model) == []


def test_filters_by_classification_combine(model):
    model.set_filter(PortfolioFilter(region=Region.AFRICA))
    assert visible_codes(model) == ["A/1"]
    model.set_filter(PortfolioFilter(partner="LUX"))
    assert visible_codes(model) == ["A/1", "C/3"]
    model.set_filter(PortfolioFilter(partner=REGULAR_BUDGET))
    assert visible_codes(model) == ["B/2"]
    model.set_filter(PortfolioFilter(modality=FundingModality.VOLUNTARY_CORE))
    assert visible_codes(model) == ["C/3"]
    model.set_filter(PortfolioFilter(outcome=StrategicObjective.EMPLOYMENT, overdue_only=True))
    assert visible_codes(model) == ["A/1"]
    model.set_filter(PortfolioFilter(stage=Stage.DESIGN, partner="LUX"))
    assert visible_codes(model) == []


def test_filtering_keeps_the_sort_and_reloading_keeps_both(model):
    model.sort(COLUMN_INDEX["title"], Qt.SortOrder.DescendingOrder)
    model.set_filter(PortfolioFilter(text="o"))  # every title but "Care work" has an o... and it too
    assert visible_codes(model) == ["A/1", "C/3", "B/2"]
    model.set_rows([ROWS[2], ROWS[0]])
    assert visible_codes(model) == ["A/1", "C/3"]
    assert model.sort_state() == (COLUMN_INDEX["title"], Qt.SortOrder.DescendingOrder)


def test_rows_are_found_by_project_id(model):
    model.set_filter(PortfolioFilter(partner="LUX"))
    assert model.view_row_of(3) == 1
    assert model.view_row_of(2) is None  # filtered out
    assert model.data(model.index(1, 0), ProjectIdRole) == 3


def test_counts(model):
    model.set_filter(PortfolioFilter(overdue_only=True))
    assert (model.visible_count(), model.total_count()) == (1, 3)
