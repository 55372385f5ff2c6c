"""Tools > Cluster Evaluations…: the clusters listed with their projects, a new one made on a
theme from the projects sharing it, projects added and removed, its completion recorded for every
project at once; a refusal shown in the form as one sentence, the form left open."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.partner_helpers import ensure_partner
from tracker.domain import project as d
from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    FundingModality,
    Independence,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
    Theme,
)
from tracker.gui.cluster_dialog import COLUMNS, ClusterDialog, ClusterForm, CompletionForm, EditForm, MembersForm, ask_delete_cluster
from tracker.store import clusters as ops
from tracker.store.projects import load_project, save_project

CODES = ("SEN/24/01/LUX", "SEN/24/02/LUX", "MLI/24/01/LUX")


@pytest.fixture
def projects(db):
    ensure_partner(d.Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL, country="LU"))
    for code, theme in zip(CODES, (Theme.GENDER_EQUALITY, Theme.GENDER_EQUALITY, Theme.TRIPARTISM)):
        save_project(d.Project(
            code=code, title=f"Project {code}", stage=Stage.IMPLEMENTATION, region=Region.AFRICA, countries=[code[:2]],
            themes=[theme], outcome=StrategicObjective.EMPLOYMENT, planned_start=dt.date(2024, 1, 1),
            planned_end=dt.date(2025, 12, 31), budget=Decimal(400000),
            fundings=[d.Funding(modality=FundingModality.EARMARKED, amount=Decimal(400000), currency="USD",
                                approved_on=dt.date(2024, 1, 1), partner_code="LUX")]), allow_stage_change=True)
    return db


@pytest.fixture
def dialog(qtbot, projects):
    ops.create_cluster("CL-GENDER", "Gender equality in West Africa", "final", "theme", "gender-equality", CODES[:1])
    shown = ClusterDialog(None)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.loaded, timeout=10000):
        shown.show()
    return shown


def cells(dialog, column):
    return [dialog.model.index(row, COLUMNS.index(column)).data() for row in range(dialog.model.rowCount())]


def member_codes(dialog):
    return [dialog.member_table.item(row, 0).text() for row in range(dialog.member_table.rowCount())]


def ok(form):
    return form.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_clusters_are_listed_with_the_projects_of_the_one_selected(dialog):
    assert cells(dialog, "code") == ["CL-GENDER"]
    assert cells(dialog, "basis") == ["theme Gender equality"]
    assert cells(dialog, "kind") == ["Final evaluation"] and cells(dialog, "members") == ["1"] and cells(dialog, "status") == ["Open"]
    assert member_codes(dialog) == ["SEN/24/01/LUX"]
    assert dialog.complete_button.isEnabled() and dialog.add_button.isEnabled()


def test_a_new_cluster_from_the_projects_sharing_its_theme(qtbot, dialog):
    form = dialog.new_cluster()
    assert isinstance(form, ClusterForm) and not ok(form).isEnabled()  # no code yet
    qtbot.keyClicks(form.code, "CL-TRIPARTISM")
    form.kind.setCurrentIndex(form.kind.findData("final"))
    form.basis.setCurrentIndex(form.basis.findData("theme"))
    with qtbot.waitSignal(form.projects.model().rowsInserted, timeout=10000):
        form.value.setCurrentIndex(form.value.findData(Theme.TRIPARTISM.value))
    assert form.projects.codes() == ["MLI/24/01/LUX"]
    form.projects.set_checked({"MLI/24/01/LUX"})
    with qtbot.waitSignal(dialog.changed, timeout=10000), qtbot.waitSignal(dialog.loaded, timeout=10000):
        ok(form).click()
    assert cells(dialog, "code") == ["CL-GENDER", "CL-TRIPARTISM"]
    assert dialog.selected().cluster.code == "CL-TRIPARTISM" and member_codes(dialog) == ["MLI/24/01/LUX"]
    assert "MLI/24/01/LUX: its final evaluation due 2025-12-31 is now part of the cluster" in dialog.status.text()
    final = next(e for e in load_project("MLI/24/01/LUX").evaluations if e.kind is EvaluationKind.FINAL)
    assert final.cluster == ops.find_cluster("CL-TRIPARTISM").uuid


def test_a_refused_cluster_is_one_sentence_in_the_form_which_stays_open(qtbot, dialog):
    form = dialog.new_cluster()
    qtbot.keyClicks(form.code, "cl-gender")
    form.basis.setCurrentIndex(form.basis.findData("country"))
    form.value.setCurrentIndex(form.value.findData("SN"))
    ok(form).click()
    qtbot.waitUntil(lambda: bool(form.message.text()), timeout=10000)
    assert form.message.text() == "Code: a cluster evaluation with code 'CL-GENDER' exists already."
    assert form.isVisible() and ok(form).isEnabled()
    assert cells(dialog, "code") == ["CL-GENDER"]
    form.reject()


def test_projects_added_then_removed(qtbot, dialog):
    dialog.change_members(adding=True)
    qtbot.waitUntil(lambda: isinstance(getattr(dialog, "member_form", None), MembersForm), timeout=10000)
    form = dialog.member_form
    assert form.projects.codes() == ["SEN/24/02/LUX"]  # shares the theme, not yet in it
    assert not ok(form).isEnabled()
    form.projects.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.changed, timeout=10000), qtbot.waitSignal(dialog.loaded, timeout=10000):
        ok(form).click()
    assert member_codes(dialog) == ["SEN/24/01/LUX", "SEN/24/02/LUX"] and cells(dialog, "members") == ["2"]

    dialog.change_members(adding=False)
    form = dialog.member_form
    assert form.projects.codes() == ["SEN/24/01/LUX", "SEN/24/02/LUX"]
    form.projects.set_checked({"SEN/24/01/LUX"})
    with qtbot.waitSignal(dialog.changed, timeout=10000), qtbot.waitSignal(dialog.loaded, timeout=10000):
        ok(form).click()
    assert member_codes(dialog) == ["SEN/24/02/LUX"]
    assert "SEN/24/01/LUX left the cluster; its evaluation stays planned as its own" in dialog.status.text()


def test_recording_the_completion_completes_every_project(qtbot, dialog):
    ops.add_to_cluster("CL-GENDER", ["SEN/24/02/LUX"])
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.reload()
    form = dialog.record_completion()
    assert isinstance(form, CompletionForm) and not ok(form).isEnabled()
    qtbot.keyClicks(form.completed_on, "2025-10-31")
    qtbot.keyClicks(form.evaluator, "Project team")
    form.independence.setCurrentIndex(form.independence.findData(Independence.SELF.value))
    ok(form).click()  # the final evaluations must be independent
    qtbot.waitUntil(lambda: bool(form.message.text()), timeout=10000)
    assert form.message.text() == ("Project SEN/24/01/LUX: the final evaluation due 2025-12-31 must be independent (independent "
                                   "internal or external), not a self-evaluation.")
    form.independence.setCurrentIndex(form.independence.findData(Independence.EXTERNAL.value))
    form.findings.setPlainText("Strong ownership")
    with qtbot.waitSignal(dialog.changed, timeout=10000), qtbot.waitSignal(dialog.loaded, timeout=10000):
        ok(form).click()
    assert cells(dialog, "status") == ["Completed on 2025-10-31"]
    assert dialog.status.text() == "CL-GENDER: Completed for 2 projects."
    for code in CODES[:2]:
        final = next(e for e in load_project(code).evaluations if e.kind is EvaluationKind.FINAL)
        assert (final.status, final.completed_on, final.independence, final.findings) == (
            EvaluationStatus.COMPLETED, dt.date(2025, 10, 31), Independence.EXTERNAL, "Strong ownership")


def test_tools_menu_opens_the_window(qtbot, window):
    assert window.clusters_action.text() == "C&luster Evaluations…"
    assert window.clusters_action in window.tools_menu.actions()
    window.clusters_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ClusterDialog)), timeout=10000)
    shown = next(d for d in window.findChildren(ClusterDialog) if d.isVisible())
    qtbot.waitUntil(lambda: shown.empty.isVisible(), timeout=10000)  # the small portfolio has no cluster yet
    shown.close()


def test_edit_corrects_the_code_and_title_and_a_taken_code_is_refused_in_the_form(qtbot, dialog):
    ops.create_cluster("CL-OTHER", "", "final", "theme", "tripartism")
    assert dialog.edit_button.isEnabled()
    form = dialog.edit_cluster()
    assert isinstance(form, EditForm) and (form.code.text(), form.title_edit.text()) == ("CL-GENDER", "Gender equality in West Africa")
    assert not ok(form).isEnabled()  # nothing changed yet
    form.title_edit.clear()
    qtbot.keyClicks(form.title_edit, " ")
    assert form.message.text() == "Title: a cluster evaluation's title cannot be empty." and not ok(form).isEnabled()
    form.title_edit.setText("Gender equality in Senegal")
    form.code.setText("cl-other")
    form.refresh()
    ok(form).click()
    qtbot.waitUntil(lambda: bool(form.message.text()), timeout=10000)
    assert form.message.text() == "Code: a cluster evaluation with code 'CL-OTHER' exists already." and form.isVisible()
    form.code.setText("CL-GENDER-SN")
    with qtbot.waitSignal(dialog.changed, timeout=10000), qtbot.waitSignal(dialog.loaded, timeout=10000):
        ok(form).click()
    assert cells(dialog, "code") == ["CL-GENDER-SN", "CL-OTHER"] and dialog.selected().cluster.code == "CL-GENDER-SN"
    assert cells(dialog, "title")[0] == "Gender equality in Senegal" and member_codes(dialog) == ["SEN/24/01/LUX"]
    assert dialog.status.text() == ("CL-GENDER-SN: Code changed from CL-GENDER to CL-GENDER-SN. Title changed from \u201cGender "
                                    "equality in West Africa\u201d to \u201cGender equality in Senegal\u201d.")


def test_delete_confirms_naming_the_projects_that_leave_then_deletes(qtbot, dialog, monkeypatch):
    from tracker.gui import cluster_dialog

    asked = []
    monkeypatch.setattr(cluster_dialog, "ask_delete_cluster", lambda parent, deletion: asked.append(deletion) or True)
    assert dialog.delete_button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=10000), qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.delete_button.click()
    assert [(d.cluster.code, d.leaving) for d in asked] == [("CL-GENDER", ["SEN/24/01/LUX"])]
    assert cells(dialog, "code") == [] and dialog.empty.isVisible()
    assert dialog.status.text().startswith("CL-GENDER: Deleted. Project SEN/24/01/LUX left the cluster; its evaluation stays planned "
                                           "as its own. A database that received cluster CL-GENDER in a field package keeps it")
    final = next(e for e in load_project("SEN/24/01/LUX").evaluations if e.kind is EvaluationKind.FINAL)
    assert (final.cluster, final.status) == ("", EvaluationStatus.PLANNED)


def test_the_delete_confirmation_names_the_projects_and_defaults_to_cancel(dialog, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tracker.store.cluster_edits import cluster_deletion

    seen = []

    def exec_(box):
        seen.append((box.text(), box.informativeText(), box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert ask_delete_cluster(dialog, cluster_deletion("CL-GENDER")) is False  # closed without a choice
    ((text, details, cancel_is_default),) = seen
    assert text == "Delete cluster evaluation CL-GENDER?" and cancel_is_default
    assert details.startswith("Projects that leave it, each keeping its evaluation as its own: SEN/24/01/LUX.")
    assert [s.cluster.code for s in ops.list_clusters()] == ["CL-GENDER"]


def test_delete_is_disabled_saying_why_once_a_project_completed_it(qtbot, dialog):
    ops.complete_cluster("CL-GENDER", dt.date(2025, 10, 31), "IEO", Independence.EXTERNAL)
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.reload()
    assert not dialog.delete_button.isEnabled() and dialog.edit_button.isEnabled()
    assert dialog.delete_button.toolTip() == "It was completed for SEN/24/01/LUX, where it counts, so it cannot be deleted."
