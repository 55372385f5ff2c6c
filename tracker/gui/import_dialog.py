"""The import dialog: a preview (a dry run off the UI thread) with the counts, or every problem
in a table (sheet, row, column, reason); then Import runs the real import in the worker.

An import workbook or an IATI activity file, told apart by content as on the command line. For an
IATI file the dialog offers the command line's choice of how disbursements and outgoing
commitments are recorded (--disbursements, --outgoing-commitments), "Automatic" preselected; a new
choice checks the file again, and the preview says what each transaction type becomes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.exchange.detect import detect_kind
from tracker.exchange.results import ImportRefused, ImportReport, UnreadableFile
from tracker.gui import errors
from tracker.gui.workers import Operation, Progress

if TYPE_CHECKING:
    from tracker.exchange.iati_read import TransactionChoice

# The uses of a disbursement or outgoing commitment, as tracker.exchange.iati_read names them.
AUTO, AS_EXPENDITURE, AS_FUNDING, NOT_RECORDED = "auto", "expenditure", "funding", "skip"


def run_import(path: Path, dry_run: bool, progress: Progress, choice: TransactionChoice | None = None) -> ImportReport:
    """On the worker thread: the same functions the command line calls, by the file's content.
    Their ImportCancelled / ExchangeCancelled is a Cancelled: the operation ends as cancelled."""
    if detect_kind(path) == "iati":
        from tracker.exchange.iati_import import import_iati

        return import_iati(path, dry_run=dry_run, progress=progress, cancelled=progress.is_cancelled,
                           writing=None if dry_run else progress.point_of_no_return, choice=choice)
    from tracker.exchange.workbook_import import import_workbook

    return import_workbook(path, dry_run=dry_run, progress=progress, cancelled=progress.is_cancelled)


def file_kind(path: Path) -> str:
    """"iati" or "workbook" (what the import will take it for; an unreadable file is explained by
    the preview)."""
    try:
        return detect_kind(path)
    except UnreadableFile:
        return "workbook"


class ImportDialog(QDialog):
    """Shows what importing `path` would do; `imported` is emitted with the report once done."""

    imported = Signal(object)
    previewed = Signal()

    def __init__(self, parent: QWidget, path: Path) -> None:
        super().__init__(parent)
        self.path = path
        self.kind = file_kind(path)
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
        self.disbursements = self._use_box(self.tr(
            "How the file's disbursements (IATI transaction type 3) are recorded. Automatic: in a funder's file they are funding it "
            "gave; in an implementer's own file, money spent or passed on to implementing partners (expenditure, as subcontracts)."))
        self.outgoing_commitments = self._use_box(self.tr(
            "How the file's outgoing commitments (IATI transaction type 2) are recorded. Automatic: in a funder's file they are "
            "funding it gave; in an implementer's own file, expenditure only when the activity reports no payment (else its "
            "disbursements and expenditure are the money spent)."))
        if self.kind == "iati":
            choices = QFormLayout()
            choices.addRow(self.tr("&Disbursements:"), self.disbursements)
            choices.addRow(self.tr("&Outgoing commitments:"), self.outgoing_commitments)
            layout.addLayout(choices)
        else:
            self.disbursements.hide()
            self.outgoing_commitments.hide()
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

    def _use_box(self, tip: str) -> QComboBox:
        box = QComboBox(self)
        box.addItem(self.tr("Automatic: by the reporting organisation's role in each activity"), AUTO)
        box.addItem(self.tr("As expenditure (money passed on to implementing partners)"), AS_EXPENDITURE)
        box.addItem(self.tr("As funding given by the reporting organisation"), AS_FUNDING)
        box.addItem(self.tr("Not recorded"), NOT_RECORDED)
        box.setToolTip(tip)
        box.currentIndexChanged.connect(self._choice_changed)
        return box

    def choice(self) -> TransactionChoice | None:
        """How disbursements and outgoing commitments are recorded (None for a workbook)."""
        if self.kind != "iati":
            return None
        from tracker.exchange.iati_read import TransactionChoice

        return TransactionChoice(disbursements=str(self.disbursements.currentData()),
                                 outgoing_commitments=str(self.outgoing_commitments.currentData()))

    def _choice_changed(self) -> None:
        if self.kind == "iati" and self.report is not None:
            self.start_preview()  # what each type becomes, and the counts, change with the choice

    def _choices_enabled(self, enabled: bool) -> None:
        self.disbursements.setEnabled(enabled)
        self.outgoing_commitments.setEnabled(enabled)

    # ------------------------------------------------------------ preview

    def start_preview(self) -> Operation[ImportReport]:
        self.import_button.setEnabled(False)
        self._choices_enabled(False)
        choice = self.choice()
        label = self.tr("Checking the IATI file…") if self.kind == "iati" else self.tr("Checking the workbook…")
        operation = Operation(self, lambda progress: run_import(self.path, True, progress, choice), label=label,
                              success=self._show_preview, failure=self._show_failure)
        operation.signals.cancelled.connect(lambda: self._set_summary(self.tr("Checking was cancelled; nothing was imported.")))
        operation.signals.cancelled.connect(lambda: self._choices_enabled(True))
        return operation.run()

    def _show_preview(self, report: ImportReport) -> None:
        self.report = report
        self._choices_enabled(True)
        text = self.tr("{created}, {updated} and {unchanged}.").format(
            created=self.tr("%n record(s) will be created", "", report.created),
            updated=self.tr("%n updated", "", report.updated), unchanged=self.tr("%n unchanged", "", report.unchanged))
        transactions = getattr(report, "transactions", [])
        if transactions:
            text += "\n" + self.tr("Transactions:") + "\n" + "\n".join(f"• {s}" for s in transactions)
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
        self._choices_enabled(True)
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

        self._choices_enabled(False)
        choice = self.choice()
        operation = Operation(self, lambda progress: run_import(self.path, False, progress, choice), label=self.tr("Importing…"),
                              success=done, failure=self._show_failure)
        operation.signals.cancelled.connect(lambda: self._set_summary(self.tr("The import was cancelled; nothing was written.")))
        operation.signals.cancelled.connect(lambda: self._choices_enabled(True))
        return operation.run()


def open_dialog(parent: QWidget, path: Path, on_imported: Callable[[ImportReport], None]) -> ImportDialog:
    # Not deleted on close: a check may still be running in the worker when the user closes it.
    dialog = ImportDialog(parent, path)
    dialog.imported.connect(on_imported)
    dialog.show()
    dialog.start_preview()
    return dialog
