"""Entities of a portfolio and their validation.

Plain dataclasses: the store maps them to tables, the GUI edits copies of them, the rules engine
reads them. Each record carries a stable UUID besides its database key so that later exchanges
(field packages, IATI) can match records across databases."""

from __future__ import annotations

import re
import uuid as uuidlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from tracker.domain.classifications import (
    Criterion,
    EvaluationKind,
    EvaluationStatus,
    ExpenditureType,
    FundingModality,
    Independence,
    NonStateKind,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
    Theme,
)
from tracker.domain.codelists import is_country, is_currency
from tracker.domain.documents import Document, Location
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.i18n import LANGUAGES, translate
from tracker.domain.money import USD, Money, check_rate, not_a_currency
from tracker.domain.rules.ruleset import DEFAULT_RULE_SET


def new_uuid() -> str:
    return str(uuidlib.uuid4())


# Long enough for IATI activity identifiers (publisher prefix + own code), which tracker uses as
# codes for imported activities. The widths are the store's columns (tracker.domain.records
# describes every field's width; these two are here because the patterns need them).
CODE_WIDTH = 100
PARTNER_CODE_WIDTH = 40
# The longest code a table shows whole; a longer one is shortened by display_code.
DISPLAY_CODE_WIDTH = 32
# The languages a partner's reports can be written in: the ILO's three working languages.
REPORTING_LANGUAGES = tuple(LANGUAGES)


def _code_pattern(width: int) -> re.Pattern[str]:
    return re.compile(rf"^[A-Za-z0-9][A-Za-z0-9/_.\-]{{1,{width - 1}}}$")


def _code_rule(width: int) -> str:
    return translate("Validation", "use 2-{width} letters, digits, '-', '_', '.' or '/', starting with a letter or digit").format(
        width=width)


def _project_code_rule(width: int) -> str:
    return translate("Validation", "use 2-{width} letters, digits or other printable characters (spaces only inside), starting "
                                   "with a letter or digit").format(width=width)


def _not_a_country(code: str) -> str:
    return translate("Validation", "'{code}' is not an ISO 3166 country code").format(code=code)


def _project_code_pattern(width: int) -> re.Pattern[str]:
    """The shape of a project code, which is also what an IATI iati-identifier may be (tracker
    takes it as the code of an imported activity): colons and spaces inside
    ("NL-KVK-27108436-A-05001-22:VN", "CH-FDJP-...-FH-projet Covid H2H"), any printable character.
    Still refused: a blank code, a space (or other blank) at either end, and a first character
    other than a letter or digit (a code starting with "-" would read as an option on the command
    line); is_project_code also refuses control characters and other unprintable ones (a tab, a line
    break, a no-break space). Every code the older pattern accepted still matches, and means the
    same (codes still match whatever their case)."""
    return re.compile(rf"[A-Za-z0-9].{{0,{width - 1}}}(?<!\s)", re.DOTALL)


def is_project_code(code: str) -> bool:
    """Whether `code` can be a project's code."""
    return bool(code) and CODE_PATTERN.fullmatch(code) is not None and len(code) >= 2 and code.isprintable()


def display_code(code: str) -> str:
    """The code as a table shows it: the code itself, or for a long one (an IATI identifier such
    as "CH-FDJP-f7f0b51e-7432-4c0c-a6c0-7df1101d7983-FH-projet Covid H2H") the publisher's prefix
    and the end joined by "…", which are what tells such codes apart. Sort, search and tooltips
    keep the whole code."""
    if len(code) <= DISPLAY_CODE_WIDTH:
        return code
    # The publisher's prefix: the registration agency ("NL-KVK", "XM-DAC", "CH-FDJP") and the
    # organisation's number when one follows ("NL-KVK-27108436", "XM-DAC-41121").
    parts = code.split("-")
    prefix = "-".join(parts[:2]) if len(parts) > 2 else parts[0]
    if len(parts) > 3 and len(parts[2]) <= 12 and parts[2].isalnum() and parts[2] == parts[2].upper():
        prefix += "-" + parts[2]
    prefix = prefix[:16].rstrip()
    end = code[len(code) - (DISPLAY_CODE_WIDTH - len(prefix) - 1):].lstrip(" -_.:/")
    return f"{prefix}…{end}"


CODE_PATTERN = _project_code_pattern(CODE_WIDTH)
PARTNER_CODE_PATTERN = _code_pattern(PARTNER_CODE_WIDTH)


def code_in_use(code: str, stored: str) -> str:
    """Why `code` cannot be a new project's: `stored`, another project's code, equals it whatever
    the case. One sentence for the editor (as it is typed) and the store (on saving)."""
    if stored == code:
        return translate("Validation", "code {code} is already used by another project").format(code=code)
    return translate("Validation", "code {code} is already used by another project (as {stored})").format(code=code, stored=stored)


def _with_text_problems(kind: str, record: object, found: list[FieldProblem]) -> list[FieldProblem]:
    """`found` and the text checks of the record's other text fields (NUL and control characters,
    widths: tracker.domain.records), the same whichever database will store it."""
    # Imported here: the descriptions in tracker.domain.records refer to the classes of this module.
    from tracker.domain.records import text_problems

    return found + text_problems(kind, record, found)


@dataclass
class Partner:
    code: str
    name: str
    category: PartnerCategory
    non_state_kind: NonStateKind | None = None
    country: str = ""
    # False: no longer offered for new funding lines; the funding that names it stays and reports
    # still show it.
    active: bool = True
    # The language reports for this partner are written in ("en", "fr", "es"; schema v7).
    reporting_language: str = "en"
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    def problems(self) -> list[FieldProblem]:
        found = []
        if not PARTNER_CODE_PATTERN.match(self.code or ""):
            found.append(FieldProblem("code", _code_rule(PARTNER_CODE_WIDTH)))
        if not (self.name or "").strip():
            found.append(FieldProblem("name", translate("Validation", "a partner needs a name")))
        if self.category is PartnerCategory.NON_STATE and self.non_state_kind is None:
            found.append(FieldProblem("non_state_kind", translate("Validation", "say which kind of non-state actor this is")))
        if self.category is not PartnerCategory.NON_STATE and self.non_state_kind is not None:
            found.append(FieldProblem("non_state_kind", translate("Validation", "only non-state actors have a non-state kind")))
        if self.country and not is_country(self.country):
            found.append(FieldProblem("country", _not_a_country(self.country)))
        if self.reporting_language not in REPORTING_LANGUAGES:
            found.append(FieldProblem("reporting_language", translate(
                "Partner", "the reporting language must be en (English), fr (French) or es (Spanish), not '{value}'",
            ).format(value=self.reporting_language)))
        return _with_text_problems("partner", self, found)


@dataclass
class Funding:
    """An approved contribution: drives approvals by year, partner and category."""

    modality: FundingModality
    amount: Decimal
    currency: str
    approved_on: date
    partner_code: str | None = None
    project_code: str | None = None  # None: unearmarked (core) funding
    usd_rate: Decimal = Decimal(1)
    locally_mobilized: bool = False
    # The funding agreement's reference number, as the partner's financial reports quote it.
    agreement_reference: str = ""
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    @property
    def usd(self) -> Decimal:
        return Money(self.amount, self.currency).in_usd(self.usd_rate)

    def problems(self) -> list[FieldProblem]:
        found = _money_problems(self.amount, self.currency, self.usd_rate, "amount", allow_zero=False)
        if self.modality.needs_partner and not self.partner_code:
            found.append(FieldProblem("partner", translate("Validation", "{modality} funding needs a partner").format(
                modality=self.modality.label)))
        if self.modality is FundingModality.EARMARKED and not self.project_code:
            found.append(FieldProblem("project", translate("Validation", "earmarked funding must name the project it pays for")))
        return _with_text_problems("funding", self, found)


@dataclass
class BudgetRevision:
    revised_on: date
    reason: str
    new_budget: Decimal | None = None
    new_end: date | None = None
    new_usd_rate: Decimal | None = None
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    def problems(self) -> list[FieldProblem]:
        found = []
        if self.new_budget is None and self.new_end is None:
            found.append(FieldProblem("revision", translate("Validation", "a revision changes the budget, the end date or both")))
        if self.new_budget is not None and self.new_budget <= 0:
            found.append(FieldProblem("new_budget", translate("Validation", "the revised budget must be greater than zero")))
        if self.new_usd_rate is not None and self.new_usd_rate <= 0:
            found.append(FieldProblem("new_usd_rate", translate("Validation", "the US$ rate must be greater than zero")))
        if not (self.reason or "").strip():
            found.append(FieldProblem("reason", translate("Validation", "say why the budget or end date changed")))
        return _with_text_problems("budget_revision", self, found)


@dataclass
class Expenditure:
    year: int
    expenditure_type: ExpenditureType
    amount: Decimal
    currency: str = USD
    usd_rate: Decimal = Decimal(1)
    month: int | None = None
    # The output of the agreement it was spent on, where the budget is set by output ("" otherwise).
    output: str = ""
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    @property
    def usd(self) -> Decimal:
        return Money(self.amount, self.currency).in_usd(self.usd_rate)

    def problems(self) -> list[FieldProblem]:
        # Negative lines are real (refunds, corrections), so only zero-rate and format are checked.
        found = _money_problems(self.amount, self.currency, self.usd_rate, "amount", allow_zero=True, allow_negative=True)
        if not 1900 <= self.year <= 2200:
            found.append(FieldProblem("year", translate("Validation", "{year} is not a plausible year").format(year=self.year)))
        if self.month is not None and not 1 <= self.month <= 12:
            found.append(FieldProblem("month", translate("Validation", "{month} is not a month (1-12)").format(month=self.month)))
        return _with_text_problems("expenditure", self, found)


@dataclass
class Evaluation:
    kind: EvaluationKind
    due: date
    status: EvaluationStatus = EvaluationStatus.PLANNED
    sequence: int = 1  # annual reviews are numbered 1, 2, ...; other kinds are 1
    independence: Independence = Independence.SELF
    independence_required: bool = False
    mandatory: bool = False
    reason: str = ""
    rule_set: str = ""
    completed_on: date | None = None
    evaluator: str = ""
    ratings: dict[Criterion, int] = field(default_factory=dict)
    findings: str = ""
    waiver_reason: str = ""
    # The uuid of the cluster evaluation this one is part of (schema v11): one evaluation covering
    # several projects, completed once for all of them; "" for an evaluation of this project alone.
    cluster: str = ""
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    @property
    def key(self) -> tuple[EvaluationKind, int]:
        return (self.kind, self.sequence)

    @property
    def title(self) -> str:
        if self.kind is EvaluationKind.ANNUAL_REVIEW or self.sequence > 1:  # a rule set may repeat any kind
            return translate("Evaluation", "{evaluation} {number}").format(evaluation=self.kind.label, number=self.sequence)
        return self.kind.label

    def problems(self) -> list[FieldProblem]:
        found = []
        if self.status is EvaluationStatus.COMPLETED:
            if self.completed_on is None:
                found.append(FieldProblem("completed_on", translate("Validation", "a completed evaluation needs its completion date")))
            if not self.evaluator.strip():
                found.append(FieldProblem("evaluator", translate("Validation", "name who carried out the evaluation")))
            if self.independence_required and not self.independence.is_independent:
                found.append(FieldProblem("independence", translate("Validation", "this evaluation must be independent (internal or external)")))
        if self.status is EvaluationStatus.WAIVED and not self.waiver_reason.strip():
            found.append(FieldProblem("waiver_reason", translate("Validation", "a waived evaluation needs the reason for the waiver")))
        for criterion, rating in self.ratings.items():
            if not 1 <= rating <= 6:
                found.append(FieldProblem(f"rating_{criterion.value}", translate(
                    "Validation", "ratings run from 1 (highly unsatisfactory) to 6 (highly satisfactory)")))
        return _with_text_problems("evaluation", self, found)


@dataclass
class ResultIndicator:
    name: str
    unit: str = ""
    baseline: Decimal | None = None
    target: Decimal | None = None
    achieved: Decimal | None = None
    women_share: Decimal | None = None  # per cent of the people counted who are women
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    def problems(self) -> list[FieldProblem]:
        found = []
        if not (self.name or "").strip():
            found.append(FieldProblem("name", translate("Validation", "an indicator needs a name")))
        if self.women_share is not None and not 0 <= self.women_share <= 100:
            found.append(FieldProblem("women_share", translate("Validation", "the share of women is a percentage between 0 and 100")))
        return _with_text_problems("result_indicator", self, found)


@dataclass
class BudgetLine:
    """One line of the project's approved budget, in the project's currency: a heading (the
    types of expenditure, which are the families of the budget lines of UN technical cooperation
    budgets), per output where the agreement budgets by output. Donors' financial statements set
    expenditure against these lines."""

    heading: ExpenditureType
    amount: Decimal
    output: str = ""  # "" where the agreement does not budget by output
    # Why expenditure departs from this line, in a sentence the partner reads in the financial
    # statement beside a significant variance.
    variance_note: str = ""
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    def problems(self) -> list[FieldProblem]:
        found: list[FieldProblem] = []
        if not isinstance(self.amount, Decimal):
            found.append(FieldProblem("amount", translate("Validation", "amounts are exact decimals, never floating point")))
        elif self.amount < 0:
            found.append(FieldProblem("amount", translate("Validation", "the amount cannot be negative")))
        elif self.amount.as_tuple().exponent < -2:  # type: ignore[operator]
            found.append(FieldProblem("amount", translate("Validation", "amounts are kept to the cent; use at most two decimals")))
        return _with_text_problems("budget_line", self, found)


@dataclass
class AppraisalRecord:
    """What was recorded at appraisal to meet one of the rule set's appraisal requirements (its
    code: "ess-screening"), e.g. the environmental and social screening with its risk category
    as the result, or the evaluation office's appraisal of the monitoring and evaluation plan.
    The Approve action's guards look for it (tracker.domain.rules.appraisal)."""

    requirement: str  # the code of the rule set's appraisal requirement
    recorded_on: date
    result: str = ""  # e.g. the risk category, when the requirement asks for one
    recorded_by: str = ""
    note: str = ""
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    def problems(self) -> list[FieldProblem]:
        found = []
        if not (self.requirement or "").strip():
            found.append(FieldProblem("requirement", translate("Validation", "name the appraisal requirement this record meets")))
        return _with_text_problems("appraisal", self, found)


@dataclass
class ProgressReport:
    """What the project reports on a period: the narrative a funding partner asks for. The
    indicators' values at the period's end are IndicatorValue records dated within it."""

    period_start: date
    period_end: date
    summary: str  # summary of progress over the period
    challenges: str = ""  # challenges and risks
    lessons: str = ""  # lessons learned
    next_steps: str = ""
    prepared_by: str = ""
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    def problems(self) -> list[FieldProblem]:
        found = []
        if self.period_end < self.period_start:
            found.append(FieldProblem("period_end", translate("Validation", "the period ends before it starts")))
        if not (self.summary or "").strip():
            found.append(FieldProblem("summary", translate("Validation", "a progress report needs a summary of progress")))
        return _with_text_problems("progress_report", self, found)


@dataclass
class IndicatorValue:
    """An indicator's value measured on a date: the project's results at a period's end."""

    indicator_uuid: str  # the project's ResultIndicator it measures
    measured_on: date
    value: Decimal
    note: str = ""
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None

    def problems(self) -> list[FieldProblem]:
        found: list[FieldProblem] = []
        if not isinstance(self.value, Decimal):
            found.append(FieldProblem("value", translate("Validation", "amounts are exact decimals, never floating point")))
        return _with_text_problems("indicator_value", self, found)


@dataclass
class Project:
    code: str
    title: str
    description: str = ""
    stage: Stage = Stage.DESIGN
    region: Region | None = None
    countries: list[str] = field(default_factory=list)
    # Optional % of the project for each country (IATI recipient-country percentages; domain 3.2
    # allows country allocations on interregional projects). Countries without a share have none.
    country_shares: dict[str, Decimal] = field(default_factory=dict)
    outcome: StrategicObjective | None = None
    themes: list[Theme] = field(default_factory=list)
    office: str = ""
    officer: str = ""
    planned_start: date | None = None
    planned_end: date | None = None
    actual_end: date | None = None
    budget: Decimal | None = None
    currency: str = USD
    usd_rate: Decimal = Decimal(1)
    midterm_review_agreed: bool = False
    rule_set: str = DEFAULT_RULE_SET
    # True: someone chose the rule set (recorded, audited). False: the rule set in force on the
    # approval date (today until approved), worked out by the store when it saves.
    rule_set_assigned: bool = False
    suspended_from: Stage | None = None
    is_demo: bool = False
    # On record but done with: left out of the portfolio list by default, kept in reports.
    archived: bool = False
    # For publishing (schema v9): the OECD DAC 5-digit purpose code of what the project does
    # (blank: tracker sends the code its themes stand for), and the share of its spending on
    # capital (per cent; None: not known, 0 for technical cooperation that buys no assets).
    purpose_code: str = ""
    capital_spend: Decimal | None = None
    fundings: list[Funding] = field(default_factory=list)
    revisions: list[BudgetRevision] = field(default_factory=list)
    expenditures: list[Expenditure] = field(default_factory=list)
    evaluations: list[Evaluation] = field(default_factory=list)
    indicators: list[ResultIndicator] = field(default_factory=list)
    budget_lines: list[BudgetLine] = field(default_factory=list)
    progress_reports: list[ProgressReport] = field(default_factory=list)
    indicator_values: list[IndicatorValue] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)  # schema v9, the project's and its evaluations'
    locations: list[Location] = field(default_factory=list)  # schema v9, places within its countries
    appraisals: list[AppraisalRecord] = field(default_factory=list)  # schema v11, what the appraisal recorded
    uuid: str = field(default_factory=new_uuid)
    id: int | None = None
    version: int = 0

    @property
    def budget_usd(self) -> Decimal | None:
        if self.budget is None:
            return None
        return Money(self.budget, self.currency).in_usd(self.usd_rate)

    def problems(self) -> list[FieldProblem]:
        """Everything wrong with the project's own fields (not its child records)."""
        found = []
        if not is_project_code(self.code or ""):
            found.append(FieldProblem("code", _project_code_rule(CODE_WIDTH)))
        if not (self.title or "").strip():
            found.append(FieldProblem("title", translate("Validation", "a project needs a title")))
        for country in self.countries:
            if not is_country(country):
                found.append(FieldProblem("countries", _not_a_country(country)))
        if len(set(self.countries)) != len(self.countries):
            found.append(FieldProblem("countries", translate("Validation", "a country is listed twice")))
        for country, share in self.country_shares.items():
            if country not in self.countries:
                found.append(FieldProblem("country_shares", translate("Validation", "{country} has a share but is not among the countries").format(
                    country=country)))
            elif not 0 <= share <= 100:
                found.append(FieldProblem("country_shares", translate("Validation", "the share of {country} must be between 0 and 100 per cent").format(
                    country=country)))
        if self.country_shares and sum(self.country_shares.values()) > 100:
            found.append(FieldProblem("country_shares", translate("Validation", "the country shares add up to more than 100 per cent")))
        if self.planned_start and self.planned_end and self.planned_end < self.planned_start:
            found.append(FieldProblem("planned_end", translate("Validation", "the planned end is before the planned start")))
        if self.planned_start and self.actual_end and self.actual_end < self.planned_start:
            found.append(FieldProblem("actual_end", translate("Validation", "the actual end is before the start")))
        if self.budget is not None:
            found.extend(_money_problems(self.budget, self.currency, self.usd_rate, "budget", allow_zero=False))
        elif not is_currency(self.currency):
            found.append(FieldProblem("currency", not_a_currency(self.currency)))
        if self.purpose_code and not re.fullmatch(r"\d{5}", self.purpose_code):
            found.append(FieldProblem("purpose_code", translate("Validation", "a purpose code is the OECD DAC's five digits (16020: "
                                                                              "employment creation)")))
        if self.capital_spend is not None and not 0 <= self.capital_spend <= 100:
            found.append(FieldProblem("capital_spend", translate("Validation", "the capital spend is a share between 0 and 100 per cent")))
        return _with_text_problems("project", self, found)

    def apply_revision(self, revision: BudgetRevision) -> None:
        """A revision changes the budget, the rate and/or the end date, and is kept on record."""
        if revision.new_budget is not None:
            self.budget = revision.new_budget
        if revision.new_usd_rate is not None:
            self.usd_rate = revision.new_usd_rate
        if revision.new_end is not None:
            self.planned_end = revision.new_end
        self.revisions.append(revision)

    def attach_fundings(self) -> None:
        """Funding lines listed on a project pay for that project."""
        for funding in self.fundings:
            funding.project_code = self.code

    def record_problems(self) -> list[FieldProblem]:
        """Every problem of the project's child records, each placed on its record by kind and
        position in its list (FieldProblem.kind and .index)."""
        from tracker.domain.records import CHILD_KINDS  # describes this module's classes

        found = [
            problem.within(kind.name, index)
            for kind in CHILD_KINDS
            for index, record in enumerate(getattr(self, kind.list_attribute or ""))
            for problem in record.problems()
        ]
        return found + self._cross_record_problems()

    def _cross_record_problems(self) -> list[FieldProblem]:
        """What no record can see on its own: a budget line given twice, a value measuring an
        indicator the project does not have, a place in a country the project does not cover."""
        found: list[FieldProblem] = []
        seen: set[tuple[ExpenditureType, str]] = set()
        for index, line in enumerate(self.budget_lines):
            key = (line.heading, (line.output or "").strip().casefold())
            if key in seen:
                found.append(FieldProblem("heading", translate("Validation", "this heading is already budgeted for this output")).within(
                    "budget_line", index))
            seen.add(key)
        indicators = {i.uuid for i in self.indicators}
        for index, value in enumerate(self.indicator_values):
            if value.indicator_uuid not in indicators:
                found.append(FieldProblem("indicator_uuid", translate("Validation", "the indicator it measures is not one of this project's")).within(
                    "indicator_value", index))
        for index, place in enumerate(self.locations):
            if place.country and place.country not in self.countries:
                found.append(FieldProblem("country", translate("Validation", "{country} is not one of the project's countries").format(
                    country=place.country)).within("location", index))
        return found

    def budget_lines_total(self) -> Decimal | None:
        """The budget lines added up, or None when the project has none."""
        return sum((line.amount for line in self.budget_lines), Decimal(0)) if self.budget_lines else None

    def validate(self) -> None:
        """Raise ValidationError listing every problem of the project and its child records."""
        self.attach_fundings()
        found = self.problems() + self.record_problems()
        if found:
            # kind: the project's own problems are worded with its labels ("US$ rate", never usd_rate).
            subject = (translate("Validation", "project {code}").format(code=self.code) if self.code
                       else translate("Validation", "project (no code)"))
            raise ValidationError(found, subject=subject, kind="project")


def _money_problems(
    amount: Decimal | None,
    currency: str,
    usd_rate: Decimal | None,
    field_name: str,
    *,
    allow_zero: bool,
    allow_negative: bool = False,
) -> list[FieldProblem]:
    found = []
    if amount is None:
        return [FieldProblem(field_name, translate("Validation", "an amount is required"))]
    if not isinstance(amount, Decimal):
        return [FieldProblem(field_name, translate("Validation", "amounts are exact decimals, never floating point"))]
    if amount < 0 and not allow_negative:
        found.append(FieldProblem(field_name, translate("Validation", "the amount cannot be negative")))
    elif amount == 0 and not allow_zero:
        found.append(FieldProblem(field_name, translate("Validation", "the amount must be greater than zero")))
    if amount.as_tuple().exponent < -2:  # type: ignore[operator]
        found.append(FieldProblem(field_name, translate("Validation", "amounts are kept to the cent; use at most two decimals")))
    if not is_currency(currency):
        found.append(FieldProblem("currency", not_a_currency(currency)))
    elif (why := check_rate(currency, usd_rate)) is not None:
        found.append(FieldProblem("usd_rate", why))
    return found
