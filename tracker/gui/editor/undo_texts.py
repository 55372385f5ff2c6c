"""What each undoable step of the editor is called, in the words of the form: "change of US$
rate", "revision of budget and planned end". The Edit menu reads "Undo change of US$ rate"; the
labels are those of the record descriptions (tracker.domain.records), never the code's names."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from tracker.domain.project import BudgetRevision
from tracker.domain.records import BUDGET_REVISION, PROJECT, kind_of_list


def _joined(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) <= 1:
        return "".join(parts)
    return QCoreApplication.translate("UndoTexts", "{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def field_change(name: str) -> str:
    """A project field typed or chosen: 'change of planned end'."""
    return QCoreApplication.translate("UndoTexts", "change of {field}").format(field=PROJECT.field_label(name))


def record_change(attribute: str, row: int, name: str) -> str:
    """A cell of a record table: 'change of amount in funding line 2'."""
    kind = kind_of_list(attribute)
    return QCoreApplication.translate("UndoTexts", "change of {field} in {record} {number}").format(field=kind.field_label(name), record=kind.label, number=row + 1)


def record_added(attribute: str, row: int) -> str:
    kind = kind_of_list(attribute)
    return QCoreApplication.translate("UndoTexts", "addition of {record} {number}").format(record=kind.label, number=row + 1)


def record_removed(attribute: str, row: int) -> str:
    kind = kind_of_list(attribute)
    return QCoreApplication.translate("UndoTexts", "removal of {record} {number}").format(record=kind.label, number=row + 1)


def indicator_value(indicator: str, end: date) -> str:
    """The value of an indicator at a progress report's period end: 'value of Jobs created on 2024-12-31'."""
    return QCoreApplication.translate("UndoTexts", "value of {indicator} on {date}").format(indicator=indicator, date=end.isoformat())


def revision(revision: BudgetRevision) -> str:
    """Names only what the revision changes: 'revision of planned end' for an extension alone."""
    changed = [
        PROJECT.field_label(name)
        for name, value in (("budget", revision.new_budget), ("planned_end", revision.new_end), ("usd_rate", revision.new_usd_rate))
        if value is not None
    ]
    return QCoreApplication.translate("UndoTexts", "revision of {fields}").format(fields=_joined(changed)) if changed else BUDGET_REVISION.label


def undo_text(step: str) -> str:
    """The Edit menu's entry: '&Undo change of US$ rate', or '&Undo' when there is nothing to undo."""
    return QCoreApplication.translate("UndoTexts", "&Undo {step}").format(step=step) if step else QCoreApplication.translate("UndoTexts", "&Undo")


def redo_text(step: str) -> str:
    return QCoreApplication.translate("UndoTexts", "&Redo {step}").format(step=step) if step else QCoreApplication.translate("UndoTexts", "&Redo")
