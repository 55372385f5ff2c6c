"""Demo data never mixes with real data, by package either: a package carrying demo projects is
refused whole by a database with real projects, and taken by the demo portfolio or an empty one."""

from __future__ import annotations

import pytest

from tests.exchange.package_sites import Sites, table_counts
from tracker.domain.project import Project
from tracker.exchange.results import UnreadableFile
from tracker.store import models as m
from tracker.store.demo import load_demo
from tracker.store.projects import save_project

pytestmark = pytest.mark.sqlite_only  # two database files


def test_a_package_from_the_demo_is_refused_by_a_working_database(tmp_path):
    sites = Sites(tmp_path)
    try:
        sites.use("demo")
        load_demo()
        package = sites.export("demo")
        sites.use("office")
        save_project(Project(code="SEN/26/01/LUX", title="Youth employment"))
        before = table_counts()
        with pytest.raises(UnreadableFile, match="holds demo projects .*nothing was merged"):
            sites.merge("office", package)
        assert table_counts() == before
        # An empty database (a training laptop) takes it, labelled as demo data.
        report = sites.merge("training", package)
        assert report.conflicts == []
        assert m.Project.select().where(m.Project.is_demo).count() == m.Project.select().count() > 0
    finally:
        sites.close()
