"""One place that shows errors: the sentence a dialog shows is the one the CLI prints."""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.domain.errors import DomainError, TransitionRefused, ValidationError


def error_text(exc: BaseException) -> tuple[str, str]:
    """(summary, details) for a dialog: domain errors are the user's to act on; anything else is a
    bug, shown with its traceback in the details."""
    if isinstance(exc, TransitionRefused):
        summary = QCoreApplication.translate("Errors", "{action} was refused.").format(action=exc.action_label)
        return summary, "\n".join(f"• {r}" for r in exc.reasons)
    if isinstance(exc, ValidationError):
        # The record descriptions load the whole domain model: only when a validation error is
        # shown, not with the main window (start-up).
        from tracker.domain.records import kind_named, problem_text

        own = kind_named(exc.kind) if exc.kind else None
        if exc.subject:
            summary = QCoreApplication.translate("Errors", "{subject} cannot be saved yet.").format(
                subject=exc.subject[0].upper() + exc.subject[1:])
        else:
            summary = QCoreApplication.translate("Errors", "It cannot be saved yet.")
        return summary, "\n".join(f"• {problem_text(p, own)}" for p in exc.problems)
    if isinstance(exc, DomainError):
        return str(exc), ""
    summary = QCoreApplication.translate("Errors", "Something went wrong inside tracker: {error}").format(error=f"{type(exc).__name__}: {exc}")
    return summary, "".join(
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


def show_information(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """What a long job did: a headline and, beneath it, the details (counts, what was skipped)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent)
    box.setInformativeText(details)
    box.exec()
