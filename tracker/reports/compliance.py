"""Evaluation compliance workbook as of one reference date: every project's required evaluations,
their standing that day (done, waived, overdue, not yet due), whether the independence requirement
is met, a summary by region and by partner, and the checks of records that disagree. A project not
yet started on that date has nothing due: it is never non-compliant and stays out of the rate.

The two lists are streamed from SQL cursors into write-only sheets, so a 100,000-project
portfolio is written in constant memory; the summary counts are SQL aggregates."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate, using_language
from tracker.reports.base import (
    CancelCheck,
    Progress,
    Steps,
    atomic_output,
    check_target,
    long_date,
    now,
    number_text,
    report_language,
    usd_threshold_cents,
)
from tracker.reports.checks import checks_sheet_name, iter_project_checks, write_checks_sheet
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
    col,
    date_format,
    day,
    dollars,
    ratio,
    sheet_name,
    total_of,
)
from tracker.store import report_queries as q
from tracker.store.plan_reasons import Planning, ReportReasons

SUMMARY_HEADERS = [QT_TRANSLATE_NOOP("ComplianceReport", "Projects"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Not yet started"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Evaluations required"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Completed"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Overdue evaluations"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Projects with overdue"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Independence required"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Independence met"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Independence not met"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "Compliant projects"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "% compliant"),
                   QT_TRANSLATE_NOOP("ComplianceReport", "% independence met")]
# The summary's columns: B projects, C not started, D..J the counts, K compliant, L and M the rates.
_COUNTS = len(SUMMARY_HEADERS) - 2


def write_compliance_report(
    path: str | os.PathLike[str],
    as_of: dt.date | None = None,
    *,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Path:
    """Write the evaluation compliance of every project not cancelled on `as_of` (default today),
    judged on that one date (stages, completions, due dates, overdue flags), to `path`, in
    `language` (default: the user's). With no such project the workbook is a nil report: its cover
    says there is nothing to report on that date. Raises ReportError for an unwritable path,
    ReportCancelled when `cancelled()` says so; no file is left behind in either case."""
    language = report_language(language)
    as_of = as_of or dt.date.today()
    target = check_target(path)
    counts = q.compliance_counts(as_of)
    steps = Steps(total=counts.projects + counts.evaluations + 3, progress=progress, cancelled=cancelled)
    steps.step(lambda: translate("ReportProgress", "Summary by region and partner"))
    thresholds = usd_threshold_cents()
    rule_sets = q.rule_sets_in_use()
    with using_language(language):
        book = Book(title=translate("ComplianceReport", "Evaluation compliance as of {date}").format(date=as_of.isoformat()),
                    subject=translate("ComplianceReport", "Evaluation compliance"),
                    description=translate("ComplianceReport", "Required evaluations of every project, overdue flags and the "
                                          "independence requirement, as of one date."),
                    keywords=translate("ComplianceReport", "evaluation; compliance"), demo=demo_warning(*q.demo_counts()))
        cover = _cover(as_of, counts, rule_sets) if counts.projects else _nil_cover(as_of)
    with atomic_output(target) as partial, book:
        with using_language(language):
            write_cover(book, cover, now())
            if counts.projects:
                _summary(book, as_of, thresholds)
                # Up front: what to correct before sending. Streamed: a portfolio may hold many.
                # (Their number is not known beforehand: cancelling is watched, progress stands still.)
                write_checks_sheet(book, iter_project_checks(None, as_of), as_of, Steps(total=0, cancelled=cancelled))
        steps.advance()
        if counts.projects:
            steps.step(lambda: translate("ReportProgress", "Projects"))
            with using_language(language):
                _projects(book, as_of, thresholds, steps, several_rule_sets=len(rule_sets) > 1)
            steps.step(lambda: translate("ReportProgress", "Evaluations"))
            with using_language(language):
                _evaluations(book, as_of, steps)
        steps.step(lambda: translate("ReportProgress", "Saving"))
        book.save(partial)
        steps.finish(lambda: translate("ReportProgress", "Written {name}").format(name=target.name))
    return target


def _as_of_fact(as_of: dt.date) -> tuple[str, str]:
    return (translate("ComplianceReport", "As of"),
            translate("ComplianceReport", "{date}: every stage, completion, due date and overdue flag in this report is as of "
                      "this date (a project's stage from its stage history)").format(date=long_date(as_of)))


def _nil_cover(as_of: dt.date) -> Cover:
    """A nil report: nothing to report on that date is a finding, not an error."""
    return Cover(
        title=translate("ComplianceReport", "Evaluation compliance as of {date}").format(date=long_date(as_of)),
        facts=[_as_of_fact(as_of),
               (translate("ComplianceReport", "Nil report"),
                translate("ComplianceReport", "Nothing to report: no project was under way or in the pipeline on {date} "
                          "(cancelled ones aside), so no evaluation was required.").format(date=long_date(as_of)))],
    )


def _cover(as_of: dt.date, counts: q.ComplianceCounts, rule_sets: list[str]) -> Cover:
    projects, evaluations = counts  # plain names: pyside6-lupdate misses a plural text counted by an attribute
    return Cover(
        title=translate("ComplianceReport", "Evaluation compliance as of {date}").format(date=long_date(as_of)),
        facts=[
            _as_of_fact(as_of),
            (translate("ComplianceReport", "Filters"),
             translate("ComplianceReport", "Every project except those cancelled by that date (their evaluations are no "
                       "longer due)")),
            (translate("ComplianceReport", "Evaluation rule set"), rule_set_text(rule_sets)),
        ],
        contents=[
            (sheet_name(translate("ComplianceReport", "Summary")),
             translate("ComplianceReport", "Compliance by region and by funding partner")),
            (checks_sheet_name(),
             translate("ComplianceReport", "Records that disagree with each other, to correct or explain before sending: "
                       "funding or expenditure above the budget, budget lines, dates, evaluations")),
            (sheet_name(translate("ComplianceReport", "Projects")),
             translate("ComplianceReport", "{count} project(s): evaluations required by the rules, completed, open and "
                       "overdue; the independence requirement", "", projects).format(count=number_text(projects))),
            (sheet_name(translate("ComplianceReport", "Evaluations")),
             translate("ComplianceReport", "{count} required (mandatory) evaluation(s) with status, due date and overdue "
                       "flag", "", evaluations).format(count=number_text(evaluations))),
        ],
        notes=[
            translate("ComplianceReport", "Not yet due: a project not started on the reference date (in design, appraisal or "
                      "approved on that date, or planned to start after it) has no evaluation due yet. It is never counted "
                      "as non-compliant and is left out of the compliance rate: % compliant = compliant projects / (projects "
                      "- projects not yet started)."),
            translate("ComplianceReport", "Overdue: a mandatory evaluation of a started project, past its due date and not "
                      "completed by the reference date (nor waived). One due later is not yet due."),
            translate("ComplianceReport", "Completed: completed on or before the reference date. An evaluation recorded as "
                      "completed without a date counts as completed and is listed in the checks."),
            translate("ComplianceReport", "Independence requirement: a project whose budget is over the threshold of its "
                      "evaluation rules (over US${amount} under the ILO evaluation framework of November 2002) needs at least "
                      "one independent evaluation (independent internal or external) during its cycle; it is met by a "
                      "completed one. Self-evaluation never counts. It is not met once the evaluation that must be "
                      "independent is past due, or the project has ended, without one; before that it is not yet due. "
                      "% independence met = met / (met + not met).").format(amount=number_text(350_000)),
            translate("ComplianceReport", "Compliant: a started project with nothing overdue and the independence "
                      "requirement not failed."),
            translate("ComplianceReport", "By partner: a project funded by several partners counts under each of them, so "
                      "that table has no total; its last row repeats the portfolio total, each project counted once."),
        ],
    )


def _summary(book: Book, as_of: dt.date, thresholds: dict[str, int | None]) -> None:
    sheet = book.sheet(translate("ComplianceReport", "Summary"), [44, *[12] * len(SUMMARY_HEADERS)], freeze="B5")
    sheet.heading(translate("ComplianceReport", "Evaluation compliance as of {date}").format(date=long_date(as_of)),
                  translate("ComplianceReport", "Projects not cancelled on {date}; stages, completions and due dates as of "
                            "that date").format(date=long_date(as_of)))
    by_region = {g.key: g for g in q.compliance_by_region(as_of, thresholds)}
    rows = [(label, by_region[key.value if key else None]) for key, label in regions() if (key.value if key else None) in by_region]
    _, total_row = _group_table(sheet, translate("ComplianceReport", "Region"), rows, total=True)
    sheet.blank()
    partners = q.compliance_by_partner(as_of, thresholds)
    no_partner = translate("ComplianceReport", "No partner (ILO regular budget, or none recorded)")
    named = [(partner_label(g.name, g.key) if g.key else no_partner, g) for g in partners]
    named.sort(key=lambda item: (item[1].key is None, item[0].casefold()))
    _, last = _group_table(sheet, translate("ComplianceReport", "Funding partner"), named, total=False)
    r = last + 1
    sheet.write([translate("ComplianceReport", "All projects (each counted once)"),
                 *[Formula(f"={col(c)}{total_row}") for c in range(2, _COUNTS + 2)], *_rates(r)],
                [None, *[INTEGER] * _COUNTS, PERCENT, PERCENT], style="total")


def partner_label(name: str | None, code: str) -> str:
    """"European Union (EU)"; the name alone when it is the code or holds it ("UNAIDS")."""
    if not name:
        return code
    return name if re.search(rf"\b{re.escape(code)}\b", name) else f"{name} ({code})"


def _rates(r: int) -> list[Formula]:
    """% compliant = compliant / (projects - not yet started); % independence met = met / (met + not met)."""
    return [ratio(f"K{r}", f"(B{r}-C{r})"), ratio(f"I{r}", f"(I{r}+J{r})")]


def _group_table(sheet: Sheet, corner: str, rows: Sequence[tuple[str, q.ComplianceGroup]], total: bool) -> tuple[int, int]:
    header = sheet.header([corner, *[translate("ComplianceReport", h) for h in SUMMARY_HEADERS]], height=60)
    fmts = [None, *[INTEGER] * _COUNTS, PERCENT, PERCENT]
    first = header + 1
    for offset, (label, g) in enumerate(rows):
        r = first + offset
        sheet.write([label, g.projects, g.not_started, g.required, g.completed, g.overdue, g.projects_overdue,
                     g.independence_required, g.independence_met, g.independence_not_met, g.compliant, *_rates(r)], fmts)
    last = first + len(rows) - 1
    if total:
        t = last + 1
        sheet.write([translate("Report", "Total"), *[total_of(c, first, last) for c in range(2, _COUNTS + 2)], *_rates(t)],
                    fmts, style="total")
        return header, t
    return header, last


def _independence(state: int) -> str:
    if state == q.IndependenceState.NOT_REQUIRED:
        return translate("ComplianceReport", "Not required")
    if state == q.IndependenceState.MET:
        return translate("ComplianceReport", "Met")
    if state == q.IndependenceState.NOT_MET:
        return translate("ComplianceReport", "Not met")
    return translate("ComplianceReport", "Not yet due")


def _projects(book: Book, as_of: dt.date, thresholds: dict[str, int | None], steps: Steps, *, several_rule_sets: bool) -> None:
    date = date_format()
    # Some 210 characters wide in all: the sheet prints on the width of a landscape page.
    cols = [Col(translate("ComplianceReport", "Code"), 16), Col(translate("ComplianceReport", "Title"), 36, wrap=True),
            Col(translate("ComplianceReport", "Region"), 16, wrap=True), Col(translate("ComplianceReport", "Stage"), 14, wrap=True),
            Col(translate("ComplianceReport", "Partners"), 16, wrap=True), Col(translate("ComplianceReport", "Start"), 11, date),
            Col(translate("ComplianceReport", "End"), 11, date), Col(translate("ComplianceReport", "Budget (US$)"), 13, USD)]
    if several_rule_sets:  # one rule set is named on the cover
        cols.append(Col(translate("ComplianceReport", "Rule set"), 10))
    cols += [Col(translate("ComplianceReport", "Required"), 9, INTEGER),
             Col(translate("ComplianceReport", "Completed"), 10, INTEGER), Col(translate("ComplianceReport", "Waived"), 9, INTEGER),
             Col(translate("ComplianceReport", "Open"), 8, INTEGER), Col(translate("ComplianceReport", "Overdue"), 9, INTEGER),
             Col(translate("ComplianceReport", "Next due"), 11, date), Col(translate("ComplianceReport", "Independence"), 13, wrap=True),
             Col(translate("ComplianceReport", "Compliant"), 11, wrap=True)]
    sheet = book.sheet(translate("ComplianceReport", "Projects"), [c.width for c in cols], freeze="C5")
    sheet.heading(translate("ComplianceReport", "Projects and their required evaluations as of {date}").format(date=long_date(as_of)),
                  translate("ComplianceReport", "As of {date}. Overdue: mandatory, past due, not completed by that date; a "
                            "project not yet started has nothing due yet").format(date=long_date(as_of)))
    dates = _Memo(day)
    region, stage = _Memo(region_label), _Memo(stage_label)
    yes, no, not_yet = translate("Report", "Yes"), translate("Report", "No"), translate("ComplianceReport", "Not yet due")
    independence = [_independence(state) for state in range(4)]  # by IndependenceState
    NOT_MET = q.IndependenceState.NOT_MET

    def rows() -> Iterator[tuple[Any, ...]]:
        # The query's columns (q.ComplianceProject's fields), each turned into its cell's value by
        # a look-up of labels and dates made once per distinct value.
        for (code, title, region_code, stage_code, partners, start, end, budget, rule_set, required, completed, waived, open_,
             overdue, next_due, not_started, state) in q.compliance_project_rows(as_of, thresholds):
            compliant = not_yet if not_started else yes if overdue == 0 and state != NOT_MET else no
            if several_rule_sets:
                yield (code, title, region[region_code], stage[stage_code], partners or "", dates[start], dates[end],
                       dollars(budget), rule_set, required, completed, waived, open_, overdue, dates[next_due],
                       independence[state], compliant)
            else:
                yield (code, title, region[region_code], stage[stage_code], partners or "", dates[start], dates[end],
                       dollars(budget), required, completed, waived, open_, overdue, dates[next_due], independence[state],
                       compliant)

    sheet.stream(cols, rows(), steps)


def _evaluations(book: Book, as_of: dt.date, steps: Steps) -> None:
    date = date_format()
    # Dates and counts side by side (right-aligned), so that no date runs into a text.
    cols = [Col(translate("ComplianceReport", "Project"), 16), Col(translate("ComplianceReport", "Region"), 19, wrap=True),
            Col(translate("ComplianceReport", "Stage"), 15, wrap=True), Col(translate("ComplianceReport", "Evaluation"), 18, wrap=True),
            Col(translate("ComplianceReport", "Status"), 12, wrap=True), Col(translate("ComplianceReport", "Due"), 12, date),
            Col(translate("ComplianceReport", "Completed on"), 12, date), Col(translate("ComplianceReport", "Days overdue"), 9, INTEGER),
            Col(translate("ComplianceReport", "On the date"), 12, wrap=True), Col(translate("ComplianceReport", "Form"), 14, wrap=True),
            Col(translate("ComplianceReport", "Must be independent"), 12, wrap=True),
            Col(translate("ComplianceReport", "Reason"), 60, wrap=True)]
    sheet = book.sheet(translate("ComplianceReport", "Evaluations"), [c.width for c in cols], freeze="B5")
    sheet.heading(translate("ComplianceReport", "Required evaluations as of {date}").format(date=long_date(as_of)),
                  translate("ComplianceReport", "As of {date}: the mandatory evaluations of projects not cancelled by that date; "
                            "\"On the date\" gives each one's standing that day").format(date=long_date(as_of)))
    dates = _Memo(day)
    region, stage, status, form = _Memo(region_label), _Memo(stage_label), _Memo(status_label), _Memo(independence_label)
    evaluation = _Memo(lambda key: evaluation_label(*key))
    yes = translate("Report", "Yes")
    standing = {"overdue": translate("ComplianceReport", "Overdue"), "not yet due": translate("ComplianceReport", "Not yet due"),
                "due": translate("ComplianceReport", "Due that day"), "done": translate("ComplianceReport", "Done"),
                "waived": translate("ComplianceReport", "Waived")}
    # The reasons are stored in one language: in another, each project is planned again as its
    # rows go by (they come by project), so the memory stays flat.
    reasons = ReportReasons()
    reason = reasons.reason
    planned = reasons.active

    def rows() -> Iterator[tuple[Any, ...]]:
        last_code, planning = None, None
        for row in q.compliance_evaluation_rows(as_of, planning=planned):
            (code, region_code, stage_code, not_started, kind, sequence, due_text, status_code, form_code, must_be_independent,
             completed_text, stored) = row[:12]
            if planned and code != last_code:  # one Planning a project (its rows come together)
                last_code, planning = code, Planning(*row[12:])
            due, completed_on = dates[due_text], dates[completed_text]
            state = _standing(status_code, bool(not_started), due, completed_on, as_of)
            yield (code, region[region_code], stage[stage_code], evaluation[(kind, sequence)], status[status_code], due,
                   completed_on, (as_of - due).days if state == "overdue" and due else None, standing[state], form[form_code],
                   yes if must_be_independent else "", reason(code, planning, kind, sequence, stored))

    sheet.stream(cols, rows(), steps)


def _standing(status: str, not_started: bool, due: dt.date | None, completed_on: dt.date | None, as_of: dt.date) -> str:
    """An evaluation's standing on `as_of`: done (completed by then), waived, or still open then and
    overdue, due that day or not yet due (every open one of a project not yet started)."""
    if status == "completed" and (completed_on is None or completed_on <= as_of):
        return "done"
    if status == "waived":
        return "waived"
    if not_started or due is None or due > as_of:
        return "not yet due"
    return "overdue" if due < as_of else "due"


class _Memo(dict[Any, Any]):
    """`compute(key)`, each distinct key computed once (a large portfolio repeats its dates and
    labels a lot); a hit is a plain dictionary look-up."""

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: Any) -> Any:
        value = self[key] = self.compute(key)
        return value
