"""Portfolio statistics workbook: the tables of chapter V and Appendix II of
the ILO's report "The role of the ILO in technical cooperation" (2006) for a period
of years (Table V.1, Annexes 1-4, Table V.2, Figure V.5) and the delivery rate.

All figures are aggregates from SQL (tracker.store.report_queries), so the workbook's size does
not grow with the number of projects; it is written in openpyxl's write-only mode all the same."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path

from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate, using_language
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
    report_language,
)
from tracker.reports.cover import Cover, demo_warning, rule_set_text, write_cover
from tracker.reports.portfolio_demo import cover_note, shows_historical_demo
from tracker.reports.xlsx import Book, sheet_name
from tracker.store import report_queries as q

# The sheets in order: name (at most 31 characters in every language), what it holds, its writer;
# the texts marked in the context "PortfolioReport", translated when written.
SHEETS: list[tuple[str, str, Callable[..., None]]] = [
    (QT_TRANSLATE_NOOP("PortfolioReport", "V.1 Approvals by source"),
     QT_TRANSLATE_NOOP("PortfolioReport", "Table V.1: approvals by source for two periods, averages, shares and % change; "
                       "then the same by partner category"), approvals.write_table_v1),
    (QT_TRANSLATE_NOOP("PortfolioReport", "Annex 2 Approvals by partner"),
     QT_TRANSLATE_NOOP("PortfolioReport", "Annex 2: approvals by partner and year, grouped by category with subtotals; "
                       "chart of approvals per year"), approvals.write_annex_2),
    (QT_TRANSLATE_NOOP("PortfolioReport", "Annex 1 Local resources"),
     QT_TRANSLATE_NOOP("PortfolioReport", "Annex 1: locally mobilized resources compared with total approvals, by "
                       "category (1A) and by strategic objective (1B)"), approvals.write_annex_1),
    (QT_TRANSLATE_NOOP("PortfolioReport", "Annex 3 Exp by objective"),
     QT_TRANSLATE_NOOP("PortfolioReport", "Annex 3: expenditure by strategic objective and year"), expenditure.write_annex_3),
    (QT_TRANSLATE_NOOP("PortfolioReport", "Annex 4 Region x objective"),
     QT_TRANSLATE_NOOP("PortfolioReport", "Annex 4: expenditure by region and strategic objective, average a year"),
     expenditure.write_annex_4),
    (QT_TRANSLATE_NOOP("PortfolioReport", "V.2 Expenditure by region"),
     QT_TRANSLATE_NOOP("PortfolioReport", "Table V.2: expenditure by region and year, each region's share; chart"),
     expenditure.write_table_v2),
    (QT_TRANSLATE_NOOP("PortfolioReport", "Fig V.5 Type of expenditure"),
     QT_TRANSLATE_NOOP("PortfolioReport", "Figure V.5: expenditure by type of assistance; chart of shares"),
     expenditure.write_figure_v5),
    (QT_TRANSLATE_NOOP("PortfolioReport", "Delivery rate"),
     QT_TRANSLATE_NOOP("PortfolioReport", "Delivery rate by region of the projects running in the period"),
     expenditure.write_delivery),
]


def sheet_title(name: str) -> str:
    """The name of a sheet of SHEETS in the current language (the writers name their sheet with it)."""
    return sheet_name(translate("PortfolioReport", name))


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
    """Write the portfolio statistics for `year_from`-`year_to` to `path` (.xlsx) and return it.

    Tables V.1 and V.2 compare the period with `compare_from`-`compare_to`, by default the period
    of the same length just before it (as V.1 sets 1995-99 against 2000-04). A period with nothing
    recorded gives a nil report (the cover alone, saying so). Raises ReportError for an impossible
    period or an unwritable path, ReportCancelled when `cancelled()` says so; in both cases no
    file is left behind. The workbook is in `language` (default: the user's)."""
    language = report_language(language)
    check_years(year_from, year_to)
    period = Period(year_from, year_to)
    if (compare_from is None) != (compare_to is None):
        raise ReportError(translate("ReportError", "give both --compare-from and --compare-to, or neither"))
    compare = period.before() if compare_from is None else Period(compare_from, compare_to)  # type: ignore[arg-type]
    if compare_from is not None:
        check_years(compare.first, compare.last)
    target = check_target(path)
    activity = q.period_activity(year_from, year_to)
    # A period with nothing recorded gives a nil report (its cover says so), not an error: a
    # partner or a board asking for the figures of a year without activity gets a document.
    nil = not activity.approvals and not activity.expenditure_lines
    sheets = [] if nil else SHEETS

    steps = Steps(total=len(sheets) + 2, progress=progress, cancelled=cancelled)
    steps.step(lambda: translate("ReportProgress", "Preparing"))
    generated = now()
    rule_sets = q.rule_sets_in_use()
    with using_language(language):
        book = Book(
            title=translate("PortfolioReport", "Portfolio statistics {period}").format(period=period.label),
            subject=translate("PortfolioReport", "Development cooperation: approvals, expenditure and delivery"),
            description=translate("PortfolioReport", "Approvals and expenditure {period} in the layout of the ILO's report "
                                  "on technical cooperation (Tables V.1, V.2, Figure V.5 and Annexes 1-4); comparison "
                                  "period {compare}.").format(period=period.label, compare=compare.label),
            keywords=translate("PortfolioReport", "portfolio; approvals; expenditure; delivery"),
            demo=demo_warning(*q.demo_counts()),
        )
        cover = _cover(period, compare, compare_from is None, rule_sets, nil)
        if not nil and shows_historical_demo(book.demo, period):
            cover.notes.append(cover_note())
    with atomic_output(target) as partial, book:
        with using_language(language):
            write_cover(book, cover, generated)
        steps.advance()
        for name, _, writer in sheets:
            steps.step(functools.partial(sheet_title, name))
            with using_language(language):
                if writer in _COMPARING:
                    writer(book, period, compare)
                else:
                    writer(book, period)
            steps.advance()
        steps.step(lambda: translate("ReportProgress", "Saving"))
        book.save(partial)
        steps.finish(lambda: translate("ReportProgress", "Written {name}").format(name=target.name))
    return target


_COMPARING = (approvals.write_table_v1, expenditure.write_table_v2)  # the tables with a comparison period


def _cover(period: Period, compare: Period, compare_by_default: bool, rule_sets: list[str], nil: bool = False) -> Cover:
    comparison = translate("PortfolioReport", "{period} (Tables V.1 and V.2)").format(period=compare.label)
    if compare_by_default:
        comparison = translate("PortfolioReport", "{period} (Tables V.1 and V.2) - the same number of years just before the "
                               "period").format(period=compare.label)
    years = period.count  # a plain name: pyside6-lupdate misses a plural text counted by an attribute
    if nil:
        nothing = translate("PortfolioReport", "Nil report: nothing is recorded for {period} (no extra-budgetary approval "
                            "and no expenditure), so there are no tables.").format(period=period.label)
        return Cover(
            title=translate("PortfolioReport", "Portfolio statistics, {period}").format(period=period.label),
            facts=[(translate("PortfolioReport", "Period"), period.label),
                   (translate("PortfolioReport", "Nil report"), nothing),
                   (translate("PortfolioReport", "Filters"),
                    translate("PortfolioReport", "None: the whole portfolio in the database"))],
        )
    return Cover(
        title=translate("PortfolioReport", "Portfolio statistics, {period}").format(period=period.label),
        facts=[
            (translate("PortfolioReport", "Period"),
             translate("PortfolioReport", "{period} ({count} year(s)): approvals by year of approval, expenditure by year",
                       "", years).format(period=period.label, count=years)),
            (translate("PortfolioReport", "Comparison period"), comparison),
            (translate("PortfolioReport", "Filters"), translate("PortfolioReport", "None: the whole portfolio in the database")),
            (translate("PortfolioReport", "Approvals"),
             translate("PortfolioReport", "Extra-budgetary funding approved in the period: earmarked (XB) and direct/domestic "
                       "trust funds; voluntary core funding (RBSA) and the regular budget (RBTC) are not approvals")),
            (translate("PortfolioReport", "Evaluation rule set"), rule_set_text(rule_sets)),
            (translate("PortfolioReport", "Units"),
             translate("PortfolioReport", "US$'000 in Table V.1, Annexes 2-4, Table V.2 and Figure V.5; US$ million in "
                       "Annex 1; US$ in the delivery rate. Cells hold exact amounts; only the display is rounded")),
        ],
        contents=[(sheet_title(name), translate("PortfolioReport", what)) for name, what, _ in SHEETS],
        notes=[
            translate("PortfolioReport", "Totals, subtotals, averages, shares and % changes are live Excel formulas over the "
                      "amounts shown."),
            translate("PortfolioReport", "A share of a period is the share of the period's total (weighted by amount), "
                      "computed from unrounded values, so the rounded parts may not add up exactly to the rounded total."),
        ],
    )
