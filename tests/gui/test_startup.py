"""Start-up: `main.py --demo` paints the main window on the demo portfolio without loading what
no one has asked for yet (the project editor, the reports, IATI, field packages, openpyxl), and
the commands whose modules were left out load them when triggered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: at the main window's first Paint event, what is loaded and shown.
FIRST_PAINT_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

import tracker.gui.main_window as main_window


class FirstPaint(QObject):
    seen = None

    def eventFilter(self, window, event):
        if event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = {"modules": sorted(sys.modules), "title": window.windowTitle(),
                         "projects": window.model.total_count(), "tabs": window.tabs.count()}
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


first_paint = FirstPaint()
shown = main_window.MainWindow.show


def show(self):
    self.installEventFilter(first_paint)
    shown(self)


main_window.MainWindow.show = show
from tracker.gui.app import main

code = main(["--demo"])
print("FIRST PAINT " + json.dumps(first_paint.seen))
sys.exit(code)
"""

# Modules for commands a user has not given yet: none of them is needed to paint the window.
NOT_YET = (
    "tracker.gui.editor.",  # the project editor's modules (the package itself is a few lines)
    "tracker.reports",
    "tracker.exchange",  # IATI export and check, field packages, imports
    "tracker.gui.iati_check_dialog",
    "tracker.gui.import_dialog",
    "tracker.gui.reports_dialog",
    "tracker.gui.rates_dialog",
    "tracker.gui.organisation_dialog",
    "tracker.gui.partners_dialog",
    "tracker.gui.dashboard",  # built just after the first paint
    "tracker.gui.charts",
    "tracker.store.replan",
    "tracker.store.demo",  # the demo's loader: the demo is already there
    "openpyxl",
    "lxml",
)


# The demo database as a first start leaves it (created and filled), in a process of its own.
FILL_DEMO = """
from tracker.store.database import close_database, demo_database_path, open_database
from tracker.store.demo import load_demo

open_database(demo_database_path())
load_demo()
close_database()
"""


@pytest.fixture
def first_paint(tmp_path: Path) -> dict[str, object]:
    """Start `main.py --demo` in a fresh process on the demo (a second start: the first one
    created it) with a fresh settings file; what it had at its first paint."""
    env = {key: value for key, value in os.environ.items() if key != "TRACKER_DB"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"), TRACKER_SETTINGS=str(tmp_path / "settings.ini"))
    subprocess.run([sys.executable, "-c", FILL_DEMO], cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("FIRST PAINT "))
    seen = json.loads(line.removeprefix("FIRST PAINT "))
    assert seen is not None, "the main window was never painted"
    return seen


def test_the_first_paint_shows_the_demo_without_the_modules_no_one_asked_for(first_paint):
    assert "demo.sqlite3" in first_paint["title"] and first_paint["projects"] > 20
    assert first_paint["tabs"] == 2  # the dashboard's tab is there, its page built later
    loaded = [name for name in first_paint["modules"] if name.startswith(NOT_YET)]
    assert loaded == []


def test_the_dashboard_is_the_tabs_page_once_asked_for(window, qtbot):
    dashboard = window.dashboard
    assert window.tabs.widget(1) is dashboard and window.tabs.currentIndex() == 0
    assert window.dashboard is dashboard  # built once
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):  # read when looked at
        window.tabs.setCurrentIndex(1)


def test_the_dashboard_is_built_after_the_first_paint_without_being_asked_for(window, qtbot):
    qtbot.waitUntil(lambda: isinstance(window.tabs.widget(1), _dashboard_class()))
    assert window.tabs.currentIndex() == 0  # still on the portfolio


def _dashboard_class() -> type[QWidget]:
    from tracker.gui.dashboard import DashboardWidget

    return DashboardWidget


def test_commands_load_their_modules_when_triggered(window, qtbot):
    # Help > User Guide, Tools > Exchange Rates…, File > Check IATI Publication… and Edit >
    # Funding Partners… open windows of their own (not modal): each loads its module now.
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets())
    window.user_guide_action.trigger()
    window.rates_action.trigger()
    window.iati_actions["check"].trigger()
    partners = next(a for a in window.menuBar().actions()[1].menu().actions() if a.text().replace("&", "") == "Funding Partners…")
    partners.trigger()
    opened = {type(widget).__name__ for widget in set(QApplication.topLevelWidgets()) - before if widget.isVisible()}
    opened |= {type(widget).__name__ for widget in window.findChildren(QWidget) if widget.isWindow() and widget.isVisible()}
    assert {"UserGuide", "RatesDialog", "IatiCheckDialog", "PartnersDialog"} <= opened
    for widget in set(QApplication.topLevelWidgets()) - before:
        widget.close()
    for widget in window.findChildren(QWidget):
        if widget.isWindow() and widget is not window:
            widget.close()

