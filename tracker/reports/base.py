"""What every report shares without openpyxl: errors, the progress and cancel contract, argument
checks, and writing to a temporary file that replaces the target only when the workbook is whole.

Nothing here imports openpyxl, so the GUI and the CLI can import it at start-up."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tracker.domain import progress as contract
from tracker.domain.errors import DomainError

# The one progress and cancellation contract (tracker.domain.progress), under the names the report
# modules import: a report calls progress(done, total, text) from the thread writing it, `done`
# rising to `total`, `text` saying what is being written ("Annex 2: approvals by partner"); it
# asks cancelled() between tables and every few thousand rows, and then raises ReportCancelled and
# leaves no file behind.
from tracker.domain.progress import CancelCheck, Progress
from tracker.store.writes import check_output_target

FIRST_YEAR, LAST_YEAR = 1900, 2200  # as Expenditure.problems() accepts
ROW_STEP = 2_000  # rows between two progress reports / cancel checks in the long lists


class ReportError(DomainError):
    """A report cannot be written: the message is one sentence the user can act on."""


class ReportCancelled(contract.Cancelled, ReportError):
    """The user cancelled; no file was written (an existing file of that name is untouched). A
    Cancelled, as every cancellation is, and a ReportError, as the report's callers knew it."""

    def __init__(self) -> None:
        super().__init__("report cancelled; no file was written")


@dataclass
class Steps:
    """A report's counter of work units over the contract: reports to its `progress` (the
    contract's Progress) and asks its `cancelled` (a CancelCheck)."""

    total: int
    progress: Progress | None = None
    cancelled: CancelCheck | None = None
    done: int = 0
    text: str = field(default="")

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled()

    def step(self, text: str) -> None:
        """Start the next piece of work, named by `text` (a cancellation check comes first)."""
        self.check()
        self.text = text
        self._report()

    def advance(self, units: int = 1) -> None:
        """`units` more are done."""
        self.check()
        self.done = min(self.total, self.done + units)
        self._report()

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, self.text)

    def finish(self, text: str) -> None:
        self.done = self.total
        self.text = text
        self._report()


def check_years(year_from: int, year_to: int) -> None:
    for name, year in (("--from", year_from), ("--to", year_to)):
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise ReportError(f"{name} {year} is not a plausible year ({FIRST_YEAR}-{LAST_YEAR})")
    if year_from > year_to:
        raise ReportError(f"the period is empty: --from {year_from} is after --to {year_to}")


def period_label(year_from: int, year_to: int) -> str:
    return str(year_from) if year_from == year_to else f"{year_from}-{year_to}"


@dataclass(frozen=True)
class Period:
    """Whole years, first and last included."""

    first: int
    last: int

    @property
    def years(self) -> list[int]:
        return list(range(self.first, self.last + 1))

    @property
    def count(self) -> int:
        return self.last - self.first + 1

    @property
    def label(self) -> str:
        return period_label(self.first, self.last)

    def before(self) -> Period:
        """The period of the same length just before this one: Table V.1 compares the average of
        1995-99 with that of 2000-04 (003:2092-2156)."""
        return Period(self.first - self.count, self.first - 1)


def check_target(path: str | os.PathLike[str]) -> Path:
    """The file to write: an .xlsx in a folder that exists (checked before any work is done)."""
    target = check_output_target(path, "the report")
    if target.suffix.lower() != ".xlsx":
        raise ReportError(f"{target}: the report file name must end in .xlsx")
    if target.is_dir():
        raise ReportError(f"{target} is a folder; give a file name ending in .xlsx")
    folder = target.parent
    if not folder.is_dir():
        raise ReportError(f"cannot write {target}: the folder {folder} does not exist")
    return target


@contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary file beside `target`; on success it replaces `target` in one step
    (os.replace), on any error or cancellation it is removed. So a reader never sees half a
    workbook, and an existing report survives a failed attempt to rewrite it."""
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        # Created here (not by openpyxl) so an unwritable folder fails now, before the queries
        # run, and with the user's umask (mkstemp would make it private to the user).
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise ReportError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        yield partial
        try:
            os.replace(partial, target)
        except OSError as exc:
            raise ReportError(f"cannot write {target}: {exc.strerror or exc} (is it open in another program?)") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def usd_threshold_cents() -> dict[str, int | None]:
    """Each rule set's independence threshold in US$ cents (None: no such rule); a rule set that
    fails to load is left out, so its projects count as not requiring independence."""
    from tracker.domain.money import to_cents
    from tracker.domain.rules.ruleset import (
        RuleSetError,
        available_rule_sets,
        load_rule_set,
    )

    found: dict[str, int | None] = {}
    for name in available_rule_sets():
        try:
            rules = load_rule_set(name)
        except RuleSetError:
            continue
        found[name] = to_cents(rules.independent.budget_over_usd) if rules.independent else None
    return found


def now() -> dt.datetime:
    """Generation time, local and to the second (shown on the cover sheet)."""
    return dt.datetime.now().replace(microsecond=0)
