"""Funding partners and unearmarked funding: every change is one transaction and audited."""

from __future__ import annotations

import peewee

from tracker.domain import project as d
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.store import mapping as mp
from tracker.store import models as m
from tracker.store.audit import AuditLog
from tracker.store.database import current_user
from tracker.store.errors import NotFound
from tracker.store.writes import write_transaction


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
    with write_transaction():
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
    """Core (unearmarked) funding: a contribution that pays for no particular project. Creating
    and changing it are audited. A funding line of a project (earmarked or any other that names
    a project) changes only through its project's save, never here."""
    problems = funding.problems()
    if funding.project_code:
        problems.append(FieldProblem("project", "unearmarked funding names no project"))
    if problems:
        raise ValidationError(problems, subject="funding")
    log = AuditLog(who or current_user())
    with write_transaction():
        partner_id = None
        if funding.partner_code:
            partner = m.Partner.get_or_none(m.Partner.code == funding.partner_code)
            if partner is None:
                raise ValidationError(FieldProblem("partner", f"no partner with code '{funding.partner_code}'"), subject="funding")
            partner_id = partner.id
        columns = mp.funding_columns(funding, None, partner_id)
        existing = m.Funding.get_or_none(m.Funding.uuid == funding.uuid)
        if existing is None:
            m.Funding.create(**columns)
            log.diff("funding", funding.uuid, None, mp.snapshot(funding))
        else:
            _refuse_if_earmarked(existing, "changed")
            before = _unearmarked_from_row(existing)
            columns.pop("uuid")
            m.Funding.update(**columns).where(m.Funding.id == existing.id).execute()
            log.diff("funding", funding.uuid, mp.snapshot(before), mp.snapshot(funding))
        log.write()
    return funding


def delete_unearmarked_funding(funding_uuid: str, who: str | None = None) -> bool:
    """Delete an unearmarked funding line (audited); False if there is none with that UUID. A
    project's funding line is refused: it goes only through its project's save (audited and
    re-planned there)."""
    log = AuditLog(who or current_user())
    with write_transaction():
        existing = m.Funding.get_or_none(m.Funding.uuid == funding_uuid)
        if existing is None:
            return False
        _refuse_if_earmarked(existing, "deleted")
        log.diff("funding", existing.uuid, mp.snapshot(_unearmarked_from_row(existing)), None)
        existing.delete_instance()
        log.write()
    return True


def list_unearmarked_funding() -> list[d.Funding]:
    partner_codes = dict(m.Partner.select(m.Partner.id, m.Partner.code).tuples())
    rows = m.Funding.select().where(m.Funding.project.is_null()).order_by(m.Funding.approved_on, m.Funding.id)
    return [mp.funding_from_row(r, partner_codes.get(r.partner_id), None) for r in rows]


def delete_partner(partner_uuid: str, who: str | None = None) -> bool:
    """Delete a partner (audited); False if there is none with that UUID. Refused while any
    funding line names it."""
    log = AuditLog(who or current_user())
    with write_transaction():
        row = m.Partner.get_or_none(m.Partner.uuid == partner_uuid)
        if row is None:
            return False
        if m.Funding.select().where(m.Funding.partner == row.id).exists():
            raise ValidationError(FieldProblem("partner", "funding here still names this partner; it is kept"), subject=f"partner {row.code}")
        log.diff("partner", row.uuid, mp.snapshot(mp.partner_from_row(row)), None)
        row.delete_instance()
        log.write()
    return True


def _unearmarked_from_row(row: m.Funding) -> d.Funding:
    partner_code = m.Partner.get_by_id(row.partner_id).code if row.partner_id is not None else None
    return mp.funding_from_row(row, partner_code, None)


def _refuse_if_earmarked(row: m.Funding, what: str) -> None:
    if row.project_id is not None:
        owner = m.Project.get_by_id(row.project_id)
        raise ValidationError(
            FieldProblem("project", f"this funding line pays for project {owner.code}; it is {what} only through that project"),
            subject="funding",
        )


def mark_demo_partner(code: str) -> None:
    """Label a partner the demo loaded as demo data (shown so in lists and reports)."""
    m.Partner.update(is_demo=True).where(m.Partner.code == code).execute()
