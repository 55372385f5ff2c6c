"""The rule set in forms: General, Duration bands, Budget tiers, Kinds and Appraisal requirements,
each table a RowsModel over the lists of the editor's state (the dict rule_set_to_json writes).

The form edits that dict in place and emits `edited`; it never checks it (the dialog does, with
rule_set_problems, and shows every problem)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.classifications import EvaluationKind, FundingModality, PartnerCategory
from tracker.domain.rules.ruleset import TIMINGS
from tracker.gui.editor.date_field import DateLineEdit, read_date
from tracker.gui.rule_sets.places import Place
from tracker.gui.rule_sets.tables import ChecklistModel, ChoiceDelegate, Column, RowsModel

# Qt's translate under the name Qt's lupdate looks for: the texts below are extracted for translators.
translate = QCoreApplication.translate


def timing_choices() -> list[tuple[str, str]]:
    labels = {
        "end": translate("RuleSetEditor", "on the end date"),
        "midpoint": translate("RuleSetEditor", "at the midpoint"),
        "anniversaries": translate("RuleSetEditor", "on each anniversary"),
        "after-start": translate("RuleSetEditor", "months after the start"),
        "before-end": translate("RuleSetEditor", "months before the end"),
    }
    return [(code, labels.get(code, code)) for code in TIMINGS]


def only_if_choices() -> list[tuple[str, str]]:
    return [
        ("", translate("RuleSetEditor", "always")),
        ("midterm_review_agreed", translate("RuleSetEditor", "if a mid-term review is agreed")),
    ]


def band_evaluation_choices() -> list[tuple[str, str]]:
    return [("keep", translate("RuleSetEditor", "keep the band's")), ("replace", translate("RuleSetEditor", "replace the band's"))]


def modality_choices() -> list[tuple[str, str]]:
    return [(m.value, m.label) for m in FundingModality]


def category_choices() -> list[tuple[str, str]]:
    return [(c.value, c.label) for c in PartnerCategory]


def _number_columns(keys: Sequence[str], unit: str) -> list[Column]:
    headers = (
        translate("RuleSetEditor", "From"),
        translate("RuleSetEditor", "Over"),
        translate("RuleSetEditor", "To"),
        translate("RuleSetEditor", "Below"),
    )
    tips = (
        translate("RuleSetEditor", "At least this many {unit} (the bound itself included)"),
        translate("RuleSetEditor", "More than this many {unit}"),
        translate("RuleSetEditor", "At most this many {unit} (the bound itself included)"),
        translate("RuleSetEditor", "Less than this many {unit}"),
    )
    return [Column(key, f"{header} ({unit})", "number", tip=tip.format(unit=unit)) for key, header, tip in zip(keys, headers, tips)]


class Section(QWidget):
    """One list of the rule set (bands, tiers, kinds, requirements): its table with Add, Remove,
    Up and Down, and below it the selected row's evaluations and conditions when it has them."""

    edited = Signal()

    def __init__(
        self,
        key: str,
        columns: list[Column],
        make_row: Callable[[], dict[str, Any]],
        *,
        noun: str,
        evaluations: list[Column] | None = None,
        conditions: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.state: dict[str, Any] = {}
        self.read_only = True
        self.model = RowsModel(columns, make_row, self)
        self.view = _table(self, self.model)
        self.add_button, self.remove_button, self.up_button, self.down_button = (
            QPushButton(text, self)
            for text in (
                translate("RuleSetEditor", "&Add {noun}").format(noun=noun),
                translate("RuleSetEditor", "Remo&ve"),
                translate("RuleSetEditor", "Up"),
                translate("RuleSetEditor", "Do&wn"),
            )
        )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(lambda: self.model.remove_row(self.current_row()))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 3)
        layout.addLayout(buttons)
        self.evaluations: RowsModel | None = None
        self.evaluations_view: QTableView | None = None
        self.modalities: ChecklistModel | None = None
        self.categories: ChecklistModel | None = None
        self.modalities_view: QListView | None = None
        details = QHBoxLayout()
        if evaluations is not None:
            self.evaluations = RowsModel(evaluations, lambda: {"kind": "final", "timing": "end"}, self)
            self.evaluations_view = _table(self, self.evaluations)
            # A short title: a group box is never narrower than its title, and the window must fit a small screen.
            group = QGroupBox(translate("RuleSetEditor", "Evaluations"), self)
            group.setToolTip(translate("RuleSetEditor", "Evaluations the selected {noun} requires").format(noun=noun))
            box = QVBoxLayout(group)
            box.setContentsMargins(4, 4, 4, 4)
            box.addWidget(self.evaluations_view)
            row = QHBoxLayout()
            self.add_evaluation = QPushButton(translate("RuleSetEditor", "Add e&valuation"), group)
            self.remove_evaluation = QPushButton(translate("RuleSetEditor", "Remove evaluation"), group)
            for button in (self.add_evaluation, self.remove_evaluation):
                button.setAutoDefault(False)
                row.addWidget(button)
            row.addStretch(1)
            box.addLayout(row)
            self.add_evaluation.clicked.connect(self._add_evaluation)
            self.remove_evaluation.clicked.connect(
                lambda: (
                    self.evaluations.remove_row(self.evaluations_view.currentIndex().row())
                    if self.evaluations and self.evaluations_view
                    else None
                )
            )
            details.addWidget(group, 3)
            self.evaluations.edited.connect(self.edited)
        if conditions:
            self.modalities = ChecklistModel(modality_choices, "when/modality", self)
            self.categories = ChecklistModel(category_choices, "when/partner_category", self)
            group = QGroupBox(translate("RuleSetEditor", "Conditions"), self)
            group.setToolTip(
                translate("RuleSetEditor", "Nothing checked: whatever the funding. A project without funding lines meets no condition.")
            )
            box = QVBoxLayout(group)
            box.setContentsMargins(4, 4, 4, 4)
            only_when = QLabel(translate("RuleSetEditor", "Only when every funding line is…"), group)
            only_when.setWordWrap(True)
            box.addWidget(only_when)
            for text, model in (
                (translate("RuleSetEditor", "of the &modalities"), self.modalities),
                (translate("RuleSetEditor", "from partners of the &categories"), self.categories),
            ):
                label = QLabel(text, group)
                view = QListView(group)
                view.setModel(model)
                view.setMinimumHeight(3 * view.fontMetrics().height())
                label.setBuddy(view)
                box.addWidget(label)
                box.addWidget(view, 1)
                model.edited.connect(self.edited)
                if model is self.modalities:
                    self.modalities_view = view
            details.addWidget(group, 2)
        if details.count():
            layout.addLayout(details, 3)
        self.model.edited.connect(self.edited)
        self.model.edited.connect(self._show_details)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

    def set_state(self, state: dict[str, Any], read_only: bool) -> None:
        self.state, self.read_only = state, read_only
        rows = state.get(self.key)
        if not isinstance(rows, list) and not read_only:
            rows = state[self.key] = []
        self.model.set_rows(rows if isinstance(rows, list) else None, read_only)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(not read_only)
        if self.evaluations is not None:
            self.add_evaluation.setEnabled(not read_only)
            self.remove_evaluation.setEnabled(not read_only)
        self.view.resizeColumnsToContents()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._show_details()

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def current_item(self) -> dict[str, Any] | None:
        row = self.current_row()
        item = self.model.rows[row] if 0 <= row < len(self.model.rows) else None
        return item if isinstance(item, dict) else None

    def _add(self) -> None:
        row = self.model.add_row()
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self.view.edit(self.model.index(row, 0))

    def _move(self, by: int) -> None:
        row = self.model.move_row(self.current_row(), by)
        self.view.setCurrentIndex(self.model.index(row, 0))

    def _add_evaluation(self) -> None:
        if self.evaluations is None or self.evaluations_view is None:
            return
        row = self.evaluations.add_row()
        if row >= 0:
            self.evaluations_view.setCurrentIndex(self.evaluations.index(row, 0))

    def _show_details(self) -> None:
        item = self.current_item()
        if self.evaluations is not None:
            listed = item.get("evaluations") if item is not None else None
            if item is not None and listed is None and not self.read_only:
                listed = item["evaluations"] = []
            self.evaluations.set_rows(listed if isinstance(listed, list) else None, self.read_only)
            self.add_evaluation.setEnabled(not self.read_only and isinstance(listed, list))
            if self.evaluations_view is not None:
                self.evaluations_view.resizeColumnsToContents()
        for model in (self.modalities, self.categories):
            if model is not None:
                model.set_row(item, self.read_only)

    def select(self, place: Place) -> None:
        """Select the row (and evaluation, field) a problem names."""
        if not 0 <= place.row < self.model.rowCount():
            return
        column = max(self.model.column_of(place.key), 0) if place.evaluation < 0 else 0
        self.view.setCurrentIndex(self.model.index(place.row, column))
        self.view.scrollTo(self.model.index(place.row, column))
        if place.evaluation >= 0 and self.evaluations is not None and self.evaluations_view is not None:
            column = max(self.evaluations.column_of(place.key), 0)
            index = self.evaluations.index(place.evaluation, column)
            self.evaluations_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.evaluations_view.setFocus()
        elif place.conditions and self.modalities_view is not None:
            self.modalities_view.setFocus()
        else:
            self.view.setFocus()


def _table(parent: QWidget, model: RowsModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    view.setTabKeyNavigation(False)  # Tab leaves the table: the keyboard reaches the buttons and the next field
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    for number, column in enumerate(model.columns):
        if column.kind == "choice" and column.choices is not None:
            view.setItemDelegateForColumn(number, ChoiceDelegate(column.choices, view))
    return view


class RuleSetForm(QTabWidget):
    """The tabs of the rule set being edited."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: dict[str, Any] = {}
        self.read_only = True
        self._loading = False
        self._general()
        evaluation_columns = [
            Column(
                "kind",
                translate("RuleSetEditor", "Kind"),
                "choice",
                self.kind_choices,
                translate("RuleSetEditor", "tracker's kinds and those this rule set names (Kinds tab)"),
            ),
            Column("timing", translate("RuleSetEditor", "Due"), "choice", timing_choices),
            Column(
                "months",
                translate("RuleSetEditor", "Months"),
                "whole",
                tip=translate("RuleSetEditor", "For a timing in months after the start or before the end: how many"),
            ),
            Column("only_if", translate("RuleSetEditor", "Only if"), "choice", only_if_choices),
            Column(
                "independent",
                translate("RuleSetEditor", "Independent"),
                "check",
                tip=translate("RuleSetEditor", "This evaluation must be independent"),
            ),
        ]
        text = lambda key, header, tip="": Column(key, header, keep_empty=True, tip=tip)  # noqa: E731 - a column maker
        self.bands = Section(
            "bands",
            [
                text("code", translate("RuleSetEditor", "Code")),
                Column(
                    "relation",
                    translate("RuleSetEditor", "Relation"),
                    tip=translate("RuleSetEditor", 'How the reason reads: "is", "is within"'),
                ),
                text(
                    "description",
                    translate("RuleSetEditor", "Description"),
                    translate("RuleSetEditor", 'e.g. "under 18 months": the plan\'s reason quotes it'),
                ),
                *_number_columns(("from", "above", "to", "below"), translate("RuleSetEditor", "months")),
                text(
                    "requires",
                    translate("RuleSetEditor", "Requires"),
                    translate("RuleSetEditor", "What the band requires, in words: the plan's reason quotes it"),
                ),
            ],
            lambda: {"code": "", "description": "", "relation": translate("RuleSetEditor", "is"), "requires": "", "evaluations": []},
            noun=translate("RuleSetEditor", "band"),
            evaluations=evaluation_columns,
            parent=self,
        )
        self.tiers = Section(
            "tiers",
            [
                text("code", translate("RuleSetEditor", "Code")),
                Column("relation", translate("RuleSetEditor", "Relation")),
                text(
                    "description",
                    translate("RuleSetEditor", "Description"),
                    translate("RuleSetEditor", 'e.g. "over US$5,000,000": the plan\'s reason quotes it'),
                ),
                *_number_columns(("from_usd", "over_usd", "to_usd", "below_usd"), "US$"),
                Column(
                    "band_evaluations",
                    translate("RuleSetEditor", "Band's evaluations"),
                    "choice",
                    band_evaluation_choices,
                    translate(
                        "RuleSetEditor",
                        "Keep the duration band's evaluations (the tier's of the same kind take their place), or replace them",
                    ),
                    extra={"default": "keep"},
                ),
                text("requires", translate("RuleSetEditor", "Requires")),
            ],
            lambda: {"code": "", "description": "", "relation": translate("RuleSetEditor", "is"), "requires": "", "evaluations": []},
            noun=translate("RuleSetEditor", "tier"),
            evaluations=evaluation_columns,
            conditions=True,
            parent=self,
        )
        self.kinds = Section(
            "kinds",
            [
                text(
                    "code",
                    translate("RuleSetEditor", "Code"),
                    translate("RuleSetEditor", "Lower-case letters, digits and hyphens, e.g. learning-review"),
                ),
                text("label", translate("RuleSetEditor", "Label")),
                Column("labels/fr", translate("RuleSetEditor", "French label")),
                Column("labels/es", translate("RuleSetEditor", "Spanish label")),
            ],
            lambda: {"code": "", "label": ""},
            noun=translate("RuleSetEditor", "kind"),
            parent=self,
        )
        self.appraisal = Section(
            "appraisal",
            [
                text("code", translate("RuleSetEditor", "Code")),
                text("label", translate("RuleSetEditor", "Label"), translate("RuleSetEditor", 'e.g. "environmental and social screening"')),
                text(
                    "reason", translate("RuleSetEditor", "Reason"), translate("RuleSetEditor", "Why, in words: the Approve guard quotes it")
                ),
                Column(
                    "result_choices",
                    translate("RuleSetEditor", "Result choices"),
                    "list",
                    tip=translate("RuleSetEditor", "The results a record may give, separated by commas; empty: any"),
                ),
                *_number_columns(("from_usd", "over_usd", "to_usd", "below_usd"), "US$"),
                Column("labels/fr", translate("RuleSetEditor", "French label")),
                Column("labels/es", translate("RuleSetEditor", "Spanish label")),
                Column("reasons/fr", translate("RuleSetEditor", "French reason")),
                Column("reasons/es", translate("RuleSetEditor", "Spanish reason")),
            ],
            lambda: {"code": "", "label": "", "reason": ""},
            noun=translate("RuleSetEditor", "requirement"),
            conditions=True,
            parent=self,
        )
        self.addTab(self.bands, translate("RuleSetEditor", "&Duration bands"))
        self.addTab(self.tiers, translate("RuleSetEditor", "Budget &tiers"))
        self.addTab(self.kinds, translate("RuleSetEditor", "&Kinds"))
        self.addTab(self.appraisal, translate("RuleSetEditor", "A&ppraisal requirements"))
        self.sections = {"bands": self.bands, "tiers": self.tiers, "kinds": self.kinds, "appraisal": self.appraisal}
        for section in self.sections.values():
            section.edited.connect(self._edited)
        self.kinds.edited.connect(self._kinds_changed)

    def _general(self) -> None:
        page = QWidget(self)
        form = QFormLayout(page)
        self.name = QLineEdit(page)
        self.name.setToolTip(translate("RuleSetEditor", "Lower-case letters, digits, dots and hyphens: the file is named after it"))
        self.version = QSpinBox(page)
        self.version.setRange(1, 9999)
        self.title_edit = QLineEdit(page)
        self.source = QPlainTextEdit(page)
        self.source.setTabChangesFocus(True)
        self.source.setFixedHeight(3 * self.source.fontMetrics().lineSpacing() + 12)
        self.source.setToolTip(translate("RuleSetEditor", "The policy text the rule set follows, cited"))
        self.effective = DateLineEdit(page)
        self.effective.setPlaceholderText(translate("RuleSetEditor", "YYYY-MM-DD; empty: used only where assigned"))
        self.effective.setToolTip(
            translate(
                "RuleSetEditor",
                "From this day the rule set is the organisation's policy: projects approved from then "
                "on follow it unless another rule set is assigned to them",
            )
        )
        self.duration_method = QLineEdit(page)
        form.addRow(translate("RuleSetEditor", "&Name:"), self.name)
        form.addRow(translate("RuleSetEditor", "&Version:"), self.version)
        form.addRow(translate("RuleSetEditor", "T&itle:"), self.title_edit)
        form.addRow(translate("RuleSetEditor", "&Source:"), self.source)
        form.addRow(translate("RuleSetEditor", "&Effective from:"), self.effective)
        form.addRow(translate("RuleSetEditor", "&Duration method:"), self.duration_method)
        self.general_fields: dict[str, QWidget] = {
            "name": self.name,
            "version": self.version,
            "title": self.title_edit,
            "source": self.source,
            "effective_from": self.effective,
            "duration_method": self.duration_method,
        }
        for key, edit in (("name", self.name), ("title", self.title_edit), ("duration_method", self.duration_method)):
            edit.textEdited.connect(lambda text, key=key: self._set_text(key, text))
        self.source.textChanged.connect(lambda: self._set_text("source", self.source.toPlainText()))
        self.version.valueChanged.connect(lambda value: self._set("version", int(value)))
        self.effective.textEdited.connect(lambda *_: self._set_effective())
        self.effective.date_picked.connect(lambda *_: self._set_effective())
        self.addTab(page, translate("RuleSetEditor", "&General"))

    # ------------------------------------------------------------ the state

    def set_state(self, state: dict[str, Any], read_only: bool) -> None:
        self._loading = True
        self.state, self.read_only = state, read_only
        self.name.setText(str(state.get("name", "")))
        version = state.get("version")
        self.version.setValue(version if isinstance(version, int) and not isinstance(version, bool) else 1)
        self.title_edit.setText(str(state.get("title", "")))
        self.source.setPlainText(str(state.get("source", "")))
        self.effective.setText(str(state.get("effective_from", "") or ""))
        self.duration_method.setText(str(state.get("duration_method", "")))
        for edit in (self.name, self.title_edit, self.effective, self.duration_method):
            edit.setReadOnly(read_only)
            edit.setCursorPosition(0)  # a long title or method shows its beginning
        self.source.setReadOnly(read_only)
        self.version.setReadOnly(read_only)
        for section in self.sections.values():
            section.set_state(state, read_only)
        self._loading = False

    def _set(self, key: str, value: Any) -> None:
        if self._loading or self.read_only:
            return
        if value is None:
            self.state.pop(key, None)
        else:
            self.state[key] = value
        self._edited()

    def _set_text(self, key: str, text: str) -> None:
        self._set(key, text if text.strip() or key == "name" else None)

    def _set_effective(self) -> None:
        text = self.effective.text().strip()
        if not text:
            self._set("effective_from", None)
            return
        try:
            self._set("effective_from", read_date(text, translate("RuleSetEditor", "effective from")).isoformat())
        except ValueError:
            self._set("effective_from", text)  # kept as typed: the checks name the field

    def _edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _kinds_changed(self) -> None:
        for section in (self.bands, self.tiers):
            if section.evaluations is not None:
                section.evaluations.layoutChanged.emit()  # a kind renamed shows its new label

    def kind_choices(self) -> list[tuple[str, str]]:
        """tracker's kinds, then those the rule set names."""
        choices = [(kind.value, kind.label) for kind in EvaluationKind]
        for item in self.state.get("kinds") or []:
            if isinstance(item, dict) and item.get("code"):
                choices.append((str(item["code"]), str(item.get("label") or item["code"])))
        return choices

    # ------------------------------------------------------------ places

    def select(self, place: Place) -> None:
        section = self.sections.get(place.tab)
        if section is None:
            self.setCurrentIndex(0)
            widget = self.general_fields.get(place.key)
            if widget is not None:
                widget.setFocus()
            return
        self.setCurrentWidget(section)
        section.select(place)
