"""Deleting and archiving a project, and removing demo data from a working database: each is one
audited transaction through the store, travels in field packages, and leaves real data alone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import peewee
import pytest

from tests.exchange.package_sites import Sites
from tracker.domain.classifications import ExpenditureType, FundingModality, PartnerCategory, Region, Stage, StrategicObjective
from tracker.domain.project import Expenditure, Funding, Partner, Project
from tracker.store import models as m
from tracker.store.demo import demo_data, holds_real_projects, load_demo, remove_demo_data
from tracker.store.errors import NotFound, StaleEdit
from tracker.store.partners import save_partner
from tracker.store.projects import (
    archive_project,
    delete_project,
    deletion_summary,
    load_project,
    restore_project,
    save_project,
)
from tracker.store.queries import portfolio_rows, portfolio_rows_of

PARTNER = "TESTFUND"  # a code no reference partner has
CODE = "BFA/24/01/TST"


def real_project(code: str = CODE, partner: str | None = PARTNER) -> Project:
    project = Project(
        code=code, title="Jobs for young people in Burkina Faso", region=Region.AFRICA, countries=["BF"],
        outcome=StrategicObjective.EMPLOYMENT,
        planned_start=date(2024, 1, 1), planned_end=date(2026, 12, 31), budget=Decimal("500000.00"),
        fundings=[Funding(FundingModality.EARMARKED, Decimal("500000.00"), "USD", date(2023, 11, 1), partner, code)],
        expenditures=[Expenditure(2024, ExpenditureType.TRAINING, Decimal("45000.00")),
                      Expenditure(2024, ExpenditureType.EQUIPMENT, Decimal("12000.00"))],
    )
    stored, _ = save_project(project)
    return stored


@pytest.fixture
def funder(db):
    return save_partner(Partner(PARTNER, "Test Funding Partner", PartnerCategory.MULTI_BILATERAL))


def audit(table: str, action: str, code: str | None = None) -> list[m.AuditEntry]:
    query = m.AuditEntry.select().where((m.AuditEntry.table == table) & (m.AuditEntry.action == action))
    if code is not None:
        query = query.where(m.AuditEntry.project_code == code)
    return list(query)


# ---------------------------------------------------------------- delete


def test_the_deletion_summary_names_what_goes_with_the_project(funder):
    real_project()
    summary = deletion_summary(CODE.lower())  # found ignoring case, as `tracker show` does
    assert (summary.code, summary.fundings, summary.expenditures) == (CODE, 1, 2)
    assert summary.evaluations == 3  # the rules' plan for 36 months
    assert summary.what_goes() == "1 funding line, 2 expenditure lines and 3 evaluations"


def test_deleting_audits_the_project_and_every_record_with_it(funder):
    project = real_project()
    delete_project(CODE)
    with pytest.raises(NotFound):
        load_project(CODE)
    assert [e.record_uuid for e in audit("project", "delete", CODE)] == [project.uuid]
    assert len(audit("expenditure", "delete", CODE)) == 2 and len(audit("funding", "delete", CODE)) == 1
    assert m.Partner.get(m.Partner.code == PARTNER)  # the partner stays


def test_a_deletion_travels_to_another_database_in_a_package(tmp_path):
    sites = Sites(tmp_path)
    try:
        sites.use("a")
        save_partner(Partner(PARTNER, "Test Funding Partner", PartnerCategory.MULTI_BILATERAL))
        real_project()
        real_project("BFA/24/02/TST")
        sites.sync("a", "b")
        sites.use("b")
        assert load_project(CODE).expenditures
        sites.use("a")
        delete_project(CODE)
        report = sites.sync("a", "b")
        assert report.conflicts == [] and report.deleted >= 1
        sites.use("b")
        with pytest.raises(NotFound):
            load_project(CODE)
        assert load_project("BFA/24/02/TST").code == "BFA/24/02/TST"
        assert m.Expenditure.select().count() == 2  # the other project's lines only
    finally:
        sites.close()


# ---------------------------------------------------------------- archive


def test_archiving_bumps_the_version_and_is_audited(funder):
    project = real_project()
    assert archive_project(CODE) is True
    stored = load_project(CODE)
    assert stored.archived is True and stored.version == project.version + 1
    entry = audit("project", "update", CODE)[-1]
    assert (entry.field, entry.old, entry.new) == ("archived", "no", "yes")
    assert archive_project(CODE) is False  # already archived: nothing written
    assert restore_project(CODE) is True and load_project(CODE).archived is False
    assert [(e.old, e.new) for e in audit("project", "update", CODE) if e.field == "archived"] == [("no", "yes"), ("yes", "no")]


def test_an_editor_open_before_archiving_cannot_save_over_it(funder):
    opened = real_project()
    archive_project(CODE)
    opened.title = "Edited in a window opened before the archiving"
    with pytest.raises(StaleEdit):
        save_project(opened)
    assert load_project(CODE).archived is True


def test_archived_projects_leave_the_list_only_when_asked(funder):
    real_project()
    real_project("BFA/24/02/TST")
    archive_project(CODE)
    assert [r.code for r in portfolio_rows(include_archived=False)] == ["BFA/24/02/TST"]
    everything = {r.code: r.archived for r in portfolio_rows()}
    assert everything == {CODE: True, "BFA/24/02/TST": False}
    assert portfolio_rows_of(codes=[CODE], include_archived=False) == []
    assert [r.archived for r in portfolio_rows_of(codes=[CODE])] == [True]


def test_an_archive_travels_in_a_package_and_a_project_not_archived_keeps_its_hash(tmp_path):
    from tracker.exchange.package_records import record_values

    sites = Sites(tmp_path)
    try:
        sites.use("a")
        save_partner(Partner(PARTNER, "Test Funding Partner", PartnerCategory.MULTI_BILATERAL))
        project = real_project()
        # Projects that are not archived travel as before the field existed.
        assert "archived" not in record_values(project)
        sites.sync("a", "b")
        sites.use("a")
        archive_project(CODE)
        assert record_values(load_project(CODE))["archived"] is True
        report = sites.sync("a", "b")
        assert report.conflicts == []
        sites.use("b")
        assert load_project(CODE).archived is True
    finally:
        sites.close()


# ---------------------------------------------------------------- demo data in a working database


def test_removing_demo_data_leaves_real_data_untouched(funder):
    from tracker.store.projects import change_stage

    load_demo()
    demo_partner = m.Partner.get(m.Partner.is_demo)  # one the demo added (not a reference partner)
    # The officer's own project, funded by the test partner and by a demo partner.
    project = real_project()
    project.fundings.append(Funding(FundingModality.EARMARKED, Decimal("1000.00"), "USD", date(2023, 12, 1), demo_partner.code, CODE))
    save_project(project)
    change_stage(CODE, "submit", on=date(2024, 1, 5))
    before = demo_data()
    assert before.projects > 20 and before.partners >= 1 and holds_real_projects()
    demo_uuids = [uuid for (uuid,) in m.Project.select(m.Project.uuid).where(m.Project.is_demo).tuples()]

    result = remove_demo_data()

    assert result.projects == before.projects and demo_data().projects == 0
    assert result.kept_partners == [demo_partner.code]
    assert not m.Partner.get(m.Partner.code == demo_partner.code).is_demo  # now the officer's partner
    assert not demo_data()
    assert [r.code for r in portfolio_rows()] == [CODE]
    kept = load_project(CODE)
    assert kept.stage is Stage.APPRAISAL and len(kept.fundings) == 2 and len(kept.expenditures) == 2
    assert m.Partner.get_or_none(m.Partner.code == PARTNER) is not None
    # Every deletion is in the audit trail, so a field package carries it.
    assert {e.record_uuid for e in audit("project", "delete")} == set(demo_uuids)
    assert len(audit("partner", "delete")) == result.partners
    assert m.Funding.select().where(m.Funding.project.is_null()).count() == 0  # the demo's core funding went too


def test_removing_demo_data_is_one_transaction(funder, monkeypatch):
    import tracker.store.demo as demo

    load_demo()
    real_project()
    before = demo_data()
    calls = []

    def failing_delete(code, who=None):
        calls.append(code)
        if len(calls) == 5:
            raise peewee.OperationalError("disk I/O error")
        return original(code, who)

    original = demo.delete_project
    monkeypatch.setattr(demo, "delete_project", failing_delete)
    with pytest.raises(peewee.OperationalError):
        remove_demo_data()
    assert demo_data() == before and len(calls) == 5


def test_a_cancelled_removal_removes_nothing(funder):
    from tracker.store.demo import DemoRemovalCancelled

    load_demo()
    before = demo_data()
    seen = []
    with pytest.raises(DemoRemovalCancelled, match="nothing was removed"):
        remove_demo_data(progress=lambda done, total, text: seen.append(done), cancelled=lambda: len(seen) >= 3)
    assert demo_data() == before


def test_the_demo_reuses_a_partner_the_database_holds_under_another_code(db):
    # A reference partner with the name of a demo partner but another code: the demo uses it
    # instead of failing on the name.
    m.Partner.delete().where(m.Partner.code == "LUX").execute()  # in case the reference data has it
    save_partner(Partner("LUXEMBOURG", "Luxembourg", PartnerCategory.MULTI_BILATERAL))
    load_demo()
    assert m.Partner.get_or_none(m.Partner.code == "LUX") is None
    funded = (m.Funding.select().join(m.Partner).where(m.Partner.code == "LUXEMBOURG").count())
    assert funded > 0
    assert not m.Partner.get(m.Partner.code == "LUXEMBOURG").is_demo


# ---------------------------------------------------------------- reports


def _cells(path) -> str:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return "\n".join(str(value) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                         for value in row if value is not None)
    finally:
        book.close()


def test_after_removing_the_demo_reports_no_longer_say_demo_data(funder, tmp_path):
    from tracker.reports import write_compliance_report, write_donor_report

    load_demo()
    demo_partner = m.Partner.get(m.Partner.is_demo)
    project = real_project()
    project.fundings.append(Funding(FundingModality.EARMARKED, Decimal("1000.00"), "USD", date(2023, 12, 1), demo_partner.code, CODE))
    save_project(project)
    assert "DEMO DATA" in _cells(write_compliance_report(tmp_path / "before.xlsx", date(2025, 1, 1)))
    remove_demo_data()
    assert "DEMO DATA" not in _cells(write_compliance_report(tmp_path / "after.xlsx", date(2025, 1, 1)))
    # The demo partner the officer's funding names is kept, and its report is no longer demo data.
    donor = _cells(write_donor_report(tmp_path / "donor.xlsx", demo_partner.code, 2023, 2025))
    assert "DEMO DATA" not in donor and CODE in donor


def test_an_archived_project_stays_in_reports(funder, tmp_path):
    from tracker.reports import write_compliance_report

    real_project()
    archive_project(CODE)
    assert CODE in _cells(write_compliance_report(tmp_path / "c.xlsx", date(2025, 1, 1)))


def test_a_demo_removal_travels_in_a_package(tmp_path):
    sites = Sites(tmp_path)
    try:
        sites.use("a")
        save_partner(Partner(PARTNER, "Test Funding Partner", PartnerCategory.MULTI_BILATERAL))
        load_demo()
        real_project()
        sites.sync("a", "b")
        sites.use("b")
        assert demo_data().projects > 20
        sites.use("a")
        removed = remove_demo_data()
        report = sites.sync("a", "b")
        assert report.conflicts == [] and report.deleted >= removed.projects > 20
        sites.use("b")
        assert demo_data().projects == 0 and [r.code for r in portfolio_rows()] == [CODE]
    finally:
        sites.close()


def test_a_project_deleted_elsewhere_is_not_brought_back_by_a_save_from_an_older_copy(db):
    """An editor (or any caller) holding a project loaded before someone deleted it cannot save
    it back as a new project: the save is refused as stale, naming the deletion."""
    from tracker.store.errors import StaleEdit

    save_project(Project(code="SEN/26/01/LUX", title="Youth employment"))
    held = load_project("SEN/26/01/LUX")
    delete_project("SEN/26/01/LUX")
    held.title = "Youth employment and skills"
    with pytest.raises(StaleEdit, match="deleted by someone else"):
        save_project(held)
    assert m.Project.select().where(m.Project.code == "SEN/26/01/LUX").count() == 0
