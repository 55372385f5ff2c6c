"""What every report shares without openpyxl: errors, the progress and cancel contract, argument
checks, and writing to a temporary file that replaces the target only when the workbook is whole.

Nothing here imports openpyxl, so the GUI and the CLI can import it at start-up."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from tracker.domain import i18n
from tracker.domain import progress as contract
from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate

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
        super().__init__(translate("ReportError", "report cancelled; no file was written"))


Text = str | Callable[[], str]  # a progress text, or what gives it in the user's language


@dataclass
class Steps:
    """A report's counter of work units over the contract: reports to its `progress` (the
    contract's Progress) and asks its `cancelled` (a CancelCheck).

    Its texts speak the language of the user who asked for the report (the one current when the
    Steps is made), even while the workbook is written in its reader's: a text given as a
    callable (`lambda: translate(...)`) is translated in the user's language."""

    total: int
    progress: Progress | None = None
    cancelled: CancelCheck | None = None
    done: int = 0
    text: str = field(default="")
    language: str = field(default_factory=i18n.current_language)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled()

    def _text(self, text: Text) -> str:
        if callable(text):
            with i18n.using_language(self.language):
                return text()
        return text

    def step(self, text: Text) -> None:
        """Start the next piece of work, named by `text` (a cancellation check comes first)."""
        self.check()
        self.text = self._text(text)
        self._report()

    def advance(self, units: int = 1) -> None:
        """`units` more are done."""
        self.check()
        self.done = min(self.total, self.done + units)
        self._report()

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(self.done, self.total, self.text)

    def finish(self, text: Text) -> None:
        self.done = self.total
        self.text = self._text(text)
        self._report()


def check_years(year_from: int, year_to: int) -> None:
    for name, year in (("--from", year_from), ("--to", year_to)):
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise ReportError(translate("ReportError", "{option} {year} is not a plausible year ({first}-{last})").format(
                option=name, year=year, first=FIRST_YEAR, last=LAST_YEAR))
    if year_from > year_to:
        raise ReportError(translate("ReportError", "the period is empty: --from {first} is after --to {last}").format(
            first=year_from, last=year_to))


def report_language(language: str | None, default: str | None = None) -> str:
    """The language a report is written in: `language` if given ("en", "fr", "es"), else
    `default` (a donor report: its partner's reporting language), else the user's."""
    chosen = i18n.normalise_language(language) if language else None
    if language and chosen is None:
        raise ReportError(translate("ReportError", "unknown report language {language}: choose one of {choices}").format(
            language=language, choices=", ".join(i18n.LANGUAGES)))
    return chosen or i18n.normalise_language(default) or i18n.current_language()


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
    target = check_output_target(path, translate("ReportError", "the report"))
    if target.suffix.lower() != ".xlsx":
        raise ReportError(translate("ReportError", "{path}: the report file name must end in .xlsx").format(path=target))
    if target.is_dir():
        raise ReportError(translate("ReportError", "{path} is a folder; give a file name ending in .xlsx").format(path=target))
    folder = target.parent
    if not folder.is_dir():
        raise ReportError(translate("ReportError", "cannot write {path}: the folder {folder} does not exist").format(
            path=target, folder=folder))
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
        raise ReportError(translate("ReportError", "cannot write {path}: {problem}").format(
            path=target, problem=exc.strerror or exc)) from None
    try:
        yield partial
        try:
            os.replace(partial, target)
        except OSError as exc:
            raise ReportError(translate("ReportError", "cannot write {path}: {problem} (is it open in another program?)").format(
                path=target, problem=exc.strerror or exc)) from None
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


# Dates and numbers inside a report's texts, in its language (the cells keep their numbers and
# dates; only their formats follow the language, see tracker.reports.xlsx).

def long_date(day: dt.date) -> str:
    """"06 December 2026", "6 décembre 2026", "6 de diciembre de 2026"."""
    if i18n.current_language() == "en":
        return f"{day:%d %B %Y}"
    from babel.dates import format_date

    return format_date(day, "long", locale=i18n.user_locale_name())


def short_date(day: dt.date) -> str:
    """"06 Dec 2026", "6 déc. 2026", "6 dic 2026"."""
    if i18n.current_language() == "en":
        return f"{day:%d %b %Y}"
    from babel.dates import format_date

    return format_date(day, "medium", locale=i18n.user_locale_name())


def number_text(value: int | Decimal, places: int = 0) -> str:
    """A number inside a text, grouped as the language writes it ("12,345", "12 345", "12.345")."""
    from tracker.domain.numbers import format_number, number_style

    return format_number(Decimal(value), number_style(), places)
