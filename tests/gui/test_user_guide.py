"""Help > User Guide (F1): the guide opens offline from the main window, with its contents, and
can be searched."""

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from tracker.gui import user_guide
from tracker.gui.user_guide import UserGuide, guide_text

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]

ROOT = Path(__file__).resolve().parents[2]

SECTIONS = [
    "Before you start", "The demo portfolio", "The project officer's day", "1. Add a funding partner", "2. Create a project",
    "3. Dates, budget, currency and rate", "4. Funding and expenditure lines", "5. Budget lines", "6. Progress reports",
    "7. Move the project through its cycle", "8. Evaluations", "9. Save and undo", "11. Documents and places",
    "12. Field packages: working offline with headquarters", "The donor-relations day",
    "Import a workbook", "Exchange rates", "Publish to IATI", "Write a report", "The evaluation rules", "By duration", "By budget: independence",
    "Which rules a project follows", "Appraisal before approval", "Cluster evaluations", "Change the rules",
    "Before adopting a change: its impact",
    "Numbers, dates and currencies", "Keyboard shortcuts", "Where your data lives",
]


@pytest.fixture
def close_guide():
    yield
    if user_guide._window is not None:
        user_guide._window.close()
        user_guide._window = None


def test_f1_in_the_main_window_opens_the_guide_with_its_contents(qtbot, window, close_guide):
    assert QKeySequence("F1") in window.user_guide_action.shortcuts()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = user_guide._window
    assert isinstance(guide, UserGuide) and guide.isVisible()
    headings = guide.headings()
    assert [h for h in headings if h in SECTIONS] == SECTIONS  # every section, in the guide's order
    text = guide.browser.toPlainText()
    assert "over US$350,000" in text and "under 18 months" in text and "18 to 30 months" in text
    # Asked again, the same window comes to the front rather than a second one.
    window.user_guide_action.trigger()
    assert user_guide._window is guide


def test_the_help_menu_lists_the_guide_first(window, close_guide):
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    assert help_menu.actions()[0] is window.user_guide_action
    assert window.user_guide_action.text() == "&User Guide"


def test_a_heading_of_the_contents_brings_its_section_into_view(qtbot, close_guide):
    guide = user_guide.show_user_guide()
    qtbot.waitExposed(guide)
    assert guide.go_to_heading("Keyboard shortcuts")
    assert guide.browser.textCursor().block().text() == "Keyboard shortcuts"
    assert guide.browser.verticalScrollBar().value() > 0


def test_ctrl_f_searches_the_guide(qtbot, close_guide):
    guide = user_guide.show_user_guide()
    qtbot.waitExposed(guide)
    guide.activateWindow()
    qtbot.waitUntil(guide.isActiveWindow)
    qtbot.keyClick(guide, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert guide.find_bar.isVisible() and guide.find_bar.text.hasFocus()
    qtbot.keyClicks(guide.find_bar.text, "350,000")
    assert guide.browser.textCursor().selectedText() == "350,000"
    first = guide.browser.textCursor().position()
    qtbot.keyClick(guide.find_bar.text, Qt.Key.Key_Return)
    assert guide.browser.textCursor().position() > first
    guide.find_bar.text.setText("no such words in the guide")
    assert guide.find_bar.status.text() == "Not found"
    qtbot.keyClick(guide.find_bar.text, Qt.Key.Key_Escape)
    assert not guide.find_bar.isVisible()


def test_the_guide_speaks_to_its_readers():
    """No code names, no file paths of a developer's machine, no words from behind the scenes."""
    text = guide_text()
    for word in ("seed", "domain reference", "usd_rate", "planned_start", "ruleset", "json", "/work/", "/home/", "TODO"):
        assert word.lower() not in text.lower(), word
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text.replace("tracker.sqlite3", "")), "a code name in the guide"


def test_the_guide_and_translations_are_installed_with_the_package():
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["tracker.resources"]
    assert "guide/*.md" in package_data and "translations/*.qm" in package_data


def test_f1_in_the_project_editor_opens_the_guide(qtbot, window, discard_on_teardown, close_guide):
    editor = window.open_project(None)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor, Qt.Key.Key_F1)
    assert user_guide._window is not None and user_guide._window.isVisible()
    help_menu = next(a.menu() for a in editor.menuBar().actions() if a.text().replace("&", "") == "Help")
    assert help_menu.actions() == [editor.help_action]
    editor.close()
