"""Start-up of the desktop app: arguments, QApplication, main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from tracker import __version__


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="tracker-gui", description="Portfolio tracker desktop app")
    parser.add_argument("--db", metavar="PATH", help="database file (default: $TRACKER_DB, else your data folder)")
    parser.add_argument("--screenshot", metavar="PNG", help="render the main window with the demo portfolio to PNG and exit")
    parser.add_argument("--version", action="version", version=f"tracker {__version__}")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tracker.domain.errors import DomainError
    from tracker.gui.main_window import MainWindow
    from tracker.store.database import open_database

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("tracker")
    app.setApplicationName("tracker")
    app.setApplicationVersion(__version__)
    try:
        open_database(args.db)
    except DomainError as exc:
        QMessageBox.critical(None, "tracker", f"Cannot open the database.\n\n{exc}")
        return 1
    window = MainWindow()
    window.show()
    return app.exec()
