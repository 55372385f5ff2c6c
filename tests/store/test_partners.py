"""Funding partners in the store: the reference partners a new database starts with, codes and
names unique whatever their case, deactivation, and merging two records of one partner through
the one write path."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tracker.domain.classifications import FundingModality, PartnerCategory
from tracker.domain.errors import DomainError, ValidationError
from tracker.domain.project import Funding, Partner, Project
from tracker.store import models as m
from tracker.store.errors import NotFound
from tracker.store.partners import (
    find_partner,
    list_partners,
    list_unearmarked_funding,
    merge_partners,
    partner_rows,
    plan_merge,
    save_partner,
    save_unearmarked_funding,
    set_partner_active,
)
from tracker.store.projects import load_project, save_project
from tracker.store.reference import reference_partners, reference_uuid


def test_a_new_database_holds_the_reference_partners_audited_as_created_by_tracker(db):
    expected = reference_partners()
    stored = {p.code: p for p in list_partners()}
    assert set(stored) == {p.code for p in expected}
    for partner in expected:
        assert stored[partner.code].uuid == partner.uuid == reference_uuid(partner.code)
        assert (stored[partner.code].name, stored[partner.code].category) == (partner.name, partner.category)
    assert m.Partner.select().where(m.Partner.is_demo).count() == 0
    created = m.AuditEntry.select().where((m.AuditEntry.table == "partner") & (m.AuditEntry.action == "insert"))
    assert {e.who for e in created} == {"tracker"} and created.count() == len(expected)


def test_the_reference_partners_are_the_funding_partners_the_documents_name():
    by_code = {p.code: p for p in reference_partners()}
    for code in ("NLD", "NOR", "DNK", "GBR", "USA", "ITA", "DEU", "BEL", "LUX", "ESP", "JPN", "SWE", "CHE"):
        assert by_code[code].category is PartnerCategory.MULTI_BILATERAL and by_code[code].country
    assert by_code["EU"].category is PartnerCategory.EUROPEAN_UNION
    assert by_code["WB"].category is PartnerCategory.IFI and by_code["UNDP"].category is PartnerCategory.UNITED_NATIONS
    assert all(not p.problems() for p in by_code.values())
    assert len({p.name.lower() for p in by_code.values()}) == len(by_code)


def test_every_database_gives_a_reference_partner_the_same_identity(tmp_path):
    from tracker.store.database import close_database, open_database

    identities = []
    for name in ("hq", "field"):
        open_database(tmp_path / f"{name}.sqlite3")
        identities.append({p.code: p.uuid for p in list_partners()})
        close_database()
    assert identities[0] == identities[1]


def test_an_existing_database_is_not_given_the_reference_partners_again(db_path):
    from tracker.store.database import close_database, open_database
    from tracker.store.partners import delete_partner

    open_database(db_path)
    delete_partner(find_partner("LUX").uuid)
    close_database()
    open_database(db_path)
    assert m.Partner.get_or_none(m.Partner.code == "LUX") is None
    close_database()


def test_codes_and_names_are_unique_whatever_their_case(db):
    with pytest.raises(ValidationError, match=r"code: partner Luxembourg already has this code \(as LUX\)"):
        save_partner(Partner("lux", "Grand Duchy", PartnerCategory.MULTI_BILATERAL))
    with pytest.raises(ValidationError, match=r"name: partner LUX already has this name \(as Luxembourg\)"):
        save_partner(Partner("GDL", "LUXEMBOURG", PartnerCategory.MULTI_BILATERAL))
    assert find_partner("lux").code == "LUX"


def test_a_deactivated_partner_keeps_its_funding_and_is_not_offered(db):
    save_project(funded("SEN/40/01/NOR", "NOR"))
    partner = set_partner_active("nor", False)
    assert not partner.active and "NOR" not in {p.code for p in list_partners(include_inactive=False)}
    assert "NOR" in {p.code for p in list_partners()}
    assert load_project("SEN/40/01/NOR").fundings[0].partner_code == "NOR"
    assert {r.partner.code: r.funding_lines for r in partner_rows()}["NOR"] == 1
    changed = m.AuditEntry.get((m.AuditEntry.table == "partner") & (m.AuditEntry.field == "active"))
    assert (changed.old, changed.new) == ("yes", "no")


def funded(code: str, partner: str) -> Project:
    return Project(code=code, title="Skills", planned_start=date(2040, 1, 1), planned_end=date(2040, 12, 31), budget=Decimal("1000.00"),
                   fundings=[Funding(FundingModality.EARMARKED, Decimal("1000.00"), "USD", date(2039, 12, 1), partner, code)])


def test_merging_moves_every_funding_line_through_its_projects_save_and_deletes_the_partner(db):
    save_partner(Partner("LUXEMB", "Grand Duchy of Luxembourg", PartnerCategory.MULTI_BILATERAL))
    save_project(funded("SEN/40/01/LUX", "LUXEMB"))
    save_unearmarked_funding(Funding(FundingModality.VOLUNTARY_CORE, Decimal("5.00"), "USD", date(2040, 1, 1), "LUXEMB"))
    plan = merge_partners("luxemb", "LUX", who="ana")
    assert (plan.funding_lines, plan.projects) == (2, ["SEN/40/01/LUX"])
    project = load_project("SEN/40/01/LUX")
    assert project.fundings[0].partner_code == "LUX" and project.version == 2
    assert [f.partner_code for f in list_unearmarked_funding()] == ["LUX"]
    assert m.Partner.get_or_none(m.Partner.code == "LUXEMB") is None
    trail = {(e.table, e.action, e.field, e.project_code) for e in m.AuditEntry.select().where(m.AuditEntry.who == "ana")}
    assert {("funding", "update", "partner_code", "SEN/40/01/LUX"), ("funding", "update", "partner_code", ""),
            ("partner", "merge", "code", ""), ("partner", "delete", "", "")} <= trail


def test_a_merge_into_itself_or_of_an_unknown_code_is_refused(db):
    with pytest.raises(DomainError, match="partner LUX cannot be merged into itself"):
        merge_partners("LUX", "lux")
    with pytest.raises(NotFound, match="no partner with code 'NOPE'"):
        plan_merge("NOPE", "LUX")
    with pytest.raises(NotFound, match="no partner with code 'NOPE'"):
        plan_merge("LUX", "NOPE")


def test_a_cancelled_merge_changes_nothing(db):
    from tracker.domain.progress import Cancelled

    save_partner(Partner("LUXEMB", "Grand Duchy of Luxembourg", PartnerCategory.MULTI_BILATERAL))
    for code in ("SEN/40/01/LUX", "BFA/40/01/LUX"):
        save_project(funded(code, "LUXEMB"))
    asked = []

    def cancel_after_the_first_project() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(Cancelled):
        merge_partners("LUXEMB", "LUX", cancelled=cancel_after_the_first_project)
    assert [load_project(c).fundings[0].partner_code for c in ("SEN/40/01/LUX", "BFA/40/01/LUX")] == ["LUXEMB", "LUXEMB"]
    assert find_partner("LUXEMB").code == "LUXEMB" and load_project("BFA/40/01/LUX").version == 1
