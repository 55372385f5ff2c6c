"""The evaluation plan panel: what the rules require and why, live as dates and budget change,
and the officer's actions on each evaluation. The actions themselves are the domain's
(tracker.domain.evaluations, applied by the editor's EvaluationActions); the panel offers those
that apply to the selected evaluation, saying why the others do not, and shows a refusal beneath
the table."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.classifications import EvaluationStatus, Independence
from tracker.domain.errors import FieldProblem
from tracker.domain.evaluations import OPTIONAL_REASON, status_problem
from tracker.domain.i18n import translate
from tracker.domain.project import Evaluation
from tracker.domain.rules.compliance import is_overdue
from tracker.domain.rules.engine import EvaluationPlan
from tracker.domain.rules.replan import PlanChange
from tracker.gui.formats import Formats

Index = QModelIndex | QPersistentModelIndex
HEADERS = [
    QT_TRANSLATE_NOOP("EvaluationPanel", "Due"),
    QT_TRANSLATE_NOOP("EvaluationPanel", "Evaluation"),
    QT_TRANSLATE_NOOP("EvaluationPanel", "Status"),
    QT_TRANSLATE_NOOP("EvaluationPanel", "Required"),
    QT_TRANSLATE_NOOP("EvaluationPanel", "Independence"),
    QT_TRANSLATE_NOOP("EvaluationPanel", "Reason"),
]
REASON_COLUMN = HEADERS.index("Reason")
NOTE_LINES = 5  # the height of the box beneath the buttons, in lines of text
# A cluster evaluation's code and title by its uuid (None: not known here).
ClusterNames = Callable[[str], tuple[str, str] | None]


def cluster_line(evaluation: Evaluation, names: ClusterNames) -> str:
    """"Part of cluster evaluation RBSA-2027: Youth employment cluster" for an evaluation that is
    part of a cluster evaluation; empty for one of the project alone."""
    if not evaluation.cluster:
        return ""
    code, title = names(evaluation.cluster) or (evaluation.cluster, "")
    if not title:
        return QCoreApplication.translate("EvaluationPanel", "Part of cluster evaluation {code}").format(code=code)
    return QCoreApplication.translate("EvaluationPanel", "Part of cluster evaluation {code}: {title}").format(code=code, title=title)


def cluster_refusal(evaluation: Evaluation, row: int, names: ClusterNames) -> FieldProblem | None:
    """Why an evaluation that is part of a cluster evaluation is not changed here: it is completed
    (or left) for every project the cluster covers at once. None for one of the project alone."""
    if not evaluation.cluster:
        return None
    found = names(evaluation.cluster)
    return FieldProblem("cluster", QCoreApplication.translate(
        "EvaluationPanel", "the {evaluation} is part of cluster evaluation {code}: it is recorded for every project the cluster "
                           "covers at once, in Tools > Cluster Evaluations").format(
        evaluation=evaluation.title.lower(), code=found[0] if found else evaluation.cluster)).within("evaluation", row)


class EvaluationTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.evaluations: list[Evaluation] = []
        self.as_of = date.today()
        self.formats = Formats()  # due dates as the user's locale writes them
        # The plan's reasons in the user's language by (kind, sequence): the database keeps them in
        # one language for everybody (tracker.domain.i18n.STORED_LANGUAGE).
        self.reasons: dict[tuple[Any, int], str] = {}
        self.cluster_names: ClusterNames = lambda uuid: None

    def set_evaluations(self, evaluations: list[Evaluation], as_of: date | None = None,
                        reasons: dict[tuple[Any, int], str] | None = None) -> None:
        self.beginResetModel()
        self.evaluations = list(evaluations)
        self.as_of = as_of or date.today()
        self.reasons = dict(reasons or {})
        self.endResetModel()

    def reason(self, evaluation: Evaluation) -> str:
        if evaluation.reason == OPTIONAL_REASON:
            return translate("EvaluationAction", OPTIONAL_REASON)
        return self.reasons.get(evaluation.key, evaluation.reason)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.evaluations)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("EvaluationPanel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        evaluation = self.evaluations[index.row()]
        overdue = is_overdue(evaluation, self.as_of)
        if role == Qt.ItemDataRole.DisplayRole:
            independence = evaluation.independence.label
            if evaluation.independence_required and not evaluation.independence.is_independent:
                independence = QCoreApplication.translate("EvaluationPanel", "must be independent")
            status = QCoreApplication.translate("EvaluationPanel", "Overdue ({status})").format(status=evaluation.status.label.lower()) if overdue else evaluation.status.label
            return [
                self.formats.date(evaluation.due),
                evaluation.title,
                status,
                QCoreApplication.translate("EvaluationPanel", "mandatory") if evaluation.mandatory else QCoreApplication.translate("EvaluationPanel", "optional"),
                independence,
                self.reason(evaluation) or evaluation.waiver_reason,
            ][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [self.reason(evaluation)] if self.reason(evaluation) else []
            if evaluation.cluster:
                lines.append(cluster_line(evaluation, self.cluster_names))
            if evaluation.status is EvaluationStatus.COMPLETED:
                lines.append(QCoreApplication.translate("EvaluationPanel", "Completed {day} by {evaluator}").format(day=self.formats.date(evaluation.completed_on), evaluator=evaluation.evaluator))
                if evaluation.findings:
                    lines.append(evaluation.findings)
            if evaluation.waiver_reason:
                lines.append(QCoreApplication.translate("EvaluationPanel", "Waived: {reason}").format(reason=evaluation.waiver_reason))
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue:
                return QColor("#b00020")
            if evaluation.status in (EvaluationStatus.NOT_REQUIRED, EvaluationStatus.WAIVED):
                return QColor("#777777")
        return None


class EvaluationPanel(QWidget):
    add_optional = Signal()
    record_completion = Signal(int)
    waive = Signal(int)
    set_independence = Signal(int, object)
    require_independence = Signal(int)
    mark_in_progress = Signal(int)
    midterm_review_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("<b>Evaluation plan</b>"), self)
        # The titles of an evaluation's documents, by its UUID (the Documents tab sets it).
        self.document_titles: Callable[[str], list[str]] = lambda uuid: []
        self.rule_set = QLabel(self)
        self.rule_set.setWordWrap(True)  # a long rule set title must not widen the panel
        self.band = QLabel(self)
        self.band.setObjectName("band")
        self.band.setWordWrap(True)
        self.tier = QLabel(self)  # the budget tier's reason, when the rule set has tiers
        self.tier.setObjectName("tier")
        self.tier.setWordWrap(True)
        self.tier.hide()
        self.independence = QLabel(self)
        self.independence.setObjectName("independence")
        self.independence.setWordWrap(True)
        self.midterm_review = QCheckBox(self.tr("Mid-term review a&greed in the initial evaluation plan"), self)
        self.midterm_review.toggled.connect(self.midterm_review_toggled)
        self.model = EvaluationTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        # Columns as wide as what they hold, independence the rest: on a 1024-pixel screen the
        # evaluation's name was squeezed to "E…" when it took the rest; now the table scrolls
        # sideways instead when the panel is narrower than its columns. The reason is long and
        # shows whole in the box under the buttons and in each row's tooltip; as a column it only
        # pushed Independence out of sight on a laptop screen.
        for column in range(len(HEADERS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HEADERS.index("Independence"), QHeaderView.ResizeMode.Stretch)
        self.view.setColumnHidden(REASON_COLUMN, True)
        self.view.doubleClicked.connect(lambda index: self.record_completion.emit(index.row()))
        self.details = QLabel(self)
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _previous: self._on_row_changed(current.row()))
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)  # the domain's sentences, as they are
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        self.changes = QLabel(self)
        self.changes.setObjectName("changes")
        self.changes.setWordWrap(True)

        # Mnemonics clear of the menus' (File, Edit, Project), the form labels' and the tables'.
        self.add_button = QPushButton(self.tr("&Add optional…"), self)
        self.complete_button = QPushButton(self.tr("Record completio&n…"), self)
        self.waive_button = QPushButton(self.tr("&Waive…"), self)
        self.more_button = QPushButton(self.tr("&More"), self)
        more = QMenu(self.more_button)
        self.start_action = more.addAction(self.tr("Mark as &in progress"), lambda: self._emit_selected(self.mark_in_progress))
        more.addSeparator()
        self.plan_actions = [
            more.addAction(self.tr("Plan as {form}").format(form=option.label.lower()), lambda o=option: self._emit_independence(o)) for option in Independence
        ]
        more.addSeparator()
        self.require_action = more.addAction(self.tr("&Require this one to be independent"),
                                             lambda: self._emit_selected(self.require_independence))
        self.more_button.setMenu(more)
        self.add_button.clicked.connect(self.add_optional)
        self.complete_button.clicked.connect(lambda: self._emit_selected(self.record_completion))
        self.waive_button.clicked.connect(lambda: self._emit_selected(self.waive))
        # Two rows of two: in one row the French and Spanish labels made the editor wider than a
        # 1024-pixel screen.
        buttons = QGridLayout()
        for index, button in enumerate((self.add_button, self.complete_button, self.waive_button, self.more_button)):
            buttons.addWidget(button, index // 2, index % 2)
        buttons.setColumnStretch(2, 1)

        # Nothing beneath the buttons changes height: a refusal or the selected evaluation's
        # reason shows in a box of fixed height (scrolling when long), so the buttons stay
        # under the mouse whatever is selected; texts that change as the plan changes sit above
        # the table, whose height gives way.
        notes = QWidget(self)
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(2, 2, 2, 2)
        notes_layout.addWidget(self.problems)
        notes_layout.addWidget(self.details)
        notes_layout.addStretch(1)
        self.notes = QScrollArea(self)
        self.notes.setObjectName("notes")
        self.notes.setWidget(notes)
        self.notes.setWidgetResizable(True)
        self.notes.setFrameShape(QFrame.Shape.NoFrame)
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes.setFixedHeight(NOTE_LINES * self.fontMetrics().lineSpacing() + 8)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.rule_set)
        layout.addWidget(self.band)
        layout.addWidget(self.tier)
        layout.addWidget(self.independence)
        layout.addWidget(self.midterm_review)
        layout.addWidget(self.changes)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.notes)

    def _show_details(self, row: int) -> None:
        if not 0 <= row < len(self.model.evaluations):
            self.details.setText("")
            return
        text = self.model.data(self.model.index(row, 0), Qt.ItemDataRole.ToolTipRole) or ""
        title = self.model.evaluations[row].title
        shown = self.tr("<b>{title}</b>: {details}").format(title=html.escape(title), details=html.escape(text).replace("\n", "<br>"))
        documents = self.document_titles(self.model.evaluations[row].uuid)
        if documents:  # its reports, kept on the Documents tab
            shown += "<br>" + self.tr("Documents (Results tab, Documents): {titles}").format(titles=html.escape("; ".join(documents)))
        self.details.setText(shown)

    def _on_row_changed(self, row: int) -> None:
        self.show_problems([])
        self._show_details(row)
        self._offer_actions(row)

    def _offer_actions(self, row: int) -> None:
        """Enable what applies to the selected evaluation in its status; a disabled button's
        tooltip says why (the domain's sentence). A waived one's Waive button withdraws the waiver."""
        evaluation = self.model.evaluations[row] if 0 <= row < len(self.model.evaluations) else None
        waived = evaluation is not None and evaluation.status is EvaluationStatus.WAIVED
        self.waive_button.setText(self.tr("&Withdraw waiver") if waived else self.tr("&Waive…"))
        self.more_button.setEnabled(evaluation is not None)
        for widget, action in (
            (self.complete_button, "complete"),
            (self.waive_button, "withdraw-waiver" if waived else "waive"),
            (self.start_action, "start"),
            *((plan, "plan") for plan in self.plan_actions),
            (self.require_action, "require-independence"),
        ):
            problem = None if evaluation is None else (cluster_refusal(evaluation, row, self.model.cluster_names)
                                                        or status_problem(evaluation, row, action))
            widget.setEnabled(evaluation is not None and problem is None)
            widget.setToolTip(problem.message if problem else "")

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Why the last action was refused, beneath the table, on the row it concerns."""
        rows = [p.index for p in problems if p.index is not None and 0 <= p.index < len(self.model.evaluations)]
        if rows and rows[0] != self.selected_row():
            self.view.selectRow(rows[0])  # first: a new row clears the problems shown
        self.problems.setText("\n".join(p.message[:1].upper() + p.message[1:] + "." for p in problems))
        self.problems.setVisible(bool(problems))

    def selected_row(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def _emit_selected(self, signal: Any) -> None:
        row = self.selected_row()
        if row is not None:
            signal.emit(row)

    def _emit_independence(self, option: Independence) -> None:
        row = self.selected_row()
        if row is not None:
            self.set_independence.emit(row, option)

    def show_plan(self, plan: EvaluationPlan | None, evaluations: list[Evaluation], changes: list[PlanChange], midterm_review_agreed: bool,
                  rule_set_problem: str = "") -> None:
        selected = self.selected_row()
        tier = plan.tier_reason if plan is not None else ""  # a sentence of its own: "Budget US$... is over ..."
        self.tier.setText(f"{tier[:1].upper()}{tier[1:]}." if tier else "")
        self.tier.setVisible(bool(self.tier.text()))
        if plan is None:
            self.rule_set.setText("")
            # A rule set that cannot be read says so, instead of asking for dates already given.
            self.band.setText(rule_set_problem[:1].upper() + rule_set_problem[1:] + "." if rule_set_problem else
                              self.tr("The rules engine plans the evaluations once the planned start, planned end and budget are set."))
            self.independence.setText("")
        else:
            self.rule_set.setText(self.tr("Rule set {label}: {title}").format(label=plan.rule_set.label, title=translate("RuleSetText", plan.rule_set.title)))
            self.band.setText(f"{plan.band_reason}.")
            self.independence.setText(self.tr("Independence: {reason}.").format(reason=plan.independence_reason))
        self.midterm_review.blockSignals(True)
        self.midterm_review.setChecked(midterm_review_agreed)
        self.midterm_review.blockSignals(False)
        self.model.set_evaluations(evaluations, reasons={p.key: p.reason for p in plan.evaluations} if plan is not None else None)
        self.show_problems([])
        if selected is not None and selected < len(evaluations):
            self.view.selectRow(selected)
            self._show_details(selected)  # the same row: its documents may have changed
        else:
            self.details.setText("")
        if changes:
            self.changes.setText(self.tr("<b>On saving, the plan changes:</b>") + "<br>" + "<br>".join(f"• {html.escape(str(c))}" for c in changes))
        else:
            self.changes.setText("")
        self._offer_actions(self.selected_row() if self.selected_row() is not None else -1)
