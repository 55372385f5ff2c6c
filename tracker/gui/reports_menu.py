"""The Reports menu: a dialog to choose the workbook, then the export off the UI thread with a
cancellable progress dialog, then an offer to open the file or its folder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.gui.workers import Operation, Progress

# The report dialog and the reports load when a report is asked for, not with the menu (start-up).
if TYPE_CHECKING:
    from tracker.gui.main_window import MainWindow
    from tracker.gui.reports_dialog import ReportRequest
    from tracker.reports.checks import Check


def ask_open(parent: QWidget, path: Path, checks: Sequence[Check] = ()) -> str | None:
    """'file', 'folder' or None: what to open once the report is written. `checks`: what to look
    at before sending it (a donor report's projects' inconsistencies), listed in the message."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("ReportsMenu", "Report written"),
                      QCoreApplication.translate("ReportsMenu", "The report was written to\n{path}").format(path=path), parent=parent)
    if checks:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setInformativeText(QCoreApplication.translate(
            "ReportsMenu", "Before sending it, look at these inconsistencies (the evaluation compliance report lists them on its "
            "Checks sheet):"))
        box.setDetailedText("\n".join(f"{check.project}: {check.text}" for check in checks))
    open_file = box.addButton(QCoreApplication.translate("ReportsMenu", "Open the &report"), QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(QCoreApplication.translate("ReportsMenu", "Open the &folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    clicked = box.clickedButton()
    return "file" if clicked is open_file else "folder" if clicked is open_folder else None


def open_location(target: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


def write(request: ReportRequest, progress: Progress) -> Path:
    """The export itself, on the worker thread: the same functions the command line calls, which
    write the workbook in the request's language on this thread while their progress and errors
    speak the user's. A cancel raises ReportCancelled, the core's Cancelled, which the worker ends
    as cancelled."""
    from tracker import reports

    report_progress = progress.__call__
    cancelled = lambda: progress.cancelled  # noqa: E731
    if request.kind == "donor":
        assert request.partner and request.year_from and request.year_to
        return reports.write_donor_report(request.path, request.partner, request.year_from, request.year_to,
                                          as_of=request.as_of, language=request.language, progress=report_progress,
                                          cancelled=cancelled, prepared_by=request.prepared_by, approved_by=request.approved_by,
                                          period_end_rate=request.period_end_rate)
    if request.kind == "portfolio":
        assert request.year_from and request.year_to
        return reports.write_portfolio_report(request.path, request.year_from, request.year_to,
                                              compare_from=request.compare_from, compare_to=request.compare_to,
                                              language=request.language, progress=report_progress, cancelled=cancelled)
    return reports.write_compliance_report(request.path, request.as_of, language=request.language, progress=report_progress,
                                           cancelled=cancelled)


def export(window: "MainWindow", kind: str) -> Operation[Path] | None:
    from tracker import reports
    from tracker.gui.reports_dialog import ReportDialog

    request = ReportDialog.ask(window, kind, _last_folder(window))
    if request is None:
        return None
    window.last_report_folder = request.path.parent

    checks: list[Check] = []

    def write_and_check(progress: Progress) -> Path:
        path = write(request, progress)
        if request.kind == "donor" and request.partner and request.year_from and request.year_to:
            checks.extend(reports.donor_checks(request.partner, request.year_from, request.year_to, as_of=request.as_of,
                                               period_end_rate=request.period_end_rate))
        return path

    def done(path: Path) -> None:
        window.statusBar().showMessage(QCoreApplication.translate("ReportsMenu", "Report written: {path}").format(path=path), 10000)
        choice = ask_open(window, path, checks)
        if choice == "file":
            open_location(path)
        elif choice == "folder":
            open_location(path.parent)

    operation = Operation(window, write_and_check, label=QCoreApplication.translate("ReportsMenu", "Writing the report…"), success=done)
    operation.signals.cancelled.connect(lambda: window.statusBar().showMessage(QCoreApplication.translate("ReportsMenu", "Export cancelled; no file was written"), 10000))
    return operation.run()


def _last_folder(window: "MainWindow") -> Path | None:
    return getattr(window, "last_report_folder", None)


def install(window: "MainWindow") -> dict[str, QAction]:
    """Add the Reports menu before Help; returns its actions by report kind."""
    menu_bar = window.menuBar()
    help_action = window.help_menu.menuAction()
    from PySide6.QtWidgets import QMenu

    menu = QMenu(QCoreApplication.translate("ReportsMenu", "&Reports"), window)
    actions: dict[str, QAction] = {}
    for kind, label, shortcut in (
        ("donor", QCoreApplication.translate("ReportsMenu", "&Donor report…"), "Ctrl+Shift+D"),
        ("portfolio", QCoreApplication.translate("ReportsMenu", "&Portfolio statistics…"), "Ctrl+Shift+P"),
        ("evaluations", QCoreApplication.translate("ReportsMenu", "&Evaluation compliance…"), "Ctrl+Shift+E"),
    ):
        action = QAction(label, window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, k=kind: export(window, k))
        menu.addAction(action)
        actions[kind] = action
    menu_bar.insertMenu(help_action, menu)
    return actions
