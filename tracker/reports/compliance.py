"""Evaluation compliance workbook as of a date: every project's required evaluations, their status,
due date and overdue flag, whether the independence requirement is met, and a summary by region
and by partner.

The two lists are streamed from SQL cursors into write-only sheets, so a 100,000-project
portfolio is written in constant memory; the summary counts are SQL aggregates."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from tracker.reports.base import (
    CancelCheck,
    Progress,
    ReportError,
    Steps,
    atomic_output,
    check_target,
    now,
    usd_threshold_cents,
)
from tracker.reports.cover import Cover, demo_warning, rule_set_text, write_cover
from tracker.reports.layouts import (
    REGIONS,
    evaluation_label,
    independence_label,
    region_label,
    stage_label,
    status_label,
)
from tracker.reports.xlsx import (
    DATE,
    INTEGER,
    PERCENT,
    USD,
    Book,
    Col,
    Formula,
    Sheet,
    day,
    dollars,
    ratio,
    total_of,
)
from tracker.store import report_queries as q

_OPEN = ("planned", "in-progress")
SUMMARY_HEADERS = ["Projects", "Evaluations required", "Completed", "Overdue evaluations", "Projects with overdue",
                   "Independence required", "Independence met", "Compliant projects", "% compliant", "% independence met"]


def write_compliance_report(
    path: str | os.PathLike[str],
    as_of: dt.date | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the evaluation compliance of every project that is not cancelled, on `as_of`
    (default today), to `path`. Raises ReportError for an empty portfolio or an unwritable path,
    ReportCancelled when `cancelled()` says so; no file is left behind in either case."""
    as_of = as_of or dt.date.today()
    target = check_target(path)
    counts = q.compliance_counts()
    if not counts.projects:
        raise ReportError("the portfolio has no projects (cancelled ones aside): nothing to report")
    steps = Steps(total=counts.projects + counts.evaluations + 3, progress=progress, cancelled=cancelled)
    steps.step("Summary by region and partner")
    thresholds = usd_threshold_cents()
    book = Book(title=f"Evaluation compliance as of {as_of.isoformat()}", subject="Evaluation compliance",
                description="Required evaluations of every project, overdue flags and the independence requirement.",
                keywords="evaluation; compliance", demo=demo_warning(*q.demo_counts()))
    cover = Cover(
        title=f"Evaluation compliance as of {as_of:%d %B %Y}",
        facts=[
            ("As of", f"{as_of:%d %B %Y}: due dates are compared with this date; statuses are as recorded now"),
            ("Filters", "Every project except cancelled ones (their evaluations are no longer due)"),
            ("Evaluation rule set", rule_set_text(q.rule_sets_in_use())),
        ],
        contents=[
            ("Summary", "Compliance by region and by funding partner"),
            ("Projects", (f"{counts.projects:,} projects: evaluations required by the rules, completed, open and "
                          "overdue; the independence requirement")),
            ("Evaluations", f"{counts.evaluations:,} required (mandatory) evaluations with status, due date and overdue flag"),
        ],
        notes=[
            "Overdue: a mandatory evaluation past its due date and still planned or in progress.",
            ("Independence requirement: a project whose budget is over its rule set's threshold (ilo-2002: over "
             "US$350,000, strictly) needs at least one independent evaluation (independent internal or external) "
             "during its cycle; it is met by a completed one. Self-evaluation never counts."),
            "Compliant: nothing overdue, and the independence requirement met where it applies.",
            ("By partner: a project funded by several partners counts under each of them, so that table has no "
             "total; its last row repeats the portfolio total, each project counted once."),
        ],
    )
    with atomic_output(target) as partial, book:
        write_cover(book, cover, now())
        _summary(book, as_of, thresholds)
        steps.advance()
        steps.step("Projects")
        _projects(book, as_of, thresholds, steps)
        steps.step("Evaluations")
        _evaluations(book, as_of, steps)
        steps.step("Saving")
        book.save(partial)
        steps.finish(f"Written {target.name}")
    return target


def _summary(book: Book, as_of: dt.date, thresholds: dict[str, int | None]) -> None:
    sheet = book.sheet("Summary", [40, *[13] * len(SUMMARY_HEADERS)], freeze="B5")
    sheet.heading(f"Evaluation compliance as of {as_of:%d %B %Y}", "Projects that are not cancelled")
    by_region = {g.key: g for g in q.compliance_by_region(as_of, thresholds)}
    rows = [(label, by_region[key.value if key else None]) for key, label in REGIONS if (key.value if key else None) in by_region]
    header, total_row = _group_table(sheet, "Region", rows, total=True)
    sheet.print_titles(header)
    sheet.blank()
    partners = q.compliance_by_partner(as_of, thresholds)
    named = [(f"{g.name} ({g.key})" if g.key else "No partner (ILO regular budget, or none recorded)", g) for g in partners]
    named.sort(key=lambda item: (item[1].key is None, item[0].casefold()))
    _, last = _group_table(sheet, "Funding partner", named, total=False)
    n = len(SUMMARY_HEADERS)
    sheet.write(["All projects (each counted once)", *[Formula(f"={chr(65 + c)}{total_row}") for c in range(1, n - 1)],
                 ratio(f"I{last + 1}", f"B{last + 1}"), ratio(f"H{last + 1}", f"G{last + 1}")],
                [None, *[INTEGER] * (n - 2), PERCENT, PERCENT], style="total")


def _group_table(sheet: Sheet, corner: str, rows: Sequence[tuple[str, q.ComplianceGroup]], total: bool) -> tuple[int, int]:
    header = sheet.header([corner, *SUMMARY_HEADERS], height=45)
    fmts = [None, *[INTEGER] * 8, PERCENT, PERCENT]
    first = header + 1
    for offset, (label, g) in enumerate(rows):
        r = first + offset
        sheet.write([label, g.projects, g.required, g.completed, g.overdue, g.projects_overdue, g.independence_required,
                     g.independence_met, g.compliant, ratio(f"I{r}", f"B{r}"), ratio(f"H{r}", f"G{r}")], fmts)
    last = first + len(rows) - 1
    if total:
        t = last + 1
        sheet.write(["Total", *[total_of(c, first, last) for c in range(2, 10)], ratio(f"I{t}", f"B{t}"), ratio(f"H{t}", f"G{t}")],
                    fmts, style="total")
        return header, t
    return header, last


def _independence(required: bool, done: bool) -> str:
    if not required:
        return "Not required"
    return "Met" if done else "Not met"


def _projects(book: Book, as_of: dt.date, thresholds: dict[str, int | None], steps: Steps) -> None:
    cols = [Col("Code", 16), Col("Title", 50), Col("Region", 23), Col("Stage", 20), Col("Partners", 22), Col("Start", 11, DATE),
            Col("End", 11, DATE), Col("Budget (US$)", 14, USD), Col("Rule set", 10), Col("Required", 9, INTEGER),
            Col("Completed", 10, INTEGER), Col("Waived", 8, INTEGER), Col("Open", 7, INTEGER), Col("Overdue", 9, INTEGER),
            Col("Next due", 11, DATE), Col("Independence", 13), Col("Compliant", 10)]
    sheet = book.sheet("Projects", [c.width for c in cols], freeze="C5")
    sheet.heading(f"Projects and their required evaluations as of {as_of:%d %B %Y}", "Overdue: mandatory, past due, still open")
    dates = _DateCache()

    def rows() -> Iterator[tuple[Any, ...]]:
        for p in q.compliance_projects(as_of, thresholds):
            compliant = p.overdue == 0 and (p.independence_done or not p.independence_required)
            yield (p.code, p.title, region_label(p.region), stage_label(p.stage), p.partners or "", dates(p.start), dates(p.end),
                   dollars(p.budget_cents), p.rule_set, p.required, p.completed, p.waived, p.open, p.overdue, dates(p.next_due),
                   _independence(p.independence_required, p.independence_done), "Yes" if compliant else "No")

    sheet.stream(cols, rows(), steps)


def _evaluations(book: Book, as_of: dt.date, steps: Steps) -> None:
    cols = [Col("Project", 16), Col("Region", 23), Col("Stage", 20), Col("Evaluation", 19), Col("Due", 11, DATE),
            Col("Status", 14), Col("Overdue", 9), Col("Days overdue", 9, INTEGER), Col("Form", 18),
            Col("Must be independent", 12), Col("Completed on", 11, DATE), Col("Reason", 70)]
    sheet = book.sheet("Evaluations", [c.width for c in cols], freeze="B5")
    sheet.heading(f"Required evaluations as of {as_of:%d %B %Y}", "Mandatory evaluations of projects that are not cancelled")
    dates = _DateCache()
    today = as_of.isoformat()

    def rows() -> Iterator[tuple[Any, ...]]:
        for e in q.compliance_evaluations():
            overdue = e.status in _OPEN and e.due < today
            due = dates(e.due)
            yield (e.project_code, region_label(e.region), stage_label(e.stage), evaluation_label(e.kind, e.sequence), due,
                   status_label(e.status), "Yes" if overdue else "", (as_of - due).days if overdue and due else None,
                   independence_label(e.independence), "Yes" if e.independence_required else "", dates(e.completed_on), e.reason)

    sheet.stream(cols, rows(), steps)


class _DateCache:
    """ISO text -> date, each distinct date parsed once (a large portfolio repeats them a lot)."""

    def __init__(self) -> None:
        self._seen: dict[str | None, dt.date | None] = {None: None}

    def __call__(self, text: str | None) -> dt.date | None:
        if text not in self._seen:
            self._seen[text] = day(text)
        return self._seen[text]
