"""Render the README's screenshots from the real app with the demo portfolio.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = (1366, 768)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="tracker-shots-") as folder:
        os.environ["TRACKER_SETTINGS"] = str(Path(folder) / "settings.ini")
        os.environ["XDG_DATA_HOME"] = folder  # the demo's own database, as File > Open Demo Portfolio opens it
        from PySide6.QtWidgets import QApplication

        from tracker.gui.app import create_app
        from tracker.gui.main_window import MainWindow
        from tracker.store.database import close_database, open_database
        from tracker.store.demo import load_demo

        create_app("en")  # the English screenshots, whatever the machine speaks (README: --screenshot --lang)
        from tracker.store.demo import demo_database_path

        open_database(demo_database_path())
        load_demo()
        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        window.portfolio.select_project(window.model.id_of_code("GLO/22/01/LUX"))
        QApplication.processEvents()
        window.grab().save(str(HERE / "portfolio.png"))
        loaded = []
        window.dashboard.loaded.connect(lambda: loaded.append(True))
        window.tabs.setCurrentWidget(window.dashboard)
        while not loaded:  # the figures are read on the worker thread
            QApplication.processEvents()
        QApplication.processEvents()
        window.grab().save(str(HERE / "dashboard.png"))
        editor = window.open_project("RER/23/01/EU")
        editor.resize(*SIZE)
        # The page is inside a scroll area: the tab is found by its title.
        editor.tabs.setCurrentIndex(next(i for i in range(editor.tabs.count()) if editor.tabs.tabText(i) == "Dates and budget"))
        editor.panel.view.selectRow(2)
        QApplication.processEvents()
        editor.grab().save(str(HERE / "editor.png"))
        editor.close()
        window.close()
        close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
