"""Field packages carry schema v11's data with the project: its appraisal records (merged like the
other records a project holds, changed and removed on the other side too), whether its rule set
was assigned, and the cluster evaluation an evaluation is part of. Records still at the defaults
of these fields keep the content hashes they had before, so older packages and sync bases read
the same."""

from __future__ import annotations

from datetime import date

import pytest

from tests.exchange.package_sites import Sites
from tests.gui.factories import small_portfolio
from tracker.domain.project import AppraisalRecord
from tracker.exchange.package_records import natural_key, record_values
from tracker.exchange.packages import export_package
from tracker.store import models as m
from tracker.store.projects import load_project, save_project

RAF = "RAF/40/01/EU"  # in Appraisal in the small portfolio
CLUSTER = "0b6f3c1e-5d2a-4e8f-9c47-1a2b3c4d5e6f"


@pytest.fixture
def sites(tmp_path):
    s = Sites(tmp_path)
    s.use("hq")
    small_portfolio()
    s.sync("hq", "field")
    yield s
    s.close()


def _record_at(sites: Sites, site: str) -> AppraisalRecord:
    sites.use(site)
    project = load_project(RAF)
    record = AppraisalRecord("ess-screening", date(2039, 10, 1), "substantial", "Safeguards desk", "Cocoa farms: child labour risk.")
    project.appraisals.append(record)
    project.rule_set_assigned = True
    project.evaluations[0].cluster = CLUSTER
    save_project(project)
    return record


def test_an_appraisal_record_the_assigned_rule_set_and_the_cluster_link_travel_with_the_project(sites):
    record = _record_at(sites, "hq")
    report = sites.sync("hq", "field")
    assert report.created == 1 and report.conflicts == [] and report.skipped == []
    arrived = load_project(RAF)
    (appraisal,) = arrived.appraisals
    assert (appraisal.uuid, appraisal.requirement, appraisal.recorded_on, appraisal.result, appraisal.recorded_by, appraisal.note) == (
        record.uuid, "ess-screening", date(2039, 10, 1), "substantial", "Safeguards desk", "Cocoa farms: child labour risk.")
    assert arrived.rule_set_assigned is True
    assert arrived.evaluations[0].cluster == CLUSTER
    # The field office corrects the result; the change comes back to headquarters.
    arrived.appraisals[0].result = "high"
    save_project(arrived)
    assert sites.sync("field", "hq").updated == 1
    assert [a.result for a in load_project(RAF).appraisals] == ["high"]
    # Removed at headquarters, it goes on the laptop too.
    project = load_project(RAF)
    project.appraisals = []
    save_project(project)
    assert sites.sync("hq", "field").deleted == 1
    assert load_project(RAF).appraisals == [] and m.AppraisalRecord.select().count() == 0


def test_the_same_appraisal_recorded_in_two_databases_is_matched_not_doubled(tmp_path):
    sites = Sites(tmp_path)
    for name in ("hq", "field"):
        sites.use(name)
        small_portfolio()
    try:
        ours = _record_at(sites, "hq")
        theirs = _record_at(sites, "field")
        assert ours.uuid != theirs.uuid
        sites.sync("field", "hq")
        assert [a.uuid for a in load_project(RAF).appraisals] == [ours.uuid]
    finally:
        sites.close()


def test_records_at_the_new_fields_defaults_keep_their_values_and_hashes(sites):
    sites.use("hq")
    project = load_project("SEN/20/01/LUX")
    assert "rule_set_assigned" not in record_values(project)
    assert all("cluster" not in record_values(e) for e in project.evaluations)
    project.rule_set_assigned = True
    project.evaluations[0].cluster = CLUSTER
    assert record_values(project)["rule_set_assigned"] is True
    assert record_values(project.evaluations[0])["cluster"] == CLUSTER
    # Nothing changed since the last exchange: a package since then carries nothing.
    package = sites.folder / "nothing.trackerpkg"
    assert export_package(package).records == 0


def test_a_package_naming_an_appraisal_record_says_what_it_is(sites):
    from tracker.exchange.package_records import Record, kind_name

    record = _record_at(sites, "hq")
    carried = Record("appraisal", record.uuid, load_project(RAF).uuid, record_values(record), value=record)
    assert kind_name("appraisal") == "appraisal record"
    assert carried.label() == "appraisal record ess-screening"
    assert natural_key(carried) == ("appraisal", carried.project_uuid, "ess-screening", date(2039, 10, 1))
