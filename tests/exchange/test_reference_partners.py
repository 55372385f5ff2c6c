"""The reference partners in field packages: two databases created apart hold them alike, so an
unchanged one travels in no package and one changed at a site replaces the other's unchanged
copy, as any record changed on one side only."""

from __future__ import annotations

import dataclasses

import pytest

from tests.exchange.package_sites import Sites
from tracker.exchange.merge import list_conflicts
from tracker.exchange.package_format import read_package
from tracker.store.partners import find_partner, save_partner


@pytest.fixture
def sites(tmp_path):
    s = Sites(tmp_path)
    for name in ("hq", "field"):
        s.use(name)
    yield s
    s.close()


def test_an_unchanged_reference_partner_travels_in_no_package(sites):
    package = sites.export("hq")
    _, records = read_package(package)
    assert [r for r in records if r.record.kind == "partner"] == []


def test_a_reference_partner_changed_at_one_site_replaces_the_other_without_conflict(sites):
    sites.use("field")
    save_partner(dataclasses.replace(find_partner("NOR"), name="Norway (Norad)"))
    report = sites.sync("field", "hq")
    assert report.conflicts == [] and report.updated == 1
    sites.use("hq")
    assert find_partner("NOR").name == "Norway (Norad)" and list_conflicts() == []
