"""The live preview: a sample project typed in (dates, budget in US$, funding modality, partner
category, mid-term review agreed) and the plan the rule set being edited gives it, recomputed on
every edit of the form or of the sample (plan_evaluations: pure and fast, on the UI thread)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.classifications import FundingModality, PartnerCategory
from tracker.domain.errors import DomainError
from tracker.domain.rules.engine import EvaluationPlan, PlannedEvaluation, plan_evaluations
from tracker.domain.rules.ruleset import FundingFacts, RuleSet
from tracker.gui.editor.date_field import DateLineEdit, read_date
from tracker.gui.formats import Formats, read_user_number, show_user_number

# Qt's translate under the name Qt's lupdate looks for: the texts below are extracted for translators.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


class PlanModel(QAbstractTableModel):
    """The planned evaluations: evaluation, due, independent, reason."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[PlannedEvaluation] = []
        self.formats = Formats()

    def set_plan(self, plan: EvaluationPlan | None) -> None:
        self.beginResetModel()
        self.rows = list(plan.evaluations) if plan is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                translate("RuleSetEditor", "Evaluation"),
                translate("RuleSetEditor", "Due"),
                translate("RuleSetEditor", "Independent"),
                translate("RuleSetEditor", "Reason"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        planned = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return evaluation_title(planned)
        if column == 1:
            return self.formats.date(planned.due)
        if column == 2:
            return translate("RuleSetEditor", "yes") if planned.independent else translate("RuleSetEditor", "no")
        return planned.reason


def evaluation_title(planned: PlannedEvaluation) -> str:
    """ "Annual review 2" for the second of several, the kind's label otherwise."""
    if planned.sequence > 1 or planned.kind.value == "annual-review":
        return translate("RuleSetEditor", "{kind} {number}").format(kind=planned.kind.label, number=planned.sequence)
    return planned.kind.label


class Preview(QGroupBox):
    """The sample project, the band and tier it falls in, and its plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("RuleSetEditor", "Preview on a sample project"), parent)
        self.rules: RuleSet | None = None
        self.waiting = ""
        self.plan: EvaluationPlan | None = None
        self.start = DateLineEdit(self)
        self.start.setText("2027-01-01")
        self.end = DateLineEdit(self)
        self.end.setText("2029-12-31")
        self.budget = QLineEdit(show_user_number(Decimal(2_000_000), 2), self)
        self.budget.setToolTip(translate("RuleSetEditor", "The budget in US$"))
        self.modality = QComboBox(self)
        self.modality.addItem(translate("RuleSetEditor", "(no funding line)"), "")
        for modality in FundingModality:
            self.modality.addItem(modality.label, modality.value)
        self.modality.setCurrentIndex(max(self.modality.findData(FundingModality.EARMARKED.value), 0))
        self.category = QComboBox(self)
        self.category.addItem(translate("RuleSetEditor", "(no partner)"), "")
        for category in PartnerCategory:
            self.category.addItem(category.label, category.value)
        for combo in (self.modality, self.category):
            # Long labels ("UN agency or multi-partner trust fund") must not widen the window past a small screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.midterm = QCheckBox(translate("RuleSetEditor", "Mid-term re&view agreed"), self)
        grid = QGridLayout()
        fields: list[tuple[str, QWidget]] = [
            (translate("RuleSetEditor", "St&art:"), self.start),
            (translate("RuleSetEditor", "&End:"), self.end),
            (translate("RuleSetEditor", "Bud&get (US$):"), self.budget),
            (translate("RuleSetEditor", "&Funding modality:"), self.modality),
            (translate("RuleSetEditor", "Partner categor&y:"), self.category),
        ]
        for number, (text, widget) in enumerate(fields):
            label = QLabel(text, self)
            label.setBuddy(widget)
            # Two fields a row: French and Spanish labels are long, and the window must fit 1024 pixels.
            grid.addWidget(label, number // 2, 2 * (number % 2))
            grid.addWidget(widget, number // 2, 2 * (number % 2) + 1)
        grid.addWidget(self.midterm, 2, 2, 1, 2)
        for column in (1, 3):
            grid.setColumnStretch(column, 1)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = PlanModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(grid)
        layout.addWidget(self.outcome)
        layout.addWidget(self.view, 1)
        for edit in (self.start, self.end, self.budget):
            edit.textChanged.connect(lambda *_: self.refresh())
        for combo in (self.modality, self.category):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.midterm.toggled.connect(lambda *_: self.refresh())

    def show_rules(self, rules: RuleSet | None, waiting: str = "") -> None:
        """Plan the sample under `rules` (None: the form has problems; `waiting` says so)."""
        self.rules, self.waiting = rules, waiting
        self.refresh()

    def sample(self) -> tuple[date, date, Decimal, FundingFacts]:
        """The sample project as typed; ValueError naming the field that does not read."""
        start = read_date(self.start.text(), translate("RuleSetEditor", "start"))
        end = read_date(self.end.text(), translate("RuleSetEditor", "end"))
        if end < start:
            raise ValueError(translate("RuleSetEditor", "The end is before the start."))
        budget = read_user_number(self.budget.text(), translate("RuleSetEditor", "budget"))
        if budget <= 0:
            raise ValueError(translate("RuleSetEditor", "The budget must be above zero."))
        modality, category = self.modality.currentData(), self.category.currentData()
        funding = FundingFacts(
            tuple([FundingModality(modality)] if modality else []), tuple([PartnerCategory(category)] if category else [])
        )
        return start, end, budget, funding

    def refresh(self) -> None:
        self.plan = None
        if self.rules is None:
            self.outcome.setText(self.waiting)
        else:
            try:
                start, end, budget, funding = self.sample()
                self.plan = plan_evaluations(
                    start, end, budget, midterm_review_agreed=self.midterm.isChecked(), rule_set=self.rules, funding=funding
                )
            except (ValueError, DomainError) as exc:
                text = str(exc)
                self.outcome.setText(text[:1].upper() + text[1:] + ("" if text.endswith(".") else "."))
            else:
                band = translate("RuleSetEditor", "Band {band}: {reason}").format(band=self.plan.band.code, reason=self.plan.band_reason)
                tier = (
                    translate("RuleSetEditor", "Tier {tier}: {reason}").format(tier=self.plan.tier.code, reason=self.plan.tier_reason)
                    if self.plan.tier is not None
                    else translate("RuleSetEditor", "No budget tier applies.")
                )
                self.outcome.setText(f"{band}\n{tier}")
        self.model.set_plan(self.plan)
        self.view.resizeColumnsToContents()
