"""Small dialogs of the editor. Each has a classmethod `ask` returning the answer or None, so tests
can drive the dialog itself or replace `ask`."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tracker.domain import cycle
from tracker.domain.classifications import RATING_SCALE, Criterion, EvaluationKind, Independence
from tracker.domain.project import BudgetRevision, Project
from tracker.gui.editor.date_field import DateLineEdit, read_date
from tracker.gui.editor.line_rates import no_rate_in_force, table_rate
from tracker.gui.form_dialog import FormDialog
from tracker.gui.formats import read_user_number, show_user_number


def _date_line(value: date | None, parent: QWidget) -> DateLineEdit:
    """A date field with its calendar, holding `value` as YYYY-MM-DD."""
    edit = DateLineEdit(parent)
    edit.setText(value.isoformat() if value else "")
    edit.setPlaceholderText(QCoreApplication.translate("EditorDialogs", "YYYY-MM-DD"))
    return edit


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _date_or_problem(edit: QLineEdit, what: str, required: bool) -> tuple[date | None, str]:
    text = edit.text().strip()
    if not text:
        return None, (QCoreApplication.translate("EditorDialogs", "{what} is required").format(what=what) if required else "")
    try:
        return read_date(text, what), ""
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
        super().__init__(self.tr("Record completion: {evaluation}").format(evaluation=title), parent)
        self.independence_required = independence_required
        self.completed_on = _date_line(date.today(), self)
        self.evaluator = QLineEdit(self)
        self.independence = QComboBox(self)
        for option in Independence:
            self.independence.addItem(option.label, option)
        self.independence.setCurrentIndex(list(Independence).index(independence))
        self.ratings: dict[Criterion, QComboBox] = {}
        self.form.addRow(self.tr("&Completed on:"), self.completed_on)
        self.form.addRow(self.tr("&Evaluator:"), self.evaluator)
        self.form.addRow(self.tr("&Independence:"), self.independence)
        for criterion in Criterion:
            combo = QComboBox(self)
            combo.addItem(self.tr("not rated"), None)
            for score, label in RATING_SCALE.items():
                combo.addItem(f"{score} - {label}", score)
            self.ratings[criterion] = combo
            self.form.addRow(self.tr("{criterion}:").format(criterion=criterion.label), combo)
        self.findings = QPlainTextEdit(self)
        self.findings.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Findings:"), self.findings)
        for signal in (self.completed_on.textChanged, self.evaluator.textChanged):
            signal.connect(self.refresh)
        self.independence.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def problem(self) -> str:
        _, problem = _date_or_problem(self.completed_on, self.tr("the completion date"), True)
        if problem:
            return problem
        if not self.evaluator.text().strip():
            return self.tr("name who carried out the evaluation")
        if self.independence_required and not Independence(self.independence.currentData()).is_independent:
            return self.tr("this evaluation must be independent (internal or external): the budget is over the threshold")
        return ""

    def result_value(self) -> Completion:
        completed_on, _ = _date_or_problem(self.completed_on, self.tr("the completion date"), True)
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
        super().__init__(self.tr("Waive: {evaluation}").format(evaluation=title), parent)
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Reason for the waiver:"), self.reason)
        self.reason.textChanged.connect(self.refresh)
        self.refresh()

    def problem(self) -> str:
        return "" if self.reason.toPlainText().strip() else self.tr("a waiver needs its reason")

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
    def __init__(self, default_due: date, parent: QWidget | None = None, extra_kinds: Sequence[EvaluationKind] = ()) -> None:
        super().__init__(self.tr("Add an optional evaluation"), parent)
        self.kind = QComboBox(self)
        # tracker's own kinds, then those the project's rule set names (by their labels)
        for kind in [*EvaluationKind, *extra_kinds]:
            self.kind.addItem(kind.label, kind)
        self.kind.setCurrentIndex(list(EvaluationKind).index(EvaluationKind.EX_POST))
        self.due = _date_line(default_due, self)
        self.independence = QComboBox(self)
        for option in Independence:
            self.independence.addItem(option.label, option)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Due:"), self.due)
        self.form.addRow(self.tr("&Independence:"), self.independence)
        self.due.textChanged.connect(self.refresh)
        self.refresh()

    def problem(self) -> str:
        return _date_or_problem(self.due, self.tr("the due date"), True)[1]

    @classmethod
    def ask(cls, parent: QWidget | None, default_due: date, extra_kinds: Sequence[EvaluationKind] = ()) -> OptionalEvaluation | None:
        dialog = cls(default_due, parent, extra_kinds)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        due, _ = _date_or_problem(dialog.due, QCoreApplication.translate("OptionalEvaluationDialog", "the due date"), True)
        assert due is not None
        return OptionalEvaluation(EvaluationKind(dialog.kind.currentData()), due, Independence(dialog.independence.currentData()))


class RevisionDialog(FormDialog):
    """A budget revision or extension: a new budget, a new end date or both, and why. The project's
    current budget and end stand at the top; each field keeps its label while typed in (the
    placeholders are examples only); amounts are read as the user writes numbers."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Revise the budget or extend"), parent)
        self.project = project
        currency = project.currency
        self.current = QLabel(self._current_text(), self)
        self.current.setObjectName("current")
        self.current.setWordWrap(True)
        self.form.addRow(self.current)
        self.revised_on = _date_line(date.today(), self)
        self.new_budget = QLineEdit(self)
        self.new_budget.setPlaceholderText(self.tr("e.g. {example}; empty: unchanged").format(
            example=show_user_number(Decimal("1250000"))))
        self.new_end = _date_line(None, self)
        self.new_end.setPlaceholderText(self.tr("YYYY-MM-DD; empty: unchanged"))
        self.new_rate = QLineEdit(self)
        self.new_rate.setPlaceholderText(self.tr("e.g. {example}; empty: unchanged").format(example=show_user_number(Decimal("1.08"), None)))
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. no-cost extension agreed with the donor"))
        self.form.addRow(self.tr("Revised &on:"), self.revised_on)
        self.form.addRow(self.tr("New &budget ({currency}):").format(currency=currency), self.new_budget)
        self.form.addRow(self.tr("New planned &end:"), self.new_end)
        self.form.addRow(self.tr("New US$ &rate:"), self.new_rate)
        self.form.addRow(self.tr("Re&ason:"), self.reason)
        for edit in (self.revised_on, self.new_budget, self.new_end, self.new_rate, self.reason):
            edit.textChanged.connect(self.refresh)
            # Each example whole, in every language (room for the frame and a calendar button).
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 40)
        # A new budget is recorded at the rate in force on the revision's date, from the table of
        # exchange rates, following the date and budget until the user types a rate of his own.
        self.rate_typed = False
        self.rate_hint = QLabel(self)
        self.rate_hint.setObjectName("rate_hint")
        self.rate_hint.setWordWrap(True)
        self.rate_hint.setStyleSheet("color: #555555;")
        self.form.insertRow(self.form.rowCount() - 1, "", self.rate_hint)
        self.rate_hint.hide()
        self.new_rate.textEdited.connect(self._rate_typed)
        self.revised_on.textChanged.connect(self._follow_rate)
        self.new_budget.textChanged.connect(self._follow_rate)
        self._follow_rate()
        self.refresh()

    def _rate_typed(self) -> None:
        self.rate_typed = True
        self._show_hint("")

    def _show_hint(self, text: str) -> None:
        """The line under the rate, the dialog growing to show it whole (never cut)."""
        if text == self.rate_hint.text():
            return
        self.rate_hint.setText(text)
        self.rate_hint.setVisible(bool(text))
        layout = self.layout()
        if layout is not None and self.isVisible():
            layout.activate()
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                                          else self.sizeHint().height()))

    def _follow_rate(self) -> None:
        """The new rate as the table gives it on the revision's date, while a new budget is given
        (an extension alone keeps the project's rate) and the user has not typed one."""
        currency = self.project.currency
        if self.rate_typed or currency == "USD":
            return
        try:
            day = read_date(self.revised_on.text())
        except ValueError:
            return
        rate = table_rate(currency, day)[0] if self.new_budget.text().strip() else None
        self.new_rate.setText(show_user_number(rate, None) if rate is not None else "")
        if not self.new_budget.text().strip():
            self._show_hint("")
        elif rate is None:
            self._show_hint(_sentence_case(no_rate_in_force(currency, day)))
        else:
            self._show_hint(self.tr("The rate in force on {day} in the table of exchange rates.").format(day=day.isoformat()))

    def _current_text(self) -> str:
        project = self.project
        budget = (self.tr("{currency} {amount}").format(currency=project.currency, amount=show_user_number(project.budget))
                  if project.budget is not None
                  else self.tr("not set"))
        if project.budget is not None and project.currency != "USD" and project.usd_rate is not None:
            budget += self.tr(" at {rate} US$").format(rate=show_user_number(project.usd_rate, None))
        end = project.planned_end.isoformat() if project.planned_end else self.tr("not set")
        return self.tr("Now: budget {budget}; planned end {end}.").format(budget=budget, end=end)

    def _value(self) -> tuple[BudgetRevision | None, str]:
        revised_on, problem = _date_or_problem(self.revised_on, self.tr("the revision date"), True)
        if problem:
            return None, problem
        new_end, problem = _date_or_problem(self.new_end, self.tr("the new planned end"), False)
        if problem:
            return None, problem
        amounts: dict[str, Decimal | None] = {}
        for name, edit in ((self.tr("the new budget"), self.new_budget), (self.tr("the new US$ rate"), self.new_rate)):
            text = edit.text().strip()
            try:
                amounts[name] = read_user_number(text, name) if text else None
            except ValueError as exc:
                return None, str(exc)
        new_budget, new_rate = amounts.values()
        project = self.project
        if (new_budget is not None or new_end is not None or new_rate is not None) and (
            new_budget in (None, project.budget) and new_end in (None, project.planned_end) and new_rate in (None, project.usd_rate)
        ):
            return None, self.tr("this changes nothing: the budget, the planned end and the US$ rate are as they are now")
        revision = BudgetRevision(
            revised_on=revised_on,  # type: ignore[arg-type]
            reason=self.reason.text().strip(),
            new_budget=new_budget,
            new_end=new_end,
            new_usd_rate=new_rate,
        )
        problems = revision.problems()
        return (None, problems[0].message) if problems else (revision, "")

    def problem(self) -> str:
        return self._value()[1]

    @classmethod
    def ask(cls, parent: QWidget | None, project: Project) -> BudgetRevision | None:
        dialog = cls(project, parent)
        return dialog._value()[0] if dialog.exec() == QDialog.DialogCode.Accepted else None


# ---------------------------------------------------------------- project-cycle actions

# "Close" and "Cancel" alone read like window buttons.
_ACTION_WORDS = {
    "close": QT_TRANSLATE_NOOP("CycleActions", "Close project"),
    "cancel": QT_TRANSLATE_NOOP("CycleActions", "Cancel project"),
}


def action_label(action: cycle.Action) -> str:
    """How the editor names a project-cycle action on its menus, buttons and dialogs, in the
    user's language (the domain's label, but for the two that read like window buttons)."""
    word = _ACTION_WORDS.get(action.code)
    return QCoreApplication.translate("CycleActions", word) if word else action.label


def _target_label(action: cycle.Action, project: Project) -> str:
    target = action.target if action.target is not None else project.suspended_from
    return target.label if target is not None else QCoreApplication.translate("StageDialog", "the stage it was suspended from")


def date_warnings(action: cycle.Action, on: date, project: Project, last_change: date | None, today: date) -> list[str]:
    """Why `on` is an odd date for `action` on `project` (cycle.odd_dates), one sentence each in
    the user's language (the domain's); none when it is not."""
    return [str(note) for note in cycle.odd_dates(action, on, project, last_change, today)]


@dataclass(frozen=True)
class StageAnswer:
    """What the officer confirmed: the date of the stage change, and the reason when one is needed."""

    on: date
    reason: str = ""


class StageDialog(FormDialog):
    """One project-cycle action: what will happen, in words; its date (today by default, typed or
    from the calendar); its reason where the action needs one; odd dates warned about in a line
    of their own, while OK (named after the action) stays the default."""

    def __init__(self, action: cycle.Action, project: Project, last_change: date | None = None,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        label = action_label(action)
        super().__init__(label, parent)
        self.action = action
        self.project = project
        self.last_change = last_change
        self.today = today or date.today()
        self.summary = QLabel(self.tr("<b>{action}</b> of {code}: {stage} → {target}").format(
            action=html.escape(label), code=html.escape(project.code), stage=html.escape(project.stage.label),
            target=html.escape(_target_label(action, project))), self)
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        self.on = _date_line(self.today, self)
        self.on.setObjectName("stage-date")
        self.form.addRow(self.tr("&Date:"), self.on)
        self.reason: QPlainTextEdit | None = None
        self.reason_typed = False  # no refusal in red before the user has typed anything
        if action.needs_reason:
            self.reason = QPlainTextEdit(self)
            self.reason.setTabChangesFocus(True)
            self.reason.setFixedHeight(70)
            self.reason.setPlaceholderText(self.tr("Required: why, in a sentence or two"))
            self.reason.textChanged.connect(self._reason_changed)
            self.form.addRow(self.tr("&Reason:"), self.reason)
        self.warning = QLabel(self)
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5300;")
        # Room for two warnings kept from the start: the buttons stay where they are.
        self.warning.setMinimumHeight(2 * self.warning.fontMetrics().lineSpacing() + 4)
        self.layout().insertWidget(1, self.warning)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(label)
        ok.setDefault(True)
        self.on.textChanged.connect(self.refresh)
        self.on.date_picked.connect(lambda _text: self.refresh())
        self.refresh()
        self.setMinimumWidth(460)
        self.on.setFocus()
        self.on.selectAll()

    def _reason_changed(self) -> None:
        self.reason_typed = True
        self.refresh()

    def _date(self) -> tuple[date | None, str]:
        return _date_or_problem(self.on, self.tr("the date"), True)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip() if self.reason is not None else ""

    def problem(self) -> str:
        _, problem = self._date()
        if problem:
            return problem
        if self.reason is not None and not self.reason_text():
            return self.tr("give a reason to {action}").format(action=action_label(self.action).lower())
        return ""

    def refresh(self) -> None:
        super().refresh()
        if self.reason is not None and not self.reason_typed and not self.reason_text():
            self.message.setText("")  # OK stays disabled; the placeholder says a reason is required
        on, _ = self._date()
        warnings = date_warnings(self.action, on, self.project, self.last_change, self.today) if on else []
        self.warning.setText("\n".join(warnings))

    def result_value(self) -> StageAnswer:
        on, _ = self._date()
        assert on is not None
        return StageAnswer(on, self.reason_text())

    @classmethod
    def ask(cls, parent: QWidget | None, action: cycle.Action, project: Project, last_change: date | None) -> StageAnswer | None:
        dialog = cls(action, project, last_change, parent=parent)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
