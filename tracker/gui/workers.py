"""Long work off the UI thread: operation objects in the manner of Anki's CollectionOp/QueryOp.

The work is a plain function `fn(progress) -> result` that knows nothing of Qt. `progress` is the
one contract of tracker.domain.progress in a single handle: call it as a `Progress`
(`progress(done, total, text)`), pass `progress.is_cancelled` where a `CancelCheck` is asked for
and `progress.point_of_no_return` where a `PointOfNoReturn` is (`writing=`). Any
`tracker.domain.progress.Cancelled` the work raises (the core's own, or a subclass such as
ReportCancelled) ends it as cancelled, not as an error. Operations run one at a time on a single
worker thread, so two never write to the database at once and a read asked for after a write runs
after it. Results, errors and progress come back to the UI thread through signals.

`Operation` is for work a user waits for (a progress dialog, Cancel); `QueryOp` is for a read-only
query whose result replaces something on screen (no dialog, no Cancel), such as re-reading the
projects a save changed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from tracker.domain import progress as contract
from tracker.gui import errors
from tracker.store.database import close_thread_connection, opening

T = TypeVar("T")

# The one cancellation exception (tracker.domain.progress), under the name the GUI has used.
Cancelled = contract.Cancelled


class Progress:
    """What the background function is handed: the domain's Progress (call it), CancelCheck
    (`is_cancelled`) and PointOfNoReturn (`point_of_no_return`) for one operation."""

    def __init__(self, report: Callable[[int, int, str], None] | None = None,
                 committing: Callable[[], None] | None = None) -> None:
        self._report = report
        self._committing = committing
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._committed = False

    def __call__(self, done: int, total: int, text: str = "") -> None:
        """`total` 0 means "unknown" (a busy indicator)."""
        if self._report is not None:
            self._report(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_cancelled(self) -> bool:
        """The CancelCheck to hand to the core: `cancelled=progress.is_cancelled`."""
        return self.cancelled

    def cancel(self) -> bool:
        """Ask the work to stop; False once it has passed its point of no return."""
        with self._lock:
            if self._committed:
                return False
            self._cancel.set()
            return True

    def check(self) -> None:
        """Raise Cancelled once the user has cancelled."""
        contract.check_cancelled(self.is_cancelled)

    def point_of_no_return(self) -> None:
        """The PointOfNoReturn: the work is about to write what it prepared and will finish.
        Raises Cancelled if the user cancelled until now; from here Cancel is refused (and the
        dialog hides it), so a Cancel pressed during the writing can never be taken for "nothing
        was changed"."""
        with self._lock:
            if self._cancel.is_set():
                raise Cancelled()
            self._committed = True
        if self._committing is not None:
            self._committing()


class _Signals(QObject):
    # Emitted on the worker thread, received on the UI thread (queued: the object lives there).
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    committing = Signal()
    finished = Signal()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, signals: _Signals) -> None:
        super().__init__()
        self._fn, self._progress, self._signals = fn, progress, signals

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except Cancelled:  # the domain's, or any subclass of it (ReportCancelled, DemoCancelled, ...)
            self._signals.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)
        finally:
            # peewee keeps one connection per thread: the one this thread opened (if any) is
            # closed here, not left for a pool thread that may never run again.
            close_thread_connection()
            self._signals.finished.emit()


_pool: QThreadPool | None = None
_running: set[QObject] = set()  # keeps Python wrappers alive until the work is done


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)  # one writer at a time (SQLite allows no more)
    return _pool


def wait_for_all(msecs: int = -1) -> bool:
    """Let running operations finish (at quit, before the database is closed)."""
    return pool().waitForDone(msecs)


class Operation(QObject, Generic[T]):
    """Run `fn(progress)` on the worker thread, with a progress dialog over `parent` (shown only
    when the work takes more than `show_after_ms`); then `success(result)` on the UI thread, or
    `failure(exception)`, which by default shows the error with show_error."""

    def __init__(
        self,
        parent: QWidget,
        fn: Callable[[Progress], T],
        *,
        label: str,
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
        show_after_ms: int = 400,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._fn = fn
        self._success = success
        self._failure = failure
        self.signals = _Signals()
        self.progress = Progress(self.signals.progressed.emit, self.signals.committing.emit)
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(label.rstrip("…. "))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        # Starts the dialog's clock: without a value it would wait its built-in 4 seconds.
        self.dialog.setValue(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)  # type: ignore[arg-type]
        self.dialog.canceled.connect(self._cancel)
        self.signals.progressed.connect(self._on_progress)
        self.signals.succeeded.connect(self._on_success)
        self.signals.failed.connect(self._on_failure)
        self.signals.finished.connect(self._on_finished)
        self.signals.committing.connect(self._on_committing)

    def run(self) -> "Operation[T]":
        _running.add(self)
        pool().start(_Job(self._fn, self.progress, self.signals))
        return self

    def _dialog(self) -> QProgressDialog | None:
        """The progress dialog while it exists. Its C++ object can go before this operation does
        (deleted with a window that closed, or by deleteLater at the end), and a signal queued
        before that still arrives: touching the dead dialog raised "Internal C++ object already
        deleted" on the console."""
        return self.dialog if shiboken6.isValid(self.dialog) else None

    def _cancel(self) -> None:
        if self.progress.cancel() and (dialog := self._dialog()) is not None:
            dialog.setLabelText(self.tr("Cancelling…"))

    def _on_committing(self) -> None:
        if (dialog := self._dialog()) is not None:
            dialog.setCancelButton(None)  # type: ignore[arg-type]

    def _on_progress(self, done: int, total: int, text: str) -> None:
        dialog = self._dialog()
        if dialog is None:
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def _close_dialog(self) -> None:
        if (dialog := self._dialog()) is not None:
            dialog.reset()

    def _on_success(self, result: T) -> None:
        self._close_dialog()
        if self._success is not None:
            self._success(result)

    def _on_failure(self, exc: BaseException) -> None:
        self._close_dialog()
        if self._failure is not None:
            self._failure(exc)
        else:
            errors.show_error(self._parent, exc)

    def _on_finished(self) -> None:
        # A progress report the work (or a thread of its own) sends after this has nowhere to
        # go: the signals are cut from this operation before the dialog and it are deleted.
        for signal, slot in ((self.signals.progressed, self._on_progress), (self.signals.committing, self._on_committing),
                             (self.signals.succeeded, self._on_success), (self.signals.failed, self._on_failure),
                             (self.signals.finished, self._on_finished)):
            signal.disconnect(slot)
        if (dialog := self._dialog()) is not None:
            dialog.reset()
            dialog.deleteLater()
        _running.discard(self)
        self.deleteLater()


class QueryOp(QObject, Generic[T]):
    """A read-only query on the worker thread, in the manner of Anki's QueryOp: `fn()` runs there,
    on the worker's own database connection, after any write already queued; then `success(result)`
    on the UI thread, or `failure(exception)` (by default shown with show_error). No dialog and no
    Cancel: the window stays usable and shows what it had until the result arrives. `fn` must not
    write; a caller that may ask again before the answer comes numbers its queries and drops an
    answer older than one it has shown (a later read wins)."""

    def __init__(
        self,
        parent: QWidget,
        fn: Callable[[], T],
        *,
        success: Callable[[T], None],
        failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._fn = fn
        self._success = success
        self._failure = failure
        self.signals = _Signals()
        self.signals.succeeded.connect(self._on_success)
        self.signals.failed.connect(self._on_failure)
        # Not a method of this object: when its parent (a closed window) is deleted before the
        # answer comes, Qt disconnects this object's own slots, and the query would stay counted
        # as running for ever (workers.wait_for_all, and tests waiting for the worker, would wait).
        self.signals.finished.connect(lambda: _query_finished(self))

    def run(self) -> "QueryOp[T]":
        _running.add(self)
        fn = self._fn
        self._opening = opening()
        pool().start(_Job(lambda progress: fn(), Progress(), self.signals))
        return self

    def _about_another_database(self) -> bool:
        # Another database was opened since the read was asked for (File > Open, a test's next
        # database): its answer, or its failure on the database closing, concerns nothing shown.
        return self._opening != opening()

    def _on_success(self, result: T) -> None:
        if not self._about_another_database():
            self._success(result)

    def _on_failure(self, exc: BaseException) -> None:
        if self._about_another_database():
            return
        if self._failure is not None:
            self._failure(exc)
        else:
            errors.show_error(self._parent, exc)



def _query_finished(query: QueryOp[Any]) -> None:
    _running.discard(query)
    if shiboken6.isValid(query):  # deleted with its parent already otherwise
        query.deleteLater()
