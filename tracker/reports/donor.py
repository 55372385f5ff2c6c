"""Donor report: one funding partner over a period of years, laid out after the ILO's donor
profile "Luxembourg ILO cooperation" (2023): who the partner is, its contributions by modality and
year, the projects it funds with their delivery and next evaluation, their results (expected kept
apart from achieved) and their evaluations planned and completed."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

from tracker.domain import project as d
from tracker.domain.classifications import NonStateKind, PartnerCategory
from tracker.domain.codelists import country_name
from tracker.domain.i18n import current_language, translate, using_language
from tracker.reports.base import (
    CancelCheck,
    Period,
    Progress,
    ReportError,
    Steps,
    atomic_output,
    check_target,
    check_years,
    long_date,
    now,
    report_language,
    short_date,
)
from tracker.reports.cover import Cover, demo_warning, rule_set_text, write_cover
from tracker.reports.layouts import (
    CATEGORY_LABELS,
    MODALITIES,
    evaluation_label,
    independence_label,
    labelled,
    objective_label,
    region_label,
    stage_label,
    status_label,
)
from tracker.reports.layouts import label as layout_label
from tracker.reports.tables import bar_chart, grid_table
from tracker.reports.xlsx import (
    AUTO,
    PERCENT,
    USD,
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
from tracker.store import report_queries as q
from tracker.store.partners import find_partner
from tracker.store.plan_reasons import ReportReasons, wanted

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
) -> Path:
    """Write the donor report of `partner` (code or name) for `year_from`-`year_to` to `path`,
    in `language` ("en", "fr", "es"; default: the partner's reporting language).

    Evaluation statuses are taken on `as_of` (default today). Raises NotFound for an unknown
    partner, ReportError for a bad or empty period or an unwritable path, ReportCancelled when
    `cancelled()` says so; no file is left behind in any of these cases. Errors and progress
    speak the user's language; the workbook its reader's."""
    check_years(year_from, year_to)
    period = Period(year_from, year_to)
    who = find_partner(partner)
    language = report_language(language, getattr(who, "reporting_language", None) or "en")
    target = check_target(path)
    as_of = as_of or dt.date.today()
    steps = Steps(total=6, progress=progress, cancelled=cancelled)
    steps.step(lambda: translate("ReportProgress", "Reading the partner's figures"))
    pid = int(who.id)  # type: ignore[arg-type]
    contributions = q.partner_contributions(pid, year_from, year_to)
    projects = q.partner_projects(pid, year_from, year_to, as_of)
    if not contributions and not projects:
        raise ReportError(translate("ReportError", "{partner} has no contributions and no projects in {period}: nothing to "
                                    "report").format(partner=who.name, period=period.label))
    indicators = q.partner_indicators(pid, year_from, year_to)
    # With their projects' planning fields when the reasons are to be worked out in the report's language.
    evaluations = q.partner_evaluations(pid, year_from, year_to, planning=wanted(language))
    rule_sets = q.rule_sets_in_use()
    steps.advance()

    demo_projects = sum(p.is_demo for p in projects)
    partner_is_demo = bool(_partner_demo(pid))
    with using_language(language):
        demo = demo_warning(demo_projects + partner_is_demo, len(projects) + 1)
        book = Book(title=translate("DonorReport", "{partner} ILO cooperation, {period}").format(partner=who.name, period=period.label),
                    subject=translate("DonorReport", "Donor report: {partner}").format(partner=who.name),
                    description=translate("DonorReport", "Contributions, projects, results and evaluations of {partner} ({code}), "
                                          "{period}.").format(partner=who.name, code=who.code, period=period.label),
                    keywords=translate("DonorReport", "donor report; {code}").format(code=who.code), demo=demo)
        cover = _cover(who, period, as_of, rule_sets)
    with atomic_output(target) as partial, book:
        with using_language(language):
            write_cover(book, cover, now())
        steps.step(lambda: translate("ReportProgress", "Summary"))
        with using_language(language):
            _summary(book, who, period, contributions, len(projects))
        steps.advance()
        steps.step(lambda: translate("ReportProgress", "Projects"))
        with using_language(language):
            _projects(book, who, period, projects)
        steps.advance()
        steps.step(lambda: translate("ReportProgress", "Results"))
        with using_language(language):
            _results(book, indicators)
        steps.advance()
        steps.step(lambda: translate("ReportProgress", "Evaluations"))
        with using_language(language):
            _evaluations(book, evaluations, as_of)
        steps.advance()
        steps.step(lambda: translate("ReportProgress", "Saving"))
        book.save(partial)
        steps.finish(lambda: translate("ReportProgress", "Written {name}").format(name=target.name))
    return target


def _cover(who: d.Partner, period: Period, as_of: dt.date, rule_sets: list[str]) -> Cover:
    return Cover(
        title=translate("DonorReport", "{partner} ILO cooperation: donor report, {period}").format(
            partner=who.name, period=period.label),
        facts=[
            (translate("DonorReport", "Partner"), f"{who.name} ({who.code}), {_category(who)}"),
            (translate("DonorReport", "Period"),
             translate("DonorReport", "{period}: contributions by year of approval").format(period=period.label)),
            (translate("DonorReport", "Filters"),
             translate("DonorReport", "Projects with funding from {partner} approved in the period or running during "
                       "it").format(partner=who.name)),
            (translate("DonorReport", "Evaluation status"), translate("DonorReport", "As of {date}").format(date=long_date(as_of))),
            (translate("DonorReport", "Evaluation rule set"), rule_set_text(rule_sets)),
        ],
        contents=[
            (sheet_name(translate("DonorReport", "Summary")),
             translate("DonorReport", "The partner, its contributions per year by modality (with a chart) and the key "
                       "figures of the projects it funds")),
            (sheet_name(translate("DonorReport", "Projects")),
             translate("DonorReport", "The projects it funds: countries, region, objective, stage, dates, budget, "
                       "expenditure, delivery rate, next evaluation")),
            (sheet_name(translate("DonorReport", "Results")),
             translate("DonorReport", "Indicators of those projects: baseline, target (expected), achieved, share of women")),
            (sheet_name(translate("DonorReport", "Evaluations")),
             translate("DonorReport", "Evaluations of those projects, planned and completed")),
        ],
        notes=[
            translate("DonorReport", "Budget, expenditure and delivery rate are those of the whole project, which other "
                      "partners may co-fund; the column 'Funding from {code}' is this partner's own share.").format(code=who.code),
            translate("DonorReport", "Expenditure is cumulative up to the end of {year}; delivery rate = that expenditure / "
                      "the current approved budget.").format(year=period.last),
            translate("DonorReport", "An indicator's target is what is expected; 'Achieved' is filled in only when results "
                      "have been measured."),
        ],
    )


def _partner_demo(partner_id: int) -> bool:
    from tracker.store import models as m

    return bool(m.Partner.select(m.Partner.is_demo).where(m.Partner.id == partner_id).scalar())


def _category(who: d.Partner) -> str:
    category = PartnerCategory(who.category)
    label = layout_label(CATEGORY_LABELS[category]) if category in CATEGORY_LABELS else category.label
    return f"{label} ({NonStateKind(who.non_state_kind).label.lower()})" if who.non_state_kind else label


def _summary(book: Book, who: d.Partner, period: Period, contributions: list[q.Contribution], project_count: int) -> None:
    years = period.years
    sheet = book.sheet(translate("DonorReport", "Summary"), [44, *[12] * len(years), 15], freeze=None)
    sheet.heading(translate("DonorReport", "{partner} ILO cooperation").format(partner=who.name),
                  translate("DonorReport", "Donor report {period}; amounts in US$").format(period=period.label))
    for label, value in ((translate("DonorReport", "Partner"), f"{who.name} ({who.code})"),
                         (translate("DonorReport", "Category"), _category(who)),
                         (translate("DonorReport", "Country"), country_name(who.country, current_language()) if who.country else "")):
        sheet.append_cells([sheet.cell(label, style="label"), sheet.cell(value)])
    sheet.blank()
    sheet.write([translate("DonorReport", "Contributions by modality and year of approval (US$), {period}").format(
        period=period.label)], style="label")
    cents = {(c.modality, c.year): c.cents for c in contributions}
    rows = [(label, [cents.get((m.value, y), 0) for y in years]) for m, label in labelled(MODALITIES)
            if any(cents.get((m.value, y)) for y in years)]
    usd_fmt = '#,##0;-#,##0;"\u2013"'
    table = grid_table(sheet, translate("DonorReport", "Modality"), [str(y) for y in years], rows,
                       convert=lambda c: Decimal(c).scaleb(-2), fmt=usd_fmt,
                       total_header=translate("Report", "Total {period}").format(period=period.label), share=False)
    local = [sum(c.local_cents for c in contributions if c.year == y) for y in years]
    if any(local):
        sheet.write([translate("DonorReport", "of which locally mobilized"), *[Decimal(c).scaleb(-2) for c in local], Formula(
            f"=SUM(B{sheet.row + 1}:{col(len(years) + 1)}{sheet.row + 1})")], [None, *[usd_fmt] * (len(years) + 1)])
    sheet.blank()
    last = FIRST_ROW + project_count - 1
    span = f"{FIRST_ROW}:{{c}}{last}"
    projects_sheet = sheet_ref(sheet_name(translate("DonorReport", "Projects")))
    sheet.write([translate("DonorReport", "Projects funded (see the Projects sheet)")], style="label")
    key_rows = [
        (translate("DonorReport", "Projects"), project_count, "#,##0"),
        (translate("DonorReport", "Approved budget of these projects"),
         Formula(f"=SUM({projects_sheet}I{span.format(c='I')})") if project_count else 0, USD),
        (translate("DonorReport", "Expenditure up to the end of {year}").format(year=period.last),
         Formula(f"=SUM({projects_sheet}J{span.format(c='J')})") if project_count else 0, USD),
    ]
    first = sheet.row + 1
    for label, value, fmt in key_rows:
        sheet.write([label, value], [None, fmt], wrap=True)
    sheet.write([translate("DonorReport", "Delivery rate"), ratio(f"B{first + 2}", f"B{first + 1}")], [None, PERCENT],
                style="subtotal")
    sheet.write([translate("DonorReport", "Funding from {code} to these projects (all years)").format(code=who.code),
                 Formula(f"=SUM({projects_sheet}L{span.format(c='L')})") if project_count else 0], [None, USD], wrap=True)
    if rows and len(years) > 1:
        bar_chart(sheet, table, translate("DonorReport", "Contributions of {partner} per year (US$)").format(partner=who.name),
                  translate("Report", "US$"))


def _projects(book: Book, who: d.Partner, period: Period, projects: list[q.DonorProject]) -> None:
    date = date_format()
    cols = [Col(translate("DonorReport", "Code"), 14), Col(translate("DonorReport", "Title"), 38, wrap=True),
            Col(translate("DonorReport", "Countries"), 20, wrap=True), Col(translate("DonorReport", "Region"), 13, wrap=True),
            Col(translate("DonorReport", "Strategic objective"), 13, wrap=True),
            Col(translate("DonorReport", "Stage"), 13, wrap=True), Col(translate("DonorReport", "Start"), 11, date),
            Col(translate("DonorReport", "End"), 11, date), Col(translate("DonorReport", "Approved budget (US$)"), 13, USD),
            Col(translate("DonorReport", "Expenditure to end {year} (US$)").format(year=period.last), 13, USD),
            Col(translate("DonorReport", "Delivery rate"), 10, PERCENT),
            Col(translate("DonorReport", "Funding from {code} (US$)").format(code=who.code), 13, USD),
            Col(translate("DonorReport", "Next evaluation"), 14, wrap=True), Col(translate("DonorReport", "Due"), 11, date),
            Col(translate("DonorReport", "Status"), 12, wrap=True)]
    sheet = book.sheet(translate("DonorReport", "Projects"), [c.width for c in cols], freeze="C5")
    sheet.heading(translate("DonorReport", "Projects funded by {partner}, {period}").format(partner=who.name, period=period.label),
                  translate("DonorReport", "Whole-project budget and expenditure in US$"))
    language = current_language()
    none_open, overdue = translate("DonorReport", "None open"), translate("DonorReport", "Overdue")

    def rows():
        for offset, p in enumerate(projects):
            r = FIRST_ROW + offset
            status = none_open
            if p.next_due:
                status = overdue if p.overdue else status_label(p.next_status)
            yield (p.code, p.title, ", ".join(country_name(c, language) for c in (p.countries or "").split(",") if c),
                   region_label(p.region), objective_label(p.outcome), stage_label(p.stage), day(p.start),
                   day(p.actual_end or p.end), dollars(p.budget_cents), dollars(p.spent_cents),
                   ratio(f"J{r}", f"I{r}") if p.budget_cents else None, dollars(p.partner_cents),
                   evaluation_label(p.next_kind, p.next_sequence) if p.next_kind else "", day(p.next_due), status)

    header, last = sheet.stream(cols, rows())
    if projects:
        sheet.write([translate("Report", "Total"), *[None] * 7, *[Formula(f"=SUBTOTAL(9,{c}{header + 1}:{c}{last})") for c in "IJ"],
                     ratio(f"J{last + 1}", f"I{last + 1}"), Formula(f"=SUBTOTAL(9,L{header + 1}:L{last})")],
                    [None] * 8 + [USD, USD, PERCENT, USD], style="total")


def _results(book: Book, indicators: list[q.DonorIndicator]) -> None:
    cols = [Col(translate("DonorReport", "Project"), 16), Col(translate("DonorReport", "Indicator"), 50, wrap=True),
            Col(translate("DonorReport", "Unit"), 14, wrap=True), Col(translate("DonorReport", "Baseline"), 11, AUTO),
            Col(translate("DonorReport", "Target (expected)"), 12, AUTO), Col(translate("DonorReport", "Achieved"), 11, AUTO),
            Col(translate("DonorReport", "% of target"), 10, PERCENT), Col(translate("DonorReport", "Share of women"), 10, PERCENT),
            Col(translate("DonorReport", "Status"), 26, wrap=True)]
    sheet = book.sheet(translate("DonorReport", "Results"), [c.width for c in cols], freeze="C5")
    sheet.heading(translate("DonorReport", "Results of the projects funded"),
                  translate("DonorReport", "Expected results (targets) are kept apart from results achieved"))
    achieved_text = translate("DonorReport", "Achieved")
    expected_text = translate("DonorReport", "Expected: target not yet reached")

    def number(text: str | None) -> Decimal | None:
        return None if text is None else Decimal(text)

    def rows():
        for offset, i in enumerate(indicators):
            r = FIRST_ROW + offset
            achieved, target = number(i.achieved), number(i.target)
            status = achieved_text if achieved is not None else (expected_text if target is not None else "")
            women = number(i.women_share)
            yield (i.project_code, i.name, i.unit, number(i.baseline), target, achieved,
                   ratio(f"F{r}", f"E{r}") if achieved is not None and target else None,
                   None if women is None else women / 100, status)

    sheet.stream(cols, rows())


def _evaluations(book: Book, evaluations: list[q.DonorEvaluation], as_of: dt.date) -> None:
    date = date_format()
    cols = [Col(translate("DonorReport", "Project"), 16), Col(translate("DonorReport", "Evaluation"), 20, wrap=True),
            Col(translate("DonorReport", "Mandatory"), 11), Col(translate("DonorReport", "Due"), 12, date),
            Col(translate("DonorReport", "Status"), 14, wrap=True),
            Col(translate("DonorReport", "Overdue on {date}").format(date=short_date(as_of)), 13),
            Col(translate("DonorReport", "Form"), 20, wrap=True), Col(translate("DonorReport", "Must be independent"), 13),
            Col(translate("DonorReport", "Completed on"), 12, date), Col(translate("DonorReport", "Evaluator"), 24, wrap=True),
            Col(translate("DonorReport", "Reason"), 60, wrap=True)]
    sheet = book.sheet(translate("DonorReport", "Evaluations"), [c.width for c in cols], freeze="C5")
    sheet.heading(translate("DonorReport", "Evaluations planned and completed"),
                  translate("DonorReport", "Overdue: mandatory, due before {date} and still open").format(date=long_date(as_of)))
    open_statuses = {"planned", "in-progress"}
    yes, no, overdue_text = translate("Report", "Yes"), translate("Report", "No"), translate("DonorReport", "Overdue")
    reasons = ReportReasons()  # the stored reasons, in the report's language

    def rows():
        for e in evaluations:
            overdue = e.mandatory and e.status in open_statuses and e.due < as_of.isoformat()
            yield (e.project_code, evaluation_label(e.kind, e.sequence), yes if e.mandatory else no, day(e.due),
                   status_label(e.status), overdue_text if overdue else "", independence_label(e.independence),
                   yes if e.independence_required else "", day(e.completed_on), e.evaluator,
                   reasons.reason(e.project_code, e.planning, e.kind, e.sequence, e.reason))

    sheet.stream(cols, rows())
