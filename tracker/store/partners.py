"""Funding partners and unearmarked funding: every change is one transaction and audited.

A partner's code and name are each unique whatever their case ("lux" beside "LUX" would be one
partner to every reader). A partner is deactivated rather than deleted when it stops funding:
its funding lines and reports keep it, new funding lines are not offered it. Two records of one
partner are merged: the funding of one moves to the other through its project's save (audited,
version bumped, re-planned) and the emptied record goes."""

from __future__ import annotations

from dataclasses import dataclass, field

import peewee

from tracker.domain import project as d
from tracker.domain import records as r
from tracker.domain.errors import DomainError, FieldProblem, ValidationError
from tracker.domain.i18n import LANGUAGES, normalise_language, translate
from tracker.domain.progress import CancelCheck, Progress, check_cancelled, no_progress
from tracker.store import mapping as mp
from tracker.store import models as m
from tracker.store.audit import AuditLog
from tracker.store.database import current_user
from tracker.store.errors import NotFound
from tracker.store.writes import bulk_write_transaction, write_transaction


@dataclass(frozen=True)
class PartnerRow:
    """A partner as lists show it: with the number of funding lines that name it."""

    partner: d.Partner
    funding_lines: int


@dataclass
class MergePlan:
    """What merging one partner record into another moves: the funding lines (by project code,
    "" for unearmarked funding) of the partner that goes."""

    source: d.Partner
    target: d.Partner
    lines_by_project: dict[str, int] = field(default_factory=dict)

    @property
    def funding_lines(self) -> int:
        return sum(self.lines_by_project.values())

    @property
    def projects(self) -> list[str]:
        return sorted(code for code in self.lines_by_project if code)


def list_partners(*, include_inactive: bool = True) -> list[d.Partner]:
    """Partners by name. Reports and existing funding lines see every partner; what offers a
    partner for a new funding line asks for the active ones only."""
    query = m.Partner.select().order_by(m.Partner.name)
    if not include_inactive:
        query = query.where(m.Partner.active)
    return [mp.partner_from_row(row) for row in query]


def partner_rows(*, include_inactive: bool = True) -> list[PartnerRow]:
    """Partners by code, each with how many funding lines (of projects or unearmarked) name it."""
    counts = dict(m.Funding.select(m.Funding.partner, peewee.fn.COUNT(m.Funding.id))
                  .where(m.Funding.partner.is_null(False)).group_by(m.Funding.partner).tuples())
    query = m.Partner.select().order_by(m.Partner.code)
    if not include_inactive:
        query = query.where(m.Partner.active)
    return [PartnerRow(mp.partner_from_row(row), int(counts.get(row.id, 0))) for row in query]


def find_partner(name_or_code: str) -> d.Partner:
    """A partner by code or name, ignoring case; NotFound names what was asked."""
    wanted = name_or_code.strip().lower()
    row = m.Partner.get_or_none((peewee.fn.LOWER(m.Partner.code) == wanted) | (peewee.fn.LOWER(m.Partner.name) == wanted))
    if row is None:
        raise NotFound(translate("StorePartner", "no partner with code or name '{name}'").format(name=name_or_code))
    return mp.partner_from_row(row)


def _partner_row(code: str) -> m.Partner:
    """The stored partner with this code, ignoring case; NotFound names the code."""
    row = m.Partner.get_or_none(peewee.fn.LOWER(m.Partner.code) == code.strip().lower())
    if row is None:
        raise NotFound(translate("StorePartner", "no partner with code '{code}'").format(code=code.strip()))
    return row


def find_partner_by_code(code: str) -> d.Partner:
    """The partner with this code, ignoring case; NotFound names the code."""
    return mp.partner_from_row(_partner_row(code))


def clash_problem(partner: d.Partner) -> FieldProblem | None:
    """Another partner with this code or name, whatever its case: the problem naming the field
    and the partner that has it (also asked by forms as the user types)."""
    own = m.Partner.get_or_none(m.Partner.uuid == partner.uuid)
    for name in ("code", "name"):
        value = (getattr(partner, name) or "").strip()
        if not value:
            continue
        column = getattr(m.Partner, name)
        for clash in m.Partner.select(m.Partner.id, m.Partner.code, m.Partner.name).where(peewee.fn.LOWER(column) == value.lower()):
            if own is None or clash.id != own.id:
                other = clash.code if name == "name" else clash.name
                stored = getattr(clash, name)
                if name == "code":
                    text = (translate("StorePartner", "partner {other} already has this code") if stored == value else
                            translate("StorePartner", "partner {other} already has this code (as {stored})"))
                else:
                    text = (translate("StorePartner", "partner {other} already has this name") if stored == value else
                            translate("StorePartner", "partner {other} already has this name (as {stored})"))
                return FieldProblem(name, text.format(other=other, stored=stored))
    return None


def save_partner(partner: d.Partner, who: str | None = None) -> d.Partner:
    """Create or change a partner (found by its UUID); refuses a code or name another partner has
    whatever its case."""
    problems = partner.problems()
    if problems:
        raise ValidationError(problems, subject=translate("StorePartner", "partner {code}").format(code=partner.code or partner.name), kind="partner")
    log = AuditLog(who or current_user())
    with write_transaction():
        existing = m.Partner.get_or_none(m.Partner.uuid == partner.uuid)
        clash = clash_problem(partner)
        if clash is not None:
            raise ValidationError(clash, subject=translate("StorePartner", "partner {code}").format(code=partner.code), kind="partner")
        columns = {**mp.columns(r.PARTNER, partner), "updated_at": m.utc_now()}
        if existing is None:
            row = m.Partner.create(**columns)
            log.diff("partner", partner.uuid, None, mp.snapshot(partner))
        else:
            before = mp.partner_from_row(existing)
            columns.pop("uuid")
            m.Partner.update(**columns).where(m.Partner.id == existing.id).execute()
            row = m.Partner.get_by_id(existing.id)
            log.diff("partner", partner.uuid, mp.snapshot(before), mp.snapshot(partner))
            if before.category is not partner.category:
                # A budget tier may hold only for some partner categories: the plans of the
                # projects it funds are then stale (the next re-plan looks at them again).
                funded = m.Funding.select(m.Funding.project).where((m.Funding.partner == existing.id) & m.Funding.project.is_null(False))
                m.Project.update(plan_fingerprint=None).where(m.Project.id.in_(funded)).execute()
        log.write()
    return mp.partner_from_row(row)


def set_partner_active(code: str, active: bool, who: str | None = None) -> d.Partner:
    """Deactivate a partner (no longer offered for new funding lines; its funding stays) or
    make it active again. Audited; NotFound names an unknown code."""
    with write_transaction():
        partner = mp.partner_from_row(_partner_row(code))
        if partner.active == active:
            return partner
        partner.active = active
        return save_partner(partner, who)


def plan_merge(from_code: str, into_code: str) -> MergePlan:
    """What merging partner `from_code` into `into_code` would move; refuses a partner merged
    into itself and unknown codes, each in one sentence."""
    source = mp.partner_from_row(_partner_row(from_code))
    target = mp.partner_from_row(_partner_row(into_code))
    if source.uuid == target.uuid:
        raise DomainError(translate("StorePartner", "partner {code} cannot be merged into itself; name two different partners")
                          .format(code=source.code))
    plan = MergePlan(source, target)
    query = (m.Funding.select(m.Funding.id, m.Project.code).join(m.Project, peewee.JOIN.LEFT_OUTER)
             .where(m.Funding.partner == source.id))
    for _, project_code in query.tuples():
        key = project_code or ""
        plan.lines_by_project[key] = plan.lines_by_project.get(key, 0) + 1
    return plan


def merge_partners(from_code: str, into_code: str, who: str | None = None, *,
                   progress: Progress | None = None, cancelled: CancelCheck | None = None) -> MergePlan:
    """Merge two records of one partner: every funding line of `from_code` moves to `into_code`
    and `from_code` is deleted, in one transaction. A project's lines move through its save (the
    one write path: version checked and bumped, re-planned, each line's change audited);
    unearmarked lines through theirs. Returns what moved; a cancel (Cancelled) leaves all as it
    was."""
    from tracker.store.projects import load_project, save_project

    who = who or current_user()
    report = progress or no_progress
    with bulk_write_transaction():
        plan = plan_merge(from_code, into_code)
        source, target = plan.source, plan.target
        for done, project_code in enumerate(plan.projects):
            check_cancelled(cancelled)  # the transaction rolls back whatever moved before
            report(done, len(plan.projects), translate("StorePartner", "Moving the funding of {project}").format(project=project_code))
            project = load_project(project_code)
            for funding in project.fundings:
                if funding.partner_code == source.code:
                    funding.partner_code = target.code
            save_project(project, who)
        if "" in plan.lines_by_project:
            for funding in list_unearmarked_funding():
                if funding.partner_code == source.code:
                    funding.partner_code = target.code
                    save_unearmarked_funding(funding, who)
        log = AuditLog(who)
        log.add("partner", source.uuid, "merge", "code", source.code, target.code)
        log.write()
        if not delete_partner(source.uuid, who):
            raise NotFound(translate("StorePartner", "no partner with code '{code}'").format(code=source.code))
    return plan


def save_unearmarked_funding(funding: d.Funding, who: str | None = None) -> d.Funding:
    """Core (unearmarked) funding: a contribution that pays for no particular project. Creating
    and changing it are audited. A funding line of a project (earmarked or any other that names
    a project) changes only through its project's save, never here."""
    problems = funding.problems()
    if funding.project_code:
        problems.append(FieldProblem("project", translate("StorePartner", "unearmarked funding names no project")))
    if problems:
        raise ValidationError(problems, subject=translate("StorePartner", "funding"), kind="funding")
    log = AuditLog(who or current_user())
    with write_transaction():
        partner_id = None
        if funding.partner_code:
            partner = m.Partner.get_or_none(m.Partner.code == funding.partner_code)
            if partner is None:
                raise ValidationError(FieldProblem("partner", translate("StorePartner", "no partner with code '{code}'").format(code=funding.partner_code)),
                                      subject=translate("StorePartner", "funding"), kind="funding")
            partner_id = partner.id
        columns = mp.funding_columns(funding, None, partner_id)
        existing = m.Funding.get_or_none(m.Funding.uuid == funding.uuid)
        if existing is None:
            m.Funding.create(**columns)
            log.diff("funding", funding.uuid, None, mp.snapshot(funding))
        else:
            _refuse_if_earmarked(existing, deleting=False)
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
        _refuse_if_earmarked(existing, deleting=True)
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
            raise ValidationError(FieldProblem("partner", translate("StorePartner", "funding here still names this partner; it is kept")),
                                  subject=translate("StorePartner", "partner {code}").format(code=row.code), kind="partner")
        log.diff("partner", row.uuid, mp.snapshot(mp.partner_from_row(row)), None)
        row.delete_instance()
        log.write()
    return True


def _unearmarked_from_row(row: m.Funding) -> d.Funding:
    partner_code = m.Partner.get_by_id(row.partner_id).code if row.partner_id is not None else None
    return mp.funding_from_row(row, partner_code, None)


def _refuse_if_earmarked(row: m.Funding, *, deleting: bool) -> None:
    if row.project_id is not None:
        owner = m.Project.get_by_id(row.project_id)
        text = (translate("StorePartner", "this funding line pays for project {project}; it is deleted only through that project")
                if deleting else
                translate("StorePartner", "this funding line pays for project {project}; it is changed only through that project"))
        raise ValidationError(FieldProblem("project", text.format(project=owner.code)), subject=translate("StorePartner", "funding"), kind="funding")


def reporting_language(partner_code: str) -> str:
    """The language reports for this partner are written in ("en", "fr", "es"), by its code
    whatever its case; "en" for a partner this database does not know (or none)."""
    if not partner_code or not partner_code.strip():
        return "en"
    row = (m.Partner.select(m.Partner.reporting_language)
           .where(peewee.fn.LOWER(m.Partner.code) == partner_code.strip().lower()).first())
    language = row.reporting_language if row is not None else "en"
    return language if language in LANGUAGES else "en"


def reporting_language_code(text: str) -> str:
    """A reporting language as a user gives it ("fr", "FR", "fr_FR", "French", "Français"): its
    code; ValueError in one sentence naming the field when it is none of the three."""
    code = normalise_language(text) or _LANGUAGE_NAMES.get((text or "").strip().lower())
    if code is None:
        raise ValueError(translate("StorePartner", "'{value}' is not a reporting language: use en (English), fr (French) "
                                              "or es (Spanish)").format(value=(text or "").strip()))
    return code


# The languages by their names in English and in themselves, as a user may type them.
_LANGUAGE_NAMES = {"english": "en", "french": "fr", "spanish": "es", "anglais": "en", "inglés": "en", "ingles": "en",
                   "français": "fr", "francais": "fr", "francés": "fr", "frances": "fr",
                   "español": "es", "espanol": "es", "espagnol": "es"}


def mark_demo_partner(code: str) -> None:
    """Label a partner the demo loaded as demo data (shown so in lists and reports)."""
    m.Partner.update(is_demo=True).where(m.Partner.code == code).execute()
