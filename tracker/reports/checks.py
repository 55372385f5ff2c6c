"""The Checks sheet: records that disagree with each other, listed so that they are corrected (or
explained to the partner) before a report is sent. The compliance report checks every project; the
donor report checks the partner's projects:

    with using_language(language):
        checks = project_checks(project_ids, as_of)  # None: every project not cancelled
        write_checks_sheet(book, checks, as_of)  # or iter_project_checks(...), streamed

Each Check names its project, says what is wrong in one sentence of the report's language (the
language current when project_checks is called), and gives the figures compared where there are
some (found, compared with, and their difference)."""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tracker.domain.classifications import Stage
from tracker.domain.i18n import translate
from tracker.domain.money import USD, usd_text
from tracker.reports.base import Steps, long_date, number_text, short_date
from tracker.reports.layouts import evaluation_label
from tracker.reports.xlsx import DECIMAL, Book, Col, dollars, sheet_name
from tracker.store import check_queries as q
from tracker.store.sql import side_by_side_sorts

_STARTED = (Stage.IMPLEMENTATION.value, Stage.EVALUATION_AND_CLOSING.value, Stage.CLOSED.value, Stage.SUSPENDED.value)


@dataclass(frozen=True)
class Check:
    """One inconsistency of one project."""

    project: str  # the project's code
    topic: str  # what is checked, a few words ("Funding above budget")
    text: str  # what is wrong, one sentence
    currency: str = ""  # of the figures: "US$" or an ISO code; "" without figures
    found: Decimal | None = None  # the figure found
    compared_with: Decimal | None = None  # the figure it should not exceed, or should equal


def project_checks(project_ids: Sequence[int] | None, as_of: dt.date) -> list[Check]:
    """The inconsistencies of the projects given (None: every project not cancelled), judged on
    `as_of`, by project code, in the current language."""
    return list(iter_project_checks(project_ids, as_of))


def iter_project_checks(project_ids: Sequence[int] | None, as_of: dt.date) -> Iterator[Check]:
    """project_checks one at a time, for a whole portfolio: each kind of check comes from its own
    query in project order, and the kinds are merged as they come, so nothing is held but a row
    of each."""
    order = {topic: i for i, topic in enumerate(_topics())}

    def key(check: Check) -> tuple[str, int]:
        return (check.project, order.get(check.topic, len(order)))

    kinds = [_money_checks(project_ids), _funded_without_budget(project_ids), _budget_line_checks(project_ids),
             _date_checks(project_ids, as_of), _evaluation_checks(project_ids), _spending_checks(project_ids)]
    # Each kind gives a project's checks together; sorted within the project, they merge in order.
    with side_by_side_sorts():
        yield from heapq.merge(*(_sorted_by_project(kind, key) for kind in kinds), key=key)


def _sorted_by_project(checks: Iterable[Check], key: Callable[[Check], tuple[str, int]]) -> Iterator[Check]:
    for _, group in itertools.groupby(checks, key=lambda c: c.project):
        yield from sorted(group, key=key)


def _topics() -> list[str]:
    """The topics in the order a project's checks are listed."""
    return [translate("ReportChecks", "Funding above budget"), translate("ReportChecks", "Funding without budget"),
            translate("ReportChecks", "Expenditure above budget"), translate("ReportChecks", "Budget lines"),
            translate("ReportChecks", "Past its end date"), translate("ReportChecks", "Not started"),
            translate("ReportChecks", "Actual end date"), translate("ReportChecks", "No evaluation plan"),
            translate("ReportChecks", "Independent evaluation"), translate("ReportChecks", "Completion date"),
            translate("ReportChecks", "Expenditure outside the project's dates")]


def _amount(cents: int, currency: str) -> str:
    """An amount in a sentence: "US$3,245,000.00", "EUR 3,000,000.00"."""
    value = dollars(cents) or Decimal(0)
    if currency == USD:
        return usd_text(value)
    return translate("ReportChecks", "{currency} {amount}").format(currency=currency, amount=number_text(value, 2))


def _figures(currency: str, found: int, compared_with: int) -> dict[str, Any]:
    return {"currency": "US$" if currency == USD else currency, "found": dollars(found), "compared_with": dollars(compared_with)}


def _partners_funding(names: str, funding: str) -> str:
    """"Luxembourg's funding of US$...", "Funding from A and B of US$...", "Funding of US$..."."""
    partners = [n for n in names.split("|") if n]
    if len(partners) == 1:
        return translate("ReportChecks", "{partner}'s funding of {amount}").format(partner=partners[0], amount=funding)
    if partners:
        return translate("ReportChecks", "Funding from {partners} of {amount}").format(partners=", ".join(partners), amount=funding)
    return translate("ReportChecks", "Funding of {amount}").format(amount=funding)


def _money_checks(project_ids: Sequence[int] | None) -> Iterator[Check]:
    for p in q.project_money(project_ids):
        partners = p.partners

        def funding_of(amount: str) -> str:
            return _partners_funding(partners, amount)

        funding = _over_budget(p, translate("ReportChecks", "Funding above budget"), p.funding_cents, p.funding_usd_cents,
                               p.funding_lines_elsewhere, funding_of)
        spent = _over_budget(p, translate("ReportChecks", "Expenditure above budget"), p.spent_cents, p.spent_usd_cents,
                             p.spent_lines_elsewhere,
                             lambda amount: translate("ReportChecks", "Expenditure of {amount}").format(amount=amount))
        yield from (check for check in (funding, spent) if check is not None)


def _funded_without_budget(project_ids: Sequence[int] | None) -> Iterator[Check]:
    for f in q.funded_without_budget(project_ids):
        text = translate("ReportChecks", "Funding of {amount} is recorded, but the project has no budget.").format(
            amount=_amount(f.funding_usd_cents, USD))
        yield Check(f.code, translate("ReportChecks", "Funding without budget"), text, "US$", dollars(f.funding_usd_cents))


def _over_budget(p: q.ProjectMoney, topic: str, own_cents: int, usd_cents: int, elsewhere: int,
                 subject: Callable[[str], str]) -> Check | None:
    """`subject(amount)` ("Luxembourg's funding of US$...") above the project's budget? Compared in
    the project's own currency (the agreement's, usually) when every line is in it, else in US$;
    a difference in US$ alone, with the lines within the budget in their currency, comes from the
    exchange rates recorded on the lines, and the sentence says so."""
    own = p.currency != USD and not elsewhere
    if own and own_cents > p.budget_cents:
        text = translate("ReportChecks", "{subject} exceeds the project's budget of {budget} by {difference}.").format(
            subject=subject(_amount(own_cents, p.currency)), budget=_amount(p.budget_cents, p.currency),
            difference=_amount(own_cents - p.budget_cents, p.currency))
        return Check(p.code, topic, text, **_figures(p.currency, own_cents, p.budget_cents))
    if usd_cents <= p.budget_usd_cents:
        return None
    words = {"subject": subject(_amount(usd_cents, USD)), "budget": _amount(p.budget_usd_cents, USD),
             "difference": _amount(usd_cents - p.budget_usd_cents, USD)}
    if own:
        text = translate("ReportChecks", "{subject} exceeds the project's budget of {budget} by {difference}, from the exchange "
                         "rates only: in {currency} it is {own_amount}, within the budget of {own_budget}.").format(
            **words, currency=p.currency, own_amount=_amount(own_cents, p.currency), own_budget=_amount(p.budget_cents, p.currency))
    else:
        text = translate("ReportChecks", "{subject} exceeds the project's budget of {budget} by {difference}.").format(**words)
    return Check(p.code, topic, text, **_figures(USD, usd_cents, p.budget_usd_cents))


def _budget_line_checks(project_ids: Sequence[int] | None) -> Iterator[Check]:
    topic = translate("ReportChecks", "Budget lines")
    for b in q.budget_lines_off_budget(project_ids):
        lines = b.lines  # a plain name: pyside6-lupdate misses a count that is an attribute
        if b.budget_cents is None:
            text = translate("ReportChecks", "Its %n budget line(s) total {total}, but the project has no budget.", "", lines).format(
                total=_amount(b.lines_cents, b.currency))
            yield Check(b.code, topic, text, "US$" if b.currency == USD else b.currency, dollars(b.lines_cents))
            continue
        words = {"total": _amount(b.lines_cents, b.currency), "budget": _amount(b.budget_cents, b.currency),
                 "difference": _amount(abs(b.lines_cents - b.budget_cents), b.currency)}
        if b.lines_cents < b.budget_cents:
            text = translate("ReportChecks", "Its %n budget line(s) total {total}, {difference} less than the project's budget of "
                             "{budget}.", "", lines).format(**words)
        else:
            text = translate("ReportChecks", "Its %n budget line(s) total {total}, {difference} more than the project's budget of "
                             "{budget}.", "", lines).format(**words)
        yield Check(b.code, topic, text, **_figures(b.currency, b.lines_cents, b.budget_cents))


def _date_checks(project_ids: Sequence[int] | None, as_of: dt.date) -> Iterator[Check]:
    for p in q.project_dates(project_ids):
        start = dt.date.fromisoformat(p.start) if p.start else None
        last = p.actual_end or p.end
        end = dt.date.fromisoformat(last) if last else None
        if p.stage == Stage.IMPLEMENTATION.value and end is not None and end < as_of:
            yield Check(p.code, translate("ReportChecks", "Past its end date"), translate(
                "ReportChecks", "Its end date, {end}, has passed, but the project is still recorded in implementation.").format(
                end=short_date(end)))
        if p.stage == Stage.APPROVED.value and start is not None and start < as_of:
            yield Check(p.code, translate("ReportChecks", "Not started"), translate(
                "ReportChecks", "Approved to start on {start}, but its implementation is not recorded as started.").format(
                start=short_date(start)))
        if p.stage == Stage.CLOSED.value and not p.actual_end:
            yield Check(p.code, translate("ReportChecks", "Actual end date"), translate(
                "ReportChecks", "The project is closed, but its actual end date is not recorded."))
        if p.actual_end and start is not None and dt.date.fromisoformat(p.actual_end) < start:
            yield Check(p.code, translate("ReportChecks", "Actual end date"), translate(
                "ReportChecks", "Its actual end date, {end}, is before its planned start, {start}.").format(
                end=short_date(dt.date.fromisoformat(p.actual_end)), start=short_date(start)))
        if p.stage in _STARTED and (not p.has_budget or start is None or not p.end):
            yield Check(p.code, translate("ReportChecks", "No evaluation plan"), translate(
                "ReportChecks", "The project has started, but without a budget and planned dates its required evaluations "
                "cannot be planned."))


def _evaluation_checks(project_ids: Sequence[int] | None) -> Iterator[Check]:
    today = dt.date.today()
    for e in q.doubtful_completions(project_ids, today.isoformat()):
        name = evaluation_label(e.kind, e.sequence)
        if e.independence_required and e.independence == "self":
            yield Check(e.code, translate("ReportChecks", "Independent evaluation"), translate(
                "ReportChecks", "{evaluation}: required to be independent, but completed as a self-evaluation.").format(
                evaluation=name))
        if e.completed_on is None:
            yield Check(e.code, translate("ReportChecks", "Completion date"), translate(
                "ReportChecks", "{evaluation}: recorded as completed, without a completion date.").format(evaluation=name))
        elif e.completed_on > today.isoformat():
            yield Check(e.code, translate("ReportChecks", "Completion date"), translate(
                "ReportChecks", "{evaluation}: recorded as completed on {date}, a date still to come.").format(
                evaluation=name, date=short_date(dt.date.fromisoformat(e.completed_on))))


def _spending_checks(project_ids: Sequence[int] | None) -> Iterator[Check]:
    for s in q.spending_outside_dates(project_ids):
        years = [int(y) for y in s.years.split(",") if y]
        count = len(years)  # a plain name: pyside6-lupdate misses a count that is an attribute
        yield Check(s.code, translate("ReportChecks", "Expenditure outside the project's dates"), translate(
            "ReportChecks", "Expenditure of {amount} is recorded for %n year(s) outside the project's dates ({start} to {end}): "
            "{years}.", "", count).format(amount=_amount(s.spent_usd_cents, USD), start=short_date(dt.date.fromisoformat(s.start)),
                                          end=short_date(dt.date.fromisoformat(s.end)), years=", ".join(map(str, years))),
            "US$", dollars(s.spent_usd_cents))


# ---------------------------------------------------------------- the sheet


def write_checks_sheet(book: Book, checks: Iterable[Check], as_of: dt.date, steps: Steps | None = None) -> int:
    """A Checks sheet listing `checks` (from project_checks or iter_project_checks, in the report's
    language; streamed, so a whole portfolio's checks are never all held), or saying that no
    inconsistency was found. Returns how many were listed."""
    cols = [Col(translate("ReportChecks", "Project"), 16), Col(translate("ReportChecks", "Check"), 20, wrap=True),
            Col(translate("ReportChecks", "What is wrong"), 70, wrap=True), Col(translate("ReportChecks", "Currency"), 9),
            Col(translate("ReportChecks", "Found"), 15, DECIMAL), Col(translate("ReportChecks", "Compared with"), 15, DECIMAL),
            Col(translate("ReportChecks", "Difference"), 15, DECIMAL)]
    sheet = book.sheet(translate("ReportChecks", "Checks"), [c.width for c in cols], freeze="A5")
    sheet.heading(translate("ReportChecks", "Checks as of {date}").format(date=long_date(as_of)),
                  translate("ReportChecks", "Records that disagree with each other on {date}: to correct, or to explain to the "
                            "partner, before the report is sent").format(date=long_date(as_of)))
    listed = iter(checks)
    first = next(listed, None)
    if first is None:
        sheet.write([translate("ReportChecks", "No inconsistencies found.")], style="label")
        return 0
    count = 0

    def rows() -> Iterator[tuple[Any, ...]]:
        nonlocal count
        for check in itertools.chain([first], listed):
            count += 1
            compared = check.found is not None and check.compared_with is not None
            # The difference as a value, exact: a formula would keep the whole sheet in memory
            # while the workbook's formulas get their values (a portfolio may list many checks).
            yield (check.project, check.topic, check.text, check.currency or None, check.found, check.compared_with,
                   check.found - check.compared_with if compared else None)  # type: ignore[operator]

    sheet.stream(cols, rows(), steps)
    return count


def checks_sheet_name() -> str:
    """The Checks sheet's name in the current language (a cover lists it)."""
    return sheet_name(translate("ReportChecks", "Checks"))
