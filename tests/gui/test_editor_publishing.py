"""The editor's publishing fields: the DAC purpose code picked by number or name (blank allowed),
the capital spend in per cent, and the table of locations within the project's countries, each
change undoable, each problem on its own field or cell, all kept by a save."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.gui.editor_helpers import type_into
from tracker.domain.classifications import FundingModality, Region, StrategicObjective
from tracker.domain.documents import Location
from tracker.domain.project import Funding, Project
from tracker.gui.editor.window import ProjectEditor
from tracker.store import models as m
from tracker.store.projects import load_project, save_project

pytestmark = pytest.mark.usefixtures("discard_on_teardown")
CODE = "SEN/24/07/RBT"


@pytest.fixture
def editor(qtbot, db, errors):
    save_project(Project(
        code=CODE, title="Quality apprenticeships in Senegal", region=Region.AFRICA, countries=["SN", "GM"],
        outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31),
        budget=Decimal("300000.00"),
        fundings=[Funding(FundingModality.REGULAR_BUDGET, Decimal("300000.00"), "USD", date(2023, 11, 1), None, CODE)],
    ))
    widget = ProjectEditor(CODE)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def column_of(table, header: str) -> int:
    model = table.model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(header)


def test_the_purpose_code_is_found_by_name_chosen_undone_and_saved(qtbot, editor) -> None:
    picker = editor.form.purpose_code
    editor.show_page(picker)
    assert picker.code == "" and picker.currentData() == ""  # blank: the code its themes stand for
    qtbot.keyClicks(picker.lineEdit(), "employment cre")
    completions = picker.completer().completionModel()
    offered = [completions.index(row, 0).data() for row in range(completions.rowCount())]
    assert offered == ["16020 - Employment creation"]  # words of its name, in any case
    picker.completer().activated[str].emit(offered[0])
    assert editor.project.purpose_code == "16020"
    assert editor.undo_action.text() == "&Undo change of purpose code"
    editor.undo_stack.undo()
    assert editor.project.purpose_code == "" and picker.currentData() == ""
    editor.undo_stack.redo()
    assert picker.currentData() == "16020"
    assert editor.save()
    assert load_project(CODE).purpose_code == "16020"


def test_the_capital_spend_is_read_in_the_users_writing_and_checked(qtbot, editor) -> None:
    type_into(qtbot, editor, "capital_spend", "150")
    assert editor.form.messages["capital_spend"].text() == "the capital spend is a share between 0 and 100 per cent"
    type_into(qtbot, editor, "capital_spend", "0")
    assert editor.form.messages["capital_spend"].text() == ""
    assert editor.undo_action.text() == "&Undo change of capital spend %"
    assert editor.save()
    assert load_project(CODE).capital_spend == Decimal(0)
    type_into(qtbot, editor, "capital_spend", "")
    assert editor.save()
    assert load_project(CODE).capital_spend is None  # not known


def test_a_location_is_added_in_one_of_the_projects_countries_and_saved(qtbot, editor) -> None:
    table = editor.form.locations.table
    editor.show_page(table)
    table.add_button.click()
    assert editor.undo_action.text() == "&Undo addition of location 1"
    model = table.model
    model.setData(model.index(0, column_of(table, "Name")), "Thiès")
    model.setData(model.index(0, column_of(table, "Country")), "SN")
    model.setData(model.index(0, column_of(table, "Latitude")), "14.79")
    model.setData(model.index(0, column_of(table, "Longitude")), "-16.93")
    assert model.index(0, column_of(table, "Country")).data() == "Senegal"
    choices = [value for _label, value in model.columns[column_of(table, "Country")].choices()]
    assert choices == ["", "SN", "GM"]  # the project's countries, or none
    assert editor.save()
    stored = load_project(CODE).locations
    assert [(p.name, p.country, p.latitude, p.longitude) for p in stored] == [("Thiès", "SN", Decimal("14.79"), Decimal("-16.93"))]


def test_a_locations_problem_shows_on_its_cell_and_undo_takes_the_row_back(qtbot, editor) -> None:
    table = editor.form.locations.table
    editor.show_page(table)
    table.add_button.click()
    model = table.model
    model.setData(model.index(0, column_of(table, "Name")), "Banjul")
    model.setData(model.index(0, column_of(table, "Latitude")), "13.45")
    assert model.cell_problems == {(0, "longitude"): "give both the latitude and the longitude, or neither"}
    assert "Row 1: longitude: give both the latitude and the longitude, or neither" in table.problems.text()
    bar = editor.tabs.tabBar()
    identification = next(i for i in range(editor.tabs.count()) if editor.tabs.widget(i).isAncestorOf(table))
    assert bar.tabTextColor(identification).isValid()  # the Identification tab is red
    for _step in range(3):
        editor.undo_stack.undo()
    assert editor.project.locations == []
    assert model.rowCount() == 0


def test_a_stored_locations_country_no_longer_listed_still_shows(qtbot, db, errors) -> None:
    save_project(Project(code="MLI/24/01/RBT", title="Dialogue", countries=["ML", "NE"],
                         locations=[Location("Gao", "NE", "", Decimal("16.27"), Decimal("-0.04"))]))
    # Niger taken off the project's countries by a database written before places had to be in them.
    m.ProjectCountry.delete().where(m.ProjectCountry.country == "NE").execute()
    widget = ProjectEditor("MLI/24/01/RBT")
    qtbot.addWidget(widget)
    table = widget.form.locations.table
    assert table.model.index(0, column_of(table, "Country")).data() == "NE"
