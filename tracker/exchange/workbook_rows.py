"""The layout of the import workbook as data: its sheets, their columns, and how one cell is read.

The template writer, the importer and the notes sheet all read these tables, so a column is
described once: its header, the record field it fills (also the field name the domain's
validation uses, which is how a domain problem finds its cell), whether it is required, its kind
and the note a user reads."""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from tracker.domain import records as rk
from tracker.domain.classifications import (
    Classification,
    Theme,
)
from tracker.domain.codelists import country_code
from tracker.domain.dates import date_range_problem
from tracker.domain.errors import OutOfRange
from tracker.domain.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate, using_language
from tracker.domain.money import MAX_AMOUNT, MAX_RATE, amount_size_problem, parse_decimal
from tracker.domain.numbers import format_number, number_style

REQUIRED_MARK = " *"


def folded(text: str) -> str:
    """A heading or sheet name as it is compared: case, accents and spaces aside."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def in_every_language(text: Callable[[], str]) -> set[str]:
    """`text()` in English, French and Spanish, folded: the forms a file written in any of them uses."""
    forms = set()
    for language in LANGUAGES:
        with using_language(language):
            forms.add(folded(text()))
    return forms


@dataclass(frozen=True)
class Column:
    english: str  # the header in English, marked for translation (context "ImportWorkbook")
    field: str
    kind: str  # text, code, currency, date, amount, rate, number, int, bool, choice, choices, countries
    required: bool = False
    choices: type[Classification] | None = None
    note: tuple[str, ...] = ()  # sentences marked for translation (context "ImportWorkbook")
    width: float = 16
    record: str = ""  # the record kind whose description gives the header (its label), if any

    @property
    def header(self) -> str:
        """The header in the current language: the described field's label, or the workbook's own."""
        if self.record:
            return rk.kind_named(self.record).field(self.field).header
        return translate("ImportWorkbook", self.english)

    @property
    def title(self) -> str:
        """The header as written in the template: required columns end in ' *'."""
        return self.header + (REQUIRED_MARK if self.required else "")

    @property
    def note_text(self) -> str:
        """The note a user reads, in the current language."""
        codes = ", ".join(self.choices.codes()) if self.choices is not None else ""
        return " ".join(translate("ImportWorkbook", sentence).replace("{codes}", codes) for sentence in self.note)

    def headers(self) -> set[str]:
        """The header in every language, folded: what a heading of a filled file may say."""
        if self.record:
            return {folded(form) for form in rk.label_variants(rk.kind_named(self.record).field(self.field))} | {folded(self.english)}
        return in_every_language(lambda: self.header) | {folded(self.english)}


@dataclass(frozen=True)
class SheetSpec:
    name: str  # the sheet's name in English: how the code names it (marked, context "ImportWorkbook")
    key: str  # how a row is matched with what is stored (for the notes)
    note: str
    columns: tuple[Column, ...]

    def column(self, field_name: str) -> Column | None:
        return next((c for c in self.columns if c.field == field_name), None)

    @property
    def title(self) -> str:
        """The sheet's name in the current language, as the template writes it."""
        return translate("ImportWorkbook", self.name)

    def titles(self) -> set[str]:
        """The sheet's name in every language, folded."""
        return in_every_language(lambda: self.title) | {folded(self.name)}


def _column(kind: rk.RecordKind, name: str, cell: str, *, note: tuple[str, ...], width: float,
            required: bool | None = None, choices: type[Classification] | None = None) -> Column:
    """A column that fills a described field: its header, whether a value is required and its
    list of choices come from the record's description (tracker.domain.records); the kind of cell,
    the note and the width are the workbook's own. `required` and `choices` name an exception."""
    spec = kind.field(name)
    base = spec.base_type
    if choices is None and isinstance(base, type) and issubclass(base, Classification):
        choices = base
    return Column(spec.header, name, cell, spec.required if required is None else required, choices, note, width, kind.name)


def _n(*sentences: str) -> tuple[str, ...]:
    return sentences


# Exceptions to the descriptions, named where they apply: the owning project is a code column of
# its own on every child sheet; the currency may be left blank for US$; an evaluation's due date is
# set by the rules for the evaluations they require; ratings are one column per criterion; a
# funding line's partner is given by its code; themes are a list of codes.
_PROJECT = Column(QT_TRANSLATE_NOOP("ImportWorkbook", "Project code"), "project_code", "code", True,
                  note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Code of a project on the Projects sheet or already in tracker.")), width=18)
_AMOUNT_NOTE = QT_TRANSLATE_NOOP("ImportWorkbook", "A number (no currency sign); at most two decimals.")
_RATE_NOTE = QT_TRANSLATE_NOOP("ImportWorkbook", "US$ value of one unit of the currency (EUR at 1.08 means 1 EUR = 1.08 US$). "
                               "Blank: 1 for USD; for another currency, the rate in force on the row's date in tracker's table "
                               "of exchange rates (a funding line's approval date; an expenditure line's month, or 1 July of its "
                               "year without a month; a project's planned start).")
_LIST = QT_TRANSLATE_NOOP("ImportWorkbook", "Drop-down list.")
_NUMBER = QT_TRANSLATE_NOOP("ImportWorkbook", "A number.")
_FREE_TEXT = QT_TRANSLATE_NOOP("ImportWorkbook", "Free text.")
_CURRENCY = Column(QT_TRANSLATE_NOOP("ImportWorkbook", "Currency"), "currency", "currency",
                   note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "ISO 4217 code (blank: USD).")), width=10)
_RATE = Column(QT_TRANSLATE_NOOP("ImportWorkbook", "US$ rate"), "usd_rate", "rate", note=_n(_RATE_NOTE), width=10)
_OUTPUT_NOTE = QT_TRANSLATE_NOOP("ImportWorkbook", "The output of the agreement, where the budget is set by output "
                                 "(e.g. Output 1); blank otherwise.")
_RATING_NOTE = _n(QT_TRANSLATE_NOOP("ImportWorkbook", "1 (highly unsatisfactory) to 6 (highly satisfactory)."))

PARTNERS = SheetSpec(
    QT_TRANSLATE_NOOP("ImportWorkbook", "Partners"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "partner code"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "Funding partners. Only needed for partners not yet in tracker; a partner already there "
                      "is matched by its code and updated."),
    (
        _column(rk.PARTNER, "code", "code", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Short code, e.g. LUX (2-40 letters, digits, - _ . /).")), width=14),
        _column(rk.PARTNER, "name", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Full name, unique among partners.")), width=32),
        _column(rk.PARTNER, "category", "choice", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Partner category (drop-down list).")), width=24),
        _column(rk.PARTNER, "non_state_kind", "choice", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Only for non-state actors, and required for them.")), width=18),
        _column(rk.PARTNER, "country", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "ISO 3166 two-letter code of the partner's country, if any.")), width=10),
    ),
)

PROJECTS = SheetSpec(
    QT_TRANSLATE_NOOP("ImportWorkbook", "Projects"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "project code"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "One row per project. A code already in tracker updates that project; a new code creates one."),
    (
        _column(rk.PROJECT, "code", "code", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Project code, e.g. SEN/24/01/LUX; unique in the file.")), width=18),
        _column(rk.PROJECT, "title", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Title (under 500 characters).")), width=40),
        _column(rk.PROJECT, "description", "text", note=_n(_FREE_TEXT), width=30),
        _column(rk.PROJECT, "stage", "choice", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Only for new projects (blank: Design). An existing project changes "
                                                                         "stage only through a project-cycle action in tracker.")), width=16),
        _column(rk.PROJECT, "region", "choice", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "ILO region (drop-down list).")), width=18),
        _column(rk.PROJECT, "countries", "countries", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "ISO codes or names separated by commas, e.g. SN, ML or Senegal, Mali.")), width=18),
        _column(rk.PROJECT, "outcome", "choice", note=_n(_LIST), width=20),
        _column(rk.PROJECT, "themes", "choices", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Cross-cutting themes as a comma-separated list of codes: {codes}.")),
                width=24, choices=Theme),
        _column(rk.PROJECT, "office", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Responsible office.")), width=14),
        _column(rk.PROJECT, "officer", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Responsible officer.")), width=16),
        _column(rk.PROJECT, "planned_start", "date", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Date (YYYY-MM-DD or an Excel date).")), width=13),
        _column(rk.PROJECT, "planned_end", "date", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Last day of the project (YYYY-MM-DD or an Excel date).")), width=13),
        _column(rk.PROJECT, "actual_end", "date", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Once the project has ended.")), width=13),
        _column(rk.PROJECT, "budget", "amount", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Approved budget in the project's currency."), _AMOUNT_NOTE), width=15),
        _CURRENCY,
        _RATE,
        _column(rk.PROJECT, "midterm_review_agreed", "bool", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "yes or no (projects over 30 months).")), width=12),
        _column(rk.PROJECT, "purpose_code", "code", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "The OECD DAC 5-digit purpose code of what the project "
                                                                              "does, e.g. 16020 (employment creation); blank: the code its "
                                                                              "themes stand for.")), width=10),
        _column(rk.PROJECT, "capital_spend", "number", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Per cent of the budget spent on assets "
                                                                                 "(buildings, equipment): 0 for technical cooperation that "
                                                                                 "buys none; blank when not known.")), width=10),
    ),
)

FUNDING = SheetSpec(
    QT_TRANSLATE_NOOP("ImportWorkbook", "Funding"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "project code + partner code + approved on + modality"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "Approved contributions to a project."),
    (
        _PROJECT,
        Column(QT_TRANSLATE_NOOP("ImportWorkbook", "Partner code"), "partner", "code",
               note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "A partner on the Partners sheet or already in tracker; blank only for regular budget (rbtc).")), width=14),
        _column(rk.FUNDING, "modality", "choice", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Funding modality (drop-down list).")), width=22),
        _column(rk.FUNDING, "approved_on", "date", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Date of approval (YYYY-MM-DD or an Excel date).")), width=13),
        _column(rk.FUNDING, "amount", "amount", note=_n(_AMOUNT_NOTE, QT_TRANSLATE_NOOP("ImportWorkbook", "Greater than zero.")), width=15),
        _CURRENCY,
        _RATE,
        _column(rk.FUNDING, "locally_mobilized", "bool", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "yes or no (blank: no).")), width=12),
        _column(rk.FUNDING, "agreement_reference", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "The funding agreement's reference number, "
                                                                                     "as the partner's financial reports quote it.")), width=18),
    ),
)

EXPENDITURE = SheetSpec(
    QT_TRANSLATE_NOOP("ImportWorkbook", "Expenditure"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "project code + year + month + type of expenditure + output"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "Expenditure by year (and month, if known) and type of assistance."),
    (
        _PROJECT,
        _column(rk.EXPENDITURE, "year", "int", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Calendar year, e.g. 2025.")), width=8),
        _column(rk.EXPENDITURE, "month", "int", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "1-12, or blank for a whole-year figure.")), width=8),
        _column(rk.EXPENDITURE, "expenditure_type", "choice", note=_n(_LIST), width=22),
        _column(rk.EXPENDITURE, "amount", "amount", note=_n(_AMOUNT_NOTE, QT_TRANSLATE_NOOP("ImportWorkbook", "Negative for refunds or corrections.")), width=15),
        _CURRENCY,
        _RATE,
        _column(rk.EXPENDITURE, "output", "text", note=_n(_OUTPUT_NOTE), width=18),
    ),
)

EVALUATIONS = SheetSpec(
    QT_TRANSLATE_NOOP("ImportWorkbook", "Evaluations"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "project code + kind + sequence"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "Evaluations and their results. Evaluations the rules require are planned by tracker "
                      "itself; a row here records their status and results, or adds an evaluation the rules do not require."),
    (
        _PROJECT,
        _column(rk.EVALUATION, "kind", "choice", note=_n(_LIST), width=16),
        _column(rk.EVALUATION, "sequence", "int", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Number of an annual review (1, 2, ...); blank: 1.")), width=9),
        _column(rk.EVALUATION, "due", "date", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Due date. Required for an evaluation the rules do not plan; "
                                                                         "the rules set the due date of a planned one they require.")), width=13, required=False),
        _column(rk.EVALUATION, "status", "choice", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Drop-down list (blank: planned).")), width=14),
        _column(rk.EVALUATION, "independence", "choice", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Drop-down list (blank: self).")), width=18),
        _column(rk.EVALUATION, "completed_on", "date", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Required for a completed evaluation.")), width=13),
        _column(rk.EVALUATION, "evaluator", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Required for a completed evaluation.")), width=18),
        Column(QT_TRANSLATE_NOOP("ImportWorkbook", "Rating relevance"), "rating_relevance", "int", note=_RATING_NOTE, width=9),
        Column(QT_TRANSLATE_NOOP("ImportWorkbook", "Rating efficiency"), "rating_efficiency", "int", note=_RATING_NOTE, width=9),
        Column(QT_TRANSLATE_NOOP("ImportWorkbook", "Rating effectiveness"), "rating_effectiveness", "int", note=_RATING_NOTE, width=9),
        Column(QT_TRANSLATE_NOOP("ImportWorkbook", "Rating impact"), "rating_impact", "int", note=_RATING_NOTE, width=9),
        Column(QT_TRANSLATE_NOOP("ImportWorkbook", "Rating sustainability"), "rating_sustainability", "int", note=_RATING_NOTE, width=9),
        _column(rk.EVALUATION, "findings", "text", note=_n(_FREE_TEXT), width=30),
        _column(rk.EVALUATION, "waiver_reason", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Required for a waived evaluation.")), width=20),
    ),
)

INDICATORS = SheetSpec(
    QT_TRANSLATE_NOOP("ImportWorkbook", "Result indicators"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "project code + indicator name"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "Result indicators: baseline, target and what has been achieved."),
    (
        _PROJECT,
        _column(rk.RESULT_INDICATOR, "name", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Indicator name, unique within its project.")), width=36),
        _column(rk.RESULT_INDICATOR, "unit", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "E.g. people, %, policies.")), width=12),
        _column(rk.RESULT_INDICATOR, "baseline", "number", note=_n(_NUMBER), width=11),
        _column(rk.RESULT_INDICATOR, "target", "number", note=_n(_NUMBER), width=11),
        _column(rk.RESULT_INDICATOR, "achieved", "number", note=_n(_NUMBER), width=11),
        _column(rk.RESULT_INDICATOR, "women_share", "number", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Per cent of the people counted who are women (0-100).")), width=10),
    ),
)

BUDGET_LINES = SheetSpec(
    QT_TRANSLATE_NOOP("ImportWorkbook", "Budget lines"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "project code + heading + output"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "The approved budget by budget line, in the project's currency: one row per heading "
                      "(and output, where the agreement budgets by output)."),
    (
        _PROJECT,
        _column(rk.BUDGET_LINE, "heading", "choice", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "The type of expenditure the line budgets "
                                                                                "(drop-down list).")), width=22),
        _column(rk.BUDGET_LINE, "output", "text", note=_n(_OUTPUT_NOTE), width=18),
        _column(rk.BUDGET_LINE, "amount", "amount", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "In the project's currency."), _AMOUNT_NOTE),
                width=15),
        _column(rk.BUDGET_LINE, "variance_note", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Why expenditure departs from the line, "
                                                                                   "in a sentence the partner reads.")), width=36),
    ),
)

PROGRESS_REPORTS = SheetSpec(
    QT_TRANSLATE_NOOP("ImportWorkbook", "Progress reports"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "project code + period start + period end"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "What the project reports on a period: the narrative a funding partner asks for."),
    (
        _PROJECT,
        _column(rk.PROGRESS_REPORT, "period_start", "date", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "First day of the period reported on.")), width=13),
        _column(rk.PROGRESS_REPORT, "period_end", "date", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Last day of the period reported on.")), width=13),
        _column(rk.PROGRESS_REPORT, "summary", "text", note=_n(_FREE_TEXT), width=40),
        _column(rk.PROGRESS_REPORT, "challenges", "text", note=_n(_FREE_TEXT), width=30),
        _column(rk.PROGRESS_REPORT, "lessons", "text", note=_n(_FREE_TEXT), width=30),
        _column(rk.PROGRESS_REPORT, "next_steps", "text", note=_n(_FREE_TEXT), width=30),
        _column(rk.PROGRESS_REPORT, "prepared_by", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Who prepared the report.")), width=18),
    ),
)

INDICATOR_VALUES = SheetSpec(
    QT_TRANSLATE_NOOP("ImportWorkbook", "Indicator values"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "project code + indicator + measured on"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "The value an indicator reached on a date (at the end of a reported period)."),
    (
        _PROJECT,
        # The indicator by its name within the project (a UUID is no one's to type).
        _column(rk.INDICATOR_VALUE, "indicator_uuid", "text", note=_n(QT_TRANSLATE_NOOP(
            "ImportWorkbook", "The name of one of the project's indicators (on the Result indicators sheet or already in tracker).")), width=36),
        _column(rk.INDICATOR_VALUE, "value", "number", note=_n(_NUMBER), width=11),
        _column(rk.INDICATOR_VALUE, "measured_on", "date", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Date of the measurement (YYYY-MM-DD or an Excel date).")), width=13),
        _column(rk.INDICATOR_VALUE, "note", "text", note=_n(_FREE_TEXT), width=30),
    ),
)

_DEGREES = QT_TRANSLATE_NOOP("ImportWorkbook", "Decimal degrees, north and east positive (e.g. 14.69 and -17.44 for Dakar); "
                             "give both coordinates or neither.")
LOCATIONS = SheetSpec(
    QT_TRANSLATE_NOOP("ImportWorkbook", "Locations"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "project code + name"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "Places within the project's countries where it works (a province, a district, a town), "
                      "published with its IATI activity."),
    (
        _PROJECT,
        _column(rk.LOCATION, "name", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "The place's name, unique within its project.")), width=24),
        _column(rk.LOCATION, "country", "country", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "One of the project's countries: ISO code or name.")),
                width=14),
        _column(rk.LOCATION, "latitude", "number", note=_n(_DEGREES), width=11),
        _column(rk.LOCATION, "longitude", "number", note=_n(_DEGREES), width=11),
        _column(rk.LOCATION, "description", "text", note=_n(_FREE_TEXT), width=36),
    ),
)

# What was recorded at appraisal (schema v11): the Approve action, and a project entering past
# Appraisal, look for the records its rule set's appraisal requirements ask for.
APPRAISALS = SheetSpec(
    QT_TRANSLATE_NOOP("ImportWorkbook", "Appraisal records"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "project code + requirement + recorded on"),
    QT_TRANSLATE_NOOP("ImportWorkbook", "What the appraisal recorded to meet an appraisal requirement of the project's evaluation rule "
                      "set (the environmental and social screening with its risk category, for example): approving a project "
                      "looks for them."),
    (
        _PROJECT,
        _column(rk.APPRAISAL, "requirement", "code", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "The code of the rule set's appraisal "
                                                                              "requirement, e.g. ess-screening.")), width=18),
        _column(rk.APPRAISAL, "recorded_on", "date", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Date of the record (YYYY-MM-DD or an Excel date).")),
                width=13),
        _column(rk.APPRAISAL, "result", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "What it found, e.g. the risk category; one of "
                                                                         "the rule set's choices where it names some.")), width=16),
        _column(rk.APPRAISAL, "recorded_by", "text", note=_n(QT_TRANSLATE_NOOP("ImportWorkbook", "Who recorded it.")), width=18),
        _column(rk.APPRAISAL, "note", "text", note=_n(_FREE_TEXT), width=36),
    ),
)

SHEETS: tuple[SheetSpec, ...] = (PROJECTS, PARTNERS, FUNDING, EXPENDITURE, EVALUATIONS, INDICATORS, BUDGET_LINES, PROGRESS_REPORTS,
                                 INDICATOR_VALUES, LOCATIONS, APPRAISALS)
SHEETS_BY_NAME = {s.name.casefold(): s for s in SHEETS}  # by the English name, as the code names a sheet


def sheet_named(title: str) -> SheetSpec | None:
    """The template sheet a workbook's sheet is, by its name in English, French or Spanish."""
    wanted = folded(title)
    return next((s for s in SHEETS if wanted in s.titles()), None)


def yes_no() -> tuple[str, str]:
    """How a yes/no cell is written in the current language."""
    return translate("ImportWorkbook", "yes"), translate("ImportWorkbook", "no")


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; the message is the plain reason."""


def _shown_number(value: Decimal | int) -> str:
    """A limit as the user's locale writes whole numbers."""
    return format_number(Decimal(value), number_style(), 0)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return str(value).strip()


def _decimal(value: object, what: str) -> Decimal:
    if isinstance(value, bool):
        raise CellError(translate("ImportCell", "{what} must be a number, not {value}").format(what=what, value=value))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellError(translate("ImportCell", "{value} is not a finite number").format(value=value))
        # Excel keeps numbers as doubles; the shortest repr is what the user typed (1234.56).
        value = Decimal(repr(value))
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        raise CellError(translate("ImportCell", "{what} must be a number, not a date").format(what=what))
    try:
        return parse_decimal(value if isinstance(value, (int, Decimal)) else str(value), what)  # type: ignore[arg-type]
    except OutOfRange as exc:
        # The message quotes the cell; a cell of 5,000 digits is not quoted.
        too_long = len(str(exc)) > 200
        raise CellError(translate("ImportCell", "{what} is far too large: tracker keeps numbers below {limit}").format(
            what=what, limit=_shown_number(MAX_AMOUNT)) if too_long else str(exc)) from None
    except ValueError:
        raise CellError(translate("ImportCell", "'{value}' is not a number").format(value=_text(value))) from None


# The most a whole-number cell holds (a year, a month, a sequence, a rating): the domain checks
# each one's own range, this keeps what reaches it an ordinary integer.
_MAX_WHOLE = 1_000_000


def _date(value: object) -> dt.date:
    day = _calendar_date(value)
    # The rules plan across a project's dates: 0001-01-01 or 9999-12-31 is a typing slip.
    if (why := date_range_problem(day)) is not None:
        raise CellError(translate("ImportCell", "{why}; check the year").format(why=why))
    return day


def _calendar_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.time() != dt.time():
            raise CellError(translate("ImportCell", "{value} has a time of day; give a date only").format(value=value.isoformat(sep=" ")))
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, dt.time):
        raise CellError(translate("ImportCell", "{value} is a time of day, not a date; type YYYY-MM-DD or format the cell as a date").format(value=value.isoformat()))
    if isinstance(value, (int, float)):
        raise CellError(translate("ImportCell", "{value} is a number, not a date; type YYYY-MM-DD or format the cell as a date").format(value=_text(value)))
    text = str(value).strip()
    try:
        if len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CellError(translate("ImportCell", "'{value}' is not a date; use YYYY-MM-DD (e.g. 2025-01-31) or an Excel date").format(value=text)) from None


# Yes and no as people type them in English, French and Spanish (besides the words of yes_no()).
_TRUE = {"yes", "y", "true", "1", "x", "oui", "o", "vrai", "si", "s", "verdadero"}
_FALSE = {"no", "n", "false", "0", "non", "faux", "falso"}


def _number(column: Column, value: object) -> Decimal | int:
    """An amount, rate, number or whole number, within what tracker keeps."""
    kind = column.kind
    number = _decimal(value, column.header)
    if kind == "amount":
        if (why := amount_size_problem(number, column.header)) is not None:
            raise CellError(why)
        # Whole and one-decimal amounts are kept to the cent; more decimals are for the domain to refuse.
        return number.quantize(Decimal("0.01")) if number.as_tuple().exponent >= -2 else number  # type: ignore[operator]
    if kind == "rate":
        if number >= MAX_RATE:
            raise CellError(translate("ImportCell", "{value} is not a plausible US$ rate (one unit worth {limit} US$ or more)").format(
                value=number, limit=_shown_number(MAX_RATE)))
        return number
    if kind == "number":
        if abs(number) >= MAX_AMOUNT:
            raise CellError(translate("ImportCell", "{value} is too large: tracker keeps numbers below {limit}").format(
                value=number, limit=_shown_number(MAX_AMOUNT)))
        return number
    if number != number.to_integral_value():
        raise CellError(translate("ImportCell", "'{value}' is not a whole number").format(value=_text(value)))
    if abs(number) >= _MAX_WHOLE:
        raise CellError(translate("ImportCell", "{value} is far too large for {column}").format(value=number, column=column.header))
    return int(number)


def read_cell(column: Column, value: object) -> object:
    """The value of a non-blank cell as its column's kind, or CellError saying why not."""
    kind = column.kind
    if isinstance(value, str) and ("\x00" in value or "_x0000_" in value):
        # PostgreSQL refuses NUL in text; Excel writes it as _x0000_ in the file.
        raise CellError(translate("ImportCell", "the text holds a NUL character (invisible, and no database keeps it); retype the cell"))
    if kind in ("text", "code"):
        return _text(value)
    if kind == "currency":
        return _text(value).upper()
    if kind == "date":
        return _date(value)
    if kind in ("amount", "rate", "number", "int"):
        return _number(column, value)
    if kind == "bool":
        if isinstance(value, bool):
            return value
        text = folded(_text(value))
        if text in _TRUE or text in in_every_language(lambda: yes_no()[0]):
            return True
        if text in _FALSE or text in in_every_language(lambda: yes_no()[1]):
            return False
        raise CellError(translate("ImportCell", "'{value}' is not {yes} or {no}").format(value=_text(value), yes=yes_no()[0], no=yes_no()[1]))
    if kind == "choice":
        assert column.choices is not None
        try:
            return column.choices.parse(_text(value))
        except ValueError as exc:
            raise CellError(str(exc)) from None
    if kind == "choices":
        assert column.choices is not None
        found = []
        for part in _split(_text(value)):
            try:
                found.append(column.choices.parse(part))
            except ValueError as exc:
                raise CellError(str(exc)) from None
        return list(dict.fromkeys(found))
    if kind == "country":
        try:
            return country_code(_text(value))
        except ValueError as exc:
            raise CellError(str(exc)) from None
    if kind == "countries":
        codes = []
        for part in _split(_text(value)):
            try:
                codes.append(country_code(part))
            except ValueError as exc:
                raise CellError(str(exc)) from None
        return codes
    raise AssertionError(f"unknown column kind {kind}")


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]


def cell_value(column: Column, value: object) -> object:
    """What the export writes for a stored value (the inverse of read_cell)."""
    if value is None:
        return None
    if column.kind == "choice":
        return value.value  # type: ignore[attr-defined]
    if column.kind == "choices":
        return ", ".join(v.value for v in value) or None  # type: ignore[attr-defined]
    if column.kind == "countries":
        return ", ".join(value) or None  # type: ignore[arg-type]
    if column.kind == "bool":
        return yes_no()[0] if value else yes_no()[1]
    if column.kind in ("amount", "rate", "number"):
        return value  # Decimal: openpyxl writes it as a number
    return value
