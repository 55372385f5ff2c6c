"""What each undoable step of the editor is called, in the words of the form: "change of US$
rate", "revision of budget and planned end". The Edit menu reads "Undo change of US$ rate"; the
labels are those of the record descriptions (tracker.domain.records), never the code's names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from tracker.domain.project import BudgetRevision
from tracker.domain.records import BUDGET_REVISION, PROJECT, kind_of_list


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoTexts", text)


def _joined(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) <= 1:
        return "".join(parts)
    return _tr("{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def field_change(name: str) -> str:
    """A project field typed or chosen: 'change of planned end'."""
    return _tr("change of {field}").format(field=PROJECT.field_label(name))


def record_change(attribute: str, row: int, name: str) -> str:
    """A cell of a record table: 'change of amount in funding line 2'."""
    kind = kind_of_list(attribute)
    return _tr("change of {field} in {record} {number}").format(field=kind.field_label(name), record=kind.label, number=row + 1)


def record_added(attribute: str, row: int) -> str:
    kind = kind_of_list(attribute)
    return _tr("addition of {record} {number}").format(record=kind.label, number=row + 1)


def record_removed(attribute: str, row: int) -> str:
    kind = kind_of_list(attribute)
    return _tr("removal of {record} {number}").format(record=kind.label, number=row + 1)


def revision(revision: BudgetRevision) -> str:
    """Names only what the revision changes: 'revision of planned end' for an extension alone."""
    changed = [
        PROJECT.field_label(name)
        for name, value in (("budget", revision.new_budget), ("planned_end", revision.new_end), ("usd_rate", revision.new_usd_rate))
        if value is not None
    ]
    return _tr("revision of {fields}").format(fields=_joined(changed)) if changed else BUDGET_REVISION.label


def undo_text(step: str) -> str:
    """The Edit menu's entry: '&Undo change of US$ rate', or '&Undo' when there is nothing to undo."""
    return _tr("&Undo {step}").format(step=step) if step else _tr("&Undo")


def redo_text(step: str) -> str:
    return _tr("&Redo {step}").format(step=step) if step else _tr("&Redo")
