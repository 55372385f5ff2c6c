"""The IATI publication check in the app: per activity, what an aid-transparency assessment would
find missing in the IATI file (tracker.exchange.iati_check, the sentences `tracker export iati
--check` prints), in a sortable table. It opens after File > Export IATI File… with what the
export saw, or from File > Check IATI Publication…, which checks the whole portfolio on the
worker thread. Double-clicking a row opens the project in the editor to fill what it lacks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import DomainError
from tracker.exchange.iati_check import Gap, PublicationCheck, check_publication
from tracker.gui.workers import Operation, Progress

AnyIndex = QModelIndex | QPersistentModelIndex
CODE, TITLE, MISSING = range(3)


class GapsModel(QAbstractTableModel):
    """One row per thing missing: the activity's code, its title, and the sentence without the code
    it begins with (the code has its own column)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gaps: list[Gap] = []
        self.titles: dict[str, str] = {}

    def set_check(self, check: PublicationCheck) -> None:
        self.beginResetModel()
        self.gaps, self.titles = list(check.gaps), dict(check.titles)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.gaps)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Project"), self.tr("Title"), self.tr("What an assessor would find missing"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        gap = self.gaps[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == CODE:
                return gap.code
            if index.column() == TITLE:
                return self.titles.get(gap.code, "")
            return without_code(gap)
        return None

    def code_at(self, row: int) -> str:
        return self.gaps[row].code


def without_code(gap: Gap) -> str:
    """The gap's sentence without the code it starts with and the colon after it ("CODE: " in
    English, "CODE : " in French, with a space that may be a no-break one)."""
    if not gap.sentence.startswith(gap.code):
        return gap.sentence
    return gap.sentence[len(gap.code):].lstrip(" :\u00a0\u202f") or gap.sentence


class IatiCheckDialog(QDialog):
    """The check's summary above its table; Check Again re-reads the whole portfolio."""

    def __init__(self, parent: QWidget, open_project: Callable[[str], Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("IATI Publication Check"))
        self.resize(960, 520)
        self._open_project = open_project
        self.operation: Operation[PublicationCheck] | None = None
        self.summary = QLabel(self.tr("Checking the portfolio…"))
        self.summary.setWordWrap(True)
        self.model = GapsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MISSING, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TITLE, 260)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.hint = QLabel(self.tr("Double-click a row to open the project and record what it lacks."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.again = QPushButton(self.tr("Check &Again"))
        self.open_button = QPushButton(self.tr("&Open Project"))
        buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.again.clicked.connect(self.run_check)
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentIndex().row()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

    def set_check(self, check: PublicationCheck) -> None:
        self.model.set_check(check)
        self.summary.setText(check.summary())
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the file's order until the user sorts
        has_rows = bool(check.gaps)
        self.table.setVisible(has_rows)
        self.hint.setVisible(has_rows and self._open_project is not None)
        self.open_button.setVisible(self._open_project is not None)
        self.open_button.setEnabled(has_rows)

    def run_check(self) -> Operation[PublicationCheck]:
        """Check the whole portfolio on the worker thread (a progress dialog, Cancel)."""
        self.summary.setText(self.tr("Checking the portfolio…"))
        self.again.setEnabled(False)

        def work(progress: Progress) -> PublicationCheck:
            return check_publication(progress=progress, cancelled=progress.is_cancelled)

        def failed(exc: BaseException) -> None:
            self.again.setEnabled(True)
            self.summary.setText(str(exc) if isinstance(exc, DomainError) else self.tr("The check failed: {error}").format(error=exc))

        operation = Operation(self, work, label=self.tr("Checking the IATI publication…"), success=self._checked, failure=failed)
        operation.signals.cancelled.connect(lambda: (self.again.setEnabled(True), self.summary.setText(self.tr("Check cancelled."))))
        self.operation = operation
        return operation.run()

    def _checked(self, check: PublicationCheck) -> None:
        self.again.setEnabled(True)
        self.set_check(check)

    def open_row(self, row: int) -> None:
        if row < 0 or self._open_project is None:
            return
        source = self.proxy.mapToSource(self.proxy.index(row, 0))
        self._open_project(self.model.code_at(source.row()))
