"""What the File menu does: create, open and back up databases, open the demo portfolio (a
database of its own) and remove demo data an earlier tracker loaded into a working database.

The dialogs are module-level `ask_*` functions so that tests replace them (monkeypatch) and drive
the real commands; the work itself is the store's (open_database, backup_database, load_demo,
remove_demo_data)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget

from tracker.domain.errors import DomainError
from tracker.gui import errors, server_dialog, settings
from tracker.gui.workers import Operation, Progress
from tracker.store.database import (
    DB_FILE_NAME,
    backup_database,
    database_label,
    database_path,
    database_target,
    demo_database_path,
    has_demo_data,
    is_demo_database,
    is_server_database,
    open_database,
)
from tracker.store.errors import StoreError

# The demo's loader (and the store's project writes it uses) loads when the demo is loaded or
# removed; every start asks demo_state_changed, which needs none of it.
if TYPE_CHECKING:
    from tracker.gui.main_window import MainWindow
    from tracker.store.demo import DemoData, DemoRemoval, DemoResult

SUFFIX = ".sqlite3"



def _filter() -> str:
    return QCoreApplication.translate("FileCommands", "tracker databases (*.sqlite3 *.sqlite *.db);;All files (*)")


# ------------------------------------------------------------------ dialogs (replaced in tests)


def ask_new_database_path(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("FileCommands", "New database"), str(folder / DB_FILE_NAME), _filter())
    return Path(name) if name else None


def ask_open_database_path(parent: QWidget, folder: Path) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("FileCommands", "Open database"), str(folder), _filter())
    return Path(name) if name else None


def ask_backup_path(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("FileCommands", "Save a backup copy"), str(suggested), _filter())
    return Path(name) if name else None


def ask_remove_demo_data(parent: QWidget, found: DemoData, where: str) -> bool:
    """Confirm removing the demo data, saying how much goes; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("FileCommands", "Remove Demo Data"), QCoreApplication.translate("FileCommands", 
        "Remove the demo data from {where}?").format(where=where), QMessageBox.StandardButton.Cancel, parent)
    # Each count in its own plural text ("1 demo project", "the 2 demo partners"), with the count
    # in a plain variable so that pyside6-lupdate sees it (tools/update_translations.py).
    projects, partners = found.projects, found.partners
    box.setInformativeText(QCoreApplication.translate("FileCommands", 
        "{projects}, with their funding, expenditure, evaluations and history, and {partners} that none of your own "
        "funding names will be deleted. Your own projects and partners stay as they are. "
        "The deletions are in the audit trail, and field packages carry them.").format(
            projects=QCoreApplication.translate("FileCommands", "%n demo project(s)", "", projects),
            partners=QCoreApplication.translate("FileCommands", "the %n demo partner(s)", "", partners)))
    remove = box.addButton(QCoreApplication.translate("FileCommands", "&Remove Demo Data"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is remove


# ------------------------------------------------------------------ commands


def _folder() -> Path:
    current = database_path()
    return current.parent if current else Path.home()


def switch_database(window: MainWindow, path: Path | str) -> bool:
    """Open `path` (a file, or a server address) in place of the current database; on failure the
    current one stays open and the error is shown. True when `path` is now open."""
    previous = database_target()  # a file, or a server's address
    try:
        open_database(path)
    except DomainError as exc:
        if previous is not None:
            open_database(previous)
        errors.show_error(window, exc)
        return False
    window.database_changed()
    return True


def open_server_database(window: MainWindow) -> bool:
    """Ask for a server address (and password) and open it in place of the current database."""
    address = server_dialog.ask_server_address(window, window.settings.get(settings.LAST_SERVER))
    if address is None:
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # connecting can take a few seconds
    try:
        opened = switch_database(window, address)
    finally:
        QApplication.restoreOverrideCursor()
    if opened:
        window.settings.set(settings.LAST_SERVER, server_dialog.without_password(address))
    return opened


def new_database(window: MainWindow) -> None:
    path = ask_new_database_path(window, _folder())
    if path is None:
        return
    if not path.suffix:
        path = path.with_suffix(SUFFIX)
    if path.exists():
        # The save dialog asked "replace?", but replacing a database would destroy its projects.
        errors.show_error(window, StoreError(QCoreApplication.translate("FileCommands", "{path} already exists; use File > Open to open it").format(path=path)))
        return
    if switch_database(window, path):
        window.statusBar().showMessage(QCoreApplication.translate("FileCommands", "Created the database {path}").format(path=path), 8000)


def open_database_file(window: MainWindow) -> None:
    path = ask_open_database_path(window, _folder())
    if path is not None:
        switch_database(window, path)


def open_recent(window: MainWindow, path: Path) -> None:
    if not path.exists():
        window.settings.remove_recent_files([path])
        window.statusBar().showMessage(QCoreApplication.translate("FileCommands", "{path} no longer exists; it was removed from Open Recent").format(path=path), 10000)
        return
    switch_database(window, path)


def drop_missing_recent_files(window: MainWindow) -> list[Path]:
    """Remove recent files that no longer exist, saying so in the status bar."""
    missing = [p for p in window.settings.recent_files() if not p.exists()]
    if missing:
        window.settings.remove_recent_files(missing)
        names = ", ".join(p.name for p in missing)
        window.statusBar().showMessage(QCoreApplication.translate("FileCommands", "No longer found, removed from Open Recent: {names}").format(names=names), 10000)
    return missing


def backup(window: MainWindow) -> None:
    """SQLite's online backup (never a file copy: a copy of a live WAL database can miss the
    latest changes), on the worker thread: a large database takes a while."""
    current = database_path()
    if current is None:
        if is_server_database():
            QMessageBox.information(window, QCoreApplication.translate("FileCommands", "Back Up"), QCoreApplication.translate("FileCommands", 
                "This database is on a server ({address}): the server's administrator backs it up with the "
                "server's tools (pg_dump), not tracker.").format(address=database_label()))
        return
    suggested = current.with_name(f"{current.stem}-backup-{dt.date.today().isoformat()}{current.suffix or SUFFIX}")
    target = ask_backup_path(window, suggested)
    if target is None:
        return

    def done(written: Path) -> None:
        window.statusBar().showMessage(QCoreApplication.translate("FileCommands", "Backup written to {path}").format(path=written), 10000)

    Operation(window, lambda progress: backup_database(target), label=QCoreApplication.translate("FileCommands", "Writing the backup…"), success=done, cancellable=False).run()


def open_demo_portfolio(window: MainWindow) -> Operation[DemoResult] | None:
    """Open the demo portfolio: a database of its own (demo.sqlite3 in the user's data folder),
    created and filled with the demo projects on the worker thread the first time. The database
    open until now is left as it is; File > Open Recent goes back to it."""
    path = demo_database_path()
    if not switch_database(window, path):
        return None
    if window.model.total_count() == 0:
        return load_demo_portfolio(window)
    window.statusBar().showMessage(QCoreApplication.translate("FileCommands", "Opened the demo portfolio, a database of its own; your own projects are not in it"), 15000)
    return None


def load_demo_portfolio(window: MainWindow) -> Operation[DemoResult] | None:
    """Fill the open database with the demo projects (the demo's own database, or a new one):
    never a database that holds real projects, where illustrative figures would reach real
    reports."""
    from tracker.store.demo import holds_real_projects, load_demo

    if holds_real_projects():
        errors.show_error(window, StoreError(QCoreApplication.translate("FileCommands", 
            "{where} holds your own projects, and the demo never goes among them: use File > Open Demo Portfolio, "
            "which opens it in a database of its own").format(where=database_label())))
        return None

    def work(progress: Progress) -> DemoResult:
        # One transaction: Cancel rolls the whole demo back (DemoCancelled is a Cancelled).
        progress(0, 0, QCoreApplication.translate("FileCommands", "Loading the demo portfolio…"))
        return load_demo(progress, progress.is_cancelled)

    def done(result: DemoResult) -> None:
        window.reload()  # many projects: the whole list is read again, on the worker thread
        projects = result.projects_added + result.projects_skipped
        window.statusBar().showMessage(
            QCoreApplication.translate("FileCommands", "Demo portfolio ready: %n project(s), in a database of its own", "", projects), 15000)

    operation = Operation(window, work, label=QCoreApplication.translate("FileCommands", "Loading the demo portfolio…"), success=done)
    operation.signals.cancelled.connect(lambda: window.statusBar().showMessage(QCoreApplication.translate("FileCommands", "Loading the demo was cancelled; nothing was added"), 10000))
    return operation.run()


def remove_demo(window: MainWindow) -> Operation[DemoRemoval] | None:
    """File > Remove Demo Data…: after a confirmation that says how much goes, every demo project
    and the demo partners no real funding names, in one audited transaction on the worker thread."""
    from tracker.store.demo import demo_data, remove_demo_data

    found = demo_data()
    if not found:
        window.statusBar().showMessage(QCoreApplication.translate("FileCommands", "This database holds no demo data"), 8000)
        return None
    if not ask_remove_demo_data(window, found, database_label() or ""):
        return None

    def work(progress: Progress) -> DemoRemoval:
        progress(0, found.projects, QCoreApplication.translate("FileCommands", "Removing the demo data…"))
        return remove_demo_data(progress=progress, cancelled=progress.is_cancelled)

    def done(result: DemoRemoval) -> None:
        window.reload()
        projects, partners = result.projects, result.partners
        window.statusBar().showMessage(QCoreApplication.translate("FileCommands", "Removed the demo data: {projects} and {partners}").format(
            projects=QCoreApplication.translate("FileCommands", "%n project(s)", "", projects),
            partners=QCoreApplication.translate("FileCommands", "%n partner(s)", "", partners)), 15000)

    operation = Operation(window, work, label=QCoreApplication.translate("FileCommands", "Removing the demo data…"), success=done)
    operation.signals.cancelled.connect(lambda: window.statusBar().showMessage(QCoreApplication.translate("FileCommands", "Removing the demo data was cancelled; nothing was removed"), 10000))
    return operation.run()


def demo_state_changed(window: MainWindow, remove_action: QAction | None = None) -> None:
    """After each reload: Remove Demo Data is enabled only while there is demo data, and the
    status bar says so when the demo's own database is open, or demo data is mixed in."""
    demo_database = is_demo_database(database_path())
    try:
        # The demo's own database: nothing to ask (it is all demo data, never removed from itself).
        holds_demo = not demo_database and has_demo_data()
    except DomainError:  # the database went away meanwhile: the next reload says so
        return
    if remove_action is not None:
        remove_action.setEnabled(holds_demo)
    label = window.findChild(QLabel, "demoNotice")
    if label is None:
        label = QLabel(window)
        label.setObjectName("demoNotice")
        window.statusBar().addPermanentWidget(label)
    if demo_database:
        label.setText(QCoreApplication.translate("FileCommands", "Demo portfolio: illustrative projects, not real data"))
    elif holds_demo:
        label.setText(QCoreApplication.translate("FileCommands", "Includes demo data (File > Remove Demo Data…)"))
    else:
        label.setText("")
    label.setVisible(bool(label.text()))
