"""Edit > Delete Project…, Archive Project, Restore from Archive and View > Show Archived Projects,
on the project selected in the portfolio. The work is the store's (delete_project,
archive_project, restore_project); the confirmation is a module-level `ask_*` function so that
tests answer it (monkeypatch) and drive the real command."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from tracker.domain.errors import DomainError
from tracker.gui import errors
from tracker.gui import settings as keys
from tracker.gui.portfolio_reload import Changed

if TYPE_CHECKING:
    from tracker.gui.main_window import MainWindow
    from tracker.store.projects import DeletionSummary
    from tracker.store.queries import PortfolioRow



@dataclass
class ProjectActions:
    delete: QAction
    archive: QAction
    restore: QAction
    show_archived: QAction


# ------------------------------------------------------------------ dialogs (replaced in tests)


def what_goes(summary: DeletionSummary) -> str:
    """The records deleted with a project, counted without plurals to get wrong: "funding lines:
    1; expenditure lines: 2; evaluations: 3; its stage history"."""
    parts = [text.format(count=count) for count, text in (
        (summary.fundings, QCoreApplication.translate("ProjectCommands", "funding lines: {count}")), (summary.revisions, QCoreApplication.translate("ProjectCommands", "budget revisions: {count}")),
        (summary.expenditures, QCoreApplication.translate("ProjectCommands", "expenditure lines: {count}")), (summary.evaluations, QCoreApplication.translate("ProjectCommands", "evaluations: {count}")),
        (summary.indicators, QCoreApplication.translate("ProjectCommands", "result indicators: {count}")),
        (summary.budget_lines, QCoreApplication.translate("ProjectCommands", "budget lines: {count}")),
        (summary.progress_reports, QCoreApplication.translate("ProjectCommands", "progress reports: {count}"))) if count]
    if summary.stage_changes:
        parts.append(QCoreApplication.translate("ProjectCommands", "its stage history"))
    return "; ".join(parts)


def ask_delete_project(parent: QWidget, summary: DeletionSummary) -> bool:
    """Confirm deleting a project, naming it and what goes with it; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ProjectCommands", "Delete Project"),
                      QCoreApplication.translate("ProjectCommands", "Delete project {code} \u201c{title}\u201d?").format(code=summary.code, title=summary.title),
                      QMessageBox.StandardButton.Cancel, parent)
    goes = what_goes(summary)
    text = QCoreApplication.translate("ProjectCommands", "Deleted with it: {records}.").format(records=goes) if goes else QCoreApplication.translate("ProjectCommands", "It has no funding, expenditure or evaluations yet.")
    box.setInformativeText(text + " " + QCoreApplication.translate("ProjectCommands", 
        "The deletion is in the audit trail, and field packages carry it to the other databases. To keep a project on "
        "record but out of the list, archive it instead (Edit > Archive Project)."))
    delete = box.addButton(QCoreApplication.translate("ProjectCommands", "&Delete Project"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


# ------------------------------------------------------------------ commands


def _selected(window: MainWindow) -> PortfolioRow | None:
    row = window.portfolio.current_row()
    if row is None:
        window.statusBar().showMessage(QCoreApplication.translate("ProjectCommands", "Select a project in the portfolio first"), 8000)
    return row


def _open_in_editor(window: MainWindow, project_id: int) -> bool:
    from tracker.gui.editor import ProjectEditor

    return any(editor.isVisible() and editor.loaded.id == project_id for editor in window.findChildren(ProjectEditor))


def delete_selected(window: MainWindow) -> bool:
    """Delete the selected project after a confirmation; True when it was deleted."""
    row = _selected(window)
    if row is None:
        return False
    if _open_in_editor(window, row.id):
        # Its editor would otherwise save it again as a new project.
        window.statusBar().showMessage(QCoreApplication.translate("ProjectCommands", "{code} is open in an editor: close the editor first").format(code=row.code), 10000)
        return False
    # The store's project writes load when a project is first deleted, not with the window (start-up).
    from tracker.store.projects import delete_project, deletion_summary

    try:
        summary = deletion_summary(row.code)
        if not ask_delete_project(window, summary):
            return False
        delete_project(summary.code)
    except DomainError as exc:
        errors.show_error(window, exc)
        return False
    window.refresh(Changed.of(ids=[row.id]))
    window.statusBar().showMessage(QCoreApplication.translate("ProjectCommands", "Deleted project {code}").format(code=summary.code), 10000)
    return True


def set_archived(window: MainWindow, archived: bool) -> bool:
    """Archive (or restore) the selected project; True when it changed."""
    row = _selected(window)
    if row is None:
        return False
    from tracker.store.projects import archive_project, restore_project

    try:
        changed = archive_project(row.code) if archived else restore_project(row.code)
    except DomainError as exc:
        errors.show_error(window, exc)
        return False
    window.refresh(Changed.of(ids=[row.id]))
    if archived:
        message = QCoreApplication.translate("ProjectCommands", "Archived {code}: it stays on record and in reports; View > Show Archived Projects shows it")
    else:
        message = QCoreApplication.translate("ProjectCommands", "{code} is back in the portfolio list")
    window.statusBar().showMessage(message.format(code=row.code), 10000)
    return changed


def show_archived(window: MainWindow, on: bool) -> None:
    window.reader.include_archived = on
    window.settings.set(keys.SHOW_ARCHIVED, on)
    window.reload()


def _update(window: MainWindow, actions: ProjectActions) -> None:
    row = window.portfolio.current_row()
    actions.delete.setEnabled(row is not None)
    actions.archive.setEnabled(row is not None and not row.archived)
    actions.restore.setEnabled(row is not None and row.archived)


def install(window: MainWindow, edit_menu: QMenu, view_menu: QMenu) -> ProjectActions:
    """Create the actions, add them to the Edit and View menus and keep them enabled for the
    selected project."""
    actions = ProjectActions(
        delete=QAction(QCoreApplication.translate("ProjectCommands", "&Delete Project…"), window),
        archive=QAction(QCoreApplication.translate("ProjectCommands", "&Archive Project"), window),
        restore=QAction(QCoreApplication.translate("ProjectCommands", "Restore from Arc&hive"), window),
        show_archived=QAction(QCoreApplication.translate("ProjectCommands", "Show Arc&hived Projects"), window),
    )
    actions.delete.setStatusTip(QCoreApplication.translate("ProjectCommands", "Delete the selected project with all its records (after a confirmation)"))
    actions.archive.setStatusTip(QCoreApplication.translate("ProjectCommands", "Keep the selected project on record but out of the portfolio list"))
    actions.restore.setStatusTip(QCoreApplication.translate("ProjectCommands", "Bring the selected archived project back to the portfolio list"))
    actions.show_archived.setStatusTip(QCoreApplication.translate("ProjectCommands", "List archived projects too, in grey"))
    # The Delete key deletes only while the table has the focus (in a text box it deletes text).
    actions.delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    actions.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    window.portfolio.table.addAction(actions.delete)
    actions.delete.triggered.connect(lambda checked=False: delete_selected(window))
    actions.archive.triggered.connect(lambda checked=False: set_archived(window, True))
    actions.restore.triggered.connect(lambda checked=False: set_archived(window, False))
    actions.show_archived.setCheckable(True)
    on = window.settings.get(keys.SHOW_ARCHIVED)
    actions.show_archived.setChecked(on)
    window.reader.include_archived = on
    actions.show_archived.toggled.connect(lambda checked: show_archived(window, checked))
    window.portfolio.selection_changed.connect(lambda: _update(window, actions))
    _update(window, actions)
    edit_menu.addSeparator()
    edit_menu.addActions([actions.archive, actions.restore, actions.delete])
    view_menu.addSeparator()
    view_menu.addAction(actions.show_archived)
    return actions
