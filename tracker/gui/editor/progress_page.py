"""The Progress tab: the project's progress reports in a list (period and who prepared each), and for
the report selected its narrative (summary of progress, challenges and risks, lessons learned, next
steps) and the indicators' values at the end of its period. Every change goes out as a signal; the
editor records it for undo and shows the project again (the page never changes the project)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.numbers import format_number
from tracker.domain.project import IndicatorValue, ProgressReport, Project, ResultIndicator
from tracker.gui.editor import tables
from tracker.gui.editor.records import PROBLEM_COLOUR, RecordTable
from tracker.gui.formats import read_user_number, show_user_number, user_number_style

Index = QModelIndex | QPersistentModelIndex
NARRATIVE = ("summary", "challenges", "lessons", "next_steps")


def value_at(project: Project, indicator: ResultIndicator, end: date) -> tuple[Decimal | None, IndicatorValue | None]:
    """An indicator's actual at a period's end: its latest value measured on or before the end
    (with that record), else what the indicator records as achieved (and no record)."""
    measured = [v for v in project.indicator_values if v.indicator_uuid == indicator.uuid and v.measured_on <= end]
    if measured:
        latest = max(measured, key=lambda v: v.measured_on)
        return latest.value, latest
    return indicator.achieved, None


def new_report(project: Project, today: date | None = None) -> ProgressReport:
    """The next report: the year after the latest one's period, or this calendar year; prepared by
    the project's officer until someone else is named."""
    today = today or date.today()
    if project.progress_reports:
        last_end = max(r.period_end for r in project.progress_reports)
        start = date.fromordinal(last_end.toordinal() + 1)
        try:
            end = date.fromordinal(start.replace(year=start.year + 1).toordinal() - 1)
        except ValueError:  # 29 February
            end = date(start.year + 1, 2, 28)
    else:
        start, end = date(today.year, 1, 1), date(today.year, 12, 31)
    return ProgressReport(start, end, "", prepared_by=project.officer)


class IndicatorValuesModel(QAbstractTableModel):
    """The project's indicators with baseline, target and the value at the selected report's
    period end; that value is edited here (a value measured on the period end)."""

    value_edited = Signal(str, object)  # the indicator's UUID; a Decimal, or None to clear it
    parse_failed = Signal(str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.report: ProgressReport | None = None
        self.headers = [
            QCoreApplication.translate("ProgressPage", "Indicator"),
            QCoreApplication.translate("ProgressPage", "Unit"),
            QCoreApplication.translate("ProgressPage", "Baseline"),
            QCoreApplication.translate("ProgressPage", "Target"),
            QCoreApplication.translate("ProgressPage", "Value at the period's end"),
        ]

    def show(self, project: Project, report: ProgressReport | None) -> None:
        rows_before = self.rowCount()
        self.project, self.report = project, report
        if rows_before != self.rowCount():
            # Indicators added or removed elsewhere (the Results tab): nothing is being edited here.
            self.beginResetModel()
            self.endResetModel()
        elif rows_before:
            self.dataChanged.emit(self.index(0, 0), self.index(rows_before - 1, len(self.headers) - 1))

    def _indicators(self) -> list[ResultIndicator]:
        return self.project.indicators if self.project is not None and self.report is not None else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._indicators())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self.headers[section] if orientation == Qt.Orientation.Horizontal else str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == 4 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.project is None or self.report is None:
            return None
        indicator = self._indicators()[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column < 4:
            if role == Qt.ItemDataRole.ToolTipRole and column == 0:
                return indicator.name
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            value = (indicator.name, indicator.unit, indicator.baseline, indicator.target)[column]
            return value if isinstance(value, str) else "" if value is None else show_user_number(value, None)
        value, record = value_at(self.project, indicator, self.report.period_end)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else show_user_number(value, None)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else format_number(value, user_number_style(), None, grouped=False)
        if record is None or record.measured_on != self.report.period_end:
            # Not measured on this period's end: what the report will show until a value is given.
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#666666")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                if record is not None:
                    return QCoreApplication.translate("ProgressPage", "Measured on {date}; type a value to record one on the period's end").format(
                        date=record.measured_on.isoformat())
                return QCoreApplication.translate("ProgressPage", "No value measured by the period's end: the indicator's achieved value; type a value to record one")
        elif role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("ProgressPage", "Measured on {date}").format(date=record.measured_on.isoformat())
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 4 or self.report is None:
            return False
        indicator = self._indicators()[index.row()]
        text = str(value).strip()
        try:
            parsed = read_user_number(text, self.headers[4]) if text else None
        except ValueError as exc:
            self.parse_failed.emit(str(exc))
            return False
        assert self.project is not None
        shown, record = value_at(self.project, indicator, self.report.period_end)
        on_end = record is not None and record.measured_on == self.report.period_end
        if (on_end and parsed == shown) or (parsed is None and not on_end):
            return False
        self.value_edited.emit(indicator.uuid, parsed)
        return True


def _text_box(parent: QWidget, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setTabChangesFocus(True)  # Tab goes on to the next field, as in the form's other fields
    # Five lines shown, a longer text scrolls within: the four boxes and the indicators' values
    # stay within reach of each other on a 700-pixel screen.
    box.setFixedHeight(5 * box.fontMetrics().lineSpacing() + 2 * box.frameWidth() + 8)
    return box


class ProgressPage(QWidget):
    """The tab; the editor connects `reports` as it does its other record tables, and
    `text_edited` and `values.value_edited` to its undoable edits."""

    text_edited = Signal(int, str, str)  # the report's row, field name, the text now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports = RecordTable(tables.progress_report_columns(), self.tr("Add progress rep&ort"), self)
        view = self.reports.view
        # Three reports in view (three years of a project) above the selected one's narrative.
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + 3 * view.verticalHeader().defaultSectionSize() + 4)
        self.boxes: dict[str, QPlainTextEdit] = {name: _text_box(self, name) for name in NARRATIVE}
        self.details = QGroupBox(self)
        self.details_form = form = QFormLayout(self.details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the boxes keep the width
        for name, text in (
            ("summary", self.tr("&Summary of progress:")),
            ("challenges", self.tr("&Challenges and risks:")),
            ("lessons", self.tr("&Lessons learned:")),
            ("next_steps", self.tr("Next s&teps:")),
        ):
            label = QLabel(text, self.details)
            label.setBuddy(self.boxes[name])
            form.addRow(label, self.boxes[name])
        self.values = IndicatorValuesModel(self)
        self.value_table = QTableView(self.details)
        self.value_table.setObjectName("indicator-values")
        self.value_table.setModel(self.values)
        self.value_table.setAlternatingRowColors(True)
        self.value_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.value_table.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed | QTableView.EditTrigger.AnyKeyPressed)
        self.value_table.setMinimumHeight(5 * self.value_table.verticalHeader().defaultSectionSize())
        # The value typed is always in view: the figures keep their headings' width and the
        # indicator's name takes what is left (whole in its tooltip).
        header = self.value_table.horizontalHeader()
        header.setMinimumSectionSize(40)
        for number in range(1, len(self.values.headers)):
            wanted = header.fontMetrics().horizontalAdvance(self.values.headers[number]) + 20
            # Unit, baseline and target take no more than a figure needs (a longer heading is
            # elided, whole in its tooltip); the value typed keeps its whole heading.
            header.resizeSection(number, wanted if number == 4 else min(wanted, 90))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        values_label = QLabel(self.tr("Indicator &values at the period's end:"), self.details)
        values_label.setBuddy(self.value_table)
        values_label.setWordWrap(True)
        form.addRow(values_label, self.value_table)
        self.no_indicators = QLabel(self.tr("The project has no indicators yet: add them on the Results tab."), self.details)
        self.no_indicators.setWordWrap(True)
        form.addRow(self.no_indicators)
        self.none_selected = QLabel(self.tr("Add a progress report, or select one in the list, to write its narrative."), self)
        self.none_selected.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget(scroll)
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.none_selected)
        inner.addWidget(self.details)
        inner.addStretch(1)
        scroll.setWidget(holder)
        # The list above, the selected report below; on a small screen the report scrolls.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.reports)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._project: Project | None = None
        for name, box in self.boxes.items():
            box.textChanged.connect(lambda n=name, b=box: self._typed(n, b))
        self.reports.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

    def selected_row(self) -> int:
        """The report the form shows: the list's current row, or -1."""
        if self._project is None:
            return -1
        row = self.reports.view.currentIndex().row()
        return row if 0 <= row < len(self._project.progress_reports) else -1

    def show_project(self, project: Project) -> None:
        """Called after every change: the list is refreshed by the editor; this shows the report
        selected in it (the first, when none is)."""
        self._project = project
        if self.selected_row() < 0 and project.progress_reports:
            self.reports.view.setCurrentIndex(self.reports.model.index(0, 0))
        self._show_selected()

    def _show_selected(self) -> None:
        if self._project is None:
            return
        row = self.selected_row()
        report = self._project.progress_reports[row] if row >= 0 else None
        self.details.setVisible(report is not None)
        self.none_selected.setVisible(report is None)
        if report is not None:
            self.details.setTitle(self.tr("Progress report {start} to {end}").format(
                start=report.period_start.isoformat(), end=report.period_end.isoformat()))
            for name, box in self.boxes.items():
                text = getattr(report, name)
                if box.toPlainText() != text:  # never while typing: the cursor would jump to the start
                    box.blockSignals(True)
                    box.setPlainText(text)
                    box.blockSignals(False)
        has_indicators = bool(self._project.indicators)
        self.value_table.setVisible(has_indicators)
        self.no_indicators.setVisible(not has_indicators)
        label = self.details_form.labelForField(self.value_table)
        if label is not None:
            label.setVisible(has_indicators)
        self.values.show(self._project, report)

    def _typed(self, name: str, box: QPlainTextEdit) -> None:
        row = self.selected_row()
        if row >= 0:
            self.text_edited.emit(row, name, box.toPlainText())

    def show_problems(self, problems: dict[str, str]) -> None:
        """Mark the narrative boxes of the selected report that have something to fix (a summary
        is required), with the problem as their tooltip."""
        for name, box in self.boxes.items():
            message = problems.get(name, "")
            box.setToolTip(message)
            box.setProperty("problem", bool(message))
            box.setStyleSheet(f"QPlainTextEdit {{ border: 2px solid {PROBLEM_COLOUR}; }}" if message else "")
