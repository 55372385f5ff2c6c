"""The portfolio read again after a save, as a user meets it: only the saved project's row
changes, the sort and the selection stay, the read runs on the worker thread while the window
stays usable, and a later read wins over an earlier one."""

import threading
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QThreadPool, Signal

from tests.gui.factories import ALL_CODES, visible_codes
from tracker.domain.project import Project
from tracker.exchange.results import ImportReport
from tracker.gui import main_window, portfolio_reload, workers
from tracker.gui.portfolio_columns import COLUMN_INDEX
from tracker.gui.portfolio_reload import NOTHING, Changed, changes_of
from tracker.store.projects import delete_project, load_project, save_project
from tracker.store.queries import portfolio_rows_of

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


class FakeEditor(QObject):
    saved = Signal(str)


@pytest.fixture
def editors(monkeypatch):
    """The editors the window opened (the editor has its own tests): code -> editor."""
    opened = {}

    def open_editor(parent, code=None):
        opened[code] = FakeEditor(parent)
        return opened[code]

    monkeypatch.setattr(main_window, "open_project_editor", open_editor)
    return opened


class Signals:
    """The change signals the table model sends."""

    def __init__(self, model) -> None:
        self.seen: list[tuple] = []
        model.dataChanged.connect(lambda top, bottom, roles=(): self.seen.append(("changed", top.row(), bottom.row())))
        for name in ("modelReset", "layoutChanged", "rowsInserted", "rowsRemoved", "rowsMoved"):
            getattr(model, name).connect(lambda *args, name=name: self.seen.append((name,)))


def selected_codes(window):
    model = window.model
    return [model.row_at(i.row()).code for i in window.portfolio.table.selectionModel().selectedRows()]


def select(window, *codes):
    view, model = window.portfolio, window.model
    for code in codes:
        index = model.index(model.view_row_of(model.id_of_code(code)), 0)
        view.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        view.table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)


def change_budget(code, budget):
    project = load_project(code)
    project.budget = Decimal(budget)
    save_project(project)


def test_saving_a_project_changes_its_row_alone_and_the_sort_and_selection_stay(qtbot, window, editors):
    window.portfolio.table.sortByColumn(COLUMN_INDEX["budget"], Qt.SortOrder.DescendingOrder)
    before = visible_codes(window.model)
    assert before == ["RAF/40/01/EU", "RER/40/01/EU", "SEN/20/01/LUX", "VNM/40/01/LUX", "GLO/40/01/RBT"]
    select(window, "RER/40/01/EU", "VNM/40/01/LUX")
    editor = window.open_project("VNM/40/01/LUX")
    change_budget("VNM/40/01/LUX", "260000.00")  # still between SEN/20 and GLO/40: same place
    signals = Signals(window.model)
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        editor.saved.emit("VNM/40/01/LUX")
    row = before.index("VNM/40/01/LUX")
    assert signals.seen == [("changed", row, row)]  # no reset, no other row
    assert window.model.data(window.model.index(row, COLUMN_INDEX["budget"])) == "260,000.00"
    assert visible_codes(window.model) == before
    assert window.model.sort_state() == (COLUMN_INDEX["budget"], Qt.SortOrder.DescendingOrder)
    assert selected_codes(window) == ["RER/40/01/EU", "VNM/40/01/LUX"]
    assert window.portfolio.current_code() == "VNM/40/01/LUX"
    assert "2 projects selected" in window.portfolio.summary.toPlainText()


def test_a_save_that_changes_the_sort_key_moves_the_row_and_its_selection(qtbot, window, editors):
    window.portfolio.table.sortByColumn(COLUMN_INDEX["budget"], Qt.SortOrder.DescendingOrder)
    select(window, "GLO/40/01/RBT")
    editor = window.open_project("GLO/40/01/RBT")
    change_budget("GLO/40/01/RBT", "9000000.00")  # now the largest
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        editor.saved.emit("GLO/40/01/RBT")
    assert visible_codes(window.model)[0] == "GLO/40/01/RBT"
    assert selected_codes(window) == ["GLO/40/01/RBT"] and window.portfolio.current_code() == "GLO/40/01/RBT"
    assert "9,000,000.00" in window.portfolio.summary.toPlainText()  # the summary shows the saved figures


def test_the_read_runs_on_the_worker_thread_while_the_window_stays_usable(qtbot, window, editors, monkeypatch):
    release, read_on = threading.Event(), []

    def slow_read(ids, codes, **options):
        read_on.append(threading.get_ident())
        release.wait(10)  # the read takes as long as the test wants
        return portfolio_rows_of(ids, codes, **options)

    monkeypatch.setattr(portfolio_reload, "portfolio_rows_of", slow_read)
    editor = window.open_project("SEN/20/01/LUX")
    change_budget("SEN/20/01/LUX", "410000.00")
    editor.saved.emit("SEN/20/01/LUX")
    qtbot.waitUntil(lambda: bool(read_on))
    # While the worker reads, the UI thread filters as the user types.
    qtbot.keyClicks(window.portfolio.filters.search, "senegal")
    assert visible_codes(window.model) == ["SEN/20/01/LUX"]
    assert window.model.row_at(0).budget_cents == 40_000_000  # what it had, until the read is in
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        release.set()
    assert read_on[0] != threading.get_ident()
    assert window.model.row_at(0).budget_cents == 41_000_000
    assert window.counts.text() == "1 of 5 projects"


def test_a_new_project_is_inserted_and_a_deleted_one_removed_with_the_counts(qtbot, window, editors):
    editor = window.open_project(None)
    save_project(Project(code="KHM/40/01/LUX", title="Garment sector dialogue", planned_start=date(2040, 1, 1),
                         planned_end=date(2040, 12, 31)))
    signals = Signals(window.model)
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        editor.saved.emit("KHM/40/01/LUX")
    assert visible_codes(window.model) == ["GLO/40/01/RBT", "KHM/40/01/LUX", *ALL_CODES[1:]]
    assert window.portfolio.current_code() == "KHM/40/01/LUX"  # a project just created is selected
    assert ("modelReset",) not in signals.seen and window.counts.text() == "6 projects"
    gone = window.model.id_of_code("RAF/40/01/EU")
    delete_project("RAF/40/01/EU")
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        window.refresh(Changed.of(ids=[gone]))
    assert "RAF/40/01/EU" not in visible_codes(window.model) and window.counts.text() == "5 projects"
    assert ("modelReset",) not in signals.seen


def test_a_later_read_wins_over_an_earlier_one(qtbot, window, monkeypatch):
    """Two reads of one project whose answers come back the other way round (two worker threads
    here; the app has one, which answers in turn): the earlier answer does not undo the later."""
    monkeypatch.setattr(workers, "_pool", QThreadPool())
    workers.pool().setMaxThreadCount(2)
    first_read, release = threading.Event(), threading.Event()
    answers = iter(["first", "second"])

    def read(ids, codes, **options):
        rows = portfolio_rows_of(ids, codes, **options)
        if next(answers) == "first":  # the earlier read: it read the old budget, then lingers
            first_read.set()
            release.wait(10)
        return rows

    monkeypatch.setattr(portfolio_reload, "portfolio_rows_of", read)
    earlier = window.refresh(Changed.of(codes=["GLO/40/01/RBT"]))
    qtbot.waitUntil(first_read.is_set)
    change_budget("GLO/40/01/RBT", "130000.00")
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        window.refresh(Changed.of(codes=["GLO/40/01/RBT"]))
    assert window.model.row_of_project(window.model.id_of_code("GLO/40/01/RBT")).budget_cents == 13_000_000
    with qtbot.waitSignal(earlier.signals.finished, timeout=10_000):
        release.set()
    assert window.model.row_of_project(window.model.id_of_code("GLO/40/01/RBT")).budget_cents == 13_000_000


def test_a_reload_of_everything_drops_the_answer_of_an_earlier_read(qtbot, window, monkeypatch):
    first_read, release = threading.Event(), threading.Event()

    def read(ids, codes, **options):
        rows = portfolio_rows_of(ids, codes, **options)
        first_read.set()
        release.wait(10)
        return rows

    monkeypatch.setattr(portfolio_reload, "portfolio_rows_of", read)
    earlier = window.refresh(Changed.of(codes=["GLO/40/01/RBT"]))
    qtbot.waitUntil(first_read.is_set)
    change_budget("GLO/40/01/RBT", "130000.00")
    window.database_changed()  # another database opened (here the same): read at once
    shown = []
    window.reloaded.connect(lambda: shown.append(True))
    with qtbot.waitSignal(earlier.signals.finished, timeout=10_000):
        release.set()
    assert shown == []  # the older answer was dropped
    assert window.model.row_of_project(window.model.id_of_code("GLO/40/01/RBT")).budget_cents == 13_000_000


def test_what_an_import_merge_or_replan_changed():
    assert changes_of(ImportReport("in.xlsx", "workbook", unchanged=4)) is NOTHING
    assert changes_of(ImportReport("in.xlsx", "workbook", created=2)) is None  # which ones: not said, read all
    assert changes_of(ImportReport("in.xlsx", "workbook", created=2, dry_run=True)) is NOTHING

    class Listed:
        created = 1
        changed_project_ids = [7]
        changed_project_codes = ["SEN/20/01/LUX"]

    assert changes_of(Listed()) == Changed(frozenset({7}), frozenset({"SEN/20/01/LUX"}))

    class Replanned:
        changed_projects = 0

    assert changes_of(Replanned()) is NOTHING


def test_a_partner_a_save_brings_is_offered_in_the_partner_filter(qtbot, window, editors):
    from tracker.domain.classifications import FundingModality, PartnerCategory
    from tracker.domain.project import Funding, Partner
    from tracker.store.partners import save_partner

    partners = window.portfolio.filters.partner
    assert partners.findData("NORAD") < 0  # a partner the reference data does not hold
    save_partner(Partner("NORAD", "Norad", PartnerCategory.MULTI_BILATERAL))
    save_project(Project(code="NPL/40/01/NOR", title="Skills in Nepal", planned_start=date(2040, 1, 1), planned_end=date(2040, 12, 31),
                         budget=Decimal("1000.00"),
                         fundings=[Funding(FundingModality.EARMARKED, Decimal("1000.00"), "USD", date(2039, 12, 1), "NORAD", "NPL/40/01/NOR")]))
    editor = window.open_project(None)
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        editor.saved.emit("NPL/40/01/NOR")
    assert partners.findData("NORAD") >= 0 and partners.itemText(partners.findData("NORAD")) == "Norad (NORAD)"


def test_a_failed_read_is_shown_unless_a_later_read_supersedes_it(qtbot, window, monkeypatch, shown_errors):
    from tracker.domain.errors import DomainError

    started, release = threading.Event(), threading.Event()

    def failing(ids, codes, **options):
        started.set()
        release.wait(10)
        raise DomainError("the database was closed")

    monkeypatch.setattr(portfolio_reload, "portfolio_rows_of", failing)
    earlier = window.refresh(Changed.of(codes=["GLO/40/01/RBT"]))
    qtbot.waitUntil(started.is_set)
    window.database_changed()  # another database opened meanwhile: read at once
    with qtbot.waitSignal(earlier.signals.finished, timeout=10_000):
        release.set()
    assert shown_errors == []  # the superseded read's failure is not the user's concern
    release.clear()
    started.clear()
    latest = window.refresh(Changed.of(codes=["GLO/40/01/RBT"]))
    with qtbot.waitSignal(latest.signals.finished, timeout=10_000):
        release.set()
    assert [str(e) for e in shown_errors] == ["the database was closed"]
    shown_errors.clear()
