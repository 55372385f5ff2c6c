"""Donor report: one funding partner over a period of years, laid out after the ILO's donor
profile "Luxembourg ILO cooperation" (2023) and the financial report annexes of funding
agreements: who the partner is, its contributions by modality and year, the projects it funds
with their delivery, a financial statement by budget line for each in the agreement currency and
in US$, the narrative progress of the period, results against targets, evaluations with their
findings and ratings, the co-financing of the same projects, and a certification block.

Money is reported up to the end of the period; stage and evaluations on one reference date, the
end of the period (or the day asked for, when that is earlier), stated on the cover."""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

from tracker.domain import project as d
from tracker.domain.classifications import NonStateKind, PartnerCategory
from tracker.domain.codelists import country_name
from tracker.domain.i18n import current_language, translate, using_language
from tracker.domain.money import USD
from tracker.reports.base import (
    CancelCheck,
    Period,
    Progress,
    Steps,
    atomic_output,
    check_target,
    check_years,
    long_date,
    now,
    report_language,
)
from tracker.reports.checks import Check, project_checks
from tracker.reports.cover import Cover, demo_warning, rule_set_text, write_cover
from tracker.reports.donor_documents import write_documents
from tracker.reports.donor_sections import (
    write_cofinancing,
    write_evaluations,
    write_findings,
    write_progress,
    write_results,
)
from tracker.reports.donor_statement import build_statements, missing_rate_checks, write_statements
from tracker.reports.layouts import (
    CATEGORY_LABELS,
    MODALITIES,
    evaluation_label,
    labelled,
    objective_label,
    region_label,
    stage_label,
)
from tracker.reports.layouts import label as layout_label
from tracker.reports.tables import bar_chart, grid_table
from tracker.reports.xlsx import (
    PERCENT,
    Book,
    Col,
    Formula,
    col,
    date_format,
    day,
    dollars,
    ratio,
    sheet_name,
    sheet_ref,
)
from tracker.reports.xlsx import (
    USD as USD_FORMAT,
)
from tracker.store import donor_queries as q
from tracker.store.partners import find_partner
from tracker.store.plan_reasons import ReportReasons, wanted
from tracker.store.rates import rate_table
from tracker.store.report_queries import rule_sets_in_use

FIRST_ROW = 5  # lists: title, subtitle, demo line, header on row 4, data from row 5


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
    """Write the donor report of `partner` (code or name) for `year_from`-`year_to` to `path`,
    in `language` ("en", "fr", "es"; default: the partner's reporting language), its financial
    statements certified by `prepared_by` and `approved_by` (blank lines to sign when not given).
    The agreement currencies are converted at the rate table's rate in force on the period's end
    (the rate the partner's funding was recorded at when the table has none); with
    `period_end_rate`, the statements' totals are also valued in US$ at that rate, and the
    difference from their recorded value shown as the exchange gain or loss.

    Stage and evaluations are taken on the reference date: the end of the period, or `as_of`
    (default today) when that is earlier. A period with nothing for the partner gives a nil
    report. Raises NotFound for an unknown partner, ReportError for a bad period or an unwritable
    path, ReportCancelled when `cancelled()` says so; no file is left behind in any of these
    cases. Errors and progress speak the user's language; the workbook its reader's."""
    check_years(year_from, year_to)
    period = Period(year_from, year_to)
    who = find_partner(partner)
    language = report_language(language, getattr(who, "reporting_language", None) or "en")
    target = check_target(path)
    on = min(as_of or dt.date.today(), dt.date(year_to, 12, 31))
    steps = Steps(total=11, progress=progress, cancelled=cancelled)
    steps.step(lambda: translate("ReportProgress", "Reading the partner's figures"))
    pid = int(who.id)  # type: ignore[arg-type]
    contributions = q.partner_contributions(pid, year_from, year_to)
    projects = q.partner_projects(pid, year_from, year_to, on)
    nil = not contributions and not projects
    fundings = q.project_fundings(pid, year_from, year_to)
    statements = build_statements(projects, fundings, q.project_budget_lines(pid, year_from, year_to),
                                  q.project_expenditure(pid, year_from, year_to), who.code, rates=rate_table(),
                                  period_end=dt.date(year_to, 12, 31), exchange=period_end_rate)
    narrative = q.project_progress(pid, year_from, year_to)
    indicators = q.partner_indicators(pid, year_from, year_to)
    # With their projects' planning fields when the reasons are to be worked out in the report's language.
    evaluations = q.partner_evaluations(pid, year_from, year_to, planning=wanted(language))
    rule_sets = rule_sets_in_use()
    steps.advance()

    demo_projects = sum(p.is_demo for p in projects)
    partner_is_demo = bool(_partner_demo(pid))
    with using_language(language):
        name = partner_label(who)
        demo = demo_warning(demo_projects + partner_is_demo, len(projects) + 1)
        book = Book(title=translate("DonorReport", "{partner} ILO cooperation, {period}").format(partner=who.name, period=period.label),
                    subject=translate("DonorReport", "Donor report: {partner}").format(partner=who.name),
                    description=translate("DonorReport", "Contributions, projects, results and evaluations of {partner}, "
                                          "{period}.").format(partner=name, period=period.label),
                    keywords=translate("DonorReport", "donor report; {code}").format(code=who.code), demo=demo)
        cover = _cover(who, period, on, rule_sets, nil)
    sections = [
        (lambda: translate("ReportProgress", "Projects"), lambda: _projects(book, who, period, projects, on)),
        (lambda: translate("ReportProgress", "Financial statements"),
         lambda: write_statements(book, statements, partner=who.name, year_to=year_to, prepared_by=prepared_by,
                                  approved_by=approved_by)),
        (lambda: translate("ReportProgress", "Progress"), lambda: write_progress(book, projects, narrative, period.label)),
        (lambda: translate("ReportProgress", "Results"), lambda: write_results(book, indicators, year_to)),
        (lambda: translate("ReportProgress", "Evaluations"), lambda: write_evaluations(book, evaluations, ReportReasons(), on)),
        (lambda: translate("ReportProgress", "Findings"), lambda: write_findings(book, evaluations)),
        (lambda: translate("ReportProgress", "Co-financing"), lambda: write_cofinancing(book, projects, fundings, who.code)),
        (lambda: translate("ReportProgress", "Documents"), lambda: write_documents(book, projects, dt.date(year_to, 12, 31))),
    ]
    with atomic_output(target) as partial, book:
        with using_language(language):
            write_cover(book, cover, now())
        steps.step(lambda: translate("ReportProgress", "Summary"))
        with using_language(language):
            _summary(book, who, period, contributions, len(projects), nil)
        steps.advance()
        for text, write in ([] if nil else sections):
            steps.step(text)
            with using_language(language):
                write()
            steps.advance()
        steps.step(lambda: translate("ReportProgress", "Saving"))
        book.save(partial)
        steps.finish(lambda: translate("ReportProgress", "Written {name}").format(name=target.name))
    return target


def partner_label(who: d.Partner) -> str:
    """The partner's name with its code where the name does not already say it: "European Union
    (EU)", "Luxembourg (LUX)", but "UNAIDS" and "UNDCP (United Nations ...)" as they are."""
    name, code = who.name.strip(), who.code.strip()
    words = {w.strip("()[],.;:").casefold() for w in name.split()}
    return name if not code or code.casefold() in words or code.casefold() == name.casefold() else f"{name} ({code})"


def donor_checks(partner: str, year_from: int, year_to: int, *, as_of: dt.date | None = None,
                 period_end_rate: bool = False) -> list[Check]:
    """The inconsistencies of the projects a donor report of `partner` covers (funding above the
    budget, budget lines off the budget, ...), judged on the report's reference date, in the
    user's language: what to look at before the report is sent; with `period_end_rate`, also the
    agreement currencies the rate table has no period-end rate for. They are never printed in the
    report itself, which goes to the partner."""
    check_years(year_from, year_to)
    who = find_partner(partner)
    on = min(as_of or dt.date.today(), dt.date(year_to, 12, 31))
    pid = int(who.id)  # type: ignore[arg-type]
    projects = q.partner_projects(pid, year_from, year_to, on)
    found = project_checks([p.id for p in projects], on) if projects else []
    if period_end_rate and projects:
        found += missing_rate_checks(projects, q.project_fundings(pid, year_from, year_to), who.code, rate_table(),
                                     dt.date(year_to, 12, 31))
    return found

def _cover(who: d.Partner, period: Period, on: dt.date, rule_sets: list[str], nil: bool) -> Cover:
    end = long_date(dt.date(period.last, 12, 31))
    contents = [
        (sheet_name(translate("DonorReport", "Summary")),
         translate("DonorReport", "The partner, its contributions per year by modality in US$ and in the currencies it gives in, "
                   "and the key figures of the projects it funds")),
    ]
    if not nil:
        contents += [
            (sheet_name(translate("DonorReport", "Projects")),
             translate("DonorReport", "The projects it funds: countries, region, objective, stage, dates, budget, "
                       "expenditure, delivery rate, its funding, next evaluation")),
            (sheet_name(translate("DonorStatement", "Financial statements")),
             translate("DonorReport", "Per project: budget and expenditure by budget line in the agreement currency and in US$, "
                       "variances and their explanation, rates used, agreement reference, certification")),
            (sheet_name(translate("DonorReport", "Progress")),
             translate("DonorReport", "Per project: summary of progress, challenges and risks, lessons learned, next steps")),
            (sheet_name(translate("DonorReport", "Results")),
             translate("DonorReport", "Indicators: baseline, target, actual at the end of the period, share of women")),
            (sheet_name(translate("DonorReport", "Evaluations")),
             translate("DonorReport", "Evaluations of those projects, planned and completed")),
            (sheet_name(translate("DonorReport", "Findings")),
             translate("DonorReport", "Findings and ratings of the evaluations completed")),
            (sheet_name(translate("DonorReport", "Co-financing")),
             translate("DonorReport", "The other partners funding the same projects")),
        ]
    notes = [] if nil else [
        translate("DonorReport", "Budget, expenditure and delivery rate are those of the whole project, which other "
                  "partners may co-fund; the column 'Funding from {partner}' is this partner's own share.").format(partner=who.name),
        translate("DonorReport", "Expenditure is cumulative up to {date}; delivery rate = that expenditure / "
                  "the current approved budget.").format(date=end),
        translate("DonorReport", "The financial statements are in the agreement currency, the currency of the partner's funding "
                  "of each project, and in US$; the rates used are stated with each statement."),
    ]
    return Cover(
        title=translate("DonorReport", "{partner} ILO cooperation: donor report, {period}").format(
            partner=who.name, period=period.label),
        facts=[
            (translate("DonorReport", "Partner"), _partner_line(who)),
            (translate("DonorReport", "Period"),
             translate("DonorReport", "{period}: contributions by year of approval, expenditure up to {date}").format(
                 period=period.label, date=end)),
            (translate("DonorReport", "Filters"),
             translate("DonorReport", "Projects with funding from {partner} approved in the period or running during "
                       "it").format(partner=who.name)),
            (translate("DonorReport", "Reference date"),
             translate("DonorReport", "Stage and evaluations as on {date}").format(date=long_date(on))),
            (translate("DonorReport", "Evaluation rule set"), rule_set_text(rule_sets)),
        ],
        contents=contents,
        notes=notes,
    )


def _partner_line(who: d.Partner) -> str:
    category = _category(who)
    name = partner_label(who)
    return name if category.casefold() == who.name.strip().casefold() else f"{name}, {category}"


def _partner_demo(partner_id: int) -> bool:
    from tracker.store import models as m

    return bool(m.Partner.select(m.Partner.is_demo).where(m.Partner.id == partner_id).scalar())


def _category(who: d.Partner) -> str:
    category = PartnerCategory(who.category)
    label = layout_label(CATEGORY_LABELS[category]) if category in CATEGORY_LABELS else category.label
    return f"{label} ({NonStateKind(who.non_state_kind).label.lower()})" if who.non_state_kind else label


def _summary(book: Book, who: d.Partner, period: Period, contributions: list[q.Contribution], project_count: int,
             nil: bool) -> None:
    years = period.years
    sheet = book.sheet(translate("DonorReport", "Summary"), [44, *[12] * len(years), 15], freeze=None)
    sheet.heading(translate("DonorReport", "{partner} ILO cooperation").format(partner=who.name),
                  translate("DonorReport", "Donor report {period}; amounts in US$ at the rates recorded").format(period=period.label))
    for label, value in ((translate("DonorReport", "Partner"), partner_label(who)),
                         (translate("DonorReport", "Category"), _category(who)),
                         (translate("DonorReport", "Country"), country_name(who.country, current_language()) if who.country else "")):
        sheet.append_cells([sheet.cell(label, style="label"), sheet.cell(value)])
    sheet.blank()
    if nil:
        sheet.write([translate("DonorReport", "No contributions and no projects in {period}: nothing to report for "
                               "{partner} in this period.").format(period=period.label, partner=who.name)], style="label")
        return
    sheet.write([translate("DonorReport", "Contributions by modality and year of approval (US$), {period}").format(
        period=period.label)], style="label")
    usd: dict[tuple[str, int], int] = defaultdict(int)
    for c in contributions:
        usd[(c.modality, c.year)] += c.usd_cents
    rows = [(label, [usd.get((m.value, y), 0) for y in years]) for m, label in labelled(MODALITIES)
            if any(usd.get((m.value, y)) for y in years)]
    usd_fmt = '#,##0;-#,##0;"\u2013"'
    table = grid_table(sheet, translate("DonorReport", "Modality"), [str(y) for y in years], rows,
                       convert=lambda c: Decimal(c).scaleb(-2), fmt=usd_fmt,
                       total_header=translate("Report", "Total {period}").format(period=period.label), share=False)
    local = [sum(c.local_cents for c in contributions if c.year == y) for y in years]
    if any(local):
        sheet.write([translate("DonorReport", "of which locally mobilized"), *[Decimal(c).scaleb(-2) for c in local], Formula(
            f"=SUM(B{sheet.row + 1}:{col(len(years) + 1)}{sheet.row + 1})")], [None, *[usd_fmt] * (len(years) + 1)])
    for currency in sorted({c.currency for c in contributions} - {USD}):
        amounts: dict[tuple[str, int], int] = defaultdict(int)
        for c in contributions:
            if c.currency == currency:
                amounts[(c.modality, c.year)] += c.amount_cents
        in_currency = [(label, [amounts.get((m.value, y), 0) for y in years]) for m, label in labelled(MODALITIES)
                       if any(amounts.get((m.value, y)) for y in years)]
        sheet.blank()
        sheet.write([translate("DonorReport", "Contributions made in {currency}, by modality and year of approval ({currency})").format(
            currency=currency)], style="label")
        grid_table(sheet, translate("DonorReport", "Modality"), [str(y) for y in years], in_currency,
                   convert=lambda c: Decimal(c).scaleb(-2), fmt=usd_fmt,
                   total_header=translate("Report", "Total {period}").format(period=period.label), share=False)
    sheet.blank()
    last = FIRST_ROW + project_count - 1
    span = f"{FIRST_ROW}:{{c}}{last}"
    projects_sheet = sheet_ref(sheet_name(translate("DonorReport", "Projects")))
    sheet.write([translate("DonorReport", "Projects funded (see the Projects sheet)")], style="label")
    key_rows: list[tuple[str, Any, str]] = [
        (translate("DonorReport", "Projects"), project_count, "#,##0"),
        (translate("DonorReport", "Approved budget of these projects"),
         Formula(f"=SUM({projects_sheet}I{span.format(c='I')})") if project_count else 0, USD_FORMAT),
        (translate("DonorReport", "Expenditure up to the end of {year}").format(year=period.last),
         Formula(f"=SUM({projects_sheet}J{span.format(c='J')})") if project_count else 0, USD_FORMAT),
    ]
    first = sheet.row + 1
    for label, value, fmt in key_rows:
        sheet.write([label, value], [None, fmt], wrap=True)
    sheet.write([translate("DonorReport", "Delivery rate"), ratio(f"B{first + 2}", f"B{first + 1}")], [None, PERCENT],
                style="subtotal")
    sheet.write([translate("DonorReport", "Funding from {partner} to these projects (all years)").format(partner=who.name),
                 Formula(f"=SUM({projects_sheet}L{span.format(c='L')})") if project_count else 0], [None, USD_FORMAT], wrap=True)
    if rows and len(years) > 1:
        bar_chart(sheet, table, translate("DonorReport", "Contributions of {partner} per year (US$)").format(partner=who.name),
                  translate("Report", "US$"))


def _projects(book: Book, who: d.Partner, period: Period, projects: list[q.DonorProject], on: dt.date) -> None:
    date = date_format()
    cols = [Col(translate("DonorReport", "Code"), 14), Col(translate("DonorReport", "Title"), 38, wrap=True),
            Col(translate("DonorReport", "Countries"), 20, wrap=True), Col(translate("DonorReport", "Region"), 13, wrap=True),
            Col(translate("DonorReport", "Strategic objective"), 13, wrap=True),
            Col(translate("DonorReport", "Stage on {date}").format(date=long_date(on)), 14, wrap=True),
            Col(translate("DonorReport", "Start"), 11, date),
            Col(translate("DonorReport", "End"), 11, date), Col(translate("DonorReport", "Approved budget (US$)"), 13, USD_FORMAT),
            Col(translate("DonorReport", "Expenditure to end {year} (US$)").format(year=period.last), 14, USD_FORMAT),
            Col(translate("DonorReport", "Delivery rate"), 10, PERCENT),
            Col(translate("DonorReport", "Funding from {partner} (US$)").format(partner=who.name), 14, USD_FORMAT),
            Col(translate("DonorReport", "Next evaluation on {date}").format(date=long_date(on)), 15, wrap=True),
            Col(translate("DonorReport", "Due"), 11, date), Col(translate("DonorReport", "Status"), 12, wrap=True)]
    sheet = book.sheet(translate("DonorReport", "Projects"), [c.width for c in cols], freeze="C5")
    sheet.heading(translate("DonorReport", "Projects funded by {partner}, {period}").format(partner=who.name, period=period.label),
                  translate("DonorReport", "Whole-project budget and expenditure in US$ at the rates recorded; stage and evaluations as on {date}").format(
                      date=long_date(on)))
    language = current_language()
    none_open, overdue, not_due = (translate("DonorReport", "None open"), translate("DonorReport", "Overdue"),
                                   translate("DonorReport", "Not yet due"))

    def rows():
        for offset, p in enumerate(projects):
            r = FIRST_ROW + offset
            status = none_open
            if p.next_due:
                status = overdue if p.overdue else not_due
            yield (p.code, p.title, ", ".join(country_name(c, language) for c in (p.countries or "").split(",") if c),
                   region_label(p.region), objective_label(p.outcome), stage_label(p.stage), day(p.start),
                   day(p.actual_end or p.end), dollars(p.budget_usd_cents), dollars(p.spent_usd_cents),
                   ratio(f"J{r}", f"I{r}") if p.budget_usd_cents else None, dollars(p.partner_usd_cents),
                   evaluation_label(p.next_kind, p.next_sequence or 1) if p.next_kind else "", day(p.next_due), status)

    header, last = sheet.stream(cols, rows())
    if projects:
        sheet.write([translate("Report", "Total"), *[None] * 7, *[Formula(f"=SUBTOTAL(9,{c}{header + 1}:{c}{last})") for c in "IJ"],
                     ratio(f"J{last + 1}", f"I{last + 1}"), Formula(f"=SUBTOTAL(9,L{header + 1}:L{last})")],
                    [None] * 8 + [USD_FORMAT, USD_FORMAT, PERCENT, USD_FORMAT], style="total")
