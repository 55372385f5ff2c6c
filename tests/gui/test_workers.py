"""Operations off the UI thread: results, errors, progress and cancelling, and the worker's own
database connection."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from tracker.domain.errors import DomainError
from tracker.gui import workers
from tracker.gui.workers import Cancelled, Operation, Progress
from tracker.store import models as m

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def run(qtbot, operation: Operation):
    with qtbot.waitSignal(operation.signals.finished, timeout=10_000):
        operation.run()


def test_the_work_runs_off_the_ui_thread_and_success_comes_back_on_it(qtbot, parent):
    results = []
    operation = Operation(parent, lambda progress: threading.get_ident(), label="Working…",
                          success=lambda worker: results.append((worker, threading.get_ident())))
    run(qtbot, operation)
    ((worker, ui),) = results
    assert worker != ui == threading.get_ident()


def test_a_failure_is_shown_with_show_error(qtbot, parent, shown_errors):
    def work(progress):
        raise DomainError("the file is read-only")

    run(qtbot, Operation(parent, work, label="Writing…"))
    assert [str(e) for e in shown_errors] == ["the file is read-only"]
    shown_errors.clear()


def test_a_failure_callback_replaces_the_dialog(qtbot, parent):
    failures = []
    run(qtbot, Operation(parent, lambda progress: 1 / 0, label="Dividing…", failure=failures.append))
    assert isinstance(failures[0], ZeroDivisionError)


def test_progress_reaches_the_dialog(qtbot, parent):
    release = threading.Event()

    def work(progress):
        progress(3, 10, "Project 3 of 10")
        release.wait(10)
        return "done"

    operation = Operation(parent, work, label="Counting…", show_after_ms=0)
    with qtbot.waitSignal(operation.signals.finished, timeout=10_000):
        operation.run()
        qtbot.waitUntil(lambda: operation.dialog.value() == 3)
        assert operation.dialog.maximum() == 10 and operation.dialog.labelText() == "Project 3 of 10"
        release.set()


def test_cancel_in_the_dialog_stops_the_work_at_its_next_check(qtbot, parent):
    started, outcome = threading.Event(), []

    def work(progress):
        started.set()
        for _ in range(1000):  # bounded: the test fails rather than hangs
            if progress.cancelled:
                progress.check()
            threading.Event().wait(0.01)
        return "finished anyway"

    operation = Operation(parent, work, label="Long work…", success=outcome.append, show_after_ms=0)
    with qtbot.waitSignal(operation.signals.cancelled, timeout=10_000):
        operation.run()
        qtbot.waitUntil(started.is_set)
        qtbot.waitUntil(operation.dialog.isVisible)
        qtbot.mouseClick(operation.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: operation not in workers._running)
    assert outcome == []


def test_the_worker_closes_the_connection_it_opened(qtbot, parent, db, monkeypatch):
    closed_on = []
    original = db.close
    monkeypatch.setattr(db, "close", lambda: closed_on.append(threading.get_ident()) or original())
    counts = []
    run(qtbot, Operation(parent, lambda progress: (threading.get_ident(), m.Project.select().count()), label="Counting…",
                         success=counts.append))
    ((worker, count),) = counts
    assert count == 0 and closed_on == [worker]
    assert not db.is_closed()  # the UI thread's own connection is untouched


def test_the_background_function_needs_no_qt():
    reports = []
    progress = Progress(lambda done, total, text: reports.append((done, total, text)))
    progress(1, 2, "half")
    assert reports == [(1, 2, "half")] and not progress.cancelled
    progress.cancel()
    with pytest.raises(Cancelled):
        progress.check()


def test_past_its_point_of_no_return_the_work_cannot_be_cancelled_and_the_dialog_says_so(qtbot, parent):
    writing, release, outcome = threading.Event(), threading.Event(), []

    def work(progress):
        progress.point_of_no_return()
        writing.set()
        release.wait(10)
        return "written"

    operation = Operation(parent, work, label="Writing…", success=outcome.append, show_after_ms=0)
    with qtbot.waitSignal(operation.signals.finished, timeout=10_000):
        operation.run()
        qtbot.waitUntil(writing.is_set)
        qtbot.waitUntil(lambda: operation.dialog.findChild(QPushButton) is None)  # Cancel is gone
        assert operation.progress.cancel() is False and not operation.progress.cancelled
        release.set()
    assert outcome == ["written"]


def test_a_cancel_before_the_point_of_no_return_stops_the_work_there():
    progress = Progress()
    assert progress.cancel() is True
    with pytest.raises(Cancelled):
        progress.point_of_no_return()


def test_any_cancellation_of_the_core_ends_the_work_as_cancelled(qtbot, parent):
    from tracker.reports.base import ReportCancelled
    from tracker.store.demo import DemoCancelled

    for raised in (ReportCancelled(), DemoCancelled("loading the demo portfolio was cancelled"), Cancelled()):
        outcome = []
        operation = Operation(parent, lambda progress, raised=raised: (_ for _ in ()).throw(raised), label="Working…",
                              success=outcome.append, failure=outcome.append)
        with qtbot.waitSignal(operation.signals.cancelled, timeout=10_000):
            operation.run()
        qtbot.waitUntil(lambda operation=operation: operation not in workers._running)
        assert outcome == []  # neither a result nor an error


def test_the_handle_passes_the_core_contract_through():
    from tracker.domain.progress import check_cancelled

    progress = Progress()
    check_cancelled(progress.is_cancelled)  # a CancelCheck: not cancelled yet
    progress.cancel()
    assert progress.is_cancelled() and progress.cancelled
    with pytest.raises(Cancelled):
        check_cancelled(progress.is_cancelled)


def test_a_query_runs_on_the_worker_and_answers_on_the_ui_thread(qtbot, parent, db):
    answers = []
    query = workers.QueryOp(parent, lambda: (threading.get_ident(), m.Project.select().count()),
                            success=lambda answer: answers.append((answer, threading.get_ident())))
    with qtbot.waitSignal(query.signals.finished, timeout=10_000):
        query.run()
    (((worker, count), ui),) = answers
    assert worker != ui == threading.get_ident() and count == 0


def test_a_failed_query_is_shown_with_show_error(qtbot, parent, shown_errors):
    def read():
        raise DomainError("the database is gone")

    query = workers.QueryOp(parent, read, success=lambda answer: None)
    with qtbot.waitSignal(query.signals.finished, timeout=10_000):
        query.run()
    assert [str(e) for e in shown_errors] == ["the database is gone"]
    shown_errors.clear()


def test_a_progress_report_after_the_end_is_dropped_quietly(qtbot, parent):
    """A late progress signal once the operation has finished and its dialog is gone: no
    "Internal C++ object already deleted", no warning."""
    results = []
    operation = Operation(parent, lambda progress: "done", label="Counting…", show_after_ms=0, success=results.append)
    run(qtbot, operation)
    operation.progress(5, 10, "late")  # as a thread the work left behind would report
    qtbot.wait(50)  # the queued signal and the deferred deletions are delivered
    assert results == ["done"]


def test_a_dialog_closed_with_its_window_before_the_end_does_not_break_the_operation(qtbot, parent):
    import shiboken6

    release, results = threading.Event(), []

    def work(progress):
        release.wait(10)
        progress(1, 2, "still working")  # arrives after the dialog is gone
        return "done"

    operation = Operation(parent, work, label="Counting…", show_after_ms=0, success=results.append)
    with qtbot.waitSignal(operation.signals.finished, timeout=10_000):
        operation.run()
        shiboken6.delete(operation.dialog)  # as a window closing takes its dialogs with it
        release.set()
    qtbot.wait(20)
    assert results == ["done"]


@pytest.mark.sqlite_only
def test_an_answer_about_a_database_closed_meanwhile_is_dropped(qtbot, parent, db, tmp_path, shown_errors):
    """A read asked for before another database was opened (File > Open) says nothing when it
    ends: neither its rows nor its failure on the database closing reach the window."""
    from tracker.gui.workers import QueryOp
    from tracker.store.database import open_database

    release = threading.Event()
    answers: list[object] = []

    def read() -> int:
        release.wait(10)
        raise DomainError("the database went away")

    query = QueryOp(parent, read, success=answers.append)
    with qtbot.waitSignal(query.signals.finished, timeout=10_000):
        query.run()
        open_database(tmp_path / "another.sqlite3")
        release.set()
    assert answers == [] and shown_errors == []
    qtbot.waitUntil(lambda: query not in workers._running)
