"""The Funding Partners window: the partners in a table (code, name, category, country, reporting
language, whether active, how many funding lines name them) with Add, Edit, Deactivate/Activate and Merge; and
the partner form the funding table's "New partner…" opens too. Every write goes through the
store's partner operations (tracker.store.partners), as the command line's do."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import i18n
from tracker.domain import project as d
from tracker.domain.classifications import NonStateKind, PartnerCategory
from tracker.domain.codelists import country_code, country_name
from tracker.domain.errors import DomainError, FieldProblem
from tracker.domain.records import PARTNER, problem_text
from tracker.gui import errors
from tracker.gui.form_dialog import FormDialog
from tracker.gui.partner_picker import fold
from tracker.gui.workers import Operation
from tracker.store import partners as ops

Index = QModelIndex | QPersistentModelIndex


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


# The form's fields, by the names of the Partner's fields they edit.
FORM_FIELDS = ("code", "name", "category", "non_state_kind", "country", "reporting_language")


class PartnerForm(FormDialog):
    """Add a partner, or edit one: the message line names the field that is wrong as the user
    types (nothing is shown before they have typed), and OK saves through the store."""

    partner_saved = Signal(object)  # the stored d.Partner

    def __init__(self, parent: QWidget | None, partner: d.Partner | None = None) -> None:
        super().__init__(self.tr("Edit Funding Partner") if partner else self.tr("New Funding Partner"), parent)
        self.original = partner
        # One identity for the partner this form adds, however often it is read: once saved, the
        # stored partner is this one, not another with its code.
        self.identity = partner.uuid if partner else d.new_uuid()
        self.saved: d.Partner | None = None
        # The fields the user has changed: only their problems are shown (none before typing).
        self.touched: set[str] = set(FORM_FIELDS) if partner else set()
        self.code = QLineEdit(self)
        self.code.setMaxLength(PARTNER.field("code").width or 40)
        self.code.setPlaceholderText(self.tr("e.g. LUX"))
        self.name = QLineEdit(self)
        self.name.setMaxLength(PARTNER.field("name").width or 200)
        self.name.setPlaceholderText(self.tr("e.g. Luxembourg"))
        self.category = QComboBox(self)
        for member in PartnerCategory:
            self.category.addItem(member.label, member.value)  # Qt keeps a str enum as its str
        self.non_state_kind = QComboBox(self)
        self.non_state_kind.addItem(self.tr("(not a non-state actor)"), None)
        for kind in NonStateKind:
            self.non_state_kind.addItem(kind.label, kind.value)
        self.country = QLineEdit(self)
        self.country.setPlaceholderText(self.tr("ISO code or name, e.g. LU or Luxembourg (optional)"))
        # The language the partner's reports are written in, each named in itself (as the
        # Preferences and Reports dialogs offer them); English for a new partner.
        self.reporting_language = QComboBox(self)
        for code, language in i18n.LANGUAGES.items():
            self.reporting_language.addItem(language, code)
        self.reporting_language.setToolTip(self.tr("The language this partner's donor reports are written in"))
        self.form.addRow(self.tr("&Code:"), self.code)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("C&ategory:"), self.category)
        self.form.addRow(self.tr("Non-state &kind:"), self.non_state_kind)
        self.form.addRow(self.tr("C&ountry:"), self.country)
        self.form.addRow(self.tr("&Reporting language:"), self.reporting_language)
        # Room for two lines of message, kept whether or not there is one: nothing moves.
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing())
        if partner is not None:
            self.code.setText(partner.code)
            self.name.setText(partner.name)
            self.category.setCurrentIndex(self.category.findData(partner.category.value))
            self.non_state_kind.setCurrentIndex(max(self.non_state_kind.findData(partner.non_state_kind.value if partner.non_state_kind else None), 0))
            self.country.setText(partner.country)
            self.reporting_language.setCurrentIndex(max(self.reporting_language.findData(partner.reporting_language), 0))
        for line in (self.code, self.name, self.country):
            line.textEdited.connect(self._edited)
        for combo in (self.category, self.non_state_kind, self.reporting_language):
            combo.activated.connect(self._edited)
        self.category.currentIndexChanged.connect(self._category_changed)
        self._category_changed()
        # Typing starts in the first field and Enter saves (the buttons come first in the
        # focus chain of a FormDialog, and a disabled OK would leave Cancel the default).
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.code.setFocus()
        self.refresh()

    def _edited(self, *_: Any) -> None:
        sender = self.sender()
        for name in FORM_FIELDS:
            if getattr(self, name) is sender:
                self.touched.add(name)
        self.refresh()

    def _category_changed(self, *_: Any) -> None:
        non_state = self.category.currentData() == PartnerCategory.NON_STATE.value
        self.non_state_kind.setEnabled(non_state)
        if not non_state:
            self.non_state_kind.setCurrentIndex(0)

    def partner(self) -> d.Partner:
        """The partner as the form reads now (ValueError naming the country when it is unknown)."""
        country_text = self.country.text().strip()
        country = country_code(country_text) if country_text else ""
        kind = self.non_state_kind.currentData()
        values = dict(code=self.code.text().strip(), name=self.name.text().strip(), category=PartnerCategory(self.category.currentData()),
                      non_state_kind=NonStateKind(kind) if kind else None, country=country,
                      reporting_language=self.reporting_language.currentData() or "en")
        if self.original is not None:
            return dataclasses.replace(self.original, **values)
        return d.Partner(**values, uuid=self.identity)

    def problems(self) -> list[FieldProblem]:
        """Everything wrong with the form now, by field; a code or name another partner has is
        found as it is typed, even before the rest is filled in."""
        try:
            partner = self.partner()
        except ValueError as exc:
            return [FieldProblem("country", str(exc))]
        clash = ops.clash_problem(partner)
        return [*([clash] if clash else []), *partner.problems()]

    def problem(self) -> str:
        problems = self.problems()
        return _sentence(problem_text(problems[0], PARTNER)) if problems else ""

    def refresh(self) -> None:
        problems = self.problems()
        shown = [p for p in problems if p.field in self.touched]
        # No error colour before the user has typed: OK stays disabled, the message waits.
        self.message.setText(_sentence(problem_text(shown[0], PARTNER)) if shown else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    def accept(self) -> None:
        if self.problem():
            return
        try:
            self.saved = ops.save_partner(self.partner())
        except DomainError as exc:
            self.message.setText(_sentence(str(exc)))
            return
        self.partner_saved.emit(self.saved)
        super().accept()  # the form's partner is the one just saved (same identity): no clash


class MergeForm(FormDialog):
    """Merge one partner record into another: says what would move, then merges on OK."""

    def __init__(self, parent: QWidget | None, source: d.Partner) -> None:
        super().__init__(self.tr("Merge Funding Partners"), parent)
        self.source = source
        self.plan: ops.MergePlan | None = None
        self.operation: Operation[ops.MergePlan] | None = None  # the merge while it runs
        self.target = QComboBox(self)
        self.target.addItem(self.tr("(choose the partner that stays)"), None)
        for other in ops.list_partners():
            if other.uuid != source.uuid:
                self.target.addItem(f"{other.name} ({other.code})", other.code)
        self.form.addRow(self.tr("Merge:"), QLabel(f"{source.name} ({source.code})", self))
        self.form.addRow(self.tr("&Into:"), self.target)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        self.message.setStyleSheet("")
        self.message.setMinimumHeight(3 * self.message.fontMetrics().lineSpacing())
        self.target.currentIndexChanged.connect(lambda *_: self.refresh())
        self.refresh()

    def problem(self) -> str:
        return "" if self.target.currentData() else self.tr("Choose the partner record that stays.")

    def refresh(self) -> None:
        super().refresh()
        code = self.target.currentData()
        if not code:
            self.message.setText("")
            return
        plan = ops.plan_merge(self.source.code, code)
        text = (self.tr("1 funding line of %1 moves to %2 and partner %1 is deleted.") if plan.funding_lines == 1
                else self.tr("%3 funding lines of %1 move to %2 and partner %1 is deleted."))
        self.message.setText(text.replace("%1", plan.source.code).replace("%2", plan.target.code)
                             .replace("%3", str(plan.funding_lines)))

    def accept(self) -> None:
        code = self.target.currentData()
        if not code or self.operation is not None:
            return
        source = self.source.code

        def work(progress: Any) -> ops.MergePlan:
            return ops.merge_partners(source, code, progress=progress, cancelled=progress.is_cancelled)

        # A partner may fund thousands of projects, each saved through the one write path: the
        # merge runs on the worker thread, with a progress dialog and Cancel.
        self.buttons.setEnabled(False)
        self.operation = Operation(self, work, label=self.tr("Merging the partners…"), success=self._merged, failure=self._failed)
        self.operation.signals.cancelled.connect(self._cancelled)
        self.operation.run()

    def _cancelled(self) -> None:
        self.operation = None
        self.buttons.setEnabled(True)
        self.message.setText(self.tr("The merge was cancelled; nothing was changed."))

    def _merged(self, plan: ops.MergePlan) -> None:
        self.operation, self.plan = None, plan
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        self.buttons.setEnabled(True)
        if isinstance(exc, DomainError):
            self.message.setText(_sentence(str(exc)))
        else:
            errors.show_error(self, exc)


COLUMNS = ("code", "name", "category", "country", "language", "active", "funding_lines")
# The widths, in characters, the window gives a partner's category and name before eliding them.
CATEGORY_CHARS = 46
NAME_CHARS = 40


class PartnerTableModel(QAbstractTableModel):
    """The partners as plain rows (tracker.store.partners.PartnerRow), read once per reload."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ops.PartnerRow] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = ops.partner_rows()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = (self.tr("Code"), self.tr("Name"), self.tr("Category"), self.tr("Country"), self.tr("Language"), self.tr("Active"),
                   self.tr("Funding lines"))
        return headers[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        partner, name = row.partner, COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "category":
                return partner.category.label
            if name == "active":
                return self.tr("yes") if partner.active else self.tr("no")
            if name == "funding_lines":
                return str(row.funding_lines)
            if name == "language":
                return self.language_name(partner.reporting_language)
            return getattr(partner, name)
        if role == Qt.ItemDataRole.ToolTipRole and name == "country" and partner.country:
            return country_name(partner.country, i18n.current_language())  # the code, named in the user's language
        if role == Qt.ItemDataRole.ToolTipRole and name in ("name", "category"):
            return partner.name if name == "name" else partner.category.label  # whole, where the column cuts it short
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "funding_lines":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and not partner.active:
            font = QFont()
            font.setItalic(True)  # deactivated: still listed, set apart
            return font
        return None

    def language_name(self, code: str) -> str:
        """A reporting language named in the user's language ("French", "français", "francés")."""
        names = {"en": self.tr("English"), "fr": self.tr("French"), "es": self.tr("Spanish")}
        return names.get(code, code)

    def partner_at(self, row: int) -> d.Partner | None:
        return self.rows[row].partner if 0 <= row < len(self.rows) else None

    def row_of(self, code: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.partner.code == code), -1)


class PartnersDialog(QDialog):
    """Edit > Funding Partners: list, add, edit, deactivate or activate, merge."""

    projects_changed = Signal(list)  # codes of projects whose funding a merge moved
    partners_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Funding Partners"))
        self.model = PartnerTableModel(self)
        self.find = QLineEdit(self)
        self.find.setPlaceholderText(self.tr("Find a partner: part of its code, name or country"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(lambda *_: self._filter())
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)  # one line a partner: a long name or category is elided, whole on hover
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda *_: self.edit_selected())
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add_partner)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.merge_button.clicked.connect(self.merge_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing())
        layout = QVBoxLayout(self)
        layout.addWidget(self.find)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.reload()
        self._fit_to_screen()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def reload(self, select: str | None = None) -> None:
        current = select or (self.selected().code if self.selected() else None)
        self.model.reload()
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        # A category's words can be long in French and Spanish: its column is kept to some forty
        # characters (the rest elided, whole on hover), so that the language and funding columns
        # fit beside the names.
        category = COLUMNS.index("category")
        widest = max(self.view.fontMetrics().averageCharWidth() * CATEGORY_CHARS, header.sectionSizeHint(category))
        header.resizeSection(category, min(header.sectionSize(category), widest))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.view.selectRow(row)
        self._filter()
        self._update_buttons()

    def _fit_to_screen(self) -> None:
        """Wide enough for every column beside names of some forty characters, and no wider than
        the screen (1366x768 included): longer names are elided, whole on hover."""
        header = self.view.horizontalHeader()
        columns = sum(header.sectionSize(i) for i in range(header.count()) if COLUMNS[i] != "name")
        names = self.view.fontMetrics().averageCharWidth() * NAME_CHARS
        margins = self.layout().contentsMargins()
        chrome = (margins.left() + margins.right() + 2 * self.view.frameWidth()
                  + self.view.verticalScrollBar().sizeHint().width())
        screen = self.screen().availableGeometry()
        self.resize(max(760, min(columns + names + chrome, screen.width() - 40)), min(460, screen.height() - 40))

    def _filter(self) -> None:
        """Rows whose code, name or country hold what is typed (case and accents aside); a few
        dozen partners, so rows are hidden in the view rather than through a proxy model."""
        wanted = fold(self.find.text().strip())
        for row in range(self.model.rowCount()):
            partner = self.model.partner_at(row)
            text = fold(f"{partner.code} {partner.name} {partner.country}") if partner else ""
            self.view.setRowHidden(row, bool(wanted) and wanted not in text)

    def selected(self) -> d.Partner | None:
        index = self.view.currentIndex() if hasattr(self, "view") else QModelIndex()
        return self.model.partner_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        partner = self.selected()
        for button in (self.edit_button, self.active_button, self.merge_button):
            button.setEnabled(partner is not None)
        self.active_button.setText(self.tr("Ac&tivate") if partner is not None and not partner.active else self.tr("&Deactivate"))

    def _after_save(self, partner: d.Partner, what: str) -> None:
        self.reload(partner.code)
        self.status.setText(what)
        self.partners_changed.emit()

    def add_partner(self) -> PartnerForm:
        form = PartnerForm(self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.partner_saved.connect(lambda p: self._after_save(p, self.tr("Added %1.").replace("%1", f"{p.name} ({p.code})")))
        form.open()
        return form

    def edit_selected(self) -> PartnerForm | None:
        partner = self.selected()
        if partner is None:
            return None
        form = PartnerForm(self, partner)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.partner_saved.connect(lambda p: self._after_save(p, self.tr("Saved %1.").replace("%1", f"{p.name} ({p.code})")))
        form.open()
        return form

    def toggle_active(self) -> None:
        partner = self.selected()
        if partner is None:
            return
        try:
            saved = ops.set_partner_active(partner.code, not partner.active)
        except DomainError as exc:
            self.status.setText(_sentence(str(exc)))
            return
        text = (self.tr("%1 is active: it is offered for new funding lines again.") if saved.active
                else self.tr("%1 is deactivated: its funding stays, new funding lines are not offered it."))
        self._after_save(saved, text.replace("%1", saved.code))

    def merge_selected(self) -> MergeForm | None:
        partner = self.selected()
        if partner is None:
            return None
        form = MergeForm(self, partner)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(lambda: self._merged(form))
        form.open()
        return form

    def _merged(self, form: MergeForm) -> None:
        plan = form.plan
        if plan is None:
            return
        self.reload(plan.target.code)
        self.status.setText(self.tr("Merged %1 into %2.").replace("%1", plan.source.code).replace("%2", plan.target.code))
        self.partners_changed.emit()
        if plan.projects:
            self.projects_changed.emit(plan.projects)

