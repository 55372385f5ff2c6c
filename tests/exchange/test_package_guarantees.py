"""What a field package can and cannot do, whatever its checksums say (issue 10): a package whose
checksums were recomputed after editing is accepted as documented, so everything it may then do
is checked again by the merge.

- the decisions are pure (`classify`), tested without a database;
- a merge is one bulk write transaction that checks each project's version: a user's save at the
  same moment is never overwritten, two merges of one package at once end with one merged and
  the other told so (threads with connections of their own, on SQLite and PostgreSQL);
- stage changes go only through the project cycle's actions and guards; the stage history is
  append-only;
- unearmarked funding changes only through audited store operations, and a deletion reaches only
  a record of its own kind and owner;
- a package is read as a stream with limits: memory follows the records, not the padding, and
  every bad input is refused in one sentence naming the file;
- two databases that created the same records separately (both loaded the demo) match them by
  natural key instead of duplicating them."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
import threading
import time
import uuid as uuidlib
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.cli_helpers import run_cli
from tests.exchange.package_sites import Sites, edit, table_counts
from tests.gui.factories import small_portfolio
from tests.partner_helpers import ensure_partner
from tracker.domain.classifications import EvaluationKind, FundingModality, PartnerCategory, Region, Stage, StrategicObjective
from tracker.domain.project import Evaluation, Funding, Partner, Project
from tracker.exchange import merge as merge_module
from tracker.exchange.merge import Current, already_taken, classify, list_conflicts, merge_package, resolve_conflict, stage_path
from tracker.exchange.package_format import MAX_LINES, read_package, sha256
from tracker.exchange.package_records import Incoming, Record, content_hash, parse_line, record_values
from tracker.exchange.packages import export_package, site_identity
from tracker.exchange.results import UnreadableFile
from tracker.store import models as m
from tracker.store.database import close_thread_connection, open_database
from tracker.store.errors import StaleEdit
from tracker.store.partners import delete_unearmarked_funding, save_unearmarked_funding
from tracker.store.projects import change_stage, load_project, save_project
from tracker.store.sync import StageEntry

SEN = "SEN/20/01/LUX"  # in implementation, with an earmarked funding line and overdue evaluations
RER = "RER/40/01/EU"  # approved
VNM = "VNM/40/01/LUX"  # in design


# ---------------------------------------------------------------- helpers


class EngineSites(Sites):
    """Headquarters on the test's engine (a file or a server database), the field laptop a file."""

    def __init__(self, folder: Path, headquarters: Path | str) -> None:
        super().__init__(folder)
        self.headquarters = headquarters

    def path(self, name: str) -> Path | str:  # type: ignore[override]
        return self.headquarters if name == "hq" else super().path(name)


@pytest.fixture
def sites(db_target, tmp_path):
    """Headquarters holds the small portfolio; the field laptop received it by a first package."""
    s = EngineSites(tmp_path, db_target)
    s.use("hq")
    small_portfolio()
    s.sync("hq", "field")
    yield s
    s.close()




def package_lines(package: Path) -> list[dict]:
    with zipfile.ZipFile(package) as archive:
        return [json.loads(line) for line in archive.read("records.jsonl").decode().splitlines() if line.strip()]


def forge(target: Path, lines: list, *, like: Path | None = None, source_uuid: str | None = None, source_name: str = "Forged office") -> Path:
    """A package as a faulty or hostile sender writes it: any lines (dicts, or raw bytes), with
    every checksum made right. `like`: take the sender's identity from that package."""
    if like is not None:
        with zipfile.ZipFile(like) as archive:
            source = json.loads(archive.read("manifest.json"))["source"]
        source_uuid, source_name = source["uuid"], source["name"]
    records = b"".join((line if isinstance(line, bytes) else json.dumps(line).encode()) + b"\n" for line in lines)
    manifest = {
        "format": "tracker-field-package", "format_version": 1, "package_id": str(uuidlib.uuid4()),
        "source": {"uuid": source_uuid or str(uuidlib.uuid4()), "name": source_name}, "created_at": "2026-12-01T00:00:00Z",
        "base_marker": None, "counts": {}, "members": {"records.jsonl": {"sha256": sha256(records), "size": len(records)}},
    }
    data = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", data)
        archive.writestr("records.jsonl", records)
        archive.writestr("manifest.sha256", sha256(data))
    return target


def rehashed(line: dict) -> dict:
    """A package line whose hash matches its (edited) values, as an attacker recomputes it."""
    if line["values"] is not None:
        line["hash"] = content_hash(line["kind"], line["project"], line["values"])
    return line


def local_line(kind: str, record_uuid: str) -> dict:
    """A package line for a record of the open database, with its current hash as ancestor (what
    an attacker who once received it can compute)."""
    from tracker.exchange.package_records import current_records
    from tracker.store.sync import read_records

    record = current_records(read_records())[record_uuid]
    assert record.kind == kind
    return {"kind": kind, "uuid": record.uuid, "project": record.project_uuid, "values": record.values, "hash": record.hash,
            "ancestors": [record.hash]}


def audit_of(record_uuid: str, action: str | None = None) -> list[m.AuditEntry]:
    query = m.AuditEntry.select().where(m.AuditEntry.record_uuid == record_uuid)
    if action is not None:
        query = query.where(m.AuditEntry.action == action)
    return list(query.order_by(m.AuditEntry.id))




# ---------------------------------------------------------------- the decisions, without a database


def _rec(kind: str, values: dict | None, *, uuid: str | None = None, project: str | None = None) -> Record:
    from tracker.exchange.package_records import decode

    record = Record(kind, uuid or str(uuidlib.uuid4()), project, values)
    if values is not None:
        record.value = decode(kind, record.uuid, values)
    return record


def _evaluation_values(sequence: int = 1, status: str = "planned") -> dict:
    return record_values(Evaluation(EvaluationKind.FINAL, date(2041, 6, 30), sequence=sequence)) | {"status": status}


def test_classify_decides_each_record_without_a_database():
    project = str(uuidlib.uuid4())
    same = _rec("evaluation", _evaluation_values(), project=project)
    changed_there = _rec("evaluation", _evaluation_values(2), project=project)
    both_changed = _rec("evaluation", _evaluation_values(3), project=project)
    other = _rec("evaluation", _evaluation_values(5), project=project)
    history = _rec("stage_change", {"from_stage": "approved", "to_stage": "implementation", "action": "start", "reason": "",
                                    "changed_on": "2040-01-02", "at": "2040-01-02T10:00:00", "who": "ana"}, project=project)
    current = Current({r.uuid: r for r in (same, changed_there, both_changed, history, other)})
    theirs_changed = _rec("evaluation", _evaluation_values(2, "in-progress"), uuid=changed_there.uuid, project=project)
    theirs_both = _rec("evaluation", _evaluation_values(3, "in-progress"), uuid=both_changed.uuid, project=project)
    new = _rec("evaluation", _evaluation_values(4), project=project)
    rewritten = _rec("stage_change", {**history.values, "who": "someone else"}, uuid=history.uuid, project=project)
    lost = Record("funding", other.uuid, None, None)  # a deletion of a record of another kind

    plan = classify([Incoming(same, []), Incoming(theirs_changed, [changed_there.hash]), Incoming(theirs_both, ["0" * 64]),
                     Incoming(new, []), Incoming(rewritten, [history.hash]), Incoming(lost, [other.hash], 9)], current)

    assert [i.record.uuid for i in plan.apply] == [changed_there.uuid, new.uuid]
    assert [i.record.uuid for i in plan.agreed] == [same.uuid]
    assert [(c.local.uuid if c.local else None, c.incoming.uuid) for c in plan.conflicts] == [(both_changed.uuid, both_changed.uuid)]
    refused = {record.uuid: why for record, why in plan.refused}
    assert "cannot change an entry" in refused[history.uuid] and "who" in refused[history.uuid]
    assert "it is an evaluation here; a package cannot turn one kind of record into another" in refused[other.uuid]


def test_classify_matches_records_created_separately_by_their_natural_key():
    project = str(uuidlib.uuid4())
    ours = _rec("evaluation", _evaluation_values(), project=project)
    theirs = _rec("evaluation", _evaluation_values(), project=project)  # the same evaluation, another UUID
    theirs_project = _rec("project", record_values(Project("SEN/20/01/LUX", "Youth employment")))
    ours_project = _rec("project", record_values(Project("SEN/20/01/LUX", "Youth employment")), uuid=project)
    plan = classify([Incoming(theirs_project, []), Incoming(theirs.moved(project_uuid=theirs_project.uuid), [])],
                    Current({r.uuid: r for r in (ours, ours_project)}))
    assert plan.matched == {theirs_project.uuid: project, theirs.uuid: ours.uuid}
    assert plan.apply == [] and plan.conflicts == [] and plan.unchanged == 2


def test_a_stage_path_follows_the_cycle_and_knows_what_was_already_taken():
    assert stage_path(Stage.DESIGN, None, Stage.IMPLEMENTATION, None) == ["submit", "approve", "start"]
    assert stage_path(Stage.APPROVED, None, Stage.SUSPENDED, Stage.IMPLEMENTATION) == ["start", "suspend"]
    assert stage_path(Stage.SUSPENDED, Stage.IMPLEMENTATION, Stage.CLOSED, None) == ["resume", "begin-closing", "close"]
    assert stage_path(Stage.CLOSED, None, Stage.IMPLEMENTATION, None) is None
    submit = StageEntry(Stage.APPRAISAL, "submit", date(2040, 1, 1), Stage.DESIGN)
    assert already_taken(Stage.IMPLEMENTATION, submit)
    assert not already_taken(Stage.DESIGN, submit)
    assert already_taken(Stage.CANCELLED, submit, {Stage.APPROVED, Stage.CANCELLED})  # cancelled after approval here
    assert not already_taken(Stage.CANCELLED, submit)


# ---------------------------------------------------------------- concurrency, on both engines


def test_a_merge_never_overwrites_a_save_made_while_it_runs(sites, monkeypatch):
    """The user opened the project before the merge; the merge has read everything and is about
    to write when the user saves. The save waits for the merge and is then refused as stale: the
    user is told, nothing is silently lost (before: the save went through and the merge wrote over
    it, 3 runs of 4 on PostgreSQL, with no conflict)."""
    sites.use("field")
    edit(SEN, title="Retitled in the field")
    package = sites.export("field")
    sites.use("hq")
    mine = load_project(SEN)
    mine.officer = "Saved at headquarters"

    read, go = threading.Event(), threading.Event()
    real_classify = merge_module.classify

    def pausing(incoming, current):
        plan = real_classify(incoming, current)
        read.set()
        go.wait(timeout=30)
        return plan

    monkeypatch.setattr(merge_module, "classify", pausing)
    outcome: dict[str, object] = {}

    def merging() -> None:
        try:
            outcome["merge"] = merge_package(package)
        except Exception as exc:  # noqa: BLE001 - reported below
            outcome["merge"] = exc
        finally:
            close_thread_connection()

    def saving() -> None:
        try:
            save_project(mine, who="hq.user")
            outcome["save"] = "saved"
        except StaleEdit as exc:
            outcome["save"] = exc
        finally:
            close_thread_connection()

    merger = threading.Thread(target=merging)
    merger.start()
    assert read.wait(timeout=60)
    saver = threading.Thread(target=saving)
    saver.start()
    time.sleep(0.7)  # the save is waiting for the merge's lock by now
    go.set()
    merger.join(timeout=60)
    saver.join(timeout=60)

    assert not isinstance(outcome["merge"], Exception), outcome["merge"]
    assert isinstance(outcome["save"], StaleEdit), outcome["save"]
    stored = load_project(SEN)
    assert stored.title == "Retitled in the field" and stored.officer == ""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_save_and_a_merge_at_random_moments_never_lose_the_save(sites, seed):
    import random

    chance = random.Random(seed)
    sites.use("field")
    edit(SEN, title=f"Field title {seed}")
    package = sites.export("field")
    sites.use("hq")
    outcome: dict[str, object] = {}

    def merging() -> None:
        try:
            time.sleep(chance.uniform(0, 0.2))
            outcome["merge"] = merge_package(package)
        except Exception as exc:  # noqa: BLE001 - reported below
            outcome["merge"] = exc
        finally:
            close_thread_connection()

    def saving() -> None:
        try:
            project = load_project(SEN)
            project.officer = "Saved at headquarters"
            time.sleep(chance.uniform(0, 0.2))
            save_project(project, who="hq.user")
            outcome["save"] = "saved"
        except StaleEdit:
            outcome["save"] = "stale"
        finally:
            close_thread_connection()

    threads = [threading.Thread(target=merging), threading.Thread(target=saving)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    report = outcome["merge"]
    assert not isinstance(report, Exception), report
    stored = load_project(SEN)
    if outcome["save"] == "saved":
        assert stored.officer == "Saved at headquarters"  # a save that said so is never undone
    if report.updated:  # type: ignore[union-attr]
        assert stored.title == f"Field title {seed}"
    else:  # the save came first: the package's version waits as a conflict
        assert report.conflicts == [f"project {SEN}"] and [c.incoming["title"] for c in list_conflicts()] == [f"Field title {seed}"]  # type: ignore[union-attr]


def test_two_merges_of_one_package_at_once_merge_it_once(sites):
    sites.use("field")
    edit(SEN, title="Retitled in the field")
    edit(RER, officer="Field officer")
    package = sites.export("field")
    sites.use("hq")
    ready = threading.Barrier(2)
    outcomes: list[object] = []

    def merging() -> None:
        try:
            ready.wait(timeout=30)
            outcomes.append(merge_package(package))
        except Exception as exc:  # noqa: BLE001 - reported below
            outcomes.append(exc)
        finally:
            close_thread_connection()

    threads = [threading.Thread(target=merging) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert sorted(o.already_merged for o in outcomes) == [False, True]  # type: ignore[union-attr]
    assert m.ExchangeLog.select().where(m.ExchangeLog.direction == "merge").count() == 1
    assert load_project(SEN).title == "Retitled in the field" and list_conflicts() == []
    assert m.AuditEntry.select().where((m.AuditEntry.field == "title") & (m.AuditEntry.new == "Retitled in the field")).count() == 1


# ---------------------------------------------------------------- the project cycle


def test_stage_history_entries_are_replayed_as_actions_and_stay_identical(sites):
    sites.use("field")
    change_stage(RER, "start", on=date(2040, 1, 2))
    (entry,) = [c for c in m.StageChange.select().join(m.Project).where(m.Project.code == RER) if c.action == "start"]
    field_name = site_identity().name
    sites.sync("field", "hq")
    sites.use("hq")
    assert load_project(RER).stage is Stage.IMPLEMENTATION
    here = m.StageChange.get(m.StageChange.uuid == entry.uuid)
    assert (here.action, here.changed_on, here.who, here.at) == ("start", date(2040, 1, 2), entry.who, entry.at)
    stage_audit = m.AuditEntry.get((m.AuditEntry.action == "stage") & (m.AuditEntry.project_code == RER))
    assert stage_audit.who == f"package {field_name}"
    # The entry is the same on both sides: nothing travels back.
    assert export_package(sites.folder / "back.trackerpkg").counts["stage_change"] == 0


def test_a_project_arriving_closed_against_the_guards_stays_where_it_was_as_a_conflict(sites, capsys):
    sites.use("field")
    edit(SEN, title="Closed in the field")
    package = sites.export("field")

    lines = package_lines(package)
    for line in lines:
        if line["kind"] == "project" and line["values"]["code"] == SEN:
            line["values"]["stage"] = "closed"
            rehashed(line)
    forge(package, lines, like=package)
    sites.use("hq")
    report = merge_package(package)

    project = load_project(SEN)
    assert project.stage is Stage.IMPLEMENTATION and project.title == "Closed in the field"
    assert not [c for c in m.StageChange.select().join(m.Project).where(m.Project.code == SEN)]
    (conflict,) = list_conflicts()
    assert conflict.kind == "project" and conflict.incoming["stage"] == "closed" and conflict.local["stage"] == "implementation"
    assert "stays in Implementation" in conflict.label and "record the actual end date before closing" in conflict.label
    assert report.conflicts == [conflict.label]
    code, out, _ = run_cli(capsys, "--db", str(sites.path("hq")), "conflicts")
    assert code == 0 and "record the actual end date before closing" in out
    # Taking theirs asks the guards again: still refused, nothing changes, the conflict stays.
    from tracker.domain.errors import TransitionRefused

    with pytest.raises(TransitionRefused, match="actual end"):
        resolve_conflict(conflict.id, keep="incoming")
    assert load_project(SEN).stage is Stage.IMPLEMENTATION and len(list_conflicts()) == 1


def test_a_project_arriving_in_a_later_stage_is_moved_by_the_actions_whose_guards_pass(sites):
    sites.use("field")
    edit(RER, officer="Field officer")
    package = sites.export("field")
    lines = package_lines(package)
    for line in lines:
        if line["kind"] == "project" and line["values"]["code"] == RER:
            line["values"]["stage"] = "implementation"  # no history entry says how
            rehashed(line)
    forge(package, lines, like=package)
    sites.use("hq")
    report = merge_package(package)
    assert report.conflicts == [] and load_project(RER).stage is Stage.IMPLEMENTATION
    (entry,) = m.StageChange.select().join(m.Project).where(m.Project.code == RER)
    assert (entry.from_stage, entry.to_stage, entry.action) == (Stage.APPROVED, Stage.IMPLEMENTATION, "start")
    assert entry.who.startswith("package ")


def test_a_new_project_that_cannot_reach_its_stage_is_created_as_far_as_the_guards_allow(sites):
    sites.use("field")
    project = Project(code="NEW/41/01/LUX", title="Arrives closed", region=Region.AFRICA, countries=["SN"],
                      outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2041, 1, 1), planned_end=date(2042, 6, 30),
                      budget=Decimal("300000.00"),
                      fundings=[Funding(FundingModality.EARMARKED, Decimal("300000.00"), "USD", date(2040, 12, 1), "LUX", "NEW/41/01/LUX")])
    save_project(project)
    package = sites.export("field")
    lines = package_lines(package)
    for line in lines:
        if line["kind"] == "project" and line["values"]["code"] == "NEW/41/01/LUX":
            line["values"]["stage"] = "closed"
            rehashed(line)
    forge(package, lines, like=package)
    sites.use("hq")
    report = merge_package(package)
    created = load_project("NEW/41/01/LUX")
    assert created.stage is Stage.EVALUATION_AND_CLOSING and created.fundings
    actions = [c.action for c in m.StageChange.select().join(m.Project).where(m.Project.code == "NEW/41/01/LUX").order_by(m.StageChange.id)]
    assert actions == ["submit", "approve", "start", "begin-closing"]
    (conflict,) = list_conflicts()
    assert "stays in Evaluation and closing" in conflict.label and "actual end" in conflict.label
    assert report.conflicts == [conflict.label]


def test_an_edit_or_deletion_of_a_stage_history_entry_is_refused_listed_and_audited(sites, tmp_path, capsys):
    sites.use("field")
    change_stage(RER, "start", reason="funds arrived", on=date(2040, 1, 2))
    sites.sync("field", "hq")
    sites.use("field")
    (entry,) = [c for c in m.StageChange.select().join(m.Project).where(m.Project.code == RER) if c.action == "start"]
    edited = local_line("stage_change", entry.uuid)
    edited["values"].update(who="someone else", reason="rewritten", changed_on="2039-06-01")
    deletion = {"kind": "stage_change", "uuid": entry.uuid, "project": edited["project"], "values": None, "hash": None,
                "ancestors": [edited["hash"]]}
    field_uuid = site_identity().uuid
    sites.use("hq")
    before = m.StageChange.get(m.StageChange.uuid == entry.uuid)
    for number, line in enumerate([rehashed(edited), deletion]):
        report = merge_package(forge(tmp_path / f"history-{number}.trackerpkg", [line], source_uuid=field_uuid))
        assert len(report.skipped) == 1 and "refused" in report.skipped[0] and "stage history is kept as it happened" in report.skipped[0]
        after = m.StageChange.get(m.StageChange.uuid == entry.uuid)
        assert (after.who, after.reason, after.changed_on) == (before.who, before.reason, before.changed_on)
    assert len(audit_of(entry.uuid, "refused")) == 2
    # On the command line the refusal is listed with its reason.
    code, out, _ = run_cli(capsys, "--db", str(sites.path("hq")), "package", "merge",
                           str(forge(tmp_path / "history-again.trackerpkg", [edited], source_uuid=field_uuid)))
    assert code == 0 and f"  skipped: stage change funds arrived of project {RER}: refused: the stage history is kept" in out
    assert "(reason, changed on, who)" in out


# ---------------------------------------------------------------- unearmarked funding


def test_every_change_of_unearmarked_funding_is_audited(db):
    ensure_partner(Partner("NOR", "Norway", PartnerCategory.MULTI_BILATERAL))
    core = save_unearmarked_funding(Funding(FundingModality.VOLUNTARY_CORE, Decimal("50000.00"), "USD", date(2041, 1, 1), "NOR"), who="ana")
    core.amount += Decimal("99000000")
    save_unearmarked_funding(core, who="ana")
    (raised,) = audit_of(core.uuid, "update")
    assert (raised.field, raised.old, raised.new, raised.who) == ("amount", "50000.00", "99050000.00", "ana")
    assert delete_unearmarked_funding(core.uuid, who="ana")
    assert audit_of(core.uuid, "delete") and m.Funding.select().count() == 0


def test_a_project_funding_line_is_never_changed_or_deleted_as_unearmarked_funding(sites):
    from tracker.domain.errors import ValidationError

    sites.use("hq")
    line = load_project(SEN).fundings[0]
    with pytest.raises(ValidationError, match=f"pays for project {SEN}"):
        delete_unearmarked_funding(line.uuid)
    line.project_code, line.modality = None, FundingModality.VOLUNTARY_CORE
    with pytest.raises(ValidationError, match=f"pays for project {SEN}"):
        save_unearmarked_funding(line)
    assert load_project(SEN).fundings[0].amount == Decimal("400000.00")


def test_unearmarked_funding_changed_in_a_package_is_audited_at_headquarters(sites):
    sites.use("field")
    ensure_partner(Partner("NOR", "Norway", PartnerCategory.MULTI_BILATERAL))
    core = save_unearmarked_funding(Funding(FundingModality.VOLUNTARY_CORE, Decimal("50000.00"), "USD", date(2041, 1, 1), "NOR"))
    sites.sync("field", "hq")
    sites.use("field")
    core.amount += Decimal("99000000")
    save_unearmarked_funding(core)
    name = site_identity().name
    sites.sync("field", "hq")
    sites.use("hq")
    (raised,) = audit_of(core.uuid, "update")
    assert (raised.old, raised.new, raised.who) == ("50000.00", "99050000.00", f"package {name}")
    sites.use("field")
    delete_unearmarked_funding(core.uuid)
    report = sites.sync("field", "hq")
    sites.use("hq")
    assert report.deleted == 1 and m.Funding.select().where(m.Funding.uuid == core.uuid).count() == 0
    assert audit_of(core.uuid, "delete")[0].who == f"package {name}"


@pytest.mark.parametrize("owner", ["none", "another project"])
def test_a_funding_deletion_never_reaches_another_projects_funding_line(sites, tmp_path, owner):
    sites.use("hq")
    line = load_project(SEN).fundings[0]
    target = local_line("funding", line.uuid)
    other = load_project(RER).uuid
    tombstone = {"kind": "funding", "uuid": line.uuid, "project": None if owner == "none" else other, "values": None,
                 "hash": None, "ancestors": target["ancestors"]}
    report = merge_package(forge(tmp_path / "tombstone.trackerpkg", [tombstone]))
    assert [f.uuid for f in load_project(SEN).fundings] == [line.uuid]
    assert audit_of(line.uuid, "delete") == [] and report.deleted == 0
    if owner == "none":  # an older tracker's deletion: a person decides, it is never applied alone
        (conflict,) = list_conflicts()
        assert conflict.incoming is None and "does not say of which project" in conflict.label
    else:
        assert "refused" in report.skipped[0] and list_conflicts() == []


def test_a_package_cannot_turn_a_projects_funding_line_into_unearmarked_funding(sites, tmp_path):
    sites.use("hq")
    line = load_project(SEN).fundings[0]
    moved = local_line("funding", line.uuid)
    moved["project"] = None
    moved["values"]["amount"] = "99400000.00"
    report = merge_package(forge(tmp_path / "moved.trackerpkg", [rehashed(moved)]))
    assert "refused" in report.skipped[0] and f"project {SEN}" in report.skipped[0]
    assert load_project(SEN).fundings[0].amount == Decimal("400000.00")
    assert m.Funding.select().where(m.Funding.project.is_null()).count() == 0


def test_deletions_name_their_project(sites):
    sites.use("field")
    project = load_project(SEN)
    removed = project.expenditures.pop()
    save_project(project)
    package = sites.export("field")
    (tombstone,) = [line for line in package_lines(package) if line["values"] is None]
    assert (tombstone["uuid"], tombstone["project"]) == (removed.uuid, project.uuid)
    assert sites.merge("hq", package).deleted == 1


# ---------------------------------------------------------------- reading with limits


MEMORY_CHILD = textwrap.dedent("""
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))  # a regression fails here, not the machine
    from tracker.cli import main
    code = main(["--db", sys.argv[1], "package", "merge", sys.argv[2]])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    print(f"exit {code} peak {peak}")
""")


def _newline_package(target: Path, newlines: int, records: list[bytes] = ()) -> Path:  # type: ignore[assignment]
    """A package whose records member is `records` then `newlines` newlines: a highly
    compressible member (a billion newlines deflate to under a megabyte), checksums right."""
    chunk = b"\n" * (1 << 20)
    digest = hashlib.sha256()
    size = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("records.jsonl", "w", force_zip64=True) as member:
            for record in records:
                member.write(record + b"\n")
                digest.update(record + b"\n")
                size += len(record) + 1
            left = newlines
            while left:
                piece = chunk if left >= len(chunk) else chunk[:left]
                member.write(piece)
                digest.update(piece)
                left -= len(piece)
            size += newlines
        manifest = {"format": "tracker-field-package", "format_version": 1, "package_id": str(uuidlib.uuid4()),
                    "source": {"uuid": str(uuidlib.uuid4()), "name": "Padded office"}, "created_at": "", "base_marker": None,
                    "counts": {}, "members": {"records.jsonl": {"sha256": digest.hexdigest(), "size": size}}}
        data = json.dumps(manifest).encode()
        archive.writestr("manifest.json", data)
        archive.writestr("manifest.sha256", sha256(data))
    return target


def _merge_in_a_child(database: Path, package: Path) -> tuple[str, int, str]:
    child = subprocess.run([sys.executable, "-c", MEMORY_CHILD, str(database), str(package)], capture_output=True, text=True, timeout=600)
    last = child.stdout.strip().splitlines()[-1]
    _, code, _, peak = last.split()
    return code, int(peak), child.stderr


def test_a_package_of_endless_newlines_is_refused_with_little_memory(tmp_path):
    # 200 million newlines (190 KB zipped; the attacker's billion, 950 KB, is refused at the same
    # line, after the same 10 MB): before, reading such a member took 9.8 GB.
    package = _newline_package(tmp_path / "newlines.trackerpkg", 200_000_000)
    assert package.stat().st_size < 1_000_000
    code, peak, err = _merge_in_a_child(tmp_path / "hq.sqlite3", package)
    assert code == "1" and err.count("\n") == 1 and "newlines.trackerpkg" in err and f"more than {MAX_LINES:,} lines" in err, err
    assert peak < 300 * 1024**2, f"peak memory {peak / 1024**2:.0f} MB"


def test_padding_within_the_limits_costs_no_memory(sites, tmp_path):
    sites.use("field")
    edit(SEN, title="Padded but genuine")
    package = sites.export("field")
    with zipfile.ZipFile(package) as archive:
        source = json.loads(archive.read("manifest.json"))["source"]
        records = [line for line in archive.read("records.jsonl").splitlines() if line]
    padded = _newline_package(tmp_path / "padded.trackerpkg", MAX_LINES - 10, records)
    manifest_fixed = tmp_path / "padded-from-field.trackerpkg"
    with zipfile.ZipFile(padded) as source_zip, zipfile.ZipFile(manifest_fixed, "w", compression=zipfile.ZIP_DEFLATED) as target:
        manifest = json.loads(source_zip.read("manifest.json"))
        manifest["source"] = source
        data = json.dumps(manifest).encode()
        target.writestr("manifest.json", data)
        target.writestr("manifest.sha256", sha256(data))
        with source_zip.open("records.jsonl") as member, target.open("records.jsonl", "w", force_zip64=True) as out:
            while chunk := member.read(1 << 20):
                out.write(chunk)
    sites.close()
    if not isinstance(sites.path("hq"), Path):
        pytest.skip("the child measures a file database; the server's memory is not the merge's")
    code, peak, err = _merge_in_a_child(sites.path("hq"), manifest_fixed)
    assert code == "0", err
    assert peak < 300 * 1024**2, f"peak memory {peak / 1024**2:.0f} MB"
    sites.use("hq")
    assert load_project(SEN).title == "Padded but genuine"


def test_a_line_longer_than_any_record_is_refused_while_reading(tmp_path):
    package = forge(tmp_path / "long.trackerpkg", [b'{"kind": "' + b"x" * (5 * 1024**2) + b'"}'])
    with pytest.raises(UnreadableFile, match="line 1 of records.jsonl is longer than"):
        read_package(package, parse_line)


def test_a_member_declared_larger_than_a_package_holds_is_refused_before_reading(tmp_path):
    package = forge(tmp_path / "huge.trackerpkg", [])
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["members"]["records.jsonl"]["size"] = 5 * 1024**3
    data = json.dumps(manifest).encode()
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("manifest.json", data)
        archive.writestr("records.jsonl", b"")
        archive.writestr("manifest.sha256", sha256(data))
    with pytest.raises(UnreadableFile, match="holds at most"):
        read_package(package, parse_line)


# ---------------------------------------------------------------- bad input in one sentence


def _project_line(**changes) -> dict:
    values = record_values(Project("BAD/41/01/LUX", "A project", region=Region.AFRICA, countries=["SN"]))
    values.update(changes)
    return rehashed({"kind": "project", "uuid": str(uuidlib.uuid4()), "project": None, "values": values, "hash": "", "ancestors": []})


def _funding_line(amount, **changes) -> dict:
    values = record_values(Funding(FundingModality.VOLUNTARY_CORE, Decimal("1.00"), "USD", date(2041, 1, 1), "LUX"))
    values.update(amount=amount, **changes)
    return rehashed({"kind": "funding", "uuid": str(uuidlib.uuid4()), "project": None, "values": values, "hash": "", "ancestors": []})


def _nested(depth: int) -> bytes:
    line = _project_line()
    text = json.dumps(line).encode()
    return text.replace(b'"title": "A project"', b'"title": ' + b"[" * depth + b"]" * depth)


def _twice() -> list:
    line = _project_line()
    return [line, line]


def _same_code_twice() -> list:
    return [_project_line(), _project_line()]


BAD_PACKAGES = {
    "the same project twice": (_twice, "appears twice (lines 1 and 2)"),
    "two projects with one code": (_same_code_twice, "project BAD/41/01/LUX appears twice"),
    "a region that does not exist": (lambda: [_project_line(region="atlantis")], "region: 'atlantis' is not a region"),
    "a stage that does not exist": (lambda: [_project_line(stage="dreaming")], "stage: 'dreaming' is not a project-cycle stage"),
    "an amount of 1e40": (lambda: [_funding_line("1e40")], "too large"),
    "an amount that is NaN": (lambda: [_funding_line("NaN")], "not a finite number"),
    "an amount that is Infinity": (lambda: [_funding_line("Infinity")], "not a finite number"),
    "NaN as a JSON number": (lambda: [json.dumps(_funding_line(0)).replace('"amount": 0', '"amount": NaN').encode()], "not valid JSON"),
    "an amount as a float": (lambda: [_funding_line(1.5)], "written as text was expected"),
    "an amount too large in US$": (lambda: [_funding_line("999999999999999.00", currency="EUR", usd_rate="999999")],
                                   "at the US$ rate 999999 is too large"),
    "JSON nested 200,000 deep": (lambda: [_nested(200_000)], "nested too deeply"),
    "a number where a title is expected": (lambda: [_project_line(title=5)], "title: a text was expected, not the number 5"),
    "a list where countries' codes are expected": (lambda: [_project_line(countries="SN")], "countries: a list was expected"),
    "a date that is not a date": (lambda: [_project_line(planned_start="yesterday")], "planned start: 'yesterday' is not a date"),
    "a kind tracker does not exchange": (lambda: [{"kind": "spaceship", "uuid": str(uuidlib.uuid4())}], "not a kind of record"),
    "text no database can store": (lambda: [_project_line(title="a\u0000b")], "no database can store"),
}


@pytest.mark.parametrize("case", list(BAD_PACKAGES))
def test_a_bad_package_is_refused_in_one_sentence_naming_the_file(capsys, tmp_path, case):
    build, expected = BAD_PACKAGES[case]
    package = forge(tmp_path / "bad.trackerpkg", build())
    database = str(tmp_path / "hq.sqlite3")
    code, out, err = run_cli(capsys, "--db", database, "package", "merge", str(package))
    assert code == 1, err
    assert err.startswith("tracker: error: bad.trackerpkg") and err.count("\n") == 1 and "internal error" not in err, err
    assert expected in err, err
    assert "nothing was merged" in err
    open_database(database)
    assert m.Project.select().count() == 0 and m.ExchangeLog.select().count() == 0


# ---------------------------------------------------------------- no common history


def _demo_copy(demo_template: Path, target: Path) -> Path:
    import shutil

    shutil.copyfile(demo_template, target)
    return target


def test_two_databases_holding_the_demo_merge_without_duplicating_anything(demo_db, demo_target, demo_template, tmp_path):
    field = _demo_copy(demo_template, tmp_path / "field.sqlite3")
    open_database(field)
    package = export_package(tmp_path / "all.trackerpkg", since="all").path
    open_database(demo_target)
    before = table_counts()
    report = merge_package(package)
    after = table_counts()
    assert report.conflicts == [] and report.skipped == [] and report.created == 0
    assert {k: v for k, v in after.items() if k not in ("audit_entry", "sync_base")} == \
           {k: v for k, v in before.items() if k not in ("audit_entry", "sync_base")}
    assert after["audit_entry"] == before["audit_entry"] + 1  # the merge itself


def test_records_typed_in_twice_are_matched_by_natural_key(sites, tmp_path):
    """Both offices typed in the same project (so it has another UUID on each side, and so have its
    evaluations, planned by the rules on each side): the package matches it by code and its
    evaluations by kind and number, and duplicates nothing."""
    def typed() -> Project:
        return Project(code="TWICE/41/01", title="Typed in twice", region=Region.AFRICA, countries=["SN"],
                       outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2041, 1, 1), planned_end=date(2043, 12, 31),
                       budget=Decimal("2000000.00"))

    sites.use("field")
    save_project(typed())
    package = sites.export("field")
    sites.use("hq")
    save_project(typed())
    before = table_counts()
    report = sites.merge("hq", package)
    assert m.Project.select().where(m.Project.code == "TWICE/41/01").count() == 1
    assert report.conflicts == [] and report.created == 0
    assert {k: v for k, v in table_counts().items() if k not in ("audit_entry", "sync_base")} == \
           {k: v for k, v in before.items() if k not in ("audit_entry", "sync_base")}
    assert len(load_project("TWICE/41/01").evaluations) == len([e for e in package_lines(package)
                                                                 if e["kind"] == "evaluation" and e["values"]])
