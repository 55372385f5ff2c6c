"""The import workbook carries what a project publishes: the Projects sheet's purpose code and
capital spend, and a Locations sheet (in English, French and Spanish); a re-import changes
nothing, a place outside the project's countries is refused on its cell, and the template filled
with the portfolio gives them back."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest

from tests.exchange.workbooks import PROJECT, fill
from tracker.domain.i18n import using_language
from tracker.exchange.results import ImportRefused
from tracker.exchange.template import write_template
from tracker.exchange.workbook_import import import_workbook
from tracker.store.projects import load_project

CODE = PROJECT["Code"]  # in Senegal and Mali
PUBLISHED = dict(PROJECT, **{"Purpose code": "16020", "Capital spend %": 0})
PLACES = [
    {"Project code": CODE, "Name": "Thiès", "Country": "Senegal", "Latitude": 14.791, "Longitude": -16.9359,
     "Description": "Regional chamber of trades"},
    {"Project code": CODE, "Name": "Kayes", "Country": "ML"},
]


def _places() -> list[tuple]:
    return sorted((p.name, p.country, p.latitude, p.longitude, p.description) for p in load_project(CODE).locations)


def test_purpose_code_capital_spend_and_locations_import_and_import_again_unchanged(db, tmp_path) -> None:
    path = fill(tmp_path / "in.xlsx", {"Projects": [PUBLISHED], "Locations": PLACES})
    report = import_workbook(path)
    assert report.created == 1 + 2  # the project and its two places
    project = load_project(CODE)
    assert (project.purpose_code, project.capital_spend) == ("16020", Decimal(0))
    assert _places() == [("Kayes", "ML", None, None, ""), ("Thiès", "SN", Decimal("14.791"), Decimal("-16.9359"), "Regional chamber of trades")]
    again = import_workbook(path)
    assert (again.created, again.updated) == (0, 0)
    moved = import_workbook(fill(tmp_path / "moved.xlsx", {"Locations": [dict(PLACES[1], Latitude=14.45, Longitude=-11.44)]}))
    assert (moved.created, moved.updated) == (0, 1)
    assert _places()[0] == ("Kayes", "ML", Decimal("14.45"), Decimal("-11.44"), "")


def test_a_place_outside_the_projects_countries_or_with_half_its_coordinates_is_refused(db, tmp_path) -> None:
    path = fill(tmp_path / "bad.xlsx", {"Projects": [dict(PUBLISHED, **{"Purpose code": "1602", "Capital spend %": 120})], "Locations": [
        dict(PLACES[0], Country="Gambia"), {"Project code": CODE, "Name": "Kayes", "Latitude": 14.45}, dict(PLACES[1], Country="Atlantis")]})
    with pytest.raises(ImportRefused) as caught:
        import_workbook(path)
    text = "\n".join(str(p) for p in caught.value.problems)
    assert "GM is not among the countries of project SEN/25/01/LUX" in text
    assert "give both the latitude and the longitude, or neither" in text
    assert "sheet Locations, row 4, column C (Country)" in text  # no such country
    assert "a purpose code is the OECD DAC's five digits" in text
    assert "the capital spend is a share between 0 and 100 per cent" in text


@pytest.mark.parametrize(("language", "sheet", "headers"), [
    ("en", "Locations", ["Project code *", "Name *", "Country", "Latitude", "Longitude", "Description"]),
    ("fr", "Lieux", ["Code du projet *", "Nom *", "Pays", "Latitude", "Longitude", "Description"]),
    ("es", "Lugares", ["Código del proyecto *", "Nombre *", "País", "Latitud", "Longitud", "Descripción"]),
])
def test_the_locations_sheet_is_written_in_the_users_language(db, tmp_path, language, sheet, headers) -> None:
    with using_language(language):
        path = write_template(tmp_path / f"{language}.xlsx")
    book = openpyxl.load_workbook(path)
    assert [c.value for c in book[sheet][1]] == headers


def test_the_template_filled_with_the_portfolio_gives_them_back(db, tmp_path) -> None:
    import_workbook(fill(tmp_path / "in.xlsx", {"Projects": [PUBLISHED], "Locations": PLACES}))
    book = openpyxl.load_workbook(write_template(tmp_path / "out.xlsx", with_data=True))
    projects = book["Projects"]
    headers = [c.value for c in projects[1]]
    row = [c.value for c in projects[2]]
    assert row[headers.index("Purpose code")] == "16020" and row[headers.index("Capital spend %")] == 0
    places = sorted(tuple(c.value for c in r) for r in book["Locations"].iter_rows(min_row=2))
    assert places[1][:4] == (CODE, "Thiès", "SN", 14.791)
    assert import_workbook(tmp_path / "out.xlsx").updated == 0  # read back as it was written
