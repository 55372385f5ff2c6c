"""Small dialogs of the editor. Each has a classmethod `ask` returning the answer or None, so tests
can drive the dialog itself or replace `ask`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tracker.domain.classifications import RATING_SCALE, Criterion, EvaluationKind, Independence
from tracker.domain.dates import parse_iso_date
from tracker.domain.money import parse_decimal
from tracker.domain.project import BudgetRevision
from tracker.gui.form_dialog import FormDialog


def _date_or_problem(edit: QLineEdit, what: str, required: bool) -> tuple[date | None, str]:
    text = edit.text().strip()
    if not text:
        return None, (f"{what} is required" if required else "")
    try:
        return parse_iso_date(text, what), ""
    except ValueError as exc:
        return None, str(exc)


@dataclass
class Completion:
    completed_on: date
    evaluator: str
    independence: Independence
    ratings: dict[Criterion, int] = field(default_factory=dict)
    findings: str = ""


class CompletionDialog(FormDialog):
    def __init__(self, title: str, independence: Independence, independence_required: bool, parent: QWidget | None = None) -> None:
        super().__init__(f"Record completion: {title}", parent)
        self.independence_required = independence_required
        self.completed_on = QLineEdit(date.today().isoformat(), self)
        self.evaluator = QLineEdit(self)
        self.independence = QComboBox(self)
        for option in Independence:
            self.independence.addItem(option.label, option)
        self.independence.setCurrentIndex(list(Independence).index(independence))
        self.ratings: dict[Criterion, QComboBox] = {}
        self.form.addRow("&Completed on (YYYY-MM-DD):", self.completed_on)
        self.form.addRow("&Evaluator:", self.evaluator)
        self.form.addRow("&Independence:", self.independence)
        for criterion in Criterion:
            combo = QComboBox(self)
            combo.addItem("not rated", None)
            for score, label in RATING_SCALE.items():
                combo.addItem(f"{score} - {label}", score)
            self.ratings[criterion] = combo
            self.form.addRow(f"{criterion.label}:", combo)
        self.findings = QPlainTextEdit(self)
        self.findings.setTabChangesFocus(True)
        self.form.addRow("&Findings:", self.findings)
        for signal in (self.completed_on.textChanged, self.evaluator.textChanged):
            signal.connect(self.refresh)
        self.independence.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def problem(self) -> str:
        _, problem = _date_or_problem(self.completed_on, "the completion date", True)
        if problem:
            return problem
        if not self.evaluator.text().strip():
            return "name who carried out the evaluation"
        if self.independence_required and not Independence(self.independence.currentData()).is_independent:
            return "this evaluation must be independent (internal or external): the budget is over the threshold"
        return ""

    def result_value(self) -> Completion:
        completed_on, _ = _date_or_problem(self.completed_on, "the completion date", True)
        assert completed_on is not None
        return Completion(
            completed_on=completed_on,
            evaluator=self.evaluator.text().strip(),
            independence=Independence(self.independence.currentData()),
            ratings={c: combo.currentData() for c, combo in self.ratings.items() if combo.currentData() is not None},
            findings=self.findings.toPlainText().strip(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, independence: Independence, independence_required: bool) -> Completion | None:
        dialog = cls(title, independence, independence_required, parent)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class WaiverDialog(FormDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(f"Waive: {title}", parent)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.form.addRow("&Reason for the waiver:", self.reason)
        self.reason.textChanged.connect(self.refresh)
        self.refresh()

    def problem(self) -> str:
        return "" if self.reason.toPlainText().strip() else "a waiver needs its reason"

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> str | None:
        dialog = cls(title, parent)
        return dialog.reason.toPlainText().strip() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass
class OptionalEvaluation:
    kind: EvaluationKind
    due: date
    independence: Independence


class OptionalEvaluationDialog(FormDialog):
    def __init__(self, default_due: date, parent: QWidget | None = None) -> None:
        super().__init__("Add an optional evaluation", parent)
        self.kind = QComboBox(self)
        for kind in EvaluationKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setCurrentIndex(list(EvaluationKind).index(EvaluationKind.EX_POST))
        self.due = QLineEdit(default_due.isoformat(), self)
        self.independence = QComboBox(self)
        for option in Independence:
            self.independence.addItem(option.label, option)
        self.form.addRow("&Kind:", self.kind)
        self.form.addRow("&Due (YYYY-MM-DD):", self.due)
        self.form.addRow("&Independence:", self.independence)
        self.due.textChanged.connect(self.refresh)
        self.refresh()

    def problem(self) -> str:
        return _date_or_problem(self.due, "the due date", True)[1]

    @classmethod
    def ask(cls, parent: QWidget | None, default_due: date) -> OptionalEvaluation | None:
        dialog = cls(default_due, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        due, _ = _date_or_problem(dialog.due, "the due date", True)
        assert due is not None
        return OptionalEvaluation(EvaluationKind(dialog.kind.currentData()), due, Independence(dialog.independence.currentData()))


class RevisionDialog(FormDialog):
    """A budget revision or extension: a new budget, a new end date or both, and why."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__("Revise the budget or extend", parent)
        self.revised_on = QLineEdit(date.today().isoformat(), self)
        self.new_budget = QLineEdit(self)
        self.new_budget.setPlaceholderText(f"unchanged (in {currency})")
        self.new_end = QLineEdit(self)
        self.new_end.setPlaceholderText("unchanged (YYYY-MM-DD)")
        self.new_rate = QLineEdit(self)
        self.new_rate.setPlaceholderText("unchanged")
        self.reason = QLineEdit(self)
        self.form.addRow("Revised &on (YYYY-MM-DD):", self.revised_on)
        self.form.addRow(f"New &budget ({currency}):", self.new_budget)
        self.form.addRow("New &end date:", self.new_end)
        self.form.addRow("New US$ &rate:", self.new_rate)
        self.form.addRow("Re&ason:", self.reason)
        for edit in (self.revised_on, self.new_budget, self.new_end, self.new_rate, self.reason):
            edit.textChanged.connect(self.refresh)
        self.refresh()

    def _value(self) -> tuple[BudgetRevision | None, str]:
        revised_on, problem = _date_or_problem(self.revised_on, "the revision date", True)
        if problem:
            return None, problem
        new_end, problem = _date_or_problem(self.new_end, "the new end date", False)
        if problem:
            return None, problem
        amounts: dict[str, Decimal | None] = {}
        for name, edit in (("new budget", self.new_budget), ("new rate", self.new_rate)):
            text = edit.text().strip()
            try:
                amounts[name] = parse_decimal(text, name) if text else None
            except ValueError as exc:
                return None, str(exc)
        revision = BudgetRevision(
            revised_on=revised_on,  # type: ignore[arg-type]
            reason=self.reason.text().strip(),
            new_budget=amounts["new budget"],
            new_end=new_end,
            new_usd_rate=amounts["new rate"],
        )
        problems = revision.problems()
        return (None, problems[0].message) if problems else (revision, "")

    def problem(self) -> str:
        return self._value()[1]

    @classmethod
    def ask(cls, parent: QWidget | None, currency: str) -> BudgetRevision | None:
        dialog = cls(currency, parent)
        return dialog._value()[0] if dialog.exec() == QDialog.DialogCode.Accepted else None
