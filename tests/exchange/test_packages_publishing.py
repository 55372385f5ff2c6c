"""Field packages carry what a project publishes: its purpose code and capital spend (fields of
the project) and its locations (a child kind, carried as every kind is); a location edited at the
field reaches headquarters, and one deleted there is deleted here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.exchange.package_sites import Sites
from tests.gui.factories import small_portfolio
from tracker.domain.documents import Location
from tracker.store.projects import load_project, save_project

SEN = "SEN/20/01/LUX"


@pytest.fixture
def sites(tmp_path):
    s = Sites(tmp_path)
    s.use("hq")
    small_portfolio()
    s.sync("hq", "field")
    yield s
    s.close()


def _published(code: str) -> tuple:
    project = load_project(code)
    return (project.purpose_code, project.capital_spend,
            sorted((p.uuid, p.name, p.country, p.description, p.latitude, p.longitude) for p in project.locations))


def test_purpose_code_capital_spend_and_locations_travel_to_the_other_database(sites) -> None:
    sites.use("field")
    project = load_project(SEN)
    project.purpose_code = "16020"
    project.capital_spend = Decimal("0")
    project.locations = [Location("Thiès", "SN", "Regional chamber of trades", Decimal("14.7910"), Decimal("-16.9359")),
                         Location("Ziguinchor", "SN")]
    save_project(project)
    at_field = _published(SEN)
    report = sites.sync("field", "hq")
    assert report.conflicts == [] and report.skipped == []
    assert report.created == 2 and report.updated >= 1  # the two locations; the project's two fields
    sites.use("hq")
    assert _published(SEN) == at_field
    assert at_field[0] == "16020" and at_field[1] == Decimal("0")
    report = sites.sync("hq", "field")  # back again: nothing more to do
    assert report.conflicts == [] and report.created == report.updated == report.deleted == 0


def test_a_location_corrected_or_removed_at_the_field_is_so_at_headquarters(sites) -> None:
    sites.use("field")
    project = load_project(SEN)
    project.locations = [Location("Thies", "SN"), Location("Kaolack", "SN")]
    save_project(project)
    sites.sync("field", "hq")
    sites.use("field")
    project = load_project(SEN)
    thies = next(p for p in project.locations if p.name == "Thies")
    thies.name, thies.latitude, thies.longitude = "Thiès", Decimal("14.79"), Decimal("-16.93")
    project.locations = [thies]
    save_project(project)
    report = sites.sync("field", "hq")
    assert report.conflicts == [] and report.deleted == 1
    sites.use("hq")
    assert [(p.name, p.latitude, p.longitude) for p in load_project(SEN).locations] == [("Thiès", Decimal("14.79"), Decimal("-16.93"))]
