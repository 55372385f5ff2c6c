"""Funding partners in the app, driven with the keyboard as an officer would: the Funding
Partners window (add, deactivate, merge) and the partner cell of a funding line (pick by typing
part of a name, New partner… in place)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tracker.domain.classifications import FundingModality, PartnerCategory
from tracker.domain.project import Funding, Partner, Project
from tracker.gui.editor.window import ProjectEditor
from tracker.gui.partner_picker import PartnerPicker
from tracker.gui.partners_dialog import COLUMNS, MergeForm, PartnerForm, PartnersDialog
from tracker.store import models as m
from tracker.store.partners import find_partner, save_partner, set_partner_active
from tracker.store.projects import load_project, save_project

pytestmark = pytest.mark.usefixtures("discard_on_teardown")


@pytest.fixture
def partners_window(qtbot, db):
    dialog = PartnersDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_partner_is_added_in_the_window_with_the_keyboard(qtbot, partners_window):
    form = partners_window.add_partner()
    assert isinstance(form, PartnerForm)
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and form.message.text() == ""  # no error colour before typing
    qtbot.keyClicks(form.code, "lux")
    assert "already has this code" in form.message.text() and not ok.isEnabled()  # codes are unique whatever their case
    form.code.selectAll()
    qtbot.keyClicks(form.code, "ACME")
    qtbot.keyClick(form.code, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.name, "Acme Foundation")
    form.category.setFocus()
    qtbot.keyClicks(form.category, "Non")  # keyboard search in the list: "Non-state actor"
    assert form.category.currentData() == PartnerCategory.NON_STATE.value
    form.non_state_kind.setFocus()
    qtbot.keyClicks(form.non_state_kind, "F")
    qtbot.keyClicks(form.country, "Switzerland")
    assert form.message.text() == "" and ok.isEnabled()
    qtbot.keyClick(form.country, Qt.Key.Key_Return)
    assert not form.isVisible()  # saved and closed
    stored = find_partner("ACME")
    assert (stored.name, stored.category, stored.country, stored.active) == ("Acme Foundation", PartnerCategory.NON_STATE, "CH", True)
    row = partners_window.model.row_of("ACME")
    assert row >= 0 and partners_window.view.currentIndex().row() == row
    assert partners_window.model.index(row, COLUMNS.index("funding_lines")).data() == "0"
    assert partners_window.model.index(row, COLUMNS.index("language")).data() == "English"  # the default


def test_an_unknown_country_is_named_in_the_form(qtbot, partners_window):
    form = partners_window.add_partner()
    qtbot.keyClicks(form.code, "ACME")
    qtbot.keyClicks(form.name, "Acme")
    qtbot.keyClicks(form.country, "Atlantis")
    assert form.message.text().startswith("Country: 'Atlantis' is not a known country")
    assert not form.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    form.reject()


def test_deactivating_a_partner_keeps_it_listed_and_offers_activate(qtbot, partners_window):
    partners_window.view.selectRow(partners_window.model.row_of("NOR"))
    assert partners_window.active_button.text() == "&Deactivate"
    partners_window.active_button.click()
    assert not find_partner("NOR").active
    assert partners_window.model.row_of("NOR") >= 0 and partners_window.active_button.text() == "Ac&tivate"
    partners_window.active_button.click()
    assert find_partner("NOR").active


def funded_project(code: str, partner: str) -> None:
    save_project(Project(code=code, title=f"Funded by {partner}", planned_start=date(2040, 1, 1), planned_end=date(2040, 12, 31),
                         budget=Decimal("1000.00"),
                         fundings=[Funding(FundingModality.EARMARKED, Decimal("1000.00"), "USD", date(2039, 12, 1), partner, code)]))


def test_merging_two_partners_moves_their_funding(qtbot, partners_window):
    save_partner(Partner("LUXEMB", "Grand Duchy of Luxembourg", PartnerCategory.MULTI_BILATERAL))
    funded_project("SEN/40/01/LUX", "LUXEMB")
    version = load_project("SEN/40/01/LUX").version
    partners_window.reload()
    partners_window.view.selectRow(partners_window.model.row_of("LUXEMB"))
    changed = []
    partners_window.projects_changed.connect(changed.append)
    form = partners_window.merge_selected()
    assert isinstance(form, MergeForm)
    form.target.setFocus()
    form.target.setCurrentIndex(form.target.findData("LUX"))
    assert form.message.text() == "1 funding line of LUXEMB moves to LUX and partner LUXEMB is deleted."
    with qtbot.waitSignal(form.accepted, timeout=10_000):  # the merge runs on the worker thread
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    project = load_project("SEN/40/01/LUX")
    assert [f.partner_code for f in project.fundings] == ["LUX"] and project.version == version + 1
    assert m.Partner.get_or_none(m.Partner.code == "LUXEMB") is None
    assert changed == [["SEN/40/01/LUX"]]
    assert partners_window.model.index(partners_window.model.row_of("LUX"), COLUMNS.index("funding_lines")).data() == "1"


# ---------------------------------------------------------------- the funding line's partner cell


@pytest.fixture
def funding_editor(qtbot, db, errors):
    editor = ProjectEditor(None)
    qtbot.addWidget(editor)
    editor.show()
    editor.show_page(editor.fundings)
    editor.fundings.add_button.click()
    return editor


def open_partner_cell(qtbot, editor) -> PartnerPicker:
    view = editor.fundings.view
    view.setFocus()
    view.setCurrentIndex(editor.fundings.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    picker = view.indexWidget(view.currentIndex()) or QApplication.focusWidget()
    while picker is not None and not isinstance(picker, PartnerPicker):
        picker = picker.parentWidget()
    assert isinstance(picker, PartnerPicker)
    return picker


def test_a_partner_is_picked_by_typing_part_of_its_name_ignoring_case_and_accents(qtbot, funding_editor):
    save_partner(Partner("CIV", "Côte d'Ivoire", PartnerCategory.MULTI_BILATERAL, country="CI"))
    view = funding_editor.fundings.view
    view.setFocus()
    view.setCurrentIndex(funding_editor.fundings.model.index(0, 0))
    qtbot.keyClicks(view, "c")  # typing on the cell opens its picker with what was typed
    picker = view.findChild(PartnerPicker)
    line = picker.lineEdit()
    assert line.text() == "c"
    qtbot.keyClicks(line, "ote d")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [picker.completer().completionModel().index(r, 0).data() for r in range(picker.completer().completionCount())]
    assert shown == ["Côte d'Ivoire (CIV)"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.keyClick(funding_editor.fundings.view.focusWidget(), Qt.Key.Key_Tab)
    assert funding_editor.project.fundings[0].partner_code == "CIV"
    assert funding_editor.fundings.model.index(0, 0).data() == "Côte d'Ivoire (CIV)"


def test_a_deactivated_partner_is_not_offered_for_a_new_line(qtbot, funding_editor):
    set_partner_active("NOR", False)
    picker = open_partner_cell(qtbot, funding_editor)
    assert picker.findData("NOR") < 0 and picker.findData("LUX") >= 0
    assert picker.itemText(0) == "(none: ILO regular budget)"


def test_new_partner_from_the_funding_line_adds_it_and_puts_it_on_the_line(qtbot, funding_editor):
    picker = open_partner_cell(qtbot, funding_editor)
    new_row = picker.count() - 1
    assert picker.itemText(new_row) == "New partner…"
    picker.setCurrentIndex(new_row)
    picker.activated.emit(new_row)
    delegate = funding_editor.fundings.view.itemDelegateForColumn(0)
    qtbot.waitUntil(lambda: delegate.form is not None and delegate.form.isVisible())
    form = delegate.form
    assert isinstance(form, PartnerForm) and QApplication.activeModalWidget() is form
    qtbot.keyClicks(form.code, "HYSF")
    assert form.isVisible()
    qtbot.keyClicks(form.name, "Horizon Youth Skills Foundation")
    form.category.setCurrentIndex(form.category.findData(PartnerCategory.NON_STATE.value))
    form.non_state_kind.setCurrentIndex(1)
    form.refresh()
    assert form.problem() == "", form.problem()
    assert form.isVisible()
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert find_partner("HYSF").name == "Horizon Youth Skills Foundation"
    assert funding_editor.project.fundings[0].partner_code == "HYSF"


# ---------------------------------------------------------------- from the main window


def test_edit_funding_partners_opens_the_window_and_a_merge_reloads_the_portfolio(qtbot, window):
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    [entry] = [a for a in edit_menu.actions() if a.text() == "Funding &Partners…"]
    entry.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PartnersDialog) and w.isVisible())
    save_partner(Partner("LUXEMB", "Grand Duchy of Luxembourg", PartnerCategory.MULTI_BILATERAL))
    funded_project("SEN/40/02/LUX", "LUXEMB")
    dialog.reload("LUXEMB")
    form = dialog.merge_selected()
    form.target.setCurrentIndex(form.target.findData("LUX"))
    with qtbot.waitSignal(window.reloaded, timeout=10_000):
        form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    partners = window.portfolio.filters.partner
    assert partners.findData("LUXEMB") < 0 and partners.findData("LUX") >= 0
    dialog.close()


def type_on_partner_cell(qtbot, editor, text: str) -> PartnerPicker:
    view = editor.fundings.view
    view.setFocus()
    view.setCurrentIndex(editor.fundings.model.index(0, 0))
    qtbot.keyClicks(view, text[0])
    picker = view.findChild(PartnerPicker)
    qtbot.keyClicks(picker.lineEdit(), text[1:])
    return picker


def test_a_partner_typed_in_part_and_left_with_tab_is_the_one_it_names(qtbot, funding_editor):
    picker = type_on_partner_cell(qtbot, funding_editor, "luxem")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Tab)
    assert funding_editor.project.fundings[0].partner_code == "LUX"


def test_a_text_several_partners_share_is_refused_saying_so(qtbot, funding_editor):
    messages = []
    funding_editor.fundings.model.parse_failed.connect(messages.append)
    picker = type_on_partner_cell(qtbot, funding_editor, "united")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Tab)
    assert funding_editor.project.fundings[0].partner_code is None
    assert messages and messages[0].startswith("Row 1, Partner: 'united' is part of ")
    assert messages[0].endswith("partners' codes or names; type more of it, or choose one from the list")


def test_the_partner_table_model_keeps_qts_model_contract(qtmodeltester, db):
    from tracker.gui.partners_dialog import PartnerTableModel

    model = PartnerTableModel()
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_the_partner_list_finds_a_partner_by_part_of_its_code_name_or_country(qtbot, db):
    """Fifty reference partners: typing part of a name, without its accents, leaves the matches."""
    from tracker.gui.partners_dialog import PartnersDialog

    dialog = PartnersDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.find, "luxemb")
    shown = [dialog.model.partner_at(r).code for r in range(dialog.model.rowCount()) if not dialog.view.isRowHidden(r)]
    assert shown == ["LUX"]
    dialog.find.clear()
    assert not any(dialog.view.isRowHidden(r) for r in range(dialog.model.rowCount()))
