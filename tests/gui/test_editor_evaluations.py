"""The editor's evaluation panel, driven as an officer would: its actions are the domain's, what
does not apply is greyed out with the reason, and a refusal shows beneath the plan."""

from datetime import date
from decimal import Decimal

import pytest

from tracker.domain.classifications import EvaluationKind, EvaluationStatus, Independence, Region, StrategicObjective
from tracker.domain.project import Project
from tracker.gui.editor import dialogs
from tracker.gui.editor.dialogs import Completion, OptionalEvaluation
from tracker.gui.editor.window import ProjectEditor
from tracker.store.projects import load_project, save_project

CODE = "SEN/24/01/LUX"
MID_TERM, FINAL = 0, 1

# Closing an editor with unsaved changes asks; at the end of each test the answer is discard.
pytestmark = pytest.mark.usefixtures("discard_on_teardown")


@pytest.fixture
def editor(qtbot, db, errors):
    """An editor on a stored project of 24 months and US$400,000: a mid-term evaluation due
    2024-12-31 and an independent final evaluation due 2025-12-31."""
    save_project(Project(
        code=CODE, title="Quality apprenticeships in Senegal", region=Region.AFRICA, countries=["SN"],
        outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31),
        budget=Decimal("400000.00"),
    ))
    widget = ProjectEditor(CODE)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def answer(monkeypatch, dialog, value):
    monkeypatch.setattr(dialog, "ask", classmethod(lambda cls, *args: value))


def never_asked(monkeypatch, dialog):
    def fail(cls, *args):
        raise AssertionError(f"{dialog.__name__} should not open")

    monkeypatch.setattr(dialog, "ask", classmethod(fail))


def shown(editor):
    return [(e.kind, e.status) for e in editor.panel.model.evaluations]


def test_a_completion_in_the_future_is_refused_beneath_the_plan_and_changes_nothing(qtbot, editor, monkeypatch):
    answer(monkeypatch, dialogs.CompletionDialog, Completion(date(2099, 1, 1), "Regional M&E officer", Independence.SELF))
    editor.panel.view.selectRow(MID_TERM)
    editor.panel.complete_button.click()
    assert editor.panel.problems.isVisible()
    assert editor.panel.problems.text().startswith("The mid-term evaluation due 2024-12-31 cannot be completed on 2099-01-01, "
                                                   "a date in the future")
    assert shown(editor)[MID_TERM] == (EvaluationKind.MID_TERM, EvaluationStatus.PLANNED)
    assert editor.undo_stack.count() == 0 and not editor.isWindowModified()


def test_a_waived_evaluation_offers_to_withdraw_the_waiver_instead_of_completion(qtbot, editor, monkeypatch):
    answer(monkeypatch, dialogs.WaiverDialog, "Merged with the donor's review")
    panel = editor.panel
    panel.view.selectRow(MID_TERM)
    panel.waive_button.click()
    assert shown(editor)[MID_TERM] == (EvaluationKind.MID_TERM, EvaluationStatus.WAIVED)
    assert panel.waive_button.text() == "&Withdraw waiver"
    assert not panel.complete_button.isEnabled()
    assert panel.complete_button.toolTip() == ("the mid-term evaluation due 2024-12-31 was waived (Merged with the donor's review), "
                                               "so it cannot be completed; withdraw the waiver first")
    never_asked(monkeypatch, dialogs.CompletionDialog)
    panel.view.doubleClicked.emit(panel.model.index(MID_TERM, 0))  # a double-click asks to record completion
    assert "withdraw the waiver first" in panel.problems.text()

    panel.waive_button.click()
    assert shown(editor)[MID_TERM] == (EvaluationKind.MID_TERM, EvaluationStatus.PLANNED)
    assert panel.waive_button.text() == "&Waive…" and panel.complete_button.isEnabled()
    editor.undo_stack.undo()
    assert shown(editor)[MID_TERM] == (EvaluationKind.MID_TERM, EvaluationStatus.WAIVED)


def test_a_completed_evaluation_cannot_be_waived_or_started(qtbot, editor, monkeypatch):
    answer(monkeypatch, dialogs.CompletionDialog, Completion(date(2024, 12, 20), "Regional M&E officer", Independence.SELF))
    panel = editor.panel
    panel.view.selectRow(MID_TERM)
    panel.complete_button.click()
    assert shown(editor)[MID_TERM] == (EvaluationKind.MID_TERM, EvaluationStatus.COMPLETED)
    assert not panel.waive_button.isEnabled() and "a completed evaluation cannot be waived" in panel.waive_button.toolTip()
    assert not panel.start_action.isEnabled()
    assert panel.complete_button.isEnabled()  # recording again corrects the record


def test_starting_an_evaluation_and_planning_its_form(qtbot, editor):
    panel = editor.panel
    panel.view.selectRow(MID_TERM)
    panel.start_action.trigger()
    assert shown(editor)[MID_TERM] == (EvaluationKind.MID_TERM, EvaluationStatus.IN_PROGRESS)
    assert not panel.start_action.isEnabled() and panel.start_action.toolTip().endswith("is already in progress")
    panel.plan_actions[list(Independence).index(Independence.EXTERNAL)].trigger()
    assert editor.project.evaluations[MID_TERM].independence is Independence.EXTERNAL
    assert editor.undo_stack.count() == 2


def test_the_independent_final_cannot_be_planned_as_a_self_evaluation(qtbot, editor):
    panel = editor.panel
    panel.view.selectRow(FINAL)
    panel.plan_actions[list(Independence).index(Independence.SELF)].trigger()
    assert panel.problems.text() == ("The final evaluation due 2025-12-31 must be independent (independent internal or external), "
                                     "so it cannot be planned as a self-evaluation.")
    assert editor.undo_stack.count() == 0


def test_adding_an_optional_evaluation_and_saving_it(qtbot, editor, monkeypatch, errors):
    answer(monkeypatch, dialogs.OptionalEvaluationDialog, OptionalEvaluation(EvaluationKind.EX_POST, date(2023, 6, 30), Independence.SELF))
    editor.panel.add_button.click()
    assert "cannot be due on 2023-06-30, before the project's start on 2024-01-01" in editor.panel.problems.text()
    answer(monkeypatch, dialogs.OptionalEvaluationDialog, OptionalEvaluation(EvaluationKind.EX_POST, date(2027, 6, 30), Independence.SELF))
    editor.panel.add_button.click()
    assert not editor.panel.problems.isVisible()
    assert shown(editor)[-1] == (EvaluationKind.EX_POST, EvaluationStatus.PLANNED)
    assert editor.save(), errors
    ex_post = load_project(CODE).evaluations[-1]
    assert (ex_post.kind, ex_post.mandatory, ex_post.reason) == (EvaluationKind.EX_POST, False, "Added by the project officer (optional)")


def test_completing_an_evaluation_the_rules_just_added_takes_it_into_the_project(qtbot, editor, monkeypatch, errors):
    line = editor.form.lines["planned_end"]
    line.setText("2026-12-31")
    line.textEdited.emit("2026-12-31")  # 36 months: annual reviews, not yet saved
    row = next(i for i, e in enumerate(editor.panel.model.evaluations) if e.kind is EvaluationKind.ANNUAL_REVIEW)
    assert all(e.kind is not EvaluationKind.ANNUAL_REVIEW for e in editor.project.evaluations)
    answer(monkeypatch, dialogs.CompletionDialog, Completion(date(2025, 1, 10), "Project team", Independence.SELF))
    editor.panel.view.selectRow(row)
    editor.panel.complete_button.click()
    assert editor.panel.model.evaluations[row].status is EvaluationStatus.COMPLETED
    assert editor.save(), errors
    review = next(e for e in load_project(CODE).evaluations if e.kind is EvaluationKind.ANNUAL_REVIEW and e.sequence == 1)
    assert (review.status, review.evaluator) == (EvaluationStatus.COMPLETED, "Project team")


def test_a_refusal_goes_away_once_another_evaluation_is_selected(qtbot, editor):
    panel = editor.panel
    panel.view.selectRow(FINAL)
    panel.plan_actions[0].trigger()
    assert panel.problems.isVisible()
    panel.view.selectRow(MID_TERM)
    assert not panel.problems.isVisible()


def test_requiring_the_mid_term_to_be_independent_moves_the_requirement_off_the_final(qtbot, editor):
    # US$400,000 is over US$350,000: one independent evaluation is required, on the final by
    # default. The officer makes the mid-term that evaluation instead.
    panel = editor.panel
    assert editor.evaluations[FINAL].independence_required and not editor.evaluations[MID_TERM].independence_required
    panel.view.selectRow(MID_TERM)
    assert panel.require_action.isEnabled()
    panel.require_action.trigger()
    assert editor.project.evaluations[MID_TERM].independence_required
    assert editor.project.evaluations[MID_TERM].independence.is_independent
    assert editor.undo_stack.count() == 1
    panel.view.selectRow(MID_TERM)
    panel.require_action.trigger()  # a second time: refused in the panel, nothing recorded
    assert "already required to be independent" in panel.problems.text()
    assert editor.undo_stack.count() == 1
