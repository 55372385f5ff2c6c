"""Statistical tables in the shape of the annexes of
the ILO's report "The role of the ILO in technical cooperation" (2006): labelled rows, one column per year (or
per category), a live SUM total row and column, the period average and the % share.

Values are written as exact numbers; every total, average and share is an Excel formula over
them, so the workbook recalculates to the figures tracker computed."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList

from tracker.domain.i18n import translate
from tracker.reports.xlsx import (
    PERCENT,
    Formula,
    Sheet,
    col,
    ratio,
    ref,
    thousands,
    total_of,
)

# Zero shows as an en dash, as that report's annex tables print an empty cell.
AMOUNT_K = '#,##0;-#,##0;"\u2013"'
AMOUNT_M = '#,##0.0;-#,##0.0;"\u2013"'


@dataclass(frozen=True)
class Table:
    header_row: int
    first_row: int  # first data row
    last_row: int  # last data row
    total_row: int
    value_cols: tuple[int, ...]  # the columns holding values (years or categories)
    total_col: int


def grid_table(
    sheet: Sheet,
    corner: str,
    columns: Sequence[str],
    rows: Sequence[tuple[str, Sequence[int]]],
    *,
    convert: Callable[[int], Decimal] = thousands,
    fmt: str = AMOUNT_K,
    total_header: str | None = None,
    average_over: int | None = None,
    share: bool = True,
    total_label: str | None = None,
) -> Table:
    """`rows` are (label, cents per column). Writes a header, the rows, a total row; adds a row
    Total column, an Average column (Total / `average_over`) when asked and a % share column
    (row total / grand total)."""
    n = len(columns)
    total_col = n + 2
    average_col = total_col + 1 if average_over else None
    share_col = (average_col or total_col) + 1 if share else None
    headers = [corner, *columns, total_header or translate("Report", "Total")]
    if average_col:
        headers.append(translate("Report", "Average"))
    if share_col:
        headers.append(translate("Report", "% share"))
    header_row = sheet.header(headers)
    first = header_row + 1
    total_row = first + len(rows)
    fmts: list[str | None] = [None, *[fmt] * (n + 1)]
    if average_col:
        fmts.append(fmt)
    if share_col:
        fmts.append(PERCENT)
    for offset, (label, cents) in enumerate(rows):
        r = first + offset
        values: list[Any] = [label, *[convert(c) for c in cents], Formula(f"=SUM(B{r}:{col(n + 1)}{r})")]
        if average_col:
            values.append(Formula(f"={ref(total_col, r)}/{average_over}"))
        if share_col:
            values.append(ratio(ref(total_col, r), ref(total_col, total_row, absolute_row=True)))
        sheet.write(values, fmts, wrap=True)  # a long label (French, Spanish) wraps rather than being cut
    last = total_row - 1
    totals: list[Any] = [total_label or translate("Report", "Total")]
    for c in range(2, total_col + 1):
        totals.append(total_of(c, first, last) if rows else 0)
    if average_col:
        totals.append(Formula(f"={ref(total_col, total_row)}/{average_over}"))
    if share_col:
        totals.append(total_of(share_col, first, last) if rows else None)
    sheet.write(totals, fmts, style="total")
    return Table(header_row, first, last, total_row, tuple(range(2, n + 2)), total_col)


def share_block(sheet: Sheet, table: Table, labels: Sequence[str], columns: Sequence[str], heading: str) -> int:
    """Below `table`: each value as a % of its column total, and the row total as a % of the
    grand total (a period share is a share of the period total, weighted by amount: domain 4.1).
    Returns the header row of the block."""
    header_row = sheet.header([heading, *columns, translate("Report", "Period")])
    first = header_row + 1
    cols = [*table.value_cols, table.total_col]
    for offset, label in enumerate(labels):
        source = table.first_row + offset
        sheet.write([label, *[ratio(ref(c, source), ref(c, table.total_row, absolute_row=True)) for c in cols]],
                    [None, *[PERCENT] * len(cols)], wrap=True)
    last = first + len(labels) - 1
    sheet.write([translate("Report", "Total"), *[total_of(c, first, last) for c in range(2, len(cols) + 2)]], [None, *[PERCENT] * len(cols)],
                style="total")
    return header_row


def place_chart(sheet: Sheet, chart: Any) -> None:
    """Anchor `chart` under its table, one blank row between. It prints with the table: when the
    sheet is saved, a page break is put where needed so that the chart is not cut in two and
    takes the table's last rows with it (page_layout)."""
    sheet.add_chart(chart, sheet.row + 2)


def bar_chart(sheet: Sheet, table: Table, title: str, y_title: str, *, stacked: bool = True,
              by_rows: bool = True, width: float = 24, height: float = 10) -> None:
    """A column chart of `table`'s values: one series per row (by_rows) over the value columns."""
    chart = BarChart()
    chart.type = "col"
    chart.title = title
    chart.y_axis.title = y_title
    chart.y_axis.numFmt = "#,##0"
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    if stacked:
        chart.grouping = "stacked"
        chart.overlap = 100
    first_col, last_col = table.value_cols[0], table.value_cols[-1]
    if by_rows:
        data = Reference(sheet.ws, min_col=1, max_col=last_col, min_row=table.first_row, max_row=table.last_row)
        chart.add_data(data, from_rows=True, titles_from_data=True)
        cats = Reference(sheet.ws, min_col=first_col, max_col=last_col, min_row=table.header_row, max_row=table.header_row)
    else:
        data = Reference(sheet.ws, min_col=first_col, max_col=last_col, min_row=table.header_row, max_row=table.last_row)
        chart.add_data(data, titles_from_data=True)
        cats = Reference(sheet.ws, min_col=1, min_row=table.first_row, max_row=table.last_row)
    chart.set_categories(cats)
    chart.legend.position = "b"
    chart.width, chart.height = width, height
    place_chart(sheet, chart)


def pie_chart(sheet: Sheet, table: Table, title: str) -> None:
    """The share of each row in the period total (Figure V.5's pies)."""
    chart = PieChart()
    chart.title = title
    data = Reference(sheet.ws, min_col=table.total_col, min_row=table.header_row, max_row=table.last_row)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=1, min_row=table.first_row, max_row=table.last_row))
    # Percentages only: LibreOffice shows every label part that is not switched off explicitly.
    chart.dataLabels = DataLabelList(showPercent=True, showVal=False, showCatName=False, showSerName=False,
                                     showLegendKey=False)
    chart.legend.position = "r"
    chart.width, chart.height = 18, 10
    place_chart(sheet, chart)


def cents_by_year(values: Mapping[tuple[Any, int], int], key: Any, years: Sequence[int]) -> list[int]:
    return [values.get((key, year), 0) for year in years]
