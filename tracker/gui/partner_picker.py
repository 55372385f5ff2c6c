"""The partner cell of the editor's funding table: choose a partner by typing part of its code or
name (case and accents ignored: "cote" finds "Côte d'Ivoire", "lux" finds "Luxembourg (LUX)"),
or "New partner…" to add one in place. Deactivated partners are not offered for a new choice;
a line that already names one keeps showing it. "(none: ILO regular budget)" stays for RB lines."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tracker.domain import project as d

Index = QModelIndex | QPersistentModelIndex
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the folded code and name the completer matches
NEW_PARTNER = "\x00new"  # the data of the "New partner…" entry: never a partner code


def fold(text: str) -> str:
    """Text as the search compares it: without accents, in one case."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _FoldingCompleter(QCompleter):
    """Matches what is typed, folded, anywhere in a partner's folded code and name, and puts the
    partner's shown text (not its search key) in the field."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: Index) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class PartnerPicker(QComboBox):
    """An editable combo box of the partners a funding line may name."""

    def __init__(self, parent: QWidget | None = None, current: str | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        completer = _FoldingCompleter(self.items, self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.fill(current)

    def fill(self, current: str | None = None) -> None:
        """The choices: no partner (RB), the active partners, the current one if deactivated, and
        New partner… last."""
        from tracker.store.partners import list_partners

        self.items.clear()
        self._add(self.tr("(none: ILO regular budget)"), None, "")
        for partner in list_partners():
            if partner.active or partner.code == current:
                self._add(label(partner), partner.code, fold(f"{partner.code} {partner.name}"))
        self._add(self.tr("New partner…"), NEW_PARTNER, fold(self.tr("New partner…")))
        self.select(current)

    def _add(self, text: str, code: str | None, key: str) -> None:
        item = QStandardItem(text)
        item.setData(code, Qt.ItemDataRole.UserRole)
        item.setData(key, SEARCH_ROLE)
        self.items.appendRow(item)

    def select(self, code: str | None) -> None:
        position = self.findData(code, Qt.ItemDataRole.UserRole)
        self.setCurrentIndex(max(position, 0))

    def chosen(self) -> tuple[str | None, str]:
        """(code, problem): the partner the field names, or why it names none. The text typed is
        read when it is not the current entry's: the entry whose code it is, or the only one it
        is part of."""
        text = self.currentText().strip()
        if text == self.itemText(self.currentIndex()):
            return self.currentData(), ""
        if not text:
            return None, ""
        wanted = fold(text)
        rows = [row for row in range(self.count()) if self.itemData(row) not in (None, NEW_PARTNER)]
        exact = [row for row in rows if fold(str(self.itemData(row))) == wanted or fold(self.itemText(row)) == wanted]
        found = exact or [row for row in rows if wanted in str(self.itemData(row, SEARCH_ROLE) or "")]
        if len(found) == 1:
            return self.itemData(found[0]), ""
        if not found:
            return None, self.tr("no active partner's code or name contains '%1'; correct it, or choose New partner…").replace("%1", text)
        return None, self.tr("'%1' is part of %2 partners' codes or names; type more of it, or choose one from the list").replace(
            "%1", text).replace("%2", str(len(found)))


def label(partner: d.Partner) -> str:
    return f"{partner.name} ({partner.code})"


class PartnerDelegate(QStyledItemDelegate):
    """The funding table's partner cell: a PartnerPicker; "New partner…" opens the partner form
    and, once the partner is saved, puts it on the line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form: QWidget | None = None  # the partner form New partner… opened, while it is open

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        picker = PartnerPicker(parent, index.data(Qt.ItemDataRole.EditRole))
        picker.activated.connect(lambda row: self._activated(picker, row))
        return picker

    def _activated(self, picker: PartnerPicker, row: int) -> None:
        if picker.itemData(row) == NEW_PARTNER:
            self.commitData.emit(picker)
            self.closeEditor.emit(picker, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, PartnerPicker)
        editor.select(index.data(Qt.ItemDataRole.EditRole))
        # A key typed on the cell opens it and goes to the field: it starts a new search
        # instead of being added to the current partner's name.
        editor.lineEdit().selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, PartnerPicker)
        code, problem = editor.chosen()
        if code == NEW_PARTNER:
            target = QPersistentModelIndex(index)
            # After the cell's editor has closed: a dialog over an open editor would close it half-way.
            QTimer.singleShot(0, lambda: self.new_partner(target))
            return
        if problem:
            failed = getattr(model, "parse_failed", None)  # the table shows it under the rows
            if failed is not None:
                failed.emit(self.tr("Row %1, Partner: %2").replace("%1", str(index.row() + 1)).replace("%2", problem))
            return
        model.setData(index, code, Qt.ItemDataRole.EditRole)

    def new_partner(self, target: QPersistentModelIndex) -> Any:
        """Open the partner form; once a partner is saved, name it on the line at `target`."""
        from tracker.gui.partners_dialog import PartnerForm

        view = self.parent()
        form = PartnerForm(view if isinstance(view, QWidget) else None)

        def saved(partner: d.Partner) -> None:
            if target.isValid():
                target.model().setData(QModelIndex(target), partner.code, Qt.ItemDataRole.EditRole)

        form.partner_saved.connect(saved)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.destroyed.connect(lambda *_: setattr(self, "form", None))
        self.form = form
        form.open()
        return form
