"""Fixtures of the desktop-app tests: a small known portfolio, a main window on it, and error
dialogs collected instead of shown (a modal dialog would hang an offscreen test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from tests.gui.factories import small_portfolio
from tracker.gui.editor import window as editor_window


@pytest.fixture(autouse=True)
def shown_errors(monkeypatch: pytest.MonkeyPatch):
    """Errors tracker.gui.errors.show_error would show. A test that expects one takes it from the
    list; any left at the end fails the test."""
    from tracker.gui import errors

    shown: list[BaseException] = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, title="tracker": shown.append(exc))
    yield shown
    assert not shown, f"an error dialog would have been shown: {shown!r}"


@pytest.fixture(scope="session", autouse=True)
def app_translations(qapp):
    """The translation the app installs at start-up (tracker.gui.translations): in English, the
    plural forms of counted texts ("1 project", "2 projects")."""
    from PySide6.QtCore import QTranslator

    from tracker.gui.translations import install_translators

    yield install_translators(qapp, "en")
    for translator in qapp.findChildren(QTranslator):  # those installed last (a test may change language)
        qapp.removeTranslator(translator)


@pytest.fixture
def in_language(qapp):
    """Switch the app to a language for the test, as the preference or --lang do at start-up
    (translations, QLocale's default, the domain's texts); English again after it."""
    from tracker.gui.translations import install_translators

    def switch(language: str) -> str:
        install_translators(qapp, language)
        return language

    yield switch
    install_translators(qapp, "en")


@pytest.fixture
def english() -> QLocale:
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def portfolio(db) -> dict[str, str]:
    return small_portfolio()


@pytest.fixture
def make_window(qtbot, english):
    """Build main windows as the app does, on the open database and the test's settings file."""
    from tracker.gui.main_window import MainWindow

    def make() -> MainWindow:
        window = MainWindow(locale=english)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(portfolio, make_window):
    return make_window()


@pytest.fixture
def other_db(tmp_path: Path) -> Path:
    """A second database file holding one project, closed (for File > Open)."""
    from datetime import date
    from decimal import Decimal

    from tracker.domain.project import Project
    from tracker.store.database import close_database, database_path, open_database
    from tracker.store.projects import save_project

    current = database_path()
    path = tmp_path / "other" / "country-office.sqlite3"
    open_database(path)
    save_project(Project(code="KEN/40/01/X", title="Other office project", planned_start=date(2040, 1, 1), planned_end=date(2040, 12, 31), budget=Decimal(1000)))
    close_database()
    if current is not None:
        open_database(current)
    return path


# ---------------------------------------------------------------- the project editor


@pytest.fixture
def errors(monkeypatch):
    """Errors the editor would show in a dialog, collected instead."""
    shown = []
    monkeypatch.setattr(editor_window, "show_error", lambda parent, exc, title="tracker": shown.append(exc))
    return shown


@pytest.fixture
def discard_on_teardown(monkeypatch):
    """Closing an editor with unsaved changes asks; at the end of a test the answer is discard
    (the editor's test modules use it for every test)."""
    monkeypatch.setattr(editor_window, "ask_unsaved", lambda parent, title: "discard")


@pytest.fixture
def french():
    """The app's locale is French (France) for the test, as an officer in Dakar has it: numbers,
    dates and country names as French writes them."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(before)
