"""The main window's actions, menus and shortcuts, kept out of main_window.py (Picard's
2,457-line main window is what to avoid)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from tracker import __version__
from tracker.gui import project_commands
from tracker.store.database import database_label, database_path

if TYPE_CHECKING:
    from tracker.gui.main_window import MainWindow


def command(module: str, function: str, *args: Any) -> Callable[[], Any]:
    """A slot that imports tracker.gui.`module` when it is first triggered and calls its
    `function(*args)`: the menus are built with their labels at start-up, the work of each
    command (dialogs, the exchange and report code, openpyxl) loads when a user asks for it.
    The function is looked up at each call, so a test that replaces it is heard."""

    def run() -> Any:
        return getattr(importlib.import_module(f"tracker.gui.{module}"), function)(*args)

    return run


@dataclass
class Actions:
    new_database: QAction
    open_database: QAction
    open_server: QAction
    backup: QAction
    open_demo: QAction
    remove_demo: QAction
    quit: QAction
    new_project: QAction
    open_project: QAction
    find: QAction
    refresh: QAction
    overdue_only: QAction
    reset_filters: QAction
    preferences: QAction
    about: QAction
    about_qt: QAction
    recent_menu: QMenu


def make_action(window: MainWindow, text: str, slot: Callable[[], object] | None = None,
                shortcuts: list[QKeySequence.StandardKey | str] | None = None, tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcuts:
        # Standard keys first (they follow the platform), then ours; without duplicates, and
        # without the empty sequence a platform has where it defines no standard key.
        sequences: list[QKeySequence] = []
        for shortcut in shortcuts:
            bindings = QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey) else [QKeySequence(shortcut)]
            for sequence in bindings:
                if not sequence.isEmpty() and sequence not in sequences:
                    sequences.append(sequence)
        action.setShortcuts(sequences)
    if tip:
        action.setStatusTip(tip)
    if slot is not None:
        action.triggered.connect(lambda checked=False: slot())
    return action


def install(window: MainWindow) -> Actions:
    """Create the actions, connect them to the window and build the menu bar."""
    view = window.portfolio
    std = QKeySequence.StandardKey
    actions = Actions(
        new_database=make_action(window, QCoreApplication.translate("Actions", "&New Database…"), command("file_commands", "new_database", window),
                             tip=QCoreApplication.translate("Actions", "Create an empty database and open it")),
        open_database=make_action(window, QCoreApplication.translate("Actions", "&Open…"), command("file_commands", "open_database_file", window), [std.Open],
                              tip=QCoreApplication.translate("Actions", "Open another database file")),
        open_server=make_action(window, QCoreApplication.translate("Actions", "Open &Server Database…"), command("file_commands", "open_server_database", window),
                            tip=QCoreApplication.translate("Actions", "Open a database shared on a PostgreSQL server")),
        backup=make_action(window, QCoreApplication.translate("Actions", "Save a &Backup Copy…"), command("file_commands", "backup", window),
                       tip=QCoreApplication.translate("Actions", "Copy the open database with SQLite's online backup")),
        open_demo=make_action(window, QCoreApplication.translate("Actions", "Open &Demo Portfolio"), command("file_commands", "open_demo_portfolio", window),
                          tip=QCoreApplication.translate("Actions", "Open the illustrative demo projects, in a database of their own (yours is left as it is)")),
        remove_demo=make_action(window, QCoreApplication.translate("Actions", "R&emove Demo Data…"), command("file_commands", "remove_demo", window),
                            tip=QCoreApplication.translate("Actions", "Delete the demo projects an earlier version loaded into this database")),
        quit=make_action(window, QCoreApplication.translate("Actions", "&Quit"), window.close, [std.Quit, "Ctrl+Q"]),
        new_project=make_action(window, QCoreApplication.translate("Actions", "&New Project…"), lambda: window.open_project(None), [std.New],
                            tip=QCoreApplication.translate("Actions", "Open the editor on a new project")),
        open_project=make_action(window, QCoreApplication.translate("Actions", "&Open Project"), view.activate_current, ["Return", "Enter"],
                             tip=QCoreApplication.translate("Actions", "Open the selected project in the editor")),
        find=make_action(window, QCoreApplication.translate("Actions", "&Find"), window.focus_search, [std.Find], tip=QCoreApplication.translate("Actions", "Search the portfolio")),
        refresh=make_action(window, QCoreApplication.translate("Actions", "&Refresh"), window.reload, [std.Refresh, "F5"], tip=QCoreApplication.translate("Actions", "Read the database again")),
        overdue_only=make_action(window, QCoreApplication.translate("Actions", "Show &Overdue Only"),
                             tip=QCoreApplication.translate("Actions", "Only projects with a mandatory evaluation past its due date")),
        reset_filters=make_action(window, QCoreApplication.translate("Actions", "Reset &Filters"), view.filters.reset, tip=QCoreApplication.translate("Actions", "Show every project again")),
        preferences=make_action(window, QCoreApplication.translate("Actions", "Pr&eferences…"), lambda: open_preferences(window),
                            [std.Preferences], tip=QCoreApplication.translate("Actions", "Choose the app's language")),
        about=make_action(window, QCoreApplication.translate("Actions", "&About tracker"), lambda: about(window)),
        about_qt=make_action(window, QCoreApplication.translate("Actions", "About &Qt"), QApplication.aboutQt),
        recent_menu=QMenu(QCoreApplication.translate("Actions", "Open &Recent"), window),
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    # Enter opens the project only while the table has the focus: in the search box it moves on
    # to the table, in a drop-down it picks an item.
    actions.open_project.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    view.table.addAction(actions.open_project)
    actions.open_project.setEnabled(False)
    view.selection_changed.connect(lambda: actions.open_project.setEnabled(view.current_row() is not None))

    # View > Show overdue only and the filter bar's check box are one setting, shown twice.
    actions.overdue_only.setCheckable(True)
    actions.overdue_only.toggled.connect(view.filters.overdue.setChecked)
    view.filters.overdue.toggled.connect(actions.overdue_only.setChecked)

    actions.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(window, actions.recent_menu))
    _build_menus(window, actions)
    window.reloaded.connect(command("file_commands", "demo_state_changed", window, actions.remove_demo))
    return actions


def _build_menus(window: MainWindow, a: Actions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Actions", "&File"))
    window.file_menu = file_menu  # where the import and package commands add theirs
    file_menu.addActions([a.new_database, a.open_database, a.open_server])
    file_menu.addMenu(a.recent_menu)
    file_menu.addSeparator()
    file_menu.addAction(a.backup)
    file_menu.addActions([a.open_demo, a.remove_demo])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
    edit_menu.addActions([a.new_project, a.open_project])
    edit_menu.addSeparator()
    edit_menu.addAction(a.find)
    edit_menu.addSeparator()
    edit_menu.addAction(make_action(window, QCoreApplication.translate("Actions", "Funding &Partners…"), lambda: open_partners(window),
                                tip=QCoreApplication.translate("Actions", "List, add, edit, deactivate or merge funding partners")))
    view_menu = bar.addMenu(QCoreApplication.translate("Actions", "&View"))
    view_menu.addAction(a.refresh)
    view_menu.addSeparator()
    view_menu.addActions([a.overdue_only, a.reset_filters])
    window.project_actions = project_commands.install(window, edit_menu, view_menu)  # delete, archive, show archived
    edit_menu.addSeparator()
    edit_menu.addAction(a.preferences)  # last, as the platforms' guidelines place it
    help_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Help"))
    window.help_menu = help_menu  # the Reports and Tools menus go before it
    window.user_guide_action = user_guide_action(window)  # Help > User Guide, F1
    help_menu.addAction(window.user_guide_action)
    help_menu.addSeparator()
    help_menu.addActions([a.about, a.about_qt])


def user_guide_action(window: QWidget) -> QAction:
    """Help > User Guide (F1) for `window` (the guide's module loads when it is first opened)."""
    action = QAction(QCoreApplication.translate("UserGuide", "&User Guide"), window)
    # F1 everywhere; HelpContents adds the platform's own key where it has one (Ctrl+? on macOS).
    keys = [QKeySequence("F1")] + [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) if k != QKeySequence("F1")]
    action.setShortcuts(keys)
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setStatusTip(QCoreApplication.translate("UserGuide", "The user guide: the day's work step by step, the evaluation rules, the shortcuts"))
    show = command("user_guide", "show_user_guide", window)
    action.triggered.connect(lambda _checked=False: show())
    return action


def open_partners(window: MainWindow) -> QWidget:
    """The Funding Partners window; the portfolio is read again when partners changed."""
    from tracker.gui.partners_dialog import PartnersDialog

    dialog = PartnersDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # A partner's code and name show in the rows (partner column, tooltips, search) and in the
    # partner filter, and a partner may fund thousands of projects: after a partner is added,
    # edited or merged (partners_changed comes before projects_changed), the list is read again
    # and prepared on the worker thread, and put in place without a freeze.
    dialog.partners_changed.connect(lambda: window.reload())
    dialog.open()
    return dialog


def open_preferences(window: MainWindow) -> QWidget:
    """Edit > Preferences…: the language, from the next start."""
    from tracker.gui.preferences import open_preferences as open_dialog

    return open_dialog(window, window.settings)


def fill_recent_menu(window: MainWindow, menu: QMenu) -> None:
    """The last databases opened, most recent first; files that have gone are dropped."""
    from tracker.gui import file_commands

    menu.clear()
    file_commands.drop_missing_recent_files(window)
    current = database_path()
    recent = window.settings.recent_files()
    for number, path in enumerate(recent, start=1):
        # &1..&8: the digit is the mnemonic; "&" in a file name must not become one.
        action = menu.addAction(f"&{number} {path.name.replace('&', '&&')}  —  {str(path.parent).replace('&', '&&')}")
        action.setData(str(path))
        action.setCheckable(True)
        action.setChecked(current is not None and Path(path).resolve() == current.resolve())
        action.triggered.connect(lambda checked=False, p=path: file_commands.open_recent(window, p))
    if not recent:
        menu.addAction(QCoreApplication.translate("Actions", "(none yet)")).setEnabled(False)


def about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("Actions", "About tracker"),
        QCoreApplication.translate("Actions", "<p><b>tracker</b> {version}</p><p>A portfolio tracker for development-cooperation projects: "
           "project cycle, evaluation rules and donor reports, on a local SQLite file or a shared PostgreSQL database.</p>"
           "<p>Database: {path}</p>").format(version=__version__, path=database_label() or "—"),
    )


def tools_menu(window: MainWindow) -> QMenu:
    """The Tools menu, made before Help by whichever command adds to it first (replan, exchange
    rates, organisation settings)."""
    if getattr(window, "tools_menu", None) is None:
        window.tools_menu = QMenu(QCoreApplication.translate("Actions", "&Tools"), window)
        window.menuBar().insertMenu(window.help_menu.menuAction(), window.tools_menu)
    return window.tools_menu


def install_organisation(window: MainWindow) -> QAction:
    """Add Tools > Organisation Settings… (the settings read on a read-only database too)."""
    action = make_action(window, QCoreApplication.translate("OrganisationDialog", "&Organisation Settings…"),
                     command("organisation_dialog", "open_settings", window),
                     tip=QCoreApplication.translate("OrganisationDialog", "Who the organisation publishes as in IATI, its contact and "
                                                                          "the default aid types of each funding modality"))
    tools_menu(window).addAction(action)
    return action


def install_rates(window: MainWindow) -> QAction:
    """Add Tools > Exchange Rates… Always enabled: a read-only database's rates can still be looked at."""
    action = make_action(window, QCoreApplication.translate("RatesDialog", "E&xchange Rates…"), command("rates_dialog", "open_rates", window),
                     tip=QCoreApplication.translate("RatesDialog", "View, import and correct the exchange rates new amounts are recorded at"))
    tools_menu(window).addAction(action)
    return action


def install_clusters(window: MainWindow) -> QAction:
    """Add Tools > Cluster Evaluations… (a read-only database's clusters can still be looked at)."""
    action = make_action(window, QCoreApplication.translate("ClusterDialog", "C&luster Evaluations…"), command("cluster_dialog", "open_clusters", window),
                     tip=QCoreApplication.translate("ClusterDialog", "One evaluation covering several projects that share a theme, partner or country"))
    tools_menu(window).addAction(action)
    return action
