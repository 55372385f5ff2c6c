"""The project editor window: the form, the child-record tables, the live evaluation plan, the
project-cycle actions, undo/redo, and no unsaved change lost without asking."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import cycle
from tracker.domain.classifications import ExpenditureType, FundingModality
from tracker.domain.errors import DomainError, ValidationError
from tracker.domain.money import Money, format_usd
from tracker.domain.project import Expenditure, Funding, Project, ResultIndicator
from tracker.domain.records import BUDGET_REVISION, EXPENDITURE, FUNDING, PROJECT, RESULT_INDICATOR, problem_text
from tracker.gui.editor import tables
from tracker.gui.editor.dialogs import RevisionDialog
from tracker.gui.editor.evaluation_actions import EvaluationActions
from tracker.gui.editor.evaluation_panel import EvaluationPanel
from tracker.gui.editor.form import ProjectForm
from tracker.gui.editor.records import RecordTable
from tracker.gui.editor.state import TEXT_FIELDS, EditorState
from tracker.gui.editor.undo import SnapshotCommand
from tracker.gui.errors import show_error
from tracker.store.projects import change_stage, load_project, save_project


# Questions the editor asks; module functions so tests can answer them.
def ask_unsaved(parent: QWidget, title: str) -> str:
    """'save', 'discard' or 'cancel'."""
    answer = QMessageBox.question(
        parent,
        "Unsaved changes",
        f"Save your changes to {title} before closing?",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")


def ask_save_first(parent: QWidget, action_label: str) -> bool:
    answer = QMessageBox.question(parent, action_label, f"Save your changes before '{action_label}'?")
    return answer == QMessageBox.StandardButton.Yes


def ask_reason(parent: QWidget, action_label: str) -> str | None:
    text, ok = QInputDialog.getMultiLineText(parent, action_label, f"Reason to {action_label.lower()}:")
    return text.strip() if ok else None


# "Close" and "Cancel" alone read like window buttons.
GUI_LABELS = {"close": "Close project", "cancel": "Cancel project"}


def new_project() -> Project:
    return Project(code="", title="")


class ProjectEditor(EvaluationActions, QMainWindow):
    saved = Signal(str)

    def __init__(self, code: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.form = ProjectForm(self)
        self.panel = EvaluationPanel(self)
        self.fundings = RecordTable(tables.funding_columns(), "&Add funding line", self)
        self.revisions = RecordTable(tables.revision_columns(), "", self, editable=False)
        self.expenditures = RecordTable(tables.expenditure_columns(), "&Add expenditure line", self)
        self.indicators = RecordTable(tables.indicator_columns(), "&Add indicator", self)
        self.header = QLabel(self)
        self.header.setObjectName("header")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self._build_layout()
        self._build_actions()
        self._connect()
        self.load(code)
        self.resize(1280, 760)

    # ------------------------------------------------------------ layout and actions

    def _build_layout(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.form.identification, "&Identification")
        self.tabs.addTab(self.form.dates, "&Dates and budget")
        self.tabs.addTab(self.fundings, "&Funding")
        revise = self.revisions.add_button
        revise.setText("Revise budget or e&xtend…")
        revise.show()
        revise.clicked.connect(self.revise)
        self.tabs.addTab(self.revisions, "Re&visions")
        self.tabs.addTab(self.expenditures, "E&xpenditure")
        self.tabs.addTab(self.indicators, "Re&sults")
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.panel)
        self.splitter.setSizes([640, 640])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        self.save_action = QAction("&Save", self, shortcut=QKeySequence.StandardKey.Save, triggered=self.save)
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
            if extra not in redo_keys:
                redo_keys.append(extra)
        self.redo_action.setShortcuts(redo_keys)
        close_action = QAction("&Close", self, shortcut=QKeySequence.StandardKey.Close, triggered=self.close)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(close_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.cycle_menu = self.menuBar().addMenu("&Project")
        self.cycle_actions: dict[str, QAction] = {}
        toolbar = QToolBar("Project", self)
        toolbar.setObjectName("editor-toolbar")
        toolbar.addAction(self.save_action)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        for action in cycle.ACTIONS:
            label = GUI_LABELS.get(action.code, action.label)
            qaction = QAction(label + ("…" if action.needs_reason else ""), self)
            qaction.setToolTip(f"{label}: moves the project to {action.target.label if action.target else 'the stage it was suspended from'}")
            qaction.triggered.connect(lambda _checked=False, a=action: self.take_action(a))
            self.cycle_actions[action.code] = qaction
            self.cycle_menu.addAction(qaction)
            toolbar.addAction(qaction)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        self.form.text_edited.connect(self.edit_text)
        self.form.value_chosen.connect(self.choose_value)
        self.form.theme_toggled.connect(self.toggle_theme)
        for table, attribute, factory in (
            (self.fundings, "fundings", self._new_funding),
            (self.expenditures, "expenditures", self._new_expenditure),
            (self.indicators, "indicators", lambda: ResultIndicator(name="New indicator")),
        ):
            table.model.edit_requested.connect(lambda row, name, value, a=attribute: self.edit_record(a, row, name, value))
            table.model.parse_failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
            table.add_requested.connect(lambda a=attribute, f=factory: self.add_record(a, f()))
            table.remove_requested.connect(lambda row, a=attribute: self.remove_record(a, row))
        self.panel.add_optional.connect(self.add_optional_evaluation)
        self.panel.record_completion.connect(self.record_completion)
        self.panel.waive.connect(self.waive)
        self.panel.set_independence.connect(self.plan_independence)
        self.panel.require_independence.connect(self.require_independence)
        self.panel.mark_in_progress.connect(self.mark_in_progress)
        self.panel.midterm_review_toggled.connect(lambda checked: self.choose_value("midterm_review_agreed", checked))

    # ------------------------------------------------------------ loading and showing

    def load(self, code: str | None) -> None:
        project = load_project(code) if code else new_project()
        self.loaded = project
        self.state = EditorState.for_project(project)
        self.undo_stack.clear()
        self.refresh()

    @property
    def project(self) -> Project:
        return self.state.project

    @property
    def is_new(self) -> bool:
        return self.loaded.id is None

    def refresh(self, skip: str | None = None) -> None:
        messages = self.state.field_messages()
        self.form.show_state(self.state.texts, self.project, messages, skip)
        self._show_money()
        self.evaluations, changes = self.state.planned_evaluations()
        plan = self.state.plan()
        self.panel.show_plan(plan, self.evaluations, changes, self.project.midterm_review_agreed)
        self.form.duration.setText(f"{plan.duration_text} months (band {plan.band.code})" if plan else "")
        self._show_records()
        self._show_cycle()
        self._show_title()
        problems = self.state.problems()
        self.save_action.setEnabled(True)
        self.statusBar().showMessage(
            f"{len(problems)} problem(s) to fix before saving: {problem_text(problems[0], PROJECT)}" if problems else ""
        )

    def _show_money(self) -> None:
        project = self.project
        if project.budget is None or "budget" in self.state.parse_errors or "usd_rate" in self.state.parse_errors:
            self.form.budget_usd.setText("")
            return
        try:
            self.form.budget_usd.setText(format_usd(Money(project.budget, project.currency).in_usd(project.usd_rate)))
        except (ValueError, ArithmeticError):
            self.form.budget_usd.setText("")

    def _show_records(self) -> None:
        problems = self.state.problems()
        for table, kind in (
            (self.fundings, FUNDING),
            (self.revisions, BUDGET_REVISION),
            (self.expenditures, EXPENDITURE),
            (self.indicators, RESULT_INDICATOR),
        ):
            lines: list[str] = []
            rows: dict[int, str] = {}  # the first problem of each row, as its tooltip
            for p in problems:
                if p.kind == kind.name and p.index is not None:
                    lines.append(f"Row {p.index + 1}: {kind.field_label(p.field)}: {p.message}")
                    rows.setdefault(p.index, p.message)
            table.model.set_records(getattr(self.project, kind.list_attribute or ""), rows)
            table.show_problems(lines)
            index = self.tabs.indexOf(table)
            base = self.tabs.tabText(index).rstrip(" !")
            self.tabs.setTabText(index, base + (" !" if lines else ""))
        for page in (self.form.identification, self.form.dates):
            index = self.tabs.indexOf(page)
            base = self.tabs.tabText(index).rstrip(" !")
            flagged = any(not p.kind and self.form.pages.get(p.field) is page for p in problems)
            self.tabs.setTabText(index, base + (" !" if flagged else ""))

    def _show_cycle(self) -> None:
        stored_stage = self.loaded.stage
        for action in cycle.ACTIONS:
            self.cycle_actions[action.code].setEnabled(not self.is_new and stored_stage in action.sources)

    def _on_clean_changed(self, _clean: bool) -> None:
        self._show_title()

    def _show_title(self) -> None:
        project = self.project
        name = project.code or "New project"
        self.setWindowTitle(f"{name}[*] - tracker")
        self.setWindowModified(not self.undo_stack.isClean())
        demo = " <i>(demo data)</i>" if project.is_demo else ""
        title = project.title or "<i>untitled</i>"
        self.header.setText(f"<b>{name}</b> — {title}{demo}<br>Stage: <b>{self.loaded.stage.label}</b>")

    # ------------------------------------------------------------ edits (all undoable)

    def _record(self, text: str, change: Any, merge_key: str | None = None, skip: str | None = None) -> None:
        before = self.state.snapshot()
        change()
        after = self.state.snapshot()
        self.undo_stack.push(SnapshotCommand(text, before, after, self._restore, merge_key))
        self.refresh(skip)

    def _restore(self, snapshot: Any) -> None:
        self.state.restore(snapshot)
        self.refresh()

    def edit_text(self, name: str, text: str) -> None:
        self._record(f"edit {name.replace('_', ' ')}", lambda: self.state.set_text(name, text), merge_key=name, skip=name)

    def choose_value(self, name: str, value: Any) -> None:
        if name in TEXT_FIELDS:
            if self.state.texts.get(name) == value:
                return
            self._record(f"change {name.replace('_', ' ')}", lambda: self.state.set_text(name, value))
            return
        if getattr(self.project, name) == value:
            return
        self._record(f"change {name.replace('_', ' ')}", lambda: self.state.set_value(name, value))

    def toggle_theme(self, theme: Any, checked: bool) -> None:
        def change() -> None:
            themes = [t for t in self.project.themes if t != theme]
            if checked:
                themes.append(theme)
            self.project.themes = themes

        self._record("change themes", change)

    def edit_record(self, attribute: str, row: int, name: str, value: Any) -> None:
        self._record(f"edit {attribute[:-1]}", lambda: setattr(getattr(self.project, attribute)[row], name, value))

    def add_record(self, attribute: str, record: Any) -> None:
        self._record(f"add {attribute[:-1]}", lambda: getattr(self.project, attribute).append(record))

    def remove_record(self, attribute: str, row: int) -> None:
        records = getattr(self.project, attribute)
        if 0 <= row < len(records):
            self._record(f"remove {attribute[:-1]}", lambda: records.pop(row))

    def _new_funding(self) -> Funding:
        modality = FundingModality.EARMARKED
        return Funding(modality, Decimal("0"), self.project.currency, date.today(), None, self.project.code or None, self.project.usd_rate)

    def _new_expenditure(self) -> Expenditure:
        return Expenditure(date.today().year, ExpenditureType.OTHER_PERSONNEL, Decimal("0"), self.project.currency, self.project.usd_rate)

    def revise(self) -> None:
        revision = RevisionDialog.ask(self, self.project.currency)
        if revision is None:
            return

        def change() -> None:
            if revision.new_budget is not None:
                self.state.set_text("budget", f"{revision.new_budget:,.2f}")
            if revision.new_end is not None:
                self.state.set_text("planned_end", revision.new_end.isoformat())
            if revision.new_usd_rate is not None:
                self.state.set_text("usd_rate", str(revision.new_usd_rate))
            self.project.revisions.append(revision)

        self._record("revise budget", change)

    # ------------------------------------------------------------ saving and the cycle

    def save(self) -> bool:
        problems = self.state.problems()
        if problems:
            show_error(self, ValidationError(problems, subject=f"project {self.project.code or '(new)'}"))
            return False
        try:
            stored, changes = save_project(copy.deepcopy(self.project))
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.load(stored.code)
        summary = f"Saved {stored.code}" + (f"; evaluation plan: {len(changes)} change(s)" if changes else "")
        self.statusBar().showMessage(summary, 8000)
        self.saved.emit(stored.code)
        return True

    def take_action(self, action: cycle.Action) -> None:
        if self.is_new:
            return
        if not self.undo_stack.isClean():
            if not ask_save_first(self, action.label) or not self.save():
                return
        reason = ""
        if action.needs_reason:
            answer = ask_reason(self, action.label)
            if not answer:
                return
            reason = answer
        try:
            change = change_stage(self.loaded.code, action.code, reason)
        except DomainError as exc:
            show_error(self, exc)
            return
        self.load(self.loaded.code)
        self.statusBar().showMessage(f"{change.from_stage.label} → {change.to_stage.label}", 8000)
        self.saved.emit(self.loaded.code)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.undo_stack.isClean():
            answer = ask_unsaved(self, self.project.code or "the new project")
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        event.accept()
