"""A funding partner's reporting language in the Funding Partners window: the partner form offers
it (English for a new partner, the stored one when editing), saves it through the store's one
write path (audited), and the table names it in the user's language; the form in French and
Spanish, each label with a mnemonic of its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFormLayout, QLabel

from tracker.domain.classifications import PartnerCategory
from tracker.domain.project import Partner
from tracker.gui.partners_dialog import COLUMNS, PartnerForm, PartnersDialog
from tracker.store import models as m
from tracker.store.database import current_user
from tracker.store.partners import find_partner, find_partner_by_code, save_partner

LANGUAGE = COLUMNS.index("language")


def _audit(uuid: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.action, e.field, e.old, e.new) for e in m.AuditEntry.select()
            .where((m.AuditEntry.table == "partner") & (m.AuditEntry.record_uuid == uuid)).order_by(m.AuditEntry.id)]


@pytest.fixture
def partners_window(qtbot, db):
    dialog = PartnersDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _labels(form: PartnerForm) -> dict[str, str]:
    """The form's labels by the field's attribute name, each label's buddy checked."""
    labels = {}
    for name in ("code", "name", "category", "non_state_kind", "country", "reporting_language"):
        widget = getattr(form, name)
        label = form.form.labelForField(widget)
        assert isinstance(label, QLabel) and label.buddy() is widget
        labels[name] = label.text()
    return labels


def _mnemonics(texts: list[str]) -> list[str]:
    return [text[text.index("&") + 1].lower() for text in texts if "&" in text]


def test_a_new_partner_reports_in_english_unless_the_form_says_otherwise(qtbot, partners_window):
    form = partners_window.add_partner()
    assert form.reporting_language.currentData() == "en"
    assert [form.reporting_language.itemText(i) for i in range(form.reporting_language.count())] == ["English", "Français", "Español"]
    qtbot.keyClicks(form.code, "ACME")
    qtbot.keyClicks(form.name, "Acme Foundation")
    form.reporting_language.setFocus()
    qtbot.keyClicks(form.reporting_language, "Fr")  # keyboard search in the list
    assert form.reporting_language.currentData() == "fr"
    qtbot.keyClick(form.reporting_language, Qt.Key.Key_Return)
    assert not form.isVisible()  # saved and closed
    stored = find_partner("ACME")
    assert stored.reporting_language == "fr"
    [(action, _, _, new)] = _audit(stored.uuid)
    assert action == "insert" and "reporting_language=fr" in (new or "").split("; ")
    row = partners_window.model.row_of("ACME")
    assert partners_window.model.index(row, LANGUAGE).data() == "French"


def test_editing_a_partner_changes_its_language_through_the_audited_write_path(qtbot, partners_window):
    save_partner(Partner("TESTFUND", "Test Funding Partner", PartnerCategory.MULTI_BILATERAL, reporting_language="fr"))
    partners_window.reload("TESTFUND")
    form = partners_window.edit_selected()
    assert form is not None and form.reporting_language.currentData() == "fr"  # the stored language
    form.reporting_language.setCurrentIndex(form.reporting_language.findData("es"))
    form.reporting_language.activated.emit(form.reporting_language.currentIndex())
    assert form.problem() == ""
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    stored = find_partner_by_code("TESTFUND")
    assert stored.reporting_language == "es"
    assert _audit(stored.uuid)[1:] == [("update", "reporting_language", "fr", "es")]
    who = m.AuditEntry.select().where(m.AuditEntry.field == "reporting_language").order_by(m.AuditEntry.id.desc()).first().who
    assert who == current_user()
    assert partners_window.model.index(partners_window.model.row_of("TESTFUND"), LANGUAGE).data() == "Spanish"


def test_editing_another_field_keeps_the_partners_language(qtbot, partners_window):
    partners_window.reload("LUX")  # a reference partner reporting in French
    form = partners_window.edit_selected()
    assert form is not None and form.reporting_language.currentData() == "fr"
    form.name.selectAll()
    qtbot.keyClicks(form.name, "Grand Duchy of Luxembourg")
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    stored = find_partner_by_code("LUX")
    assert (stored.name, stored.reporting_language) == ("Grand Duchy of Luxembourg", "fr")
    assert [entry[1] for entry in _audit(stored.uuid) if entry[0] == "update"] == ["name"]


def test_the_language_has_a_mnemonic_of_its_own_and_is_reached_with_it(qtbot, partners_window):
    form = partners_window.add_partner()
    labels = _labels(form)
    assert labels["reporting_language"] == "&Reporting language:"
    keys = _mnemonics(list(labels.values()))
    assert len(keys) == len(set(keys)) == len(labels)
    form.activateWindow()  # shortcuts go to the active window (offscreen activates none by itself)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    qtbot.keyClick(form.code, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.reporting_language
    form.reject()


EXPECTED = {
    "fr": {"label": "&Langue des rapports :", "heading": "Langue", "names": {"en": "anglais", "fr": "français", "es": "espagnol"},
           "tip": "La langue dans laquelle sont rédigés les rapports destinés à ce partenaire"},
    "es": {"label": "&Idioma de los informes:", "heading": "Idioma", "names": {"en": "inglés", "fr": "francés", "es": "español"},
           "tip": "El idioma en que se redactan los informes destinados a este socio"},
}


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_the_form_and_the_table_in_french_and_spanish(qtbot, db, in_language, language):
    in_language(language)
    expected = EXPECTED[language]
    dialog = PartnersDialog(None)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.headerData(LANGUAGE, Qt.Orientation.Horizontal) == expected["heading"]
    shown = {code: model.index(model.row_of(partner), LANGUAGE).data() for code, partner in (("en", "USA"), ("fr", "FRA"), ("es", "ESP"))}
    assert shown == expected["names"]
    # Every column whole beside the names, no sideways scrolling, its heading not cut (the test
    # screen is narrower than 1366 pixels); long names and categories are whole on hover.
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.view.horizontalHeader()
    assert header.length() <= dialog.view.viewport().width()
    for column in range(len(COLUMNS)):
        if COLUMNS[column] != "name":
            assert header.sectionSize(column) >= header.sectionSizeHint(column), COLUMNS[column]
    row = model.row_of("AGFUND")
    assert model.index(row, COLUMNS.index("category")).data(Qt.ItemDataRole.ToolTipRole) == model.index(row, COLUMNS.index("category")).data()
    dialog.reload("FRA")
    form = dialog.edit_selected()
    assert form is not None
    labels = _labels(form)
    assert labels["reporting_language"] == expected["label"]
    assert form.reporting_language.toolTip() == expected["tip"]
    # The languages are each named in itself, whatever the user's: whoever reads one finds it.
    assert [form.reporting_language.itemText(i) for i in range(form.reporting_language.count())] == ["English", "Français", "Español"]
    assert form.reporting_language.currentText() == "Français"
    keys = _mnemonics(list(labels.values()))
    assert len(keys) == len(set(keys)) == len(labels)
    assert isinstance(form.layout().itemAt(0).layout(), QFormLayout)
    form.reject()
