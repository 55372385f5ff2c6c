"""File > Import… and File > Write Import Template…: the file dialogs, then the import dialog
with its preview, or the template written off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from tracker.domain.progress import Progress
from tracker.gui.portfolio_reload import changes_of
from tracker.gui.workers import Operation

# The import dialog and the exchange code load when a command runs, not with the menu (start-up).
if TYPE_CHECKING:
    from tracker.exchange.results import ImportReport
    from tracker.gui.import_dialog import ImportDialog
    from tracker.gui.main_window import MainWindow


def ask_import_file(parent: QWidget) -> Path | None:
    """The workbook or IATI file to import (module level so that tests can replace it)."""
    name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ImportMenu", "Import a workbook or an IATI file"), "",
                                          QCoreApplication.translate("ImportMenu", "Import workbooks and IATI activity files (*.xlsx *.xml);;"
                                                                                   "Excel workbooks (*.xlsx);;IATI activity files (*.xml);;All files (*)"))
    return Path(name) if name else None


def ask_template_file(parent: QWidget) -> tuple[Path, bool] | None:
    """Where to write the template, and whether to fill it with the portfolio."""
    empty = QCoreApplication.translate("ImportMenu", "Empty template (*.xlsx)")
    filled = QCoreApplication.translate("ImportMenu", "Template filled with the portfolio (*.xlsx)")
    name, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ImportMenu", "Write an import template"), "tracker-import.xlsx", f"{empty};;{filled}")
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    return path, chosen == filled


def import_file(window: MainWindow) -> ImportDialog | None:
    path = ask_import_file(window)
    if path is None:
        return None
    from tracker.gui import import_dialog

    def imported(report: ImportReport) -> None:
        window.refresh(changes_of(report))  # what the import changed, or everything when it does not say
        window.statusBar().showMessage(report.summary(), 15000)

    previous = getattr(window, "import_dialog", None)
    if previous is not None and not previous.isVisible():
        previous.deleteLater()  # closed; Qt drops the connections of any check it still had queued
    dialog = import_dialog.open_dialog(window, path, imported)
    window.import_dialog = dialog  # type: ignore[attr-defined]
    return dialog


def write_template_file(window: MainWindow) -> Operation[Path] | None:
    # openpyxl loads with the template module, so only when a template is written (0.2 s).
    from tracker.exchange.template import write_template

    choice = ask_template_file(window)
    if choice is None:
        return None
    path, with_data = choice

    def work(progress: Progress) -> tuple[Path, int]:
        from tracker.store.demo import demo_left_out

        # A working database an earlier tracker loaded the demo into gives its real projects only.
        left_out = len(demo_left_out()) if with_data else 0
        return write_template(path, with_data=with_data, progress=progress), left_out

    def done(result: tuple[Path, int]) -> None:
        written, left_out = result
        text = QCoreApplication.translate("ImportMenu", "Import template written: {path}").format(path=written)
        if left_out:
            text += " " + QCoreApplication.translate(
                "ImportMenu", "(%n demo project(s) left out: File > Remove Demo Data… removes them from the database)", "", left_out)
        window.statusBar().showMessage(text, 15000)

    operation = Operation(window, work, label=QCoreApplication.translate("ImportMenu", "Writing the import template…"), success=done)
    return operation.run()


def _file_menu(window: MainWindow) -> QMenu:
    return window.file_menu  # built by actions.install, before this


def install(window: MainWindow) -> dict[str, QAction]:
    """Add Import… (Ctrl+I) and Write Import Template… to the File menu, before the backup."""
    import_action = QAction(QCoreApplication.translate("ImportMenu", "&Import…"), window)
    import_action.setShortcut(QKeySequence("Ctrl+I"))
    import_action.setStatusTip(QCoreApplication.translate("ImportMenu", "Import projects, funding, expenditure, evaluations and indicators from an "
                                                                        "import workbook or an IATI activity file"))
    import_action.triggered.connect(lambda _checked=False: import_file(window))
    template_action = QAction(QCoreApplication.translate("ImportMenu", "Write Import &Template…"), window)
    template_action.setStatusTip(QCoreApplication.translate("ImportMenu", "Write an Excel workbook to fill in and import"))
    template_action.triggered.connect(lambda _checked=False: write_template_file(window))
    menu, backup = _file_menu(window), window.menu_actions.backup
    menu.insertAction(backup, import_action)
    menu.insertAction(backup, template_action)
    menu.insertSeparator(backup)
    return {"import": import_action, "template": template_action}
