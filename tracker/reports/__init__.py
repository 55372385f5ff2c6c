"""Excel reports: a donor report, portfolio statistics and evaluation compliance.

The functions here are the public API for the GUI and the CLI. They import openpyxl (and the
workbook modules) only when called: importing tracker.reports costs nothing at start-up.

Contract for running them off the UI thread:
- progress(done, total, text) is called from the calling thread as the work advances;
- cancelled() is polled between tables and every 2,000 rows; when it returns True the report
  raises ReportCancelled;
- on ReportCancelled, ReportError (an impossible period, an unwritable path; a period with
  nothing recorded gives a nil report, not an error), NotFound (unknown partner) or any other
  exception, no file is left behind and an existing file of the same name
  is untouched: the workbook is written to a temporary file beside the target and moved over it
  only when complete;
- the database is read through the models' database, whose connection is per thread (peewee), so
  a worker thread uses its own connection.

Each report is written in a `language` ("en", "fr", "es"): by default a donor report in its
partner's reporting language, the others in the user's. Sheet names, titles, headings, notes,
labels and the dates and numbers inside texts follow it; the cells hold the same numbers and
formulas in every language (only date cells take the day/month/year order French and Spanish
read). Errors and progress texts stay in the user's language. The language is entered on the
thread that writes the workbook (tracker.domain.i18n.using_language is per thread).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.reports.base import CancelCheck, Progress, ReportCancelled, ReportError

if TYPE_CHECKING:
    from tracker.reports.checks import Check

__all__ = [
    "CancelCheck",
    "Progress",
    "ReportCancelled",
    "ReportError",
    "donor_checks",
    "write_compliance_report",
    "write_donor_report",
    "write_portfolio_report",
]


def write_donor_report(
    path: str | os.PathLike[str],
    partner: str,
    year_from: int,
    year_to: int,
    *,
    as_of: dt.date | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    prepared_by: str = "",
    approved_by: str = "",
    period_end_rate: bool = False,
) -> Path:
    """Donor report of `partner` (code or name) for `year_from`-`year_to`, in `language` (default:
    the partner's reporting language); its financial statements certified by `prepared_by` and
    `approved_by` (blank lines to sign when not given), with `period_end_rate` their totals also
    in US$ at the period-end rate and the exchange gain or loss. Stage and evaluations are taken on the end
    of the period, or on `as_of` (default today) when that is earlier; a period with nothing for the
    partner gives a nil report. Returns the path."""
    from tracker.reports import donor

    return donor.write_donor_report(path, partner, year_from, year_to, as_of=as_of, language=language, progress=progress,
                                    cancelled=cancelled, prepared_by=prepared_by, approved_by=approved_by,
                                    period_end_rate=period_end_rate)


def donor_checks(partner: str, year_from: int, year_to: int, *, as_of: dt.date | None = None,
                 period_end_rate: bool = False) -> list[Check]:
    """What to look at before sending the donor report of `partner` for `year_from`-`year_to`:
    the inconsistencies of the projects it covers on its reference date (the compliance report's
    Checks), in the user's language; with `period_end_rate`, also the agreement currencies without
    a period-end rate. Raises NotFound for an unknown partner."""
    from tracker.reports import donor

    return donor.donor_checks(partner, year_from, year_to, as_of=as_of, period_end_rate=period_end_rate)


def write_portfolio_report(
    path: str | os.PathLike[str],
    year_from: int,
    year_to: int,
    *,
    compare_from: int | None = None,
    compare_to: int | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Portfolio statistics for `year_from`-`year_to` (Table V.1 compared with `compare_from`-
    `compare_to`, by default the same number of years just before), in `language` (default: the
    user's); returns the path."""
    from tracker.reports import portfolio

    return portfolio.write_portfolio_report(path, year_from, year_to, compare_from=compare_from, compare_to=compare_to,
                                            language=language, progress=progress, cancelled=cancelled)


def write_compliance_report(
    path: str | os.PathLike[str],
    as_of: dt.date | None = None,
    *,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Evaluation compliance of every project that is not cancelled, on `as_of` (default today),
    in `language` (default: the user's)."""
    from tracker.reports import compliance

    return compliance.write_compliance_report(path, as_of, language=language, progress=progress, cancelled=cancelled)
