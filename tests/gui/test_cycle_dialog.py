"""Project-cycle actions in the editor ask their date and, where needed, a reason, warn of an
odd date, and record the stage change on the date chosen."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView

from tracker.domain import cycle
from tracker.domain.classifications import FundingModality, Region, Stage, StrategicObjective
from tracker.domain.project import Funding, Project
from tracker.gui.editor import dialogs
from tracker.gui.editor.dialogs import StageDialog
from tracker.gui.editor.window import ProjectEditor
from tracker.store.projects import load_project, save_project, stage_history

CODE = "LUX/24/01/SEN"
START, END = date(2024, 1, 1), date(2025, 12, 31)

pytestmark = pytest.mark.usefixtures("discard_on_teardown")


def a_project(**values) -> Project:
    """A project in Design (or the stage given) that every guard up to implementation lets through."""
    return Project(
        code=CODE, title="Quality apprenticeships in Senegal", region=Region.AFRICA, countries=["SN"],
        outcome=StrategicObjective.EMPLOYMENT, planned_start=START, planned_end=END, budget=Decimal("300000.00"),
        fundings=[Funding(FundingModality.REGULAR_BUDGET, Decimal("300000.00"), "USD", date(2023, 11, 1), None, CODE)],
        **values,
    )


def stored_project() -> Project:
    stored, _ = save_project(a_project())
    return stored


@pytest.fixture
def editor(qtbot, db, errors):
    stored_project()
    widget = ProjectEditor(CODE)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def answer_with(monkeypatch, qtbot, answers, seen=None):
    """Drive each StageDialog the editor opens as a user would: type the date given (and the
    reason), then press Enter, or press Escape when the answer is None."""

    queue = list(answers)

    def exec_(dialog):
        if seen is not None:
            seen.append(dialog)
        answer = queue.pop(0)
        if answer is None:
            return QDialog.DialogCode.Rejected
        typed, reason = answer if isinstance(answer, tuple) else (answer, "")
        dialog.on.selectAll()
        qtbot.keyClicks(dialog.on, typed)
        if dialog.reason is not None:
            qtbot.keyClicks(dialog.reason, reason)
        dialog.accept()
        return dialog.result() if dialog.result() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(StageDialog, "exec", exec_)
    return queue


def history(code=CODE):
    return [(h.action, h.changed_on) for h in stage_history(code)]


def test_submit_approve_and_start_are_recorded_on_the_dates_chosen(qtbot, editor, monkeypatch):
    answer_with(monkeypatch, qtbot, ["2023-10-02", "2023-11-15", "2024-01-08"])
    for code in ("submit", "approve", "start"):
        editor.cycle_actions[code].trigger()
    assert load_project(CODE).stage is Stage.IMPLEMENTATION
    assert history()[-3:] == [("submit", date(2023, 10, 2)), ("approve", date(2023, 11, 15)), ("start", date(2024, 1, 8))]
    assert "Stage: <b>Implementation</b>" in editor.header.text()


def test_the_dialog_says_what_will_happen_and_offers_today(qtbot):
    project = a_project()
    dialog = StageDialog(cycle.ACTIONS_BY_CODE["submit"], project, None, today=date(2024, 3, 5))
    qtbot.addWidget(dialog)
    assert "Submit for appraisal" in dialog.summary.text() and CODE in dialog.summary.text()
    assert "Design → Appraisal" in dialog.summary.text()
    assert dialog.on.text() == "2024-03-05"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Submit for appraisal" and ok.isDefault() and ok.isEnabled()
    assert dialog.warning.text() == ""


def test_a_start_before_the_planned_start_is_warned_about_but_allowed(qtbot):
    project = a_project(stage=Stage.APPROVED)
    dialog = StageDialog(cycle.ACTIONS_BY_CODE["start"], project, date(2023, 11, 15), today=date(2024, 3, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Start implementation"
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, "2023-12-01")
    assert dialog.warning.isVisible()
    assert dialog.warning.text() == "Implementation would start before the planned start (2024-01-01)."
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, "2024-01-08")
    assert dialog.warning.text() == ""


def test_odd_dates_far_ahead_or_before_the_last_change_are_warned_about(qtbot):
    project = a_project(stage=Stage.APPRAISAL)
    today = date(2024, 3, 5)
    dialog = StageDialog(cycle.ACTIONS_BY_CODE["approve"], project, date(2024, 2, 1), today=today)
    qtbot.addWidget(dialog)
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, (today + timedelta(days=30)).isoformat())
    assert dialog.warning.text() == "This date is 30 days in the future."
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, "2024-01-15")
    assert dialog.warning.text() == "This date is before the project's last stage change (2024-02-01)."
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, "2026-02-01")
    assert "after the planned end (2025-12-31)" in dialog.warning.text()


def test_a_date_that_is_not_one_is_refused_in_the_dialog(qtbot):
    dialog = StageDialog(cycle.ACTIONS_BY_CODE["submit"], a_project(), None)
    qtbot.addWidget(dialog)
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, "2024-02-30")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "2024-02-30" in dialog.message.text() and "the date" in dialog.message.text()


def test_suspending_asks_its_reason_in_the_same_dialog(qtbot):
    project = a_project(stage=Stage.IMPLEMENTATION)
    dialog = StageDialog(cycle.ACTIONS_BY_CODE["suspend"], project, None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.reason is not None and not ok.isEnabled()
    assert dialog.message.text() == ""  # nothing in red before anything is typed
    qtbot.keyClicks(dialog.reason, "Elections: activities paused")
    assert ok.isEnabled()
    dialog.reason.clear()
    assert not ok.isEnabled() and dialog.message.text() == "give a reason to suspend"
    qtbot.keyClicks(dialog.reason, "Elections: activities paused")
    assert dialog.result_value() == dialogs.StageAnswer(date.today(), "Elections: activities paused")


def test_a_suspension_is_recorded_with_its_date_and_reason(qtbot, editor, monkeypatch):
    answer_with(monkeypatch, qtbot, ["2023-10-02", "2023-11-15", "2024-01-08", ("2024-06-03", "Elections: activities paused")])
    for code in ("submit", "approve", "start", "suspend"):
        editor.cycle_actions[code].trigger()
    last = stage_history(CODE)[-1]
    assert (last.to_stage, last.changed_on, last.reason) == (Stage.SUSPENDED, date(2024, 6, 3), "Elections: activities paused")


def test_cancel_in_the_dialog_changes_nothing(qtbot, editor, monkeypatch):
    before = history()
    answer_with(monkeypatch, qtbot, [None])
    editor.cycle_actions["submit"].trigger()
    assert load_project(CODE).stage is Stage.DESIGN
    assert history() == before
    assert "Stage: <b>Design</b>" in editor.header.text()


def test_the_toolbar_offers_the_next_step_of_the_cycle(qtbot, editor, monkeypatch):
    assert editor.next_step.isVisible() and editor.next_step.text() == "Submit for appraisal…"
    answer_with(monkeypatch, qtbot, ["2023-10-02"])
    editor.next_step.trigger()
    assert load_project(CODE).stage is Stage.APPRAISAL
    assert editor.next_step.text() == "Approve…"
    # Returning to design is no step forward: only on the menus.
    assert editor.cycle_actions["return-to-design"].isEnabled()


def test_the_dialog_takes_a_date_from_its_calendar(qtbot):
    dialog = StageDialog(cycle.ACTIONS_BY_CODE["submit"], a_project(), None, today=date(2024, 3, 5))
    qtbot.addWidget(dialog)
    dialog.show()
    popup = dialog.on.open_calendar()
    popup.setSelectedDate(popup.selectedDate().addDays(-3))
    qtbot.keyClick(popup.findChild(QTableView), Qt.Key.Key_Return)  # the calendar's grid of days
    assert dialog.on.text() == "2024-03-02"
    assert dialog.result_value().on == date(2024, 3, 2)


def test_a_date_typed_in_the_users_own_form_is_understood(qtbot, french):
    dialog = StageDialog(cycle.ACTIONS_BY_CODE["start"], a_project(stage=Stage.APPROVED), None, today=date(2024, 3, 5))
    qtbot.addWidget(dialog)
    dialog.on.selectAll()
    qtbot.keyClicks(dialog.on, "08/01/2024")  # 8 January, as written in France
    assert dialog.result_value().on == date(2024, 1, 8)


def test_a_greyed_out_action_says_when_it_applies(qtbot, editor):
    approve = editor.cycle_actions["approve"]
    assert not approve.isEnabled() and approve.toolTip() == "Applies only from Appraisal"
    assert editor.cycle_actions["submit"].toolTip() == "Moves the project to Appraisal"


def test_the_keyboard_alone_submits_a_project_on_a_chosen_date(qtbot, editor):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    answered = []

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, StageDialog)
        qtbot.keyClicks(dialog.on, "2023-10-02")  # the date is selected: typing replaces it
        qtbot.keyClick(dialog.on, Qt.Key.Key_Return)  # the action's button is the default
        answered.append(dialog.windowTitle())

    qtbot.keyClick(editor, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    menu = editor.cycle_menu
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    QTimer.singleShot(0, answer)
    qtbot.keyClick(menu, Qt.Key.Key_S)  # &Submit for appraisal…
    assert answered == ["Submit for appraisal"]
    assert history()[-1] == ("submit", date(2023, 10, 2))
