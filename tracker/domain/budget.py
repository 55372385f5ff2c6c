"""A project's budget against its budget lines and its expenditure: the lines' total against the
budget, and each line's budget against the expenditure recorded to date under the same heading
and output, in the project's currency (the editor's Budget lines tab shows them beside its table)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from tracker.domain.classifications import ExpenditureType
from tracker.domain.money import CENT, USD, Money
from tracker.domain.project import Expenditure, Project

Key = tuple[ExpenditureType, str]


def line_key(heading: ExpenditureType, output: str) -> Key:
    """Lines and expenditure meet on heading and output, the output compared as the domain
    compares it for uniqueness (spaces around and case do not count)."""
    return heading, (output or "").strip().casefold()


@dataclass(frozen=True)
class HeadingFigures:
    heading: ExpenditureType
    output: str
    budget: Decimal | None  # None: spent under a heading and output no line budgets
    spent: Decimal
    variance_note: str = ""

    @property
    def variance(self) -> Decimal:
        """What is left of the line (negative: overspent)."""
        return (self.budget or Decimal(0)) - self.spent

    @property
    def variance_share(self) -> Decimal | None:
        """The variance as a per cent of the line's budget; None without a budget to divide by."""
        if not self.budget:
            return None
        return (self.variance * 100 / self.budget).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class BudgetFigures:
    lines_total: Decimal | None  # None: the project has no budget lines
    budget: Decimal | None  # the project's budget, None while not given
    rows: list[HeadingFigures]
    unconverted: int  # expenditure lines left out: in another currency with no usable rate

    @property
    def difference(self) -> Decimal | None:
        """Budget minus the lines' total (positive: not all of the budget is in a line)."""
        if self.lines_total is None or self.budget is None:
            return None
        return self.budget - self.lines_total

    @property
    def spent_total(self) -> Decimal:
        return sum((row.spent for row in self.rows), Decimal(0))


def in_project_currency(expenditure: Expenditure, project: Project) -> Decimal | None:
    """An expenditure line's amount in the project's currency: as it is when the currencies are the
    same, else through US$ at the two recorded rates; None when a rate is missing."""
    if expenditure.currency == project.currency:
        return expenditure.amount
    try:
        usd = Money(expenditure.amount, expenditure.currency).in_usd(expenditure.usd_rate)
    except (TypeError, ValueError, ArithmeticError):
        return None
    if project.currency == USD:
        return usd
    if not project.usd_rate or project.usd_rate <= 0:
        return None
    return (usd / project.usd_rate).quantize(CENT, rounding=ROUND_HALF_UP)


def spent_by_then(expenditure: Expenditure, today: date) -> bool:
    """Recorded for a month (or a year, when no month is given) that has begun by `today`."""
    return (expenditure.year, expenditure.month or 1) <= (today.year, today.month)


def budget_figures(project: Project, today: date | None = None) -> BudgetFigures:
    today = today or date.today()
    rows: dict[Key, HeadingFigures] = {}
    for line in project.budget_lines:
        key = line_key(line.heading, line.output)
        if key in rows:  # given twice: the domain flags it on the line; the figures add both
            kept = rows[key]
            rows[key] = HeadingFigures(kept.heading, kept.output, (kept.budget or Decimal(0)) + line.amount, Decimal(0),
                                       kept.variance_note or line.variance_note)
            continue
        rows[key] = HeadingFigures(line.heading, line.output.strip(), line.amount, Decimal(0), line.variance_note)
    spent: dict[Key, Decimal] = {}
    unbudgeted: dict[Key, HeadingFigures] = {}
    unconverted = 0
    for expenditure in project.expenditures:
        if not spent_by_then(expenditure, today):
            continue
        amount = in_project_currency(expenditure, project)
        if amount is None:
            unconverted += 1
            continue
        key = line_key(expenditure.expenditure_type, expenditure.output)
        spent[key] = spent.get(key, Decimal(0)) + amount
        if key not in rows and key not in unbudgeted:
            unbudgeted[key] = HeadingFigures(expenditure.expenditure_type, expenditure.output.strip(), None, Decimal(0))
    ordered = [*rows.items(), *sorted(unbudgeted.items(), key=lambda item: (list(ExpenditureType).index(item[0][0]), item[0][1]))]
    shown = [HeadingFigures(row.heading, row.output, row.budget, spent.get(key, Decimal(0)), row.variance_note) for key, row in ordered]
    return BudgetFigures(project.budget_lines_total(), project.budget, shown, unconverted)
