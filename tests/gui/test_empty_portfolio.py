"""A first day starts on an empty database: the empty table says where to begin."""

from __future__ import annotations

import pytest

from tracker.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db):
    widget = MainWindow()
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_an_empty_database_says_how_to_begin(qtbot, window):
    hint = window.portfolio.empty_hint
    qtbot.waitUntil(hint.isVisible)
    assert "Ctrl+N" in hint.text() and "Open Demo Portfolio" in hint.text() and "F1" in hint.text()
    # The hint lies within the table, where the rows would be.
    viewport = window.portfolio.table.viewport()
    assert viewport.rect().contains(hint.geometry())


def test_the_hint_goes_once_there_is_a_project(qtbot, window):
    from tests.gui.factories import small_portfolio

    qtbot.waitUntil(window.portfolio.empty_hint.isVisible)
    small_portfolio()
    window.reload()
    qtbot.waitUntil(lambda: window.model.total_count() == 5)
    assert not window.portfolio.empty_hint.isVisible()
