"""The donor report's certification from the Reports dialog: "Prepared by" and "Approved by" are
asked for a donor report only, remembered for the next report, and reach the report itself."""

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel

from tracker import reports
from tracker.gui import reports_menu
from tracker.gui.reports_dialog import ReportDialog, ReportRequest
from tracker.gui.settings import Settings
from tracker.gui.workers import Progress


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def make_dialog(qtbot, settings, folder, kind="donor") -> ReportDialog:
    dialog = ReportDialog(kind, folder=folder, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_names_are_asked_for_a_donor_report_only_and_remembered(qtbot, portfolio, settings, tmp_path):
    dialog = make_dialog(qtbot, settings, tmp_path)
    assert dialog.prepared_by.isVisible() and dialog.approved_by.isVisible()
    assert dialog.prepared_by.text() == "" and dialog.approved_by.text() == ""
    # Typed from the keyboard: Alt+D and Alt+V go to the two fields.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.prepared_by, timeout=2000)
    qtbot.keyClicks(dialog.prepared_by, "M. Sarr, Programme Officer")
    qtbot.keyClick(dialog.prepared_by, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.approved_by  # the next field down the form
    qtbot.keyClicks(dialog.approved_by, "K. Mensah, Director, Country Office")
    request = dialog.request()
    assert (request.prepared_by, request.approved_by) == ("M. Sarr, Programme Officer", "K. Mensah, Director, Country Office")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    again = make_dialog(qtbot, settings, tmp_path)
    assert again.prepared_by.text() == "M. Sarr, Programme Officer"
    assert again.approved_by.text() == "K. Mensah, Director, Country Office"
    again.kind.setCurrentIndex(again.kind.findData("portfolio"))
    assert not again.prepared_by.isVisible() and not again.approved_by.isVisible()
    assert again.request().prepared_by == ""  # other reports have no certification block


def test_the_export_passes_the_names_to_the_donor_report(monkeypatch, tmp_path):
    called = {}
    monkeypatch.setattr(reports, "write_donor_report", lambda path, partner, year_from, year_to, **options: called.update(options) or path)
    request = ReportRequest("donor", tmp_path / "lux.xlsx", partner="LUX", year_from=2018, year_to=2025, as_of=dt.date(2025, 12, 31),
                            prepared_by="M. Sarr", approved_by="K. Mensah")
    reports_menu.write(request, Progress())
    assert (called["prepared_by"], called["approved_by"]) == ("M. Sarr", "K. Mensah")


def test_the_donor_report_written_from_the_app_carries_the_names(demo_db, tmp_path):
    request = ReportRequest("donor", tmp_path / "lux.xlsx", partner="LUX", year_from=2018, year_to=2025, as_of=dt.date(2025, 12, 31),
                            language="en", prepared_by="M. Sarr, Programme Officer", approved_by="K. Mensah, Director")
    path = reports_menu.write(request, Progress())
    workbook = openpyxl.load_workbook(path, read_only=True)
    text = " ".join(str(c) for sheet in workbook for row in sheet.iter_rows(values_only=True) for c in row if c)
    assert "M. Sarr, Programme Officer" in text and "K. Mensah, Director" in text


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_each_field_of_the_donor_dialog_has_a_letter_of_its_own(qtbot, portfolio, settings, tmp_path, in_language, language):
    in_language(language)
    dialog = make_dialog(qtbot, settings, tmp_path)
    letters = []
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
        if widget.isVisible() and (not isinstance(widget, QLabel) or widget.buddy() is not None):
            text = widget.text().replace("&&", "")
            if "&" in text:
                letters.append(text[text.find("&") + 1].lower())
    assert len(letters) == len(set(letters)), sorted(letters)
    assert "&" in dialog.form.labelForField(dialog.prepared_by).text() and "&" in dialog.form.labelForField(dialog.approved_by).text()
