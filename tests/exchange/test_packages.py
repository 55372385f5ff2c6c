"""Field packages between two databases: export, merge, changes both ways, conflicts, replay,
deletions and re-planning."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.exchange.package_sites import Sites, edit, table_counts
from tests.gui.factories import small_portfolio
from tracker.domain.classifications import ExpenditureType
from tracker.domain.project import BudgetRevision, Expenditure
from tracker.exchange.merge import list_conflicts, merge_package, resolve_conflict
from tracker.exchange.packages import export_package, site_identity
from tracker.exchange.results import UnreadableFile
from tracker.store import models as m
from tracker.store.errors import NotFound, StoreError
from tracker.store.mapping import snapshot
from tracker.store.projects import change_stage, delete_project, load_project, revise_budget, save_project
from tracker.store.reference import reference_partners

SEN = "SEN/20/01/LUX"
RER = "RER/40/01/EU"
VNM = "VNM/40/01/LUX"


@pytest.fixture
def sites(tmp_path):
    """Headquarters holds the small portfolio; the field laptop received it by a first package."""
    s = Sites(tmp_path)
    s.use("hq")
    small_portfolio()
    s.sync("hq", "field")
    yield s
    s.close()




def whole(code: str) -> dict:
    """A project with its child records as comparable text (keys local to a database left out)."""
    project = load_project(code)
    children = {name: sorted((r.uuid, tuple(sorted(snapshot(r).items()))) for r in getattr(project, name))
                for name in ("fundings", "revisions", "expenditures", "evaluations", "indicators")}
    return {"project": snapshot(project), "uuid": project.uuid, **children}


def test_a_first_package_gives_the_field_office_every_project(sites):
    sites.use("hq")
    at_hq = {code: whole(code) for code in (SEN, RER, VNM)}
    sites.use("field")
    assert {code: whole(code) for code in (SEN, RER, VNM)} == at_hq
    assert m.Partner.select().count() == len(reference_partners())  # LUX and EU among them, as at headquarters


def test_the_stages_a_first_package_gives_are_reached_by_the_cycle_actions(sites):
    """Headquarters' projects have no stage history (created in their stages); the field office
    reaches each stage by the actions that lead there, guards included, and those steps travel
    back as history headquarters has already taken: nothing changes there."""
    sites.use("field")
    history = [(c.action, c.who.startswith("package ")) for c in m.StageChange.select().join(m.Project)
               .where(m.Project.code == SEN).order_by(m.StageChange.id)]
    assert history == [("submit", True), ("approve", True), ("start", True)]
    sites.use("hq")
    before = table_counts()
    report = sites.sync("field", "hq")
    assert report.conflicts == [] and report.skipped == [] and report.created == 0
    sites.use("hq")
    assert table_counts()["stage_change"] == before["stage_change"] == 0


def test_a_second_export_holds_only_later_changes(sites, tmp_path):
    sites.use("hq")
    report = export_package(tmp_path / "nothing-new.trackerpkg")
    assert report.records == 0 and report.deleted == 0
    edit(SEN, title="Youth employment in Senegal, phase II")
    report = export_package(tmp_path / "one-change.trackerpkg")
    assert report.counts["project"] == 1 and report.records == 1


def test_changes_flow_both_ways(sites):
    sites.use("field")
    project = load_project(SEN)
    project.title = "Youth employment in Senegal (field edit)"
    project.expenditures.append(Expenditure(2021, ExpenditureType.EQUIPMENT, Decimal("2500.50")))
    save_project(project)
    sites.use("hq")
    edit(RER, officer="A. Officer")

    report = sites.sync("field", "hq")
    assert report.conflicts == [] and report.updated >= 1 and report.created == 1
    sites.use("hq")
    assert load_project(SEN).title == "Youth employment in Senegal (field edit)"
    assert [e.amount for e in load_project(SEN).expenditures] == [Decimal("100000.00"), Decimal("2500.50")]

    report = sites.sync("hq", "field")
    assert report.conflicts == []
    sites.use("field")
    assert load_project(RER).officer == "A. Officer"
    field_view = whole(SEN), whole(RER)
    sites.use("hq")
    assert (whole(SEN), whole(RER)) == field_view


def test_the_audit_trail_names_the_package(sites):
    sites.use("field")
    edit(VNM, office="Hanoi")
    sites.sync("field", "hq")
    sites.use("field")
    name = site_identity().name
    sites.use("hq")
    entries = m.AuditEntry.select().where((m.AuditEntry.field == "office") & (m.AuditEntry.new == "Hanoi"))
    assert [e.who for e in entries] == [f"package {name}"]
    assert m.AuditEntry.select().where((m.AuditEntry.table == "package") & (m.AuditEntry.action == "merge")).count() == 1


def test_a_record_edited_on_both_sides_is_a_conflict_with_both_versions_kept(sites):
    sites.use("field")
    edit(SEN, title="Field title")
    sites.use("hq")
    edit(SEN, title="HQ title")
    report = sites.sync("field", "hq")
    assert report.conflicts == ["project SEN/20/01/LUX"]
    sites.use("hq")
    assert load_project(SEN).title == "HQ title"
    (conflict,) = list_conflicts()
    assert conflict.kind == "project" and conflict.local["title"] == "HQ title" and conflict.incoming["title"] == "Field title"
    assert ("title", "HQ title", "Field title") in conflict.fields()


def test_taking_theirs_applies_the_incoming_version(sites):
    sites.use("field")
    edit(SEN, title="Field title")
    sites.use("hq")
    edit(SEN, title="HQ title")
    sites.sync("field", "hq")
    sites.use("hq")
    (conflict,) = list_conflicts()
    resolve_conflict(conflict.id, keep="incoming")
    assert load_project(SEN).title == "Field title"
    assert list_conflicts() == []
    with pytest.raises(StoreError, match="already resolved"):
        resolve_conflict(conflict.id, keep="local")
    # Both sides now agree: nothing more travels back.
    report = sites.sync("hq", "field")
    assert report.conflicts == []
    sites.use("field")
    assert load_project(SEN).title == "Field title"


def test_keeping_mine_sends_the_local_version_back_without_a_new_conflict(sites):
    sites.use("field")
    edit(SEN, title="Field title")
    sites.use("hq")
    edit(SEN, title="HQ title")
    sites.sync("field", "hq")
    sites.use("hq")
    (conflict,) = list_conflicts()
    resolve_conflict(conflict.id, keep="local")
    assert load_project(SEN).title == "HQ title"
    report = sites.sync("hq", "field")
    assert report.conflicts == [] and report.updated == 1
    sites.use("field")
    assert load_project(SEN).title == "HQ title"


def test_an_unknown_conflict_is_not_found(sites):
    sites.use("hq")
    with pytest.raises(NotFound):
        resolve_conflict(999, keep="local")
    with pytest.raises(ValueError):
        resolve_conflict(999, keep="both")


def test_merging_the_same_package_twice_changes_nothing(sites):
    sites.use("field")
    edit(SEN, title="Field title")
    sites.use("hq")
    edit(RER, description="HQ description")
    package = sites.export("field")
    first = sites.merge("hq", package)
    assert first.updated == 1
    before = table_counts()
    again = sites.merge("hq", package)
    assert again.already_merged and "already merged" in again.summary()
    assert table_counts() == before


def test_a_full_package_merged_again_changes_no_record(sites):
    """Idempotent by record versions too, not only by package id."""
    sites.use("hq")
    before = {k: v for k, v in table_counts().items()}
    sites.merge("hq", sites.export("field", since="all"))
    sites.use("hq")
    after = table_counts()
    assert after["audit_entry"] == before["audit_entry"] + 1  # the merge itself, nothing else
    same = ("audit_entry", "sync_base")
    assert {k: v for k, v in after.items() if k not in same} == {k: v for k, v in before.items() if k not in same}
    # The base now also records the reference partners, which only a full package carries (a
    # database holds them from its creation, so they were no change to send).
    assert m.SyncBase.select().where(m.SyncBase.record_uuid.in_([p.uuid for p in reference_partners()])).count() == len(reference_partners())


def test_a_conflicting_package_merged_twice_lists_the_conflict_once(sites):
    sites.use("field")
    edit(SEN, title="Field title")
    sites.use("hq")
    edit(SEN, title="HQ title")
    full = sites.export("field", since="all")
    sites.merge("hq", full)
    sites.merge("hq", sites.export("field", since="all"))
    sites.use("hq")
    assert len(list_conflicts()) == 1


def _damaged(path, change):
    data = bytearray(path.read_bytes())
    change(data)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("damage", ["truncated", "one byte changed"])
def test_a_damaged_package_is_refused_whole(sites, damage):
    sites.use("field")
    edit(SEN, title="Field title")
    package = sites.export("field")
    if damage == "truncated":
        _damaged(package, lambda data: data.__delitem__(slice(len(data) // 2, None)))
    else:
        def flip(data):
            index = data.find(b"records.jsonl") + 60  # inside the records member's data
            data[index] ^= 0x01
        _damaged(package, flip)
    sites.use("hq")
    before = table_counts()
    with pytest.raises(UnreadableFile, match="nothing was merged|damaged|truncated"):
        sites.merge("hq", package)
    assert table_counts() == before
    assert load_project(SEN).title == "Youth employment in Senegal"


def test_every_byte_changed_anywhere_is_refused(sites, tmp_path):
    sites.use("field")
    edit(SEN, title="Field title")
    package = sites.export("field")
    original = package.read_bytes()
    sites.use("hq")
    before = table_counts()
    for index in range(0, len(original), max(1, len(original) // 40)):
        data = bytearray(original)
        data[index] ^= 0xFF
        package.write_bytes(bytes(data))
        try:
            sites.merge("hq", package)
        except UnreadableFile:
            continue
        # A change to an unused byte of the zip (e.g. a timestamp) may leave the contents intact;
        # then the merge is the genuine one and is applied once only.
        assert load_project(SEN).title == "Field title"
        return
    assert table_counts() == before


def test_a_package_of_a_newer_format_is_refused_clearly(sites, tmp_path):
    import json
    import zipfile

    from tracker.exchange.package_format import sha256

    package = sites.export("field")
    newer = tmp_path / "newer.trackerpkg"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(newer, "w") as target:
        manifest = json.loads(source.read("manifest.json"))
        manifest["format_version"] = 99
        data = json.dumps(manifest).encode()
        target.writestr("manifest.json", data)
        target.writestr("manifest.sha256", sha256(data))
        target.writestr("records.jsonl", source.read("records.jsonl"))
    with pytest.raises(UnreadableFile, match="format 99, newer than this tracker reads"):
        sites.merge("hq", newer)


def test_a_file_that_is_not_a_package_is_refused(sites, tmp_path):
    text = tmp_path / "notes.trackerpkg"
    text.write_text("hello")
    sites.use("hq")
    with pytest.raises(UnreadableFile):
        sites.merge("hq", text)


def test_a_package_is_not_merged_into_the_database_it_came_from(sites):
    package = sites.export("hq", since="all")
    with pytest.raises(UnreadableFile, match="exported from this database"):
        sites.merge("hq", package)


def test_deletions_propagate(sites):
    sites.use("field")
    project = load_project(SEN)
    project.expenditures = []
    save_project(project)
    delete_project(VNM)
    report = sites.sync("field", "hq")
    assert report.deleted == 2 and report.conflicts == []
    sites.use("hq")
    assert load_project(SEN).expenditures == []
    with pytest.raises(NotFound):
        load_project(VNM)
    assert m.Funding.select().join(m.Project).where(m.Project.code == VNM).count() == 0


def test_a_deletion_of_a_record_changed_here_is_a_conflict(sites):
    sites.use("field")
    delete_project(VNM)
    sites.use("hq")
    edit(VNM, title="Still wanted at headquarters")
    report = sites.sync("field", "hq")
    assert report.conflicts == [f"project {VNM}"]
    sites.use("hq")
    (conflict,) = list_conflicts()
    assert conflict.incoming is None and conflict.local["title"] == "Still wanted at headquarters"
    resolve_conflict(conflict.id, keep="incoming")
    with pytest.raises(NotFound):
        load_project(VNM)


def test_a_budget_revision_replans_the_evaluations_at_headquarters(sites):
    sites.use("field")
    revise_budget(VNM, BudgetRevision(date(2040, 6, 1), "extension", new_end=date(2042, 6, 30)))
    field_plan = sorted((e.kind.value, e.due, e.status.value) for e in load_project(VNM).evaluations)
    sites.sync("field", "hq")
    sites.use("hq")
    project = load_project(VNM)
    assert project.planned_end == date(2042, 6, 30) and len(project.revisions) == 1
    assert sorted((e.kind.value, e.due, e.status.value) for e in project.evaluations) == field_plan
    # Nothing needs to travel back: both sides hold the same plan.
    sites.use("hq")
    assert export_package(sites.folder / "back.trackerpkg").records == 0


def test_stage_changes_travel_with_their_history(sites):
    sites.use("field")
    change_stage(RER, "start", on=date(2040, 1, 2))
    sites.sync("field", "hq")
    sites.use("hq")
    assert load_project(RER).stage.value == "implementation"
    changes = m.StageChange.select().join(m.Project).where(m.Project.code == RER)
    assert [c.action for c in changes] == ["start"]


def rewrite_records(package, change) -> None:
    """Rewrite a package's records as a faulty (not damaged) sender would, checksums made right."""
    import json
    import zipfile

    from tracker.exchange.package_format import sha256
    from tracker.exchange.package_records import content_hash

    with zipfile.ZipFile(package) as source:
        manifest = json.loads(source.read("manifest.json"))
        lines = [json.loads(line) for line in source.read("records.jsonl").decode().splitlines()]
    for line in lines:
        if change(line) and line["values"] is not None:
            line["hash"] = content_hash(line["kind"], line["project"], line["values"])
    records = ("\n".join(json.dumps(line) for line in lines) + "\n").encode()
    manifest["members"]["records.jsonl"] = {"sha256": sha256(records), "size": len(records)}
    data = json.dumps(manifest).encode()
    with zipfile.ZipFile(package, "w") as target:
        target.writestr("manifest.json", data)
        target.writestr("records.jsonl", records)
        target.writestr("manifest.sha256", sha256(data))


def test_a_package_with_an_invalid_project_writes_nothing(sites):
    from tracker.exchange.results import ImportRefused

    sites.use("field")
    edit(SEN, title="Field title")
    edit(RER, officer="Field officer")
    package = sites.export("field")

    def blank_title(line):
        if line["kind"] == "project" and line["values"]["code"] == SEN:
            line["values"]["title"] = ""
            return True
        return False

    rewrite_records(package, blank_title)
    sites.use("hq")
    before = table_counts()
    with pytest.raises(ImportRefused) as refused:
        sites.merge("hq", package)
    assert SEN in str(refused.value.problems[0])
    assert table_counts() == before and load_project(RER).officer == ""
    assert m.ExchangeLog.select().where(m.ExchangeLog.direction == "merge").count() == 0


def test_a_cancelled_export_leaves_no_file_and_keeps_the_marker(sites, tmp_path):
    from tracker.exchange.packages import PackageCancelled

    sites.use("field")
    edit(SEN, title="Field title")
    seen = []
    with pytest.raises(PackageCancelled):
        export_package(tmp_path / "cancelled.trackerpkg", progress=lambda *a: seen.append(a), cancelled=lambda: True)
    assert seen and not (tmp_path / "cancelled.trackerpkg").exists()
    assert list(tmp_path.glob("*.partial")) == []
    assert export_package(tmp_path / "next.trackerpkg").counts["project"] == 1


def test_unearmarked_funding_and_new_partners_travel(sites):
    from tracker.domain.classifications import FundingModality, PartnerCategory
    from tracker.domain.project import Funding, Partner
    from tracker.store.partners import save_partner, save_unearmarked_funding

    sites.use("field")
    save_partner(Partner("NORAD", "Norad", PartnerCategory.MULTI_BILATERAL))  # not a reference partner
    save_unearmarked_funding(Funding(FundingModality.VOLUNTARY_CORE, Decimal("50000.00"), "USD", date(2041, 1, 1), "NORAD"))
    report = sites.sync("field", "hq")
    assert report.created == 2
    sites.use("hq")
    assert m.Partner.get(m.Partner.code == "NORAD").name == "Norad"
    assert m.Funding.select().where(m.Funding.project.is_null()).count() == 1


def test_a_copied_database_needs_its_own_identity(sites, tmp_path):
    from tracker.exchange.packages import renew_site_identity
    from tracker.store.database import backup_database

    sites.use("hq")
    backup_database(sites.path("copy"))
    sites.use("copy")
    edit(VNM, office="Hanoi")
    package = sites.export("copy")
    with pytest.raises(UnreadableFile, match="or from a copy of it"):
        sites.merge("hq", package)
    sites.use("copy")
    renew_site_identity("Hanoi laptop")
    assert sites.merge("hq", sites.export("copy", since="all")).updated == 1
    sites.use("hq")
    assert load_project(VNM).office == "Hanoi"


def test_a_lost_package_is_recovered_by_a_full_export_without_false_conflicts(sites):
    sites.use("field")
    edit(SEN, title="Field title")
    sites.export("field")  # lost on the way
    edit(SEN, description="Later field change")
    report = sites.merge("hq", sites.export("field", since="all"))
    assert report.conflicts == [] and report.updated == 1
    sites.use("hq")
    project = load_project(SEN)
    assert (project.title, project.description) == ("Field title", "Later field change")


def test_a_child_record_in_conflict_names_its_project(sites):
    sites.use("field")
    project = load_project(SEN)
    project.expenditures[0].amount = Decimal("90000.00")
    save_project(project)
    sites.use("hq")
    project = load_project(SEN)
    project.expenditures[0].amount = Decimal("95000.00")
    save_project(project)
    report = sites.sync("field", "hq")
    assert report.conflicts == [f"expenditure {project.expenditures[0].uuid[:8]} of project {SEN}"]
    sites.use("hq")
    (conflict,) = list_conflicts()
    assert ("amount", "95000.00", "90000.00") in conflict.fields()
    resolve_conflict(conflict.id, keep="incoming")
    assert load_project(SEN).expenditures[0].amount == Decimal("90000.00")


def test_stopping_a_merge_as_its_writing_starts_applies_nothing(sites, tmp_path):
    sites.use("field")
    edit(SEN, title="Field title")
    package = export_package(tmp_path / "from-field.trackerpkg").path
    sites.use("hq")
    before = whole(SEN)

    class Stop(Exception):
        pass

    def refuse() -> None:
        raise Stop()  # what the desktop app does when Cancel was pressed just before this point

    with pytest.raises(Stop):
        merge_package(package, writing=refuse)
    assert whole(SEN) == before
    assert m.ExchangeLog.select().where(m.ExchangeLog.direction == "merge").count() == 0
    written = []
    merge_package(package, writing=lambda: written.append(True))
    assert written == [True] and load_project(SEN).title == "Field title"


def test_a_merge_says_which_projects_it_wrote(sites):
    # The app reads those rows again, not the whole portfolio.
    sites.use("field")
    edit(SEN, title="Youth employment in Senegal (field edit)")
    renamed = load_project(VNM)
    renamed.code = "VNM/40/02/LUX"
    save_project(renamed)
    report = sites.sync("field", "hq")
    assert report.changed_project_codes == sorted([SEN, VNM, "VNM/40/02/LUX"])
    sites.use("hq")
    again = sites.sync("field", "hq")
    assert again.changed_project_codes in ([], None) or again.already_merged
