"""What the editor tests do as a user would: go to the field's tab and type into it."""

from __future__ import annotations

from PySide6.QtCore import Qt


def type_into(qtbot, editor, name, text):
    """Replace what the field `name` holds by `text`, typed key by key on the tab that holds it."""
    line = editor.form.lines[name]
    editor.show_page(line)  # go to the tab that holds the field, as the user would
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)
