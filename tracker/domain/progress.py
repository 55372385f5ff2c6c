"""The one contract for long work: how it reports progress and how it is cancelled.

Long operations (imports, merges, exports, re-planning, reports, the demo) take a `Progress`
callable and a `CancelCheck`; they call `progress(done, total, text)` now and then and ask
`cancelled()` at the points where stopping is still safe, raising `Cancelled` when it answers
True. `writing()` (a `PointOfNoReturn`) is called once the changes start being written: from then
on a cancel is no longer honoured, and the GUI withdraws its Cancel button. The GUI's workers pass
these through; a test drives them without Qt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate


class Progress(Protocol):
    def __call__(self, done: int, total: int, text: str = "") -> None: ...


CancelCheck = Callable[[], bool]
PointOfNoReturn = Callable[[], None]


class Cancelled(DomainError):
    """The user cancelled the operation; nothing of it was written."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(translate("Progress", "cancelled; nothing was changed") if message is None else message)


def no_progress(done: int, total: int, text: str = "") -> None:
    """A Progress that reports nowhere."""


def check_cancelled(cancelled: CancelCheck | None) -> None:
    """Raise Cancelled when the user asked to stop."""
    if cancelled is not None and cancelled():
        raise Cancelled()
