"""The project editor, driven as an officer would: typing, choosing, undoing, saving, acting."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from tests.gui.editor_helpers import type_into
from tests.partner_helpers import ensure_partner
from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    Independence,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
)
from tracker.domain.errors import TransitionRefused, ValidationError
from tracker.domain.project import Partner
from tracker.gui.editor import dialogs, window
from tracker.gui.editor.dialogs import Completion
from tracker.gui.editor.window import ProjectEditor
from tracker.gui.errors import error_text
from tracker.store import models as m
from tracker.store.projects import load_project

# Closing an editor with unsaved changes asks; at the end of each test the answer is discard.
pytestmark = pytest.mark.usefixtures("discard_on_teardown")


@pytest.fixture
def editor(qtbot, db):
    widget = ProjectEditor(None)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(combo, value):
    """Pick an entry the way a user's click does: the combo emits `activated`."""
    position = combo.findData(value)
    combo.setCurrentIndex(position)
    combo.activated.emit(position)


def fill_new_project(qtbot, editor, end="2025-12-31", budget="400,000"):
    type_into(qtbot, editor, "code", "SEN/24/01/LUX")
    type_into(qtbot, editor, "title", "Quality apprenticeships in Senegal")
    choose(editor.form.region, Region.AFRICA)
    choose(editor.form.outcome, StrategicObjective.EMPLOYMENT)
    type_into(qtbot, editor, "countries", "Senegal, BF")
    type_into(qtbot, editor, "planned_start", "2024-01-01")
    type_into(qtbot, editor, "planned_end", end)
    type_into(qtbot, editor, "budget", budget)


def test_creating_a_project_by_typing_and_saving_it(qtbot, editor, errors):
    saved = []
    editor.saved.connect(saved.append)
    fill_new_project(qtbot, editor)
    assert editor.form.country_names.text() == "Senegal; Burkina Faso"
    assert editor.form.budget_usd.text() == "US$400,000.00"
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert errors == []
    assert saved == ["SEN/24/01/LUX"]
    stored = load_project("SEN/24/01/LUX")
    assert (stored.region, stored.countries, stored.budget) == (Region.AFRICA, ["SN", "BF"], Decimal("400000.00"))
    assert [(e.kind, e.independence_required) for e in stored.evaluations] == [
        (EvaluationKind.MID_TERM, False),
        (EvaluationKind.FINAL, True),
    ]
    assert not editor.isWindowModified()


def test_the_plan_follows_the_end_date_across_the_18_and_30_month_boundaries(qtbot, editor):
    fill_new_project(qtbot, editor, end="2025-06-29", budget="100000")
    assert editor.panel.band.text().startswith("17.97 months is under 18 months")
    assert [e.kind for e in editor.panel.model.evaluations] == [EvaluationKind.FINAL]
    type_into(qtbot, editor, "planned_end", "2025-06-30")
    assert editor.panel.band.text().startswith("18.00 months is within 18-30 months")
    assert [e.kind for e in editor.panel.model.evaluations] == [EvaluationKind.MID_TERM, EvaluationKind.FINAL]
    type_into(qtbot, editor, "planned_end", "2026-06-30")
    assert editor.panel.band.text().startswith("30.00 months is within 18-30 months")
    type_into(qtbot, editor, "planned_end", "2026-07-01")
    assert editor.panel.band.text().startswith("30.03 months is over 30 months")
    assert [e.kind for e in editor.panel.model.evaluations] == [
        EvaluationKind.ANNUAL_REVIEW, EvaluationKind.ANNUAL_REVIEW, EvaluationKind.FINAL,
    ]
    assert "Mid-term evaluation added" not in editor.panel.changes.text()  # it no longer applies


def test_the_independence_line_follows_the_budget_threshold(qtbot, editor):
    fill_new_project(qtbot, editor, budget="350,000")
    assert "is not over US$350,000.00" in editor.panel.independence.text()
    type_into(qtbot, editor, "budget", "350,000.01")
    assert "is over US$350,000.00" in editor.panel.independence.text()
    final = [e for e in editor.panel.model.evaluations if e.kind is EvaluationKind.FINAL][0]
    assert final.independence_required


def test_agreeing_a_mid_term_review_adds_it_to_a_long_project(qtbot, editor):
    fill_new_project(qtbot, editor, end="2026-12-31", budget="100000")
    assert EvaluationKind.MID_TERM_REVIEW not in [e.kind for e in editor.panel.model.evaluations]
    qtbot.mouseClick(editor.panel.midterm_review, Qt.MouseButton.LeftButton)
    assert EvaluationKind.MID_TERM_REVIEW in [e.kind for e in editor.panel.model.evaluations]


def test_an_invalid_date_is_explained_next_to_the_field_and_save_is_refused(qtbot, editor, errors):
    fill_new_project(qtbot, editor)
    type_into(qtbot, editor, "planned_start", "2024-13-01")
    message = editor.form.messages["planned_start"]
    assert message.text() == "planned start '2024-13-01' is not a day of the calendar: there is no month 13 (months are 01-12)"
    editor.save()
    assert len(errors) == 1 and isinstance(errors[0], ValidationError)
    summary, details = error_text(errors[0])
    assert "Planned start" in details or "planned start: " in details  # the label, never "planned_start"
    assert "planned_start" not in details
    assert m.Project.select().count() == 0
    type_into(qtbot, editor, "planned_start", "2024-01-01")
    assert message.text() == ""


def test_end_before_start_and_unknown_country_are_explained(qtbot, editor):
    fill_new_project(qtbot, editor, end="2023-12-31")
    assert editor.form.messages["planned_end"].text() == "the planned end is before the planned start"
    type_into(qtbot, editor, "countries", "SN, Atlantis")
    assert editor.form.messages["countries"].text() == "'Atlantis' is not a known country name or ISO 3166 code"


def test_undo_and_redo_an_edit_with_the_standard_shortcuts(qtbot, editor):
    type_into(qtbot, editor, "title", "First title")
    type_into(qtbot, editor, "office", "CO-Dakar")
    office = editor.form.lines["office"]
    # The keys go to the field being typed in: the editor's undo must win over the field's own.
    qtbot.keyClick(office, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert office.text() == "" and editor.project.office == ""
    assert editor.form.lines["title"].text() == "First title"
    qtbot.keyClick(office, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert office.text() == "CO-Dakar" and editor.project.office == "CO-Dakar"
    qtbot.keyClick(office, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(office, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert office.text() == "CO-Dakar"


def test_typing_a_word_is_one_undo_step(qtbot, editor):
    type_into(qtbot, editor, "title", "Decent work")
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert editor.form.lines["title"].text() == ""


def test_closing_with_unsaved_changes_asks_first(qtbot, editor, monkeypatch):
    type_into(qtbot, editor, "title", "Not saved yet")
    answers = iter(["cancel", "discard"])
    asked = []
    monkeypatch.setattr(window, "ask_unsaved", lambda parent, title: asked.append(title) or next(answers))
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # keep it to look at afterwards
    editor.close()
    assert editor.isVisible() and asked == ["the new project"]
    editor.close()
    assert not editor.isVisible()


@pytest.fixture
def saved_editor(qtbot, db, errors):
    ensure_partner(Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL))
    editor = ProjectEditor(None)
    qtbot.addWidget(editor)
    editor.show()
    fill_new_project(qtbot, editor)
    editor.fundings.add_button.click()
    model = editor.fundings.model
    model.setData(model.index(0, 0), "LUX")
    model.setData(model.index(0, 2), "400000")
    assert editor.save(), errors
    return editor


def test_funding_lines_are_entered_in_the_table(saved_editor):
    stored = load_project("SEN/24/01/LUX")
    assert [(f.partner_code, f.amount) for f in stored.fundings] == [("LUX", Decimal("400000.00"))]


def answer_stage_dialogs(monkeypatch, reason=""):
    """Every project-cycle action's dialog answered with today's date (and `reason`)."""
    monkeypatch.setattr(dialogs.StageDialog, "ask", classmethod(lambda cls, parent, action, project, last: dialogs.StageAnswer(date.today(), reason)))


def test_moving_a_project_through_its_cycle_and_a_refusal_naming_the_guard(qtbot, saved_editor, errors, monkeypatch):
    editor = saved_editor
    answer_stage_dialogs(monkeypatch)
    editor.cycle_actions["submit"].trigger()
    editor.cycle_actions["approve"].trigger()
    editor.cycle_actions["start"].trigger()
    assert load_project("SEN/24/01/LUX").stage is Stage.IMPLEMENTATION
    assert "Stage: <b>Implementation</b>" in editor.header.text()
    assert not editor.cycle_actions["approve"].isEnabled()
    editor.cycle_actions["begin-closing"].trigger()
    editor.cycle_actions["close"].trigger()
    assert len(errors) == 1 and isinstance(errors[0], TransitionRefused)
    assert "record the actual end date before closing" in errors[0].reasons
    assert load_project("SEN/24/01/LUX").stage is Stage.EVALUATION_AND_CLOSING


def test_suspending_asks_for_a_reason(qtbot, saved_editor, monkeypatch):
    editor = saved_editor
    answer_stage_dialogs(monkeypatch)
    for code in ("submit", "approve", "start"):
        editor.cycle_actions[code].trigger()
    answer_stage_dialogs(monkeypatch, "Elections: activities paused")
    editor.cycle_actions["suspend"].trigger()
    assert load_project("SEN/24/01/LUX").stage is Stage.SUSPENDED
    assert m.StageChange.select().order_by(m.StageChange.id.desc()).first().reason == "Elections: activities paused"


def test_recording_a_completed_evaluation_from_the_plan(qtbot, saved_editor, monkeypatch):
    editor = saved_editor
    monkeypatch.setattr(
        dialogs.CompletionDialog,
        "ask",
        classmethod(lambda cls, parent, title, independence, required: Completion(
            date(2024, 12, 20), "Regional M&E officer", Independence.SELF, {}, "On track")),
    )
    editor.panel.view.selectRow(0)  # the mid-term evaluation
    editor.panel.complete_button.click()
    assert editor.panel.model.evaluations[0].status is EvaluationStatus.COMPLETED
    assert editor.isWindowModified()
    editor.save()
    mid_term = load_project("SEN/24/01/LUX").evaluations[0]
    assert (mid_term.kind, mid_term.status, mid_term.evaluator) == (EvaluationKind.MID_TERM, EvaluationStatus.COMPLETED, "Regional M&E officer")


def test_the_completion_dialog_insists_on_an_independent_evaluator_when_required(qtbot):
    dialog = dialogs.CompletionDialog("Final evaluation", Independence.SELF, True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.message.text() == "name who carried out the evaluation"
    qtbot.keyClicks(dialog.evaluator, "Jane Evaluator")
    assert not ok.isEnabled() and "must be independent" in dialog.message.text()
    dialog.independence.setCurrentIndex(dialog.independence.findData(Independence.EXTERNAL))
    assert ok.isEnabled()


def test_waiving_needs_a_reason(qtbot):
    dialog = dialogs.WaiverDialog("Mid-term evaluation")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "Merged with the donor's review")
    assert ok.isEnabled()


def test_an_extension_replans_and_is_undoable(qtbot, saved_editor, monkeypatch):
    from tracker.domain.project import BudgetRevision

    editor = saved_editor
    monkeypatch.setattr(
        dialogs.RevisionDialog, "ask",
        classmethod(lambda cls, parent, project: BudgetRevision(date(2024, 6, 1), "No-cost extension", new_end=date(2026, 12, 31))),
    )
    editor.revisions.add_button.click()
    assert editor.form.lines["planned_end"].text() == "2026-12-31"
    assert editor.panel.band.text().startswith("36.00 months is over 30 months")
    assert "Mid-term evaluation no longer required" in editor.panel.changes.text()
    editor.undo_stack.undo()
    assert editor.form.lines["planned_end"].text() == "2025-12-31" and editor.project.revisions == []


def test_a_stale_edit_is_refused_with_a_message(qtbot, saved_editor, errors):
    from tracker.store.projects import save_project

    other = load_project("SEN/24/01/LUX")
    other.officer = "Someone else"
    save_project(other)
    type_into(qtbot, saved_editor, "officer", "Me")
    assert not saved_editor.save()
    assert "changed by someone else" in str(errors[-1])
    assert load_project("SEN/24/01/LUX").officer == "Someone else"


def test_quitting_the_main_window_closes_editors_and_a_cancel_keeps_it_open(qtbot, db, monkeypatch):
    from tracker.gui.main_window import MainWindow

    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    editor = main.open_project(None)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    type_into(qtbot, editor, "title", "Unsaved work")
    monkeypatch.setattr(window, "ask_unsaved", lambda parent, title: "cancel")
    main.close()
    assert main.isVisible() and editor.isVisible()
    monkeypatch.setattr(window, "ask_unsaved", lambda parent, title: "discard")
    main.close()
    assert not main.isVisible() and not editor.isVisible()


def test_the_dashboard_tab_loads_when_shown_and_opens_projects(qtbot, demo_db, monkeypatch):
    from tracker.gui import main_window

    opened = []
    monkeypatch.setattr(main_window, "open_project_editor", lambda parent, code: opened.append(code) or ProjectEditor(code, parent))
    main = main_window.MainWindow()
    qtbot.addWidget(main)
    main.show()
    assert main.dashboard.evaluations_model.rowCount() == 0  # not looked at yet: not queried
    with qtbot.waitSignal(main.dashboard.loaded, timeout=10_000):  # read on the worker thread
        main.tabs.setCurrentWidget(main.dashboard)
    model = main.dashboard.evaluations_model
    assert model.rowCount() > 0
    view = main.dashboard.evaluations_view
    index = model.index(0, 0)
    code = model.data(index)
    rect = view.visualRect(index)
    # A real double click is a click followed by a double-click event.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [code]
