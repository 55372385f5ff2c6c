"""The selection of the portfolio table across filters and reloads: which rows stay selected, and
that they come back as few selection ranges as possible (one after Ctrl+A), which is what keeps a
filter keystroke fast with 100,000 rows selected (docs/performance.md)."""

import pytest
from PySide6.QtCore import Qt

from tests.gui.factories import ALL_CODES, row, visible_codes
from tracker.gui.portfolio_columns import COLUMN_INDEX
from tracker.gui.portfolio_model import PortfolioFilter, PortfolioModel

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]

# Ten projects; the even ids have "youth" in their title.
ROWS = [row(id=i, code=f"P/{i:02}", title=("Youth work" if i % 2 == 0 else "Care work")) for i in range(1, 11)]


@pytest.fixture
def model(qapp, english):
    model = PortfolioModel(locale=english)
    model.set_rows(list(ROWS))
    return model


def ids_on_screen(model, spans):
    return [model.row_at(r).id for start, stop in spans for r in range(start, stop)]


# ------------------------------------------------------------------ the model


def test_projects_on_screen_come_back_as_runs_of_consecutive_rows(model):
    assert model.view_spans_of({1, 2, 3, 5, 9, 10}) == [(0, 3), (4, 5), (8, 10)]
    assert model.view_spans_of(set(range(1, 11))) == [(0, 10)]
    assert model.view_spans_of([]) == [] and model.view_spans_of({99}) == []
    model.set_filter(PortfolioFilter(text="youth"))
    assert model.view_spans_of({2, 3, 4, 8}) == [(0, 2), (3, 4)]  # 3 is filtered out
    assert model.view_rows_of([8, 2, 4]) == [0, 1, 3]


def test_the_ids_of_spans_are_in_view_order_and_each_once(model):
    model.sort(COLUMN_INDEX["code"], Qt.SortOrder.DescendingOrder)
    assert model.ids_in_spans([(0, 2), (1, 3), (8, 10)]) == [10, 9, 8, 2, 1]
    assert model.ids_in_spans([(0, 10), (2, 4)]) == list(range(10, 0, -1))
    assert model.ids_in_spans([]) == []


def test_every_row_kept_is_one_span_after_a_filter(model):
    kept = model.keep([(0, 10)])  # Ctrl+A
    model.set_filter(PortfolioFilter(text="youth"))
    assert model.kept_spans(kept) == [(0, 5)]
    assert ids_on_screen(model, model.kept_spans(kept)) == [2, 4, 6, 8, 10]


def test_rows_kept_under_a_filter_are_found_after_a_narrower_or_no_filter(model):
    model.set_filter(PortfolioFilter(text="work"))
    kept = model.keep([(0, 3), (5, 6)])  # P/01-P/03 and P/06
    model.set_filter(PortfolioFilter(text="youth"))
    assert ids_on_screen(model, model.kept_spans(kept)) == [2, 6]
    model.set_filter(PortfolioFilter())
    assert model.kept_spans(kept) == [(0, 3), (5, 6)]


def test_kept_rows_follow_a_sort(model):
    kept = model.keep([(0, 2), (9, 10)])  # P/01, P/02, P/10
    model.sort(COLUMN_INDEX["code"], Qt.SortOrder.DescendingOrder)
    assert model.kept_spans(kept) == [(0, 1), (8, 10)]


def test_kept_rows_are_found_by_project_id_after_a_reload(model):
    kept = model.keep([(1, 3)])  # ids 2 and 3
    model.set_rows([row(id=11, code="P/00", title="New"), *reversed(ROWS[1:])])  # id 1 gone, a new row first
    assert visible_codes(model)[:3] == ["P/00", "P/02", "P/03"]
    assert model.kept_spans(kept) == [(1, 3)]
    everything = model.keep([(0, 10)])
    model.set_rows(ROWS[:4])
    assert model.kept_spans(everything) == [(1, 4)]  # 2, 3 and 4 were loaded before; 1 was not


def test_nothing_kept_is_nothing(model):
    assert model.keep([]) is None


def test_a_selection_is_whole_rows_one_range_per_span(model):
    selection = model.row_selection([(0, 3), (5, 6)])
    assert [(r.top(), r.bottom(), r.left(), r.right()) for r in selection] == [(0, 2, 0, model.columnCount() - 1),
                                                                                 (5, 5, 0, model.columnCount() - 1)]


# ------------------------------------------------------------------ the window


def ranges(window):
    return [(r.top(), r.bottom()) for r in window.portfolio.table.selectionModel().selection()]


def select_all(qtbot, window):
    window.portfolio.table.setFocus()
    qtbot.keyClick(window.portfolio.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def test_after_select_all_a_filter_selects_the_rows_left_as_one_range(qtbot, window):
    select_all(qtbot, window)
    qtbot.keyClicks(window.portfolio.filters.search, "youth")
    assert ranges(window) == [(0, 1)]
    assert window.portfolio.selected_ids() == [window.model.row_at(0).id, window.model.row_at(1).id]
    window.portfolio.filters.search.clear()  # the selection is what was selected under the filter
    assert [window.model.row_at(r).code for top, bottom in ranges(window) for r in range(top, bottom + 1)] == [
        "RER/40/01/EU", "SEN/20/01/LUX"]
    assert ranges(window) == [(2, 3)]


def test_a_scattered_selection_survives_a_filter_in_as_few_ranges_as_it_needs(qtbot, window):
    view = window.portfolio
    ids = {window.model.row_at(r).code: window.model.row_at(r).id for r in range(window.model.rowCount())}
    view.select_project(ids["GLO/40/01/RBT"])
    table = view.table
    for code in ("RER/40/01/EU", "VNM/40/01/LUX"):
        rect = table.visualRect(window.model.index(window.model.view_row_of(ids[code]), COLUMN_INDEX["title"]))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center())
    assert view.selected_ids() == [ids["GLO/40/01/RBT"], ids["RER/40/01/EU"], ids["VNM/40/01/LUX"]]
    qtbot.keyClicks(view.filters.search, "o")  # every title has an "o"
    assert visible_codes(window.model) == ALL_CODES and ranges(window) == [(0, 0), (2, 2), (4, 4)]
    assert view.current_code() == "VNM/40/01/LUX"
    assert "3 projects selected" in view.summary.toPlainText()


def test_select_all_survives_a_reload(qtbot, window):
    select_all(qtbot, window)
    with qtbot.waitSignal(window.reloaded, timeout=10_000):  # F5 reads on the worker thread
        window.menu_actions.refresh.trigger()
    assert ranges(window) == [(0, 4)]
    assert "5 projects selected" in window.portfolio.summary.toPlainText()
