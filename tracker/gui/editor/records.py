"""Editable tables of a project's child records (funding, expenditure, results) and the read-only
list of revisions: one column spec list drives header, display, editing and parsing, and each
column is made from the field's description (tracker.domain.records: header, kind of value,
whether it may be blank, most characters)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.numbers import format_number
from tracker.domain.records import FieldSpec, RecordKind
from tracker.gui.editor.date_field import DateDelegate, read_date
from tracker.gui.formats import read_user_number, show_user_number, user_number_style

Index = QModelIndex | QPersistentModelIndex
PROBLEM_COLOUR = "#b00020"
PROBLEM_BACKGROUND = "#fde7e9"


@dataclass(frozen=True)
class Column:
    header: str
    attribute: str
    kind: str = "text"  # text, decimal, money, date, int, enum, bool, choice
    enum: type[Enum] | None = None
    choices: Callable[[], list[tuple[str, str | None]]] | None = None  # (label, value) for "choice"
    optional: bool = False
    width: int = 110  # pixels on screen
    max_chars: int | None = None  # the most characters the store keeps, for text
    # Makes the cell's editor instead of the kind's (the partner picker); given the view.
    delegate: Callable[[QWidget], QAbstractItemDelegate] | None = None

    def show(self, value: Any) -> str:
        if value is None:
            return ""
        if self.kind == "enum":
            return value.label
        if self.kind == "money":
            return show_user_number(value)
        if self.kind == "decimal":
            return show_user_number(value, None)
        if self.kind == "date":
            return value.isoformat()
        if self.kind == "bool":
            return ""
        return str(value)

    def parse(self, text: str) -> Any:
        text = text.strip()
        if not text:
            if self.optional or self.kind == "text":
                return None if self.kind != "text" else ""
            raise ValueError(QCoreApplication.translate("RecordTable", "{field} is required").format(field=self.header))
        if self.kind in ("decimal", "money"):
            return read_user_number(text, self.header)
        if self.kind == "date":
            return read_date(text, self.header)
        if self.kind == "int":
            try:
                return int(text)
            except ValueError:
                raise ValueError(QCoreApplication.translate("RecordTable", "{field} '{text}' is not a whole number").format(
                    field=self.header, text=text)) from None
        if self.kind == "enum" and self.enum is not None:
            return self.enum.parse(text)  # type: ignore[attr-defined]
        return text


class RecordTableModel(QAbstractTableModel):
    """Edits go out through `edit_requested(row, attribute, value)`; the editor records them for
    undo and then calls `set_records`. The model never changes the working copy itself."""

    edit_requested = Signal(int, str, object)
    parse_failed = Signal(str)

    def __init__(self, columns: list[Column], parent: Any = None, editable: bool = True) -> None:
        super().__init__(parent)
        self.columns = columns
        self.records: list[Any] = []
        self.editable = editable
        self.row_problems: dict[int, str] = {}
        # The problem of one field of a row, shown on its own cell: (row, attribute) -> message.
        self.cell_problems: dict[tuple[int, str], str] = {}

    def set_records(self, records: list[Any], row_problems: dict[int, str] | None = None,
                    cell_problems: dict[tuple[int, str], str] | None = None) -> None:
        """Show `records` in place: rows added or removed at the end are inserted or removed, and
        the rest are announced as changed. Never a model reset: the editor calls this after every
        edit, often while a cell's editor is open or about to move on with Tab, and a reset
        would close that editor under the view (Qt: "commitData called with an editor that does
        not belong to this view") and send the current cell back to the first column."""
        before, after = len(self.records), len(records)
        if after < before:
            self.beginRemoveRows(QModelIndex(), after, before - 1)
            self.records = self.records[:after]
            self.endRemoveRows()
        elif after > before:
            self.beginInsertRows(QModelIndex(), before, after - 1)
            self.records = self.records + list(records[before:])
            self.endInsertRows()
        self.records = list(records)
        self.row_problems = row_problems or {}
        self.cell_problems = cell_problems or {}
        if after and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(after - 1, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            column = self.columns[section]
            if not column.max_chars or column.kind != "text":
                return None
            return QCoreApplication.translate("RecordTable", "{field}: up to {count} characters").format(field=column.header, count=column.max_chars)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return base
        if self.columns[index.column()].kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self.records[index.row()], column.attribute)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == "choice" and column.choices is not None:
                return next((label for label, v in column.choices() if v == value), value or "")
            return column.show(value)
        if role == Qt.ItemDataRole.EditRole:
            if column.kind == "enum":
                return value.value if value is not None else ""
            if column.kind in ("money", "decimal") and value is not None:
                # The editor starts from the number without grouping, as the user writes it.
                return format_number(value, user_number_style(), None, grouped=False)
            return column.show(value) if column.kind != "choice" else value
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("money", "decimal", "int"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cell_problem = self.cell_problems.get((index.row(), column.attribute))
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_problem or self.row_problems.get(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and (cell_problem or index.row() in self.row_problems):
            return QColor(PROBLEM_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and cell_problem:
            # The very cell to fix, as a spreadsheet marks it; the row's text is red as well.
            return QColor(PROBLEM_BACKGROUND)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if column.kind == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            parsed: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column.kind == "choice":
            parsed = value or None
        else:
            try:
                parsed = column.parse(str(value))
            except ValueError as exc:
                self.parse_failed.emit(QCoreApplication.translate("RecordTable", "Row {row}, {field}: {message}").format(
                    row=index.row() + 1, field=column.header, message=exc))
                return False
        if parsed == getattr(self.records[index.row()], column.attribute):
            return False
        self.edit_requested.emit(index.row(), column.attribute, parsed)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for enum and choice columns, so the user picks instead of typing codes."""

    def __init__(self, column: Column, parent: Any = None) -> None:
        super().__init__(parent)
        self.column = column

    def _options(self) -> list[tuple[str, Any]]:
        if self.column.kind == "enum" and self.column.enum is not None:
            return [(m.label, m.value) for m in self.column.enum]  # type: ignore[attr-defined]
        return self.column.choices() if self.column.choices else []

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self._options():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(current)
        if position < 0 and current not in (None, ""):
            # A value no longer offered (a withdrawn currency on a stored line) stays what it is:
            # Tab through the cell must not replace it with the list's first entry.
            editor.addItem(str(current), current)
            position = editor.count() - 1
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RecordTableView(QTableView):
    """A table edited as in a spreadsheet: Tab and Shift+Tab move cell by cell, and from the end
    of a row to the start of the next (the start of a row to the end of the one before); past
    the last cell the focus leaves the table, to the Add button, instead of adding a row
    silently. Enter commits the cell and moves down."""

    def moveCursor(self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        forward = cursorAction == QAbstractItemView.CursorAction.MoveNext
        if not forward and cursorAction != QAbstractItemView.CursorAction.MovePrevious:
            return super().moveCursor(cursorAction, modifiers)
        model = self.model()
        current = self.currentIndex()
        columns = [c for c in range(model.columnCount()) if not self.isColumnHidden(c)]
        if not current.isValid() or not columns:
            return super().moveCursor(cursorAction, modifiers)
        at = current.row() * len(columns) + (columns.index(current.column()) if current.column() in columns else 0)
        at += 1 if forward else -1
        if not 0 <= at < model.rowCount() * len(columns):
            return QModelIndex()  # the view then lets the focus move on to the next widget
        return model.index(at // len(columns), columns[at % len(columns)])

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        # Enter in a cell's editor closes it with SubmitModelCache; Tab and Escape give other hints.
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._move_down()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            # Ctrl+Tab is the editor's next tab, as everywhere else in the window; the view would
            # take it for Tab and move a cell.
            event.ignore()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self._move_down()
            return
        super().keyPressEvent(event)

    def _move_down(self) -> None:
        current = self.currentIndex()
        below = current.siblingAtRow(current.row() + 1) if current.isValid() else QModelIndex()
        if below.isValid():
            self.setCurrentIndex(below)


class RecordTable(QWidget):
    """A table of records with Add and Remove buttons and a line listing the rows' problems."""

    add_requested = Signal()
    remove_requested = Signal(int)

    def __init__(self, columns: list[Column], add_text: str, parent: QWidget | None = None, editable: bool = True) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(columns, self, editable)
        self.view = RecordTableView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QTableView.EditTrigger.DoubleClicked | QTableView.EditTrigger.EditKeyPressed | QTableView.EditTrigger.AnyKeyPressed
        )
        header = self.view.horizontalHeader()
        for number, column in enumerate(columns):
            # Never narrower than its heading, in whatever language the heading is.
            header.resizeSection(number, max(column.width, header.fontMetrics().horizontalAdvance(column.header) + 16))
            if column.delegate is not None:
                self.view.setItemDelegateForColumn(number, column.delegate(self.view))
            elif column.kind in ("enum", "choice"):
                self.view.setItemDelegateForColumn(number, ChoiceDelegate(column, self.view))
            elif column.kind == "date":
                self.view.setItemDelegateForColumn(number, DateDelegate(self.view))
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.add_button = QPushButton(add_text, self)
        self.remove_button = QPushButton(QCoreApplication.translate("RecordTable", "&Remove selected"), self)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.problems)
        if editable:
            layout.addLayout(buttons)
        else:
            self.add_button.hide()
            self.remove_button.hide()
            layout.addLayout(buttons)

    def _add(self) -> None:
        """Add a row and put the cursor on its first cell, so the keyboard goes on typing there."""
        self.add_requested.emit()  # the editor adds the record and refreshes this table at once
        last = self.model.rowCount() - 1
        if last < 0:
            return
        first = next((c for c in range(self.model.columnCount()) if not self.view.isColumnHidden(c)), 0)
        index = self.model.index(last, first)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        for row in rows:
            self.remove_requested.emit(row)

    def show_problems(self, lines: list[str]) -> None:
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))


def _value_kind(spec: FieldSpec) -> str:
    value_type = spec.base_type
    if isinstance(value_type, type) and issubclass(value_type, Enum):
        return "enum"
    if value_type is Decimal:
        return "money" if spec.money else "decimal"
    return {str: "text", date: "date", int: "int", bool: "bool"}[value_type]


def column(record_kind: RecordKind, name: str, width: int = 110, /, **overrides: Any) -> Column:
    """The table column of field `name` of `record_kind`, as its description says; `overrides`
    for what a table shows differently (a partner picked by name instead of typed as a code)."""
    spec = record_kind.field(name)
    value_kind = _value_kind(spec)
    values: dict[str, Any] = dict(
        header=spec.header,
        attribute=spec.name,
        kind=value_kind,
        enum=spec.base_type if value_kind == "enum" else None,
        optional=spec.optional,
        width=width,
        max_chars=spec.width,
    )
    values.update(overrides)
    return Column(**values)


def today() -> date:
    return date.today()


ZERO = Decimal(0)
