"""The Reports dialog names the file after what was chosen, and asks before replacing one."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from tracker.gui import reports_dialog
from tracker.gui.reports_dialog import ReportDialog, safe_file_name, suggested_file_name

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def dialog(qtbot, demo_db, tmp_path):
    dialog = ReportDialog("donor", folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.year_from.setValue(2024)
    dialog.year_to.setValue(2025)
    return dialog


@pytest.fixture
def asked(monkeypatch):
    """The replace questions asked, answered with the answers the test puts in `answers`."""
    questions: list[Path] = []
    answers: list[bool] = []
    monkeypatch.setattr(reports_dialog, "ask_replace", lambda parent, path: questions.append(path) or answers.pop(0))
    return questions, answers


def choose_partner(dialog: ReportDialog, code: str) -> None:
    dialog.partner.setCurrentIndex(dialog.partner.findData(code))


def file_name(dialog: ReportDialog) -> str:
    return Path(dialog.path.text()).name


def test_the_donor_report_is_named_after_its_partner_and_period(dialog, tmp_path):
    codes = [dialog.partner.itemData(i) for i in range(dialog.partner.count())]
    first, second = codes[0], codes[1]
    choose_partner(dialog, first)
    assert file_name(dialog) == safe_file_name(f"Donor report {first} 2024-2025") + ".xlsx"
    choose_partner(dialog, second)  # another partner: the name follows
    assert file_name(dialog) == safe_file_name(f"Donor report {second} 2024-2025") + ".xlsx"
    dialog.year_from.setValue(2025)
    assert file_name(dialog) == safe_file_name(f"Donor report {second} 2025") + ".xlsx"
    assert Path(dialog.path.text()).parent == tmp_path


def test_a_name_of_the_users_own_stays_when_the_partner_changes(dialog, qtbot, tmp_path):
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(tmp_path / "for the board.xlsx"))
    choose_partner(dialog, dialog.partner.itemData(dialog.partner.count() - 1))
    dialog.kind.setCurrentIndex(dialog.kind.findData("portfolio"))
    assert file_name(dialog) == "for the board.xlsx"


def test_the_other_reports_are_named_after_their_period_or_date(dialog):
    dialog.kind.setCurrentIndex(dialog.kind.findData("portfolio"))
    assert file_name(dialog) == "Portfolio statistics 2024-2025.xlsx"
    dialog.kind.setCurrentIndex(dialog.kind.findData("evaluations"))
    dialog.as_of.setText("2026-03-31")
    assert file_name(dialog) == "Evaluation compliance 2026-03-31.xlsx"
    dialog.as_of.setText("2026-03-")  # half typed: the name does not take the fragment
    assert file_name(dialog) == f"Evaluation compliance {dt.date.today().isoformat()}.xlsx"


def test_names_are_safe_for_every_file_system():
    assert suggested_file_name("donor", "EU/DG:INTPA", 2024, 2025) == "Donor report EU-DG-INTPA 2024-2025.xlsx"
    assert safe_file_name('a<b>c"d|e?f*g\\h. ') == "a-b-c-d-e-f-g-h"


def test_an_existing_file_is_replaced_only_after_a_yes(dialog, asked, tmp_path):
    questions, answers = asked
    target = Path(dialog.path.text())
    target.write_bytes(b"last year's report")
    answers.append(False)
    dialog.accept()
    assert questions == [target] and dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible() is False
    assert target.read_bytes() == b"last year's report"
    answers.append(True)
    dialog.accept()
    assert questions == [target, target] and dialog.result() == QDialog.DialogCode.Accepted


def test_a_new_file_is_not_asked_about(dialog, asked):
    questions, _answers = asked
    dialog.accept()
    assert questions == [] and dialog.result() == QDialog.DialogCode.Accepted


def test_the_replace_question_defaults_to_no(dialog, qtbot, monkeypatch, tmp_path):
    seen = {}

    def question(parent, title, text, buttons, default):
        seen.update(title=title, text=text, default=default)
        return default

    monkeypatch.setattr(reports_dialog.QMessageBox, "question", question)
    target = tmp_path / "old.xlsx"
    target.write_bytes(b"x")
    assert reports_dialog.ask_replace(dialog, target) is False
    assert seen["default"] == reports_dialog.QMessageBox.StandardButton.No
    assert "old.xlsx already exists" in seen["text"]


def test_a_file_that_cannot_be_written_is_one_sentence_and_no_question(dialog, asked, monkeypatch, tmp_path):
    questions, _answers = asked
    warnings: list[str] = []
    monkeypatch.setattr(reports_dialog, "show_not_writable", lambda parent, problem: warnings.append(problem))
    target = Path(dialog.path.text())
    target.write_bytes(b"x")

    def locked(path, mode="r"):  # as Windows answers for a workbook open in Excel
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(reports_dialog, "open", locked, raising=False)
    dialog.accept()
    assert questions == [] and dialog.result() != QDialog.DialogCode.Accepted
    assert warnings == [f"{target.name} cannot be replaced: it is read-only or open in another program "
                        "(close it there, or choose another name)."]
    dialog.path.setText(str(tmp_path / "no such folder" / "report.xlsx"))
    dialog.accept()
    assert warnings[-1] == f"The folder {tmp_path / 'no such folder'} does not exist: choose another folder."


def test_a_message_appearing_does_not_move_the_export_button(dialog, qtbot):
    dialog.show()
    qtbot.waitExposed(dialog)
    export = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    before = export.mapTo(dialog, export.rect().topLeft())
    assert not dialog.message.text() and dialog.message.height() >= 2 * dialog.message.fontMetrics().lineSpacing()
    dialog.year_from.setValue(2030)  # after the last year: a message appears
    assert dialog.message.text()
    qtbot.wait(10)
    assert export.mapTo(dialog, export.rect().topLeft()) == before
