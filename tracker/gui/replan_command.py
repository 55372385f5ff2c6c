"""Tools > Recompute Evaluation Plans…: every project's evaluation plan recomputed under the current
rule set (after a rule-set change), as `tracker replan` does, on the worker thread.

The work is tracker.store.replan.replan_all; this module asks for confirmation, runs it with a
progress dialog whose Cancel writes nothing, then says how many plans changed and reloads the
window. The dialogs are module-level functions so that tests replace them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.gui.actions import tools_menu
from tracker.gui.errors import show_information as show_result
from tracker.gui.portfolio_reload import changes_of
from tracker.gui.workers import Cancelled, Operation, Progress
from tracker.store.database import is_read_only

if TYPE_CHECKING:
    from tracker.gui.main_window import MainWindow
    from tracker.store.replan import ReplanSummary


def title() -> str:
    return QCoreApplication.translate("ReplanCommand", "Recompute Evaluation Plans")


# ------------------------------------------------------------------ dialogs (replaced in tests)


def ask_confirmation(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent, title(),
        QCoreApplication.translate("ReplanCommand", "Check every project's evaluation plan and recompute those made from other dates, budget or "
           "rules than the project's now?\n\n"
           "Evaluations the rules now require are added, planned ones are rescheduled or marked no longer "
           "required; completed, waived and in-progress evaluations are kept. Every change is recorded in "
           "the project's history. A large portfolio takes a while; Cancel while it runs changes nothing."),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Ok


# ------------------------------------------------------------------ the command


def replan_all(*args: Any, **kwargs: Any) -> ReplanSummary:
    """tracker.store.replan.replan_all, imported when the command first runs: the main window
    builds this menu at start-up without the re-planning code."""
    from tracker.store import replan

    return replan.replan_all(*args, **kwargs)


def result_text(summary: ReplanSummary) -> str:
    """The headline of the result: how many plans changed (the details are the sentence
    `tracker replan` prints)."""
    if summary.changed_projects == 0:
        return QCoreApplication.translate("ReplanCommand", "No evaluation plan changed.")
    changed = summary.changed_projects
    return QCoreApplication.translate("ReplanCommand", "{count} evaluation plan(s) changed.", "", changed).format(
        count=QLocale().toString(changed))


def work(progress: Progress) -> ReplanSummary:
    """On the worker thread: the function `tracker replan` calls, with the dialog's progress and Cancel."""
    def report(done: int, total: int, text: str = "") -> None:
        if done < total:
            progress(done, total, QCoreApplication.translate("ReplanCommand", "Checked {done} of {total} project(s)…", "", total)
                     .format(done=QLocale().toString(done), total=QLocale().toString(total)))
        else:  # every plan computed: what changed is written in one transaction (seconds when every plan changed)
            progress.point_of_no_return()  # a Cancel from here on would be a lie: the writing finishes
            progress(0, 0, QCoreApplication.translate("ReplanCommand", "Writing the changed plans…"))

    progress(0, 0, QCoreApplication.translate("ReplanCommand", "Reading the portfolio…"))
    summary = replan_all(progress=report, cancelled=progress.is_cancelled)
    if summary.cancelled:
        raise Cancelled()
    return summary


def recompute_plans(window: MainWindow) -> Operation[ReplanSummary] | None:
    """Ask, then re-plan every project off the UI thread; None when the user declined (or the
    database is read-only: the action is disabled then)."""
    if is_read_only() or not ask_confirmation(window):
        return None

    def done(summary: ReplanSummary) -> None:
        window.refresh(changes_of(summary))  # no change: nothing to read; else every row may have changed
        headline = result_text(summary)
        window.statusBar().showMessage(f"{headline} {summary}", 15000)
        details = f"{summary}."
        if summary.skipped:
            shown = ", ".join(summary.skipped[:10]) + (", …" if len(summary.skipped) > 10 else "")
            details += "\n" + QCoreApplication.translate("ReplanCommand", "Not re-planned, their rule set is not available: {codes}").format(codes=shown)
        show_result(window, title(), headline, details)

    operation = Operation(window, work, label=QCoreApplication.translate("ReplanCommand", "Recomputing evaluation plans…"), success=done)
    operation.signals.cancelled.connect(
        lambda: window.statusBar().showMessage(QCoreApplication.translate("ReplanCommand", "Recomputing evaluation plans was cancelled; nothing was changed"), 10000))
    return operation.run()


def install(window: MainWindow) -> QAction:
    """Add Tools > Recompute Evaluation Plans…, enabled while the open database can be written."""
    action = QAction(QCoreApplication.translate("ReplanCommand", "Recompute &Evaluation Plans…"), window)
    action.setStatusTip(QCoreApplication.translate("ReplanCommand", "Recompute the evaluation plans made from other dates, budget or rules than the project's now (after a rule set changed)"))
    action.triggered.connect(lambda _checked=False: recompute_plans(window))
    tools_menu(window).addAction(action)

    def follow_database() -> None:
        action.setEnabled(not is_read_only())

    # Opening a database reloads the window: the action follows the database it finds.
    window.reloaded.connect(follow_database)
    follow_database()
    return action
