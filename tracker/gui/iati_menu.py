"""File > Export IATI File… and File > Check IATI Publication…: the portfolio as an IATI 2.03
activity file written on the worker thread (tracker.exchange.iati_export, as `tracker export
iati`), then the publication check of what it wrote (tracker.gui.iati_check_dialog); or the check
alone, with no file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from tracker.gui.workers import Operation, Progress
from tracker.store.database import database_path

# The export, the check and lxml load when a command runs, not with the menu (start-up).
if TYPE_CHECKING:
    from tracker.exchange.iati_check import PublicationCheck
    from tracker.gui.iati_check_dialog import IatiCheckDialog
    from tracker.gui.main_window import MainWindow


def ask_export_path(parent: QWidget) -> Path | None:
    """Where to write the file (module level so that tests replace it)."""
    folder = database_path().parent if database_path() else Path.home()
    suggested = folder / f"iati-activities-{dt.date.today().isoformat()}.xml"
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("IatiMenu", "Export IATI File"), str(suggested),
                                          QCoreApplication.translate("IatiMenu", "IATI activity files (*.xml);;All files (*)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".xml")


def _check_dialog(window: MainWindow) -> IatiCheckDialog:
    from tracker.gui.iati_check_dialog import IatiCheckDialog

    previous = getattr(window, "iati_check_dialog", None)
    if previous is not None and not previous.isVisible():
        previous.deleteLater()
    dialog = IatiCheckDialog(window, open_project=window.open_project)
    window.iati_check_dialog = dialog  # type: ignore[attr-defined]
    return dialog


def export(window: MainWindow) -> Operation[tuple[Path, PublicationCheck]] | None:
    """Write the whole portfolio's IATI file, then show what an assessor would find missing."""
    path = ask_export_path(window)
    if path is None:
        return None
    from tracker.exchange.iati_check import PublicationCheck
    from tracker.exchange.iati_export import export_iati

    def work(progress: Progress) -> tuple[Path, PublicationCheck]:
        check = PublicationCheck()
        written = export_iati(path, progress=progress, cancelled=progress.is_cancelled, on_activity=check.add)
        return written, check

    def done(result: tuple[Path, PublicationCheck]) -> None:
        written, check = result
        window.statusBar().showMessage(QCoreApplication.translate("IatiMenu", "IATI file written: {path}").format(path=written), 15000)
        dialog = _check_dialog(window)
        dialog.setWindowTitle(QCoreApplication.translate("IatiMenu", "IATI File Written: Publication Check"))
        dialog.set_check(check)
        dialog.show()

    operation = Operation(window, work, label=QCoreApplication.translate("IatiMenu", "Exporting the IATI file…"), success=done)
    operation.signals.cancelled.connect(lambda: window.statusBar().showMessage(
        QCoreApplication.translate("IatiMenu", "Export cancelled; no file was written"), 10000))
    return operation.run()


def check(window: MainWindow) -> IatiCheckDialog:
    """The check of the whole portfolio, no file written."""
    dialog = _check_dialog(window)
    dialog.show()
    dialog.run_check()
    return dialog


def install(window: MainWindow) -> dict[str, QAction]:
    """Add Export IATI File… and Check IATI Publication… to the File menu, before Quit."""
    file_menu, quit_action = window.file_menu, window.menu_actions.quit  # built by actions.install, before this
    actions: dict[str, QAction] = {}
    for key, label, tip, slot in (
        ("export", QT_TRANSLATE_NOOP("IatiMenu", "Export IATI &File…"),
         QT_TRANSLATE_NOOP("IatiMenu", "Write the portfolio as an IATI 2.03 activity file and check what it lacks"), export),
        ("check", QT_TRANSLATE_NOOP("IatiMenu", "Check IATI P&ublication…"),
         QT_TRANSLATE_NOOP("IatiMenu", "List, per project, what an aid-transparency assessment would find missing"), check),
    ):
        action = QAction(QCoreApplication.translate("IatiMenu", label), window)
        action.setStatusTip(QCoreApplication.translate("IatiMenu", tip))
        action.triggered.connect(lambda _checked=False, fn=slot: fn(window))
        actions[key] = action
    file_menu.insertActions(quit_action, list(actions.values()))
    file_menu.insertSeparator(quit_action)
    return actions
