"""Every report a user can ask of the demo portfolio, written for the tests that read them all:
the donor report of every partner that funds a project, the compliance report, and the portfolio
statistics of several periods (a short one, a recent one, a long one)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from tracker.reports import write_compliance_report, write_donor_report, write_portfolio_report

AS_OF = dt.date(2026, 11, 25)
PERIODS = ((2000, 2004), (2018, 2025), (1999, 2025))
DONOR_PERIOD = (2000, 2025)


def funding_partners() -> list[str]:
    """The codes of the partners that fund at least one project."""
    from tracker.store import models as m

    query = (m.Partner.select(m.Partner.code).join(m.Funding).where(m.Funding.project.is_null(False))
             .distinct().order_by(m.Partner.code))
    return [code for (code,) in query.tuples()]


def donor_reports(folder: Path, language: str | None = None, partners: list[str] | None = None) -> Iterator[Path]:
    for code in partners if partners is not None else funding_partners():
        yield write_donor_report(folder / f"donor-{code}-{language}.xlsx", code, *DONOR_PERIOD, as_of=AS_OF,
                                 language=language)


def other_reports(folder: Path, language: str | None = None) -> Iterator[Path]:
    yield write_compliance_report(folder / f"compliance-{language}.xlsx", AS_OF, language=language)
    for first, last in PERIODS:
        yield write_portfolio_report(folder / f"portfolio-{first}-{last}-{language}.xlsx", first, last, language=language)
