"""Edit > Preferences…: the language is stored (ui/language, "" for the system's) and applied at the
next start, with Restart Now or Later; `--lang` overrides it for one run, and a restart from the
dialog leaves --lang out so that the language just chosen is the one the app comes back in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox

from tracker.domain import i18n
from tracker.gui import app, preferences
from tracker.gui import settings as keys
from tracker.gui.settings import Settings

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def restarts(monkeypatch) -> list[str]:
    """What the dialog did after OK: the restart question asked, and restarts made."""
    done: list[str] = []
    monkeypatch.setattr(preferences, "ask_restart", lambda parent: done.append("asked") or True)
    monkeypatch.setattr(preferences, "restart", lambda window: done.append("restarted") or True)
    return done


def choose(dialog: preferences.PreferencesDialog, code: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_dialog_offers_the_system_default_and_each_language_named_in_itself(qtbot, settings):
    dialog = preferences.PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    items = [(dialog.language.itemText(i), dialog.language.itemData(i)) for i in range(dialog.language.count())]
    assert items == [("System default", ""), ("English", "en"), ("Français", "fr"), ("Español", "es")]
    assert dialog.chosen_language() == ""  # nothing stored yet: the system's


def test_a_new_language_is_stored_and_a_restart_offered(qtbot, settings, restarts):
    dialog = preferences.PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    choose(dialog, "fr")
    assert Settings(settings.qsettings.fileName()).get(keys.LANGUAGE) == "fr"  # written to the file
    assert restarts == ["asked", "restarted"]
    again = preferences.PreferencesDialog(None, settings)
    qtbot.addWidget(again)
    assert again.chosen_language() == "fr"  # the dialog shows what is stored


def test_later_keeps_working_and_the_same_language_asks_nothing(qtbot, settings, monkeypatch):
    asked: list[bool] = []
    monkeypatch.setattr(preferences, "ask_restart", lambda parent: asked.append(True) and False)
    monkeypatch.setattr(preferences, "restart", lambda window: pytest.fail("restarted after Later"))
    dialog = preferences.PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    choose(dialog, "es")
    assert settings.get(keys.LANGUAGE) == "es" and asked == [True]
    same = preferences.PreferencesDialog(None, settings)
    qtbot.addWidget(same)
    choose(same, "es")
    assert asked == [True]  # unchanged: no question


def test_the_restart_starts_the_app_again_without_lang_and_quits(monkeypatch):
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(preferences.QProcess, "startDetached", lambda program, arguments: started.append((program, arguments)) or True)
    monkeypatch.setattr(preferences.QApplication, "quit", lambda: started.append(("quit", [])))
    monkeypatch.setattr(preferences.sys, "argv", ["main.py", "--demo", "--lang", "fr", "--lang=es"])
    assert preferences.restart(None)
    assert started == [(preferences.sys.executable, ["main.py", "--demo"]), ("quit", [])]


def test_a_restart_waits_for_the_window_to_close(qtbot, window, monkeypatch):
    monkeypatch.setattr(preferences.QProcess, "startDetached", lambda *args: pytest.fail("restarted with the window open"))
    monkeypatch.setattr(window, "close", lambda: False)  # an editor's Cancel
    assert not preferences.restart(window)


def test_edit_preferences_is_in_the_edit_menu_with_the_standard_shortcut(window):
    action = window.menu_actions.preferences
    edit = next(a.menu() for a in window.menuBar().actions() if a.menu() is not None and action in a.menu().actions())
    assert edit.actions()[-1] is action and action.text() == "Pr&eferences…"
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert all(k in action.shortcuts() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) if not k.isEmpty())


def test_the_edit_menu_opens_the_dialog_on_the_windows_settings(qtbot, window, restarts):
    window.menu_actions.preferences.trigger()
    dialog = window.findChild(preferences.PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    choose(dialog, "es")
    assert window.settings.get(keys.LANGUAGE) == "es"


def test_lang_on_the_command_line(capsys):
    assert app.parse_args(["--lang", "fr"]).lang == "fr"
    assert app.parse_args([]).lang is None
    with pytest.raises(SystemExit):
        app.parse_args(["--lang", "de"])
    with pytest.raises(SystemExit):
        app.parse_args(["--help", "--lang", "es"])
    help_text = capsys.readouterr().out
    assert "Aplicación de escritorio de seguimiento de la cartera" in help_text
    assert help_text.startswith("uso: tracker-gui") and "opciones:" in help_text  # argparse's own words too


@pytest.fixture
def restore_english(qapp):
    yield
    from tracker.gui.translations import install_translators

    install_translators(qapp, "en")


def test_the_preference_decides_the_language_at_start_and_lang_overrides_it(qapp, monkeypatch, tmp_path, restore_english):
    stored = Settings(tmp_path / "user.ini")
    stored.set(keys.LANGUAGE, "fr")
    stored.sync()
    monkeypatch.setenv(keys.SETTINGS_ENV, str(tmp_path / "user.ini"))
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # no system locale of either language: their usual ones
    app.create_app()  # no --lang: the preference
    assert i18n.current_language() == "fr" and QLocale().name() == "fr_FR"
    assert qapp.translate("Actions", "&File") == "&Fichier"
    app.create_app("es")  # --lang es
    assert i18n.current_language() == "es" and QLocale().name() == "es_ES"
    assert qapp.translate("Actions", "&File") == "&Archivo"


def test_a_stored_language_this_version_does_not_know_is_the_systems(qapp, monkeypatch, tmp_path, restore_english):
    stored = Settings(tmp_path / "user.ini")
    stored.set(keys.LANGUAGE, "de")
    stored.sync()
    monkeypatch.setenv(keys.SETTINGS_ENV, str(tmp_path / "user.ini"))
    monkeypatch.setenv("LANGUAGE", "es")
    app.create_app()
    assert i18n.current_language() == "es" and not i18n.language_chosen()


def test_the_dialog_says_when_lang_overrides_the_choice(qtbot, settings, monkeypatch):
    from PySide6.QtWidgets import QLabel

    monkeypatch.setattr(preferences, "command_line_language", "es")
    dialog = preferences.PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    assert "--lang es" in dialog.findChild(QLabel, "langOverride").text()
    monkeypatch.setattr(preferences, "command_line_language", None)
    plain = preferences.PreferencesDialog(None, settings)
    qtbot.addWidget(plain)
    assert plain.findChild(QLabel, "langOverride") is None
