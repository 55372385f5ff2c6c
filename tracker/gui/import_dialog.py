"""The import dialog: a preview (a dry run off the UI thread) with the counts, or every problem
in a table (sheet, row, column, reason); then Import runs the real import in the worker."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.exchange.results import ImportRefused, ImportReport, UnreadableFile
from tracker.exchange.workbook_import import import_workbook
from tracker.gui import errors
from tracker.gui.workers import Operation, Progress


def run_import(path: Path, dry_run: bool, progress: Progress) -> ImportReport:
    """On the worker thread: the same function the command line calls. Its ImportCancelled is a
    Cancelled: the operation ends as cancelled."""
    return import_workbook(path, dry_run=dry_run, progress=progress, cancelled=progress.is_cancelled)


class ImportDialog(QDialog):
    """Shows what importing `path` would do; `imported` is emitted with the report once done."""

    imported = Signal(object)
    previewed = Signal()

    def __init__(self, parent: QWidget, path: Path) -> None:
        super().__init__(parent)
        self.path = path
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        self.resize(760, 460)
        self.summary = QLabel(self.tr("Checking {name}…").format(name=path.name))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QTableWidget(0, 4)
        self.problems.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.verticalHeader().hide()
        self.problems.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button: QPushButton = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

    # ------------------------------------------------------------ preview

    def start_preview(self) -> Operation[ImportReport]:
        operation = Operation(self, lambda progress: run_import(self.path, True, progress), label=self.tr("Checking the workbook…"),
                              success=self._show_preview, failure=self._show_failure)
        operation.signals.cancelled.connect(lambda: self._set_summary(self.tr("Checking was cancelled; nothing was imported.")))
        return operation.run()

    def _show_preview(self, report: ImportReport) -> None:
        self.report = report
        text = self.tr("{created}, {updated} and {unchanged}.").format(
            created=self.tr("%n record(s) will be created", "", report.created),
            updated=self.tr("%n updated", "", report.updated), unchanged=self.tr("%n unchanged", "", report.unchanged))
        if report.skipped:
            text += "\n" + self.tr("Ignored:") + "\n" + "\n".join(f"• {s}" for s in report.skipped[:20])
        if report.refused:
            text += "\n" + self.tr("Stage changes refused (the projects stay where they are):") + "\n" + "\n".join(
                f"• {s}" for s in report.refused[:20])
        if report.created or report.updated:
            text += "\n\n" + self.tr("Press Import to write it, in one transaction.")
            self.import_button.setEnabled(True)
        else:
            text += "\n\n" + self.tr("There is nothing to import.")
        self._set_summary(text)
        self.previewed.emit()

    def _show_failure(self, exc: BaseException) -> None:
        self.import_button.setEnabled(False)
        if isinstance(exc, ImportRefused):
            self._set_summary(self.tr("%n problem(s) must be fixed in the workbook before it can be imported; nothing was imported.",
                                      "", len(exc.problems)))
            self.problems.setRowCount(len(exc.problems))
            for row, problem in enumerate(exc.problems):
                values = (problem.sheet, "" if problem.row is None else str(problem.row), problem.column, problem.message)
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    item.setToolTip(value)
                    self.problems.setItem(row, column, item)
            self.problems.resizeColumnsToContents()
            self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
            self.problems.show()
        elif isinstance(exc, UnreadableFile):
            self._set_summary(str(exc))
        else:
            self._set_summary(self.tr("The workbook could not be checked."))
            errors.show_error(self, exc)
        self.previewed.emit()

    def _set_summary(self, text: str) -> None:
        self.summary.setText(text)

    # ------------------------------------------------------------ import

    def start_import(self) -> Operation[ImportReport]:
        self.import_button.setEnabled(False)

        def done(report: ImportReport) -> None:
            self.report = report
            self.imported.emit(report)
            self.accept()

        operation = Operation(self, lambda progress: run_import(self.path, False, progress), label=self.tr("Importing…"),
                              success=done, failure=self._show_failure)
        operation.signals.cancelled.connect(lambda: self._set_summary(self.tr("The import was cancelled; nothing was written.")))
        return operation.run()


def open_dialog(parent: QWidget, path: Path, on_imported: Callable[[ImportReport], None]) -> ImportDialog:
    # Not deleted on close: a check may still be running in the worker when the user closes it.
    dialog = ImportDialog(parent, path)
    dialog.imported.connect(on_imported)
    dialog.show()
    dialog.start_preview()
    return dialog
