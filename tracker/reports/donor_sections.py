"""The donor report's narrative sheets: progress for the period per project, results against
targets, evaluations with their findings and ratings, and the co-financing of the same projects."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from openpyxl.worksheet.pagebreak import Break

from tracker.domain.classifications import Criterion, FundingModality, rating_label
from tracker.domain.i18n import translate
from tracker.reports.base import long_date, number_text
from tracker.reports.donor_money import cents
from tracker.reports.layouts import evaluation_label, independence_label, status_label
from tracker.reports.xlsx import AUTO, PERCENT, Book, Col, date_format, day, ratio
from tracker.store import donor_queries as q

MAX_PAGE_BREAKS = 60


def write_progress(book: Book, projects: Sequence[q.DonorProject], progress: dict[int, q.Progress], period: str) -> None:
    sheet = book.sheet(translate("DonorReport", "Progress"), [26, 120])
    sheet.heading(translate("DonorReport", "Narrative progress, {period}").format(period=period),
                  translate("DonorReport", "Per project, its latest progress report on a period ending in {period}").format(
                      period=period))
    reported = [p for p in projects if p.id in progress]
    breaks = len(reported) <= MAX_PAGE_BREAKS
    for index, project in enumerate(reported):
        report = progress[project.id]
        sheet.write([f"{project.code} \u2013 {project.title}"], style="label")
        rows = [
            (translate("DonorReport", "Reporting period"), translate("DonorReport", "{start} to {end}").format(
                start=long_date(dt.date.fromisoformat(report.period_start[:10])),
                end=long_date(dt.date.fromisoformat(report.period_end[:10])))),
            (translate("DonorReport", "Summary of progress"), report.summary),
            (translate("DonorReport", "Challenges and risks"), report.challenges),
            (translate("DonorReport", "Lessons learned"), report.lessons),
            (translate("DonorReport", "Next steps"), report.next_steps),
            (translate("DonorReport", "Prepared by"), report.prepared_by),
        ]
        for label, text in rows:
            sheet.write([label, text.strip() or "\u2013"], wrap=True)
        if breaks and index < len(reported) - 1:
            sheet.flush()
            sheet.ws.row_breaks.append(Break(id=sheet.row))
        else:
            sheet.blank()
    silent = [p for p in projects if p.id not in progress]
    if silent:
        if reported:
            sheet.blank()
        sheet.write([translate("DonorReport", "No progress report recorded for this period")], style="label")
        for project in silent:
            sheet.write([project.code, project.title], wrap=True)


def _number(text: str | None) -> Decimal | None:
    return None if text is None or text == "" else Decimal(str(text))


def write_results(book: Book, indicators: Sequence[q.DonorIndicator], year_to: int) -> None:
    end = long_date(dt.date(year_to, 12, 31))
    cols = [Col(translate("DonorReport", "Project"), 16), Col(translate("DonorReport", "Indicator"), 46, wrap=True),
            Col(translate("DonorReport", "Unit"), 12, wrap=True), Col(translate("DonorReport", "Baseline"), 11, AUTO),
            Col(translate("DonorReport", "Target"), 11, AUTO),
            Col(translate("DonorReport", "Actual at {date}").format(date=end), 13, AUTO),
            Col(translate("DonorReport", "Measured on"), 12, date_format()),
            Col(translate("DonorReport", "% of target"), 10, PERCENT), Col(translate("DonorReport", "Share of women"), 10, PERCENT),
            Col(translate("DonorReport", "Status"), 22, wrap=True)]
    sheet = book.sheet(translate("DonorReport", "Results"), [c.width for c in cols], freeze="C5")
    sheet.heading(translate("DonorReport", "Results against targets"),
                  translate("DonorReport", "Actual: the latest value measured by {date}, else the result recorded").format(date=end))
    if not indicators:
        sheet.note(translate("DonorReport", "No results recorded for these projects."))
        return
    reached, below, expected = (translate("DonorReport", "Target reached"), translate("DonorReport", "Below target"),
                                translate("DonorReport", "Expected"))
    achieved_text = translate("DonorReport", "Achieved (no target set)")

    def rows():
        for offset, i in enumerate(indicators):
            r = 5 + offset
            baseline, target, actual = _number(i.baseline), _number(i.target), _number(i.actual)
            if actual is None:
                status = expected
            elif target is None:
                status = achieved_text
            else:
                falling = baseline is not None and target < baseline  # a rate to bring down
                status = reached if (actual <= target if falling else actual >= target) else below
            women = _number(i.women_share)
            yield (i.project_code, i.name, i.unit, baseline, target, actual, day(i.measured_on),
                   ratio(f"F{r}", f"E{r}") if actual is not None and target else None,
                   None if women is None else women / 100, status)

    sheet.stream(cols, rows())


def write_evaluations(book: Book, evaluations: Sequence[q.DonorEvaluation], reasons: object, on: dt.date) -> None:
    date = date_format()
    cols = [Col(translate("DonorReport", "Project"), 16), Col(translate("DonorReport", "Evaluation"), 20, wrap=True),
            Col(translate("DonorReport", "Mandatory"), 11), Col(translate("DonorReport", "Due"), 12, date),
            Col(translate("DonorReport", "Status"), 14, wrap=True),
            Col(translate("DonorReport", "Overdue on {date}").format(date=long_date(on)), 14, wrap=True),
            Col(translate("DonorReport", "Form"), 16, wrap=True), Col(translate("DonorReport", "Must be independent"), 13),
            Col(translate("DonorReport", "Completed on"), 13, date), Col(translate("DonorReport", "Evaluator"), 24, wrap=True),
            Col(translate("DonorReport", "Reason"), 60, wrap=True)]
    sheet = book.sheet(translate("DonorReport", "Evaluations"), [c.width for c in cols], freeze="C5")
    sheet.heading(translate("DonorReport", "Evaluations planned and completed"),
                  translate("DonorReport", "Overdue: mandatory, due before {date} and still open that day").format(date=long_date(on)))
    if not evaluations:
        sheet.note(translate("DonorReport", "No evaluations planned or completed for these projects."))
        return
    yes, no, overdue_text = translate("Report", "Yes"), translate("Report", "No"), translate("DonorReport", "Overdue")

    def rows():
        for e in evaluations:
            done = e.completed_on and e.completed_on[:10] <= on.isoformat()
            still_open = e.status in ("planned", "in-progress") or (e.status == "completed" and not done)
            overdue = e.mandatory and still_open and e.due[:10] < on.isoformat()
            yield (e.project_code, evaluation_label(e.kind, e.sequence), yes if e.mandatory else no, day(e.due),
                   status_label(e.status), overdue_text if overdue else "", independence_label(e.independence),
                   yes if e.independence_required else "", day(e.completed_on), e.evaluator,
                   reasons.reason(e.project_code, e.planning, e.kind, e.sequence, e.reason))  # type: ignore[attr-defined]

    sheet.stream(cols, rows())


def ratings_text(ratings: dict[str, int]) -> str:
    """"Relevance: 5 (Satisfactory)", one criterion a line, in the framework's order."""
    return "\n".join(f"{c.label}: {ratings[c.value]} ({rating_label(ratings[c.value])})" for c in Criterion if c.value in ratings)


def write_findings(book: Book, evaluations: Sequence[q.DonorEvaluation]) -> None:
    cols = [Col(translate("DonorReport", "Project"), 16), Col(translate("DonorReport", "Evaluation"), 18, wrap=True),
            Col(translate("DonorReport", "Completed on"), 13, date_format()), Col(translate("DonorReport", "Form"), 13, wrap=True),
            Col(translate("DonorReport", "Evaluator"), 22, wrap=True),
            Col(translate("DonorReport", "Ratings (1 to 6)"), 34, wrap=True), Col(translate("DonorReport", "Findings"), 70, wrap=True)]
    sheet = book.sheet(translate("DonorReport", "Findings"), [c.width for c in cols], freeze="C5")
    scale = "; ".join(f"{score} {rating_label(score)}" for score in range(1, 7))
    sheet.heading(translate("DonorReport", "Evaluation findings and ratings"),
                  translate("DonorReport", "Ratings by criterion: {scale}").format(scale=scale))
    completed = [e for e in evaluations if e.status == "completed" and (e.findings.strip() or e.ratings)]
    if not completed:
        sheet.note(translate("DonorReport", "No evaluation findings recorded for these projects."))
        return
    sheet.stream(cols, ((e.project_code, evaluation_label(e.kind, e.sequence), day(e.completed_on), independence_label(e.independence),
                         e.evaluator, ratings_text(e.ratings), e.findings.strip()) for e in completed))


def write_cofinancing(book: Book, projects: Sequence[q.DonorProject], fundings: Sequence[q.FundingLine], partner_code: str) -> None:
    cols = [Col(translate("DonorReport", "Project"), 16), Col(translate("DonorReport", "Funding partner"), 34, wrap=True),
            Col(translate("DonorReport", "Modality"), 26, wrap=True), Col(translate("DonorReport", "Currency"), 10),
            Col(translate("DonorReport", "Amount"), 15, "#,##0.00"), Col(translate("DonorReport", "Amount (US$)"), 15, "#,##0.00"),
            Col(translate("DonorReport", "Share of the project's funding"), 12, PERCENT)]
    sheet = book.sheet(translate("DonorReport", "Co-financing"), [c.width for c in cols], freeze="C5")
    sheet.heading(translate("DonorReport", "Co-financing of the same projects"),
                  translate("DonorReport", "The other partners' funding of the projects, all years"))
    codes = {p.id: p.code for p in projects}
    total_usd: dict[int, int] = defaultdict(int)
    grouped: dict[tuple[int, str | None, str | None, str, str], list[int]] = {}
    for f in fundings:
        total_usd[f.project_id] += f.usd_cents
        if f.partner_code == partner_code or f.project_id not in codes:
            continue
        key = (f.project_id, f.partner_code, f.partner_name, f.modality, f.currency)
        amounts = grouped.setdefault(key, [0, 0])
        amounts[0] += f.amount_cents
        amounts[1] += f.usd_cents
    if not grouped:
        sheet.note(translate("DonorReport", "No other partner funds these projects."))
        return
    regular = translate("DonorReport", "ILO regular budget")
    modalities = {m.value: m.label for m in FundingModality}
    ordered = sorted(grouped.items(), key=lambda item: (codes[item[0][0]], item[0][2] or ""))

    def rows():
        for (pid, _code, name, modality, currency), (amount, usd) in ordered:
            share = Decimal(usd) / Decimal(total_usd[pid]) if total_usd[pid] else None
            yield (codes[pid], name or regular, modalities.get(modality, modality), currency, cents(amount), cents(usd), share)

    sheet.stream(cols, rows())
    count = len(grouped)
    sheet.note(translate("DonorReport", "Share: of all the funding recorded for the project, in US$ at the recorded rates "
                         "({count} line(s) of co-financing).", "", count).format(count=number_text(count)))
