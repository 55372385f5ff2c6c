"""The IATI publication check in the app: File > Export IATI File… writes the file on the worker
thread and lists what an assessor would find missing, File > Check IATI Publication… lists it for
the whole portfolio with no file; the sentences are the command line's (one function)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tracker.exchange.iati_check import check_publication
from tracker.exchange.iati_export import validate_iati
from tracker.gui import iati_menu, workers
from tracker.gui.iati_check_dialog import CODE, MISSING, TITLE


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: not workers._running, timeout=30_000)


def _rows(dialog) -> list[tuple[str, str, str]]:
    model = dialog.proxy
    return [tuple(model.index(row, column).data() for column in (CODE, TITLE, MISSING)) for row in range(model.rowCount())]


def test_the_file_menu_offers_the_export_and_the_check(window):
    file_menu = window.file_menu
    labels = [a.text().replace("&", "") for a in file_menu.actions()]
    assert labels.index("Export IATI File…") < labels.index("Check IATI Publication…") < labels.index("Quit")
    assert set(window.iati_actions) == {"export", "check"}


def test_the_check_lists_each_project_and_what_it_lacks_as_the_command_line_does(window, qtbot):
    expected = check_publication()
    assert expected.gaps
    dialog = iati_menu.check(window)
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == len(expected.gaps))
    rows = _rows(dialog)
    assert [f"{code}: {missing}" for code, _title, missing in rows] == [g.sentence for g in expected.gaps]
    assert all(title == expected.titles[code] for code, title, _missing in rows)
    assert dialog.summary.text() == expected.summary()


def test_export_writes_the_file_then_shows_its_check(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "ilo-activities.xml"
    monkeypatch.setattr(iati_menu, "ask_export_path", lambda parent: target)
    iati_menu.export(window)
    settle(qtbot)
    assert validate_iati(target) == []
    dialog = window.iati_check_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert [g.sentence for g in dialog.model.gaps] == [g.sentence for g in check_publication().gaps]
    assert str(target) in window.statusBar().currentMessage()


def test_double_click_opens_the_project(window, qtbot, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(window, "open_project", opened.append)
    dialog = iati_menu.check(window)
    dialog._open_project = window.open_project
    settle(qtbot)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    dialog.table.sortByColumn(CODE, Qt.SortOrder.DescendingOrder)
    dialog.open_row(0)
    assert opened == [dialog.proxy.index(0, CODE).data()]


def test_the_code_is_not_repeated_in_the_sentence_in_french():
    from tracker.exchange.iati_check import Gap
    from tracker.gui.iati_check_dialog import without_code

    assert without_code(Gap("SEN/25/01/NOR", "location", "SEN/25/01/NOR\u00a0: aucun lieu infranational")) == "aucun lieu infranational"
    assert without_code(Gap("SEN/25/01/NOR", "location", "SEN/25/01/NOR: no sub-national location")) == "no sub-national location"
