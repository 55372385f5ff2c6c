"""One place that shows errors: the sentence a dialog shows is the one the CLI prints."""

from __future__ import annotations

import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.domain.errors import DomainError, TransitionRefused, ValidationError
from tracker.domain.records import kind_named, problem_text


def error_text(exc: BaseException) -> tuple[str, str]:
    """(summary, details) for a dialog: domain errors are the user's to act on; anything else is a
    bug, shown with its traceback in the details."""
    if isinstance(exc, TransitionRefused):
        return f"{exc.action_label} was refused.", "\n".join(f"• {r}" for r in exc.reasons)
    if isinstance(exc, ValidationError):
        subject = f"{exc.subject[0].upper()}{exc.subject[1:]} " if exc.subject else ""
        own = kind_named(exc.kind) if exc.kind else None
        return f"{subject}cannot be saved yet.", "\n".join(f"• {problem_text(p, own)}" for p in exc.problems)
    if isinstance(exc, DomainError):
        return str(exc), ""
    return f"Something went wrong inside tracker: {type(exc).__name__}: {exc}", "".join(
        traceback.format_exception(type(exc), exc, exc.__traceback__)
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str = "tracker") -> None:
    summary, details = error_text(exc)
    box = QMessageBox(QMessageBox.Icon.Warning if isinstance(exc, DomainError) else QMessageBox.Icon.Critical, title, summary, parent=parent)
    if details:
        if isinstance(exc, DomainError):
            box.setInformativeText(details)
        else:
            box.setDetailedText(details)
    box.exec()
