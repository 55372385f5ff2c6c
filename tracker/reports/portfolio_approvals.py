"""Approval sheets of the portfolio statistics: Table V.1 (two periods by source), Annex 2 (by
partner and year, grouped by category) and Annex 1 (locally mobilized resources)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from openpyxl.chart import BarChart, Reference, Series

from tracker.domain.classifications import StrategicObjective
from tracker.domain.i18n import translate
from tracker.reports.base import Period, period_label
from tracker.reports.layouts import (
    ANNEX_2_GROUPS,
    OBJECTIVES,
    TABLE_V1_GROUPS,
)
from tracker.reports.layouts import label as layout_label
from tracker.reports.portfolio_demo import annex_1b_note, shows_historical_demo
from tracker.reports.tables import AMOUNT_K, AMOUNT_M, place_chart
from tracker.reports.xlsx import (
    PERCENT,
    Book,
    Formula,
    Sheet,
    col,
    millions,
    ratio,
    ref,
    thousands,
    total_of,
)
from tracker.store import portfolio_queries as pq
from tracker.store import report_queries as q


def write_table_v1(book: Book, period: Period, compare: Period) -> None:
    sheet = book.sheet(translate("PortfolioReport", "V.1 Approvals by source"), [36, 13, 13, 9, 13, 13, 9, 11], freeze="B5")
    sheet.heading(translate("PortfolioReport", "Table V.1. Approvals of extra-budgetary funding (US$'000)"),
                  translate("PortfolioReport", "Average {earlier} compared with average {later}; US$'000").format(
                      earlier=compare.label, later=period.label))
    before = q.approvals_by_category(compare.first, compare.last)
    now = q.approvals_by_category(period.first, period.last)
    recorded = bool(before)  # a comparison period before the records begin shows no 0 or 0.0 %
    rows = [(layout_label(text), sum(before.get(c.value, 0) for c in cats), sum(now.get(c.value, 0) for c in cats))
            for text, cats in TABLE_V1_GROUPS]
    header = _two_periods(sheet, translate("PortfolioReport", "Source"), rows, compare, period, recorded)
    sheet.print_titles(header)
    sheet.blank()
    sheet.note(translate("PortfolioReport", "Other sources: direct trust funds, non-state actors, international financial "
                         "institutions, the European Union and other intergovernmental organizations."))
    for text in coverage_notes(compare, set(pq.approvals_by_year(compare.first, compare.last))):
        sheet.note(text)
    sheet.blank()
    detail = [(layout_label(text), before.get(c.value, 0), now.get(c.value, 0)) for c, text in ANNEX_2_GROUPS
              if before.get(c.value) or now.get(c.value)]
    _two_periods(sheet, translate("PortfolioReport", "Partner category"), detail, compare, period, recorded)
    sheet.blank()
    sheet.note(translate("PortfolioReport", "Average = period total / number of years ({earlier} and {later}). % share = "
                         "share of the period's average total. % change = (average of the later period - average of the "
                         "earlier) / average of the earlier.").format(earlier=compare.count, later=period.count))


def coverage_notes(period: Period, years_recorded: set[int], *, shares: bool = False) -> list[str]:
    """What a comparison period's figures rest on, when not on every one of its years: nothing
    recorded at all, or records for some years only (an average still divides by every year; a
    share is a share of what is recorded)."""
    if not years_recorded:
        if shares:
            return [translate("PortfolioReport", "No data recorded for {period}: its column is left empty.").format(
                period=period.label)]
        return [translate("PortfolioReport", "No data recorded for {period}: the comparison columns and the % change are "
                          "left empty.").format(period=period.label)]
    missing = [y for y in period.years if y not in years_recorded]
    if not missing:
        return []
    recorded, absent = year_list(sorted(years_recorded)), year_list(missing)
    if shares:
        return [translate("PortfolioReport", "Data are recorded for {years} only, not for {missing}: the shares of {period} "
                          "are those of the years recorded.").format(years=recorded, missing=absent, period=period.label)]
    return [translate("PortfolioReport", "Data are recorded for {years} only, not for {missing}; the averages of {period} "
                      "still divide by {count} years.").format(
        years=recorded, missing=absent, period=period.label, count=period.count)]


def year_list(years: Sequence[int]) -> str:
    """Years as a reader writes them: runs of consecutive years as 2000-2002, the rest with commas."""
    runs: list[list[int]] = []
    for y in years:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(str(r[0]) if len(r) == 1 else period_label(r[0], r[-1]) for r in runs)


def _two_periods(sheet: Sheet, corner: str, rows: Sequence[tuple[str, int, int]], first: Period, second: Period,
                 first_recorded: bool = True) -> int:
    share = translate("Report", "% share")
    header = sheet.header([corner, translate("Report", "Total {period}").format(period=first.label),
                           translate("Report", "Average {period}").format(period=first.label), share,
                           translate("Report", "Total {period}").format(period=second.label),
                           translate("Report", "Average {period}").format(period=second.label), share,
                           translate("Report", "% change")])
    start, total_row = header + 1, header + 1 + len(rows)
    fmts = [None, AMOUNT_K, AMOUNT_K, PERCENT, AMOUNT_K, AMOUNT_K, PERCENT, PERCENT]
    no_data = translate("PortfolioReport", "No data recorded")

    def earlier(r: int, total: Formula | Any, share_cell: Formula) -> list[Any]:
        if not first_recorded:
            return [no_data, None, None]
        return [total, Formula(f"=B{r}/{first.count}"), share_cell]

    for offset, (label, cents_1, cents_2) in enumerate(rows):
        r = start + offset
        sheet.write([label, *earlier(r, thousands(cents_1), ratio(f"C{r}", f"C${total_row}")),
                     thousands(cents_2), Formula(f"=E{r}/{second.count}"), ratio(f"F{r}", f"F${total_row}"),
                     _change(r) if first_recorded else None], fmts)
    end = total_row - 1
    sheet.write([translate("Report", "Total"), *earlier(total_row, total_of(2, start, end), total_of(4, start, end)),
                 total_of(5, start, end), Formula(f"=E{total_row}/{second.count}"), total_of(7, start, end),
                 _change(total_row) if first_recorded else None], fmts, style="total")
    return header


def _change(r: int) -> Formula:
    return Formula(f'=IF(C{r}=0,"",(F{r}-C{r})/C{r})')


def write_annex_2(book: Book, period: Period) -> None:
    partners: dict[int, dict[str, Any]] = {}
    for item in q.approvals_by_partner_year(period.first, period.last):
        entry = partners.setdefault(item.partner_id, {"name": item.name, "category": item.category, "years": defaultdict(int)})
        entry["years"][item.year] += item.cents
    groups = []
    for category, text in ANNEX_2_GROUPS:
        members = [p for p in partners.values() if p["category"] == category.value]
        members.sort(key=lambda p: (-sum(p["years"].values()), p["name"]))  # descending total within a group
        if members:
            groups.append((layout_label(text), members))

    years, n = period.years, period.count
    total_col, share_col = n + 2, n + 4  # Average is column n + 3
    sheet = book.sheet(translate("PortfolioReport", "Annex 2 Approvals by partner"), [44, *[10] * n, 14, 11, 9], freeze="B5")
    sheet.heading(translate("PortfolioReport", "Annex 2. Approvals by donor category (US$'000), {period}").format(period=period.label),
                  translate("PortfolioReport", "Extra-budgetary approvals by year of approval; US$'000; within a category, "
                            "partners by descending total"))
    header = sheet.header([translate("PortfolioReport", "Partner"), *[str(y) for y in years],
                           translate("Report", "Total {period}").format(period=period.label), translate("Report", "Average"),
                           translate("Report", "% share")])
    sheet.print_titles(header)

    # Rows are laid out first: every share refers to the grand total row, written last.
    r, layout = header + 1, []
    for label, members in groups:
        layout.append((label, members, r, r + 1, r + len(members)))
        r += len(members) + 2
    grand = r
    fmts = [None, *[AMOUNT_K] * (n + 2), PERCENT]

    def tail(row: int, total: Formula) -> list[Any]:
        return [total, Formula(f"={ref(total_col, row)}/{n}"), ratio(ref(total_col, row), ref(total_col, grand, True))]

    subtotal_rows = []
    for name, members, heading_row, first, last in layout:
        sheet.write([name], style="group")
        for offset, p in enumerate(members):
            row = first + offset
            sheet.write([p["name"], *[thousands(p["years"].get(y, 0)) for y in years],
                         *tail(row, Formula(f"=SUM(B{row}:{col(n + 1)}{row})"))], fmts, wrap=True)
        sub = last + 1
        sheet.write([translate("PortfolioReport", "Subtotal {group}").format(group=name),
                     *[total_of(c, first, last) for c in range(2, n + 2)],
                     *tail(sub, total_of(total_col, first, last))], fmts, style="subtotal")
        subtotal_rows.append((name, sub))
    def across(c: int) -> Formula | int:  # the grand total adds up the subtotals
        return Formula("=" + "+".join(ref(c, s) for _, s in subtotal_rows)) if subtotal_rows else 0

    sheet.write([translate("Report", "Total"), *[across(c) for c in range(2, n + 3)], Formula(f"={ref(total_col, grand)}/{n}"), across(share_col)],
                fmts, style="total")
    sheet.blank()
    sheet.note(translate("PortfolioReport", "Average = total / {count} year(s); % share = the partner's total / the total "
                         "of all partners. Blank year cells and dashes mean no approval that year.", "", n).format(count=n))
    if subtotal_rows and n > 1:
        _approvals_chart(sheet, subtotal_rows, header, n)


def _approvals_chart(sheet: Sheet, subtotals: list[tuple[str, int]], header: int, n: int) -> None:
    chart = BarChart()
    chart.type, chart.grouping, chart.overlap = "col", "stacked", 100
    chart.title = translate("PortfolioReport", "Approvals per year by partner category (US$'000)")
    chart.y_axis.numFmt = "#,##0"
    chart.x_axis.delete = chart.y_axis.delete = False
    for name, row in subtotals:
        values = Reference(sheet.ws, min_col=2, max_col=n + 1, min_row=row, max_row=row)
        chart.series.append(Series(values, title=name))
    chart.set_categories(Reference(sheet.ws, min_col=2, max_col=n + 1, min_row=header, max_row=header))
    chart.legend.position = "b"
    chart.width, chart.height = 24, 11
    place_chart(sheet, chart)


def write_annex_1(book: Book, period: Period) -> None:
    # The share of locally mobilized resources divides by the approvals of the years in which
    # local mobilization is recorded at all: over 2000-2004 with flags recorded from 2002 only, the
    # five years' approvals would understate it (11.1 % where 2002-2004 gives 17.8 %).
    flagged = pq.local_resource_years(period.first, period.last)
    covered = Period(flagged[0], flagged[-1]) if flagged else period
    sheet = book.sheet(translate("PortfolioReport", "Annex 1 Local resources"), [42, 14, 9, 16, 9, 18], freeze="B5")
    sheet.heading(translate("PortfolioReport", "Annex 1. Local resource mobilization compared with total approvals, "
                            "{period}").format(period=covered.label),
                  translate("PortfolioReport", "US$ million; locally mobilized = approvals flagged as negotiated locally by "
                            "field offices"))
    by_partner = q.approvals_by_partner_year(covered.first, covered.last)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in by_partner:
        totals[item.category][0] += item.cents
        totals[item.category][1] += item.local_cents
    rows = [(layout_label(text), *totals[c.value]) for c, text in ANNEX_2_GROUPS if c.value in totals]
    header = _local_table(sheet, translate("PortfolioReport", "A. By donor category"), rows)
    sheet.print_titles(header)
    sheet.blank()
    by_outcome = q.approvals_by_outcome(covered.first, covered.last)
    labels = dict(OBJECTIVES)
    rows = [(layout_label(labels[StrategicObjective(k)]) if k else translate("PortfolioReport", "No project or objective recorded"), *v)
            for k, v in sorted(by_outcome.items(), key=lambda kv: _objective_order(kv[0]))]
    _local_table(sheet, translate("PortfolioReport", "B. By strategic objective"), rows)
    sheet.blank()
    for text in _coverage(period, covered, bool(flagged)):
        sheet.note(text)
    sheet.note(translate("PortfolioReport", "Locally mobilized / total XB-TC = locally mobilized approvals / all "
                         "extra-budgetary approvals of the same years ({period}).").format(period=covered.label))
    sheet.note(translate("PortfolioReport", "In the ILO's 2006 report, Annex 1A's row 'Other intergovernmental "
                         "organizations' is the European Union's figure; this report shows the European Union and other "
                         "intergovernmental organizations separately."))
    if shows_historical_demo(book.demo, period):
        sheet.note(annex_1b_note())


def _coverage(period: Period, covered: Period, flagged: bool) -> list[str]:
    if not flagged:
        return [translate("PortfolioReport", "No approval of {period} is recorded as locally mobilized.").format(
            period=period.label)]
    if covered == period:
        return []
    return [translate("PortfolioReport", "Locally mobilized approvals are recorded from {first} on: this annex covers "
                      "{covered}, not the whole of {period}, so that the share of locally mobilized resources is not "
                      "understated. Annex 2 gives the approvals of every year of {period}.").format(
        first=covered.first, covered=covered.label, period=period.label)]


def _objective_order(code: str | None) -> int:
    keys = [k.value if k else None for k, _ in OBJECTIVES]
    return keys.index(code) if code in keys else len(keys)


def _local_table(sheet: Sheet, corner: str, rows: Sequence[tuple[str, int, int]]) -> int:
    share = translate("Report", "% share")
    header = sheet.header([corner, translate("PortfolioReport", "Total XB-TC"), share,
                           translate("PortfolioReport", "Locally mobilized"), share,
                           translate("PortfolioReport", "Locally mobilized / total XB-TC")], height=45)
    start, total_row = header + 1, header + 1 + len(rows)
    fmts = [None, AMOUNT_M, PERCENT, AMOUNT_M, PERCENT, PERCENT]
    for offset, (label, total, local) in enumerate(rows):
        r = start + offset
        sheet.write([label, millions(total), ratio(f"B{r}", f"B${total_row}"), millions(local),
                     ratio(f"D{r}", f"D${total_row}"), ratio(f"D{r}", f"B{r}")], fmts)
    end = total_row - 1
    sheet.write([translate("Report", "Total"), total_of(2, start, end), total_of(3, start, end), total_of(4, start, end),
                 total_of(5, start, end), ratio(f"D{total_row}", f"B{total_row}")], fmts, style="total")
    return header
