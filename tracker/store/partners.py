"""Funding partners and unearmarked funding."""

from __future__ import annotations

import peewee

from tracker.domain import project as d
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.store import mapping as mp
from tracker.store import models as m
from tracker.store.audit import AuditLog
from tracker.store.database import current_user
from tracker.store.errors import NotFound


def list_partners() -> list[d.Partner]:
    return [mp.partner_from_row(r) for r in m.Partner.select().order_by(m.Partner.name)]


def find_partner(name_or_code: str) -> d.Partner:
    """A partner by code or name, ignoring case; NotFound names what was asked."""
    wanted = name_or_code.strip().lower()
    row = m.Partner.get_or_none((peewee.fn.LOWER(m.Partner.code) == wanted) | (peewee.fn.LOWER(m.Partner.name) == wanted))
    if row is None:
        raise NotFound(f"no partner with code or name '{name_or_code}'")
    return mp.partner_from_row(row)


def save_partner(partner: d.Partner, who: str | None = None) -> d.Partner:
    problems = partner.problems()
    if problems:
        raise ValidationError(problems, subject=f"partner {partner.code or partner.name}")
    log = AuditLog(who or current_user())
    with m.Partner._meta.database.atomic():
        existing = m.Partner.get_or_none(m.Partner.uuid == partner.uuid)
        for field_name, clash in (
            ("code", m.Partner.get_or_none(m.Partner.code == partner.code)),
            ("name", m.Partner.get_or_none(m.Partner.name == partner.name)),
        ):
            if clash is not None and (existing is None or clash.id != existing.id):
                raise ValidationError(FieldProblem(field_name, f"another partner already has this {field_name}"), subject=f"partner {partner.code}")
        columns = {
            "uuid": partner.uuid,
            "code": partner.code,
            "name": partner.name,
            "category": partner.category,
            "non_state_kind": partner.non_state_kind,
            "country": partner.country,
            "updated_at": m.utc_now(),
        }
        if existing is None:
            row = m.Partner.create(**columns)
            log.diff("partner", partner.uuid, None, mp.snapshot(partner))
        else:
            before = mp.partner_from_row(existing)
            m.Partner.update(**columns).where(m.Partner.id == existing.id).execute()
            row = m.Partner.get_by_id(existing.id)
            log.diff("partner", partner.uuid, mp.snapshot(before), mp.snapshot(partner))
        log.write()
    return mp.partner_from_row(row)


def save_unearmarked_funding(funding: d.Funding, who: str | None = None) -> d.Funding:
    """Core (unearmarked) funding: a contribution that pays for no particular project."""
    problems = funding.problems()
    if funding.project_code:
        problems.append(FieldProblem("project", "unearmarked funding names no project"))
    if problems:
        raise ValidationError(problems, subject="funding")
    partner_id = None
    if funding.partner_code:
        partner_id = m.Partner.get_or_none(m.Partner.code == funding.partner_code)
        if partner_id is None:
            raise ValidationError(FieldProblem("partner", f"no partner with code '{funding.partner_code}'"), subject="funding")
    log = AuditLog(who or current_user())
    with m.Funding._meta.database.atomic():
        columns = mp.funding_columns(funding, None, partner_id)
        existing = m.Funding.get_or_none(m.Funding.uuid == funding.uuid)
        if existing is None:
            m.Funding.create(**columns)
            log.diff("funding", funding.uuid, None, mp.snapshot(funding))
        else:
            columns.pop("uuid")
            m.Funding.update(**columns).where(m.Funding.id == existing.id).execute()
        log.write()
    return funding
