"""Date entry as people expect it: type the date (YYYY-MM-DD, or the short form of the user's
locale) or pick it from a calendar. Used by the editor's form fields and the date cells of its
record tables, so both read a typed date the same way."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tracker.domain.dates import EARLIEST, LATEST, parse_iso_date

Index = QModelIndex | QPersistentModelIndex


def _short_formats(locale: QLocale) -> list[str]:
    """The locale's short date format, with a four-digit year first: project dates span decades,
    so "3/15/25" is read only when the user really typed two digits."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    formats = [short.replace("yyyy", "yy").replace("yy", "yyyy")] if "yy" in short else []
    return formats + [short]


def read_date(text: str, what: str = "date", locale: QLocale | None = None) -> date:
    """A typed date: YYYY-MM-DD, or the short form of `locale` (the app's locale by default:
    15/03/2025 in French, 3/15/2025 in American English). The ISO form's own messages stand,
    since it is the form the field shows and suggests."""
    cleaned = text.strip()
    try:
        return parse_iso_date(cleaned, what)
    except ValueError:
        if "-" in cleaned or not cleaned:
            raise
        locale = locale or QLocale()
        for form in _short_formats(locale):
            found = locale.toDate(cleaned, form)
            if found.isValid():
                return parse_iso_date(found.toString("yyyy-MM-dd"), what)  # the range check
        raise


def calendar_icon() -> QIcon:
    """A small calendar drawn here: icon themes are not installed everywhere."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#505050"))
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(2, 3, 12, 3), QColor("#b04040"))
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRect(3 + 4 * column, 8 + 3 * row, 2, 2), QColor("#505050"))
    painter.end()
    return QIcon(pixmap)


class CalendarPopup(QCalendarWidget):
    """A calendar in a popup window below a date field; a click or Enter on a day picks it,
    Escape or a click elsewhere closes it without a change."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.setMinimumDate(QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day))
        self.setMaximumDate(QDate(LATEST.year, LATEST.month, LATEST.day))
        self.activated.connect(self._pick)
        self.clicked.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class DateLineEdit(QLineEdit):
    """A line edit for a date with a calendar button at its end. Typing works as in any field;
    a date picked in the calendar is written in the field as YYYY-MM-DD and announced by
    `date_picked` (textEdited is only for keystrokes)."""

    date_picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar_action = QAction(calendar_icon(), self.tr("Choose a date from the calendar"), self)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.popup: CalendarPopup | None = None

    def keyPressEvent(self, event: Any) -> None:
        # Alt+Down opens the calendar from the keyboard, as in a combo box or a date edit.
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> CalendarPopup:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        try:
            shown = read_date(self.text())
            self.popup.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        except ValueError:
            self.popup.setSelectedDate(QDate.currentDate())
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.setFocus()
        return self.popup

    def _picked(self, day: QDate) -> None:
        text = day.toString("yyyy-MM-dd")
        self.setText(text)
        self.setFocus()
        self.date_picked.emit(text)


class DateDelegate(QStyledItemDelegate):
    """The editor of a table's date cells: a DateLineEdit, so a date can be typed or picked; a
    picked date is committed at once, as if typed and confirmed."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateLineEdit(parent)
        editor.setFrame(False)
        editor.date_picked.connect(lambda _text, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
