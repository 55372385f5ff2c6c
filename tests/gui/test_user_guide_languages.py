"""The user guide in French and Spanish: the same sections as the English original, in the same
order, and the guide window shows the one of the app's language."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from tracker.domain import i18n
from tracker.gui import user_guide
from tracker.gui.user_guide import UserGuide, guide_text

pytestmark = [pytest.mark.qt_log_level_fail("WARNING"), pytest.mark.qt_log_ignore("This plugin does not support")]

GUIDES = Path(__file__).resolve().parents[2] / "resources" / "guide"
LANGUAGES = ("fr", "es")


def guide(language: str | None = None) -> str:
    name = "user-guide.md" if language is None else f"user-guide.{language}.md"
    return (GUIDES / name).read_text(encoding="utf-8")


def headings(text: str) -> list[tuple[int, str]]:
    """(level, title) of every Markdown heading, outside code blocks."""
    found, in_code = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        elif not in_code and (match := re.match(r"(#+) (.+)", line)):
            found.append((len(match.group(1)), match.group(2).strip()))
    return found


@pytest.fixture
def close_guide():
    yield
    if user_guide._window is not None:
        user_guide._window.close()
        user_guide._window = None


@pytest.fixture
def spanish():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_has_the_sections_of_the_english_guide_in_its_order(language):
    english, translated = headings(guide()), headings(guide(language))
    assert len(translated) == len(english) == 35
    assert [level for level, _ in translated] == [level for level, _ in english]
    # The numbered steps of the day keep their numbers.
    assert [t.split(" ")[0] for _, t in translated if t[0].isdigit()] == [t.split(" ")[0] for _, t in english if t[0].isdigit()]
    # Translated: no English section title left.
    assert not {title for _, title in english} & {title for _, title in translated}


@pytest.mark.parametrize("language", [None, *LANGUAGES])
def test_the_sections_a_guide_refers_to_are_its_own(language):
    """"see *Where your data lives*": the italic name is a heading of the same guide, so that the
    reader finds it in the contents."""
    text = guide(language)
    titles = {title for _, title in headings(text)}
    referred = re.findall(r"\((?:see|voir|véase) \*([^*]+)\*\)", text.replace("\n", " "))
    assert len(referred) == 7
    assert set(referred) <= titles


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_keeps_the_shortcuts_and_file_names(language):
    english, translated = guide(), guide(language)
    for key in ("F1", "Ctrl+F", "Ctrl+N", "Ctrl+S", "Ctrl+Shift+Z", "Ctrl+Shift+D", "Ctrl+Shift+P", "Ctrl+Shift+E", "Shift+F3",
                "`%APPDATA%\\tracker\\tracker.sqlite3`", "`~/.local/share/tracker/tracker.sqlite3`", "`SEN/24/01/LUX`"):
        assert english.count(key) == translated.count(key), key


def test_the_french_guide_uses_the_ilo_terms():
    text = guide("fr")
    for term in ("chargé(e) de projet", "paquet de terrain", "partenaire de financement", "évaluation à mi-parcours",
                 "Évaluation préalable", "Mise en œuvre", "auto-évaluation", "taux d'exécution", "l'OIT"):
        assert term in text, term
    assert "350\u00a0000,01\u00a0$É.-U." in text
    assert "\u202f:" in text and "« lux »".replace(" ", "\u202f") in text  # French spacing


def test_the_spanish_guide_uses_the_ilo_terms():
    text = guide("es")
    for term in ("oficial de proyecto", "paquete de campo", "socio financiador", "evaluación de medio término",
                 "Evaluación ex ante", "Ejecución", "autoevaluación", "tasa de ejecución", "la OIT"):
        assert term in text, term
    assert "350.000,01 dólares" in text


def shown_texts(language: str) -> set[str]:
    """What the app's windows show in `language`: their translated texts, without the "&" of
    the keyboard accelerators."""
    shown = set()
    for area in ("gui", "editor", "reports_gui"):
        for message in i18n.read_ts(i18n.translations_folder() / f"{area}_{language}.ts").values():
            shown.add(re.sub(r"&(?=\S)", "", message.text))
    return shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_menu_commands_a_translation_names_are_those_the_app_shows(language):
    """"**Fichier > Nouvelle base de données…**": each step is the app's own French text."""
    paths = re.findall(r"\*\*([^*]+ > [^*]+)\*\*", guide(language).replace("\n", " "))
    assert len(paths) == len(re.findall(r"\*\*([^*]+ > [^*]+)\*\*", guide().replace("\n", " "))) == 33
    shown = shown_texts(language)
    assert [part for path in paths for part in path.split(" > ") if part not in shown] == []


def test_the_guide_is_chosen_by_the_language_of_the_locale():
    assert guide_text(QLocale("fr_FR")) == guide("fr")
    assert guide_text(QLocale("fr_CA")) == guide("fr")  # a country of its own: the language's guide
    assert guide_text(QLocale("es_MX")) == guide("es")
    assert guide_text(QLocale("en_US")) == guide()
    assert guide_text(QLocale("de_DE")) == guide()  # no German guide: the English one


def test_under_a_french_locale_the_guide_window_is_french(qtbot, french, close_guide):
    window = user_guide.show_user_guide()
    qtbot.waitExposed(window)
    assert isinstance(window, UserGuide)
    shown = window.headings()
    assert shown[0] == "Avant de commencer"
    assert shown == [title for level, title in headings(guide("fr")) if level in (2, 3)]
    assert window.go_to_heading("Raccourcis clavier")
    assert window.browser.textCursor().block().text() == "Raccourcis clavier"
    # A number typed with a plain space finds the amount the guide writes with a no-break space.
    window.find_bar.text.setText("350 000")
    assert window.browser.textCursor().hasSelection()


def test_under_a_spanish_locale_the_guide_window_is_spanish(qtbot, spanish, close_guide):
    window = UserGuide()
    qtbot.addWidget(window)
    shown = window.headings()
    assert shown[0] == "Antes de empezar"
    assert shown == [title for level, title in headings(guide("es")) if level in (2, 3)]
    assert "superior a 350.000 dólares de los Estados Unidos" in window.browser.toPlainText()


# What the guide's evaluation-rules sections name in bold, as the app's own texts (context, source):
# the rule-set editor's buttons, tabs and fields, its impact window, the cluster window's buttons,
# and the project editor's rule set and appraisal records.
NAMED_CONTROLS = [
    ("RuleSetEditor", "&New"), ("RuleSetEditor", "D&uplicate"), ("RuleSetEditor", "De&lete"), ("RuleSetEditor", "I&mport…"),
    ("RuleSetEditor", "E&xport…"), ("RuleSetEditor", "&General"), ("RuleSetEditor", "&Effective from:"),
    ("RuleSetEditor", "&Duration bands"), ("RuleSetEditor", "Budget &tiers"), ("RuleSetEditor", "Evaluations"),
    ("RuleSetEditor", "Conditions"), ("RuleSetEditor", "&Kinds"), ("RuleSetEditor", "A&ppraisal requirements"),
    ("RuleSetEditor", "Pro&blems:"), ("RuleSetEditor", "&Save"), ("RuleSetEditor", "&Impact…"), ("RuleSetEditor", "Impact &on:"),
    ("RuleSetEditor", "every project"), ("RuleSetEditor", "projects that would follow it"), ("RuleSetImpact", "&Save Workbook…"),
    ("ClusterDialog", "&New…"), ("ClusterDialog", "&Add Projects…"), ("ClusterDialog", "&Remove Projects…"),
    ("ClusterDialog", "Record &Completion…"), ("ProjectEditor", "Dates and budget"), ("ProjectForm", "Evaluation ru&le set:"),
    ("AppraisalSection", "Add appraisal re&cord"),
]


def shown_label(text: str) -> str:
    """A control's text as the guide names it: without the "&" of its accelerator and a label's colon."""
    return re.sub(r"&(?=\S)", "", text).rstrip(":\u202f ")


@pytest.mark.parametrize("language", [None, *LANGUAGES])
def test_the_evaluation_rules_windows_are_named_by_the_app_s_own_texts(language):
    """"**Dupliquer**", "**Ajouter des projets…**": every button, tab and field of the rule-set editor,
    the cluster window and the project editor's rule set that the guide names is the app's text."""
    bold = {re.sub(r"\s+", " ", found) for found in re.findall(r"\*\*([^*]+)\*\*", guide(language))}
    catalogue: dict[tuple[str, str], str] = {}
    if language is not None:
        for area in ("gui", "editor"):
            for (context, source, _), message in i18n.read_ts(i18n.translations_folder() / f"{area}_{language}.ts").items():
                catalogue[(context, source)] = message.text
    named = [shown_label(catalogue[key] if language is not None else key[1]) for key in NAMED_CONTROLS]
    assert [name for name in named if name not in bold] == []
