"""One description of each kind of record tracker keeps, and the text checks derived from it.

A `RecordKind` names a kind once ("budget_revision": the name the store's tables, field packages
and field problems use), says how a user calls it ("budget revision"), on which list of a project
it lives ("revisions") and which domain dataclass holds it; its `FieldSpec`s give each field's
type, label, width in characters (where the store keeps the text in a column of that width, which
PostgreSQL enforces and SQLite does not), the name it travels under and whether a value is
required. The store's mapping, the editor's tables and the domain's validation read these
descriptions instead of restating them.

The text checks are the same on both database engines and run before anything reaches a store:
every text field refuses NUL and the other control characters (long free texts keep their line
breaks and tabs), halves of surrogate pairs (no engine can store them) and texts longer than its
width. Pure Python: no Qt, no database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import types
import typing
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tracker.domain import cycle
from tracker.domain import project as d
from tracker.domain.errors import FieldProblem, ValidationError

KEYS = ("id", "uuid")  # every record's database key and stable identity: never a described field


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record kind."""

    name: str  # the attribute on the domain dataclass; packages carry a record's values by it
    label: str  # how a user reads it, in lower case unless a name: "amount", "US$ rate"
    width: int | None = None  # most characters the store keeps; None: no limit
    # The name the store's column, the import workbook and field problems use, when it is not
    # `name` (a funding line's partner_code is its "partner"; a stage change's `on` is stored as
    # "changed_on", the name packages carry it under too).
    wire: str = ""
    required: bool = False  # a value must be given
    multiline: bool = False  # long free text: line breaks and tabs are part of it
    money: bool = False  # an amount in the record's currency, kept to the cent
    type: Any = None  # the Python type; read from the dataclass's annotations when not given
    on_record: bool = True  # False: kept by the store only (who took a stage change, and when)

    def __post_init__(self) -> None:
        if not self.wire:
            object.__setattr__(self, "wire", self.name)

    @property
    def optional(self) -> bool:
        """The type admits None."""
        return type(None) in typing.get_args(self.type)

    @property
    def base_type(self) -> Any:
        """The type without its None: `Decimal` for `Decimal | None`."""
        options = [t for t in typing.get_args(self.type) if t is not type(None)]
        if typing.get_origin(self.type) in (types.UnionType, typing.Union) and len(options) == 1:
            return options[0]
        return self.type

    @property
    def is_text(self) -> bool:
        # Exactly str: classifications are str enums, checked against their lists instead.
        return self.base_type is str

    @property
    def header(self) -> str:
        """The label as a column header: "Approved on", "US$ rate"."""
        return self.label[:1].upper() + self.label[1:]


@dataclass(frozen=True)
class RecordKind:
    """One kind of record: its names, where it lives and its fields, in the dataclass's order."""

    name: str  # "funding", "budget_revision": store table, package kind, FieldProblem.kind
    label: str  # "funding line": what a user calls one
    plural: str  # "funding lines"
    record_type: type | None  # the domain dataclass (None: kept as a mapping inside its project)
    fields: tuple[FieldSpec, ...]
    list_attribute: str | None = None  # where a project keeps its records of this kind
    # Dataclass fields deliberately not described here (besides KEYS), each for a reason given
    # where the kind is declared.
    excluded: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.record_type is None:
            return
        hints = typing.get_type_hints(self.record_type)
        typed = tuple(s if s.type is not None or not s.on_record else dataclasses.replace(s, type=hints[s.name])
                      for s in self.fields)
        object.__setattr__(self, "fields", typed)

    def field(self, name: str) -> FieldSpec:
        """The field by its name or its wire name; KeyError when the kind has none such."""
        for spec in self.fields:
            if name in (spec.name, spec.wire):
                return spec
        raise KeyError(f"{self.name} has no field '{name}'")

    def field_label(self, name: str) -> str:
        """How a message names a field: its label, or the name made readable for what is not a
        field of its own (an evaluation's "rating_relevance", a revision as a whole)."""
        try:
            return self.field(name).label
        except KeyError:
            return name.replace("_", " ")

    @property
    def header(self) -> str:
        return self.label[:1].upper() + self.label[1:]

    @property
    def record_fields(self) -> tuple[FieldSpec, ...]:
        """The fields the domain dataclass has (not those the store alone keeps)."""
        return tuple(s for s in self.fields if s.on_record)


def _f(name: str, label: str, **kw: Any) -> FieldSpec:
    return FieldSpec(name, label, **kw)


_CURRENCY = _f("currency", "currency", width=3, required=True)
_USD_RATE = _f("usd_rate", "US$ rate")

PARTNER = RecordKind("partner", "partner", "partners", d.Partner, (
    _f("code", "code", width=d.PARTNER_CODE_WIDTH, required=True),
    _f("name", "name", width=200, required=True),
    _f("category", "category", required=True),
    _f("non_state_kind", "non-state kind"),
    _f("country", "country", width=2),
    _f("active", "active"),  # offered for new funding lines
))

PROJECT = RecordKind("project", "project", "projects", d.Project, (
    _f("code", "code", width=d.CODE_WIDTH, required=True),
    _f("title", "title", width=500, required=True),  # the domain's limit; the store's column is unlimited
    _f("description", "description", multiline=True),
    _f("stage", "stage"),
    _f("region", "region"),
    _f("countries", "countries"),
    _f("country_shares", "country shares"),  # each one a COUNTRY_SHARE
    _f("outcome", "strategic objective"),
    _f("themes", "themes"),
    _f("office", "office", width=200),
    _f("officer", "officer", width=200),
    _f("planned_start", "planned start"),
    _f("planned_end", "planned end"),
    _f("actual_end", "actual end"),
    _f("budget", "budget", money=True),
    _f("currency", "currency", width=3),
    _USD_RATE,
    _f("midterm_review_agreed", "mid-term review agreed"),
    _f("rule_set", "evaluation rule set", width=60),
    _f("suspended_from", "suspended from"),
    _f("is_demo", "demo data"),
    _f("archived", "archived"),
), excluded=(
    # The child records, each list described by its own kind; the version is the store's
    # optimistic lock, bumped on every save.
    "fundings", "revisions", "expenditures", "evaluations", "indicators", "version",
))

_FUNDING_FIELDS = (
    _f("modality", "modality", required=True),
    _f("amount", "amount", money=True, required=True),
    _CURRENCY,
    _f("approved_on", "approved on", required=True),
    _f("partner_code", "partner", width=d.PARTNER_CODE_WIDTH, wire="partner"),
    _f("project_code", "project", width=d.CODE_WIDTH, wire="project"),
    _USD_RATE,
    _f("locally_mobilized", "locally mobilized"),
)
FUNDING = RecordKind("funding", "funding line", "funding lines", d.Funding, _FUNDING_FIELDS, "fundings")
# Core contributions: the same record, paying for no project (stored and exchanged as "funding").
UNEARMARKED_FUNDING = RecordKind("unearmarked_funding", "unearmarked funding line", "unearmarked funding lines", d.Funding,
                                 tuple(s for s in _FUNDING_FIELDS if s.name != "project_code"),
                                 excluded=("project_code",))  # always None: it pays for no project

BUDGET_REVISION = RecordKind("budget_revision", "budget revision", "budget revisions", d.BudgetRevision, (
    _f("revised_on", "revised on", required=True),
    _f("reason", "reason", multiline=True, required=True),
    _f("new_budget", "new budget", money=True),
    _f("new_end", "new end"),
    _f("new_usd_rate", "new US$ rate"),
), "revisions")

EXPENDITURE = RecordKind("expenditure", "expenditure line", "expenditure lines", d.Expenditure, (
    _f("year", "year", required=True),
    _f("expenditure_type", "type of expenditure", required=True),
    _f("amount", "amount", money=True, required=True),
    _f("currency", "currency", width=3),
    _USD_RATE,
    _f("month", "month"),
), "expenditures")

EVALUATION = RecordKind("evaluation", "evaluation", "evaluations", d.Evaluation, (
    _f("kind", "kind", required=True),
    _f("due", "due", required=True),
    _f("status", "status"),
    _f("sequence", "sequence"),
    _f("independence", "independence"),
    _f("independence_required", "independence required"),
    _f("mandatory", "mandatory"),
    _f("reason", "reason", multiline=True),  # why the rules plan it (or that an officer added it)
    _f("rule_set", "rule set", width=80),
    _f("completed_on", "completed on"),
    _f("evaluator", "evaluator", width=200),
    _f("ratings", "ratings"),  # one per criterion; field problems name them "rating_<criterion>"
    _f("findings", "findings", multiline=True),
    _f("waiver_reason", "waiver reason", multiline=True),
), "evaluations")

RESULT_INDICATOR = RecordKind("result_indicator", "result indicator", "result indicators", d.ResultIndicator, (
    _f("name", "name", required=True),
    _f("unit", "unit", width=100),
    _f("baseline", "baseline"),
    _f("target", "target"),
    _f("achieved", "achieved"),
    _f("women_share", "women %"),  # per cent of the people counted who are women
), "indicators")

# A project's share of each of its countries: `Project.country_shares` maps country -> share; the
# store keeps one project_country row per country, packages carry them in the project's values.
COUNTRY_SHARE = RecordKind("country_share", "country share", "country shares", None, (
    _f("country", "country", width=2, type=str, required=True),
    _f("share", "share %", type=Decimal),
), "country_shares")

# A project-cycle action taken: cycle.StageChange, with who took it and when, which the store
# records beside it (and packages carry, by the stored names).
STAGE_CHANGE = RecordKind("stage_change", "stage change", "stage changes", cycle.StageChange, (
    _f("from_stage", "from stage"),
    _f("to_stage", "to stage"),
    _f("action", "action", width=40),
    _f("reason", "reason", multiline=True),
    _f("on", "date", wire="changed_on"),
    _f("at", "recorded at", type=dt.datetime, on_record=False),
    _f("who", "who", type=str, on_record=False),  # TRACKER_USER, or "package <name of a site>"
))

RECORD_KINDS: tuple[RecordKind, ...] = (
    PROJECT, PARTNER, FUNDING, UNEARMARKED_FUNDING, BUDGET_REVISION, EXPENDITURE, EVALUATION,
    RESULT_INDICATOR, COUNTRY_SHARE, STAGE_CHANGE,
)
# The lists of records a project holds, in the order its validation and the store visit them.
CHILD_KINDS: tuple[RecordKind, ...] = (FUNDING, BUDGET_REVISION, EXPENDITURE, EVALUATION, RESULT_INDICATOR)

_BY_NAME = {k.name: k for k in RECORD_KINDS}
_BY_LIST = {k.list_attribute: k for k in RECORD_KINDS if k.list_attribute}
# A dataclass serving two kinds (Funding) is described first by the one a project holds.
_BY_TYPE = {k.record_type: k for k in reversed(RECORD_KINDS) if k.record_type is not None}


def kind_named(name: str) -> RecordKind:
    """The kind by its name ("budget_revision"); KeyError naming the known ones."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"no record kind '{name}'; kinds: {', '.join(_BY_NAME)}") from None


def kind_of_list(attribute: str) -> RecordKind:
    """The kind a project's list holds: "revisions" -> BUDGET_REVISION."""
    return _BY_LIST[attribute]


def kind_of(record: object) -> RecordKind:
    """The kind of a domain record (a Funding is a FUNDING line)."""
    return _BY_TYPE[type(record)]


# ---------------------------------------------------------------- text checks

# PostgreSQL refuses NUL in text; the other C0 and C1 controls (and DEL) are invisible, break
# reports and workbooks, and are kept out alike on both engines. Lone surrogates cannot be encoded
# as UTF-8, so neither engine can store them.
_ONE_LINE_BAD = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_MULTILINE_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def _character_problem(text: str, multiline: bool) -> str | None:
    found = (_MULTILINE_BAD if multiline else _ONE_LINE_BAD).search(text)
    if found is None:
        return None
    char, position = found.group(), found.start() + 1
    if char in "\r\n":
        return f"keep it on one line (there is a line break at character {position})"
    if char == "\t":
        return f"keep it on one line (there is a tab at character {position}; use spaces)"
    if "\ud800" <= char <= "\udfff":
        return f"remove the broken character U+{ord(char):04X} at character {position} (half of a pair)"
    return f"remove the invisible control character U+{ord(char):04X} at character {position}"


def text_problem(spec: FieldSpec, value: object) -> FieldProblem | None:
    """What is wrong with one text value of `spec`: a character no store should keep, or more
    characters than the store's column holds."""
    if not isinstance(value, str):
        return None
    why = _character_problem(value, spec.multiline)
    if why is None and spec.width is not None and len(value) > spec.width:
        why = f"keep the {spec.label} to {spec.width} characters (it has {len(value)})"
    return FieldProblem(spec.wire, why) if why else None


def _text_specs(kind: RecordKind) -> tuple[FieldSpec, ...]:
    return tuple(s for s in kind.fields if s.is_text)


_TEXT_SPECS = {k.name: _text_specs(k) for k in RECORD_KINDS}


def text_problems(kind: RecordKind | str, record: object | Mapping[str, Any], already: Iterable[FieldProblem] = ()) -> list[FieldProblem]:
    """The text checks of every text field of a record (a dataclass, or a mapping of field names
    to values), skipping fields `already` has a problem for (a code that does not match its
    pattern needs no second message about its length)."""
    name = kind if isinstance(kind, str) else kind.name
    reported = {p.field for p in already}
    found = []
    for spec in _TEXT_SPECS[name]:
        if spec.wire in reported:
            continue
        if isinstance(record, Mapping):
            if spec.name not in record and spec.wire not in record:
                continue
            value = record.get(spec.name, record.get(spec.wire))
        else:
            if not spec.on_record:
                continue
            value = getattr(record, spec.name)
        problem = text_problem(spec, value)
        if problem is not None:
            found.append(problem)
    return found


def check_stage_change(reason: str, who: str) -> None:
    """Refuse a stage change whose reason or author could not be stored alike on both engines
    (a NUL, a control character, a broken character): ValidationError naming the field."""
    found = text_problems(STAGE_CHANGE, {"reason": reason, "who": who})
    if found:
        raise ValidationError([p.within(STAGE_CHANGE.name, None) for p in found], subject=STAGE_CHANGE.label)


# ---------------------------------------------------------------- problems as users read them


def problem_text(problem: FieldProblem, own: RecordKind | None = None) -> str:
    """A field problem as a sentence, composed from its data: "Funding line 3: amount: the amount
    must be greater than zero". `own` is the kind of the record validated itself (its problems
    carry no kind); without it such a problem reads "field: message"."""
    kind = _BY_NAME.get(problem.kind) if problem.kind else own
    field = kind.field_label(problem.field) if kind is not None else problem.field
    if problem.kind and kind is not None:
        place = kind.header if problem.index is None else f"{kind.header} {problem.index + 1}"
        return f"{place}: {field}: {problem.message}"
    return f"{field}: {problem.message}"
