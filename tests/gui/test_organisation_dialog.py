"""Tools > Organisation Settings…: the settings shown, changed and saved through the audited store
operation; a bad value named in one sentence with Save disabled; the dialog fits a 1024-pixel
screen in every language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tracker.domain.classifications import FundingModality
from tracker.gui.organisation_dialog import OrganisationDialog
from tracker.store import models as m
from tracker.store.organisation import load_settings


@pytest.fixture
def dialog(qtbot, db):
    dialog = OrganisationDialog()
    qtbot.addWidget(dialog)
    return dialog


def save_button(dialog: OrganisationDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_the_dialog_shows_the_stored_settings(dialog) -> None:
    assert dialog.lines["reporting_org_ref"].text() == "XM-DAC-41302"
    assert dialog.org_type.currentData() == "40"
    assert dialog.aid_type_combos[(FundingModality.EARMARKED, "aid_type")].currentData() == "C01"
    assert dialog.aid_type_combos[(FundingModality.EARMARKED, "aid_type")].currentText() == "C01 - Project-type interventions"


def test_saving_keeps_the_changes_and_the_audit_trail_records_them(qtbot, dialog) -> None:
    qtbot.keyClicks(dialog.lines["contact_person"], "Ms A. Officer")
    combo = dialog.aid_type_combos[(FundingModality.VOLUNTARY_CORE, "aid_type")]
    combo.setCurrentIndex(combo.findData("B02"))
    dialog.save()
    settings = load_settings()
    assert settings.contact_person == "Ms A. Officer"
    assert settings.aid_types_for(FundingModality.VOLUNTARY_CORE).aid_type == "B02"
    assert settings.aid_types_for(FundingModality.EARMARKED).aid_type == "C01"
    audited = {row.field for row in m.AuditEntry.select().where(m.AuditEntry.table == "organisation_setting")}
    assert {"contact_person", "aid_types.rbsa"} <= audited


def test_a_bad_value_is_named_in_one_sentence_and_save_waits_for_it(qtbot, dialog) -> None:
    line = dialog.lines["contact_email"]
    line.clear()
    qtbot.keyClicks(line, "pardev")
    assert dialog.message.text() == "'pardev' is not an e-mail address"
    assert not save_button(dialog).isEnabled()
    dialog.save()
    assert load_settings().contact_email == "pardev@ilo.org"  # nothing saved
    qtbot.keyClicks(line, "@ilo.org")
    assert dialog.message.text() == ""
    assert save_button(dialog).isEnabled()


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_dialog_fits_a_1024_pixel_screen(qtbot, db, in_language, language) -> None:
    in_language(language)
    dialog = OrganisationDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sizeHint().width() <= 1024 and dialog.sizeHint().height() <= 700


def test_the_tools_menu_opens_the_dialog(window, monkeypatch) -> None:
    from tracker.gui import organisation_dialog

    opened = []
    monkeypatch.setattr(organisation_dialog, "open_settings", lambda parent: opened.append(parent))
    window.organisation_action.trigger()
    assert opened == [window]
    assert window.organisation_action in window.tools_menu.actions()


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_no_two_labels_of_a_page_share_an_alt_letter(qtbot, db, in_language, language) -> None:
    from PySide6.QtWidgets import QLabel

    in_language(language)
    dialog = OrganisationDialog()
    qtbot.addWidget(dialog)
    for index in (0, 1):  # the pages of labelled fields (the aid types are a grid of lists)
        page = dialog.tabs.widget(index)
        letters = [_mnemonic(label.text()) for label in page.findChildren(QLabel) if label.buddy() is not None]
        found = [letter for letter in letters if letter]
        assert found and len(found) == len(set(found)), f"{dialog.tabs.tabText(index)}: {letters}"
