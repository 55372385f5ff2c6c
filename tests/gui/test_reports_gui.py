"""Reports from the desktop app: the dialog, the export off the UI thread, cancel and errors."""

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from tracker.gui import reports_menu, workers
from tracker.gui.reports_dialog import ReportDialog, ReportRequest


@pytest.fixture
def demo_window(demo_db, make_window):
    return make_window()


@pytest.fixture
def opened(monkeypatch):
    """What the 'report written' question was asked about (answered: open nothing)."""
    asked: list[Path] = []
    monkeypatch.setattr(reports_menu, "ask_open", lambda parent, path: asked.append(path) or None)
    return asked


def answer_dialog(monkeypatch, request: ReportRequest) -> None:
    monkeypatch.setattr(ReportDialog, "ask", classmethod(lambda cls, parent, kind="donor", folder=None: request))


def test_the_dialog_checks_period_and_file_before_exporting(qtbot, demo_db, tmp_path):
    dialog = ReportDialog("donor", folder=tmp_path)
    qtbot.addWidget(dialog)
    export = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.partner.count() > 0 and dialog.partner.isVisibleTo(dialog)
    assert dialog.path.text().startswith(str(tmp_path)) and dialog.path.text().endswith(".xlsx")
    assert export.isEnabled()
    dialog.year_from.setValue(2010)
    dialog.year_to.setValue(2005)
    assert not export.isEnabled() and dialog.message.text() == "the first year is after the last year"
    dialog.year_to.setValue(2012)
    dialog.path.setText(str(tmp_path / "report.pdf"))
    assert "extension .xlsx" in dialog.message.text()
    dialog.path.clear()  # no name of the user's own: the dialog suggests one again
    dialog.kind.setCurrentIndex(dialog.kind.findData("evaluations"))
    assert not dialog.partner.isVisibleTo(dialog) and dialog.as_of.isVisibleTo(dialog)
    assert dialog.path.text().endswith(f"Evaluation compliance {dt.date.today().isoformat()}.xlsx")
    dialog.as_of.setText("2026-02-30")
    assert "is not a day of the calendar" in dialog.message.text()


def test_a_donor_report_is_written_off_the_ui_thread_and_offered_to_open(qtbot, demo_window, monkeypatch, opened, tmp_path):
    target = tmp_path / "luxembourg.xlsx"
    answer_dialog(monkeypatch, ReportRequest("donor", target, partner="LUX", year_from=2018, year_to=2023, as_of=dt.date(2026, 11, 25)))
    demo_window.report_actions["donor"].trigger()
    qtbot.waitUntil(lambda: opened == [target], timeout=30_000)
    workbook = openpyxl.load_workbook(target, read_only=True)
    assert len(workbook.sheetnames) >= 4
    text = " ".join(str(c) for sheet in workbook for row in sheet.iter_rows(max_row=15, values_only=True) for c in row if c)
    assert "Luxembourg" in text
    assert "Report written" in demo_window.statusBar().currentMessage()


def test_cancelling_the_export_leaves_no_file(qtbot, demo_window, monkeypatch, opened, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "compliance.xlsx"
    answer_dialog(monkeypatch, ReportRequest("evaluations", target, as_of=dt.date(2026, 11, 25)))
    # The user presses Cancel as soon as the dialog appears: the report sees it at its first check.
    monkeypatch.setattr(workers.Progress, "cancelled", property(lambda self: True))
    demo_window.report_actions["evaluations"].trigger()
    qtbot.waitUntil(lambda: "cancelled" in demo_window.statusBar().currentMessage(), timeout=30_000)
    assert not target.exists() and list(folder.iterdir()) == []
    assert opened == []


def test_a_period_with_nothing_recorded_gives_a_nil_report_offered_to_open(qtbot, demo_window, monkeypatch, opened, shown_errors, tmp_path):
    import openpyxl

    target = tmp_path / "empty.xlsx"
    answer_dialog(monkeypatch, ReportRequest("portfolio", target, year_from=1950, year_to=1951))
    demo_window.report_actions["portfolio"].trigger()
    qtbot.waitUntil(lambda: opened == [target], timeout=30_000)
    assert shown_errors == []
    texts = [c.value for row in openpyxl.load_workbook(target).worksheets[0].iter_rows() for c in row if isinstance(c.value, str)]
    assert any("1950-1951" in text for text in texts)