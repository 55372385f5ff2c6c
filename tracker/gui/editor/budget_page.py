"""The Budget lines tab: the project's budget by heading (and output), edited as the other record
tables are; under it the lines' total against the project's budget, and each line against the
expenditure recorded to date, so that the officer sees a variance and explains it on its line."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from tracker.domain.budget import BudgetFigures, budget_figures
from tracker.domain.project import Project
from tracker.gui.editor import tables
from tracker.gui.editor.records import PROBLEM_COLOUR, RecordTable
from tracker.gui.editor.state import money_text
from tracker.gui.formats import show_user_number

Index = QModelIndex | QPersistentModelIndex
WARNING_COLOUR = "#8a5300"  # a warning, not an error: the project saves all the same


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("BudgetPage", "Heading"),
        QCoreApplication.translate("BudgetPage", "Output"),
        QCoreApplication.translate("BudgetPage", "Budget"),
        QCoreApplication.translate("BudgetPage", "Expenditure to date"),
        QCoreApplication.translate("BudgetPage", "Variance"),
        QCoreApplication.translate("BudgetPage", "Variance %"),
        QCoreApplication.translate("BudgetPage", "Variance explanation"),
    ]


class VarianceModel(QAbstractTableModel):
    """Read-only: budget, expenditure to date and variance per heading and output, and a total."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.figures = BudgetFigures(None, None, [], 0)
        self.headers = _headers()

    def show(self, figures: BudgetFigures) -> None:
        if figures == self.figures:
            return  # a keystroke elsewhere in the editor: the table keeps its scroll and selection
        self.beginResetModel()  # read-only: no cell editor to lose
        self.figures = figures
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.figures.rows else len(self.figures.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers[section] if orientation == Qt.Orientation.Horizontal else None

    def _is_total(self, row: int) -> bool:
        return row == len(self.figures.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        total = self._is_total(index.row())
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if total:
            return self._total_cell(column) if role == Qt.ItemDataRole.DisplayRole else None
        row = self.figures.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 and row.variance < 0:
            return QColor(PROBLEM_COLOUR)  # overspent
        if role == Qt.ItemDataRole.ToolTipRole and row.budget is None:
            return QCoreApplication.translate("BudgetPage", "Expenditure recorded under a heading and output that no budget line has")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.heading.label
        if column == 1:
            return row.output
        if column == 2:
            return show_user_number(row.budget) if row.budget is not None else QCoreApplication.translate("BudgetPage", "not budgeted")
        if column == 3:
            return show_user_number(row.spent)
        if column == 4:
            return show_user_number(row.variance)
        if column == 5:
            share = row.variance_share
            return "" if share is None else show_user_number(share, 1)
        return row.variance_note

    def _total_cell(self, column: int) -> str:
        figures = self.figures
        budget = figures.lines_total or Decimal(0)
        if column == 0:
            return QCoreApplication.translate("BudgetPage", "Total")
        if column == 2:
            return show_user_number(budget) if figures.lines_total is not None else ""
        if column == 3:
            return show_user_number(figures.spent_total)
        if column == 4:
            return show_user_number(budget - figures.spent_total)
        return ""


def totals_text(project: Project, figures: BudgetFigures) -> tuple[str, bool]:
    """The sentence under the table, and whether it is a warning (the lines do not add up to the
    budget). A warning only: a budget being revised is saved with its lines out of step."""
    currency = project.currency
    if figures.lines_total is None:
        return QCoreApplication.translate("BudgetPage", "No budget lines yet: financial statements show the project's total budget only."), False
    total = money_text(currency, figures.lines_total)
    if figures.budget is None:
        return QCoreApplication.translate("BudgetPage", "Budget lines total {total}; the project has no budget yet.").format(total=total), True
    budget = money_text(currency, figures.budget)
    difference = figures.difference
    if not difference:
        return QCoreApplication.translate("BudgetPage", "Budget lines total {total}, equal to the project's budget.").format(total=total), False
    if difference > 0:
        text = QCoreApplication.translate("BudgetPage", "Budget lines total {total}; the project's budget is {budget}: {difference} is in no line.")
    else:
        text = QCoreApplication.translate("BudgetPage", "Budget lines total {total}; the project's budget is {budget}: the lines are {difference} over it.")
    return text.format(total=total, budget=budget, difference=money_text(currency, abs(difference))), True


class BudgetPage(QWidget):
    """The tab; the editor connects `lines` as it does its other record tables."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = RecordTable(tables.budget_line_columns(), self.tr("Add budget &line"), self)
        self.totals = QLabel(self)
        self.totals.setObjectName("budget-totals")
        self.totals.setWordWrap(True)
        self.comparison_title = QLabel(self.tr("Budget against expenditure to date, in the project's currency"), self)
        self.comparison_title.setWordWrap(True)
        self.unconverted = QLabel(self)
        self.unconverted.setWordWrap(True)
        self.unconverted.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.variances = VarianceModel(self)
        self.comparison = QTableView(self)
        self.comparison.setObjectName("budget-comparison")
        self.comparison.setModel(self.variances)
        self.comparison.setAlternatingRowColors(True)
        self.comparison.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.comparison.verticalHeader().hide()
        header = self.comparison.horizontalHeader()
        for number, width in enumerate((180, 120, 110, 130, 110, 80)):
            header.resizeSection(number, max(width, header.fontMetrics().horizontalAdvance(self.variances.headers[number]) + 16))
        header.setSectionResizeMode(len(self.variances.headers) - 1, QHeaderView.ResizeMode.Stretch)
        lower = QWidget(self)
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.totals)
        below.addWidget(self.comparison_title)
        below.addWidget(self.comparison, 1)
        below.addWidget(self.unconverted)
        # The two tables share the height; on a small screen the user drags the divider.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.lines)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_figures(self, project: Project) -> None:
        figures = budget_figures(project)
        text, warning = totals_text(project, figures)
        self.totals.setText(text)
        self.totals.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;" if warning else "")
        self.totals.setProperty("warning", warning)
        self.variances.show(figures)
        by_output = any(row.output for row in figures.rows)
        self.comparison.setColumnHidden(1, not by_output)
        self.comparison.setVisible(bool(figures.rows))
        self.comparison_title.setVisible(bool(figures.rows))
        if figures.unconverted:
            count = figures.unconverted
            self.unconverted.setText(QCoreApplication.translate(
                "BudgetPage", "%n expenditure line(s) left out: in another currency with no US$ rate to convert it.", "", count))
        self.unconverted.setVisible(bool(figures.unconverted))
