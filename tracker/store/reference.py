"""Reference data a new database starts with: the funding partners the source documents name
(resources/reference/partners.json, each with the document that names it).

They are ordinary partners, not demo data: a user edits, deactivates or merges them like any
other. Each has a UUID derived from its code, so every database holds the same records and a
field package between two sites finds one partner, not two with one code. The namespace is the
one the demo portfolio gave its partners before there was reference data: a database that loaded
the demo then holds the same identities for the codes both name."""

from __future__ import annotations

import json
import uuid as uuidlib
from importlib import resources

import peewee

from tracker.domain import project as d
from tracker.domain import records as r
from tracker.domain.classifications import NonStateKind, PartnerCategory
from tracker.store import mapping as mp
from tracker.store import models as m
from tracker.store.audit import AuditLog

REFERENCE_NAMESPACE = uuidlib.UUID("6f1c9a52-3c1e-4b8e-9a57-2f0d7f5e4a10")
REFERENCE_USER = "tracker"  # who the audit trail names for the seeded records


def reference_uuid(code: str) -> str:
    """The identity of the reference partner with this code, the same in every database."""
    return str(uuidlib.uuid5(REFERENCE_NAMESPACE, f"partner/{code}"))


def reference_partners() -> list[d.Partner]:
    """The reference partners, in the file's order (multi-bilateral donors first, as Annex 2)."""
    text = resources.files("tracker.resources").joinpath("reference", "partners.json").read_text(encoding="utf-8")
    partners = []
    for raw in json.loads(text)["partners"]:
        partners.append(d.Partner(
            code=raw["code"],
            name=raw["name"],
            category=PartnerCategory.parse(raw["category"]),
            non_state_kind=NonStateKind.parse(raw["non_state_kind"]) if raw.get("non_state_kind") else None,
            country=raw.get("country") or "",
            reporting_language=raw.get("reporting_language") or "en",
            uuid=reference_uuid(raw["code"]),
        ))
    return partners


def seed_reference_partners(db: peewee.Database) -> int:
    """Add the reference partners a database lacks (by code or name, whatever the case), audited
    as created by tracker, in one transaction. Called when a database is created; returns how
    many were added."""
    log = AuditLog(REFERENCE_USER)
    added = 0
    with db.atomic():
        codes = {c.lower() for c, in m.Partner.select(m.Partner.code).tuples()}
        names = {n.lower() for n, in m.Partner.select(m.Partner.name).tuples()}
        for partner in reference_partners():
            if partner.code.lower() in codes or partner.name.lower() in names:
                continue
            m.Partner.create(**mp.columns(r.PARTNER, partner), updated_at=m.utc_now())
            log.diff("partner", partner.uuid, None, mp.snapshot(partner))
            added += 1
        log.write()
    return added


def set_reference_languages() -> int:
    """Give the reference partners this database holds (by identity) the reporting language the
    reference data gives them, where they still have the default English: the step of schema v7
    that makes a database created before it hold the values a database created now holds.
    Audited as made by tracker; returns how many changed."""
    log = AuditLog(REFERENCE_USER)
    wanted = {p.uuid: p.reporting_language for p in reference_partners() if p.reporting_language != "en"}
    rows = m.Partner.select(m.Partner.id, m.Partner.uuid).where(
        m.Partner.uuid.in_(list(wanted)) & (m.Partner.reporting_language == "en"))
    changed = 0
    for row_id, row_uuid in rows.tuples():
        m.Partner.update(reporting_language=wanted[row_uuid]).where(m.Partner.id == row_id).execute()
        log.add("partner", row_uuid, "update", "reporting_language", "en", wanted[row_uuid])
        changed += 1
    log.write()
    return changed


def seeded_reference_uuids() -> set[str]:
    """The reference partners this database was created with (the audit trail names tracker as
    their creator): a database created before there was reference data has none, even where the
    demo gave it partners of the same identity."""
    from tracker.store.models import AuditEntry

    wanted = {p.uuid for p in reference_partners()}
    query = AuditEntry.select(AuditEntry.record_uuid).where(
        (AuditEntry.who == REFERENCE_USER) & (AuditEntry.table == "partner") & (AuditEntry.action == "insert"))
    return {uuid for uuid, in query.tuples() if uuid in wanted}
