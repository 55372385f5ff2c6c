"""The project editor window: the form, the child-record tables, the live evaluation plan, the
project-cycle actions, undo/redo, and no unsaved change lost without asking."""

from __future__ import annotations

import copy
import html
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.classifications import ExpenditureType, FundingModality
from tracker.domain.errors import DomainError, ValidationError
from tracker.domain.money import Money
from tracker.domain.project import BudgetLine, Expenditure, Funding, IndicatorValue, Project, ResultIndicator
from tracker.domain.records import (
    APPRAISAL,
    BUDGET_LINE,
    BUDGET_REVISION,
    DOCUMENT,
    EXPENDITURE,
    FUNDING,
    INDICATOR_VALUE,
    LOCATION,
    PROGRESS_REPORT,
    PROJECT,
    RESULT_INDICATOR,
    RecordKind,
    problem_text,
)
from tracker.gui.editor import tables, undo_texts
from tracker.gui.editor.budget_page import BudgetPage
from tracker.gui.editor.cycle_commands import CycleCommands
from tracker.gui.editor.dialogs import RevisionDialog
from tracker.gui.editor.documents_page import DocumentsPage
from tracker.gui.editor.evaluation_actions import EvaluationActions
from tracker.gui.editor.evaluation_panel import ClusterNames, EvaluationPanel
from tracker.gui.editor.form import ProjectForm
from tracker.gui.editor.inner_tabs import InnerTabs
from tracker.gui.editor.locations_page import new_location
from tracker.gui.editor.progress_page import NARRATIVE, ProgressPage, new_report, value_at
from tracker.gui.editor.records import RecordTable
from tracker.gui.editor.state import FOLLOWS_POLICY_IN_FORCE, TEXT_FIELDS, EditorState
from tracker.gui.editor.undo import SnapshotCommand
from tracker.gui.errors import show_error
from tracker.gui.formats import show_user_number
from tracker.store.projects import load_project, save_project


# Questions the editor asks; module functions so tests can answer them.
def ask_unsaved(parent: QWidget, title: str) -> str:
    """'save', 'discard' or 'cancel'."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ProjectEditor", "Unsaved changes"),
        QCoreApplication.translate("ProjectEditor", "Save your changes to {title} before closing?").format(title=title),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(answer, "cancel")


def _attribute(kind: RecordKind, field: str) -> str:
    """The column a problem's field is shown in (problems name fields by their wire names)."""
    try:
        return kind.field(field).name
    except KeyError:
        return field


def new_project() -> Project:
    return Project(code="", title="")


ERROR_COLOUR = "#b00020"
TITLE_BAR = 40  # pixels a window manager's title bar and frame take, about


def _scrolled(page: QWidget, parent: QWidget) -> QScrollArea:
    """A form page in a scroll area: on a small screen it scrolls instead of being cut."""
    area = QScrollArea(parent)
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class ProjectEditor(CycleCommands, EvaluationActions, QMainWindow):
    saved = Signal(str)

    def __init__(self, code: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.form = ProjectForm(self)
        self.panel = EvaluationPanel(self)
        # No mnemonic letters on these buttons' texts that the menus, the panel or a form label
        # already take (tests/gui/test_editor_window.py checks every page).
        self.fundings = RecordTable(tables.funding_columns(), self.tr("Add f&unding line"), self)
        self.revisions = RecordTable(tables.revision_columns(), "", self, editable=False)
        self.expenditures = RecordTable(tables.expenditure_columns(), self.tr("Add e&xpenditure line"), self)
        self.indicators = RecordTable(tables.indicator_columns(), self.tr("Add &indicator"), self)
        self.budget = BudgetPage(self)
        self.budget_lines = self.budget.lines
        self.progress = ProgressPage(self)
        self.progress_reports = self.progress.reports
        self.documents = DocumentsPage(self)
        self.header = QLabel(self)
        self.header.setObjectName("header")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self._build_layout()
        self._build_actions()
        self._connect()
        self.load(code)
        # 1280x760 where there is room; on a 1366x768 laptop the window and its title bar still fit.
        available = self.screen().availableGeometry()
        self.resize(min(1280, available.width()), min(760, available.height() - TITLE_BAR))

    # ------------------------------------------------------------ layout and actions

    def _build_layout(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(True)
        # The tabs carry no mnemonic: their letters would compete with the menu bar's (Alt+F is
        # the File menu) and the fields' labels; Ctrl+Tab and Ctrl+PgDown go from tab to tab.
        self._form_pages: dict[QWidget, QScrollArea] = {}
        for page, text in ((self.form.identification, self.tr("Identification")), (self.form.dates, self.tr("Dates and budget"))):
            area = _scrolled(page, self.tabs)
            self._form_pages[page] = area
            self.tabs.addTab(area, text)
        self.tabs.addTab(self.fundings, self.tr("Funding"))
        revise = self.revisions.add_button
        revise.setText(self.tr("Revise &budget or extend…"))
        revise.show()
        revise.clicked.connect(self.revise)
        # Budget lines and revisions under one tab, indicators and progress reports under another:
        # six tabs in a row are all the width a 1024-pixel screen leaves beside the evaluation plan.
        self.budget_tabs = InnerTabs(self.tabs)
        self.budget_tabs.addTab(self.budget, self.tr("Budget lines"))
        self.budget_tabs.addTab(self.revisions, self.tr("Revisions"))
        self.tabs.addTab(self.budget_tabs, self.tr("Budget"))
        self.tabs.addTab(self.expenditures, self.tr("Expenditure"))
        self.results_tabs = InnerTabs(self.tabs)
        self.results_tabs.addTab(self.indicators, self.tr("Indicators"))
        self.results_tabs.addTab(self.progress, self.tr("Progress reports"))
        self.results_tabs.addTab(self.documents, self.tr("Documents"))
        self.tabs.addTab(self.results_tabs, self.tr("Results"))
        self.splitter = QSplitter(self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.panel)
        # The form never narrower than its six tabs side by side (at 1024 pixels it takes that
        # much); above that the two halves share the width, so the evaluation plan's columns fit
        # whole on a laptop screen.
        # Nor narrower than a budget's reading needs beside its field.
        frame = 2 * self.tabs.style().pixelMetric(self.tabs.style().PixelMetric.PM_DefaultFrameWidth)
        # The Dates and budget page scrolls down to its appraisal records: its scroll bar's width too.
        scroll_bar = self.tabs.style().pixelMetric(self.tabs.style().PixelMetric.PM_ScrollBarExtent)
        self.tabs.setMinimumWidth(max(self.tabs.tabBar().sizeHint().width() + 8, self.form.room_for_readings() + scroll_bar) + frame)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([640, 640])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

    def show_page(self, widget: QWidget) -> None:
        """Bring the tab holding `widget` (a form page, a field, a table) to the front."""
        for tabs in (self.tabs, self.budget_tabs, self.results_tabs):
            for index in range(tabs.count()):
                page = tabs.widget(index)
                if page is widget or page.isAncestorOf(widget):
                    tabs.setCurrentIndex(index)

    def _build_actions(self) -> None:
        self.save_action = QAction(self.tr("&Save"), self, shortcut=QKeySequence.StandardKey.Save, triggered=self.save)
        # The Edit menu names the step ("Undo change of planned end"); the toolbar's buttons keep
        # their short texts, with the step in their tooltips, so the toolbar never shifts.
        self.undo_action = QAction(undo_texts.undo_text(""), self, triggered=self.undo_stack.undo)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(undo_texts.redo_text(""), self, triggered=self.undo_stack.redo)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")):
            if extra not in redo_keys:
                redo_keys.append(extra)
        self.redo_action.setShortcuts(redo_keys)
        self.undo_button = QAction(self.tr("Undo"), self, triggered=self.undo_stack.undo)
        self.undo_button.setObjectName("undo-button")
        self.redo_button = QAction(self.tr("Redo"), self, triggered=self.undo_stack.redo)
        self.redo_button.setObjectName("redo-button")
        self.undo_stack.undoTextChanged.connect(self._show_undo_texts)
        self.undo_stack.redoTextChanged.connect(self._show_undo_texts)
        self.undo_stack.canUndoChanged.connect(self._show_undo_texts)
        self.undo_stack.canRedoChanged.connect(self._show_undo_texts)
        close_action = QAction(self.tr("&Close"), self, shortcut=QKeySequence.StandardKey.Close, triggered=self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(close_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.cycle_menu = self.menuBar().addMenu(self.tr("&Project"))
        from tracker.gui.user_guide import add_help_menu

        self.help_action = add_help_menu(self)  # Help > User Guide (F1), as in the main window
        self.toolbar = QToolBar(self.tr("Project"), self)
        self.toolbar.setObjectName("editor-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.save_action)
        self.toolbar.addAction(self.undo_button)
        self.toolbar.addAction(self.redo_button)
        self.toolbar.addSeparator()
        self._build_cycle_actions(self.cycle_menu, self.toolbar)
        self.addToolBar(self.toolbar)
        self._show_undo_texts()

    def _show_undo_texts(self, *_args: Any) -> None:
        stack = self.undo_stack
        for menu_action, button, text, can, word in (
            (self.undo_action, self.undo_button, undo_texts.undo_text(stack.undoText() if stack.canUndo() else ""), stack.canUndo(), self.tr("Undo")),
            (self.redo_action, self.redo_button, undo_texts.redo_text(stack.redoText() if stack.canRedo() else ""), stack.canRedo(), self.tr("Redo")),
        ):
            menu_action.setText(text)
            menu_action.setEnabled(can)
            button.setEnabled(can)
            button.setToolTip(text.replace("&", "") if can else word)

    def _connect(self) -> None:
        self.form.text_edited.connect(self.edit_text)
        self.form.value_chosen.connect(self.choose_value)
        self.form.theme_toggled.connect(self.toggle_theme)
        for table, attribute, factory in (
            (self.fundings, "fundings", self._new_funding),
            (self.expenditures, "expenditures", self._new_expenditure),
            (self.indicators, "indicators", lambda: ResultIndicator(name=self.tr("New indicator"))),
            (self.budget_lines, "budget_lines", self._new_budget_line),
            (self.progress_reports, "progress_reports", lambda: new_report(self.project)),
            (self.form.locations.table, "locations", lambda: new_location(self.project)),
            (self.form.appraisals.table, "appraisals", lambda: self.state.new_appraisal()),
        ):
            table.model.edit_requested.connect(lambda row, name, value, a=attribute: self.edit_record(a, row, name, value))
            table.model.parse_failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
            table.add_requested.connect(lambda a=attribute, f=factory: self.add_record(a, f()))
            table.remove_requested.connect(lambda row, a=attribute: self.remove_record(a, row))
        self.documents.connect_editor(self)
        self.progress.text_edited.connect(lambda row, name, text: self.edit_record_text("progress_reports", row, name, text))
        self.progress.values.value_edited.connect(self.set_indicator_value)
        self.progress.values.parse_failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
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
        self.state.in_force_on_approval = self._in_force_on_approval(project)
        self.panel.model.cluster_names = self._cluster_names(project)
        self.undo_stack.clear()
        self.refresh()

    @staticmethod
    def _in_force_on_approval(project: Project) -> str:
        """The policy in force on the day a project past approval was approved, for when its
        assigned rule set is given back to the policy in force (empty: its rule set stays)."""
        if not project.rule_set_assigned or project.stage in FOLLOWS_POLICY_IN_FORCE or not project.code:
            return ""
        from tracker.store.projects import in_force_on_approval

        return in_force_on_approval(project.code)

    @staticmethod
    def _cluster_names(project: Project) -> ClusterNames:
        """The code and title of the cluster evaluations the project's evaluations are part of
        (read once, when it loads: they change in Tools > Cluster Evaluations, not here)."""
        if not any(e.cluster for e in project.evaluations):
            return lambda uuid: None
        from tracker.store.clusters import list_clusters

        names = {s.cluster.uuid: (s.cluster.code, s.cluster.title) for s in list_clusters()}
        return names.get

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
        state = self.state
        self.form.show_rule_set(self.project.rule_set_assigned, self.project.rule_set, state.automatic_rule_set(),
                                self.project.stage not in FOLLOWS_POLICY_IN_FORCE)
        plan = state.plan()
        self.evaluations, changes = state.planned_evaluations(plan)
        self.panel.show_plan(plan, self.evaluations, changes, self.project.midterm_review_agreed, state.rule_set_problem())
        self.form.appraisals.show_requirements(state.rules(), state.appraisal_status())
        self.form.duration.setText(self.tr("{months} months (band {band})").format(months=plan.duration_shown, band=plan.band.code) if plan else self.state.duration_text())
        self._show_records()
        self._show_cycle()
        self._show_title()
        problems = self.state.shown_problems()  # all of them once a save was tried
        self.save_action.setEnabled(True)
        if not problems:
            self.statusBar().clearMessage()
        else:
            first = problem_text(problems[0], PROJECT)
            text = self.tr("1 problem to fix before saving: {first}") if len(problems) == 1 else self.tr(
                "{count} problems to fix before saving; the first: {first}")
            self.statusBar().showMessage(text.format(count=len(problems), first=first))

    def _show_money(self) -> None:
        project = self.project
        if project.budget is None or "budget" in self.state.parse_errors or "usd_rate" in self.state.parse_errors:
            self.form.budget_usd.setText("")
            return
        try:
            # Written as the figures beside it are (US$330 000,00 under French settings).
            usd = Money(project.budget, project.currency).in_usd(project.usd_rate)
            self.form.budget_usd.setText(self.tr("US${amount}").format(amount=show_user_number(usd)))
        except (ValueError, ArithmeticError):
            self.form.budget_usd.setText("")

    def _flag_tab(self, page: QWidget, flagged: bool, tabs: QTabWidget | None = None) -> None:
        """A page with something to fix has its tab's text in red (and says so in its tooltip): a
        colour, not a mark added to the text, so the tabs keep their width as problems come and go."""
        tabs = tabs or self.tabs
        index = tabs.indexOf(page)
        tabs.tabBar().setTabTextColor(index, QColor(ERROR_COLOUR) if flagged else QColor())
        tabs.setTabToolTip(index, self.tr("This page has something to fix") if flagged else "")

    def _flag_record_tabs(self, flags: dict[QWidget, bool]) -> None:
        """The inner tab of each record page, and the editor's tab holding it: red while any page
        within has something to fix."""
        for inner in (self.budget_tabs, self.results_tabs):
            for index in range(inner.count()):
                self._flag_tab(inner.widget(index), flags.get(inner.widget(index), False), inner)
        for index in range(self.tabs.count()):
            outer = self.tabs.widget(index)
            within = [flagged for page, flagged in flags.items() if page is outer or outer.isAncestorOf(page)]
            if within:
                self._flag_tab(outer, any(within))

    def _show_records(self) -> None:
        problems = self.state.shown_problems()
        pages: dict[QWidget, bool] = {}
        tab_page: QWidget
        for table, kind, tab_page in (
            (self.fundings, FUNDING, self.fundings),
            (self.revisions, BUDGET_REVISION, self.revisions),
            (self.budget_lines, BUDGET_LINE, self.budget),
            (self.expenditures, EXPENDITURE, self.expenditures),
            (self.indicators, RESULT_INDICATOR, self.indicators),
            (self.progress_reports, PROGRESS_REPORT, self.progress),
            (self.documents.table, DOCUMENT, self.documents),
            (self.form.locations.table, LOCATION, self.form.identification),
            (self.form.appraisals.table, APPRAISAL, self.form.dates),
        ):
            lines: list[str] = []
            rows: dict[int, str] = {}  # the first problem of each row, as its tooltip
            cells: dict[tuple[int, str], str] = {}  # each field's problem, on its own cell
            for p in problems:
                if p.kind == kind.name and p.index is not None:
                    lines.append(self.tr("Row {row}: {field}: {message}").format(row=p.index + 1, field=kind.field_label(p.field), message=p.message))
                    rows.setdefault(p.index, p.message)
                    cells.setdefault((p.index, _attribute(kind, p.field)), p.message)
            if kind is PROGRESS_REPORT:
                lines += self._indicator_value_problems(problems)
            table.model.set_records(getattr(self.project, kind.list_attribute or ""), rows, cells)
            table.show_problems(lines)
            pages[tab_page] = pages.get(tab_page, False) or bool(lines)
        self._flag_record_tabs(pages)
        self.budget.show_figures(self.project)
        self.progress.show_project(self.project)
        row = self.progress.selected_row()
        self.progress.show_problems({name: message for (index, name), message in self.progress_reports.model.cell_problems.items()
                                     if index == row and name in NARRATIVE})
        # As the fields' messages: a new project's pages are not red before anything is typed.
        shown = self.state.field_messages()
        for page, area in self._form_pages.items():
            self._flag_tab(area, any(self.form.pages.get(name) is page for name in shown) or pages.get(page, False))

    def _indicator_value_problems(self, problems: list[Any]) -> list[str]:
        """Problems of the indicators' values (edited on the Progress tab), named by indicator."""
        names = {i.uuid: i.name for i in self.project.indicators}
        lines = []
        for p in problems:
            if p.kind == INDICATOR_VALUE.name and p.index is not None and p.index < len(self.project.indicator_values):
                value = self.project.indicator_values[p.index]
                lines.append(self.tr("Value of {indicator} on {date}: {message}").format(
                    indicator=names.get(value.indicator_uuid, value.indicator_uuid), date=value.measured_on.isoformat(), message=p.message))
        return lines

    def _on_clean_changed(self, _clean: bool) -> None:
        self._show_title()

    def _show_title(self) -> None:
        project = self.project
        name = project.code or self.tr("New project")
        self.setWindowTitle(f"{name}[*] - tracker")
        self.setWindowModified(not self.undo_stack.isClean())
        demo = self.tr(" <i>(demo data)</i>") if project.is_demo else ""
        title = html.escape(project.title) if project.title else self.tr("<i>untitled</i>")
        stage = self.tr("Stage: <b>{stage}</b>").format(stage=self.loaded.stage.label)
        self.header.setText(f"<b>{html.escape(name)}</b> — {title}{demo}<br>{stage}")

    def show_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    # ------------------------------------------------------------ edits (all undoable)

    def _record(self, text: str, change: Any, merge_key: str | None = None, skip: str | None = None) -> None:
        before = self.state.snapshot()
        change()
        after = self.state.snapshot()
        self.undo_stack.push(SnapshotCommand(text, before, after, self._restore, merge_key))
        self.refresh(skip)
        if self.state.rate_missing:  # a line's rate the table could not give: say how to add it
            self.statusBar().showMessage(self.state.rate_missing, 15000)
            self.state.rate_missing = ""

    def _restore(self, snapshot: Any) -> None:
        self.state.restore(snapshot)
        self.refresh()

    def edit_text(self, name: str, text: str) -> None:
        self._record(undo_texts.field_change(name), lambda: self.state.set_text(name, text), merge_key=name, skip=name)

    def choose_value(self, name: str, value: Any) -> None:
        if name in TEXT_FIELDS:
            if self.state.texts.get(name) == value:
                return
            self._record(undo_texts.field_change(name), lambda: self.state.set_text(name, value))
            return
        if name == "rule_set":
            self.choose_rule_set(value)
            return
        if getattr(self.project, name) == value:
            return
        self._record(undo_texts.field_change(name), lambda: self.state.set_value(name, value))

    def choose_rule_set(self, name: str) -> None:
        """A rule set chosen on the form (assigned to the project), or the policy in force (AUTOMATIC)."""
        project = self.project
        if (name or "") == ("" if not project.rule_set_assigned else project.rule_set):
            return
        self._record(undo_texts.field_change("rule_set"), lambda: self.state.choose_rule_set(name or ""))

    def toggle_theme(self, theme: Any, checked: bool) -> None:
        def change() -> None:
            themes = [t for t in self.project.themes if t != theme]
            if checked:
                themes.append(theme)
            self.project.themes = themes

        self._record(undo_texts.field_change("themes"), change)

    def edit_record(self, attribute: str, row: int, name: str, value: Any) -> None:
        def change() -> None:
            if attribute == "progress_reports" and name == "period_end":
                self._move_period_end_values(self.project.progress_reports[row].period_end, value)
            self.state.edit_record(attribute, row, name, value)

        self._record(undo_texts.record_change(attribute, row, name), change)

    def edit_record_text(self, attribute: str, row: int, name: str, text: str) -> None:
        """A long text typed in a record's field (a progress report's summary): keystroke by
        keystroke, one undo step for the field as long as the typing goes on."""
        records = getattr(self.project, attribute)
        if not 0 <= row < len(records) or getattr(records[row], name) == text:
            return
        self._record(undo_texts.record_change(attribute, row, name), lambda: self.state.edit_record(attribute, row, name, text),
                     merge_key=f"{attribute}/{records[row].uuid}/{name}")

    def _move_period_end_values(self, old_end: date, new_end: Any) -> None:
        """The values measured on a report's period end follow the end when it is corrected, unless
        another report ends on the old date too (then they are that report's as well)."""
        if not isinstance(new_end, date) or sum(r.period_end == old_end for r in self.project.progress_reports) > 1:
            return
        for value in self.project.indicator_values:
            if value.measured_on == old_end and not any(
                    v.indicator_uuid == value.indicator_uuid and v.measured_on == new_end for v in self.project.indicator_values):
                value.measured_on = new_end

    def set_indicator_value(self, indicator_uuid: str, value: Decimal | None) -> None:
        """The value of an indicator at the selected report's period end, typed on the Progress tab:
        the value measured on that day is created, changed, or (cleared) removed."""
        row = self.progress.selected_row()
        indicator = next((i for i in self.project.indicators if i.uuid == indicator_uuid), None)
        if row < 0 or indicator is None:
            return
        end = self.project.progress_reports[row].period_end

        def change() -> None:
            values = self.project.indicator_values
            _shown, record = value_at(self.project, indicator, end)
            if record is not None and record.measured_on == end:
                if value is None:
                    values.remove(record)
                    return
                record.value = value
                self.state.touched_records.add(record.uuid)
                return
            if value is not None:
                added = IndicatorValue(indicator_uuid, end, value)
                self.state.touched_records.add(added.uuid)
                values.append(added)

        self._record(undo_texts.indicator_value(indicator.name, end), change)

    def add_record(self, attribute: str, record: Any) -> None:
        records = getattr(self.project, attribute)
        self._record(undo_texts.record_added(attribute, len(records)), lambda: records.append(record))

    def remove_record(self, attribute: str, row: int) -> None:
        records = getattr(self.project, attribute)
        if not 0 <= row < len(records):
            return

        def change() -> None:
            removed = records.pop(row)
            if attribute == "indicators":
                # Its values measure nothing any more: they go with it (one undo step brings both back).
                self.project.indicator_values = [v for v in self.project.indicator_values if v.indicator_uuid != removed.uuid]

        self._record(undo_texts.record_removed(attribute, row), change)

    def _new_funding(self) -> Funding:
        modality = FundingModality.EARMARKED
        line = Funding(modality, Decimal("0"), self.project.currency, date.today(), None, self.project.code or None, self.project.usd_rate)
        self.state.fill_rate(line)  # the rate in force on its date, following it until one is typed
        return line

    def _new_expenditure(self) -> Expenditure:
        line = Expenditure(date.today().year, ExpenditureType.OTHER_PERSONNEL, Decimal("0"), self.project.currency, self.project.usd_rate)
        self.state.fill_rate(line)
        return line

    def _new_budget_line(self) -> BudgetLine:
        """The first heading not budgeted yet (without output), so a new line is never a duplicate."""
        taken = {line.heading for line in self.project.budget_lines if not line.output.strip()}
        heading = next((h for h in ExpenditureType if h not in taken), ExpenditureType.OTHER_PERSONNEL)
        return BudgetLine(heading, Decimal("0"))

    def revise(self) -> None:
        revision = RevisionDialog.ask(self, self.project)
        if revision is None:
            return

        def change() -> None:
            if revision.new_budget is not None:
                self.state.set_number("budget", revision.new_budget)
            if revision.new_end is not None:
                self.state.set_text("planned_end", revision.new_end.isoformat())
            if revision.new_usd_rate is not None:
                self.state.set_number("usd_rate", revision.new_usd_rate)
            self.project.revisions.append(revision)

        self._record(undo_texts.revision(revision), change)

    # ------------------------------------------------------------ saving

    def save(self) -> bool:
        problems = self.state.problems()
        if problems:
            self.state.show_all()  # a save was tried: every problem shows beside its field
            self.refresh()
            subject = self.tr("project {code}").format(code=self.project.code) if self.project.code else self.tr("the new project")
            show_error(self, ValidationError(problems, subject=subject, kind=PROJECT.name))
            return False
        try:
            stored, changes = save_project(copy.deepcopy(self.project), attachments=self.documents.attachments)
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.load(stored.code)
        if not changes:
            summary = self.tr("Saved {code}").format(code=stored.code)
        elif len(changes) == 1:
            summary = self.tr("Saved {code}; the evaluation plan has 1 change").format(code=stored.code)
        else:
            summary = self.tr("Saved {code}; the evaluation plan has {count} changes").format(code=stored.code, count=len(changes))
        self.statusBar().showMessage(summary, 8000)
        self.saved.emit(stored.code)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.undo_stack.isClean():
            answer = ask_unsaved(self, self.project.code or self.tr("the new project"))
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        event.accept()
