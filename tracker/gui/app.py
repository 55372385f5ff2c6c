"""Start-up of the desktop app: arguments, QApplication, main window; and --screenshot."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tracker import __version__
from tracker.domain import i18n
from tracker.domain.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

SCREENSHOT_SIZE = (1366, 768)  # the smallest laptop screen the app is laid out for


def _language_asked(argv: Sequence[str]) -> str | None:
    """The --lang of `argv` if it names a language, read before argparse so that its own
    messages (--help, errors) are in it."""
    for index, argument in enumerate(argv):
        if argument.startswith("--lang="):
            return i18n.normalise_language(argument.split("=", 1)[1])
        if argument == "--lang" and index + 1 < len(argv):
            return i18n.normalise_language(argv[index + 1])
    return None


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    # argparse's own words (usage:, options, its errors) in the language too, as the command line says them.
    from tracker.cli import _argparse_in_language

    with i18n.using_language(_language_asked(argv)), _argparse_in_language():
        parser = argparse.ArgumentParser(prog="tracker-gui", description=translate("AppArguments", "Portfolio tracker desktop app"))
        parser.add_argument("--db", metavar="PATH|URL", help=translate(
            "AppArguments", "database file or postgresql://user@host:port/dbname (default: $TRACKER_DB, else your data folder)"))
        parser.add_argument("--demo", action="store_true", help=translate(
            "AppArguments", "open the demo portfolio, a database of its own (created and filled the first time)"))
        parser.add_argument("--lang", choices=list(i18n.LANGUAGES), help=translate(
            "AppArguments", "the language of the app, and how it writes numbers and dates (default: Edit > Preferences…, "
            "else the system's)"))
        parser.add_argument("--screenshot", metavar="PNG", help=translate(
            "AppArguments", "render the main window with the demo portfolio to PNG and exit"))
        parser.add_argument("--version", action="version", version=f"tracker {__version__}")
        args = parser.parse_args(argv)
        if args.demo and args.db:
            parser.error(translate("AppArguments", "--demo opens the demo's own database; leave out --db"))
    return args


def create_app(language: str | None = None) -> "QApplication":
    """The QApplication, with the names QSettings files its settings under (set once, here), and
    the translations of `language` ("en", "fr", "es"; None: Edit > Preferences…' choice, else
    the system's) installed, with the locale its numbers and dates are written in."""
    from PySide6.QtWidgets import QApplication

    from tracker.gui.settings import APPLICATION, LANGUAGE, ORGANIZATION, Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    from tracker.gui.translations import install_translators

    # A stored language this version does not know (a settings file from a newer one) is the system's.
    install_translators(app, language or i18n.normalise_language(Settings().get(LANGUAGE)))
    return app  # type: ignore[return-value]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot:
        # A screenshot needs no screen: render offscreen unless told otherwise.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The store and the domain (peewee, the models, the portfolio's query) are imported before
    # PySide6: PySide6 reads the source of every module imported after it (looking for its
    # __feature__ switches), a fraction of a millisecond each for a hundred modules at start-up.
    import tracker.store.queries  # noqa: F401 - imported for the order only
    from tracker.store.database import close_database, demo_database_path, open_database

    # A screenshot is of the app in English unless --lang asks for another (never the user's preference).
    app = create_app(args.lang or ("en" if args.screenshot else None))
    if args.screenshot:
        return screenshot(Path(args.screenshot), args.db)

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from tracker.domain.errors import DomainError
    from tracker.gui import workers
    from tracker.gui.main_window import MainWindow

    try:
        open_database(demo_database_path() if args.demo else args.db)
    except DomainError as exc:
        QMessageBox.critical(None, "tracker", QCoreApplication.translate("App", "Cannot open the database.") + f"\n\n{exc}")
        return 1
    if args.lang:
        from tracker.gui import preferences  # its dialog's module: only when there is something to tell it

        preferences.command_line_language = args.lang  # Edit > Preferences… says it overrides the choice
    window = MainWindow()
    window.show()
    if args.demo and window.model.total_count() == 0:
        from tracker.gui.file_commands import load_demo_portfolio

        load_demo_portfolio(window)  # the first time: filled on the worker thread, with progress
    code = app.exec()
    workers.wait_for_all()  # a write in progress finishes before the database is closed
    close_database()
    return code


def screenshot(png: Path, db: str | None = None) -> int:
    """Open `db` (or a temporary database), load the demo portfolio if it holds no project, and
    save the main window at 1366x768 to `png`. Uses settings of its own, never the user's."""
    from PySide6.QtWidgets import QApplication

    from tracker.gui.main_window import MainWindow
    from tracker.gui.settings import Settings
    from tracker.store.database import close_database, open_database
    from tracker.store.demo import load_demo
    from tracker.store.queries import counts_by_stage

    with tempfile.TemporaryDirectory(prefix="tracker-screenshot-") as folder:
        open_database(db or Path(folder) / "screenshot.sqlite3")
        try:
            if not sum(counts_by_stage().values()):
                load_demo()
            window = MainWindow(settings=Settings(Path(folder) / "settings.ini"))
            window.resize(*SCREENSHOT_SIZE)
            window.show()
            if window.model.rowCount():
                window.portfolio.select_project(window.model.row_at(0).id)
            QApplication.processEvents()
            saved = window.grab().save(str(png), "PNG")
            window.close()
        finally:
            close_database()
    if not saved:
        print("tracker-gui: " + translate("AppArguments", "error: cannot write the screenshot {path}").format(path=png), file=sys.stderr)
        return 1
    print(png)
    return 0
