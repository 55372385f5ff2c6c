"""File > Import… with its preview, and File > Write Import Template…"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.exchange.workbooks import EXPENDITURE, PROJECT, fill
from tracker.gui import import_menu
from tracker.store import models as m


@pytest.fixture
def installed(window):
    actions = import_menu.install(window)
    return window, actions


def choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(import_menu, "ask_import_file", lambda parent: path)


def file_menu_texts(window) -> list[str]:
    menu = import_menu._file_menu(window)
    return [a.text().replace("&", "") for a in menu.actions()]


def test_the_file_menu_has_import_and_template_before_the_backup(installed):
    window, actions = installed
    texts = file_menu_texts(window)
    assert texts.index("Import…") < texts.index("Write Import Template…") < texts.index("Save a Backup Copy…")
    assert actions["import"].shortcut().toString() == "Ctrl+I"


def test_the_preview_counts_and_import_reloads_the_window(installed, qtbot, monkeypatch, tmp_path):
    window, actions = installed
    choose(monkeypatch, fill(tmp_path / "in.xlsx", {"Projects": [PROJECT], "Expenditure": [EXPENDITURE]}))
    actions["import"].trigger()
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert "2 records will be created, 0 updated and 0 unchanged." in dialog.summary.text()
    assert m.Project.select().where(m.Project.code == "SEN/25/01/LUX").count() == 0  # the preview wrote nothing
    # Imported, then the portfolio read again on the worker thread.
    with qtbot.waitSignals([dialog.imported, window.reloaded], order="strict", timeout=10000):
        dialog.import_button.click()
    assert m.Project.get(m.Project.code == "SEN/25/01/LUX").title == PROJECT["Title"]
    assert window.model.id_of_code("SEN/25/01/LUX") is not None
    assert "2 created" in window.statusBar().currentMessage()


def test_the_preview_lists_every_problem_and_import_stays_off(installed, qtbot, monkeypatch, tmp_path):
    window, actions = installed
    path = fill(tmp_path / "in.xlsx", {"Projects": [dict(PROJECT, Region="Oceania")], "Expenditure": [dict(EXPENDITURE, Month=13)]})
    choose(monkeypatch, path)
    actions["import"].trigger()
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.problems.rowCount() == 2, timeout=10000)
    rows = [[dialog.problems.item(r, c).text() for c in range(4)] for r in range(2)]
    assert rows[0][:3] == ["Projects", "2", "E (Region)"] and "'Oceania' is not a region" in rows[0][3]
    assert rows[1][:3] == ["Expenditure", "2", "C (Month)"]
    assert "2 problems must be fixed" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_a_file_that_is_not_a_workbook_is_explained_in_the_dialog(installed, qtbot, monkeypatch, tmp_path):
    window, actions = installed
    path = tmp_path / "list.xlsx"
    path.write_text("code,title\nA,B\n")
    choose(monkeypatch, path)
    actions["import"].trigger()
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: "CSV" in dialog.summary.text(), timeout=10000)
    assert not dialog.import_button.isEnabled()


def test_writing_the_template_from_the_menu(installed, qtbot, monkeypatch, tmp_path):
    window, actions = installed
    target = tmp_path / "template.xlsx"
    monkeypatch.setattr(import_menu, "ask_template_file", lambda parent: (target, True))
    actions["template"].trigger()
    qtbot.waitUntil(target.exists, timeout=10000)
    qtbot.waitUntil(lambda: "Import template written" in window.statusBar().currentMessage(), timeout=10000)
    book = openpyxl.load_workbook(target)
    assert book["Projects"].max_row - 1 == m.Project.select().count()


def test_cancelling_the_import_writes_nothing_and_reads_nothing(installed, qtbot, monkeypatch, tmp_path):
    from tracker.gui import workers

    window, actions = installed
    choose(monkeypatch, fill(tmp_path / "in.xlsx", {"Projects": [PROJECT], "Expenditure": [EXPENDITURE]}))
    reloaded: list[bool] = []
    window.reloaded.connect(lambda: reloaded.append(True))
    actions["import"].trigger()
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    # The user presses Cancel at once: the importer's own ImportCancelled (a Cancelled) ends it.
    monkeypatch.setattr(workers.Progress, "cancelled", property(lambda self: True))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "cancelled" in dialog.summary.text(), timeout=10000)
    assert dialog.summary.text() == "The import was cancelled; nothing was written."
    assert m.Project.select().where(m.Project.code == "SEN/25/01/LUX").count() == 0
    assert reloaded == []  # no error was shown either (the shown_errors fixture checks)


def test_a_template_with_data_says_when_demo_projects_were_left_out(qtbot, db, monkeypatch, tmp_path):
    """A working database an earlier tracker loaded the demo into: the workbook holds the real
    projects only, and the status bar says how many demo projects were left out and how to remove them."""
    from tracker.domain.project import Project
    from tracker.gui.main_window import MainWindow
    from tracker.store.demo import load_demo
    from tracker.store.projects import save_project

    load_demo()
    save_project(Project(code="SEN/26/01/LUX", title="Youth employment"))
    window = MainWindow()
    qtbot.addWidget(window)
    target = tmp_path / "template.xlsx"
    monkeypatch.setattr(import_menu, "ask_template_file", lambda parent: (target, True))
    window.import_actions["template"].trigger()
    qtbot.waitUntil(lambda: "Import template written" in window.statusBar().currentMessage(), timeout=20000)
    demo = m.Project.select().where(m.Project.is_demo).count()
    assert f"({demo} demo projects left out: File > Remove Demo Data… removes them" in window.statusBar().currentMessage()
    assert openpyxl.load_workbook(target)["Projects"].max_row - 1 == 1
