"""The project's appraisal records: what was recorded at appraisal to meet the rule set's appraisal
requirements (the environmental and social screening with its risk category, the evaluation
office's appraisal of the monitoring and evaluation plan...). Above the table, the requirements
that apply to the project as it is now, each met or missing and why; the Approve action refuses
while one is missing (tracker.domain.rules.planning.appraisal_gaps). A section of the Dates and
budget page, under the rule set it follows, edited as the editor's other record tables are."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget

from tracker.domain.records import APPRAISAL
from tracker.domain.rules.ruleset import AppraisalRequirement, RuleSet
from tracker.gui.editor.records import RecordTable, RecordTableModel, column
from tracker.gui.editor.state import RequirementStatus

Index = QModelIndex | QPersistentModelIndex


class AppraisalModel(RecordTableModel):
    """A record's requirement is shown by its label (one the project's rule set names, whether
    or not it applies now), and is never a missing value (None): blank until one is chosen."""

    def __init__(self, section: AppraisalSection, parent: Any = None) -> None:
        super().__init__(section.columns, parent)
        self.section = section

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole and self.columns[index.column()].attribute == "requirement":
            code = self.records[index.row()].requirement
            known = self.section.known.get(code)
            return known.shown_label if known is not None else code
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and self.columns[index.column()].attribute == "requirement":
            chosen = value or ""
            if chosen == self.records[index.row()].requirement:
                return False
            self.edit_requested.emit(index.row(), "requirement", chosen)
            return True
        return super().setData(index, value, role)


class ResultDelegate(QStyledItemDelegate):
    """The result is picked among the requirement's result choices when it has some (a risk
    category), typed otherwise."""

    def __init__(self, section: AppraisalSection, parent: Any = None) -> None:
        super().__init__(parent)
        self.section = section

    def _choices(self, index: Index) -> tuple[str, ...]:
        model = index.model()
        records = getattr(model, "records", [])
        if not 0 <= index.row() < len(records):
            return ()
        known = self.section.known.get(records[index.row()].requirement)
        return known.result_choices if known is not None else ()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = self._choices(index)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem("", "")
        for choice in choices:
            combo.addItem(choice, choice)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        current = index.data(Qt.ItemDataRole.EditRole) or ""
        position = editor.findData(current)
        if position < 0:  # a result typed before the requirement had choices stays until changed
            editor.addItem(current, current)
            position = editor.count() - 1
        editor.setCurrentIndex(position)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class AppraisalSection(QWidget):
    """The requirements and their records; `table` is connected by the editor as its other tables
    are, and `show_requirements` gives it the rule set and what applies now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.known: dict[str, AppraisalRequirement] = {}  # every requirement of the rule set, by code
        self.applying: list[AppraisalRequirement] = []  # those that apply to the project now
        self.columns = [
            column(APPRAISAL, "requirement", 220, kind="choice", choices=self._requirement_choices),
            column(APPRAISAL, "recorded_on", 100),
            column(APPRAISAL, "result", 100, delegate=lambda view: ResultDelegate(self, view)),
            column(APPRAISAL, "recorded_by", 140),
            column(APPRAISAL, "note", 120),  # the last column takes the width left
        ]
        self.table = RecordTable(self.columns, self.tr("Add appraisal re&cord"), self)
        self.table.setObjectName("appraisals")
        self.table.remove_button.setText(self.tr("Remo&ve record"))  # Alt+R is the US$ rate's on this page
        self.table.model = AppraisalModel(self, self.table)
        self.table.view.setModel(self.table.model)
        self.table.view.setMinimumHeight(self.table.view.verticalHeader().defaultSectionSize() * 4)
        heading = QLabel(self.tr("<b>Appraisal</b>: what the rule set requires recorded before the project is approved"), self)
        heading.setWordWrap(True)
        self.requirements = QLabel(self)
        self.requirements.setObjectName("appraisal-requirements")
        self.requirements.setTextFormat(Qt.TextFormat.PlainText)
        self.requirements.setWordWrap(True)
        self.requirements.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.requirements)
        layout.addWidget(self.table)

    def _requirement_choices(self) -> list[tuple[str, str | None]]:
        return [(r.shown_label, r.code) for r in self.applying]

    def show_requirements(self, rules: RuleSet | None, status: list[RequirementStatus]) -> None:
        """The rule set's requirements for the table's cells, and each one that applies with what
        is missing for it."""
        self.known = {r.code: r for r in rules.appraisal} if rules is not None else {}
        self.applying = [s.requirement for s in status]
        self.requirements.setText(requirements_text(rules, status))


def requirements_text(rules: RuleSet | None, status: list[RequirementStatus]) -> str:
    """E.g. "Before approval, rule set example-tiered v1 requires:" then one line per requirement:
    "• environmental and social screening: met", "• ...: missing: <why it is required>"."""
    if rules is None:
        return ""
    if not status:
        return QCoreApplication.translate("AppraisalSection", "Rule set {rule_set} requires nothing to be recorded at appraisal for "
                                                              "this project.").format(rule_set=rules.label)
    lines = [QCoreApplication.translate("AppraisalSection", "Before approval, rule set {rule_set} requires:").format(rule_set=rules.label)]
    for item in status:
        state = (QCoreApplication.translate("AppraisalSection", "missing: {why}").format(why=item.missing) if item.missing
                 else QCoreApplication.translate("AppraisalSection", "met"))
        lines.append(QCoreApplication.translate("AppraisalSection", "• {requirement}: {state}").format(
            requirement=item.requirement.shown_label, state=state))
    return "\n".join(lines)
