"""The project editor in French and in Spanish, as the app shows it once the language is chosen
(tracker.gui.translations.install_translators: our translations, Qt's, QLocale's default and the
domain's language): tabs, menus and messages in the language; numbers and dates typed as that
language writes them; a refusal of the project cycle in its words; keyboard letters that do not
clash and nothing cut on a 1366x768 laptop."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolButton

from tests.gui.editor_helpers import type_into
from tracker.domain import cycle
from tracker.domain.classifications import Region, StrategicObjective
from tracker.domain.errors import TransitionRefused
from tracker.domain.project import Project
from tracker.gui.editor import dialogs
from tracker.gui.editor.window import ProjectEditor
from tracker.store.projects import load_project, save_project

CODE = "SEN/24/01/LUX"

pytestmark = pytest.mark.usefixtures("discard_on_teardown")

# What each language shows, and how it writes 1234.56.
SHOWN = {
    "fr": {
        "tabs": ["Identification", "Dates et budget", "Financement", "Budget", "Dépenses", "Résultats"],
        "menus": ["&Fichier", "É&dition", "&Projet"],
        "number": "1 234,56",
        "date": "15/03/2026",
        "rate needed": "un taux est nécessaire",
        "reason needed": "indiquer le motif",
    },
    "es": {
        "tabs": ["Identificación", "Fechas y presupuesto", "Financiación", "Presupuesto", "Gastos", "Resultados"],
        "menus": ["&Archivo", "&Editar", "&Proyecto"],
        "number": "1.234,56",
        "date": "15/03/2026",
        "rate needed": "se necesita un tipo de cambio",
        "reason needed": "indique el motivo",
    },
}


@pytest.fixture(params=["fr", "es"])
def language(request, qapp):
    """The app in French or Spanish for the test (as --lang or the preference set it at start-up),
    English again after it."""
    from tracker.gui.translations import install_translators

    install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


@pytest.fixture
def editor(qtbot, db, errors, language):
    """An editor, in the test's language, on a stored project of 24 months and US$400,000 in Design."""
    save_project(Project(
        code=CODE, title="Apprentissage de qualité au Sénégal", region=Region.AFRICA, countries=["SN"],
        outcome=StrategicObjective.EMPLOYMENT, planned_start=date(2024, 1, 1), planned_end=date(2025, 12, 31),
        budget=Decimal("400000.00"),
    ))
    widget = ProjectEditor(CODE)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_tabs_and_menus_are_in_the_language(qtbot, editor, language):
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == SHOWN[language]["tabs"]
    assert [a.text() for a in editor.menuBar().actions()][:3] == SHOWN[language]["menus"]
    assert editor.save_action.text() == {"fr": "&Enregistrer", "es": "&Guardar"}[language]


def test_a_field_message_is_in_the_language(qtbot, editor, language):
    editor.show_page(editor.form.dates)
    combo = editor.form.currency
    combo.setCurrentIndex(combo.findData("EUR"))
    combo.activated.emit(combo.currentIndex())
    message = editor.form.messages["usd_rate"].text()
    assert message.startswith(SHOWN[language]["rate needed"]) and "EUR" in message


def test_a_budget_typed_as_the_language_writes_numbers_is_understood(qtbot, editor, language):
    type_into(qtbot, editor, "budget", SHOWN[language]["number"])
    assert editor.project.budget == Decimal("1234.56")
    assert "budget" not in editor.state.parse_errors
    # What it was understood as is written the same way, beside the field.
    assert SHOWN[language]["number"].replace(" ", "") in editor.form.budget_reading.reading.replace("\u202f", "").replace(" ", "")


def test_a_date_typed_day_first_is_understood_and_shown_in_iso_form(qtbot, editor, language):
    type_into(qtbot, editor, "planned_end", SHOWN[language]["date"])
    assert editor.project.planned_end == date(2026, 3, 15)
    assert editor.form.lines["planned_end"].placeholderText() == {"fr": "AAAA-MM-JJ", "es": "AAAA-MM-DD"}[language]
    # 26.48 months, written as the language writes numbers.
    assert editor.form.duration.text().startswith({"fr": "26,48 mois", "es": "26,48 meses"}[language])


def test_a_refusal_of_the_project_cycle_is_in_the_language(qtbot, editor, language, errors, monkeypatch):
    # The dialog asks for a reason in the language before anything is done.
    dialog = dialogs.StageDialog(cycle.ACTIONS_BY_CODE["suspend"], editor.loaded, None)
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("x")
    dialog.reason.clear()
    assert dialog.message.text().startswith(SHOWN[language]["reason needed"])
    # The cycle itself refuses to submit a project without a region, in the language.
    project = load_project(CODE)
    project.region = None
    save_project(project)
    editor.load(CODE)
    monkeypatch.setattr(dialogs.StageDialog, "ask", classmethod(lambda cls, *args: dialogs.StageAnswer(date(2024, 2, 1))))
    editor.cycle_actions["submit"].trigger()
    refusal = errors.pop()
    assert isinstance(refusal, TransitionRefused)
    assert "refused" not in str(refusal) and "region" not in str(refusal)
    assert {"fr": "région", "es": "región"}[language] in str(refusal)
    assert editor.cycle_actions["submit"].text().startswith({"fr": "&Soumettre", "es": "&Presentar"}[language])


def test_undo_names_the_step_in_the_language(qtbot, editor, language):
    type_into(qtbot, editor, "planned_end", "2026-06-30")
    assert editor.undo_action.text().startswith({"fr": "&Annuler (", "es": "&Deshacer ("}[language])
    assert editor.undo_button.text() == {"fr": "Annuler", "es": "Deshacer"}[language]


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def test_no_two_visible_mnemonics_share_a_letter_on_any_tab(qtbot, editor, language):
    menus = [_mnemonic(a.text()) for a in editor.menuBar().actions()]
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        letters = list(menus)
        for widget in editor.findChildren(QAbstractButton) + editor.findChildren(QLabel):
            if widget.isVisibleTo(editor) and not isinstance(widget, QToolButton):
                if isinstance(widget, QLabel) and widget.buddy() is None:
                    continue
                letters.append(_mnemonic(widget.text()))
        found = [letter for letter in letters if letter]
        duplicates = {letter for letter in found if found.count(letter) > 1}
        assert not duplicates, f"on the {editor.tabs.tabText(index)} tab, Alt+{duplicates} would be ambiguous"
    project_menu = [_mnemonic(a.text()) for a in editor.cycle_menu.actions() if not a.isSeparator()]
    assert None not in project_menu and len(set(project_menu)) == len(project_menu)


def test_nothing_is_cut_at_1366_by_768(qtbot, editor, language):
    editor.resize(1366, 768 - 40)  # a window manager's title bar takes the rest
    qtbot.wait(10)
    assert editor.width() <= 1366 and editor.height() <= 768 - 40, "the window is wider or taller than the screen"
    bar = editor.tabs.tabBar()
    for index in range(editor.tabs.count()):
        assert bar.rect().contains(bar.tabRect(index)), f"the {bar.tabText(index)} tab is cut"
        editor.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        for widget in editor.findChildren(QAbstractButton) + editor.findChildren(QLabel):
            if not widget.isVisible() or isinstance(widget, QToolButton):
                continue
            if isinstance(widget, QLabel) and (widget.buddy() is None or widget.wordWrap()):
                continue  # the field labels; messages and readings are elided on purpose, whole in their tooltips
            assert widget.width() >= widget.sizeHint().width(), f"'{widget.text()}' is cut"
