"""Undo and redo by snapshots of the working copy: small projects copy in well under a millisecond,
and a snapshot cannot get out of step with the fields the way per-field inverse commands can."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from tracker.gui.editor.state import Snapshot

_MERGE_IDS: dict[str, int] = {}


def merge_id(key: str) -> int:
    """A stable small integer per field, so consecutive keystrokes in one field merge."""
    return _MERGE_IDS.setdefault(key, len(_MERGE_IDS) + 1)


class SnapshotCommand(QUndoCommand):
    def __init__(self, text: str, before: Snapshot, after: Snapshot, restore: Callable[[Snapshot], None], merge_key: str | None = None) -> None:
        super().__init__(text)
        self.before = before
        self.after = after
        self._restore = restore
        self._merge_key = merge_key
        self._first_redo = True

    def id(self) -> int:
        return merge_id(self._merge_key) if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SnapshotCommand) or other._merge_key != self._merge_key or self._merge_key is None:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        # The edit is already on screen when the command is pushed; only later redos restore.
        if self._first_redo:
            self._first_redo = False
            return
        self._restore(self.after)

    def undo(self) -> None:
        self._restore(self.before)
