"""Partners in a test's database: a new database already holds the reference partners (LUX, EU,
NOR, ...), so a test that wants one of those codes gets the reference record with the test's
values instead of a second partner refused for its code."""

from __future__ import annotations

import dataclasses

import peewee

from tracker.domain.project import Partner
from tracker.store import models as m
from tracker.store.partners import save_partner


def ensure_partner(partner: Partner) -> Partner:
    """Store `partner`; when a partner with its code (any case) is already there, that record,
    keeping its identity, takes the test's values."""
    existing = m.Partner.get_or_none(peewee.fn.LOWER(m.Partner.code) == partner.code.lower())
    if existing is not None:
        partner = dataclasses.replace(partner, uuid=existing.uuid)
    return save_partner(partner)


def partners_added() -> int:
    """Partners in the database besides the reference partners it was created with."""
    from tracker.store.reference import reference_partners

    return m.Partner.select().where(m.Partner.uuid.not_in([p.uuid for p in reference_partners()])).count()


def audit_entries_added() -> int:
    """Audit entries besides those of the reference partners' creation."""
    from tracker.store.reference import REFERENCE_USER

    return m.AuditEntry.select().where(m.AuditEntry.who != REFERENCE_USER).count()
