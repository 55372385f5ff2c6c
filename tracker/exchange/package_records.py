"""Records as field packages carry them: kind, UUID, owning project's UUID, values as JSON, and a
content hash that is the same in every database holding the same values.

Kinds: partner, project (with its countries, shares and themes), exchange_rate (the table of
rates, which belongs to no project), cluster_evaluation (a cluster's own facts, no project's:
tracker.exchange.package_clusters), stage_change and every kind a project holds (tracker.domain.records.CHILD_KINDS: funding, budget_revision, expenditure,
evaluation, result_indicator, budget_line, progress_report, indicator_value, document, location, appraisal). Integer keys,
versions and timestamps are local to a database and are left out of values and hash.

A package's lines are read with `parse_line`, which checks each one strictly before anything is
decided: its shape, its UUIDs, and every value against the type its field declares (a region
that does not exist, an amount of 1e40, NaN or Infinity, a number where a text is expected, a
date outside the years tracker plans with, text no database can store). A line that fails says
why in one sentence (BadRecord); read_package adds the file and the line number."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import types
import typing
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from tracker.domain import records as rk
from tracker.domain.classifications import Stage
from tracker.domain.dates import EARLIEST, LATEST
from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from tracker.domain.money import MAX_AMOUNT
from tracker.domain.numbers import format_number, number_style
from tracker.exchange import package_clusters as pc
from tracker.exchange.package_format import BadRecord, is_uuid, json_line
from tracker.store.sync import STAGE_ENTRY_FIELDS, StageEntry, StoredRecord, read_records

# The kinds a package carries, from the one description of each kind (tracker.domain.records).
_CARRIED = (rk.PARTNER, rk.PROJECT, *rk.CHILD_KINDS, rk.EXCHANGE_RATE)
CLUSTER = pc.KIND
# Records that belong to no project, ever.
UNOWNED_KINDS = ("partner", "project", "exchange_rate", CLUSTER)
# Those matched across databases by their natural key alone. Not a cluster: two databases'
# clusters of one code are two clusters (a clash the merge refuses), not one.
MATCHED_BY_KEY = ("partner", "project", "exchange_rate")
KINDS = (*(k.name for k in _CARRIED), CLUSTER, rk.STAGE_CHANGE.name)
CHILD_KINDS = tuple(k.name for k in rk.CHILD_KINDS)
OWNED_KINDS = (*CHILD_KINDS, "stage_change")  # records that belong to a project (funding: unless unearmarked)
DOMAIN_CLASSES: dict[str, type] = {**{k.name: k.record_type for k in _CARRIED if k.record_type is not None}, CLUSTER: pc.ClusterRecord}
LIST_OF_KIND = {k.name: k.list_attribute for k in rk.CHILD_KINDS if k.list_attribute}
# A record's values are its described fields but its owner, which travels as the record's project
# (a funding line's project_code). Keys, versions and child lists are not described fields.
_OWNER = "project_code"
_VALUES = {**{k.name: frozenset(f.name for f in k.fields if f.on_record and f.name != _OWNER) for k in _CARRIED}, CLUSTER: pc.FIELDS}
STAGE_CHANGE_FIELDS = STAGE_ENTRY_FIELDS
_STAGE_HINTS: dict[str, Any] = {"from_stage": Stage | None, "to_stage": Stage, "action": str, "reason": str,
                                "changed_on": dt.date, "at": dt.datetime | None, "who": str}
# Texts the store keeps in columns of a set width that the domain's validation does not check
# (PostgreSQL would refuse a longer one in the middle of a merge).
# Widths the store keeps that the domain's validation does not see for these values (a stage
# change's action, a rule set's name): checked as a package is read. The rest are checked by the
# text checks of the records' own validation.
_WIDTHS = {**{(k.name, name): f.width for k in (*_CARRIED, rk.STAGE_CHANGE) for f in k.fields if f.width
              for name in {f.name, f.wire}}, **{(CLUSTER, name): width for name, width in pc.WIDTHS.items()}}
# Amounts kept with their US$ value too (in cents, in a BIGINT on PostgreSQL): both must fit.
_AMOUNTS_AT_RATES = {"project": (("budget", "usd_rate"),), "funding": (("amount", "usd_rate"),),
                     "expenditure": (("amount", "usd_rate"),), "budget_revision": (("new_budget", "new_usd_rate"),)}
_MAX_INT = 2**31 - 1
_MAX_DECIMAL_TEXT = 40
MAX_ANCESTORS = 100


@dataclass
class Record:
    kind: str
    uuid: str
    project_uuid: str | None
    values: dict[str, Any] | None  # None: a tombstone (deleted)
    hash: str = ""
    # The values decoded: a domain record (for a project, without its child lists) or a
    # StageEntry. Not part of the record's identity or hash.
    value: Any = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.hash and self.values is not None:
            self.hash = content_hash(self.kind, self.project_uuid, self.values)

    @property
    def deleted(self) -> bool:
        return self.values is None

    def label(self) -> str:
        values = self.values or {}
        if self.kind == "exchange_rate" and isinstance(values.get("currency"), str) and isinstance(values.get("valid_from"), str):
            return translate("PackageRecord", "exchange rate of {currency} from {day}").format(
                currency=values["currency"][:3], day=values["valid_from"][:10])
        for key in ("code", "name", "title", "reason", "kind", "requirement"):
            if values.get(key) and isinstance(values[key], str):
                return f"{kind_name(self.kind)} {values[key][:80]}"
        return f"{kind_name(self.kind)} {self.uuid[:8]}"

    def moved(self, uuid: str | None = None, project_uuid: str | None = None) -> Record:
        """The same values under another identity or owner (a record matched to a local one by
        its natural key): hash recomputed, decoded value carried over."""
        new_uuid = uuid or self.uuid
        value = self.value
        if value is not None and new_uuid != self.uuid and hasattr(value, "uuid"):
            value = dataclasses.replace(value, uuid=new_uuid)
        owner = self.project_uuid if project_uuid is None else project_uuid
        return Record(self.kind, new_uuid, owner, self.values, value=value)


@dataclass
class Incoming:
    """A record read from a package, with its ancestors (its hashes at the sender's exchanges,
    newest first: the versions it descends from) and the line it was on."""

    record: Record
    ancestors: list[str]
    line: int = 0


def content_hash(kind: str, project_uuid: str | None, values: dict[str, Any]) -> str:
    text = json.dumps({"kind": kind, "project": project_uuid, "values": values}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_json(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(to_json(k)): to_json(v) for k, v in sorted(value.items(), key=lambda kv: str(to_json(kv[0])))}
    raise TypeError(f"cannot write {type(value).__name__} to a package")


# Fields added after packages were first exchanged, left out of a record's values while they
# hold their default: every record written before keeps its hash (a package of an older tracker
# reads the same), and a decoded record without the field gets the default.
_LEFT_OUT_AT_DEFAULT: dict[str, dict[str, Any]] = {"partner": {"active": True, "reporting_language": "en"},
                                                    "project": {"archived": False, "rule_set_assigned": False},  # schema v11
                                                    "funding": {"agreement_reference": ""},  # schema v8
                                                    "expenditure": {"output": ""},  # schema v8
                                                    "evaluation": {"cluster": ""}}  # schema v11


def record_values(obj: Any) -> dict[str, Any]:
    kind = CLUSTER if isinstance(obj, pc.ClusterRecord) else rk.kind_of(obj).name
    carried = _VALUES[kind]
    defaults = _LEFT_OUT_AT_DEFAULT.get(kind, {})
    return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj)
            if f.name in carried and not (f.name in defaults and getattr(obj, f.name) == defaults[f.name])}


def with_defaults(kind: str, values: dict[str, Any] | None) -> dict[str, Any] | None:
    """`values` with the fields left out at their default written in (what a conflict shows: "no",
    not nothing, for a project whose rule set was not assigned)."""
    if values is None:
        return None
    return {**{name: to_json(value) for name, value in _LEFT_OUT_AT_DEFAULT.get(kind, {}).items()}, **values}


def without_defaults(kind: str, values: dict[str, Any] | None) -> dict[str, Any] | None:
    """`values` as a package carries them: the inverse of with_defaults (the record's hash is
    computed from these)."""
    if values is None:
        return None
    defaults = {name: to_json(value) for name, value in _LEFT_OUT_AT_DEFAULT.get(kind, {}).items()}
    return {name: value for name, value in values.items() if not (name in defaults and value == defaults[name])}


def stage_change_values(entry: StageEntry) -> dict[str, Any]:
    return {name: to_json(getattr(entry, name)) for name in STAGE_CHANGE_FIELDS}


def values_of(kind: str, value: Any) -> dict[str, Any]:
    return stage_change_values(value) if kind == "stage_change" else record_values(value)


def current_records(stored: list[StoredRecord]) -> dict[str, Record]:
    """The records of this database (tracker.store.sync.read_records), as packages carry them."""
    return {s.uuid: Record(s.kind, s.uuid, s.project_uuid, values_of(s.kind, s.value), value=s.value) for s in stored}


def database_records() -> dict[str, Record]:
    """Every record of this database a package exchanges: tracker.store.sync's and the clusters."""
    return current_records([*read_records(), *pc.stored_records()])


def to_line(record: Record, ancestors: list[str]) -> str:
    return json.dumps(
        {"kind": record.kind, "uuid": record.uuid, "project": record.project_uuid, "values": record.values,
         "hash": record.hash if not record.deleted else None, "base": ancestors[0] if ancestors else None,
         "ancestors": ancestors},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


def parse_line(number: int, data: bytes) -> Incoming:
    """One line of records.jsonl, checked whole (see the module docstring); BadRecord says what
    is wrong."""
    line = json_line(number, data)
    if not isinstance(line, dict):
        raise BadRecord(translate("PackageRecord", "it is not a record (a JSON object)"))
    kind = line.get("kind")
    if kind not in KINDS:
        raise BadRecord(translate("PackageRecord", "{kind} is not a kind of record tracker exchanges").format(kind=_shown(kind)))
    what = kind_name(kind)
    record_uuid, owner, values = line.get("uuid"), line.get("project"), line.get("values")
    if not is_uuid(record_uuid):
        raise BadRecord(translate("PackageRecord", "{what}: it has no valid UUID ({uuid})").format(what=what, uuid=_shown(record_uuid)))
    if owner is not None and not is_uuid(owner):
        raise BadRecord(translate("PackageRecord", "{what} {uuid}: the UUID of its project is not valid ({owner})").format(
            what=what, uuid=record_uuid, owner=_shown(owner)))
    if kind in UNOWNED_KINDS and owner is not None:
        raise BadRecord(translate("PackageRecord", "{what} {uuid}: this kind of record belongs to no project").format(what=what, uuid=record_uuid))
    if values is not None:
        if not isinstance(values, dict):
            raise BadRecord(translate("PackageRecord", "{what} {uuid}: its values are not a JSON object").format(what=what, uuid=record_uuid))
        if owner is None and kind in OWNED_KINDS and kind != "funding":
            raise BadRecord(translate("PackageRecord", "{what} {uuid}: it does not name its project").format(what=what, uuid=record_uuid))
    ancestors = line.get("ancestors")
    if ancestors is None:
        base = line.get("base")
        ancestors = [base] if base else []
    if not isinstance(ancestors, list) or len(ancestors) > MAX_ANCESTORS or not all(_is_hash(h) for h in ancestors):
        raise BadRecord(translate("PackageRecord", "{what} {uuid}: its ancestors are not a list of content hashes").format(what=what, uuid=record_uuid))
    record = Record(kind, record_uuid, owner, values)
    if values is not None:
        if line.get("hash") != record.hash:
            raise BadRecord(translate("PackageRecord", "{what} {uuid}: its values do not match its hash").format(what=what, uuid=record_uuid))
        record.value = decode(kind, record_uuid, values)
    return Incoming(record, list(ancestors), number)


def _is_hash(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# ---------------------------------------------------------------- decoding values


def decode(kind: str, record_uuid: str, values: dict[str, Any]) -> Any:
    """The domain record (or StageEntry) `values` describe, every value checked against its
    field's type; BadRecord names the field and what is wrong."""
    if kind == "stage_change":
        cls: type = StageEntry
        hints = _STAGE_HINTS
    else:
        cls = DOMAIN_CLASSES[kind]
        hints = typing.get_type_hints(cls)
    names = set(STAGE_CHANGE_FIELDS) if kind == "stage_change" else _VALUES[kind]
    label = _label(kind, record_uuid, values)
    kwargs: dict[str, Any] = {}
    for name, raw in values.items():
        if name not in names:
            continue  # a field this tracker does not know: left out (it keeps the record's hash)
        try:
            value = _decode(hints[name], raw)
        except _Bad as exc:
            raise BadRecord(f"{label}: {name.replace('_', ' ')}: {exc}") from None
        width = _WIDTHS.get((kind, name))
        if width is not None and isinstance(value, str) and len(value) > width:
            raise BadRecord(translate("PackageRecord", "{record}: {field}: at most {width} characters (it has {count})").format(
                record=label, field=name.replace("_", " "), width=width, count=len(value)))
        kwargs[name] = value
    missing = [f.name for f in dataclasses.fields(cls)
               if f.name not in kwargs and f.name in names and f.default is dataclasses.MISSING
               and f.default_factory is dataclasses.MISSING]
    if missing:
        raise BadRecord(translate("PackageRecord", "{record}: {fields} missing").format(record=label, fields=", ".join(n.replace("_", " ") for n in missing)))
    if kind == "stage_change":
        return StageEntry(**kwargs)
    for amount_name, rate_name in _AMOUNTS_AT_RATES.get(kind, ()):
        amount, rate = kwargs.get(amount_name), kwargs.get(rate_name)
        if amount is not None and rate is not None and abs(amount * rate) >= MAX_AMOUNT:
            raise BadRecord(translate("PackageRecord", "{record}: {field}: {amount} at the US$ rate {rate} is too large: tracker keeps "
                                      "amounts below {limit} US$").format(record=label, field=amount_name.replace("_", " "), amount=amount,
                                                                           rate=rate, limit=_limit()))
    return cls(uuid=record_uuid, **kwargs)


def _label(kind: str, record_uuid: str, values: dict[str, Any]) -> str:
    code = values.get("code")
    if kind in ("project", "partner", CLUSTER) and isinstance(code, str) and code and len(code) <= 100:
        return f"{kind_name(kind)} {code}"
    return f"{kind_name(kind)} {record_uuid}"


class _Bad(Exception):
    pass


def _decode(kind_type: Any, value: Any) -> Any:
    """A JSON value as the type a dataclass field declares; _Bad says why it cannot be."""
    origin = typing.get_origin(kind_type)
    if origin in (types.UnionType, typing.Union):
        options = [t for t in typing.get_args(kind_type) if t is not type(None)]
        if value is None:
            return None
        return _decode(options[0], value)
    if value is None:
        raise _Bad(translate("PackageRecord", "a value is required"))
    if origin is list:
        if not isinstance(value, list):
            raise _Bad(translate("PackageRecord", "a list was expected, not {found}").format(found=_json_type(value)))
        (item,) = typing.get_args(kind_type)
        return [_decode(item, v) for v in value]
    if origin is dict:
        if not isinstance(value, dict):
            raise _Bad(translate("PackageRecord", "a mapping was expected, not {found}").format(found=_json_type(value)))
        key_type, value_type = typing.get_args(kind_type)
        return {_decode(key_type, k): _decode(value_type, v) for k, v in value.items()}
    if not isinstance(kind_type, type):
        raise _Bad(translate("PackageRecord", "a value of a type this tracker cannot read"))
    if issubclass(kind_type, Enum):
        if not isinstance(value, str):
            raise _Bad(translate("PackageRecord", "a code was expected, not {found}").format(found=_json_type(value)))
        try:
            return kind_type(value)
        except ValueError:
            known = ", ".join(str(member.value) for member in kind_type)  # type: ignore[var-annotated]
            noun = getattr(kind_type, "noun", lambda: kind_type.__name__)()
            raise _Bad(translate("PackageRecord", "{value} is not a {noun} tracker knows (use one of: {known})").format(
                value=_shown(value), noun=noun, known=known)) from None
    if kind_type is bool:
        if not isinstance(value, bool):
            raise _Bad(translate("PackageRecord", "true or false was expected, not {found}").format(found=_json_type(value)))
        return value
    if kind_type is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Bad(translate("PackageRecord", "a whole number was expected, not {found}").format(found=_json_type(value)))
        if abs(value) > _MAX_INT:
            raise _Bad(translate("PackageRecord", "{value} is too large").format(value=value))
        return value
    if kind_type is Decimal:
        return _decimal(value)
    if kind_type is dt.datetime:
        return _datetime(value)
    if kind_type is dt.date:
        return _date(value)
    if kind_type is str:
        if not isinstance(value, str):
            raise _Bad(translate("PackageRecord", "a text was expected, not {found}").format(found=_json_type(value)))
        if "\x00" in value or any("\ud800" <= c <= "\udfff" for c in value):
            raise _Bad(translate("PackageRecord", "it holds a character no database can store (NUL, or half of a surrogate pair)"))
        return value
    raise _Bad(translate("PackageRecord", "a value of a type this tracker cannot read"))


def _decimal(value: Any) -> Decimal:
    # Packages write exact decimals as text; a JSON number is accepted only as a whole number
    # (a float has lost exactness already).
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _Bad(translate("PackageRecord", "an exact number written as text was expected, not {found}").format(found=_json_type(value)))
    text = str(value)
    if len(text) > _MAX_DECIMAL_TEXT:
        raise _Bad(translate("PackageRecord", "{value} has too many digits").format(value=_shown(text)))
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise _Bad(translate("PackageRecord", "{value} is not a number").format(value=_shown(text))) from None
    if not number.is_finite():
        raise _Bad(translate("PackageRecord", "{value} is not a finite number").format(value=_shown(text)))
    if abs(number) >= MAX_AMOUNT:
        raise _Bad(translate("PackageRecord", "{value} is too large: tracker keeps numbers below {limit}").format(value=text, limit=_limit()))
    return number


def _date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise _Bad(translate("PackageRecord", "a date (YYYY-MM-DD) was expected, not {found}").format(found=_json_type(value)))
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise _Bad(translate("PackageRecord", "{value} is not a date (YYYY-MM-DD)").format(value=_shown(value))) from None
    if not EARLIEST <= day <= LATEST:
        raise _Bad(_outside_years(value))
    return day


def _datetime(value: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise _Bad(translate("PackageRecord", "a time was expected, not {found}").format(found=_json_type(value)))
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise _Bad(translate("PackageRecord", "{value} is not a time (YYYY-MM-DDTHH:MM:SS)").format(value=_shown(value))) from None
    if moment.tzinfo is not None:
        raise _Bad(translate("PackageRecord", "{value} has a time zone; tracker records UTC times without one").format(value=value))
    if not EARLIEST <= moment.date() <= LATEST:
        raise _Bad(_outside_years(value))
    return moment


def _outside_years(value: Any) -> str:
    return translate("PackageRecord", "{value} is outside the years {first}-{last}").format(value=value, first=EARLIEST.year, last=LATEST.year)


def _limit() -> str:
    return format_number(MAX_AMOUNT, number_style(), 0)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return translate("PackageRecord", "true/false")
    if isinstance(value, (int, float)):
        return translate("PackageRecord", "the number {value}").format(value=_shown(value))
    if isinstance(value, str):
        return translate("PackageRecord", "the text {value}").format(value=_shown(value))
    if isinstance(value, list):
        return translate("PackageRecord", "a list")
    if isinstance(value, dict):
        return translate("PackageRecord", "a mapping")
    return _shown(value)


# What a user calls each kind of record a package carries.
_KIND_NAMES = {
    "partner": QT_TRANSLATE_NOOP("PackageRecord", "partner"),
    "project": QT_TRANSLATE_NOOP("PackageRecord", "project"),
    "funding": QT_TRANSLATE_NOOP("PackageRecord", "funding"),
    "budget_revision": QT_TRANSLATE_NOOP("PackageRecord", "budget revision"),
    "expenditure": QT_TRANSLATE_NOOP("PackageRecord", "expenditure"),
    "evaluation": QT_TRANSLATE_NOOP("PackageRecord", "evaluation"),
    "result_indicator": QT_TRANSLATE_NOOP("PackageRecord", "result indicator"),
    "budget_line": QT_TRANSLATE_NOOP("PackageRecord", "budget line"),
    "progress_report": QT_TRANSLATE_NOOP("PackageRecord", "progress report"),
    "indicator_value": QT_TRANSLATE_NOOP("PackageRecord", "indicator value"),
    "document": QT_TRANSLATE_NOOP("PackageRecord", "document"),
    "appraisal": QT_TRANSLATE_NOOP("PackageRecord", "appraisal record"),
    "stage_change": QT_TRANSLATE_NOOP("PackageRecord", "stage change"),
    "exchange_rate": QT_TRANSLATE_NOOP("PackageRecord", "exchange rate"),
    "cluster_evaluation": QT_TRANSLATE_NOOP("PackageRecord", "cluster evaluation"),
}


def kind_name(kind: str) -> str:
    """A kind of record as a user calls it, in the current language ("stage change")."""
    return translate("PackageRecord", _KIND_NAMES[kind]) if kind in _KIND_NAMES else kind.replace("_", " ")


# ---------------------------------------------------------------- natural keys


def natural_key(record: Record, indicators: dict[str, str] | None = None) -> tuple[Any, ...] | None:
    """What identifies a record apart from its UUID, for matching records two databases created
    separately (both loaded the demo, or typed in the same project): a partner and a project by
    code, an exchange rate by (currency, date: both imported the same month's list), an evaluation by (project, kind, number), a stage change by (project, from, to, date),
    a funding line by (project, partner, modality, approval date), a budget revision by (project,
    date, reason), an expenditure line by (project, year, month, type, currency), an indicator by
    (project, name), a budget line by (project, heading, output) (unique in a project), a progress
    report by (project, period), an indicator value by (project, indicator, date): the indicator
    as `indicators` maps the sender's indicator UUIDs to this database's (indicators matched by
    name), a document by (project, category, title, date), an appraisal record by (project,
    requirement, date). None for a tombstone."""
    v, p = record.value, record.project_uuid
    if v is None:
        return None
    kind = record.kind
    if kind in ("partner", "project"):
        return (kind, v.code.strip())
    if kind == "funding":
        return (kind, p, v.partner_code, v.modality, v.approved_on)
    if kind == "budget_revision":
        return (kind, p, v.revised_on, v.reason.strip())
    if kind == "expenditure":
        return (kind, p, v.year, v.month, v.expenditure_type, v.currency)
    if kind == "evaluation":
        return (kind, p, v.kind, v.sequence)
    if kind == "result_indicator":
        return (kind, p, v.name.strip())
    if kind == "stage_change":
        return (kind, p, v.from_stage, v.to_stage, v.changed_on)
    if kind == "budget_line":
        return (kind, p, v.heading, v.output.strip())
    if kind == "progress_report":
        return (kind, p, v.period_start, v.period_end)
    if kind == "indicator_value":
        return (kind, p, (indicators or {}).get(v.indicator_uuid, v.indicator_uuid), v.measured_on)
    if kind == "document":
        return (kind, p, v.category, v.title.strip(), v.document_date)
    if kind == "appraisal":
        return (kind, p, v.requirement.strip(), v.recorded_on)
    if kind == "exchange_rate":
        return (kind, v.currency, v.valid_from)
    return None
