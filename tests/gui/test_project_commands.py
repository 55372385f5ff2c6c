"""Edit > Delete Project…, Archive Project, Restore from Archive and View > Show Archived Projects
on the project selected in the portfolio, with the confirmation answered by the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.factories import ALL_CODES, visible_codes
from tracker.gui import project_commands
from tracker.gui import settings as keys
from tracker.gui.portfolio_columns import COLUMN_INDEX
from tracker.store import models as m
from tracker.store.errors import NotFound
from tracker.store.projects import load_project

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]

SEN = "SEN/20/01/LUX"


def select(window, code: str) -> None:
    assert window.portfolio.select_project(window.model.id_of_code(code))


def test_delete_asks_naming_the_project_and_what_goes_and_cancel_keeps_it(window, monkeypatch):
    asked = []
    monkeypatch.setattr(project_commands, "ask_delete_project", lambda parent, summary: asked.append(summary) or False)
    select(window, SEN)
    window.project_actions.delete.trigger()
    (summary,) = asked
    assert (summary.code, summary.title, summary.fundings, summary.expenditures) == (SEN, "Youth employment in Senegal", 1, 1)
    assert project_commands.what_goes(summary).startswith("funding lines: 1; expenditure lines: 1; evaluations: ")
    assert load_project(SEN).code == SEN and visible_codes(window.model) == ALL_CODES


def test_delete_confirmed_removes_the_row_and_audits(qtbot, window, monkeypatch):
    monkeypatch.setattr(project_commands, "ask_delete_project", lambda parent, summary: True)
    select(window, SEN)
    window.project_actions.delete.trigger()
    qtbot.waitUntil(lambda: SEN not in visible_codes(window.model))
    with pytest.raises(NotFound):
        load_project(SEN)
    assert m.AuditEntry.select().where((m.AuditEntry.table == "project") & (m.AuditEntry.action == "delete")).count() == 1
    assert "Deleted project" in window.statusBar().currentMessage()


def test_the_delete_key_in_the_table_asks_too(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(project_commands, "ask_delete_project", lambda parent, summary: asked.append(summary.code) or False)
    select(window, SEN)
    window.portfolio.table.setFocus()
    qtbot.keyClick(window.portfolio.table, Qt.Key.Key_Delete)
    assert asked == [SEN]


def test_a_project_open_in_an_editor_is_not_deleted(qtbot, window, monkeypatch, discard_on_teardown):
    monkeypatch.setattr(project_commands, "ask_delete_project", lambda parent, summary: pytest.fail("must not ask"))
    editor = window.open_project(SEN)
    qtbot.waitExposed(editor)
    select(window, SEN)
    assert project_commands.delete_selected(window) is False
    assert "close the editor first" in window.statusBar().currentMessage()
    assert load_project(SEN).code == SEN


def test_the_actions_follow_the_selection(window):
    window.portfolio.table.clearSelection()
    window.portfolio.selection_changed.emit()
    actions = window.project_actions
    assert not actions.delete.isEnabled() and not actions.archive.isEnabled() and not actions.restore.isEnabled()
    select(window, SEN)
    assert actions.delete.isEnabled() and actions.archive.isEnabled() and not actions.restore.isEnabled()


def test_archive_hides_the_row_and_show_archived_shows_it_greyed(qtbot, window):
    select(window, SEN)
    window.project_actions.archive.trigger()
    qtbot.waitUntil(lambda: SEN not in visible_codes(window.model))
    assert load_project(SEN).archived is True
    assert "Archived" in window.statusBar().currentMessage()

    window.project_actions.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: SEN in visible_codes(window.model))
    assert window.settings.get(keys.SHOW_ARCHIVED) is True
    row = window.model.view_row_of(window.model.id_of_code(SEN))
    stage = window.model.index(row, COLUMN_INDEX["stage"])
    assert window.model.data(stage) == "Implementation (archived)"
    assert window.model.data(stage, Qt.ItemDataRole.ForegroundRole) is not None

    select(window, SEN)
    assert window.project_actions.restore.isEnabled() and not window.project_actions.archive.isEnabled()
    assert "(archived)" in window.portfolio.summary.toPlainText()
    window.project_actions.restore.trigger()
    qtbot.waitUntil(lambda: window.model.data(window.model.index(window.model.view_row_of(window.model.id_of_code(SEN)),
                                                                 stage.column())) == "Implementation")
    assert load_project(SEN).archived is False

    window.project_actions.show_archived.setChecked(False)
    assert window.settings.get(keys.SHOW_ARCHIVED) is False


def test_show_archived_is_remembered(qtbot, window, make_window):
    window.project_actions.show_archived.setChecked(True)
    again = make_window()
    assert again.project_actions.show_archived.isChecked() and again.reader.include_archived


def test_the_delete_confirmation_names_the_project_and_defaults_to_cancel(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from tracker.store.projects import deletion_summary

    seen = []

    def exec_(box):
        seen.append((box.text(), box.informativeText(), box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert project_commands.ask_delete_project(window, deletion_summary(SEN)) is False  # closed without a choice
    ((text, details, cancel_is_default),) = seen
    assert SEN in text and "Youth employment in Senegal" in text and cancel_is_default
    assert "funding lines: 1" in details and "archive it instead" in details
