"""Tools > Recompute Evaluation Plans… in the desktop app: asked first, run off the UI thread, the
result said and the window reloaded; Cancel writes nothing; not offered on a read-only database."""

import threading
import time
from datetime import date

import pytest

from tracker.domain.classifications import EvaluationKind, EvaluationStatus
from tracker.gui import replan_command
from tracker.store import models as m
from tracker.store.projects import load_project

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]

CODE = "RER/40/01/EU"  # 1 Jan 2040 - 30 Jun 2041, US$4.28 million: a mid-term and a final evaluation


@pytest.fixture
def confirmed(monkeypatch):
    """The confirmation is answered Yes; the windows it was asked over."""
    asked = []
    monkeypatch.setattr(replan_command, "ask_confirmation", lambda parent: asked.append(parent) or True)
    return asked


@pytest.fixture
def results(monkeypatch):
    """What the result box would have said: (headline, details)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(replan_command, "show_result", lambda parent, title, text, details: shown.append((text, details)))
    return shown


def make_plan_stale():
    # The end date moves to 30 Jun 2043 behind the rules' back (as a rule-set change or a bulk
    # edit leaves it): 42 months, over 30, so annual reviews on 1 Jan 2041, 2042 and 2043 and the
    # final evaluation on 30 Jun 2043.
    m.Project.update(planned_end=date(2043, 6, 30)).where(m.Project.code == CODE).execute()


def evaluations(code=CODE):
    return [(e.kind, e.sequence, e.due, e.status) for e in load_project(code).evaluations]


def table_row(window, code=CODE):
    return next(window.model.row_at(r) for r in range(window.model.rowCount()) if window.model.row_at(r).code == code)


def test_a_stale_plan_is_rewritten_and_the_message_says_one_plan_changed(qtbot, window, confirmed, results):
    make_plan_stale()
    with qtbot.waitSignal(window.reloaded, timeout=10_000):  # F5 reads on the worker thread
        window.menu_actions.refresh.trigger()
    before = table_row(window).next_due
    with qtbot.waitSignal(window.reloaded, timeout=30_000):
        window.replan_action.trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert confirmed == [window]
    ((headline, details),) = results
    assert headline == "1 evaluation plan changed."
    # Only the project made stale is re-planned: the others' plan fingerprints still hold.
    assert details.startswith("5 projects checked: 4 skipped as unchanged, 1 re-planned, 1 changed (3 evaluations added, 2 updated)")
    assert evaluations() == [
        (EvaluationKind.MID_TERM, 1, date(2040, 9, 30), EvaluationStatus.NOT_REQUIRED),  # 546 days // 2 after 1 Jan 2040
        (EvaluationKind.ANNUAL_REVIEW, 1, date(2041, 1, 1), EvaluationStatus.PLANNED),
        (EvaluationKind.ANNUAL_REVIEW, 2, date(2042, 1, 1), EvaluationStatus.PLANNED),
        (EvaluationKind.ANNUAL_REVIEW, 3, date(2043, 1, 1), EvaluationStatus.PLANNED),
        (EvaluationKind.FINAL, 1, date(2043, 6, 30), EvaluationStatus.PLANNED),
    ]
    assert before != table_row(window).next_due == date(2041, 1, 1)  # the table was read again
    assert window.statusBar().currentMessage().startswith("1 evaluation plan changed.")


def test_a_consistent_portfolio_changes_no_plan(qtbot, window, confirmed, results):
    before = evaluations()
    window.replan_action.trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert results[0][0] == "No evaluation plan changed."
    assert evaluations() == before


def test_declining_the_confirmation_does_nothing(qtbot, window, monkeypatch, results):
    monkeypatch.setattr(replan_command, "ask_confirmation", lambda parent: False)
    make_plan_stale()
    before = evaluations()
    assert replan_command.recompute_plans(window) is None
    qtbot.wait(50)
    assert evaluations() == before and results == []


def test_cancel_in_the_progress_dialog_leaves_the_database_unchanged(qtbot, window, monkeypatch, confirmed, results):
    make_plan_stale()
    before = (evaluations(), m.AuditEntry.select().count(), load_project(CODE).version)
    real_replan_all = replan_command.replan_all
    started = threading.Event()

    def replan_all_when_cancelled(progress=None, cancelled=None, who=None):
        # On the worker thread: hold the work until the user has pressed Cancel, then let
        # replan_all see it (it checks before it writes anything).
        started.set()
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return real_replan_all(progress=progress, cancelled=cancelled, who=who)

    monkeypatch.setattr(replan_command, "replan_all", replan_all_when_cancelled)
    operation = replan_command.recompute_plans(window)
    assert operation is not None
    qtbot.waitUntil(started.is_set, timeout=10_000)
    operation.dialog.canceled.emit()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=30_000)
    assert window.statusBar().currentMessage() == "Recomputing evaluation plans was cancelled; nothing was changed"
    assert (evaluations(), m.AuditEntry.select().count(), load_project(CODE).version) == before
    assert results == []


def test_the_action_is_in_the_tools_menu_and_disabled_on_a_read_only_database(qtbot, tmp_path, english):
    from tests.gui.factories import small_portfolio
    from tracker.gui import file_commands
    from tracker.gui.main_window import MainWindow
    from tracker.store.database import close_database, open_database

    archive, current = tmp_path / "archive.sqlite3", tmp_path / "current.sqlite3"
    for path in (archive, current):
        open_database(path)
        small_portfolio()
        close_database()
    open_database(archive, read_only=True)
    try:
        window = MainWindow(locale=english)
        qtbot.addWidget(window)
        tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
        assert window.replan_action in tools.actions()
        assert window.replan_action.text() == "Recompute &Evaluation Plans…"
        assert not window.replan_action.isEnabled()
        assert file_commands.switch_database(window, current)
        assert window.replan_action.isEnabled()
    finally:
        close_database()
