"""Expenditure sheets of the portfolio statistics: Annex 3 (by strategic objective and year),
Annex 4 (region x objective, average a year), Table V.2 (regional shares per year, with a chart),
Figure V.5 (by type of expenditure) and the delivery rate."""

from __future__ import annotations

from decimal import Decimal

from tracker.domain.i18n import translate
from tracker.reports.base import Period
from tracker.reports.layouts import OBJECTIVES, expenditure_types, labelled, regions
from tracker.reports.portfolio_approvals import coverage_notes
from tracker.reports.portfolio_demo import annex_3_note, figure_v5_note, shows_historical_demo
from tracker.reports.tables import (
    Table,
    bar_chart,
    cents_by_year,
    grid_table,
    pie_chart,
)
from tracker.reports.xlsx import PERCENT, USD, Book, Sheet, dollars, ratio, ref, total_of
from tracker.store import portfolio_queries as pq
from tracker.store import report_queries as q


def source() -> str:
    """Where the report quotes its source document (its printed title; never a file name of ours)."""
    return translate("PortfolioReport", "ILO, The role of the ILO in technical cooperation, 2006")


def _keyed(layout: tuple, values: dict, years: list[int]) -> list[tuple[str, list[int]]]:
    """Layout rows that have any value in the period, with their cents per year."""
    rows = []
    for key, label in layout:
        code = key.value if key is not None else None
        cents = cents_by_year(values, code, years)
        if any(cents):
            rows.append((label, cents))
    return rows


def write_annex_3(book: Book, period: Period) -> None:
    years = period.years
    sheet = book.sheet(translate("PortfolioReport", "Annex 3 Exp by objective"), [32, *[11] * len(years), 14, 11, 9],
                       freeze="B5")
    sheet.heading(translate("PortfolioReport", "Annex 3. Technical cooperation expenditure by strategic objective (US$'000), "
                            "{period}").format(period=period.label),
                  translate("PortfolioReport", "All sources of funds; US$'000"))
    rows = _keyed(labelled(OBJECTIVES), q.expenditure_by_year("outcome", period.first, period.last), years)
    table = grid_table(sheet, translate("PortfolioReport", "Strategic objective"), [str(y) for y in years], rows,
                       total_header=translate("Report", "Total {period}").format(period=period.label), average_over=period.count)
    sheet.print_titles(table.header_row)
    sheet.blank()
    sheet.note(translate("PortfolioReport", "'Others': cross-cutting activities, management services, miscellaneous and "
                         "field offices where there is no specific technical field ({source}).").format(source=source()))
    if shows_historical_demo(book.demo, period):
        sheet.note(annex_3_note())


def write_annex_4(book: Book, period: Period) -> None:
    spent = q.expenditure_by_region_outcome(period.first, period.last)
    objectives = [(k, label) for k, label in labelled(OBJECTIVES)
                  if any(spent.get((r.value if r else None, k.value if k else None)) for r, _ in regions())]
    sheet = book.sheet(translate("PortfolioReport", "Annex 4 Region x objective"), [30, *[14] * len(objectives), 12, 9],
                       freeze="B5")
    # The 2006 report's title says "Extra-budgetary"; tracker records no source of funds per expenditure
    # line, so this is all project expenditure, and the title says so.
    sheet.heading(translate("PortfolioReport", "Annex 4. Expenditure by region and strategic objective: average, {period} "
                            "(US$'000)").format(period=period.label),
                  translate("PortfolioReport", "Average a year = expenditure {period} / {count}; all project expenditure; "
                            "US$'000").format(period=period.label, count=period.count))
    rows = []
    for region, label in regions():
        r = region.value if region else None
        cents = [spent.get((r, k.value if k else None), 0) for k, _ in objectives]
        if any(cents):
            rows.append((label, cents))
    # Averages are written as exact decimals (cents / 100,000 / years); the totals are formulas.
    table = grid_table(sheet, translate("PortfolioReport", "Region"), [label for _, label in objectives], rows,
                       convert=lambda c: Decimal(c).scaleb(-5) / period.count)
    sheet.print_titles(table.header_row)


def write_table_v2(book: Book, period: Period, compare: Period) -> None:
    years = period.years
    sheet = book.sheet(translate("PortfolioReport", "V.2 Expenditure by region"), [30, *[11] * len(years), 13, 13],
                       freeze="B5")
    sheet.heading(translate("PortfolioReport", "Table V.2. Share of total technical cooperation expenditure by region, "
                            "{period}").format(period=period.label),
                  translate("PortfolioReport", "Expenditure in US$'000, then each region's share of the year's total, "
                            "compared with {earlier}").format(earlier=compare.label))
    spent = q.expenditure_by_year("region", period.first, period.last)
    earlier = _by_key(q.expenditure_by_year("region", compare.first, compare.last))
    rows = [(label, cents_by_year(spent, key.value if key else None, years)) for key, label in regions()
            if any(cents_by_year(spent, key.value if key else None, years)) or earlier.get(key.value if key else None)]
    columns = [str(y) for y in years]
    table = grid_table(sheet, translate("PortfolioReport", "Expenditure (US$'000)"), columns, rows,
                       total_header=translate("Report", "Total {period}").format(period=period.label), share=False)
    sheet.print_titles(table.header_row)
    sheet.blank()
    keys = [key.value if key else None for key, label in regions() if label in {r[0] for r in rows}]
    _shares_with_comparison(sheet, table, [label for label, _ in rows], [earlier.get(k, 0) for k in keys], columns,
                            period, compare)
    sheet.blank()
    sheet.note(translate("PortfolioReport", "An average column is the region's share of that period's total expenditure "
                         "(weighted by amount), not the mean of the yearly shares."))
    for text in coverage_notes(compare, pq.expenditure_years(compare.first, compare.last), shares=True):
        sheet.note(text)
    if rows:
        bar_chart(sheet, table, translate("PortfolioReport", "Expenditure by region (US$'000)"), translate("Report", "US$'000"))


def _by_key(values: dict[tuple[str | None, int], int]) -> dict[str | None, int]:
    totals: dict[str | None, int] = {}
    for (key, _), cents in values.items():
        totals[key] = totals.get(key, 0) + cents
    return totals


def _shares_with_comparison(sheet: Sheet, table: Table, labels: list[str], earlier: list[int], columns: list[str],
                            period: Period, compare: Period) -> None:
    """Table V.2's shares: each year's, the period's average, then the comparison period's
    average (last, so that the year columns stand under those of the amounts above). The
    comparison period's amounts are not on the sheet, so its shares are written as exact values;
    the others are formulas over the table above."""
    header = sheet.header([translate("PortfolioReport", "Share of total expenditure (%)"), *columns,
                           translate("Report", "Average {period}").format(period=period.label),
                           translate("Report", "Average {period}").format(period=compare.label)])
    whole = sum(earlier)
    no_data = translate("PortfolioReport", "No data recorded")
    cols = [*table.value_cols, table.total_col]
    fmts = [None, *[PERCENT] * (len(cols) + 1)]
    first = header + 1
    for offset, label in enumerate(labels):
        source = table.first_row + offset
        before = Decimal(earlier[offset]) / whole if whole else no_data
        sheet.write([label, *[ratio(ref(c, source), ref(c, table.total_row, absolute_row=True)) for c in cols], before],
                    fmts, wrap=True)
    last = first + len(labels) - 1
    n = len(cols) + 2  # the comparison column
    sheet.write([translate("Report", "Total"), *[total_of(c, first, last) for c in range(2, n)],
                 total_of(n, first, last) if whole else no_data], fmts, style="total")


def write_figure_v5(book: Book, period: Period) -> None:
    years = period.years
    sheet = book.sheet(translate("PortfolioReport", "Fig V.5 Type of expenditure"), [32, *[11] * len(years), 14, 11, 9],
                       freeze="B5")
    sheet.heading(translate("PortfolioReport", "Figure V.5. Technical cooperation expenditure by type of assistance, "
                            "{period}").format(period=period.label),
                  translate("PortfolioReport", "US$'000; % share of the period's total"))
    rows = _keyed(expenditure_types(), q.expenditure_by_year("type", period.first, period.last), years)
    table = grid_table(sheet, translate("PortfolioReport", "Type of assistance"), [str(y) for y in years], rows,
                       total_header=translate("Report", "Total {period}").format(period=period.label), average_over=period.count)
    sheet.print_titles(table.header_row)
    sheet.blank()
    sheet.note(translate("PortfolioReport", "'Miscellaneous' holds expenditure of no other listed type, so that the totals "
                         "reconcile."))
    if shows_historical_demo(book.demo, period):
        sheet.note(figure_v5_note())
    if rows:
        pie_chart(sheet, table, translate("PortfolioReport", "Expenditure by type of assistance, {period}").format(
            period=period.label))


def write_delivery(book: Book, period: Period) -> None:
    sheet = book.sheet(translate("PortfolioReport", "Delivery rate"), [30, 10, 18, 22, 12], freeze="B5")
    sheet.heading(translate("PortfolioReport", "Delivery rate by region, projects running in {period}").format(period=period.label),
                  translate("PortfolioReport", "US$; expenditure up to the end of {year} over the current approved "
                            "budget").format(year=period.last))
    found = {row.region: row for row in q.delivery_by_region(period.first, period.last)}
    header = sheet.header([translate("PortfolioReport", "Region"), translate("PortfolioReport", "Projects"),
                           translate("PortfolioReport", "Approved budget (US$)"),
                           translate("PortfolioReport", "Expenditure to end {year} (US$)").format(year=period.last),
                           translate("PortfolioReport", "Delivery rate")], height=45)
    sheet.print_titles(header)
    start = header + 1
    rows = [(label, found[key.value if key else None]) for key, label in regions() if (key.value if key else None) in found]
    total_row = start + len(rows)
    fmts = [None, "#,##0", USD, USD, PERCENT]
    for offset, (label, item) in enumerate(rows):
        r = start + offset
        sheet.write([label, item.projects, dollars(item.budget_cents), dollars(item.spent_cents), ratio(f"D{r}", f"C{r}")], fmts)
    end = total_row - 1
    sheet.write([translate("Report", "Total"), total_of(2, start, end), total_of(3, start, end), total_of(4, start, end),
                 ratio(f"D{total_row}", f"C{total_row}")], fmts, style="total")
    sheet.blank()
    for text in (
        translate("PortfolioReport", "Delivery rate = cumulative expenditure / current approved budget, both in US$. "
                  "Projects: approved or later stages, not cancelled, whose planned dates overlap the period."),
        translate("PortfolioReport", "Reference band, not a rule: ILO delivery 'averages between 60 and 70 per cent each "
                  "year' ({source}).").format(source=source()),
    ):
        sheet.note(text)
