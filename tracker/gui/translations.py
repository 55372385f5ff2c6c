"""The app's translations: tracker_<language>.qm files in resources/translations, installed at
start-up. The source texts are English; tracker_en.qm only gives English its plural forms
("1 project", "2 projects") for texts written with "(s)" and a count (tools/update_translations.py
writes it). A language with no file of its own (until its translation arrives) falls back to it."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

SOURCE_LANGUAGE = "en"


def translations_folder() -> str:
    return str(resources.files("tracker.resources").joinpath("translations"))


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Install the translation of `locale` (default: the app's locale), or the English plural
    forms when there is none. Returns the translator installed (parented to `app`)."""
    translator = QTranslator(app)
    folder = translations_folder()
    if not translator.load(locale or QLocale(), "tracker", "_", folder) and not translator.load(f"tracker_{SOURCE_LANGUAGE}", folder):
        return None
    app.installTranslator(translator)
    return translator
