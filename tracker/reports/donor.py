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
from tracker.domain.codelists import countries
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
from tracker.reports.layouts import (
    CATEGORY_LABELS,
    MODALITIES,
    evaluation_label,
    independence_label,
    objective_label,
    region_label,
    stage_label,
    status_label,
)
from tracker.reports.tables import bar_chart, grid_table
from tracker.reports.xlsx import (
    AUTO,
    DATE,
    PERCENT,
    USD,
    Book,
    Col,
    Formula,
    col,
    day,
    dollars,
    ratio,
)
from tracker.store import report_queries as q
from tracker.store.partners import find_partner

FIRST_ROW = 5  # lists: title, subtitle, demo line, header on row 4, data from row 5


def write_donor_report(
    path: str | os.PathLike[str],
    partner: str,
    year_from: int,
    year_to: int,
    *,
    as_of: dt.date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the donor report of `partner` (code or name) for `year_from`-`year_to` to `path`.

    Evaluation statuses are taken on `as_of` (default today). Raises NotFound for an unknown
    partner, ReportError for a bad or empty period or an unwritable path, ReportCancelled when
    `cancelled()` says so; no file is left behind in any of these cases."""
    check_years(year_from, year_to)
    period = Period(year_from, year_to)
    who = find_partner(partner)
    target = check_target(path)
    as_of = as_of or dt.date.today()
    steps = Steps(total=6, progress=progress, cancelled=cancelled)
    steps.step("Reading the partner's figures")
    pid = int(who.id)  # type: ignore[arg-type]
    contributions = q.partner_contributions(pid, year_from, year_to)
    projects = q.partner_projects(pid, year_from, year_to, as_of)
    if not contributions and not projects:
        raise ReportError(f"{who.name} has no contributions and no projects in {period.label}: nothing to report")
    indicators = q.partner_indicators(pid, year_from, year_to)
    evaluations = q.partner_evaluations(pid, year_from, year_to)
    steps.advance()

    demo_projects = sum(p.is_demo for p in projects)
    partner_is_demo = bool(_partner_demo(pid))
    demo = demo_warning(demo_projects + partner_is_demo, len(projects) + 1)
    book = Book(title=f"{who.name} ILO cooperation, {period.label}", subject=f"Donor report: {who.name}",
                description=f"Contributions, projects, results and evaluations of {who.name} ({who.code}), {period.label}.",
                keywords=f"donor report; {who.code}", demo=demo)
    cover = Cover(
        title=f"{who.name} ILO cooperation: donor report, {period.label}",
        facts=[
            ("Partner", f"{who.name} ({who.code}), {_category(who)}"),
            ("Period", f"{period.label}: contributions by year of approval"),
            ("Filters", f"Projects with funding from {who.name} approved in the period or running during it"),
            ("Evaluation status", f"As of {as_of:%d %B %Y}"),
            ("Evaluation rule set", rule_set_text(q.rule_sets_in_use())),
        ],
        contents=[
            ("Summary", "The partner, its contributions per year by modality (with a chart) and the key figures of the projects it funds"),
            ("Projects", "The projects it funds: countries, region, objective, stage, dates, budget, expenditure, delivery rate, next evaluation"),
            ("Results", "Indicators of those projects: baseline, target (expected), achieved, share of women"),
            ("Evaluations", "Evaluations of those projects, planned and completed"),
        ],
        notes=[
            ("Budget, expenditure and delivery rate are those of the whole project, which other partners may "
             f"co-fund; the column 'Funding from {who.code}' is this partner's own share."),
            (f"Expenditure is cumulative up to the end of {period.last}; delivery rate = that expenditure / the "
             "current approved budget."),
            "An indicator's target is what is expected; 'Achieved' is filled in only when results have been measured.",
        ],
    )
    with atomic_output(target) as partial, book:
        write_cover(book, cover, now())
        steps.step("Summary")
        _summary(book, who, period, contributions, len(projects))
        steps.advance()
        steps.step("Projects")
        _projects(book, who, period, projects)
        steps.advance()
        steps.step("Results")
        _results(book, indicators)
        steps.advance()
        steps.step("Evaluations")
        _evaluations(book, evaluations, as_of)
        steps.advance()
        steps.step("Saving")
        book.save(partial)
        steps.finish(f"Written {target.name}")
    return target


def _partner_demo(partner_id: int) -> bool:
    from tracker.store import models as m

    return bool(m.Partner.select(m.Partner.is_demo).where(m.Partner.id == partner_id).scalar())


def _category(who: d.Partner) -> str:
    label = CATEGORY_LABELS.get(PartnerCategory(who.category), who.category.label)
    return f"{label} ({NonStateKind(who.non_state_kind).label.lower()})" if who.non_state_kind else label


def _summary(book: Book, who: d.Partner, period: Period, contributions: list[q.Contribution], project_count: int) -> None:
    years = period.years
    sheet = book.sheet("Summary", [42, *[12] * len(years), 14], freeze=None)
    sheet.heading(f"{who.name} ILO cooperation", f"Donor report {period.label}; amounts in US$")
    for label, value in (("Partner", f"{who.name} ({who.code})"), ("Category", _category(who)),
                         ("Country", countries().get(who.country, "") if who.country else "")):
        sheet.append_cells([sheet.cell(label, style="label"), sheet.cell(value)])
    sheet.blank()
    sheet.write([f"Contributions by modality and year of approval (US$), {period.label}"], style="label")
    cents = {(c.modality, c.year): c.cents for c in contributions}
    rows = [(label, [cents.get((m.value, y), 0) for y in years]) for m, label in MODALITIES
            if any(cents.get((m.value, y)) for y in years)]
    usd_fmt = '#,##0;-#,##0;"\u2013"'
    table = grid_table(sheet, "Modality", [str(y) for y in years], rows, convert=lambda c: Decimal(c).scaleb(-2),
                       fmt=usd_fmt, total_header=f"Total {period.label}", share=False)
    local = [sum(c.local_cents for c in contributions if c.year == y) for y in years]
    if any(local):
        sheet.write(["of which locally mobilized", *[Decimal(c).scaleb(-2) for c in local], Formula(
            f"=SUM(B{sheet.row + 1}:{col(len(years) + 1)}{sheet.row + 1})")], [None, *[usd_fmt] * (len(years) + 1)])
    sheet.blank()
    last = FIRST_ROW + project_count - 1
    span = f"{FIRST_ROW}:{{c}}{last}"
    sheet.write(["Projects funded (see the Projects sheet)"], style="label")
    key_rows = [
        ("Projects", project_count, "#,##0"),
        ("Approved budget of these projects", Formula(f"=SUM('Projects'!I{span.format(c='I')})") if project_count else 0, USD),
        (f"Expenditure up to the end of {period.last}", Formula(f"=SUM('Projects'!J{span.format(c='J')})") if project_count else 0, USD),
    ]
    first = sheet.row + 1
    for label, value, fmt in key_rows:
        sheet.write([label, value], [None, fmt])
    sheet.write(["Delivery rate", ratio(f"B{first + 2}", f"B{first + 1}")], [None, PERCENT], style="subtotal")
    sheet.write([f"Funding from {who.code} to these projects (all years)",
                 Formula(f"=SUM('Projects'!L{span.format(c='L')})") if project_count else 0], [None, USD])
    if rows and len(years) > 1:
        bar_chart(sheet, table, f"Contributions of {who.name} per year (US$)", "US$")


def _projects(book: Book, who: d.Partner, period: Period, projects: list[q.DonorProject]) -> None:
    cols = [Col("Code", 14), Col("Title", 38, wrap=True), Col("Countries", 20, wrap=True), Col("Region", 13, wrap=True),
            Col("Strategic objective", 13, wrap=True), Col("Stage", 12, wrap=True), Col("Start", 11, DATE),
            Col("End", 11, DATE), Col("Approved budget (US$)", 13, USD), Col(f"Expenditure to end {period.last} (US$)", 13, USD),
            Col("Delivery rate", 9, PERCENT), Col(f"Funding from {who.code} (US$)", 13, USD),
            Col("Next evaluation", 14, wrap=True), Col("Due", 11, DATE), Col("Status", 11)]
    sheet = book.sheet("Projects", [c.width for c in cols], freeze="C5")
    sheet.heading(f"Projects funded by {who.name}, {period.label}", "Whole-project budget and expenditure in US$")
    names = countries()

    def rows():
        for offset, p in enumerate(projects):
            r = FIRST_ROW + offset
            status = "None open"
            if p.next_due:
                status = "Overdue" if p.overdue else status_label(p.next_status)
            yield (p.code, p.title, ", ".join(_country(names, c) for c in (p.countries or "").split(",") if c),
                   region_label(p.region), objective_label(p.outcome), stage_label(p.stage), day(p.start),
                   day(p.actual_end or p.end), dollars(p.budget_cents), dollars(p.spent_cents),
                   ratio(f"J{r}", f"I{r}") if p.budget_cents else None, dollars(p.partner_cents),
                   evaluation_label(p.next_kind, p.next_sequence) if p.next_kind else "", day(p.next_due), status)

    header, last = sheet.stream(cols, rows())
    if projects:
        sheet.write(["Total", *[None] * 7, *[Formula(f"=SUBTOTAL(9,{c}{header + 1}:{c}{last})") for c in "IJ"],
                     ratio(f"J{last + 1}", f"I{last + 1}"), Formula(f"=SUBTOTAL(9,L{header + 1}:L{last})")],
                    [None] * 8 + [USD, USD, PERCENT, USD], style="total")


def _country(names: dict[str, str], code: str) -> str:
    name = names.get(code, code)
    return name.removesuffix(" (the)")


def _results(book: Book, indicators: list[q.DonorIndicator]) -> None:
    cols = [Col("Project", 16), Col("Indicator", 50, wrap=True), Col("Unit", 14), Col("Baseline", 11, AUTO),
            Col("Target (expected)", 12, AUTO), Col("Achieved", 11, AUTO), Col("% of target", 10, PERCENT),
            Col("Share of women", 10, PERCENT), Col("Status", 24)]
    sheet = book.sheet("Results", [c.width for c in cols], freeze="C5")
    sheet.heading("Results of the projects funded", "Expected results (targets) are kept apart from results achieved")

    def number(text: str | None) -> Decimal | None:
        return None if text is None else Decimal(text)

    def rows():
        for offset, i in enumerate(indicators):
            r = FIRST_ROW + offset
            achieved, target = number(i.achieved), number(i.target)
            status = "Achieved" if achieved is not None else ("Expected: target not yet reached" if target is not None else "")
            women = number(i.women_share)
            yield (i.project_code, i.name, i.unit, number(i.baseline), target, achieved,
                   ratio(f"F{r}", f"E{r}") if achieved is not None and target else None,
                   None if women is None else women / 100, status)

    sheet.stream(cols, rows())


def _evaluations(book: Book, evaluations: list[q.DonorEvaluation], as_of: dt.date) -> None:
    cols = [Col("Project", 16), Col("Evaluation", 20), Col("Mandatory", 10), Col("Due", 12, DATE), Col("Status", 14),
            Col(f"Overdue on {as_of:%d %b %Y}", 12), Col("Form", 20), Col("Must be independent", 12),
            Col("Completed on", 12, DATE), Col("Evaluator", 24, wrap=True), Col("Reason", 60, wrap=True)]
    sheet = book.sheet("Evaluations", [c.width for c in cols], freeze="C5")
    sheet.heading("Evaluations planned and completed", f"Overdue: mandatory, due before {as_of:%d %B %Y} and still open")
    open_statuses = {"planned", "in-progress"}

    def rows():
        for e in evaluations:
            overdue = e.mandatory and e.status in open_statuses and e.due < as_of.isoformat()
            yield (e.project_code, evaluation_label(e.kind, e.sequence), "Yes" if e.mandatory else "No", day(e.due),
                   status_label(e.status), "Overdue" if overdue else "", independence_label(e.independence),
                   "Yes" if e.independence_required else "", day(e.completed_on), e.evaluator, e.reason)

    sheet.stream(cols, rows())
