"""Excel reports: a donor report, portfolio statistics and evaluation compliance.

The functions here are the public API for the GUI and the CLI. They import openpyxl (and the
workbook modules) only when called: importing tracker.reports costs nothing at start-up.

Contract for running them off the UI thread:
- progress(done, total, text) is called from the calling thread as the work advances;
- cancelled() is polled between tables and every 2,000 rows; when it returns True the report
  raises ReportCancelled;
- on ReportCancelled, ReportError (bad period, empty period, unwritable path), NotFound (unknown
  partner) or any other exception, no file is left behind and an existing file of the same name
  is untouched: the workbook is written to a temporary file beside the target and moved over it
  only when complete;
- the database is read through the models' database, whose connection is per thread (peewee), so
  a worker thread uses its own connection.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from tracker.reports.base import CancelCheck, Progress, ReportCancelled, ReportError

__all__ = [
    "CancelCheck",
    "Progress",
    "ReportCancelled",
    "ReportError",
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
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Donor report of `partner` (code or name) for `year_from`-`year_to`; returns the path."""
    from tracker.reports import donor

    return donor.write_donor_report(path, partner, year_from, year_to, as_of=as_of, progress=progress, cancelled=cancelled)


def write_portfolio_report(
    path: str | os.PathLike[str],
    year_from: int,
    year_to: int,
    *,
    compare_from: int | None = None,
    compare_to: int | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Portfolio statistics for `year_from`-`year_to` (Table V.1 compared with `compare_from`-
    `compare_to`, by default the same number of years just before); returns the path."""
    from tracker.reports import portfolio

    return portfolio.write_portfolio_report(path, year_from, year_to, compare_from=compare_from, compare_to=compare_to,
                                            progress=progress, cancelled=cancelled)


def write_compliance_report(
    path: str | os.PathLike[str],
    as_of: dt.date | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Evaluation compliance of every project that is not cancelled, on `as_of` (default today)."""
    from tracker.reports import compliance

    return compliance.write_compliance_report(path, as_of, progress=progress, cancelled=cancelled)
