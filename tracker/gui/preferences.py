"""Edit > Preferences…: the app's language (the system's, English, French or Spanish), kept in the
settings (ui/language) and applied at the next start, when the translations and the locale of
numbers and dates are installed (tracker.gui.translations). A change offers to restart now.

The command line's --lang overrides the preference for one run; a restart from here leaves it
out, so that the language just chosen is the one the app comes back in."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox, QWidget

from tracker.domain.i18n import LANGUAGES
from tracker.gui import settings as keys
from tracker.gui.form_dialog import FormDialog
from tracker.gui.settings import Settings

# The --lang this run was started with (app.main sets it): it overrides the preference until the
# app starts without it, and the dialog says so.
command_line_language: str | None = None


class PreferencesDialog(FormDialog):
    """The language drop-down: System default, then each language named in itself (as a
    language menu offers them: whoever cannot read the current one still finds theirs)."""

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(QCoreApplication.translate("Preferences", "Preferences"), parent)
        self.settings = settings
        self.language = QComboBox(self)
        self.language.addItem(QCoreApplication.translate("Preferences", "System default"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        stored = settings.get(keys.LANGUAGE)
        self.language.setCurrentIndex(max(self.language.findData(stored), 0))
        self.form.addRow(QCoreApplication.translate("Preferences", "&Language:"), self.language)
        note = QLabel(QCoreApplication.translate(
            "Preferences", "The language of menus, messages and reports, and how numbers and dates are written. "
            "It applies the next time tracker starts."), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        if command_line_language:
            override = QLabel(QCoreApplication.translate(
                "Preferences", "This run was started with --lang {code}, which overrides this choice; a restart from here "
                "leaves it out.").format(code=command_line_language), self)
            override.setWordWrap(True)
            override.setObjectName("langOverride")
            self.form.addRow(override)
        self.setMinimumWidth(420)

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "")

    def accept(self) -> None:
        changed = self.chosen_language() != self.settings.get(keys.LANGUAGE)
        self.settings.set(keys.LANGUAGE, self.chosen_language())
        self.settings.sync()
        super().accept()
        if changed and ask_restart(self.parentWidget()):
            restart(self.parentWidget())


# ------------------------------------------------------------------ dialogs and restart (replaced in tests)


def ask_restart(parent: QWidget | None) -> bool:
    """Restart now, or keep working and have the language at the next start."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Preferences", "Preferences"),
                      QCoreApplication.translate("Preferences", "The new language applies when tracker starts again."),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate("Preferences", "Restart tracker now? Open editors ask about unsaved changes first."))
    now = box.addButton(QCoreApplication.translate("Preferences", "&Restart Now"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(QCoreApplication.translate("Preferences", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is now


def restart_arguments(argv: Sequence[str]) -> list[str]:
    """The arguments the app was started with, without --lang (it would override the language
    just chosen)."""
    kept: list[str] = []
    skip = False
    for argument in argv:
        if skip:
            skip = False
        elif argument == "--lang":
            skip = True
        elif not argument.startswith("--lang="):
            kept.append(argument)
    return kept


def restart(window: QWidget | None) -> bool:
    """Close the main window (its editors ask about unsaved changes; a Cancel keeps the app as it
    is), start the app again with the same arguments, and quit. True when it restarts."""
    main_window = window.window() if window is not None else None
    if main_window is not None and not main_window.close():
        return False
    QProcess.startDetached(sys.executable, restart_arguments(sys.argv))
    QApplication.quit()
    return True


def open_preferences(window: QWidget, settings: Settings) -> PreferencesDialog:
    dialog = PreferencesDialog(window, settings)
    dialog.open()
    return dialog
