"""Portfolio statistics workbook: the tables of chapter V and Appendix II of
the ILO's report "The role of the ILO in technical cooperation" (2006) for a period
of years (Table V.1, Annexes 1-4, Table V.2, Figure V.5) and the delivery rate.

All figures are aggregates from SQL (tracker.store.report_queries), so the workbook's size does
not grow with the number of projects; it is written in openpyxl's write-only mode all the same."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from tracker.reports import portfolio_approvals as approvals
from tracker.reports import portfolio_expenditure as expenditure
from tracker.reports.base import (
    CancelCheck,
    Period,
    Progress,
    ReportError,
    Steps,
    atomic_output,
    check_target,
    check_years,
    now,
)
from tracker.reports.cover import Cover, demo_warning, rule_set_text, write_cover
from tracker.reports.xlsx import Book
from tracker.store import report_queries as q

SHEETS: list[tuple[str, str, Callable[..., None]]] = [
    ("V.1 Approvals by source",
     ("Table V.1: approvals by source for two periods, averages, shares and % change; "
      "then the same by partner category"), approvals.write_table_v1),
    ("Annex 2 Approvals by partner",
     ("Annex 2: approvals by partner and year, grouped by category with subtotals; "
      "chart of approvals per year"), approvals.write_annex_2),
    ("Annex 1 Local resources",
     ("Annex 1: locally mobilized resources compared with total approvals, by category "
      "(1A) and by strategic objective (1B)"), approvals.write_annex_1),
    ("Annex 3 Exp by objective", "Annex 3: expenditure by strategic objective and year", expenditure.write_annex_3),
    ("Annex 4 Region x objective", "Annex 4: expenditure by region and strategic objective, average a year",
     expenditure.write_annex_4),
    ("V.2 Expenditure by region", "Table V.2: expenditure by region and year, each region's share; chart",
     expenditure.write_table_v2),
    ("Fig V.5 Type of expenditure", "Figure V.5: expenditure by type of assistance; chart of shares",
     expenditure.write_figure_v5),
    ("Delivery rate", "Delivery rate by region of the projects running in the period", expenditure.write_delivery),
]


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
    """Write the portfolio statistics for `year_from`-`year_to` to `path` (.xlsx) and return it.

    Table V.1 compares the period with `compare_from`-`compare_to`, by default the period of the
    same length just before it (as V.1 sets 1995-99 against 2000-04). Raises ReportError for a
    bad or empty period or an unwritable path, ReportCancelled when `cancelled()` says so; in
    both cases no file is left behind."""
    check_years(year_from, year_to)
    period = Period(year_from, year_to)
    if (compare_from is None) != (compare_to is None):
        raise ReportError("give both --compare-from and --compare-to, or neither")
    compare = period.before() if compare_from is None else Period(compare_from, compare_to)  # type: ignore[arg-type]
    if compare_from is not None:
        check_years(compare.first, compare.last)
    target = check_target(path)
    activity = q.period_activity(year_from, year_to)
    if not activity.approvals and not activity.expenditure_lines:
        raise ReportError(f"no approvals or expenditure recorded in {period.label}: nothing to report")

    steps = Steps(total=len(SHEETS) + 2, progress=progress, cancelled=cancelled)
    steps.step("Preparing")
    generated = now()
    demo = demo_warning(*q.demo_counts())
    book = Book(
        title=f"Portfolio statistics {period.label}",
        subject="Development cooperation: approvals, expenditure and delivery",
        description=f"Approvals and expenditure {period.label} in the layout of the ILO's report on technical "
        f"cooperation (Tables V.1, V.2, Figure V.5 and Annexes 1-4); comparison period {compare.label}.",
        keywords="portfolio; approvals; expenditure; delivery",
        demo=demo,
    )
    cover = Cover(
        title=f"Portfolio statistics, {period.label}",
        facts=[
            ("Period", f"{period.label} ({period.count} years): approvals by year of approval, expenditure by year"),
            ("Comparison period", f"{compare.label} (Table V.1)"
             + (" - the same number of years just before the period" if compare_from is None else "")),
            ("Filters", "None: the whole portfolio in the database"),
            ("Approvals", ("Extra-budgetary funding approved in the period: earmarked (XB) and direct/domestic trust "
                           "funds; voluntary core funding (RBSA) and the regular budget (RBTC) are not approvals")),
            ("Evaluation rule set", rule_set_text(q.rule_sets_in_use())),
            ("Units", ("US$'000 in Table V.1, Annexes 2-4, Table V.2 and Figure V.5; US$ million in Annex 1; "
                       "US$ in the delivery rate. Cells hold exact amounts; only the display is rounded")),
        ],
        contents=[(name, what) for name, what, _ in SHEETS],
        notes=[
            "Totals, subtotals, averages, shares and % changes are live Excel formulas over the amounts shown.",
            ("A share of a period is the share of the period's total (weighted by amount), computed from unrounded "
             "values, so the rounded parts may not add up exactly to the rounded total."),
        ],
    )
    with atomic_output(target) as partial, book:
        write_cover(book, cover, generated)
        steps.advance()
        for name, _, writer in SHEETS:
            steps.step(name)
            if writer is approvals.write_table_v1:
                writer(book, period, compare)
            else:
                writer(book, period)
            steps.advance()
        steps.step("Saving")
        book.save(partial)
        steps.finish(f"Written {target.name}")
    return target
