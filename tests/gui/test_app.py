"""Start-up: `tracker-gui --screenshot` and the database the window opens on."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tracker.domain.project import Project
from tracker.gui import app
from tracker.store.database import close_database, open_database
from tracker.store.projects import save_project
from tracker.store.queries import portfolio_rows

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]


def test_screenshot_renders_the_demo_portfolio_to_a_png(qapp, tmp_path, capsys):
    png = tmp_path / "window.png"
    assert app.main(["--screenshot", str(png)]) == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == app.SCREENSHOT_SIZE
    assert png.stat().st_size > 10_000  # a real picture, not an empty frame
    assert capsys.readouterr().out.strip() == str(png)


def test_screenshot_of_a_given_database_adds_the_demo_only_when_it_is_empty(qapp, tmp_path: Path):
    path = tmp_path / "office.sqlite3"
    open_database(path)
    save_project(Project(code="KEN/40/01/X", title="Our only project", planned_start=date(2040, 1, 1), planned_end=date(2040, 12, 31)))
    close_database()
    assert app.main(["--db", str(path), "--screenshot", str(tmp_path / "office.png")]) == 0
    open_database(path)
    assert [r.code for r in portfolio_rows()] == ["KEN/40/01/X"]
    close_database()


def test_screenshot_leaves_the_users_settings_alone(qapp, tmp_path):
    from tracker.gui.settings import Settings

    app.main(["--screenshot", str(tmp_path / "s.png")])
    assert Settings().recent_files() == []


def test_an_unwritable_screenshot_path_is_an_error(qapp, tmp_path, capsys):
    assert app.main(["--screenshot", str(tmp_path / "no" / "such" / "folder" / "s.png")]) == 1
    assert "cannot write the screenshot" in capsys.readouterr().err


def test_the_main_window_does_not_load_openpyxl_at_start_up():
    """openpyxl costs about 0.2 s to import: it loads when a workbook is read or written."""
    import subprocess
    import sys

    code = "import sys, tracker.gui.main_window; print('openpyxl' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "False", result.stderr


def test_the_window_title_says_when_the_database_is_read_only(qtbot, tmp_path):
    from tracker.gui.main_window import MainWindow
    from tracker.store.database import close_database, open_database

    path = tmp_path / "archive.sqlite3"
    open_database(path)
    close_database()
    open_database(path, read_only=True)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        assert window.windowTitle().startswith("archive.sqlite3 (read-only)")
    finally:
        close_database()
