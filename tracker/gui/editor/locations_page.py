"""The project's locations: places within its countries where it works (a province, a district,
a town), each with a description and, where known, its coordinates; published as IATI locations.
A table of the Identification page, under the countries it draws on, edited as the editor's other
record tables are (undo, each field's problem on its own cell)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tracker.domain.codelists import country_name
from tracker.domain.documents import Location
from tracker.domain.project import Project
from tracker.domain.records import LOCATION
from tracker.gui.editor.records import RecordTable, RecordTableModel, column

Index = QModelIndex | QPersistentModelIndex


def new_location(project: Project) -> Location:
    """A new location, in the project's country when it has only one."""
    return Location(name="", country=project.countries[0] if len(project.countries) == 1 else "")


class LocationModel(RecordTableModel):
    """A location's country is one of the project's, or none: never a missing value (None)."""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and self.columns[index.column()].attribute == "country":
            chosen = value or ""
            if chosen == self.records[index.row()].country:
                return False
            self.edit_requested.emit(index.row(), "country", chosen)
            return True
        return super().setData(index, value, role)


class LocationsTable(QWidget):
    """The table with its heading; `table` is connected by the editor as its other tables are, and
    `show_countries` gives the country column the project's countries to choose from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.countries: list[str] = []
        columns = [
            column(LOCATION, "name", 140),
            column(LOCATION, "country", 100, kind="choice", choices=self._country_choices),
            column(LOCATION, "latitude", 70),
            column(LOCATION, "longitude", 70),
            column(LOCATION, "description", 100),  # the last column takes the width left
        ]
        self.table = RecordTable(columns, self.tr("Add &location"), self)
        self.table.setObjectName("locations")
        self.table.remove_button.setText(self.tr("Remo&ve location"))  # Alt+R is the Region's on this page
        self.table.model = LocationModel(columns, self.table)
        self.table.view.setModel(self.table.model)
        self.table.view.setMinimumHeight(self.table.view.verticalHeader().defaultSectionSize() * 4)
        self.table.view.setToolTip(self.tr("Latitude and longitude in decimal degrees (north and east positive), e.g. {example}")
                                   .format(example=QLocale().toString(14.6928, "f", 4)))
        heading = QLabel(self.tr("<b>Locations</b> within the project's countries (published with its IATI activity)"), self)
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.table)

    def _country_choices(self) -> list[tuple[str, str | None]]:
        language = QLocale().name()
        choices: list[tuple[str, str | None]] = [(self.tr("(none)"), "")]
        return choices + [(country_name(code, language), code) for code in self.countries]

    def show_countries(self, countries: list[str]) -> None:
        self.countries = list(countries)
