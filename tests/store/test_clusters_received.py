"""A cluster evaluation received from another database (tracker.store.clusters.receive_cluster,
what a field package's merge calls): created by its uuid, its facts replaced when they differ,
audited; a code another cluster here has, or a text no database keeps, is refused in one sentence
naming the field, nothing written. On both engines."""

from __future__ import annotations

import pytest

from tests.partner_helpers import ensure_partner
from tests.store.test_clusters import GENDER, _project
from tracker.domain import project as d
from tracker.domain.classifications import EvaluationKind, PartnerCategory
from tracker.store import clusters as cl
from tracker.store import models as m

THEIRS = "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"


@pytest.fixture
def ours(db):
    ensure_partner(d.Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL, country="LU"))
    _project("AAA/21/01/LUX", "2021-01-01", "2022-12-31", themes=[GENDER], countries=["SN"])
    return cl.create_cluster("CL-GENDER-SN", "Gender equality in the Sahel", "final", "theme", "gender-equality",
                             ["AAA/21/01/LUX"]).cluster


def _audit(uuid: str) -> list[tuple[str, str, str | None]]:
    return [(e.action, e.field, e.new) for e in m.AuditEntry.select().where(m.AuditEntry.record_uuid == uuid).order_by(m.AuditEntry.id)]


def test_a_received_cluster_is_created_then_updated_by_its_uuid(ours):
    assert cl.receive_cluster(THEIRS, "CL-SN", "Senegal", "final", "country", "Senegal", who="package Dakar") == "created"
    made = cl.find_cluster("cl-sn")
    assert (made.uuid, made.title, made.kind, made.basis, made.basis_value, made.version) == (
        THEIRS, "Senegal", EvaluationKind.FINAL, "country", "SN", 1)
    assert cl.receive_cluster(THEIRS, "CL-SN", "Senegal", "final", "country", "SN") is None  # the same facts: nothing written
    assert cl.receive_cluster(THEIRS, "CL-SN", "Senegal, 2021-2023", "final", "country", "SN", who="package Dakar") == "updated"
    changed = cl.find_cluster("CL-SN")
    assert (changed.title, changed.version) == ("Senegal, 2021-2023", 2)  # an open window's copy is now stale
    assert _audit(THEIRS)[-1] == ("update", "title", "Senegal, 2021-2023") and _audit(THEIRS)[0][0] == "insert"
    assert [c.code for c in cl.all_clusters()] == ["CL-GENDER-SN", "CL-SN"]


@pytest.mark.parametrize(("code", "title", "message"), [
    ("cl-gender-sn", "", "code: cluster evaluation cl-gender-sn (5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f) is not the cluster evaluation "
                         "CL-GENDER-SN of this database ({ours}): two databases made a cluster with one code"),
    ("CL\x07", "", "code: remove the invisible control character U+0007 at character 3"),
    ("CL-SN", "t" * 201, "title: keep the title to 200 characters (it has 201)"),
])
def test_a_received_cluster_this_database_cannot_keep_is_refused_naming_the_field(ours, code, title, message):
    before = m.AuditEntry.select().count()
    with pytest.raises(cl.ClusterRefused) as refused:
        cl.receive_cluster(THEIRS, code, title, "final", "theme", "gender-equality")
    assert str(refused.value) == message.format(ours=ours.uuid)
    assert [c.uuid for c in cl.all_clusters()] == [ours.uuid] and m.AuditEntry.select().count() == before
