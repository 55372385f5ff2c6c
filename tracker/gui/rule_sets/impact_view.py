"""Impact…: what the rule set in the form would do to the portfolio, before anything is saved.

tracker.store.impact.rule_set_impact re-plans every project in memory on the worker thread (with
progress and Cancel; it writes nothing); the window lists the rows (project, change, evaluation,
due before and after, why) with a summary line, and "Save Workbook…" writes them as an .xlsx
(tracker.reports.impact_workbook), also on the worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.rules.ruleset import RuleSet
from tracker.gui.errors import show_information
from tracker.gui.formats import Formats
from tracker.gui.workers import Operation, Progress

if TYPE_CHECKING:
    from tracker.store.impact import ImpactReport

# Qt's translate under the name Qt's lupdate looks for: the texts below are extracted for translators.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


def ask_workbook_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save the workbook (replaced in tests)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("RuleSetImpact", "Save the Impact as a Workbook"),
        suggested,
        translate("RuleSetImpact", "Excel workbooks (*.xlsx)"),
    )
    if not name:
        return None
    return Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")


def run_impact(parent: QWidget, rules: RuleSet, scope: str, success: Any, failure: Any = None) -> Operation[Any]:
    """Compute the impact of `rules` on the worker thread, with a progress dialog and Cancel."""

    def work(progress: Progress) -> ImpactReport:
        from tracker.store.impact import rule_set_impact

        def report(done: int, total: int, text: str = "") -> None:
            progress(
                done,
                total,
                text or translate("RuleSetImpact", "Checked {done} of {total} project(s)…", "", total).format(done=done, total=total),
            )

        progress(0, 0, translate("RuleSetImpact", "Reading the portfolio…"))
        return rule_set_impact(rules, scope=scope, progress=report, cancelled=progress.is_cancelled)

    return Operation(
        parent,
        work,
        label=translate("RuleSetImpact", "Working out the impact of {rule_set}…").format(rule_set=rules.label),
        success=success,
        failure=failure,
    ).run()


COLUMNS = ("code", "title", "stage", "change", "evaluation", "before", "after", "detail")


class ImpactModel(QAbstractTableModel):
    def __init__(self, report: ImpactReport, parent: Any = None) -> None:
        super().__init__(parent)
        self.report = report
        self.rows = list(report.rows)
        self.formats = Formats()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("RuleSetImpact", "Project"),
                translate("RuleSetImpact", "Title"),
                translate("RuleSetImpact", "Stage"),
                translate("RuleSetImpact", "Change"),
                translate("RuleSetImpact", "Evaluation"),
                translate("RuleSetImpact", "Due now"),
                translate("RuleSetImpact", "Would be due"),
                translate("RuleSetImpact", "Why"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row, name = self.rows[index.row()], COLUMNS[index.column()]
        if name == "code":
            return row.code
        if name == "title":
            return row.title
        if name == "stage":
            return row.stage.label
        if name == "change":
            return row.change_label
        if name == "evaluation":
            return row.evaluation
        if name == "before":
            return self.formats.date(row.before_due) if row.before_due else "—"
        if name == "after":
            return self.formats.date(row.after_due) if row.after_due else "—"
        return row.detail


def summary_text(report: ImpactReport) -> str:
    """The impact in one line: how many projects were checked and would change, and how, in the user's language."""
    by_change = report.projects_by_change()
    gains, loses, moves, independence = (by_change.get(c, 0) for c in ("gains", "loses", "moves", "independence"))
    parts = [
        translate("RuleSetImpact", "%n project(s) with an evaluation more", "", gains),
        translate("RuleSetImpact", "%n project(s) with an evaluation fewer", "", loses),
        translate("RuleSetImpact", "%n project(s) with an evaluation moved", "", moves),
        translate("RuleSetImpact", "%n project(s) with the independence requirement changed", "", independence),
    ]
    summary = str(report)
    return translate("RuleSetImpact", "{summary} — {parts}. Nothing was saved.").format(
        summary=summary[:1].upper() + summary[1:], parts=", ".join(parts)
    )


class ImpactDialog(QDialog):
    """The impact's rows and summary; Save Workbook…."""

    def __init__(self, report: ImpactReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(translate("RuleSetImpact", "Impact of {rule_set}").format(rule_set=report.rule_set))
        self.summary = QLabel(summary_text(report), self)
        self.summary.setWordWrap(True)
        self.model = ImpactModel(report, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(False)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(1, min(self.view.columnWidth(1), 220))
        self.save_button = QPushButton(translate("RuleSetImpact", "&Save Workbook…"), self)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_workbook)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(980, screen.width() - 40), min(560, screen.height() - 80))
        self.operation: Operation[Any] | None = None

    def save_workbook(self) -> Operation[Any] | None:
        if self.operation is not None:
            return None
        path = ask_workbook_path(self, f"impact-{self.report.rule_set.split(' ')[0]}.xlsx")
        if path is None:
            return None
        report = self.report

        def work(progress: Progress) -> Path:
            from tracker.reports.impact_workbook import write_impact_workbook

            return write_impact_workbook(path, report, progress=progress, cancelled=progress.is_cancelled)

        self.save_button.setEnabled(False)
        self.operation = Operation(
            self, work, label=translate("RuleSetImpact", "Writing the workbook…"), success=self._saved, failure=self._failed
        )
        self.operation.signals.cancelled.connect(self._done)
        return self.operation.run()

    def _done(self) -> None:
        self.operation = None
        self.save_button.setEnabled(True)

    def _saved(self, path: Path) -> None:
        self._done()
        self.status.setText(translate("RuleSetImpact", "Saved {file}.").format(file=path))

    def _failed(self, exc: BaseException) -> None:
        self._done()
        text = str(exc)
        self.status.setText(text)
        show_information(self, translate("RuleSetImpact", "Workbook not saved"), text)
