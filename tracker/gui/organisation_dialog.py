"""Tools > Organisation Settings…: who the organisation publishes as (its IATI identifier, name and
type), the contact its activities give, and the default flow, finance, aid and tied-aid types of
each funding modality, chosen from the IATI codelists by name. Saved through
tracker.store.organisation.save_settings (checked, audited); `tracker organisation` does the same
on the command line."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import iati_lists as lists
from tracker.domain.classifications import FundingModality
from tracker.domain.errors import DomainError
from tracker.domain.organisation import AidTypes, OrganisationSettings
from tracker.gui.errors import show_error
from tracker.store.database import is_read_only
from tracker.store.organisation import load_settings, save_settings

ERROR_STYLE = "color: #b00020;"
AID_TYPE_LISTS = {"flow_type": lists.FLOW_TYPE, "finance_type": lists.FINANCE_TYPE, "aid_type": lists.AID_TYPE,
                  "tied_status": lists.TIED_STATUS}


def _code_combo(list_name: str, parent: QWidget, shortest: int = 14) -> QComboBox:
    """A choice among a codelist's active codes, "C01 - Project-type interventions"; narrow on
    the page (the list that opens shows the names whole)."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(shortest)
    for code, name in lists.offered(list_name):
        combo.addItem(f"{code} - {name}", code)
        combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)  # the name whole
    combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
    combo.currentIndexChanged.connect(lambda _index: combo.setToolTip(combo.currentText()))
    return combo


def _choose(combo: QComboBox, list_name: str, code: str) -> None:
    position = combo.findData(code)
    if position < 0:  # a code withdrawn from the list since it was chosen: it stays what it is
        combo.addItem(f"{code} - {lists.code_name(list_name, code)}", code)
        position = combo.count() - 1
    combo.setCurrentIndex(position)


class OrganisationDialog(QDialog):
    """The settings on three pages; Save keeps what changed (each change in the audit trail)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Organisation Settings"))
        self.settings = load_settings()
        self.lines: dict[str, QLineEdit] = {}
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._organisation_page(), self.tr("Organisation"))
        self.tabs.addTab(self._contact_page(), self.tr("Contact"))
        self.tabs.addTab(self._aid_types_page(), self.tr("Default aid types"))
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._show(self.settings)
        for line in self.lines.values():
            line.textEdited.connect(lambda _text: self.refresh())
        if is_read_only():
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.message.setStyleSheet("")
            self.message.setText(self.tr("The database is open read-only: the settings can be read, not changed."))

    # ------------------------------------------------------------ pages

    def _line(self, form: QFormLayout, name: str, label: str, placeholder: str = "") -> QLineEdit:
        line = QLineEdit(form.parentWidget())
        line.setObjectName(name)
        line.setPlaceholderText(placeholder)
        self.lines[name] = line
        form.addRow(label, line)
        return line

    def _organisation_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        intro = QLabel(self.tr("Who the organisation's IATI files say published them."), page)
        intro.setWordWrap(True)
        form.addRow(intro)
        self._line(form, "reporting_org_ref", self.tr("IATI &identifier:"), self.tr("e.g. {example}").format(example="XM-DAC-41302"))
        self._line(form, "reporting_org_name", self.tr("&Name:"))
        self.org_type = _code_combo(lists.ORGANISATION_TYPE, page, 24)
        self.org_type.setObjectName("reporting_org_type")
        form.addRow(self.tr("&Type:"), self.org_type)
        return page

    def _contact_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        intro = QLabel(self.tr("The contact every published activity gives."), page)
        intro.setWordWrap(True)
        form.addRow(intro)
        self._line(form, "contact_organisation", self.tr("&Organisation:"))
        self._line(form, "contact_department", self.tr("&Department:"))
        self._line(form, "contact_person", self.tr("&Person:"), self.tr("blank: the department answers"))
        self._line(form, "contact_telephone", self.tr("Te&lephone:"))
        self._line(form, "contact_email", self.tr("&E-mail:"))
        self._line(form, "contact_website", self.tr("&Website:"), "https://")
        self._line(form, "contact_address", self.tr("&Address:"))
        return page

    def _aid_types_page(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page)
        intro = QLabel(self.tr("The types an activity is published with, by the funding modality of its main funding."), page)
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 5)
        headers = (self.tr("Flow type"), self.tr("Finance type"), self.tr("Aid type"), self.tr("Tied status"))
        for column, header in enumerate(headers, start=1):
            grid.addWidget(QLabel(f"<b>{header}</b>", page), 1, column)
        self.aid_type_combos: dict[tuple[FundingModality, str], QComboBox] = {}
        for row, modality in enumerate(FundingModality, start=2):
            grid.addWidget(QLabel(modality.label, page), row, 0)
            for column, (name, list_name) in enumerate(AID_TYPE_LISTS.items(), start=1):
                combo = _code_combo(list_name, page, 10)
                combo.setObjectName(f"{modality.value}.{name}")
                combo.setAccessibleName(f"{modality.label}: {headers[column - 1]}")
                self.aid_type_combos[(modality, name)] = combo
                grid.addWidget(combo, row, column)
        for column in range(1, 5):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(len(FundingModality) + 2, 1)
        return page

    # ------------------------------------------------------------ values

    def _show(self, settings: OrganisationSettings) -> None:
        for name, line in self.lines.items():
            line.setText(getattr(settings, name))
        _choose(self.org_type, lists.ORGANISATION_TYPE, settings.reporting_org_type)
        for (modality, name), combo in self.aid_type_combos.items():
            _choose(combo, AID_TYPE_LISTS[name], getattr(settings.aid_types_for(modality), name))

    def entered(self) -> OrganisationSettings:
        """The settings as the dialog shows them now."""
        texts = {name: line.text().strip() for name, line in self.lines.items()}
        aid_types = {modality: AidTypes(**{name: self.aid_type_combos[(modality, name)].currentData() for name in AID_TYPE_LISTS})
                     for modality in FundingModality}
        return dataclasses.replace(self.settings, reporting_org_type=self.org_type.currentData(), aid_types=aid_types, **texts)

    def problem(self) -> str:
        """The first thing to correct, in one sentence naming the value; empty when all is well."""
        problems = self.entered().problems()
        return problems[0].message if problems else ""

    def refresh(self) -> None:
        if is_read_only():
            return
        problem = self.problem()
        self.message.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def save(self) -> None:
        problem = self.problem()
        if problem:
            self.refresh()
            return
        try:
            save_settings(self.entered())
        except DomainError as exc:
            show_error(self, exc)
            return
        self.accept()


# ------------------------------------------------------------------ the menu command


def open_settings(window: QWidget) -> None:
    dialog = OrganisationDialog(window)
    if dialog.exec() == QDialog.DialogCode.Accepted and hasattr(window, "statusBar"):
        window.statusBar().showMessage(QCoreApplication.translate("OrganisationDialog", "Organisation settings saved"), 8000)
