"""The editor's working copy of a project: what the user typed, what it parses to, what is wrong.

No widgets here: the editor window shows this state and feeds edits into it, so the parsing and
validation rules are tested without a screen."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from tracker.domain.classifications import PartnerCategory
from tracker.domain.codelists import country_code, country_name
from tracker.domain.dates import duration_in_months, format_months
from tracker.domain.errors import FieldProblem
from tracker.domain.money import USD, Money
from tracker.domain.numbers import NumberStyle, format_number, parse_number
from tracker.domain.project import AppraisalRecord, Evaluation, Expenditure, Funding, Project, code_in_use
from tracker.domain.rates import rate_date
from tracker.domain.records import PROJECT, kind_named
from tracker.domain.rules.engine import EvaluationPlan
from tracker.domain.rules.planning import FOLLOWS_POLICY_IN_FORCE, appraisal_requirements, plan_for_project
from tracker.domain.rules.replan import PlanChange, replan
from tracker.domain.rules.ruleset import AppraisalRequirement, RuleSet, RuleSetError, load_rule_set, rule_set_in_force
from tracker.gui.editor.date_field import read_date
from tracker.gui.editor.line_rates import no_rate_in_force, table_rate
from tracker.gui.formats import user_number_style


def _label(name: str) -> str:
    """How a message names the project's field `name`: its label (tracker.domain.records)."""
    return PROJECT.field_label(name)


def _optional_date(name: str) -> Callable[[str, NumberStyle], date | None]:
    return lambda text, _style: read_date(text, _label(name)) if text.strip() else None


def _optional_amount(text: str, style: NumberStyle) -> Decimal | None:
    return parse_number(text, style, _label("budget")) if text.strip() else None


def _rate(text: str, style: NumberStyle) -> Decimal | None:
    """None while no rate is typed: the currency decides whether one is needed (set_text)."""
    return parse_number(text, style, _label("usd_rate")) if text.strip() else None


def _optional_share(text: str, style: NumberStyle) -> Decimal | None:
    return parse_number(text, style, _label("capital_spend")) if text.strip() else None


def _country_parts(text: str) -> list[str]:
    return [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]


def _countries(text: str, _style: NumberStyle) -> list[str]:
    return [country_code(p) for p in _country_parts(text)]


def _show_date(value: date | None, _style: NumberStyle) -> str:
    return value.isoformat() if value else ""


def _show_amount(value: Decimal | None, style: NumberStyle) -> str:
    return "" if value is None else format_number(value, style, 2)


def _show_rate(value: Decimal | None, style: NumberStyle) -> str:
    return "" if value is None else format_number(value, style, None, grouped=False)


def _plain(parse: Callable[[str], Any]) -> Callable[[str, NumberStyle], Any]:
    return lambda text, _style: parse(text)


def _shown(show: Callable[[Any], str]) -> Callable[[Any, NumberStyle], str]:
    return lambda value, _style: show(value)


# Text fields: how the typed text becomes the project's value (in the user's number style), and
# how a value shows as text.
TEXT_FIELDS: dict[str, tuple[Callable[[str, NumberStyle], Any], Callable[[Any, NumberStyle], str]]] = {
    "code": (_plain(str.strip), _shown(str)),
    "title": (_plain(lambda t: t), _shown(str)),
    "description": (_plain(lambda t: t), _shown(str)),
    "office": (_plain(str.strip), _shown(str)),
    "officer": (_plain(str.strip), _shown(str)),
    "planned_start": (_optional_date("planned_start"), _show_date),
    "planned_end": (_optional_date("planned_end"), _show_date),
    "actual_end": (_optional_date("actual_end"), _show_date),
    "budget": (_optional_amount, _show_amount),
    "currency": (_plain(lambda t: t.strip().upper()), _shown(str)),
    "usd_rate": (_rate, _show_rate),
    "countries": (_countries, _shown(lambda v: ", ".join(v))),
    "capital_spend": (_optional_share, _show_rate),  # per cent, written as a rate is: no grouping
}


def rate_needed(currency: str) -> str:
    """The message of a rate not given yet for `currency`."""
    return QCoreApplication.translate("EditorState", "a rate is needed: the US$ value of one {currency}").format(currency=currency)


def _stored_code_clash(code: str, uuid: str) -> str | None:
    from tracker.store.codes import code_taken

    return code_taken(code, uuid)


def _stored_partner_categories() -> dict[str, PartnerCategory]:
    """Every partner's category by code: the partners the funding table's picker offers."""
    from tracker.store.partners import list_partners

    return {p.code: p.category for p in list_partners()}


# The rule-set combo's entry for "the policy in force" (no rule set is named ""): the project
# follows the policy in force until approved, then keeps the one it was approved under.
AUTOMATIC = ""


@dataclass(frozen=True)
class RequirementStatus:
    """One appraisal requirement that applies to the project, and what is still missing for it
    ("" when it is met)."""

    requirement: AppraisalRequirement
    missing: str = ""


# ---------------------------------------------------------------- how typed text was understood
# From the text as it is now, never from the last value that parsed: a field being typed shows
# nothing stale ("Gabon" after "Ga" while "Gambia" is being typed).


def country_names(text: str, language: str = "en") -> str:
    """The names of the countries the field names now, in `language` (the app's, "fr_FR"), each
    part that names one; nothing for a part being typed."""
    found: list[str] = []
    for part in _country_parts(text):
        try:
            found.append(country_name(country_code(part), language))
        except ValueError:
            continue
    return "; ".join(found)


def _read(name: str, texts: dict[str, str], style: NumberStyle) -> Decimal | None:
    try:
        value = TEXT_FIELDS[name][0](texts.get(name, ""), style)
    except ValueError:
        return None
    return value if isinstance(value, Decimal) else None


def _money(currency: str, amount: Decimal, style: NumberStyle) -> str:
    """An amount with its currency, as the user's language writes it ("US$540,000.00",
    "540 000,00 $É.-U.", "EUR 500,000.00")."""
    number = format_number(amount, style, 2)
    if currency == USD:
        return QCoreApplication.translate("EditorState", "US${amount}").format(amount=number)
    return QCoreApplication.translate("EditorState", "{currency} {amount}").format(currency=currency, amount=number)


def money_text(currency: str, amount: Decimal, style: NumberStyle | None = None) -> str:
    """An amount with its currency in the user's writing, as the form's readings show them."""
    return _money(currency, amount, style or user_number_style())


def _rate_text(rate: Decimal, style: NumberStyle) -> str:
    return format_number(rate, style, None, grouped=False)


def budget_reading(texts: dict[str, str], currency: str, style: NumberStyle) -> str:
    """How the budget was understood, next to its field: "= EUR 500,000.00 ≈ US$540,000.00 at
    1.08" in the user's number style; empty while the field is empty or unreadable."""
    budget = _read("budget", texts, style)
    if budget is None:
        return ""
    shown = f"= {_money(currency, budget, style)}"
    if currency == USD:
        return shown
    rate = _read("usd_rate", texts, style)
    if rate is None or rate <= 0:
        return QCoreApplication.translate("EditorState", "{budget} ≈ US$ unknown until the rate is given").format(budget=shown)
    usd = Money(budget, currency).in_usd(rate)
    return QCoreApplication.translate("EditorState", "{budget} ≈ {usd} at {rate}").format(budget=shown, usd=_money(USD, usd, style), rate=_rate_text(rate, style))


def rate_reading(texts: dict[str, str], currency: str, style: NumberStyle) -> str:
    """How the rate was understood, next to its field: "1 EUR = 1.08 US$"."""
    rate = _read("usd_rate", texts, style)
    if rate is None:
        return ""
    return QCoreApplication.translate("EditorState", "1 {currency} = {rate} US$").format(currency=currency, rate=_rate_text(rate, style))


# The fields of a line whose change moves the day its rate is taken on.
RATE_DATE_FIELDS = frozenset({"approved_on", "year", "month"})


@dataclass
class Snapshot:
    project: Project
    texts: dict[str, str]
    following_rates: frozenset[str] = frozenset()
    typed_rates: frozenset[str] = frozenset()
    project_rate_follows: bool = False
    project_rate_typed: bool = False


@dataclass
class EditorState:
    """Working copy plus the raw text of every text field (which may not parse yet).

    Messages show only for fields the user has touched, and for all once a save was tried: a
    new project's form is not red before anything is typed."""

    project: Project
    texts: dict[str, str] = field(default_factory=dict)
    parse_errors: dict[str, str] = field(default_factory=dict)
    style: NumberStyle = field(default_factory=user_number_style)
    touched: set[str] = field(default_factory=set)
    touched_records: set[str] = field(default_factory=set)  # UUIDs of the child records edited
    all_shown: bool = False
    # Another stored project's code equal to the one typed, whatever its case: the store's own
    # check (one indexed query), asked as the code is typed; the store asks again on saving.
    code_clash: Callable[[str, str], str | None] = _stored_code_clash
    # The rate in force on a day in the table of exchange rates, and whether it has the currency.
    rate_lookup: Callable[[str, date], tuple[Decimal | None, bool]] = table_rate
    # Lines whose rate came from the table and follows their currency and date (the user has not
    # typed one); the rate of the project's budget likewise. A stored line keeps its rate.
    following_rates: set[str] = field(default_factory=set)
    typed_rates: set[str] = field(default_factory=set)  # lines whose rate the user typed: never replaced
    project_rate_follows: bool = False
    project_rate_typed: bool = False
    # Why the last rate looked up could not be filled in (empty when it was): for the status bar.
    rate_missing: str = ""
    # The category of each partner by code, for the rule sets' conditions (the partner picker's
    # partners; read again when a line names one not among them, e.g. just added in place).
    partner_lookup: Callable[[], dict[str, PartnerCategory]] = _stored_partner_categories
    # What "the policy in force" means for a project past approval whose rule set was assigned:
    # the one in force on its approval day (the editor reads that day when it loads the project);
    # empty: the project's rule set stays what it is.
    in_force_on_approval: str = ""
    _partners: dict[str, PartnerCategory] | None = field(default=None, repr=False)
    _rule_sets: dict[str, RuleSet | RuleSetError] = field(default_factory=dict, repr=False)
    _in_force_today: str = field(default="", repr=False)

    @classmethod
    def for_project(cls, project: Project, style: NumberStyle | None = None) -> "EditorState":
        state = cls(copy.deepcopy(project)) if style is None else cls(copy.deepcopy(project), style=style)
        state.texts = {name: show(getattr(project, name), state.style) for name, (_, show) in TEXT_FIELDS.items()}
        state.all_shown = project.id is not None  # a stored project's problems are real ones
        return state

    # ------------------------------------------------------------ edits

    def set_text(self, name: str, text: str) -> None:
        """The user typed `text` in field `name` (or chose it, for the currency)."""
        self.touched.add(name)
        if name == "currency" and text.strip().upper() != self.project.currency:
            # A rate belongs to its currency: never keep one (least of all a silent 1) across a
            # change. Back to US$, the rate is 1; to any other, the one in force on the planned
            # start, or it is asked for.
            self.touched.add("usd_rate")
            self._apply_text("currency", text)
            if self.project_rate_typed and self.project.currency != USD:
                self._check_rate_given()  # typed by the user: kept, as a line's typed rate is
                return
            self.project_rate_typed = False
            self.project_rate_follows = self.project.currency != USD
            self._apply_text("usd_rate", self._project_rate_text())
            return
        self._apply_text(name, text)
        if name == "usd_rate":
            self.project_rate_follows, self.project_rate_typed = False, True  # never replaced by the table's
        elif name == "planned_start" and self.project_rate_follows and name not in self.parse_errors:
            self._apply_text("usd_rate", self._project_rate_text())

    def _project_rate_text(self) -> str:
        """The budget's rate as the table gives it on the planned start ("1" for US$; empty when
        there is no start yet or no rate in force on it)."""
        currency, start = self.project.currency, self.project.planned_start
        if currency == USD:
            return "1"
        if start is None:
            return ""
        rate, _known = self.rate_lookup(currency, start)
        return "" if rate is None else TEXT_FIELDS["usd_rate"][1](rate, self.style)

    def set_value(self, name: str, value: Any) -> None:
        """The user chose `value` for field `name` (a region, an objective...)."""
        self.touched.add(name)
        setattr(self.project, name, value)

    def set_number(self, name: str, value: Decimal) -> None:
        """Put an amount or rate given as a number (a revision's new budget) in field `name`, written
        as the field shows numbers, so that it reads back the same."""
        self.set_text(name, TEXT_FIELDS[name][1](value, self.style))

    def show_all(self) -> None:
        """A save was tried: every problem shows, touched or not."""
        self.all_shown = True

    def _apply_text(self, name: str, text: str) -> None:
        parse, _ = TEXT_FIELDS[name]
        self.texts[name] = text
        try:
            value = parse(text, self.style)
        except ValueError as exc:
            self.parse_errors[name] = str(exc)
            if name == "usd_rate":
                self.project.usd_rate = None  # type: ignore[assignment]  # unknown, not the last one typed
            return
        self.parse_errors.pop(name, None)
        setattr(self.project, name, value)
        if name in ("usd_rate", "currency"):
            self._check_rate_given()
        if name == "code":
            self._check_code()

    def _check_rate_given(self) -> None:
        if self.project.usd_rate is None and self.texts.get("usd_rate", "").strip() == "":
            currency, start = self.project.currency, self.project.planned_start
            if currency == USD:
                self.parse_errors["usd_rate"] = QCoreApplication.translate("EditorState", "a US$ rate is required (1 for US$)")
            elif self.project_rate_follows and start is not None:
                # What is needed first, then why the table did not give it and where to add it.
                self.parse_errors["usd_rate"] = QCoreApplication.translate(
                    "EditorState", "{needed} (none in force on {day}: Tools > Exchange Rates)").format(
                    needed=rate_needed(currency), day=start.isoformat())
            else:
                self.parse_errors["usd_rate"] = rate_needed(currency)

    def _check_code(self) -> None:
        code = self.project.code.strip()
        if not code:
            return
        clash = self.code_clash(code, self.project.uuid)
        if clash is not None:
            self.parse_errors["code"] = code_in_use(code, clash)

    def edit_record(self, attribute: str, row: int, name: str, value: Any) -> None:
        """The user changed field `name` of row `row` of the child list `attribute`. A row's rate
        follows its currency as the project's does: 1 for US$, the table's rate in force on the
        line's date for any other (a stored line changed to another currency too); a line whose
        rate came from the table follows its date as well; a rate the user typed stays."""
        record = getattr(self.project, attribute)[row]
        self.touched_records.add(record.uuid)
        self.rate_missing = ""
        changed_currency = name == "currency" and value != getattr(record, "currency", value)
        setattr(record, name, value)
        if not isinstance(record, (Funding, Expenditure)):
            return
        if name == "usd_rate":
            self.following_rates.discard(record.uuid)
            self.typed_rates.add(record.uuid)
        elif changed_currency and (value == USD or record.uuid not in self.typed_rates):
            # A stored line's rate was that of its old currency: not kept across a change. US$ is 1.
            self.typed_rates.discard(record.uuid)
            self.fill_rate(record)
        elif name in RATE_DATE_FIELDS and record.uuid in self.following_rates:
            self.fill_rate(record)

    def fill_rate(self, record: Funding | Expenditure) -> None:
        """Give a new line (or one whose currency or date changed) the rate in force on its date;
        it then follows them until the user types a rate. No rate in force: the project's own
        rate for a line in the project's currency when the table has none of that currency at
        all (an office that does not keep the table types rates as before), else none, and
        `rate_missing` says why."""
        self.following_rates.add(record.uuid)
        currency, day = record.currency, rate_date(record)
        if currency == USD:
            record.usd_rate = Decimal(1)
            return
        rate, known = self.rate_lookup(currency, day) if day is not None else (None, False)
        if rate is None and not known and currency == self.project.currency and self.project.usd_rate is not None:
            rate = self.project.usd_rate
        record.usd_rate = rate  # type: ignore[assignment]  # None until one is given: the line's problem says so
        if rate is None:
            self.rate_missing = no_rate_in_force(currency, day) if day is not None else rate_needed(currency)

    def snapshot(self) -> Snapshot:
        return Snapshot(copy.deepcopy(self.project), dict(self.texts), frozenset(self.following_rates), frozenset(self.typed_rates),
                        self.project_rate_follows, self.project_rate_typed)

    def restore(self, snapshot: Snapshot) -> None:
        self.project = copy.deepcopy(snapshot.project)
        self.texts = dict(snapshot.texts)
        self.following_rates = set(snapshot.following_rates)
        self.typed_rates = set(snapshot.typed_rates)
        self.project_rate_follows = snapshot.project_rate_follows
        self.project_rate_typed = snapshot.project_rate_typed
        self.parse_errors = {}
        for name, text in self.texts.items():
            self._apply_text(name, text)

    # ------------------------------------------------------------ validation

    def problems(self) -> list[FieldProblem]:
        """Everything that stops a save: unparseable input first, then the domain's rules. The
        problems of child records carry their kind and index (FieldProblem.kind, .index)."""
        self.project.attach_fundings()
        found = [FieldProblem(name, message) for name, message in self.parse_errors.items()]
        parsed_badly = set(self.parse_errors)
        found += [p for p in self.project.problems() if p.field not in parsed_badly]
        return found + self.project.record_problems()

    def shown_problems(self) -> list[FieldProblem]:
        """The problems the user is shown now: those of the fields and rows they have edited, or
        all once a save was tried (a line just added is not red before anything is typed in it)."""
        found = self.problems()
        if self.all_shown:
            return found
        shown = []
        for problem in found:
            if not problem.kind:
                if problem.field in self.touched:
                    shown.append(problem)
                continue
            records = getattr(self.project, kind_named(problem.kind).list_attribute or "", None) or []
            index = problem.index
            if index is None or not 0 <= index < len(records) or getattr(records[index], "uuid", None) in self.touched_records:
                shown.append(problem)
        return shown

    def field_messages(self) -> dict[str, str]:
        """The first problem of each of the project's own fields the user has touched (of every
        field once a save was tried), for the message shown next to it (a funding line's
        currency is not the project's)."""
        messages: dict[str, str] = {}
        for problem in self.shown_problems():
            if not problem.kind:
                messages.setdefault(problem.field, problem.message)
        return messages

    # ------------------------------------------------------------ what the fields were read as

    def country_names(self) -> str:
        return country_names(self.texts.get("countries", ""))

    def budget_reading(self) -> str:
        return budget_reading(self.texts, self.project.currency, self.style)

    def rate_reading(self) -> str:
        return rate_reading(self.texts, self.project.currency, self.style)

    def duration_text(self) -> str:
        """The project's duration from its dates alone (no budget needed), or empty."""
        start, end = self.project.planned_start, self.project.planned_end
        if start is None or end is None or end < start or {"planned_start", "planned_end"} & set(self.parse_errors):
            return ""
        return QCoreApplication.translate("EditorState", "{months} months").format(
            months=format_number(Decimal(format_months(duration_in_months(start, end))), self.style, 2))

    # ------------------------------------------------------------ evaluation plan

    def plan(self) -> EvaluationPlan | None:
        """The plan for the dates, budget and funding as typed, under the rule set saving will use;
        None while one of them is missing or not valid (a budget not above zero never drives a
        plan) or the rule set cannot be read."""
        if {"planned_start", "planned_end", "budget", "usd_rate"} & set(self.parse_errors):
            return None
        rate = self.project.usd_rate
        if self.project.budget is not None and (rate is None or rate <= 0 or self.project.budget <= 0):
            return None
        rules = self.rules()
        if rules is None:
            return None
        try:
            return plan_for_project(self.project, rules, self.partner_categories())
        except (RuleSetError, ValueError, ArithmeticError):
            return None

    def planned_evaluations(self, plan: EvaluationPlan | None = None) -> tuple[list[Evaluation], list[PlanChange]]:
        """The evaluations as they will be after saving (the store re-plans the same way), and the
        changes the rules make to the ones the user has. `plan`: self.plan(), when the caller has it."""
        plan = plan or self.plan()
        if plan is None:
            return sorted(self.project.evaluations, key=lambda e: (e.due, e.kind.value, e.sequence)), []
        return replan(self.project.evaluations, plan)

    # ------------------------------------------------------------ rule set and appraisal

    def follows_policy_in_force(self) -> bool:
        """Nobody assigned the project's rule set and it is not approved yet: saving gives it the
        policy in force today."""
        return not self.project.rule_set_assigned and self.project.stage in FOLLOWS_POLICY_IN_FORCE

    def policy_in_force(self) -> str:
        """The name of the rule set in force today (read once per editor: it reads every rule set)."""
        if not self._in_force_today:
            self._in_force_today = rule_set_in_force(date.today())
        return self._in_force_today

    def automatic_rule_set(self) -> str:
        """The rule set "the policy in force" stands for: today's until the project is approved,
        then the one it was approved under."""
        if self.project.stage in FOLLOWS_POLICY_IN_FORCE:
            return self.policy_in_force()
        return self.in_force_on_approval or self.project.rule_set

    def rule_set_name(self) -> str:
        """The rule set saving will plan the project under."""
        return self.policy_in_force() if self.follows_policy_in_force() else self.project.rule_set

    def choose_rule_set(self, name: str) -> None:
        """The user chose a rule set (assigned to the project) or AUTOMATIC (the policy in force)."""
        self.touched.add("rule_set")
        self.project.rule_set_assigned = name != AUTOMATIC
        self.project.rule_set = self.automatic_rule_set() if name == AUTOMATIC else name

    def rules(self) -> RuleSet | None:
        """The rule set saving will use, loaded once; None when it cannot be read (rule_set_problem says why)."""
        found = self._load(self.rule_set_name())
        return found if isinstance(found, RuleSet) else None

    def rule_set_problem(self) -> str:
        found = self._load(self.rule_set_name())
        return str(found) if isinstance(found, RuleSetError) else ""

    def _load(self, name: str) -> RuleSet | RuleSetError:
        if name not in self._rule_sets:
            try:
                self._rule_sets[name] = load_rule_set(name)
            except RuleSetError as exc:
                self._rule_sets[name] = exc
        return self._rule_sets[name]

    def partner_categories(self) -> dict[str, PartnerCategory]:
        named = {f.partner_code for f in self.project.fundings if f.partner_code}
        if self._partners is None or not named <= set(self._partners):
            self._partners = self.partner_lookup()
        return self._partners

    def appraisal_status(self) -> list[RequirementStatus]:
        """The rule set's appraisal requirements that apply to the project as it is now (budget,
        funding), each with what is missing: a record of it, or a result among its choices."""
        rules = self.rules()
        if rules is None:
            return []
        found = []
        for requirement in appraisal_requirements(self.project, rules, self.partner_categories()):
            records = [a for a in self.project.appraisals if a.requirement == requirement.code]
            if not records:
                missing = requirement.shown_reason
            elif requirement.result_choices and not any(a.result in requirement.result_choices for a in records):
                missing = QCoreApplication.translate("EditorState", "its result must be one of: {choices}").format(
                    choices=", ".join(requirement.result_choices))
            else:
                missing = ""
            found.append(RequirementStatus(requirement, missing))
        return found

    def new_appraisal(self) -> AppraisalRecord:
        """A record dated today of the first requirement still missing (else the first that applies)."""
        status = self.appraisal_status()
        first = next((s for s in status if s.missing), status[0] if status else None)
        return AppraisalRecord(first.requirement.code if first else "", date.today())
