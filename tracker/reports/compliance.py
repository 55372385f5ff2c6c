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

from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate, using_language
from tracker.reports.base import (
    CancelCheck,
    Progress,
    ReportError,
    Steps,
    atomic_output,
    check_target,
    long_date,
    now,
    number_text,
    report_language,
    usd_threshold_cents,
)
from tracker.reports.cover import Cover, demo_warning, rule_set_text, write_cover
from tracker.reports.layouts import (
    evaluation_label,
    independence_label,
    region_label,
    regions,
    stage_label,
    status_label,
)
from tracker.reports.xlsx import (
    INTEGER,
    PERCENT,
    USD,
    Book,
    Col,
    Formula,
    Sheet,
    date_format,
    day,
    dollars,
    ratio,
    sheet_name,
    total_of,
)
from tracker.store import report_queries as q
from tracker.store.plan_reasons import ReportReasons

_OPEN = ("planned", "in-progress")
SUMMARY_HEADERS = [QT_TRANSLATE_NOOP("ComplianceReport", "Projects"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Evaluations required"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Completed"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Overdue evaluations"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Projects with overdue"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Independence required"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Independence met"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Compliant projects"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "% compliant"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "% independence met")]


def write_compliance_report(
    path: str | os.PathLike[str],
    as_of: dt.date | None = None,
    *,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the evaluation compliance of every project that is not cancelled, on `as_of`
    (default today), to `path`, in `language` (default: the user's). Raises ReportError for an
    empty portfolio or an unwritable path, ReportCancelled when `cancelled()` says so; no file is
    left behind in either case."""
    language = report_language(language)
    as_of = as_of or dt.date.today()
    target = check_target(path)
    counts = q.compliance_counts()
    if not counts.projects:
        raise ReportError(translate("ReportError", "the portfolio has no projects (cancelled ones aside): nothing to report"))
    steps = Steps(total=counts.projects + counts.evaluations + 3, progress=progress, cancelled=cancelled)
    steps.step(lambda: translate("ReportProgress", "Summary by region and partner"))
    thresholds = usd_threshold_cents()
    rule_sets = q.rule_sets_in_use()
    with using_language(language):
        book = Book(title=translate("ComplianceReport", "Evaluation compliance as of {date}").format(date=as_of.isoformat()),
                    subject=translate("ComplianceReport", "Evaluation compliance"),
                    description=translate("ComplianceReport", "Required evaluations of every project, overdue flags and the "
                                          "independence requirement."),
                    keywords=translate("ComplianceReport", "evaluation; compliance"), demo=demo_warning(*q.demo_counts()))
        cover = _cover(as_of, counts, rule_sets)
    with atomic_output(target) as partial, book:
        with using_language(language):
            write_cover(book, cover, now())
            _summary(book, as_of, thresholds)
        steps.advance()
        steps.step(lambda: translate("ReportProgress", "Projects"))
        with using_language(language):
            _projects(book, as_of, thresholds, steps)
        steps.step(lambda: translate("ReportProgress", "Evaluations"))
        with using_language(language):
            _evaluations(book, as_of, steps)
        steps.step(lambda: translate("ReportProgress", "Saving"))
        book.save(partial)
        steps.finish(lambda: translate("ReportProgress", "Written {name}").format(name=target.name))
    return target


def _cover(as_of: dt.date, counts: q.ComplianceCounts, rule_sets: list[str]) -> Cover:
    projects, evaluations = counts  # plain names: pyside6-lupdate misses a plural text counted by an attribute
    return Cover(
        title=translate("ComplianceReport", "Evaluation compliance as of {date}").format(date=long_date(as_of)),
        facts=[
            (translate("ComplianceReport", "As of"),
             translate("ComplianceReport", "{date}: due dates are compared with this date; statuses are as recorded "
                       "now").format(date=long_date(as_of))),
            (translate("ComplianceReport", "Filters"),
             translate("ComplianceReport", "Every project except cancelled ones (their evaluations are no longer due)")),
            (translate("ComplianceReport", "Evaluation rule set"), rule_set_text(rule_sets)),
        ],
        contents=[
            (sheet_name(translate("ComplianceReport", "Summary")),
             translate("ComplianceReport", "Compliance by region and by funding partner")),
            (sheet_name(translate("ComplianceReport", "Projects")),
             translate("ComplianceReport", "{count} project(s): evaluations required by the rules, completed, open and "
                       "overdue; the independence requirement", "", projects).format(count=number_text(projects))),
            (sheet_name(translate("ComplianceReport", "Evaluations")),
             translate("ComplianceReport", "{count} required (mandatory) evaluation(s) with status, due date and overdue "
                       "flag", "", evaluations).format(count=number_text(evaluations))),
        ],
        notes=[
            translate("ComplianceReport", "Overdue: a mandatory evaluation past its due date and still planned or in progress."),
            translate("ComplianceReport", "Independence requirement: a project whose budget is over its rule set's threshold "
                      "(ilo-2002: over US${amount}, strictly) needs at least one independent evaluation (independent "
                      "internal or external) during its cycle; it is met by a completed one. Self-evaluation never "
                      "counts.").format(amount=number_text(350_000)),
            translate("ComplianceReport", "Compliant: nothing overdue, and the independence requirement met where it applies."),
            translate("ComplianceReport", "By partner: a project funded by several partners counts under each of them, so "
                      "that table has no total; its last row repeats the portfolio total, each project counted once."),
        ],
    )


def _summary(book: Book, as_of: dt.date, thresholds: dict[str, int | None]) -> None:
    sheet = book.sheet(translate("ComplianceReport", "Summary"), [40, *[13] * len(SUMMARY_HEADERS)], freeze="B5")
    sheet.heading(translate("ComplianceReport", "Evaluation compliance as of {date}").format(date=long_date(as_of)),
                  translate("ComplianceReport", "Projects that are not cancelled"))
    by_region = {g.key: g for g in q.compliance_by_region(as_of, thresholds)}
    rows = [(label, by_region[key.value if key else None]) for key, label in regions() if (key.value if key else None) in by_region]
    header, total_row = _group_table(sheet, translate("ComplianceReport", "Region"), rows, total=True)
    sheet.print_titles(header)
    sheet.blank()
    partners = q.compliance_by_partner(as_of, thresholds)
    no_partner = translate("ComplianceReport", "No partner (ILO regular budget, or none recorded)")
    named = [(f"{g.name} ({g.key})" if g.key else no_partner, g) for g in partners]
    named.sort(key=lambda item: (item[1].key is None, item[0].casefold()))
    _, last = _group_table(sheet, translate("ComplianceReport", "Funding partner"), named, total=False)
    n = len(SUMMARY_HEADERS)
    sheet.write([translate("ComplianceReport", "All projects (each counted once)"), *[Formula(f"={chr(65 + c)}{total_row}") for c in range(1, n - 1)],
                 ratio(f"I{last + 1}", f"B{last + 1}"), ratio(f"H{last + 1}", f"G{last + 1}")],
                [None, *[INTEGER] * (n - 2), PERCENT, PERCENT], style="total")


def _group_table(sheet: Sheet, corner: str, rows: Sequence[tuple[str, q.ComplianceGroup]], total: bool) -> tuple[int, int]:
    header = sheet.header([corner, *[translate("ComplianceReport", h) for h in SUMMARY_HEADERS]], height=60)
    fmts = [None, *[INTEGER] * 8, PERCENT, PERCENT]
    first = header + 1
    for offset, (label, g) in enumerate(rows):
        r = first + offset
        sheet.write([label, g.projects, g.required, g.completed, g.overdue, g.projects_overdue, g.independence_required,
                     g.independence_met, g.compliant, ratio(f"I{r}", f"B{r}"), ratio(f"H{r}", f"G{r}")], fmts)
    last = first + len(rows) - 1
    if total:
        t = last + 1
        sheet.write([translate("Report", "Total"), *[total_of(c, first, last) for c in range(2, 10)], ratio(f"I{t}", f"B{t}"), ratio(f"H{t}", f"G{t}")],
                    fmts, style="total")
        return header, t
    return header, last


def _independence(required: bool, done: bool) -> str:
    if not required:
        return translate("ComplianceReport", "Not required")
    return translate("ComplianceReport", "Met") if done else translate("ComplianceReport", "Not met")


def _projects(book: Book, as_of: dt.date, thresholds: dict[str, int | None], steps: Steps) -> None:
    date = date_format()
    cols = [Col(translate("ComplianceReport", "Code"), 16), Col(translate("ComplianceReport", "Title"), 50),
            Col(translate("ComplianceReport", "Region"), 23), Col(translate("ComplianceReport", "Stage"), 20),
            Col(translate("ComplianceReport", "Partners"), 22), Col(translate("ComplianceReport", "Start"), 11, date),
            Col(translate("ComplianceReport", "End"), 11, date), Col(translate("ComplianceReport", "Budget (US$)"), 14, USD),
            Col(translate("ComplianceReport", "Rule set"), 10), Col(translate("ComplianceReport", "Required"), 10, INTEGER),
            Col(translate("ComplianceReport", "Completed"), 11, INTEGER), Col(translate("ComplianceReport", "Waived"), 9, INTEGER),
            Col(translate("ComplianceReport", "Open"), 9, INTEGER), Col(translate("ComplianceReport", "Overdue"), 10, INTEGER),
            Col(translate("ComplianceReport", "Next due"), 11, date), Col(translate("ComplianceReport", "Independence"), 14),
            Col(translate("ComplianceReport", "Compliant"), 10)]
    sheet = book.sheet(translate("ComplianceReport", "Projects"), [c.width for c in cols], freeze="C5")
    sheet.heading(translate("ComplianceReport", "Projects and their required evaluations as of {date}").format(date=long_date(as_of)),
                  translate("ComplianceReport", "Overdue: mandatory, past due, still open"))
    dates = _DateCache()
    yes, no = translate("Report", "Yes"), translate("Report", "No")

    def rows() -> Iterator[tuple[Any, ...]]:
        for p in q.compliance_projects(as_of, thresholds):
            compliant = p.overdue == 0 and (p.independence_done or not p.independence_required)
            yield (p.code, p.title, region_label(p.region), stage_label(p.stage), p.partners or "", dates(p.start), dates(p.end),
                   dollars(p.budget_cents), p.rule_set, p.required, p.completed, p.waived, p.open, p.overdue, dates(p.next_due),
                   _independence(p.independence_required, p.independence_done), yes if compliant else no)

    sheet.stream(cols, rows(), steps)


def _evaluations(book: Book, as_of: dt.date, steps: Steps) -> None:
    date = date_format()
    cols = [Col(translate("ComplianceReport", "Project"), 16), Col(translate("ComplianceReport", "Region"), 23),
            Col(translate("ComplianceReport", "Stage"), 20), Col(translate("ComplianceReport", "Evaluation"), 21),
            Col(translate("ComplianceReport", "Due"), 11, date), Col(translate("ComplianceReport", "Status"), 14),
            Col(translate("ComplianceReport", "Overdue"), 10), Col(translate("ComplianceReport", "Days overdue"), 10, INTEGER),
            Col(translate("ComplianceReport", "Form"), 20), Col(translate("ComplianceReport", "Must be independent"), 13),
            Col(translate("ComplianceReport", "Completed on"), 11, date), Col(translate("ComplianceReport", "Reason"), 70)]
    sheet = book.sheet(translate("ComplianceReport", "Evaluations"), [c.width for c in cols], freeze="B5")
    sheet.heading(translate("ComplianceReport", "Required evaluations as of {date}").format(date=long_date(as_of)),
                  translate("ComplianceReport", "Mandatory evaluations of projects that are not cancelled"))
    dates = _DateCache()
    today = as_of.isoformat()
    yes = translate("Report", "Yes")
    # The reasons are stored in one language: in another, each project is planned again as its
    # rows go by (they come by project), so the memory stays flat.
    reasons = ReportReasons()
    reason = reasons.reason

    def rows() -> Iterator[tuple[Any, ...]]:
        for e in q.compliance_evaluations(planning=reasons.active):
            overdue = e.status in _OPEN and e.due < today
            due = dates(e.due)
            yield (e.project_code, region_label(e.region), stage_label(e.stage), evaluation_label(e.kind, e.sequence), due,
                   status_label(e.status), yes if overdue else "", (as_of - due).days if overdue and due else None,
                   independence_label(e.independence), yes if e.independence_required else "", dates(e.completed_on),
                   reason(e.project_code, e.planning, e.kind, e.sequence, e.reason))

    sheet.stream(cols, rows(), steps)


class _DateCache:
    """ISO text -> date, each distinct date parsed once (a large portfolio repeats them a lot)."""

    def __init__(self) -> None:
        self._seen: dict[str | None, dt.date | None] = {None: None}

    def __call__(self, text: str | None) -> dt.date | None:
        if text not in self._seen:
            self._seen[text] = day(text)
        return self._seen[text]
