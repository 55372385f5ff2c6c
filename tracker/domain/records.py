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

from tracker.domain import cycle, rates
from tracker.domain import documents as docs
from tracker.domain import project as d
from tracker.domain.classifications import Criterion
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate, using_language

KEYS = ("id", "uuid")  # every record's database key and stable identity: never a described field


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record kind."""

    name: str  # the attribute on the domain dataclass; packages carry a record's values by it
    # How a user reads it, in lower case unless a name: "amount", "US$ rate": the English source,
    # marked for translation in the context "RecordField"; `label` gives it in the user's language.
    english_label: str
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
    def label(self) -> str:
        """The label in the current language: "amount", "montant", "importe"."""
        return translate("RecordField", self.english_label)

    def label_in(self, language: str) -> str:
        with using_language(language):
            return self.label

    @property
    def header(self) -> str:
        """The label as a column header: "Approved on", "US$ rate"."""
        return _capitalised(self.label)

    def header_in(self, language: str) -> str:
        with using_language(language):
            return self.header


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def label_variants(spec: FieldSpec) -> set[str]:
    """Every way a heading may name the field: its label and its header in each language tracker
    speaks ("approved on", "Approved on", "Approuvé le", "Aprobado el"...), so that a workbook
    written in one language reads in another. Compare them folded (case, accents) as needed."""
    found: set[str] = set()
    for language in LANGUAGES:
        label = spec.label_in(language)
        found.update((label, _capitalised(label)))
    return found


@dataclass(frozen=True)
class RecordKind:
    """One kind of record: its names, where it lives and its fields, in the dataclass's order."""

    name: str  # "funding", "budget_revision": store table, package kind, FieldProblem.kind
    # What a user calls one, and several ("funding line", "funding lines"): the English source,
    # marked for translation in the context "RecordKind"; `label` and `plural` are translated.
    english_label: str
    english_plural: str
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
            pass
        if name.startswith("rating_"):
            try:
                criterion = Criterion(name[len("rating_"):])
            except ValueError:
                pass
            else:
                return translate("RecordField", "rating {criterion}").format(criterion=criterion.label.lower())
        if name == "revision":
            return translate("RecordField", "revision")
        return name.replace("_", " ")

    @property
    def label(self) -> str:
        return translate("RecordKind", self.english_label)

    @property
    def plural(self) -> str:
        return translate("RecordKind", self.english_plural)

    @property
    def header(self) -> str:
        return _capitalised(self.label)

    @property
    def record_fields(self) -> tuple[FieldSpec, ...]:
        """The fields the domain dataclass has (not those the store alone keeps)."""
        return tuple(s for s in self.fields if s.on_record)


def _f(name: str, label: str, **kw: Any) -> FieldSpec:
    return FieldSpec(name, label, **kw)


_CURRENCY = _f("currency", QT_TRANSLATE_NOOP("RecordField", "currency"), width=3, required=True)
_USD_RATE = _f("usd_rate", QT_TRANSLATE_NOOP("RecordField", "US$ rate"))

PARTNER = RecordKind("partner", QT_TRANSLATE_NOOP("RecordKind", "partner"), QT_TRANSLATE_NOOP("RecordKind", "partners"), d.Partner, (
    _f("code", QT_TRANSLATE_NOOP("RecordField", "code"), width=d.PARTNER_CODE_WIDTH, required=True),
    _f("name", QT_TRANSLATE_NOOP("RecordField", "name"), width=200, required=True),
    _f("category", QT_TRANSLATE_NOOP("RecordField", "category"), required=True),
    _f("non_state_kind", QT_TRANSLATE_NOOP("RecordField", "non-state kind")),
    _f("country", QT_TRANSLATE_NOOP("RecordField", "country"), width=2),
    _f("active", QT_TRANSLATE_NOOP("RecordField", "active")),  # offered for new funding lines
    _f("reporting_language", QT_TRANSLATE_NOOP("RecordField", "reporting language"), width=2),  # en, fr, es
))

PROJECT = RecordKind("project", QT_TRANSLATE_NOOP("RecordKind", "project"), QT_TRANSLATE_NOOP("RecordKind", "projects"), d.Project, (
    _f("code", QT_TRANSLATE_NOOP("RecordField", "code"), width=d.CODE_WIDTH, required=True),
    _f("title", QT_TRANSLATE_NOOP("RecordField", "title"), width=500, required=True),  # the domain's limit; the store's column is unlimited
    _f("description", QT_TRANSLATE_NOOP("RecordField", "description"), multiline=True),
    _f("stage", QT_TRANSLATE_NOOP("RecordField", "stage")),
    _f("region", QT_TRANSLATE_NOOP("RecordField", "region")),
    _f("countries", QT_TRANSLATE_NOOP("RecordField", "countries")),
    _f("country_shares", QT_TRANSLATE_NOOP("RecordField", "country shares")),  # each one a COUNTRY_SHARE
    _f("outcome", QT_TRANSLATE_NOOP("RecordField", "strategic objective")),
    _f("themes", QT_TRANSLATE_NOOP("RecordField", "themes")),
    _f("office", QT_TRANSLATE_NOOP("RecordField", "office"), width=200),
    _f("officer", QT_TRANSLATE_NOOP("RecordField", "officer"), width=200),
    _f("planned_start", QT_TRANSLATE_NOOP("RecordField", "planned start")),
    _f("planned_end", QT_TRANSLATE_NOOP("RecordField", "planned end")),
    _f("actual_end", QT_TRANSLATE_NOOP("RecordField", "actual end")),
    _f("budget", QT_TRANSLATE_NOOP("RecordField", "budget"), money=True),
    _f("currency", QT_TRANSLATE_NOOP("RecordField", "currency"), width=3),
    _USD_RATE,
    _f("midterm_review_agreed", QT_TRANSLATE_NOOP("RecordField", "mid-term review agreed")),
    _f("rule_set", QT_TRANSLATE_NOOP("RecordField", "evaluation rule set"), width=60),
    # schema v11: True when someone chose the rule set; False: the one in force on the approval date
    _f("rule_set_assigned", QT_TRANSLATE_NOOP("RecordField", "rule set assigned")),
    _f("suspended_from", QT_TRANSLATE_NOOP("RecordField", "suspended from")),
    _f("is_demo", QT_TRANSLATE_NOOP("RecordField", "demo data")),
    _f("archived", QT_TRANSLATE_NOOP("RecordField", "archived")),
    _f("purpose_code", QT_TRANSLATE_NOOP("RecordField", "purpose code"), width=5),
    _f("capital_spend", QT_TRANSLATE_NOOP("RecordField", "capital spend %")),
), excluded=(
    # The child records, each list described by its own kind; the version is the store's
    # optimistic lock, bumped on every save.
    "fundings", "revisions", "expenditures", "evaluations", "indicators", "budget_lines", "progress_reports",
    "indicator_values", "documents", "locations", "appraisals", "version",
))

_FUNDING_FIELDS = (
    _f("modality", QT_TRANSLATE_NOOP("RecordField", "modality"), required=True),
    _f("amount", QT_TRANSLATE_NOOP("RecordField", "amount"), money=True, required=True),
    _CURRENCY,
    _f("approved_on", QT_TRANSLATE_NOOP("RecordField", "approved on"), required=True),
    _f("partner_code", QT_TRANSLATE_NOOP("RecordField", "partner"), width=d.PARTNER_CODE_WIDTH, wire="partner"),
    _f("project_code", QT_TRANSLATE_NOOP("RecordField", "project"), width=d.CODE_WIDTH, wire="project"),
    _USD_RATE,
    _f("locally_mobilized", QT_TRANSLATE_NOOP("RecordField", "locally mobilized")),
    _f("agreement_reference", QT_TRANSLATE_NOOP("RecordField", "agreement reference"), width=100),
)
FUNDING = RecordKind("funding", QT_TRANSLATE_NOOP("RecordKind", "funding line"), QT_TRANSLATE_NOOP("RecordKind", "funding lines"), d.Funding, _FUNDING_FIELDS, "fundings")
# Core contributions: the same record, paying for no project (stored and exchanged as "funding").
UNEARMARKED_FUNDING = RecordKind("unearmarked_funding", QT_TRANSLATE_NOOP("RecordKind", "unearmarked funding line"), QT_TRANSLATE_NOOP("RecordKind", "unearmarked funding lines"), d.Funding,
                                 tuple(s for s in _FUNDING_FIELDS if s.name != "project_code"),
                                 excluded=("project_code",))  # always None: it pays for no project

BUDGET_REVISION = RecordKind("budget_revision", QT_TRANSLATE_NOOP("RecordKind", "budget revision"), QT_TRANSLATE_NOOP("RecordKind", "budget revisions"), d.BudgetRevision, (
    _f("revised_on", QT_TRANSLATE_NOOP("RecordField", "revised on"), required=True),
    _f("reason", QT_TRANSLATE_NOOP("RecordField", "reason"), multiline=True, required=True),
    _f("new_budget", QT_TRANSLATE_NOOP("RecordField", "new budget"), money=True),
    _f("new_end", QT_TRANSLATE_NOOP("RecordField", "new end")),
    _f("new_usd_rate", QT_TRANSLATE_NOOP("RecordField", "new US$ rate")),
), "revisions")

EXPENDITURE = RecordKind("expenditure", QT_TRANSLATE_NOOP("RecordKind", "expenditure line"), QT_TRANSLATE_NOOP("RecordKind", "expenditure lines"), d.Expenditure, (
    _f("year", QT_TRANSLATE_NOOP("RecordField", "year"), required=True),
    _f("expenditure_type", QT_TRANSLATE_NOOP("RecordField", "type of expenditure"), required=True),
    _f("amount", QT_TRANSLATE_NOOP("RecordField", "amount"), money=True, required=True),
    _f("currency", QT_TRANSLATE_NOOP("RecordField", "currency"), width=3),
    _USD_RATE,
    _f("month", QT_TRANSLATE_NOOP("RecordField", "month")),
    _f("output", QT_TRANSLATE_NOOP("RecordField", "output"), width=200),
), "expenditures")

EVALUATION = RecordKind("evaluation", QT_TRANSLATE_NOOP("RecordKind", "evaluation"), QT_TRANSLATE_NOOP("RecordKind", "evaluations"), d.Evaluation, (
    _f("kind", QT_TRANSLATE_NOOP("RecordField", "kind"), required=True),
    _f("due", QT_TRANSLATE_NOOP("RecordField", "due"), required=True),
    _f("status", QT_TRANSLATE_NOOP("RecordField", "status")),
    _f("sequence", QT_TRANSLATE_NOOP("RecordField", "sequence")),
    _f("independence", QT_TRANSLATE_NOOP("RecordField", "independence")),
    _f("independence_required", QT_TRANSLATE_NOOP("RecordField", "independence required")),
    _f("mandatory", QT_TRANSLATE_NOOP("RecordField", "mandatory")),
    _f("reason", QT_TRANSLATE_NOOP("RecordField", "reason"), multiline=True),  # why the rules plan it (or that an officer added it)
    _f("rule_set", QT_TRANSLATE_NOOP("RecordField", "rule set"), width=80),
    _f("completed_on", QT_TRANSLATE_NOOP("RecordField", "completed on")),
    _f("evaluator", QT_TRANSLATE_NOOP("RecordField", "evaluator"), width=200),
    _f("ratings", QT_TRANSLATE_NOOP("RecordField", "ratings")),  # one per criterion; field problems name them "rating_<criterion>"
    _f("findings", QT_TRANSLATE_NOOP("RecordField", "findings"), multiline=True),
    _f("waiver_reason", QT_TRANSLATE_NOOP("RecordField", "waiver reason"), multiline=True),
    # schema v11: the uuid of the cluster evaluation this one is part of ("" for none)
    _f("cluster", QT_TRANSLATE_NOOP("RecordField", "cluster evaluation"), width=36),
), "evaluations")

RESULT_INDICATOR = RecordKind("result_indicator", QT_TRANSLATE_NOOP("RecordKind", "result indicator"), QT_TRANSLATE_NOOP("RecordKind", "result indicators"), d.ResultIndicator, (
    _f("name", QT_TRANSLATE_NOOP("RecordField", "name"), required=True),
    _f("unit", QT_TRANSLATE_NOOP("RecordField", "unit"), width=100),
    _f("baseline", QT_TRANSLATE_NOOP("RecordField", "baseline")),
    _f("target", QT_TRANSLATE_NOOP("RecordField", "target")),
    _f("achieved", QT_TRANSLATE_NOOP("RecordField", "achieved")),
    _f("women_share", QT_TRANSLATE_NOOP("RecordField", "women %")),  # per cent of the people counted who are women
), "indicators")

BUDGET_LINE = RecordKind("budget_line", QT_TRANSLATE_NOOP("RecordKind", "budget line"), QT_TRANSLATE_NOOP("RecordKind", "budget lines"), d.BudgetLine, (
    _f("heading", QT_TRANSLATE_NOOP("RecordField", "heading"), required=True),  # a type of expenditure
    _f("amount", QT_TRANSLATE_NOOP("RecordField", "amount"), money=True, required=True),  # in the project's currency
    _f("output", QT_TRANSLATE_NOOP("RecordField", "output"), width=200),
    _f("variance_note", QT_TRANSLATE_NOOP("RecordField", "variance explanation"), multiline=True),
), "budget_lines")

PROGRESS_REPORT = RecordKind("progress_report", QT_TRANSLATE_NOOP("RecordKind", "progress report"), QT_TRANSLATE_NOOP("RecordKind", "progress reports"), d.ProgressReport, (
    _f("period_start", QT_TRANSLATE_NOOP("RecordField", "period start"), required=True),
    _f("period_end", QT_TRANSLATE_NOOP("RecordField", "period end"), required=True),
    _f("summary", QT_TRANSLATE_NOOP("RecordField", "summary of progress"), multiline=True, required=True),
    _f("challenges", QT_TRANSLATE_NOOP("RecordField", "challenges and risks"), multiline=True),
    _f("lessons", QT_TRANSLATE_NOOP("RecordField", "lessons learned"), multiline=True),
    _f("next_steps", QT_TRANSLATE_NOOP("RecordField", "next steps"), multiline=True),
    _f("prepared_by", QT_TRANSLATE_NOOP("RecordField", "prepared by"), width=200),
), "progress_reports")

# An indicator's value on a date; the indicator is one of the same project's, by its UUID.
INDICATOR_VALUE = RecordKind("indicator_value", QT_TRANSLATE_NOOP("RecordKind", "indicator value"), QT_TRANSLATE_NOOP("RecordKind", "indicator values"), d.IndicatorValue, (
    _f("indicator_uuid", QT_TRANSLATE_NOOP("RecordField", "indicator"), width=36, required=True),
    _f("measured_on", QT_TRANSLATE_NOOP("RecordField", "measured on"), required=True),
    _f("value", QT_TRANSLATE_NOOP("RecordField", "value"), required=True),
    _f("note", QT_TRANSLATE_NOOP("RecordField", "note"), multiline=True),
), "indicator_values")

# A document of the project or of one of its evaluations (schema v9); the file itself, when
# attached, is kept once by its SHA-256 (the store's document_file) and named here.
DOCUMENT = RecordKind("document", QT_TRANSLATE_NOOP("RecordKind", "document"), QT_TRANSLATE_NOOP("RecordKind", "documents"), docs.Document, (
    _f("title", QT_TRANSLATE_NOOP("RecordField", "title"), width=500, required=True),
    _f("category", QT_TRANSLATE_NOOP("RecordField", "category"), width=3, required=True),
    _f("language", QT_TRANSLATE_NOOP("RecordField", "language"), width=2),
    _f("document_date", QT_TRANSLATE_NOOP("RecordField", "document date")),
    _f("url", QT_TRANSLATE_NOOP("RecordField", "web address"), width=1000),
    _f("evaluation_uuid", QT_TRANSLATE_NOOP("RecordField", "evaluation"), width=36),
    _f("file_name", QT_TRANSLATE_NOOP("RecordField", "file"), width=255),
    _f("file_size", QT_TRANSLATE_NOOP("RecordField", "file size")),
    _f("file_sha256", QT_TRANSLATE_NOOP("RecordField", "file checksum"), width=64),
), "documents")

# A place within the project's countries (schema v9), published as an IATI location.
LOCATION = RecordKind("location", QT_TRANSLATE_NOOP("RecordKind", "location"), QT_TRANSLATE_NOOP("RecordKind", "locations"), docs.Location, (
    _f("name", QT_TRANSLATE_NOOP("RecordField", "name"), width=200, required=True),
    _f("country", QT_TRANSLATE_NOOP("RecordField", "country"), width=2),
    _f("description", QT_TRANSLATE_NOOP("RecordField", "description"), multiline=True),
    _f("latitude", QT_TRANSLATE_NOOP("RecordField", "latitude")),
    _f("longitude", QT_TRANSLATE_NOOP("RecordField", "longitude")),
), "locations")

# What was recorded at appraisal to meet one of the rule set's appraisal requirements (schema v11,
# stored in the table appraisal_record): the Approve action's guards look for it.
APPRAISAL = RecordKind("appraisal", QT_TRANSLATE_NOOP("RecordKind", "appraisal record"), QT_TRANSLATE_NOOP("RecordKind", "appraisal records"), d.AppraisalRecord, (
    _f("requirement", QT_TRANSLATE_NOOP("RecordField", "requirement"), width=40, required=True),  # the requirement's code
    _f("recorded_on", QT_TRANSLATE_NOOP("RecordField", "recorded on"), required=True),
    _f("result", QT_TRANSLATE_NOOP("RecordField", "result"), width=60),
    _f("recorded_by", QT_TRANSLATE_NOOP("RecordField", "recorded by"), width=200),
    _f("note", QT_TRANSLATE_NOOP("RecordField", "note"), multiline=True),
), "appraisals")

# A currency's US$ value from a date (schema v9): the table of exchange rates, not a project's.
EXCHANGE_RATE = RecordKind("exchange_rate", QT_TRANSLATE_NOOP("RecordKind", "exchange rate"), QT_TRANSLATE_NOOP("RecordKind", "exchange rates"), rates.ExchangeRate, (
    _CURRENCY,
    _f("valid_from", QT_TRANSLATE_NOOP("RecordField", "valid from"), required=True),
    _f("usd_per_unit", QT_TRANSLATE_NOOP("RecordField", "US$ per unit"), required=True),
    _f("source", QT_TRANSLATE_NOOP("RecordField", "source"), width=200),
))

# A project's share of each of its countries: `Project.country_shares` maps country -> share; the
# store keeps one project_country row per country, packages carry them in the project's values.
COUNTRY_SHARE = RecordKind("country_share", QT_TRANSLATE_NOOP("RecordKind", "country share"), QT_TRANSLATE_NOOP("RecordKind", "country shares"), None, (
    _f("country", QT_TRANSLATE_NOOP("RecordField", "country"), width=2, type=str, required=True),
    _f("share", QT_TRANSLATE_NOOP("RecordField", "share %"), type=Decimal),
), "country_shares")

# A project-cycle action taken: cycle.StageChange, with who took it and when, which the store
# records beside it (and packages carry, by the stored names).
STAGE_CHANGE = RecordKind("stage_change", QT_TRANSLATE_NOOP("RecordKind", "stage change"), QT_TRANSLATE_NOOP("RecordKind", "stage changes"), cycle.StageChange, (
    _f("from_stage", QT_TRANSLATE_NOOP("RecordField", "from stage")),
    _f("to_stage", QT_TRANSLATE_NOOP("RecordField", "to stage")),
    _f("action", QT_TRANSLATE_NOOP("RecordField", "action"), width=40),
    _f("reason", QT_TRANSLATE_NOOP("RecordField", "reason"), multiline=True),
    _f("on", QT_TRANSLATE_NOOP("RecordField", "date"), wire="changed_on"),
    _f("at", QT_TRANSLATE_NOOP("RecordField", "recorded at"), type=dt.datetime, on_record=False),
    _f("who", QT_TRANSLATE_NOOP("RecordField", "who"), type=str, on_record=False),  # TRACKER_USER, or "package <name of a site>"
))

# A cluster evaluation's own facts (schema v11; tracker.store.clusters): belongs to no project,
# its member evaluations name it by uuid; field packages carry it (tracker.exchange.package_clusters).
CLUSTER_EVALUATION = RecordKind("cluster_evaluation", QT_TRANSLATE_NOOP("RecordKind", "cluster evaluation"),
                                QT_TRANSLATE_NOOP("RecordKind", "cluster evaluations"), None, (
    _f("code", QT_TRANSLATE_NOOP("RecordField", "code"), width=40, type=str, required=True),
    _f("title", QT_TRANSLATE_NOOP("RecordField", "title"), width=200, type=str, required=True),
    _f("kind", QT_TRANSLATE_NOOP("RecordField", "kind"), width=40, type=str, required=True),
    _f("basis", QT_TRANSLATE_NOOP("RecordField", "basis"), width=20, type=str, required=True),
    _f("basis_value", QT_TRANSLATE_NOOP("RecordField", "shared by the projects"), width=60, type=str, required=True),
))

RECORD_KINDS: tuple[RecordKind, ...] = (
    PROJECT, PARTNER, FUNDING, UNEARMARKED_FUNDING, BUDGET_REVISION, EXPENDITURE, EVALUATION,
    RESULT_INDICATOR, BUDGET_LINE, PROGRESS_REPORT, INDICATOR_VALUE, DOCUMENT, LOCATION, APPRAISAL, COUNTRY_SHARE, STAGE_CHANGE,
    EXCHANGE_RATE, CLUSTER_EVALUATION,
)
# The lists of records a project holds, in the order its validation and the store visit them.
CHILD_KINDS: tuple[RecordKind, ...] = (FUNDING, BUDGET_REVISION, EXPENDITURE, EVALUATION, RESULT_INDICATOR, BUDGET_LINE,
                                       PROGRESS_REPORT, INDICATOR_VALUE, DOCUMENT, LOCATION, APPRAISAL)

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
        return translate("TextCheck", "keep it on one line (there is a line break at character {position})").format(position=position)
    if char == "\t":
        return translate("TextCheck", "keep it on one line (there is a tab at character {position}; use spaces)").format(position=position)
    code = f"U+{ord(char):04X}"
    if "\ud800" <= char <= "\udfff":
        return translate("TextCheck", "remove the broken character {code} at character {position} (half of a pair)").format(
            code=code, position=position)
    return translate("TextCheck", "remove the invisible control character {code} at character {position}").format(
        code=code, position=position)


def text_problem(spec: FieldSpec, value: object) -> FieldProblem | None:
    """What is wrong with one text value of `spec`: a character no store should keep, or more
    characters than the store's column holds."""
    if not isinstance(value, str):
        return None
    why = _character_problem(value, spec.multiline)
    if why is None and spec.width is not None and len(value) > spec.width:
        why = translate("TextCheck", "keep the {field} to {width} characters (it has {length})").format(
            field=spec.label, width=spec.width, length=len(value))
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
        place = kind.header if problem.index is None else translate("FieldProblem", "{record} {number}").format(
            record=kind.header, number=problem.index + 1)
        return translate("FieldProblem", "{place}: {field}: {message}").format(place=place, field=field, message=problem.message)
    return translate("FieldProblem", "{field}: {message}").format(field=field, message=problem.message)
