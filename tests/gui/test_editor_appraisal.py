"""Issue 16 in the project editor, driven as an officer would: the rule set chosen or left to the
policy in force, the appraisal records and the requirements they meet, the budget tier beside the
duration band, a cluster evaluation's member read-only, and Approve refused with the appraisal's
gaps in words."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemDelegate

from tracker.domain import cycle
from tracker.domain.classifications import (
    EvaluationKind,
    FundingModality,
    Independence,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
    Theme,
)
from tracker.domain.errors import TransitionRefused
from tracker.domain.project import AppraisalRecord, Funding, Partner, Project
from tracker.gui.editor import dialogs
from tracker.gui.editor.dialogs import StageAnswer
from tracker.gui.editor.state import AUTOMATIC
from tracker.gui.editor.window import ProjectEditor
from tracker.store.partners import save_partner
from tracker.store.projects import change_stage, load_project, save_project

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "examples" / "rulesets" / "example-tiered.json"
CODE = "SEN/27/01/LUX"

pytestmark = pytest.mark.usefixtures("discard_on_teardown")


@pytest.fixture(autouse=True)
def example_policy(tmp_path, monkeypatch):
    """The example tiered policy beside ilo-2002, without its effective date so that it applies
    only where assigned, whatever day the test runs (ilo-2002 stays the policy in force)."""
    raw = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    raw.pop("effective_from")
    folder = tmp_path / "rulesets"
    folder.mkdir()
    (folder / "example-tiered.json").write_text(json.dumps(raw), encoding="utf-8")
    # The same, with its small-budget cluster tier for the European Union's projects instead.
    raw.update(name="example-eu")
    raw["tiers"][0]["when"] = {"partner_category": ["european-union"]}
    (folder / "example-eu.json").write_text(json.dumps(raw), encoding="utf-8")
    monkeypatch.setenv("TRACKER_RULESETS", str(folder))
    monkeypatch.setenv("TRACKER_USER_RULESETS", str(tmp_path / "user-rulesets"))


def partner(code: str, category: PartnerCategory) -> str:
    save_partner(Partner(code, f"Partner {code}", category))
    return code


def line(modality: FundingModality, amount: str, partner_code: str) -> Funding:
    return Funding(modality, Decimal(amount), "USD", date(2026, 11, 1), partner_code, CODE, Decimal(1))


def stored_project(**changes) -> Project:
    """24 months, US$2,000,000, earmarked funding: tier T2 of the example (an independent final)."""
    if "fundings" not in changes:
        changes["fundings"] = [line(FundingModality.EARMARKED, "2000000.00", partner("XMB", PartnerCategory.MULTI_BILATERAL))]
    values = dict(
        code=CODE, title="Skills for green jobs", region=Region.AFRICA, countries=["SN"], outcome=StrategicObjective.EMPLOYMENT,
        themes=[Theme.GENDER_EQUALITY], planned_start=date(2027, 1, 1), planned_end=date(2028, 12, 31), budget=Decimal("2000000.00"),
    )
    values.update(changes)
    stored, _ = save_project(Project(**values))
    return stored


@pytest.fixture
def open_editor(qtbot, db, errors):
    def make(code: str = CODE) -> ProjectEditor:
        widget = ProjectEditor(code)
        qtbot.addWidget(widget)
        widget.show()
        return widget

    return make


def choose(combo, data) -> None:
    """Pick the entry holding `data`, as a click in the open list does (activated)."""
    position = combo.findData(data)
    assert position >= 0, data
    combo.setCurrentIndex(position)
    combo.activated.emit(position)


def required(editor) -> list[EvaluationKind]:
    """The kinds of the evaluations the plan panel shows as required."""
    return [e.kind for e in editor.panel.model.evaluations if e.mandatory]


def reason(code: str) -> str:
    """The example's reason for its appraisal requirement `code`, as the rule set words it."""
    return next(r["reason"] for r in json.loads(EXAMPLE.read_text(encoding="utf-8"))["appraisal"] if r["code"] == code)


def requirement_lines(editor) -> list[str]:
    return editor.form.appraisals.requirements.text().splitlines()


# ---------------------------------------------------------------- the rule set


def test_the_rule_set_offers_the_policy_in_force_then_every_rule_set_and_choosing_one_assigns_it(qtbot, open_editor):
    stored_project()
    editor = open_editor()
    combo = editor.form.rule_set
    assert combo.itemText(0) == "Policy in force: ilo-2002 (automatic)"
    assert [combo.itemData(i) for i in range(combo.count())] == [AUTOMATIC, "example-eu", "example-tiered", "ilo-2002"]
    assert combo.currentIndex() == 0

    choose(combo, "example-tiered")
    assert editor.project.rule_set == "example-tiered" and editor.project.rule_set_assigned
    assert editor.undo_action.text() == "&Undo change of evaluation rule set"
    editor.undo_stack.undo()
    assert not editor.project.rule_set_assigned and combo.currentIndex() == 0
    editor.undo_stack.redo()
    assert editor.project.rule_set_assigned and combo.currentData() == "example-tiered"
    # The plan follows at once: tier T2 of the example beside the band.
    assert editor.panel.rule_set.text().startswith("Rule set example-tiered v1")
    assert editor.panel.tier.isVisibleTo(editor.panel)
    assert editor.panel.tier.text() == "Budget US$2,000,000.00 is from US$1,000,000 to US$5,000,000: an independent final evaluation."
    assert editor.save()
    stored = load_project(CODE)
    assert (stored.rule_set, stored.rule_set_assigned) == ("example-tiered", True)

    choose(editor.form.rule_set, AUTOMATIC)
    assert not editor.project.rule_set_assigned and editor.project.rule_set == "ilo-2002"
    assert not editor.panel.tier.isVisibleTo(editor.panel)  # ilo-2002 has no budget tiers
    assert editor.save()
    stored = load_project(CODE)
    assert (stored.rule_set, stored.rule_set_assigned) == ("ilo-2002", False)


def test_an_approved_project_shows_the_rule_set_it_was_approved_under(qtbot, open_editor):
    stored_project()
    change_stage(CODE, "submit", "", on=date(2026, 10, 1))
    change_stage(CODE, "approve", "", on=date(2026, 11, 1))
    editor = open_editor()
    assert editor.form.rule_set.currentIndex() == 0
    assert editor.form.rule_set.currentText() == "Policy in force on approval: ilo-2002 (automatic)"


# ---------------------------------------------------------------- appraisal records


def test_an_appraisal_record_with_a_result_among_the_choices_meets_its_requirement_and_is_saved(qtbot, open_editor):
    stored_project(rule_set="example-tiered", rule_set_assigned=True)
    editor = open_editor()
    section = editor.form.appraisals
    assert requirement_lines(editor) == [
        "Before approval, rule set example-tiered v1 requires:",
        f"• environmental and social screening: missing: {reason('ess-screening')}",
    ]
    editor.show_page(section.table)
    section.table.add_button.click()
    added = editor.project.appraisals[0]
    assert (added.requirement, added.recorded_on) == ("ess-screening", date.today())
    model = section.table.model
    assert model.index(0, 0).data() == "environmental and social screening"  # the requirement by its label
    # A record without a result does not meet a requirement that asks for one.
    assert requirement_lines(editor)[1] == "• environmental and social screening: missing: its result must be one of: low, moderate, high"

    # The result is picked among the requirement's choices.
    view = section.table.view
    result = model.index(0, 2)
    view.setCurrentIndex(result)
    view.edit(result)
    combo = view.indexWidget(result)
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "low", "moderate", "high"]
    combo.setCurrentIndex(combo.findData("moderate"))
    view.commitData(combo)
    view.closeEditor(combo, QAbstractItemDelegate.EndEditHint.NoHint)
    model.setData(model.index(0, 3), "Safeguards officer")
    assert requirement_lines(editor)[1] == "• environmental and social screening: met"

    assert editor.save()
    assert [(a.requirement, a.result, a.recorded_by) for a in load_project(CODE).appraisals] == [
        ("ess-screening", "moderate", "Safeguards officer")]


def test_the_requirements_follow_the_budget_as_it_is_typed(qtbot, open_editor):
    from tests.gui.editor_helpers import type_into

    stored_project(rule_set="example-tiered", rule_set_assigned=True,
                   appraisals=[AppraisalRecord("ess-screening", date(2026, 10, 1), "low", "Safeguards officer")])
    editor = open_editor()
    assert requirement_lines(editor)[1:] == ["• environmental and social screening: met"]
    type_into(qtbot, editor, "budget", "6000000")  # over US$5,000,000: the M&E plan's appraisal too
    assert requirement_lines(editor)[1:] == [
        "• environmental and social screening: met",
        f"• appraisal of the monitoring and evaluation plan by the evaluation office: missing: {reason('me-plan-appraisal')}",
    ]
    assert editor.form.appraisals._requirement_choices() == [
        ("environmental and social screening", "ess-screening"),
        ("appraisal of the monitoring and evaluation plan by the evaluation office", "me-plan-appraisal")]


def test_approve_is_refused_with_the_appraisal_gaps_in_words(qtbot, open_editor, errors, monkeypatch):
    stored_project(rule_set="example-tiered", rule_set_assigned=True)
    change_stage(CODE, "submit", "", on=date(2026, 10, 1))
    editor = open_editor()
    monkeypatch.setattr(dialogs.StageDialog, "ask", classmethod(lambda cls, *args: StageAnswer(date.today(), "")))
    editor.take_action(cycle.ACTIONS_BY_CODE["approve"])
    [refusal] = errors
    errors.clear()
    assert isinstance(refusal, TransitionRefused)
    from tracker.gui.errors import error_text

    summary, details = error_text(refusal)
    assert summary == "Approve was refused."
    assert details == f"• no approval without the environmental and social screening recorded (example-tiered v1: {reason('ess-screening')})"
    assert load_project(CODE).stage is Stage.APPRAISAL


# ---------------------------------------------------------------- the plan


def test_the_preview_reads_the_funding_modality_for_the_tiers_conditions(qtbot, open_editor):
    """Under US$800,000 from voluntary core funding (RBSA) the example plans a cluster evaluation
    instead of the band's; the same budget earmarked gets the internal evaluation of tier T1."""
    stored_project(rule_set="example-tiered", rule_set_assigned=True, budget=Decimal("500000.00"),
                   fundings=[line(FundingModality.VOLUNTARY_CORE, "500000.00", partner("XMB", PartnerCategory.MULTI_BILATERAL))])
    editor = open_editor()
    assert required(editor) == [EvaluationKind.CLUSTER]
    editor.edit_record("fundings", 0, "modality", FundingModality.EARMARKED)
    assert required(editor) == [EvaluationKind.INTERNAL]
    assert editor.panel.tier.text().startswith("Budget US$500,000.00 is under US$1,000,000")


def test_the_preview_reads_the_partners_category_even_of_a_partner_added_since_the_editor_opened(qtbot, open_editor):
    stored_project(rule_set="example-eu", rule_set_assigned=True, budget=Decimal("500000.00"),
                   fundings=[line(FundingModality.EARMARKED, "500000.00", partner("XMB", PartnerCategory.MULTI_BILATERAL))])
    editor = open_editor()
    assert required(editor) == [EvaluationKind.INTERNAL]
    partner("XEU", PartnerCategory.EUROPEAN_UNION)  # as "New partner…" in the funding table's picker adds one
    editor.edit_record("fundings", 0, "partner_code", "XEU")
    assert required(editor) == [EvaluationKind.CLUSTER]


def test_a_custom_kind_of_the_rule_set_shows_its_label(qtbot, open_editor):
    stored_project(rule_set="example-tiered", rule_set_assigned=True, budget=Decimal("6000000.00"))
    editor = open_editor()
    titles = [editor.panel.model.index(row, 1).data() for row in range(editor.panel.model.rowCount())]
    assert "Learning review" in titles and "Evaluability assessment" in titles


# ---------------------------------------------------------------- cluster evaluations


def test_an_evaluation_in_a_cluster_says_which_and_is_read_only_here(qtbot, open_editor, monkeypatch):
    from tracker.store.clusters import create_cluster

    stored_project()
    create_cluster("GEN-2028", "Gender equality in skills projects", EvaluationKind.FINAL, "theme", Theme.GENDER_EQUALITY.value, [CODE])
    editor = open_editor()
    panel = editor.panel
    row = next(i for i, e in enumerate(panel.model.evaluations) if e.cluster)
    panel.view.selectRow(row)
    assert "Part of cluster evaluation GEN-2028: Gender equality in skills projects" in panel.details.text()
    for button in (panel.complete_button, panel.waive_button):
        assert not button.isEnabled()
        assert button.toolTip() == ("the final evaluation is part of cluster evaluation GEN-2028: it is recorded for every project "
                                    "the cluster covers at once, in Tools > Cluster Evaluations")
    assert not any(action.isEnabled() for action in (panel.start_action, panel.require_action, *panel.plan_actions))

    def never(cls, *args):
        raise AssertionError("the completion dialog should not open")

    monkeypatch.setattr(dialogs.CompletionDialog, "ask", classmethod(never))
    panel.view.doubleClicked.emit(panel.model.index(row, 0))  # a double-click asks to record completion
    assert panel.problems.text().startswith("The final evaluation is part of cluster evaluation GEN-2028")
    assert editor.undo_stack.count() == 0


def test_a_project_nobody_assigned_a_rule_set_to_is_previewed_under_the_policy_in_force(qtbot, open_editor):
    """A design project nobody assigned a rule set to is planned under the policy in force, as
    saving will plan it (the store resolves it the same way)."""
    stored_project(rule_set="example-tiered", rule_set_assigned=False)  # saved: the store gives it the policy in force
    assert load_project(CODE).rule_set == "ilo-2002"
    editor = open_editor()
    assert editor.panel.rule_set.text().startswith("Rule set ilo-2002")


def test_an_optional_evaluation_may_be_of_a_kind_the_rule_set_names(qtbot, open_editor, monkeypatch):
    stored_project(rule_set="example-tiered", rule_set_assigned=True)
    editor = open_editor()
    offered = []

    def ask(cls, parent, due, extra_kinds=()):
        dialog = cls(due, parent, extra_kinds)
        offered.extend(dialog.kind.itemText(i) for i in range(dialog.kind.count()))
        return dialogs.OptionalEvaluation(EvaluationKind("learning-review"), date(2028, 6, 30), Independence.SELF)

    monkeypatch.setattr(dialogs.OptionalEvaluationDialog, "ask", classmethod(ask))
    editor.panel.add_button.click()
    assert offered[-1] == "Learning review" and "Evaluability assessment" in offered
    assert editor.save()
    learning = [e for e in load_project(CODE).evaluations if e.kind.value == "learning-review"]
    assert [(e.title, e.mandatory, e.due) for e in learning] == [("Learning review", False, date(2028, 6, 30))]
