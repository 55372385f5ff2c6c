"""Settings: typed values with defaults, and what the main window keeps between sessions."""

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, Qt
from PySide6.QtWidgets import QMenu

from tracker.gui import settings as keys
from tracker.gui.portfolio_columns import COLUMN_INDEX
from tracker.gui.settings import Settings

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


def test_tests_never_touch_the_real_settings(qapp, tmp_path_factory):
    assert Path(Settings().qsettings.fileName()).name == "tracker-settings.ini"
    assert str(tmp_path_factory.getbasetemp()) in Settings().qsettings.fileName()


def test_every_key_has_a_default_of_its_type(qapp, tmp_path):
    settings = Settings(tmp_path / "fresh.ini")
    for key in keys.ALL_KEYS:
        value = settings.get(key)
        assert type(value) is type(key.default) and value == key.default


def test_values_come_back_with_their_types_from_the_ini_file(qapp, tmp_path):
    path = tmp_path / "s.ini"
    first = Settings(path)
    first.set(keys.SORT_DESCENDING, True)
    first.set(keys.SORT_COLUMN, "budget")
    first.set(keys.RECENT_FILES, ["/only/one.sqlite3"])  # a one-item list reads back as a string
    first.set(keys.WINDOW_GEOMETRY, QByteArray(b"\x01\x02"))
    first.sync()
    second = Settings(path)
    assert second.get(keys.SORT_DESCENDING) is True
    assert second.get(keys.SORT_COLUMN) == "budget"
    assert second.get(keys.RECENT_FILES) == ["/only/one.sqlite3"]
    assert second.get(keys.WINDOW_GEOMETRY) == QByteArray(b"\x01\x02")


def test_an_unreadable_value_falls_back_to_the_default(qapp, tmp_path):
    settings = Settings(tmp_path / "s.ini")
    settings.qsettings.setValue(keys.VERSION_KEY.name, "not a number")
    assert settings.get(keys.VERSION_KEY) == keys.VERSION


def test_recent_files_are_most_recent_first_without_duplicates(qapp, tmp_path):
    settings = Settings(tmp_path / "s.ini")
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    for path in (a, b, a):
        settings.add_recent_file(path)
    assert settings.recent_files() == [a, b]


def test_window_columns_sort_and_recent_files_survive_a_restart(qtbot, make_window, portfolio, db_path, engine):
    first = make_window()
    first.resize(780, 560)  # within the offscreen screen (800x800), above the minimum width
    header = first.portfolio.table.horizontalHeader()
    header.resizeSection(COLUMN_INDEX["partners"], 180)
    header.moveSection(header.visualIndex(COLUMN_INDEX["region"]), 1)  # region dragged next to code
    header.setSectionHidden(COLUMN_INDEX["countries"], True)
    first.portfolio.table.sortByColumn(COLUMN_INDEX["budget"], Qt.SortOrder.DescendingOrder)
    first.portfolio.splitter.setSizes([300, 200])
    splitter_sizes = first.portfolio.splitter.sizes()
    first.close()

    second = make_window()
    header = second.portfolio.table.horizontalHeader()
    assert (second.width(), second.height()) == (780, 560)
    assert header.sectionSize(COLUMN_INDEX["partners"]) == 180
    assert header.visualIndex(COLUMN_INDEX["region"]) == 1
    assert header.isSectionHidden(COLUMN_INDEX["countries"])
    assert second.model.sort_state() == (COLUMN_INDEX["budget"], Qt.SortOrder.DescendingOrder)
    assert second.model.row_at(0).code == "RAF/40/01/EU"  # the largest budget first
    assert second.portfolio.splitter.sizes() == splitter_sizes
    # Open Recent lists database files; a server database is opened by its address (--db, TRACKER_DB).
    assert second.settings.recent_files()[:1] == ([db_path] if engine == "sqlite" else [])


def test_the_header_menu_hides_and_shows_columns(qtbot, window):
    header = window.portfolio.table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(10, 5))  # a right-click on the header
    menu = next(m for m in window.portfolio.findChildren(QMenu) if m.isVisible())
    countries = next(a for a in menu.actions() if a.text() == "Countries")
    countries.trigger()
    assert header.isSectionHidden(COLUMN_INDEX["countries"])
    menu.close()
    menu = window.portfolio.column_menu()
    next(a for a in menu.actions() if a.text() == "Countries").trigger()
    assert not header.isSectionHidden(COLUMN_INDEX["countries"])
