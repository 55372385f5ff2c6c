"""The portfolio table's columns: one list of specs drives the header, the display text, the
alignment, the sort key and the tooltip (as Anki's browser columns do)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from tracker.domain import i18n
from tracker.domain.classifications import Region, Stage
from tracker.domain.codelists import country_name
from tracker.gui.formats import Formats, delivery_tenths_column
from tracker.store.queries import PortfolioRow

# Regular-budget (RBTC) money is the ILO's own and has no partner; the partner column names it so
# that such projects do not show an empty cell (in the user's language: regular_budget_funder()).
REGULAR_BUDGET_FUNDER = QT_TRANSLATE_NOOP("PortfolioColumns", "ILO RBTC")

# Keys of empty cells sort after every value in ascending order (as spreadsheets place blanks);
# in descending order the model moves them to the end again (is_empty_key): blanks are last both
# ways, as the README promises.
_LAST = sys.maxsize
_LAST_TEXT = "\U0010ffff"
_EMPTY_KEYS = frozenset((_LAST, _LAST_TEXT))


def is_empty_key(key: Any) -> bool:
    """Whether a sort key is that of an empty cell."""
    return key in _EMPTY_KEYS
_STAGE_ORDER = {stage: index for index, stage in enumerate(Stage)}



@dataclass(frozen=True)
class Column:
    key: str  # stable name: tests and settings refer to columns by it
    title: str  # header text (translated when shown)
    header_tip: str
    # Display text of a whole column, computed once per load: one comprehension per column
    # rather than a Python call per cell (0.48 s -> 0.25 s for 100,000 rows, measured).
    texts: Callable[[Sequence[PortfolioRow], Formats], list[str]]
    sort_key: Callable[[PortfolioRow], Any]  # computed once per column, on the first sort by it
    tooltip: Callable[[PortfolioRow, Formats], str] | None = None  # on demand (hover only)
    numeric: bool = False  # right-aligned, as figures are read
    # Typical widest text: sets the default width in the table's font. Words are marked for
    # translation (the language's words have their own widths); figures and codes are not.
    sample: str = "0000000000"
    stretch: bool = False  # takes the width the other columns leave
    emphasis: bool = False  # overdue cells are bold: the default width allows for it
    icon: bool = False  # overdue cells carry a warning icon: likewise

    def text(self, row: PortfolioRow, fmt: Formats) -> str:
        return self.texts([row], fmt)[0]


def regular_budget_funder() -> str:
    """What the partner column says of the ILO's regular budget, in the app's language."""
    return QCoreApplication.translate("PortfolioColumns", REGULAR_BUDGET_FUNDER)


def funders(row: PortfolioRow, regular: str | None = None) -> str:
    """The partner column's text; `regular`: regular_budget_funder(), when the caller has it."""
    if row.regular_budget:
        regular = regular or regular_budget_funder()
        return f"{row.partners}, {regular}" if row.partners else regular
    return row.partners


def _funders_column(rows: Sequence[PortfolioRow]) -> list[str]:
    regular = regular_budget_funder()  # translated once per load, not once per row
    return [funders(r, regular) for r in rows]


def _partners_tip(row: PortfolioRow, fmt: Formats) -> str:
    lines = [f"{code}: {name}" for code, name in zip(row.partners.split(", "), row.partner_names)] if row.partners else []
    if row.regular_budget:
        lines.append(f"{regular_budget_funder()}: " + QCoreApplication.translate("PortfolioColumns", "the ILO's regular budget for technical cooperation"))
    if row.modalities:
        lines.append(QCoreApplication.translate("PortfolioColumns", "Funding: {modalities}").format(modalities=", ".join(m.label for m in row.modalities)))
    return "\n".join(lines) or QCoreApplication.translate("PortfolioColumns", "No funding recorded yet")


def country_names(codes: str) -> str:
    """Each country as code and name, in the app's language ("GM: Gambia", "GM: Gambie")."""
    language = i18n.current_language()
    return "\n".join(f"{code}: {country_name(code, language)}" for code in codes.split(", ")) if codes else ""


def _code_tip(row: PortfolioRow, fmt: Formats) -> str:
    return f"{row.code}\n" + QCoreApplication.translate("PortfolioColumns", "Demo data: an illustrative project with invented figures") if row.is_demo else row.code


def _delivery_tip(row: PortfolioRow, fmt: Formats) -> str:
    if not row.budget_cents:
        return QCoreApplication.translate("PortfolioColumns", "No approved budget yet")
    return QCoreApplication.translate("PortfolioColumns", "US$ {spent} spent of a budget of US$ {budget}").format(spent=fmt.money(row.expenditure_cents), budget=fmt.money(row.budget_cents))


def evaluation_tip(row: PortfolioRow, fmt: Formats) -> str:
    lines = []
    if row.overdue_count:
        lines.append(QCoreApplication.translate("PortfolioColumns", "Overdue:"))
        lines += [f"• {item.label}, " + QCoreApplication.translate("PortfolioColumns", "due {date}").format(date=fmt.date(item.due)) for item in row.overdue]
    if row.next_evaluation and row.next_due:
        lines.append(QCoreApplication.translate("PortfolioColumns", "Next: {kind}, due {date}").format(kind=row.next_evaluation.label, date=fmt.date(row.next_due)))
    return "\n".join(lines) or QCoreApplication.translate("PortfolioColumns", "No mandatory evaluation open")


@lru_cache(maxsize=64)
def _status_text(overdue: int, scheduled: bool) -> str:
    # Cached: a handful of distinct texts for 100,000 rows, and translate() costs a microsecond.
    if overdue:
        return QCoreApplication.translate("PortfolioColumns", "{n} overdue").format(n=overdue)
    return QCoreApplication.translate("PortfolioColumns", "On schedule") if scheduled else QCoreApplication.translate("PortfolioColumns", "None open")


def _status_key(row: PortfolioRow) -> int:
    # Most overdue first, then projects with an evaluation to come, then those with none open.
    return -row.overdue_count if row.overdue_count else (0 if row.next_due else 1)


def _text_key(getter: Callable[[PortfolioRow], str]) -> Callable[[PortfolioRow], str]:
    return lambda row: getter(row).casefold() or _LAST_TEXT


def _date_key(name: str) -> Callable[[PortfolioRow], int]:
    get = attrgetter(name)
    return lambda row: d.toordinal() if (d := get(row)) is not None else _LAST


@lru_cache(maxsize=64)
def _region_key(region: Region | None, language: str) -> str:
    # Cached per language: a region's label is translated, a microsecond a row.
    return region.label.casefold() if region else _LAST_TEXT


def _delivery_key(row: PortfolioRow) -> float | int:
    return row.expenditure_cents / row.budget_cents if row.budget_cents else _LAST


def _stage_text(row: PortfolioRow) -> str:
    """The stage, and "archived" for a project listed with View > Show Archived Projects."""
    if not row.archived:
        return row.stage.label
    return QCoreApplication.translate("PortfolioColumns", "{stage} (archived)").format(stage=row.stage.label)


def _labels_column(rows: Sequence[PortfolioRow], text: Callable[[PortfolioRow], str], value: Callable[[PortfolioRow], Any]) -> list[str]:
    """A column of translated labels: each distinct value's text made once and shared by its rows
    (a label is translated at each call: 100,000 new strings, 6 MB, for eight stages)."""
    made: dict[Any, str] = {}
    column = []
    for row in rows:
        key = value(row)
        label = made.get(key)
        if label is None:
            label = made[key] = text(row)
        column.append(label)
    return column


COLUMNS: list[Column] = [
    Column("code", QT_TRANSLATE_NOOP("PortfolioColumns", "Code"), QT_TRANSLATE_NOOP("PortfolioColumns", "Project code (demo projects in italics)"),
           texts=lambda rows, f: [r.code for r in rows], sort_key=attrgetter("code"), tooltip=_code_tip,
           sample="PRY/22/01/UNDP"),
    Column("title", QT_TRANSLATE_NOOP("PortfolioColumns", "Title"), QT_TRANSLATE_NOOP("PortfolioColumns", "Project title"),
           texts=lambda rows, f: [r.title for r in rows], sort_key=_text_key(attrgetter("title")),
           tooltip=lambda r, f: r.title, sample="Youth employment in the Sahel", stretch=True),
    Column("partners", QT_TRANSLATE_NOOP("PortfolioColumns", "Partners"), QT_TRANSLATE_NOOP("PortfolioColumns", "Funding partners (ILO RBTC: the ILO's regular budget)"),
           texts=lambda rows, f: _funders_column(rows), sort_key=_text_key(funders), tooltip=_partners_tip,
           sample=REGULAR_BUDGET_FUNDER),
    Column("region", QT_TRANSLATE_NOOP("PortfolioColumns", "Region"), QT_TRANSLATE_NOOP("PortfolioColumns", "ILO region"),
           texts=lambda rows, f: _labels_column(rows, lambda r: r.region.label if r.region else "", attrgetter("region")),
           sort_key=lambda r: _region_key(r.region, i18n.current_language()),
           tooltip=lambda r, f: r.region.label if r.region else "", sample=QT_TRANSLATE_NOOP("PortfolioColumns", "Interregional")),
    Column("countries", QT_TRANSLATE_NOOP("PortfolioColumns", "Countries"), QT_TRANSLATE_NOOP("PortfolioColumns", "Countries (ISO codes)"),
           texts=lambda rows, f: [r.countries for r in rows], sort_key=_text_key(attrgetter("countries")),
           tooltip=lambda r, f: country_names(r.countries), sample="BF, SN, ML"),
    Column("stage", QT_TRANSLATE_NOOP("PortfolioColumns", "Stage"), QT_TRANSLATE_NOOP("PortfolioColumns", "Project-cycle stage (sorts in cycle order)"),
           texts=lambda rows, f: _labels_column(rows, _stage_text, attrgetter("stage", "archived")),
           sort_key=lambda r: _STAGE_ORDER[r.stage],
           tooltip=lambda r, f: r.stage.label, sample=QT_TRANSLATE_NOOP("PortfolioColumns", "Implementation")),
    Column("start", QT_TRANSLATE_NOOP("PortfolioColumns", "Start"), QT_TRANSLATE_NOOP("PortfolioColumns", "Planned start"),
           texts=lambda rows, f: f.date_column([r.start for r in rows]), sort_key=_date_key("start"),
           numeric=True, sample="2024-12-31"),
    Column("end", QT_TRANSLATE_NOOP("PortfolioColumns", "End"), QT_TRANSLATE_NOOP("PortfolioColumns", "Planned end (after revisions)"),
           texts=lambda rows, f: f.date_column([r.end for r in rows]), sort_key=_date_key("end"),
           numeric=True, sample="2024-12-31"),
    Column("budget", QT_TRANSLATE_NOOP("PortfolioColumns", "Budget (US$)"), QT_TRANSLATE_NOOP("PortfolioColumns", "Current approved budget in US$"),
           texts=lambda rows, f: f.money_column([r.budget_cents for r in rows]),
           sort_key=lambda r: _LAST if r.budget_cents is None else r.budget_cents, numeric=True, sample="99,999,999.99"),
    Column("expenditure", QT_TRANSLATE_NOOP("PortfolioColumns", "Spent (US$)"), QT_TRANSLATE_NOOP("PortfolioColumns", "Cumulative expenditure in US$"),
           texts=lambda rows, f: f.money_column([r.expenditure_cents for r in rows]),
           sort_key=attrgetter("expenditure_cents"), numeric=True, sample="99,999,999.99"),
    Column("delivery", QT_TRANSLATE_NOOP("PortfolioColumns", "Delivery %"), QT_TRANSLATE_NOOP("PortfolioColumns", "Delivery rate: expenditure over approved budget, per cent"),
           texts=lambda rows, f: f.tenths_column(delivery_tenths_column([(r.expenditure_cents, r.budget_cents) for r in rows])),
           sort_key=_delivery_key, tooltip=_delivery_tip, numeric=True, sample="100.0"),
    Column("next_due", QT_TRANSLATE_NOOP("PortfolioColumns", "Eval. due"), QT_TRANSLATE_NOOP("PortfolioColumns", "Due date of the next mandatory evaluation still open"),
           texts=lambda rows, f: f.date_column([r.next_due for r in rows]), sort_key=_date_key("next_due"),
           tooltip=evaluation_tip, numeric=True, sample="2024-12-31", emphasis=True),
    Column("evaluation", QT_TRANSLATE_NOOP("PortfolioColumns", "Eval. status"), QT_TRANSLATE_NOOP("PortfolioColumns", "Overdue mandatory evaluations, or whether one is scheduled"),
           texts=lambda rows, f: [_status_text(r.overdue_count, r.next_due is not None) for r in rows],
           sort_key=_status_key, tooltip=evaluation_tip, sample=QT_TRANSLATE_NOOP("PortfolioColumns", "00 overdue"), emphasis=True, icon=True),
]

COLUMN_INDEX = {column.key: index for index, column in enumerate(COLUMNS)}
