"""Tools > Evaluation Rules…: write and change rule sets in forms, with a live preview on a sample
project and the impact on the portfolio before anything is saved.

Left: the rule sets available (tracker's own and an organisation folder's are read-only:
Duplicate starts a new one from them; the user's are editable), New, Duplicate, Delete, Import…,
Export…, and every problem of the rule set in the form (rule_set_problems, checked on every edit;
clicking one selects its place). Right: the form's tabs and the preview. Save writes the user's
folder atomically and is disabled while there is a problem. The dialogs are module-level functions
so that tests replace them."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import DomainError
from tracker.domain.rules.ruleset import RuleSet, parse_rule_set, rule_set_problems
from tracker.gui.rule_sets import library
from tracker.gui.rule_sets.form import RuleSetForm
from tracker.gui.rule_sets.impact_view import ImpactDialog, run_impact
from tracker.gui.rule_sets.places import locate, origin_of, shown
from tracker.gui.rule_sets.preview import Preview
from tracker.gui.workers import Operation
from tracker.store.errors import StoreError

# Qt's translate under the name Qt's lupdate looks for: the texts below are extracted for translators.
translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex


# ------------------------------------------------------------------ dialogs (replaced in tests)


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_import_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("RuleSetEditor", "Import a Rule Set"), "", translate("RuleSetEditor", "Rule sets (*.json);;All files (*)")
    )
    return Path(name) if name else None


def ask_export_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("RuleSetEditor", "Export the Rule Set"), suggested, translate("RuleSetEditor", "Rule sets (*.json)")
    )
    if not name:
        return None
    return Path(name) if name.lower().endswith(".json") else Path(name + ".json")


def show_report(parent: QWidget, title: str, text: str, details: str = "") -> None:
    from tracker.gui.errors import show_information

    show_information(parent, title, text, details)


# ------------------------------------------------------------------ the list


class EntriesModel(QAbstractListModel):
    """The rule sets available: name, version, effective date, where it lives; the title below."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[library.Entry] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.entries = library.entries()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            first = translate("RuleSetEditor", "{name} v{version}").format(name=entry.name, version=entry.version or "?")
            if entry.effective_from:
                first = translate("RuleSetEditor", "{rule_set}, from {day}").format(rule_set=first, day=entry.effective_from)
            second = entry.title if not entry.problem else translate("RuleSetEditor", "does not load: see its problems")
            return f"{first}\n{second}\n{entry.where_text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (entry.title, entry.where_text, str(entry.path or ""), entry.problem) if t)
        return None

    def row_of(self, name: str) -> int:
        return next((i for i, e in enumerate(self.entries) if e.name == name), -1)


# ------------------------------------------------------------------ the window


class RuleSetsDialog(QDialog):
    """Tools > Evaluation Rules…."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RuleSetEditor", "Evaluation Rules"))
        self.entry: library.Entry | None = None  # the listed rule set in the form; None: a new one not saved yet
        self.state: dict[str, Any] = {}
        self.saved_state: dict[str, Any] | None = None
        self.read_only = True
        self.problems: list[str] = []
        self.rules: RuleSet | None = None
        self.operation: Operation[Any] | None = None
        self.impact_dialog: ImpactDialog | None = None

        self.entries = EntriesModel(self)
        self.list = QListView(self)
        self.list.setModel(self.entries)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)
        list_label = QLabel(translate("RuleSetEditor", "&Rule sets:"), self)
        list_label.setBuddy(self.list)
        self.new_button = QPushButton(translate("RuleSetEditor", "&New"), self)
        self.duplicate_button = QPushButton(translate("RuleSetEditor", "D&uplicate"), self)
        self.delete_button = QPushButton(translate("RuleSetEditor", "De&lete"), self)
        self.import_button = QPushButton(translate("RuleSetEditor", "I&mport…"), self)
        self.export_button = QPushButton(translate("RuleSetEditor", "E&xport…"), self)
        list_buttons = QGridLayout()
        for number, button in enumerate(
            (self.new_button, self.duplicate_button, self.delete_button, self.import_button, self.export_button)
        ):
            button.setAutoDefault(False)
            list_buttons.addWidget(button, number // 3, number % 3)
        self.problem_list = QListWidget(self)
        self.problem_list.setWordWrap(True)
        self.problem_list.setToolTip(translate("RuleSetEditor", "Click a problem to go to its place"))
        self.problems_label = QLabel(translate("RuleSetEditor", "Pro&blems:"), self)
        self.problems_label.setBuddy(self.problem_list)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.list, 3)
        left_layout.addLayout(list_buttons)
        left_layout.addWidget(self.problems_label)
        left_layout.addWidget(self.problem_list, 2)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.form = RuleSetForm(self)
        self.preview = Preview(self)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setChildrenCollapsible(False)
        top = QWidget(right)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.banner)
        top_layout.addWidget(self.form, 1)
        right.addWidget(top)
        right.addWidget(self.preview)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 750])

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.scope = QComboBox(self)
        self.scope.addItem(translate("RuleSetEditor", "every project"), "all")
        self.scope.addItem(translate("RuleSetEditor", "projects that would follow it"), "followers")
        self.scope.setToolTip(
            translate(
                "RuleSetEditor",
                "Every project with dates and a budget as if the rule set applied to each, or only those that "
                "would follow it once saved (its name's projects and, for a policy in force, projects not "
                "yet approved)",
            )
        )
        scope_label = QLabel(translate("RuleSetEditor", "Impact &on:"), self)
        scope_label.setBuddy(self.scope)
        self.impact_button = QPushButton(translate("RuleSetEditor", "&Impact…"), self)
        self.save_button = QPushButton(translate("RuleSetEditor", "&Save"), self)
        self.close_button = QPushButton(translate("RuleSetEditor", "Close"), self)
        for button in (self.impact_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(scope_label)
        bottom.addWidget(self.scope)
        bottom.addWidget(self.impact_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.list.selectionModel().currentRowChanged.connect(lambda current, previous: self._picked(current, previous))
        self.new_button.clicked.connect(self.new_rule_set)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button.clicked.connect(self.delete)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self.impact_button.clicked.connect(self.impact)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.form.edited.connect(self.check)
        self.setTabOrder(self.list, self.new_button)
        self._fit_to_screen()
        self.entries.reload()
        if self.entries.entries:
            self.list.setCurrentIndex(self.entries.index(0))
        else:
            self.new_rule_set()
        self.list.setFocus()

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(1000, screen.width() - 24), min(680, screen.height() - 40))

    # ------------------------------------------------------------ what is in the form

    @property
    def dirty(self) -> bool:
        return not self.read_only and self.state != self.saved_state

    def origin(self) -> str:
        name = self.state.get("name") if isinstance(self.state.get("name"), str) else ""
        return origin_of(name)

    def show_state(self, state: dict[str, Any], entry: library.Entry | None, *, saved: bool) -> None:
        """Put `state` in the form: the listed `entry`'s (editable when it is the user's), or a new one."""
        self.entry = entry
        self.state = state
        self.read_only = entry is not None and not entry.editable
        self.saved_state = copy.deepcopy(state) if saved else None
        self.form.set_state(self.state, self.read_only)
        if self.read_only and entry is not None:
            self.banner.setText(
                translate("RuleSetEditor", "{name}: {where}. Duplicate it to start a new rule set from it.").format(
                    name=entry.name, where=entry.where_text
                )
            )
        elif entry is None:
            self.banner.setText(translate("RuleSetEditor", "A new rule set, not saved yet: Save writes it to your rule sets."))
        else:
            self.banner.setText(
                translate("RuleSetEditor", "{name}: {where}, saved in {file}.").format(
                    name=entry.name, where=entry.where_text, file=entry.path
                )
            )
        self.check()

    def check(self) -> None:
        """Check the form's rule set again: the problems, the preview, Save and Impact."""
        origin = self.origin()
        self.problems = rule_set_problems(self.state, origin)
        self.rules = None
        if not self.problems:
            try:
                self.rules = parse_rule_set(copy.deepcopy(self.state), origin)
            except DomainError as exc:  # rule_set_problems found none: kept for safety's sake
                self.problems = [str(exc)]
        self.problem_list.clear()
        for problem in self.problems:
            item = QListWidgetItem(shown(problem, origin))
            item.setToolTip(problem)
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.problem_list.addItem(item)
        count = len(self.problems)
        self.problems_label.setText(
            translate("RuleSetEditor", "Pro&blems (%n):", "", count) if count else translate("RuleSetEditor", "Pro&blems: none")
        )
        self.preview.show_rules(self.rules, translate("RuleSetEditor", "The preview waits until the problems are fixed."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.operation is not None
        editable_entry = self.entry is not None and self.entry.editable
        self.save_button.setEnabled(not self.read_only and not self.problems and not busy and (self.dirty or self.entry is None))
        self.impact_button.setEnabled(self.rules is not None and not busy)
        self.delete_button.setEnabled(editable_entry and not busy)
        self.duplicate_button.setEnabled(bool(self.state))
        self.export_button.setEnabled(bool(self.state))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        self.form.select(locate(str(item.data(Qt.ItemDataRole.UserRole)), self.state, self.origin()))

    def _may_leave(self) -> bool:
        """The form's changes may be dropped (none, or the user says so)."""
        if not self.dirty:
            return True
        return ask_yes_no(
            self,
            translate("RuleSetEditor", "Evaluation Rules"),
            translate("RuleSetEditor", "Discard the changes to {name}?").format(name=self.state.get("name", "")),
        )

    # ------------------------------------------------------------ the list's commands

    def _picked(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        entry = self.entries.entries[current.row()]
        if self.entry is not None and entry.name == self.entry.name and self.state:
            return
        if not self._may_leave():
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(previous if previous.isValid() else QModelIndex())
            self.list.selectionModel().blockSignals(False)
            return
        state, problem = library.read_state(entry.name, entry.where, entry.path)
        self.show_state(state, entry, saved=True)
        self.status.setText(problem)

    def select_entry(self, name: str) -> bool:
        row = self.entries.row_of(name)
        if row >= 0:
            self.list.setCurrentIndex(self.entries.index(row))
        return row >= 0

    def _unlisted(self) -> None:
        self.list.selectionModel().blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentIndex(QModelIndex())
        self.list.selectionModel().blockSignals(False)

    def new_rule_set(self) -> None:
        if not self._may_leave():
            return
        self._unlisted()
        state = library.new_rule_set()
        state["name"] = library.free_name(str(state["name"]))
        self.show_state(state, None, saved=False)
        self.form.setCurrentIndex(0)
        self.form.name.setFocus()
        self.form.name.selectAll()

    def duplicate(self) -> None:
        if not self.state or not self._may_leave():
            return
        state = copy.deepcopy(self.state)
        state["name"] = library.unused_name(str(state.get("name") or "rule-set"))
        state["version"] = 1
        # A copy is no policy until someone says from when: with the original's date it would tie
        # with it and could become the policy in force by its name alone.
        effective = state.pop("effective_from", None)
        self._unlisted()
        self.show_state(state, None, saved=False)
        text = translate("RuleSetEditor", "A copy named {name}: change what differs, then Save.").format(name=state["name"])
        if effective:
            text += " " + translate("RuleSetEditor", "Its effective date is left empty: give one if it is to become the policy in force.")
        self.status.setText(text)

    def delete(self) -> bool:
        entry = self.entry
        if entry is None or not entry.editable or entry.path is None:
            return False
        if not ask_yes_no(
            self,
            translate("RuleSetEditor", "Delete a Rule Set"),
            translate(
                "RuleSetEditor",
                "Delete {name} from your rule sets ({file})? Projects assigned to it "
                "keep their evaluations, but cannot be re-planned until a rule set of "
                "that name is available again.",
            ).format(name=entry.name, file=entry.path),
        ):
            return False
        try:
            entry.path.unlink()
        except OSError as exc:
            self.status.setText(
                translate("RuleSetEditor", "{file} could not be deleted ({error}).").format(file=entry.path, error=exc.strerror or exc)
            )
            return False
        self.saved_state = copy.deepcopy(self.state)  # nothing to discard
        self.entry = None
        self.entries.reload()
        if self.entries.entries:
            self.list.setCurrentIndex(self.entries.index(0))
        self.status.setText(translate("RuleSetEditor", "Deleted {name}.").format(name=entry.name))
        return True

    def import_file(self) -> bool:
        if not self._may_leave():
            return False
        path = ask_import_path(self)
        if path is None:
            return False
        return self.import_path(path)

    def import_path(self, path: Path) -> bool:
        """Read `path` into the form as a new rule set (saved by Save); its problems are listed."""
        try:
            raw = library.read_file(path)
        except ValueError as exc:
            self.status.setText(str(exc))
            show_report(self, translate("RuleSetEditor", "Rule set not imported"), str(exc))
            return False
        self._unlisted()
        self.show_state(raw, None, saved=False)
        count = len(self.problems)
        if count:
            text = translate("RuleSetEditor", "Imported {file}: %n problem(s) to fix before it can be saved.", "", count).format(
                file=path.name
            )
            show_report(self, translate("RuleSetEditor", "Rule set imported"), text, "\n".join(self.problems))
        else:
            text = translate("RuleSetEditor", "Imported {file}: check it, then Save.").format(file=path.name)
        self.status.setText(text)
        return True

    def export_file(self) -> Path | None:
        path = ask_export_path(self, f"{self.state.get('name') or 'rule-set'}.json")
        if path is None:
            return None
        if not self._written(path):
            return None
        self.status.setText(translate("RuleSetEditor", "Exported {file}.").format(file=path))
        return path

    def _written(self, path: Path) -> bool:
        """Write the form's rule set to `path`; False, saying why in the status line, when it cannot be."""
        try:
            library.write_json(path, library.cleaned(self.state))
        except OSError as exc:
            self.status.setText(
                translate("RuleSetEditor", "{file} could not be written ({error}).").format(file=path, error=exc.strerror or exc)
            )
            return False
        except StoreError as exc:  # the open database, or another database file: never written over
            self.status.setText(str(exc))
            return False
        return True

    # ------------------------------------------------------------ save and impact

    def save(self) -> Path | None:
        if self.read_only or self.problems or self.rules is None:
            return None
        name = self.rules.name
        refusal = library.refusal_to_save(name)
        if refusal:
            self.status.setText(refusal)
            return None
        path = library.save_path(name)
        replacing = self.entry is None or self.entry.name != name
        if (
            replacing
            and path.exists()
            and not ask_yes_no(
                self,
                translate("RuleSetEditor", "Save the Rule Set"),
                translate("RuleSetEditor", "Your rule sets already have {name}. Replace it?").format(name=name),
            )
        ):
            return None
        if not self._written(path):
            return None
        self.saved_state = copy.deepcopy(self.state)
        self.entries.reload()
        self.select_entry(name)
        self.entry = next((e for e in self.entries.entries if e.name == name), None)
        if self.entry is not None:
            self.show_state(self.state, self.entry, saved=True)
        self.status.setText(
            translate(
                "RuleSetEditor", "Saved {name} in {file}. Projects following it are re-planned by Tools > Recompute Evaluation Plans."
            ).format(name=self.rules.label if self.rules else name, file=path)
        )
        return path

    def impact(self) -> Operation[Any] | None:
        if self.rules is None or self.operation is not None:
            return None
        self.operation = run_impact(self, self.rules, str(self.scope.currentData()), self._impact_ready, self._impact_failed)
        self.operation.signals.cancelled.connect(self._impact_cancelled)
        self._update_buttons()
        return self.operation

    def _impact_done(self) -> None:
        self.operation = None
        self._update_buttons()

    def _impact_cancelled(self) -> None:
        self._impact_done()
        self.status.setText(translate("RuleSetEditor", "The impact was cancelled."))

    def _impact_failed(self, exc: BaseException) -> None:
        self._impact_done()
        if isinstance(exc, DomainError):
            self.status.setText(str(exc))
        else:
            from tracker.gui import errors

            errors.show_error(self, exc)

    def _impact_ready(self, report: Any) -> None:
        self._impact_done()
        if self.impact_dialog is not None:
            self.impact_dialog.close()
        self.impact_dialog = ImpactDialog(report, self)
        self.impact_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.impact_dialog.destroyed.connect(lambda *_: setattr(self, "impact_dialog", None))
        self.impact_dialog.show()
        self.status.setText(str(report))

    def reject(self) -> None:
        if self.operation is None and self._may_leave():
            super().reject()


# ------------------------------------------------------------------ Tools > Evaluation Rules…


def open_rule_sets(window: QWidget) -> RuleSetsDialog:
    dialog = RuleSetsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
