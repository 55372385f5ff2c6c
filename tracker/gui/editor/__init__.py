"""The project editor: every field of a project, validation as you type, the live evaluation plan,
project-cycle actions, undo and redo.

The editor's modules load when an editor first opens (or ProjectEditor is first asked for), not
with the package: the main window imports this package and must paint without them (start-up)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from tracker.gui.editor.window import ProjectEditor


def open_project_editor(parent: QWidget | None, code: str | None = None) -> ProjectEditor:
    """Open the editor on the project `code`, or on a new project when `code` is None. The editor
    is a window of its own; it emits `saved(str)` with the project's code after each save."""
    from tracker.gui.editor.window import ProjectEditor

    editor = ProjectEditor(code, parent)
    editor.show()
    return editor


def __getattr__(name: str) -> Any:
    # `from tracker.gui.editor import ProjectEditor` loads the editor then (PEP 562).
    if name == "ProjectEditor":
        from tracker.gui.editor.window import ProjectEditor

        return ProjectEditor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ProjectEditor", "open_project_editor"]
