"""The project editor: every field of a project, validation as you type, the live evaluation plan,
project-cycle actions, undo and redo."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from tracker.gui.editor.window import ProjectEditor


def open_project_editor(parent: QWidget | None, code: str | None = None) -> ProjectEditor:
    """Open the editor on the project `code`, or on a new project when `code` is None. The editor
    is a window of its own; it emits `saved(str)` with the project's code after each save."""
    editor = ProjectEditor(code, parent)
    editor.show()
    return editor


__all__ = ["ProjectEditor", "open_project_editor"]
