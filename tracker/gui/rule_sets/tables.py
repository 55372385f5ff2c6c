"""The editor's tables: one model over a list of dicts of the rule set's JSON (bands, tiers,
evaluations, kinds, appraisal requirements), a combo delegate for the closed choices, and a check
list of codes (a tier's or requirement's conditions).

Each model edits the dicts of the editor's state in place and says so (`edited`); the dialog then
checks the whole rule set again. Amounts and months show and are typed as the user's locale writes
numbers, and are stored as the JSON writes them ("5000000"); what does not read as a number is kept
as typed, for rule_set_problems to name."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tracker.gui.formats import read_user_number, show_user_number

Index = QModelIndex | QPersistentModelIndex
Choices = Callable[[], Sequence[tuple[str, str]]]  # (stored value, label shown)

_PLAIN_NUMBER = re.compile(r"\d+(\.\d+)?")


def plain_number(value: Decimal) -> str:
    """A number as the rule-set JSON writes it: "5000000", "17.5" (no exponent, no trailing zeros)."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def shown_number(stored: Any) -> str:
    """A stored number ("5000000", 12) as the user's locale writes it; anything else as it is."""
    if isinstance(stored, bool) or stored is None:
        return "" if stored is None else str(stored)
    text = str(stored)
    if isinstance(stored, int) or _PLAIN_NUMBER.fullmatch(text):
        return show_user_number(Decimal(text), None)
    return text


@dataclass(frozen=True)
class Column:
    key: str  # the JSON field; "labels/fr" for a field inside another
    header: str
    kind: str = "text"  # text | number (stored as text) | whole (stored as a whole number) | choice | check | list
    choices: Choices | None = None
    tip: str = ""
    keep_empty: bool = False  # an empty text stays "" (a required field the checks name), not removed
    extra: dict[str, Any] = field(default_factory=dict)


def _get(row: dict[str, Any], key: str) -> Any:
    node: Any = row
    for part in key.split("/"):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def _set(row: dict[str, Any], key: str, value: Any) -> None:
    """Set (None: remove) a field, creating or pruning the dicts on the way."""
    parts = key.split("/")
    node = row
    for part in parts[:-1]:
        if not isinstance(node.get(part), dict):
            if value is None:
                return
            node[part] = {}
        node = node[part]
    if value is None:
        node.pop(parts[-1], None)
    else:
        node[parts[-1]] = value
    if len(parts) > 1 and not row.get(parts[0]):
        row.pop(parts[0], None)


class RowsModel(QAbstractTableModel):
    """A list of the rule set's dicts as a table: one row a dict, one column a field."""

    edited = Signal()

    def __init__(self, columns: Sequence[Column], make_row: Callable[[], dict[str, Any]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.make_row = make_row
        self.rows: list[Any] = []
        self.read_only = True

    def set_rows(self, rows: list[Any] | None, read_only: bool) -> None:
        self.beginResetModel()
        self.rows = rows if rows is not None else []
        self.read_only = read_only or rows is None
        self.endResetModel()

    def column_of(self, key: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tip or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or not index.isValid():
            return flags
        if self.columns[index.column()].kind == "check":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not isinstance(self.rows[index.row()], dict):
            return None
        column = self.columns[index.column()]
        value = _get(self.rows[index.row()], column.key)
        if value is None:
            value = column.extra.get("default")
        if column.kind == "check":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value is True else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.shown(column, value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "choice":
                return "" if value is None else str(value)
            return self.shown(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("number", "whole"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def shown(self, column: Column, value: Any) -> str:
        if value is None:
            return ""
        if column.kind in ("number", "whole"):
            return shown_number(value)
        if column.kind == "choice" and column.choices is not None:
            return next((label for code, label in column.choices() if code == value), str(value))
        if column.kind == "list" and isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or not index.isValid() or not isinstance(self.rows[index.row()], dict):
            return False
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if column.kind == "check":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            _set(row, column.key, True if checked else None)
        elif role == Qt.ItemDataRole.EditRole:
            _set(row, column.key, self.stored(column, value))
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.columns) - 1))
        self.edited.emit()
        return True

    def stored(self, column: Column, value: Any) -> Any:
        text = "" if value is None else str(value).strip()
        if not text:
            return "" if column.keep_empty else None
        if text == column.extra.get("default"):
            return None  # as rule_set_to_json writes it: the default is not written
        if column.kind in ("number", "whole"):
            try:
                number = read_user_number(text, column.header)
            except ValueError:
                return text  # kept as typed: the rule set's checks name the field
            if column.kind == "whole":
                return int(number) if number == number.to_integral_value() else text
            return plain_number(number)
        if column.kind == "list":
            return [part.strip() for part in text.split(",") if part.strip()]
        return text

    # ------------------------------------------------------------ rows

    def add_row(self) -> int:
        if self.read_only:
            return -1
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(self.make_row())
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> bool:
        if self.read_only or not 0 <= row < len(self.rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        self.edited.emit()
        return True

    def move_row(self, row: int, by: int) -> int:
        """Move a row up (-1) or down (1): the order of tiers decides which one applies first."""
        target = row + by
        if self.read_only or not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return row
        self.beginResetModel()
        self.rows[row], self.rows[target] = self.rows[target], self.rows[row]
        self.endResetModel()
        self.edited.emit()
        return target


class ChoiceDelegate(QStyledItemDelegate):
    """A combo of the column's choices (kind, timing, condition, what a tier does with the band's
    evaluations)."""

    def __init__(self, choices: Choices, parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for code, label in self.choices():
            combo.addItem(label, code)
        combo.activated.connect(lambda *_: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        if found < 0:  # a value not offered (a kind the rule set no longer names): shown as it is
            editor.addItem(str(index.data(Qt.ItemDataRole.EditRole)), index.data(Qt.ItemDataRole.EditRole))
            found = editor.count() - 1
        editor.setCurrentIndex(found)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ChecklistModel(QAbstractListModel):
    """The codes of a closed list, checked when a dict's list field holds them (a tier's
    `when.modality`): the condition "every funding line is one of these"."""

    edited = Signal()

    def __init__(self, choices: Choices, key: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.key = key
        self.row: dict[str, Any] | None = None
        self.read_only = True
        self.items: list[tuple[str, str]] = list(choices())

    def set_row(self, row: dict[str, Any] | None, read_only: bool) -> None:
        self.beginResetModel()
        self.items = list(self.choices())
        self.row = row
        self.read_only = read_only or row is None
        self.endResetModel()

    def checked(self) -> list[str]:
        value = _get(self.row, self.key) if self.row is not None else None
        return [str(v) for v in value] if isinstance(value, list) else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code, label = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.ToolTipRole:
            return code
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if code in self.checked() else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or self.row is None or role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        code = self.items[index.row()][0]
        chosen = [c for c in self.checked() if c != code]
        if value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True):
            chosen.append(code)
        _set(self.row, self.key, sorted(chosen) or None)  # in the order rule_set_to_json writes them
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
