"""Tabs within a tab of the editor (Budget: budget lines and revisions; Results: indicators and
progress reports), so that the editor's own row of tabs stays whole at 1024 pixels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTabWidget, QWidget


class InnerTabs(QTabWidget):
    """Ctrl+Tab goes through the inner tabs and on, past the last, to the editor's next tab (and
    Ctrl+Shift+Tab back, before the first, to the one before), instead of going round the inner
    ones for ever: with the keyboard alone every page is still reached in one sweep."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _step(event)
        if step and not 0 <= self.currentIndex() + step < self.count():
            event.ignore()  # the editor's own tabs take it
            return
        super().keyPressEvent(event)


def _step(event: QKeyEvent) -> int:
    """+1 for the next tab's keys, -1 for the previous one's, 0 for any other key."""
    control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
    if not control:
        return 0
    key = event.key()
    if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
        return -1
    if key == Qt.Key.Key_Tab or key == Qt.Key.Key_PageDown:
        return 1
    if key == Qt.Key.Key_PageUp:
        return -1
    return 0
