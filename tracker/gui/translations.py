"""The app's language: the .qm files of resources/translations (one per area of the code:
<area>_<language>.qm, built from the .ts files by tools/update_translations.py) and Qt's own
translations of its standard dialogs and buttons, installed at start-up; the same language for the
texts of the domain, reports and imports (tracker.domain.i18n), and numbers and dates written in
its locale (QLocale's default).

English is the source language; its .qm files only give it plural forms ("1 project",
"2 projects") for texts written with "(s)" and a count."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tracker.domain import i18n

SOURCE_LANGUAGE = i18n.SOURCE_LANGUAGE


def translations_folder() -> str:
    return str(i18n.translations_folder())


def apply_language(language: str | None) -> str:
    """Make `language` ("en", "fr", "es"; None or "": the system's) the one texts, numbers and
    dates are given in, in the domain and in Qt (QLocale's default). Returns the language."""
    chosen = i18n.set_language(language or None)
    QLocale.setDefault(QLocale(i18n.user_locale_name(chosen)))
    return chosen


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Apply `language` (None: the system's) and install its translations in `app`: ours, area by
    area, then Qt's own (qtbase: the standard dialogs' buttons). Returns the translators installed
    (parented to `app`); translators installed earlier are removed first."""
    chosen = apply_language(language)
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    installed: list[QTranslator] = []
    folder = i18n.translations_folder()
    for qm in sorted(folder.glob(f"*_{chosen}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
    if chosen != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        if qt.load(f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    return installed
