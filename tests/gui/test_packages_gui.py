"""Field packages from the desktop app: File > Export / Merge Field Package… run in the
background, and File > Resolve Conflicts… decides a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.exchange.merge import list_conflicts, merge_package
from tracker.exchange.packages import export_package
from tracker.gui import package_menu, workers
from tracker.store.database import open_database
from tracker.store.projects import load_project, save_project

SEN = "SEN/20/01/LUX"


@pytest.fixture
def results(monkeypatch):
    """(title, text) of every result message the app would show."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(package_menu, "show_result", lambda parent, title, text: shown.append((title, text)))
    return shown


def settle(qtbot) -> None:
    """Let the window's reads of the portfolio (after a merge or a resolved conflict, on the worker
    thread) finish within the test."""
    qtbot.waitUntil(lambda: not workers._running, timeout=30_000)


def retitle(code: str, title: str) -> None:
    project = load_project(code)
    project.title = title
    save_project(project)


@pytest.fixture
def field_package(portfolio, db_target: Path | str, tmp_path: Path) -> Path:
    """A package from a field laptop that received headquarters' portfolio and retitled SEN,
    while headquarters retitled it too: merging it gives one conflict."""
    first = export_package(tmp_path / "to-field.trackerpkg", since="all").path
    open_database(tmp_path / "field.sqlite3")
    merge_package(first)
    retitle(SEN, "Field title")
    package = export_package(tmp_path / "from-field.trackerpkg").path
    open_database(db_target)  # headquarters' database again (a file, or on a server)
    retitle(SEN, "HQ title")
    return package


def test_the_file_menu_offers_the_package_commands(window):
    actions = package_menu.install(window)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File")
    labels = [a.text().replace("&", "") for a in file_menu.actions()]
    assert {"Export Field Package…", "Merge Field Package…", "Resolve Conflicts…"} <= set(labels)
    assert labels.index("Resolve Conflicts…") < labels.index("Quit")
    assert set(actions) == {"export", "merge", "conflicts"}


def test_export_writes_the_package_in_the_background(qtbot, window, monkeypatch, results, tmp_path):
    target = tmp_path / "out" / "laptop.trackerpkg"
    monkeypatch.setattr(package_menu, "ask_export_path", lambda parent: target)
    package_menu.install(window)["export"].trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert target.is_file()
    title, text = results[0]
    assert title == "Field package written" and "changed records" in text
    assert "Field package written" in window.statusBar().currentMessage()


def test_a_cancelled_file_dialog_does_nothing(window, monkeypatch, results):
    monkeypatch.setattr(package_menu, "ask_merge_path", lambda parent: None)
    assert package_menu.merge(window) is None and results == []


def test_merge_through_the_menu_then_resolve_the_conflict_in_the_dialog(qtbot, field_package, make_window, monkeypatch, results):
    window = make_window()
    actions = package_menu.install(window)
    monkeypatch.setattr(package_menu, "ask_merge_path", lambda parent: field_package)
    actions["merge"].trigger()
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    title, text = results[0]
    assert title == "Field package merged" and "1 conflict to resolve" in text and f"project {SEN}" in text
    assert load_project(SEN).title == "HQ title"

    actions["conflicts"].trigger()
    dialog = window.findChild(package_menu.ConflictsDialog)
    assert dialog is not None and dialog.list.count() == 1
    cells = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
             for r in range(dialog.table.rowCount())}
    assert cells["title"] == ("HQ title", "Field title")
    assert dialog.table.item(list(cells).index("title"), 1).font().bold()
    dialog.take_theirs.click()
    assert dialog.list.count() == 0 and dialog.empty.isVisibleTo(dialog)
    assert load_project(SEN).title == "Field title"
    assert list_conflicts() == []
    dialog.close()
    settle(qtbot)
    assert window.model.row_of_project(window.model.id_of_code(SEN)).title == "Field title"  # read again


def test_keep_mine_in_the_dialog_keeps_the_local_version(qtbot, field_package, make_window):
    merge_package(field_package)
    window = make_window()
    dialog = package_menu.resolve(window)
    dialog.keep_mine.click()
    assert dialog.list.count() == 0
    assert load_project(SEN).title == "HQ title"
    dialog.close()
    settle(qtbot)


def test_a_damaged_package_shows_one_error_and_changes_nothing(qtbot, window, monkeypatch, results, shown_errors, tmp_path):
    broken = tmp_path / "broken.trackerpkg"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr(package_menu, "ask_merge_path", lambda parent: broken)
    package_menu.install(window)["merge"].trigger()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=30_000)
    (error,) = shown_errors
    shown_errors.clear()
    assert "broken.trackerpkg" in str(error) and results == []


def test_cancelling_a_merge_changes_nothing(qtbot, field_package, make_window, monkeypatch, results):
    window = make_window()
    monkeypatch.setattr(package_menu, "ask_merge_path", lambda parent: field_package)
    # The user presses Cancel at once: the merge's own PackageCancelled (a Cancelled) ends it.
    monkeypatch.setattr(workers.Progress, "cancelled", property(lambda self: True))
    package_menu.install(window)["merge"].trigger()
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=30_000)
    assert window.statusBar().currentMessage() == "Merge cancelled; nothing was changed"
    assert results == [] and load_project(SEN).title == "HQ title" and list_conflicts() == []
