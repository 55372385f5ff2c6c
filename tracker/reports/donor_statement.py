"""The donor report's financial statements: per project the partner funds, budget against
expenditure by budget line in the agreement currency and in US$, the variance and its
explanation, the totals, the agreement's reference and the rates used, and a certification
block: the layout of the EU's financial report annex and of most bilateral agreements.

US$ figures are at the rates recorded with each amount, so they never move when the rate table
changes. Where a donor asks for it, the totals are also valued at the period-end rate, and the
difference is shown as the exchange gain or loss, with the formula worked out in the notes."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from openpyxl.styles import Alignment
from openpyxl.worksheet.pagebreak import Break

from tracker.domain.classifications import ExpenditureType
from tracker.domain.i18n import translate
from tracker.domain.money import USD, Money
from tracker.domain.rates import UN_OPERATIONAL_RATES, RateTable, missing_rate
from tracker.reports.base import long_date, number_text
from tracker.reports.checks import Check
from tracker.reports.donor_money import (
    SIGNIFICANT_VARIANCE,
    Agreement,
    agreement_of,
    at_rate,
    cents,
    full_rate_text,
    rate_literal,
    rate_text,
    to_agreement,
)
from tracker.reports.layouts import expenditure_types
from tracker.reports.xlsx import PERCENT, Book, Formula, Sheet, ratio, wrapped_height
from tracker.store import donor_queries as q

AMOUNT = "#,##0.00"
_EXPLANATION = Alignment(horizontal="left", wrap_text=True, vertical="top", indent=1)
MAX_PAGE_BREAKS = 60  # beyond this many statements they follow one another without a page each
_HEADINGS = [t for t in ExpenditureType]


@dataclass
class Line:
    heading: str  # ExpenditureType value
    output: str
    budget: Decimal | None  # agreement currency; None where the project has no budget lines
    budget_usd: Decimal | None
    spent: Decimal = Decimal(0)
    spent_usd: Decimal = Decimal(0)
    note: str = ""
    budgeted: bool = True


@dataclass
class Statement:
    project: q.DonorProject
    agreement: Agreement
    lines: list[Line] = field(default_factory=list)
    has_budget_lines: bool = False
    by_output: bool = False
    through_usd: bool = False  # some amount was converted through US$
    lines_total: Decimal | None = None  # the budget lines added up, project currency
    period_end: dt.date | None = None  # the end of the report's period
    exchange: bool = False  # the donor asks for the totals' value at the period-end rate

    @property
    def empty(self) -> bool:
        return not self.lines

    @property
    def budget_total(self) -> tuple[Decimal | None, Decimal | None]:
        """The budget in the agreement currency and in US$, as the Total row shows it."""
        if self.has_budget_lines:
            return (sum((line.budget or Decimal(0) for line in self.lines), Decimal(0)),
                    sum((line.budget_usd or Decimal(0) for line in self.lines), Decimal(0)))
        p, a = self.project, self.agreement
        total, total_usd = cents(p.budget_cents), cents(p.budget_usd_cents)
        if total is None or total_usd is None:
            return None, total_usd
        return to_agreement(total, p.currency, total_usd, a.currency, a.usd_rate), total_usd

    @property
    def spent_total(self) -> tuple[Decimal, Decimal]:
        return (sum((line.spent for line in self.lines), Decimal(0)), sum((line.spent_usd for line in self.lines), Decimal(0)))

    @property
    def valued_at_period_end(self) -> bool:
        """The exchange gain or loss is shown: asked for, in a currency other than US$, at a rate the table has."""
        return self.exchange and self.agreement.currency != USD and self.agreement.from_table


def build_statements(projects: Sequence[q.DonorProject], fundings: Sequence[q.FundingLine],
                     budget_lines: Sequence[q.BudgetLineRow], spending: Sequence[q.SpentRow],
                     partner_code: str, *, rates: RateTable | None = None, period_end: dt.date | None = None,
                     exchange: bool = False) -> list[Statement]:
    """One statement per project; agreement currencies converted at the rate `rates` have on
    `period_end` (else at the partner's funding's recorded rate); with `exchange`, the totals
    valued at that rate beside their recorded value."""
    funding_of: dict[int, list[q.FundingLine]] = defaultdict(list)
    for f in fundings:
        funding_of[f.project_id].append(f)
    lines_of: dict[int, list[q.BudgetLineRow]] = defaultdict(list)
    for b in budget_lines:
        lines_of[b.project_id].append(b)
    spent_of: dict[int, list[q.SpentRow]] = defaultdict(list)
    for s in spending:
        spent_of[s.project_id].append(s)
    return [_statement(p, agreement_of(funding_of[p.id], partner_code, rates, period_end), lines_of[p.id], spent_of[p.id],
                       period_end, exchange) for p in projects]


def missing_rate_checks(projects: Sequence[q.DonorProject], fundings: Sequence[q.FundingLine], partner_code: str,
                        rates: RateTable, period_end: dt.date) -> list[Check]:
    """For the officer, before sending: each project whose agreement currency has no rate in the
    table on the period's end, so its exchange gain or loss cannot be shown."""
    funding_of: dict[int, list[q.FundingLine]] = defaultdict(list)
    for f in fundings:
        funding_of[f.project_id].append(f)
    found = []
    for p in projects:
        agreement = agreement_of(funding_of[p.id], partner_code, rates, period_end)
        if agreement.currency != USD and not agreement.from_table:
            found.append(Check(p.code, translate("DonorStatement", "Period-end rate"), missing_rate(agreement.currency, period_end)))
    return found


def _statement(project: q.DonorProject, agreement: Agreement, budget_lines: list[q.BudgetLineRow],
               spending: list[q.SpentRow], period_end: dt.date | None, exchange: bool) -> Statement:
    statement = Statement(project, agreement, has_budget_lines=bool(budget_lines), period_end=period_end, exchange=exchange)
    rate = Decimal(project.usd_rate or 1)
    lines: dict[tuple[str, str], Line] = {}
    for b in budget_lines:
        amount = cents(b.amount_cents) or Decimal(0)
        usd = Money(amount, project.currency).in_usd(rate)  # a budget line at the project's rate
        statement.through_usd |= project.currency != agreement.currency and agreement.currency != USD
        lines[(b.heading, b.output.strip())] = Line(b.heading, b.output.strip(),
                                                     to_agreement(amount, project.currency, usd, agreement.currency, agreement.usd_rate),
                                                     usd, note=b.variance_note.strip())
    if budget_lines:
        statement.lines_total = sum((cents(b.amount_cents) or Decimal(0) for b in budget_lines), Decimal(0))
    for s in spending:
        key = (s.heading, s.output.strip())
        if key not in lines:
            lines[key] = Line(s.heading, s.output.strip(), Decimal(0) if budget_lines else None,
                              Decimal(0) if budget_lines else None, budgeted=not budget_lines)
        amount, usd = cents(s.amount_cents) or Decimal(0), cents(s.usd_cents) or Decimal(0)
        statement.through_usd |= s.currency != agreement.currency and agreement.currency != USD
        lines[key].spent += to_agreement(amount, s.currency, usd, agreement.currency, agreement.usd_rate)
        lines[key].spent_usd += usd
    outputs = list(dict.fromkeys([b.output.strip() for b in budget_lines] + [s.output.strip() for s in spending]))
    statement.by_output = any(outputs)
    order = {heading.value: index for index, heading in enumerate(_HEADINGS)}
    statement.lines = sorted(lines.values(), key=lambda line: (outputs.index(line.output), order.get(line.heading, 99)))
    return statement


def write_statements(book: Book, statements: list[Statement], *, partner: str, year_to: int,
                     prepared_by: str, approved_by: str) -> None:
    widths = [34, 15, 15, 15, 10, 15, 15, 15, 48]
    sheet = book.sheet(translate("DonorStatement", "Financial statements"), widths)
    end = long_date(_end_of(year_to))
    sheet.heading(translate("DonorStatement", "Financial statements by budget line"),
                  translate("DonorStatement", "Budget and expenditure from the start of each project to {date}, in the "
                            "agreement currency and in US$").format(date=end))
    shown = [s for s in statements if not s.empty]
    breaks = len(shown) <= MAX_PAGE_BREAKS
    gains: list[tuple[Statement, int]] = []
    for index, statement in enumerate(shown):
        gain = _block(sheet, statement, partner, end, prepared_by, approved_by)
        if gain is not None:
            gains.append((statement, gain))
        if breaks and index < len(shown) - 1:
            sheet.flush()
            sheet.ws.row_breaks.append(Break(id=sheet.row))
        elif index < len(shown) - 1:
            sheet.blank(2)
    empty = [s for s in statements if s.empty]
    if empty:
        sheet.blank()
        sheet.write([translate("DonorStatement", "Projects with no budget lines and no expenditure recorded to {date}").format(
            date=end)], style="label")
        sheet.header([translate("DonorStatement", "Project"), translate("DonorStatement", "Approved budget (US$)"), "", "", "", "",
                      "", "", translate("DonorStatement", "Title")], height=None)
        for s in empty:
            sheet.write([s.project.code, cents(s.project.budget_usd_cents), None, None, None, None, None, None, s.project.title],
                        [None, AMOUNT, *[None] * 7], wrap=True)
    if len(gains) > 1:
        if breaks:
            sheet.flush()
            sheet.ws.row_breaks.append(Break(id=sheet.row))
        else:
            sheet.blank(2)
        _all_gains(sheet, gains, [s for s in shown if s.exchange and s.agreement.currency != USD and not s.valued_at_period_end])
    if not statements:
        sheet.note(translate("DonorStatement", "No project funded by {partner} in this period.").format(partner=partner))


def _all_gains(sheet: Sheet, gains: list[tuple[Statement, int]], without_rate: list[Statement]) -> None:
    """The exchange gain or loss of every statement valued at the period-end rate, and their total
    in US$: each figure a reference to its statement's row, so the two always agree."""
    sheet.write([translate("DonorStatement", "Exchange gain (+) or loss (\u2013) at the period-end rate, all projects (US$)")],
                style="label")
    header = sheet.header([translate("DonorStatement", "Project"), translate("DonorStatement", "Agreement currency"),
                           translate("DonorStatement", "US$ for 1 unit at the period-end rate"),
                           translate("DonorStatement", "On the funding"), "", translate("DonorStatement", "On the budget"),
                           translate("DonorStatement", "On the expenditure"), translate("DonorStatement", "On the budget not yet spent"),
                           ""], height=None)
    fmts = [None, None, "#,##0.00########", AMOUNT, None, AMOUNT, AMOUNT, AMOUNT, None]
    for statement, row in gains:
        a = statement.agreement
        assert a.period_end_rate is not None
        funding_gain = at_rate(a.amount, a.period_end_rate.usd_per_unit) - a.usd
        value = valuation(statement)
        has_budget = value is not None and value.budget_at_end is not None
        sheet.write([statement.project.code, a.currency, a.period_end_rate.usd_per_unit, funding_gain, None,
                     Formula(f"=F{row}") if has_budget else None, Formula(f"=G{row}"), Formula(f"=H{row}") if has_budget else None,
                     None], fmts)
    first, last = header + 1, sheet.row
    sheet.write([translate("DonorStatement", "Total"), None, None, Formula(f"=SUM(D{first}:D{last})"), None,
                 *[Formula(f"=SUM({c}{first}:{c}{last})") for c in "FGH"], None], fmts, style="total")
    if without_rate:
        sheet.note(translate("DonorStatement", "Not included, for want of a period-end rate: {projects}.").format(
            projects=", ".join(s.project.code for s in without_rate)))


def _end_of(year: int):  # noqa: ANN202 - a date
        return dt.date(year, 12, 31)


def _block(sheet: Sheet, s: Statement, partner: str, end: str, prepared_by: str, approved_by: str) -> int | None:
    """One project's statement; the row of its exchange gain or loss, when it has one."""
    p, a = s.project, s.agreement
    cur = a.currency
    sheet.write([f"{p.code} \u2013 {p.title}"], style="label")
    facts = [
        (translate("DonorStatement", "Funding agreement"),
         ", ".join(a.references) or translate("DonorStatement", "no reference number recorded")),
        (translate("DonorStatement", "Agreement currency"), _currency_text(s, partner)),
        (translate("DonorStatement", "Period"),
         translate("DonorStatement", "Expenditure from the start of the project to {date}").format(date=end)),
        (translate("DonorStatement", "Exchange rates"), _rates_text(s)),
        *_period_end_fact(s),
        (translate("DonorStatement", "Funding from {partner}").format(partner=partner), _funding_text(s)),
    ]
    for label, value in facts:
        sheet.append_cells([sheet.cell(label, style="label"), sheet.cell(value)])
    usd_too = cur != USD
    header = [translate("DonorStatement", "Budget line"), translate("DonorStatement", "Budget ({currency})").format(currency=cur),
              translate("DonorStatement", "Expenditure to {date} ({currency})").format(date=end, currency=cur),
              translate("DonorStatement", "Variance ({currency})").format(currency=cur), translate("DonorStatement", "Variance %")]
    header += [translate("DonorStatement", "Budget (US$)"), translate("DonorStatement", "Expenditure (US$)"),
               translate("DonorStatement", "Variance (US$)")] if usd_too else ["", "", ""]
    header.append(translate("DonorStatement", "Explanation of significant variances"))
    header_row = sheet.header(header)
    first = header_row + 1
    labels = dict(expenditure_types())
    current_output: str | None = None
    group_first = first
    subtotals: list[int] = []
    for line in s.lines:
        if s.by_output and line.output != current_output:
            if current_output is not None:
                subtotals.append(_subtotal(sheet, group_first, sheet.row, usd_too, translate("DonorStatement", "Subtotal {output}").format(
                    output=current_output or translate("DonorStatement", "no output"))))
            current_output = line.output
            sheet.write([translate("DonorStatement", "Output: {output}").format(
                output=line.output or translate("DonorStatement", "not assigned to an output"))], style="group")
            group_first = sheet.row + 1
        _line(sheet, line, labels.get(ExpenditureType(line.heading), line.heading), usd_too)
    if s.by_output and current_output is not None:
        subtotals.append(_subtotal(sheet, group_first, sheet.row, usd_too, translate("DonorStatement", "Subtotal {output}").format(
            output=current_output or translate("DonorStatement", "no output"))))
    last = sheet.row
    r = last + 1

    def added(column: str) -> Formula:  # the outputs' subtotals, or the lines
        if subtotals:
            return Formula("=" + "+".join(f"{column}{row}" for row in subtotals))
        return Formula(f"=SUM({column}{first}:{column}{last})")

    budget: Formula | Decimal | None
    budget_usd: Formula | Decimal | None
    if s.has_budget_lines:
        budget, budget_usd = added("B"), added("F")
    else:  # the approved budget as a whole: no budget lines to add up
        budget, budget_usd = s.budget_total
    values = [translate("DonorStatement", "Total"), budget, added("C"), Formula(f"=B{r}-C{r}"), ratio(f"D{r}", f"B{r}")]
    values += [budget_usd, added("G"), Formula(f"=F{r}-G{r}")] if usd_too else [None, None, None]
    values.append(None)
    sheet.write(values, [None, AMOUNT, AMOUNT, AMOUNT, PERCENT, AMOUNT, AMOUNT, AMOUNT, None], style="total")
    gain = _exchange_rows(sheet, s, r) if s.valued_at_period_end else None
    for text in _notes(s):
        sheet.note(text)
    _certification(sheet, prepared_by, approved_by)
    return gain


@dataclass(frozen=True)
class Valuation:
    """The statement's totals in US$ at the recorded rates and at the period-end rate, as the
    exchange rows' formulas compute them (ROUND(amount*rate, 2), then differences)."""

    budget: Decimal | None  # US$ at the recorded rates
    spent: Decimal
    budget_at_end: Decimal | None  # US$ at the period-end rate
    spent_at_end: Decimal

    @property
    def unspent(self) -> Decimal | None:
        return None if self.budget is None else self.budget - self.spent

    @property
    def unspent_at_end(self) -> Decimal | None:
        return None if self.budget_at_end is None else self.budget_at_end - self.spent_at_end

    def gain(self, at_end: Decimal | None, recorded: Decimal | None) -> Decimal | None:
        return None if at_end is None or recorded is None else at_end - recorded


def valuation(s: Statement) -> Valuation | None:
    """The totals at both rates, or None when they are not valued at the period-end rate."""
    rate = s.agreement.period_end_rate
    if not s.valued_at_period_end or rate is None:
        return None
    (budget, budget_usd), (spent, spent_usd) = s.budget_total, s.spent_total
    return Valuation(budget_usd, spent_usd, None if budget is None or budget_usd is None else at_rate(budget, rate.usd_per_unit),
                     at_rate(spent, rate.usd_per_unit))


def gain_or_loss(amount: Decimal) -> str:
    """"an exchange gain of US$ 1,234.56", "an exchange loss of ...", "no exchange difference"."""
    if amount > 0:
        return translate("DonorStatement", "an exchange gain of US$ {amount}").format(amount=number_text(amount, 2))
    if amount < 0:
        return translate("DonorStatement", "an exchange loss of US$ {amount}").format(amount=number_text(-amount, 2))
    return translate("DonorStatement", "no exchange gain or loss")


def _exchange_rows(sheet: Sheet, s: Statement, total: int) -> int:
    """Below the Total row, in the US$ columns: the totals at the period-end rate, then the
    exchange gain or loss, each cell a formula on the cells above it. Returns the latter's row."""
    rate = s.agreement.period_end_rate
    value = valuation(s)
    assert rate is not None and value is not None
    literal = rate_literal(rate.usd_per_unit)
    has_budget = value.budget_at_end is not None
    at_end = sheet.row + 1
    _exchange_row(sheet, "subtotal", translate("DonorStatement", "US$ at the period-end rate"),
                  [Formula(f"=ROUND(B{total}*{literal},2)") if has_budget else None, Formula(f"=ROUND(C{total}*{literal},2)"),
                   Formula(f"=F{at_end}-G{at_end}") if has_budget else None],
                  translate("DonorStatement", "1 {currency} = {rate} US$ on {date}").format(
                      currency=s.agreement.currency, rate=full_rate_text(rate.usd_per_unit), date=long_date(_period_end(s))))
    unspent = value.gain(value.unspent_at_end, value.unspent)
    _exchange_row(sheet, "total", translate("DonorStatement", "Exchange gain (+) or loss (\u2013)"),
                  [Formula(f"=F{at_end}-F{total}") if has_budget else None, Formula(f"=G{at_end}-G{total}"),
                   Formula(f"=H{at_end}-H{total}") if has_budget else None],
                  "" if unspent is None else translate("DonorStatement", "On the budget not yet spent: {result}").format(
                      result=gain_or_loss(unspent)))
    return at_end + 1


def _exchange_row(sheet: Sheet, style: str, label: str, usd: list[Formula | None], explanation: str) -> None:
    """A row of US$ figures (columns F to H) under the statement's Total, its explanation in
    plain type beside them."""
    cells = [sheet.cell(label, style=style), *[sheet.cell(None, style=style) for _ in range(4)],
             *[sheet.cell(v, AMOUNT, style=style) for v in usd]]
    if explanation:
        note = sheet.cell(explanation, wrap=True)
        note.alignment = _EXPLANATION
        cells.append(note)
    sheet.append_cells(cells, wrapped_height([label, None, None, None, None, None, None, None, explanation], sheet.widths))


def _period_end(s: Statement) -> dt.date:
    assert s.period_end is not None
    return s.period_end


def _line(sheet: Sheet, line: Line, label: str, usd_too: bool) -> None:
    r = sheet.row + 1
    significant = _significant(line)
    explanation = line.note
    if not line.budgeted and line.budget is not None:
        explanation = translate("DonorStatement", "Not budgeted") + (f": {line.note}" if line.note else "")
    elif significant and not line.note:
        explanation = translate("DonorStatement", "Explanation not yet provided")
    values = [label, line.budget, line.spent, Formula(f"=B{r}-C{r}") if line.budget is not None else None,
              ratio(f"D{r}", f"B{r}") if line.budget is not None else None]
    values += [line.budget_usd, line.spent_usd, Formula(f"=F{r}-G{r}") if line.budget_usd is not None else None] if usd_too \
        else [None, None, None]
    values.append(explanation)
    fmts = [None, AMOUNT, AMOUNT, AMOUNT, PERCENT, AMOUNT, AMOUNT, AMOUNT, None]
    cells = [sheet.cell(v, f, wrap=True) if v is not None else None for v, f in zip(values, fmts)]
    if cells[-1] is not None:  # set off from the figure beside it, which is aligned right
        cells[-1].alignment = _EXPLANATION
    sheet.append_cells(cells, wrapped_height(values, sheet.widths))


def _significant(line: Line) -> bool:
    if line.budget is None:
        return False
    if not line.budget:
        return bool(line.spent)
    return abs(line.budget - line.spent) / line.budget > SIGNIFICANT_VARIANCE


def _subtotal(sheet: Sheet, first: int, last: int, usd_too: bool, label: str) -> int:
    r = sheet.row + 1
    values: list[Any] = [label, Formula(f"=SUM(B{first}:B{last})"), Formula(f"=SUM(C{first}:C{last})"), Formula(f"=B{r}-C{r}"),
              ratio(f"D{r}", f"B{r}")]
    values += [Formula(f"=SUM(F{first}:F{last})"), Formula(f"=SUM(G{first}:G{last})"), Formula(f"=F{r}-G{r}")] \
        if usd_too else [None, None, None]
    values.append(None)
    return sheet.write(values, [None, AMOUNT, AMOUNT, AMOUNT, PERCENT, AMOUNT, AMOUNT, AMOUNT, None], style="subtotal")


def _currency_text(s: Statement, partner: str) -> str:
    a = s.agreement
    text = translate("DonorStatement", "{currency}, the currency of the funding from {partner}").format(currency=a.currency,
                                                                                                       partner=partner)
    if a.other_currencies:
        text += "; " + translate("DonorStatement", "its funding in {currencies} is converted through US$").format(
            currencies=", ".join(a.other_currencies))
    return text


def _funding_text(s: Statement) -> str:
    a = s.agreement
    text = f"{a.currency} {number_text(a.amount, 2)}"
    if a.currency == USD:
        return text
    if not s.valued_at_period_end or a.period_end_rate is None:
        return text + f" (US$ {number_text(a.usd, 2)})"
    at_end = at_rate(a.amount, a.period_end_rate.usd_per_unit)
    return text + " (" + translate("DonorStatement", "US$ {recorded} at the recorded rates, US$ {at_end} at the period-end "
                                   "rate").format(recorded=number_text(a.usd, 2), at_end=number_text(at_end, 2)) + ")"


def source_text(source: str) -> str:
    """Where a rate comes from, in the report's language when it is the UN's list."""
    if source == UN_OPERATIONAL_RATES:
        return translate("DonorStatement", "UN operational rate of exchange")
    return source


def _rates_text(s: Statement) -> str:
    p, a = s.project, s.agreement
    parts = []
    rate = a.period_end_rate
    if rate is not None:
        parts.append(translate("DonorStatement", "1 {currency} = {rate} US$ ({units} {currency} per US$, the period-end "
                               "rate)").format(currency=a.currency, rate=full_rate_text(rate.usd_per_unit),
                                               units=rate_text(1 / rate.usd_per_unit)))
    elif a.currency != USD and s.period_end is not None:
        parts.append(translate("DonorStatement", "1 {currency} = {rate} US$ (rate of the funding agreement; no rate recorded "
                               "for {date})").format(currency=a.currency, rate=rate_text(a.usd_rate), date=long_date(s.period_end)))
    elif a.currency != USD:
        parts.append(translate("DonorStatement", "1 {currency} = {rate} US$ (rate of the funding agreement)").format(
            currency=a.currency, rate=rate_text(a.usd_rate)))
    if p.currency != USD and (p.currency != a.currency or Decimal(p.usd_rate) != a.usd_rate):
        parts.append(translate("DonorStatement", "budget: 1 {currency} = {rate} US$ (the project's rate)").format(
            currency=p.currency, rate=rate_text(Decimal(p.usd_rate))))
    parts.append(translate("DonorStatement", "expenditure: in US$ at the rate recorded on each line"))
    return "; ".join(parts)


def _period_end_fact(s: Statement) -> list[tuple[str, str]]:
    """Where the period-end rate comes from, when the table has it: its source and its dates."""
    rate = s.agreement.period_end_rate
    if rate is None:
        return []
    return [(translate("DonorStatement", "Period-end rate"),
             translate("DonorStatement", "{source} in force on {date}, from {start}").format(
                 source=source_text(rate.source), date=long_date(_period_end(s)), start=long_date(rate.valid_from)))]


def _notes(s: Statement) -> list[str]:
    p, a = s.project, s.agreement
    notes = []
    if not s.has_budget_lines:
        notes.append(translate("DonorStatement", "No budget by budget line is recorded for this project: the total shows its "
                               "approved budget as a whole, and expenditure is shown by type."))
    elif s.lines_total is not None and p.budget_cents is not None and s.lines_total != cents(p.budget_cents):
        notes.append(translate("DonorStatement", "The budget lines add up to {currency} {lines}; the project's approved budget "
                               "is {currency} {budget}.").format(currency=p.currency, lines=number_text(s.lines_total, 2),
                                                                  budget=number_text(cents(p.budget_cents) or 0, 2)))
    notes.append(translate("DonorStatement", "Variance = budget \u2013 expenditure; a variance of more than {percent} % of a "
                           "budget line, either way, is explained.").format(percent=number_text(SIGNIFICANT_VARIANCE * 100)))
    if s.through_usd and a.from_table:
        notes.append(translate("DonorStatement", "Amounts not recorded in {currency} are converted to US$ at the rate recorded "
                               "on each line, then to {currency} at the period-end rate.").format(currency=a.currency))
    elif s.through_usd:
        notes.append(translate("DonorStatement", "Amounts not recorded in {currency} are converted to US$ at the rate recorded "
                               "on each line, then to {currency} at the rate of the funding agreement.").format(currency=a.currency))
    if s.exchange:
        notes += _exchange_notes(s)
    return notes


def _exchange_notes(s: Statement) -> list[str]:
    """The formula of the exchange gain or loss in words, worked out on this statement's figures;
    or why it is not shown."""
    a = s.agreement
    if a.currency == USD:
        return [translate("DonorStatement", "The agreement is in US$: its figures have no exchange gain or loss.")]
    value = valuation(s)
    if value is None or a.period_end_rate is None:
        return [translate("DonorStatement", "The value at the period-end rate is not shown: no exchange rate for {currency} in "
                          "force on {date} is recorded.").format(currency=a.currency, date=long_date(_period_end(s)))]
    rate = full_rate_text(a.period_end_rate.usd_per_unit)
    notes = [translate("DonorStatement", "Exchange gain or loss = value in US$ at the period-end rate \u2013 value in US$ at the "
                       "recorded rates. The value at the period-end rate is the total in {currency} \u00d7 {rate} (the US$ "
                       "value of 1 {currency} on {date}), rounded to the cent; the recorded rates are those of the day each "
                       "amount was approved or spent. More US$ than recorded is an exchange gain, fewer an exchange loss.").format(
        currency=a.currency, rate=rate, date=long_date(_period_end(s)))]
    funding_at_end = at_rate(a.amount, a.period_end_rate.usd_per_unit)
    worked = translate("DonorStatement", "For the funding: {currency} {amount} \u00d7 {rate} = US$ {at_end}; less US$ {recorded} "
                       "at the recorded rates: {result}.").format(
        currency=a.currency, amount=number_text(a.amount, 2), rate=rate, at_end=number_text(funding_at_end, 2),
        recorded=number_text(a.usd, 2), result=gain_or_loss(funding_at_end - a.usd))
    spent = s.spent_total[0]
    worked += " " + translate("DonorStatement", "For the expenditure: {currency} {amount} \u00d7 {rate} = US$ {at_end}; less US$ "
                       "{recorded} at the recorded rates: {result}.").format(
        currency=a.currency, amount=number_text(spent, 2), rate=rate, at_end=number_text(value.spent_at_end, 2),
        recorded=number_text(value.spent, 2), result=gain_or_loss(value.spent_at_end - value.spent))
    if value.unspent is not None and value.unspent_at_end is not None:
        worked += " " + translate("DonorStatement", "For the budget not yet spent: US$ {budget} \u2013 US$ {spent} = US$ {at_end} at "
                                  "the period-end rate, against US$ {recorded} at the recorded rates: {result}.").format(
            budget=number_text(value.budget_at_end or 0, 2), spent=number_text(value.spent_at_end, 2),
            at_end=number_text(value.unspent_at_end, 2), recorded=number_text(value.unspent, 2),
            result=gain_or_loss(value.unspent_at_end - value.unspent))
    # A sentence ending on an abbreviation ("14,78 $É.-U.") takes no second full stop.
    notes.append(re.sub(r"\.\.(?=\s|$)", ".", worked))
    return notes


def _certification(sheet: Sheet, prepared_by: str, approved_by: str) -> None:
    blank = "_" * 24
    sheet.blank()
    sheet.write([translate("DonorStatement", "Certification")], style="label")
    sheet.note(translate("DonorStatement", "We certify that the expenditure shown above was incurred for the purposes of the "
                         "project and is recorded in the ILO's accounts."))
    signature, date = translate("DonorStatement", "Signature"), translate("DonorStatement", "Date")
    for label, name in ((translate("DonorStatement", "Prepared by"), prepared_by),
                        (translate("DonorStatement", "Approved by"), approved_by)):
        sheet.blank()  # room to sign
        name = name.strip() or blank
        # A name as long as a job title wraps within the two columns it has, clear of "Signature".
        row = sheet.append_cells([sheet.cell(label, style="label"), sheet.cell(name, style="label", wrap=True), None,
                                  sheet.cell(signature, style="label"), sheet.cell(blank, style="label"), None,
                                  sheet.cell(date, style="label"), sheet.cell(blank[:16], style="label")],
                                 wrapped_height([name], [sum(sheet.widths[1:3])]))
        sheet.ws.merged_cells.add(f"B{row}:C{row}")
