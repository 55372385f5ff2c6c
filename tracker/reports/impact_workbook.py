"""The impact of a rule set on the portfolio as a workbook an officer reads before a policy is
adopted: a summary (which rule set, on what date, which projects were looked at, how many would
change and how) and the list of every change, project by project, with its reason.

The figures are tracker.store.impact's: the workbook writes an ImpactReport, computed again in
the workbook's language when that is not the language it was computed in (its reasons are words)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tracker.domain.i18n import translate, using_language
from tracker.reports.base import CancelCheck, Progress, Steps, atomic_output, check_target, long_date, now, number_text, report_language
from tracker.reports.cover import demo_warning
from tracker.reports.layouts import stage_label
from tracker.reports.xlsx import INTEGER, Book, Col, date_format, total_of
from tracker.store import report_queries as q
from tracker.store.impact import CHANGES, STALE, ImpactReport, change_label, impact_again


def _title(report: ImpactReport) -> str:
    if report.scope == STALE:
        return translate("ImpactReport", "What re-planning the out-of-date plans would change")
    return translate("ImpactReport", "Impact of the rule set {rule_set} on the portfolio").format(rule_set=report.rule_set)


def _scope_text(report: ImpactReport) -> str:
    if report.scope == STALE:
        if report.forced:
            return translate("ImpactReport", "Every project with planned dates and a budget, planned again under the rule set "
                             "it follows")
        return translate("ImpactReport", "The projects whose evaluation plan was computed from other dates, budget or rules, "
                         "each under the rule set it would follow")
    if report.scope == "followers":
        return translate("ImpactReport", "The projects that would follow this rule set once adopted: those it is assigned to "
                         "and, when it is the policy in force, those not yet approved that follow the policy in force")
    return translate("ImpactReport", "Every project with planned dates and a budget, as if this rule set applied to each")


def write_impact_workbook(path: str | os.PathLike[str], report: ImpactReport, *, language: str | None = None,
                          progress: Progress | None = None, cancelled: CancelCheck | None = None) -> Path:
    """Write `report` to `path` (.xlsx) in `language` (default: the language it was computed in).
    Raises ReportError for an unwritable path, ReportCancelled when `cancelled()` says so; no file
    is left behind in either case."""
    language = report_language(language, report.language)
    target = check_target(path)
    steps = Steps(total=len(report.rows) + 2, progress=progress, cancelled=cancelled)
    steps.step(lambda: translate("ReportProgress", "Summary"))
    demo_counts = q.demo_counts()
    with using_language(language):
        demo = demo_warning(*demo_counts)  # printed under every sheet title: in the reader's language
        if language != report.language:
            report = impact_again(report)
        book = Book(title=_title(report), subject=translate("ImpactReport", "Impact of evaluation rules"),
                    description=translate("ImpactReport", "Which projects would gain, lose or move an evaluation, or see "
                                          "the independence requirement change, and why."),
                    keywords=translate("ImpactReport", "evaluation; rules; impact"), demo=demo)
    with atomic_output(target) as partial, book:
        with using_language(language):
            _summary(book, report)
        steps.advance()
        steps.step(lambda: translate("ReportProgress", "Changes"))
        with using_language(language):
            _changes(book, report, steps)
        steps.step(lambda: translate("ReportProgress", "Saving"))
        book.save(partial)
        steps.finish(lambda: translate("ReportProgress", "Written {name}").format(name=target.name))
    return target


def _summary(book: Book, report: ImpactReport) -> None:
    # The facts read as a cover does (name, then its value across the wide column); the counts
    # below them: a change, what it means, and how many evaluations and projects it touches.
    sheet = book.sheet(translate("ImpactReport", "Summary"), [34, 64, 13, 13], freeze="A5", landscape=False)
    sheet.heading(_title(report), translate("ImpactReport", "As of {date}; nothing was changed in the portfolio").format(
        date=long_date(report.as_of)))
    facts: list[tuple[str, Any]] = []
    if report.scope != STALE:
        facts.append((translate("ImpactReport", "Rule set"), f"{report.rule_set}: {translate('RuleSetText', report.rule_set_title)}"))
        if report.rules is not None and report.rules.effective_from is not None:
            facts.append((translate("ImpactReport", "In force from"), long_date(report.rules.effective_from)))
    generated = now()
    facts += [
        (translate("ImpactReport", "Date"), long_date(report.as_of)),
        (translate("ImpactReport", "Projects looked at"), _scope_text(report)),
        (translate("ImpactReport", "Projects checked"), number_text(report.projects_checked)),
        (translate("ImpactReport", "Projects that would change"), number_text(len(report.projects_changed))),
    ]
    if report.skipped:
        facts.append((translate("ImpactReport", "Left out (rule set not available)"), ", ".join(report.skipped)))
    facts.append((translate("ImpactReport", "Generated"), translate("ImpactReport", "{date} at {time}").format(
        date=long_date(generated.date()), time=f"{generated:%H:%M}")))
    for name, value in facts:
        sheet.write([name, value], style=None, wrap=True)
    sheet.blank()
    header = sheet.header([translate("ImpactReport", "Change"), translate("ImpactReport", "What it means"),
                           translate("ImpactReport", "Evaluations"), translate("ImpactReport", "Projects")])
    counts, projects = report.counts(), report.projects_by_change()
    meaning = {
        "gains": translate("ImpactReport", "an evaluation the project does not have now would be required (added, or required "
                           "again)"),
        "loses": translate("ImpactReport", "a planned evaluation would no longer be required (kept, marked as such)"),
        "moves": translate("ImpactReport", "a planned evaluation would be due on another date"),
        "independence": translate("ImpactReport", "an evaluation would have to be independent, or no longer"),
    }
    first = header + 1
    for change in CHANGES:
        sheet.write([_capital(change_label(change)), meaning[change], counts[change], projects[change]],
                    [None, None, INTEGER, INTEGER], wrap=True)
    last = first + len(CHANGES) - 1
    sheet.write([translate("Report", "Total"), "", total_of(3, first, last), None], [None, None, INTEGER, None], style="total")
    sheet.note(translate("ImpactReport", "A project may have several changes, so the projects are not added up; those that would "
                         "change are counted above. Completed, waived and ongoing evaluations are never removed; a change of "
                         "wording alone is not listed."))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _changes(book: Book, report: ImpactReport, steps: Steps) -> None:
    date = date_format()
    stale = report.scope == STALE
    cols = [Col(translate("ImpactReport", "Project"), 16), Col(translate("ImpactReport", "Title"), 36, wrap=True),
            Col(translate("ImpactReport", "Stage"), 14, wrap=True)]
    if not stale:
        cols.append(Col(translate("ImpactReport", "Would follow it"), 11, wrap=True))
    cols += [Col(translate("ImpactReport", "Rule set now") if not stale else translate("ImpactReport", "Rule set"), 14, wrap=True),
             Col(translate("ImpactReport", "Change"), 18, wrap=True), Col(translate("ImpactReport", "Evaluation"), 20, wrap=True),
             Col(translate("ImpactReport", "Due now"), 12, date), Col(translate("ImpactReport", "Due after"), 12, date),
             Col(translate("ImpactReport", "Why"), 60, wrap=True)]
    sheet = book.sheet(translate("ImpactReport", "Changes"), [c.width for c in cols], freeze="B5")
    sheet.heading(_title(report), translate("ImpactReport", "Each change to a project's evaluation plan, as of {date}").format(
        date=long_date(report.as_of)))
    yes, no = translate("Report", "Yes"), translate("Report", "No")
    labels = {change: _capital(change_label(change)) for change in CHANGES}

    def rows() -> Iterator[tuple[Any, ...]]:
        for row in report.rows:
            why = translate("ImpactReport", "{action}: {detail}").format(action=row.action_label, detail=row.detail)
            common = (row.code, row.title, stage_label(row.stage.value))
            follows = () if stale else (yes if row.follows else no,)
            yield (*common, *follows, row.rule_set, labels[row.change], row.evaluation, row.before_due, row.after_due, why)

    if report.rows:
        sheet.stream(cols, rows(), steps)
    else:
        sheet.header([c.header for c in cols])
        sheet.note(translate("ImpactReport", "No project's evaluation plan would change."))

