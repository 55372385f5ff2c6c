"""The donor report's exchange gain or loss from the Reports dialog: a check box for donor reports
only, ticked again for the partners that asked for it last time, and passed to the report."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

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


def test_the_period_end_rate_is_asked_for_a_donor_report_and_remembered_for_its_partner(qtbot, portfolio, settings, tmp_path):
    dialog = make_dialog(qtbot, settings, tmp_path)
    assert dialog.partner.count() > 1
    first = dialog.partner.currentData()
    assert dialog.period_end_rate.isVisible() and not dialog.period_end_rate.isChecked()
    assert dialog.request().period_end_rate is False
    qtbot.mouseClick(dialog.period_end_rate, Qt.MouseButton.LeftButton)
    assert dialog.request().period_end_rate is True
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    again = make_dialog(qtbot, settings, tmp_path)
    assert again.partner.currentData() == first and again.period_end_rate.isChecked()  # the same partner: ticked again
    again.partner.setCurrentIndex(1)
    assert not again.period_end_rate.isChecked()  # another partner did not ask for it
    again.partner.setCurrentIndex(0)
    assert again.period_end_rate.isChecked()
    again.kind.setCurrentIndex(again.kind.findData("portfolio"))
    assert not again.period_end_rate.isVisible() and again.request().period_end_rate is False


def test_unticked_for_a_partner_it_is_forgotten(qtbot, portfolio, settings, tmp_path):
    dialog = make_dialog(qtbot, settings, tmp_path)
    dialog.period_end_rate.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    again = make_dialog(qtbot, settings, tmp_path)
    again.period_end_rate.setChecked(False)
    again.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not make_dialog(qtbot, settings, tmp_path).period_end_rate.isChecked()


def test_the_export_passes_the_choice_to_the_report(monkeypatch, tmp_path):
    called = {}
    monkeypatch.setattr(reports, "write_donor_report", lambda path, partner, year_from, year_to, **options: called.update(options) or path)
    request = ReportRequest("donor", tmp_path / "lux.xlsx", partner="LUX", year_from=2018, year_to=2025, as_of=dt.date(2025, 12, 31),
                            period_end_rate=True)
    reports_menu.write(request, Progress())
    assert called["period_end_rate"] is True
