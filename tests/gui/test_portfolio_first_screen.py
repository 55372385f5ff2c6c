"""A large portfolio as a user meets it when the database opens: the first screen of rows in the
remembered sort is there at once and says the list is loading; the whole list, read on the worker
thread, then replaces it keeping the selection, the scroll position, the sort and the filter; a
sort or a filter asked for meanwhile never shows rows drawn from the first screen alone. Here a
"large" list is five projects (the thresholds are lowered), and the worker's read is held back
until the test lets it go."""

import threading
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from tests.gui.factories import ALL_CODES, visible_codes
from tracker.domain.classifications import Region
from tracker.domain.project import Project
from tracker.gui import actions, portfolio_reload
from tracker.gui import settings as keys
from tracker.gui.portfolio_columns import COLUMN_INDEX, COLUMNS
from tracker.gui.portfolio_model import PortfolioFilter, PortfolioModel
from tracker.gui.portfolio_reload import Changed
from tracker.gui.settings import Settings
from tracker.store.partners import find_partner, save_partner
from tracker.store.projects import load_project, save_project
from tracker.store.queries import FIRST_ROWS_SORTS, portfolio_rows

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]

BY_BUDGET_DOWN = ["RAF/40/01/EU", "RER/40/01/EU", "SEN/20/01/LUX", "VNM/40/01/LUX", "GLO/40/01/RBT"]


class HeldRead:
    """portfolio_rows as the reader calls it, held back until release(); records the threads."""

    def __init__(self) -> None:
        self.started, self._release = threading.Event(), threading.Event()
        self.threads: list[int] = []

    def __call__(self, **options):
        self.threads.append(threading.get_ident())
        self.started.set()
        self._release.wait(10)
        return portfolio_rows(**options)

    def release(self) -> None:
        self._release.set()


@pytest.fixture
def large(monkeypatch):
    """Five projects count as a large list, two rows as a screenful; the whole read is held."""
    monkeypatch.setattr(portfolio_reload, "LAZY_FROM", 3)
    monkeypatch.setattr(portfolio_reload, "FIRST_SCREEN_ROWS", 2)
    monkeypatch.setattr(portfolio_reload, "SORT_ORDERS_DELAY_MS", 10)
    held = HeldRead()
    monkeypatch.setattr(portfolio_reload, "portfolio_rows", held)
    return held


@pytest.fixture
def open_window(portfolio, qtbot, english, tmp_path):
    """A main window built as the app builds it, the sort remembered in its settings."""
    from tracker.gui.main_window import MainWindow

    def make(sort: str = "budget", descending: bool = True) -> MainWindow:
        settings = Settings(tmp_path / "settings.ini")
        settings.set(keys.SORT_COLUMN, sort)
        settings.set(keys.SORT_DESCENDING, descending)
        window = MainWindow(settings=settings, locale=english)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def wait_for_whole_list(qtbot, window, held: HeldRead) -> None:
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        held.release()


def test_the_first_screen_in_the_remembered_sort_is_shown_before_the_whole_list_is_read(qtbot, open_window, large):
    window = open_window("budget", descending=True)
    qtbot.waitUntil(large.started.is_set)  # the worker is reading the whole list, and waits
    assert window.model.is_loading()
    assert visible_codes(window.model) == BY_BUDGET_DOWN[:2]  # the two largest budgets, read with LIMIT
    assert window.counts.text() == "Loading projects…"
    wait_for_whole_list(qtbot, window, large)
    assert not window.model.is_loading()
    assert visible_codes(window.model) == BY_BUDGET_DOWN
    assert window.model.sort_state() == (COLUMN_INDEX["budget"], Qt.SortOrder.DescendingOrder)
    assert window.counts.text() == "5 projects"
    assert large.threads == [large.threads[0]] and large.threads[0] != threading.get_ident()


def test_the_whole_list_keeps_the_selection_and_the_scroll_position(qtbot, open_window, large):
    window = open_window("budget", descending=True)
    view, model = window.portfolio, window.model
    index = model.index(1, 0)  # RER/40/01/EU, second on the first screen
    view.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    scroll = view.table.verticalScrollBar()
    position = scroll.value()
    wait_for_whole_list(qtbot, window, large)
    assert view.current_code() == "RER/40/01/EU" and view.selected_ids() == [model.id_of_code("RER/40/01/EU")]
    assert scroll.value() == position


def test_a_filter_typed_while_loading_shows_no_partial_answer_and_applies_to_the_whole_list(qtbot, open_window, large):
    window = open_window("budget", descending=True)
    qtbot.keyClicks(window.portfolio.filters.search, "youth")
    # Among the first screen's two rows, only RER/40 holds "youth": showing it alone would be a
    # wrong answer (SEN/20 holds it too, and is not read yet).
    assert window.model.rowCount() == 0 and window.model.is_loading()
    assert window.portfolio.empty_hint.isVisibleTo(window) and "Loading projects" in window.portfolio.empty_hint.text()
    wait_for_whole_list(qtbot, window, large)
    assert visible_codes(window.model) == ["RER/40/01/EU", "SEN/20/01/LUX"]
    assert not window.portfolio.empty_hint.isVisibleTo(window)
    assert window.counts.text() == "2 of 5 projects"


def test_a_sort_asked_for_while_loading_applies_to_the_whole_list(qtbot, open_window, large):
    window = open_window("budget", descending=True)
    window.portfolio.table.sortByColumn(COLUMN_INDEX["code"], Qt.SortOrder.AscendingOrder)
    assert window.model.rowCount() == 0  # not the first screen's two rows in code order
    window.portfolio.table.sortByColumn(COLUMN_INDEX["budget"], Qt.SortOrder.DescendingOrder)
    assert visible_codes(window.model) == BY_BUDGET_DOWN[:2]  # the first screen's own sort: shown again
    window.portfolio.table.sortByColumn(COLUMN_INDEX["code"], Qt.SortOrder.AscendingOrder)
    wait_for_whole_list(qtbot, window, large)
    assert visible_codes(window.model) == ALL_CODES


def test_a_small_list_is_read_whole_while_the_window_is_built(qtbot, open_window, monkeypatch):
    read = []
    monkeypatch.setattr(portfolio_reload, "portfolio_rows", lambda **options: read.append(threading.get_ident()) or portfolio_rows(**options))
    window = open_window("code", descending=False)
    assert visible_codes(window.model) == ALL_CODES and not window.model.is_loading()
    assert read == [threading.get_ident()] and window.counts.text() == "5 projects"


@pytest.mark.parametrize("descending", [False, True])
def test_each_first_screen_is_the_first_rows_of_the_whole_list_in_that_sort(qtbot, open_window, large, monkeypatch, descending):
    """The bounded query's order is the table's own, empty cells last both ways, equal values in
    code order; partners and the evaluation status, which SQL does not order here, give the first
    rows in code order, sorted among themselves."""
    save_project(Project(code="AAA/40/01/X", title="Nothing planned yet", planned_start=None, planned_end=None, region=None))
    save_project(Project(code="ZZZ/40/01/X", title="Youth employment in Senegal", planned_start=date(2040, 1, 1),
                         planned_end=date(2040, 12, 31), region=Region.AFRICA, countries=["SN"], budget=Decimal("400000.00")))
    monkeypatch.setattr(portfolio_reload, "FIRST_SCREEN_ROWS", 100)
    window = open_window("code")
    wait_for_whole_list(qtbot, window, large)
    whole = portfolio_rows(include_archived=False)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    for column in COLUMNS:
        window.portfolio.table.sortByColumn(COLUMN_INDEX[column.key], order)
        first = window.reader._first_screen(False)
        model = PortfolioModel(locale=window.model.locale)
        model.set_rows(whole)
        model.sort(COLUMN_INDEX[column.key], order)
        if column.key in FIRST_ROWS_SORTS:
            assert [r.code for r in first] == visible_codes(model), column.key
        else:
            assert [r.code for r in first] == sorted(r.code for r in whole), column.key


def test_saving_one_project_does_not_read_the_whole_list_again(qtbot, open_window, large):
    window = open_window("budget", descending=True)
    wait_for_whole_list(qtbot, window, large)
    reads = len(large.threads)
    project = load_project("VNM/40/01/LUX")
    project.title = "Skills for green jobs in Viet Nam"
    save_project(project)
    changed = []
    window.model.dataChanged.connect(lambda top, bottom, roles=(): changed.append((top.row(), bottom.row())))
    resets = []
    window.model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        window.refresh(Changed.of(codes=["VNM/40/01/LUX"]), "VNM/40/01/LUX")
    row = BY_BUDGET_DOWN.index("VNM/40/01/LUX")
    assert changed == [(row, row)] and resets == []
    assert window.model.row_at(row).title == "Skills for green jobs in Viet Nam"
    assert len(large.threads) == reads  # the whole list was not read again


def test_a_partner_renamed_reaches_the_rows_and_the_partner_filter_from_the_worker(qtbot, open_window, large):
    window = open_window("code", descending=False)
    wait_for_whole_list(qtbot, window, large)
    dialog = actions.open_partners(window)
    save_partner(replace(find_partner("LUX"), name="Grand Duchy of Luxembourg"))
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        dialog.partners_changed.emit()  # as the dialog does after a partner is saved
    model = window.model
    assert model.row_of_project(model.id_of_code("SEN/20/01/LUX")).partner_names == ("Grand Duchy of Luxembourg",)
    partners = window.portfolio.filters.partner
    assert partners.itemText(partners.findData("LUX")) == "Grand Duchy of Luxembourg (LUX)"
    qtbot.keyClicks(window.portfolio.filters.search, "duchy")
    assert visible_codes(model) == ["RAF/40/01/EU", "SEN/20/01/LUX", "VNM/40/01/LUX"]
    assert len(large.threads) == 2 and threading.get_ident() not in large.threads  # both reads on the worker
    dialog.close()


def test_sort_orders_computed_in_the_background_sort_as_the_model_does(qtbot, open_window, large):
    window = open_window("code", descending=False)
    with qtbot.waitSignal(window.reader.sort_orders_ready, timeout=10_000):
        large.release()
    model = window.model
    assert model.missing_sort_orders() == []
    fresh = PortfolioModel(locale=model.locale)
    fresh.set_rows(model.rows())
    for column in range(len(COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            window.portfolio.table.sortByColumn(column, order)
            fresh.sort(column, order)
            assert visible_codes(model) == visible_codes(fresh), (COLUMNS[column].key, order)
    # A save moves rows: the orders computed before are dropped, and computed again a little later.
    window.portfolio.table.sortByColumn(COLUMN_INDEX["budget"], Qt.SortOrder.AscendingOrder)
    project = load_project("GLO/40/01/RBT")
    project.budget = Decimal("9000000.00")
    save_project(project)
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        window.refresh(Changed.of(codes=["GLO/40/01/RBT"]))
    assert visible_codes(model)[-1] == "GLO/40/01/RBT" and model.missing_sort_orders() != []
    with qtbot.waitSignal(window.reader.sort_orders_ready, timeout=10_000):
        pass
    window.portfolio.table.sortByColumn(COLUMN_INDEX["budget"], Qt.SortOrder.DescendingOrder)
    assert visible_codes(model)[0] == "GLO/40/01/RBT"


def test_typing_on_filters_the_rows_shown_as_a_fresh_search_would(qapp, english):
    """Each word typed on narrows the rows already shown; deleting letters searches every row."""
    from tests.gui.test_portfolio_model import ROWS

    model = PortfolioModel(locale=english)
    model.set_rows(list(ROWS))
    for text in ["l", "lu", "lux", "lux e", "lux eu", "lux e", "lux", "l", "", "sta", "sta lab", "y"]:
        model.set_filter(PortfolioFilter(text=text))
        fresh = PortfolioModel(locale=english)
        fresh.set_rows(list(ROWS))
        fresh.set_filter(PortfolioFilter(text=text))
        assert visible_codes(model) == visible_codes(fresh), text


def test_a_whole_list_that_cannot_be_read_says_so_and_f5_reads_it_again(large, open_window, qtbot, monkeypatch):
    """The worker's read fails (the server went away, say): the error is shown, the first screen
    stays and the window says the list is incomplete instead of loading for ever; F5 reads again."""
    from tracker.gui import errors

    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc: shown.append(str(exc)))

    def failing(**options):
        raise OSError("the connection to the server was lost")

    monkeypatch.setattr(portfolio_reload, "portfolio_rows", failing)
    window = open_window()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["the connection to the server was lost"]
    assert window.portfolio.is_loading() and window.counts.text() == "Not every project could be read (F5 reads them again)"
    monkeypatch.setattr(portfolio_reload, "portfolio_rows", portfolio_rows)
    window.reload()
    qtbot.waitUntil(lambda: not window.portfolio.is_loading())
    assert window.counts.text() == f"{len(ALL_CODES)} projects"
