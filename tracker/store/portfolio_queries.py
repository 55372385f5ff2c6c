"""SQL the portfolio statistics need beyond the shared report queries: which years of a period
hold any record at all, so that a table never divides by years for which nothing is recorded
(a comparison period before the records begin, locally mobilized approvals flagged only from
some year on). One statement each, a few rows back (one a year)."""

from __future__ import annotations

from typing import NamedTuple

from tracker.store.report_queries import period_params
from tracker.store.sql import dialect, execute


class ApprovalYear(NamedTuple):
    year: int
    cents: int  # extra-budgetary approvals of the year
    local_cents: int  # of which locally mobilized


def approvals_by_year(year_from: int, year_to: int) -> dict[int, ApprovalYear]:
    """Extra-budgetary approvals per year of approval, with their locally mobilized part; a
    year without any approval is absent."""
    sql = f"""
    SELECT {dialect().year_of("f.approved_on")} AS year, SUM(f.amount_usd),
           SUM(CASE WHEN f.locally_mobilized THEN f.amount_usd ELSE 0 END)
    FROM funding AS f
    WHERE f.partner_id IS NOT NULL AND f.approved_on BETWEEN :d0 AND :d1 AND f.modality IN (:xb, :dtf)
    GROUP BY year"""
    rows = execute(sql, period_params(year_from, year_to)).fetchall()
    return {int(year): ApprovalYear(int(year), int(cents or 0), int(local or 0)) for year, cents, local in rows}


def expenditure_years(year_from: int, year_to: int) -> set[int]:
    """The years of the period with any expenditure recorded."""
    sql = "SELECT DISTINCT e.year FROM expenditure AS e WHERE e.year BETWEEN :y0 AND :y1"
    return {int(year) for (year,) in execute(sql, period_params(year_from, year_to))}


def local_resource_years(year_from: int, year_to: int) -> list[int]:
    """The years of the period from the first in which any approval is flagged locally mobilized
    (empty when none is): the years over which the share of locally mobilized resources means
    something. Before that year the flag was not recorded (the 2006 report's Annex 1 starts in
    2002 for that reason); a year after it without a flag counts as a real nil."""
    flagged = [y.year for y in approvals_by_year(year_from, year_to).values() if y.local_cents]
    return list(range(min(flagged), year_to + 1)) if flagged else []
