"""Records as field packages carry them: kind, UUID, owning project's UUID, values as JSON, and a
content hash that is the same in every database holding the same values.

Kinds: partner, project (with its countries, shares and themes), funding, budget_revision,
expenditure, evaluation, result_indicator, stage_change. Integer keys, versions and timestamps
are local to a database and are left out of values and hash."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import types
import typing
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from tracker.domain import project as d
from tracker.store import mapping as mp
from tracker.store import models as m

KINDS = ("partner", "project", "funding", "budget_revision", "expenditure", "evaluation", "result_indicator", "stage_change")
CHILD_KINDS = ("funding", "budget_revision", "expenditure", "evaluation", "result_indicator")
DOMAIN_CLASSES: dict[str, type] = {
    "partner": d.Partner,
    "project": d.Project,
    "funding": d.Funding,
    "budget_revision": d.BudgetRevision,
    "expenditure": d.Expenditure,
    "evaluation": d.Evaluation,
    "result_indicator": d.ResultIndicator,
}
LIST_OF_KIND = {"funding": "fundings", "budget_revision": "revisions", "expenditure": "expenditures", "evaluation": "evaluations", "result_indicator": "indicators"}
_LOCAL = {"id", "uuid", "version", "project_code", *mp.CHILD_LISTS}
STAGE_CHANGE_FIELDS = ("from_stage", "to_stage", "action", "reason", "changed_on", "at", "who")


@dataclass
class Record:
    kind: str
    uuid: str
    project_uuid: str | None
    values: dict[str, Any] | None  # None: a tombstone (deleted)
    hash: str = ""

    def __post_init__(self) -> None:
        if not self.hash and self.values is not None:
            self.hash = content_hash(self.kind, self.project_uuid, self.values)

    @property
    def deleted(self) -> bool:
        return self.values is None

    def label(self) -> str:
        values = self.values or {}
        for key in ("code", "name", "title", "reason", "kind"):
            if values.get(key):
                return f"{self.kind.replace('_', ' ')} {values[key]}"
        return f"{self.kind.replace('_', ' ')} {self.uuid[:8]}"


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


def from_json(kind_type: Any, value: Any) -> Any:
    """Decode a JSON value into the type a domain dataclass field declares."""
    if value is None:
        return None
    origin = typing.get_origin(kind_type)
    if origin in (types.UnionType, typing.Union):
        options = [t for t in typing.get_args(kind_type) if t is not type(None)]
        return from_json(options[0], value)
    if origin is list:
        (item,) = typing.get_args(kind_type)
        return [from_json(item, v) for v in value]
    if origin is dict:
        key_type, value_type = typing.get_args(kind_type)
        return {from_json(key_type, k): from_json(value_type, v) for k, v in value.items()}
    if isinstance(kind_type, type):
        if issubclass(kind_type, Enum):
            return kind_type(value)
        if kind_type is dt.datetime:
            return dt.datetime.fromisoformat(value)
        if kind_type is dt.date:
            return dt.date.fromisoformat(value)
        if kind_type is Decimal:
            return Decimal(value)
        if kind_type is bool:
            return bool(value)
        if kind_type is int:
            return int(value)
    return value


def record_values(obj: Any) -> dict[str, Any]:
    return {f.name: to_json(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.name not in _LOCAL}


def to_domain(record: Record, **extra: Any) -> Any:
    """The domain object a (non-tombstone) record describes, with its UUID."""
    cls = DOMAIN_CLASSES[record.kind]
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    kwargs = {k: from_json(hints[k], v) for k, v in (record.values or {}).items() if k in names}
    kwargs.update(extra)
    return cls(uuid=record.uuid, **kwargs)


def stage_change_values(row: m.StageChange) -> dict[str, Any]:
    return {name: to_json(getattr(row, name)) for name in STAGE_CHANGE_FIELDS}


def current_records() -> dict[str, Record]:
    """Every record of this database, by UUID, read in one query per table."""
    out: dict[str, Record] = {}
    partner_codes = dict(m.Partner.select(m.Partner.id, m.Partner.code).tuples())
    project_uuids = dict(m.Project.select(m.Project.id, m.Project.uuid).tuples())
    project_codes = dict(m.Project.select(m.Project.id, m.Project.code).tuples())
    for row in m.Partner.select():
        out[row.uuid] = Record("partner", row.uuid, None, record_values(mp.partner_from_row(row)))
    countries: dict[int, list[m.ProjectCountry]] = {}
    for c in m.ProjectCountry.select().order_by(m.ProjectCountry.project, m.ProjectCountry.position):
        countries.setdefault(c.project_id, []).append(c)
    themes: dict[int, list[Any]] = {}
    for t in m.ProjectTheme.select().order_by(m.ProjectTheme.id):
        themes.setdefault(t.project_id, []).append(t.theme)
    for row in m.Project.select():
        project = mp.project_from_row(row)
        rows = countries.get(row.id, [])
        project.countries = [r.country for r in rows]
        project.country_shares = {r.country: r.share for r in rows if r.share is not None}
        project.themes = themes.get(row.id, [])
        out[row.uuid] = Record("project", row.uuid, None, record_values(project))
    for row in m.Funding.select():
        funding = mp.funding_from_row(row, partner_codes.get(row.partner_id), project_codes.get(row.project_id))
        out[row.uuid] = Record("funding", row.uuid, project_uuids.get(row.project_id), record_values(funding))
    for kind, model, convert in (
        ("budget_revision", m.BudgetRevision, mp.revision_from_row),
        ("expenditure", m.Expenditure, mp.expenditure_from_row),
        ("evaluation", m.Evaluation, mp.evaluation_from_row),
        ("result_indicator", m.ResultIndicator, mp.indicator_from_row),
    ):
        for row in model.select():
            out[row.uuid] = Record(kind, row.uuid, project_uuids.get(row.project_id), record_values(convert(row)))
    for row in m.StageChange.select():
        out[row.uuid] = Record("stage_change", row.uuid, project_uuids.get(row.project_id), stage_change_values(row))
    return out


def to_line(record: Record, ancestors: list[str]) -> str:
    return json.dumps(
        {"kind": record.kind, "uuid": record.uuid, "project": record.project_uuid, "values": record.values,
         "hash": record.hash if not record.deleted else None, "base": ancestors[0] if ancestors else None,
         "ancestors": ancestors},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


def from_line(data: dict[str, Any]) -> tuple[Record, list[str]]:
    """A record and its ancestors (its hashes at the sender's exchanges, newest first: the
    versions the incoming one descends from) from a package line."""
    kind = data["kind"]
    if kind not in KINDS:
        raise ValueError(f"unknown record kind '{kind}'")
    values = data.get("values")
    record = Record(kind, str(data["uuid"]), data.get("project"), values)
    if values is not None and data.get("hash") != record.hash:
        raise ValueError(f"{kind} {record.uuid}: its values do not match its hash")
    ancestors = data.get("ancestors")
    if ancestors is None:
        ancestors = [data["base"]] if data.get("base") else []
    if not isinstance(ancestors, list) or not all(isinstance(h, str) for h in ancestors):
        raise ValueError(f"{kind} {record.uuid}: malformed ancestors")
    return record, ancestors


# ---------------------------------------------------------------- the sync base

HISTORY = 20  # earlier versions remembered per record: enough for lost packages and re-sends


def ancestors(row: m.SyncBase | None) -> list[str]:
    """The hashes a record had at this database's exchanges, newest first."""
    if row is None:
        return []
    return [row.hash, *json.loads(row.history or "[]")]


def base_rows(uuids: list[str] | None = None) -> dict[str, m.SyncBase]:
    if uuids is None:
        return {row.record_uuid: row for row in m.SyncBase.select()}
    found: dict[str, m.SyncBase] = {}
    for start in range(0, len(uuids), 500):
        for row in m.SyncBase.select().where(m.SyncBase.record_uuid.in_(uuids[start : start + 500])):
            found[row.record_uuid] = row
    return found


def advance_base(updates: list[tuple[Record, list[str]]], now: dt.datetime) -> None:
    """Make each record's current hash its base, remembering the earlier ones (and `extra`
    ancestors learnt from a package)."""
    existing = base_rows([r.uuid for r, _ in updates])
    rows = []
    for record, extra in updates:
        earlier = [h for h in dict.fromkeys([*ancestors(existing.get(record.uuid)), *extra]) if h != record.hash]
        rows.append({"record_uuid": record.uuid, "kind": record.kind, "hash": record.hash,
                     "history": json.dumps(earlier[:HISTORY]), "at": now})
    for start in range(0, len(rows), 200):
        # An upsert both engines accept (PostgreSQL has no INSERT OR REPLACE).
        m.SyncBase.insert_many(rows[start : start + 200]).on_conflict(
            conflict_target=[m.SyncBase.record_uuid],
            preserve=[m.SyncBase.kind, m.SyncBase.hash, m.SyncBase.history, m.SyncBase.at],
        ).execute()


def drop_base(uuids: list[str]) -> None:
    for start in range(0, len(uuids), 500):
        m.SyncBase.delete().where(m.SyncBase.record_uuid.in_(uuids[start : start + 500])).execute()
