"""Reports from the desktop app: the dialog, the export off the UI thread, cancel and errors."""

import datetime as dt

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
    asked = Asked()

    def ask_open(parent, path, checks=()):
        asked.append(path)
        asked.checks.extend(checks)

    monkeypatch.setattr(reports_menu, "ask_open", ask_open)
    return asked


class Asked(list):
    """The paths asked about, and the checks listed with them."""

    def __init__(self) -> None:
        super().__init__()
        self.checks: list = []


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


def test_a_donor_report_names_what_to_look_at_before_sending_it(qtbot, demo_window, monkeypatch, opened, tmp_path):
    target = tmp_path / "luxembourg.xlsx"
    answer_dialog(monkeypatch, ReportRequest("donor", target, partner="LUX", year_from=2018, year_to=2025))
    demo_window.report_actions["donor"].trigger()
    qtbot.waitUntil(lambda: opened == [target], timeout=30_000)
    # Luxembourg's funding of GLO/22/01/LUX exceeds its budget in US$ (its rates): said to the
    # officer, never printed in the report the partner receives.
    assert [check.project for check in opened.checks] == ["GLO/22/01/LUX"]
    texts = [c for sheet in openpyxl.load_workbook(target, read_only=True) for row in sheet.iter_rows(values_only=True) for c in row
             if isinstance(c, str)]
    assert not any("exceeds the project's budget" in text or "dépasse" in text for text in texts)


def test_the_message_lists_the_checks(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from tracker.reports.checks import Check

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.informativeText(), box.detailedText())) or 0)
    reports_menu.ask_open(None, tmp_path / "r.xlsx", [Check("AAA/1", "Funding above budget", "The funding exceeds the budget.")])
    [(informative, detailed)] = shown
    assert "Before sending it" in informative and detailed == "AAA/1: The funding exceeds the budget."

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