"""The app in French and in Spanish, as an officer in Dakar or Lima has it: the menus, an editor
tab, a field message and a cycle refusal in their language, "1 234,56" (French) and "1.234,56"
(Spanish) read as 1234.56, and at 1366x768 every menu title in the bar and nothing in the
filter bar squeezed below what its words need."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from tests.gui.editor_helpers import type_into
from tracker.domain.classifications import Stage
from tracker.domain.errors import TransitionRefused
from tracker.gui.editor.window import ProjectEditor
from tracker.gui.errors import error_text
from tracker.store.projects import load_project

pytestmark = [pytest.mark.usefixtures("discard_on_teardown"), pytest.mark.qt_log_ignore("This plugin does not support")]

EXPECTED = {
    "fr": {
        "menus": ["Fichier", "Édition", "Affichage", "Rapports", "Outils", "Aide"],
        "funding_tab": "Financement",
        "negative": "le montant ne peut pas être négatif",
        "refusal": "enregistrez la date de fin effective avant la clôture",
        "stage": "Mise en œuvre",
        "number": "1 234,56",
        "months": "mois",
    },
    "es": {
        "menus": ["Archivo", "Editar", "Ver", "Informes", "Herramientas", "Ayuda"],
        "funding_tab": "Financiación",
        "negative": "el importe no puede ser negativo",
        "refusal": "registre la fecha de finalización real antes del cierre",
        "stage": "Ejecución",
        "number": "1.234,56",
        "months": "meses",
    },
}

LANGUAGES = sorted(EXPECTED)


@pytest.fixture(params=LANGUAGES)
def language(request, in_language):
    return in_language(request.param)


@pytest.fixture
def window_in_language(language, portfolio, qtbot):
    from tracker.gui.main_window import MainWindow

    window = MainWindow(locale=QLocale())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_menus_are_in_the_language_and_fit_at_1366x768(qtbot, window_in_language, language):
    window = window_in_language
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == EXPECTED[language]["menus"]
    bar = window.menuBar()
    for action in bar.actions():
        assert bar.rect().contains(bar.actionGeometry(action)), action.text()
    filters = window.portfolio.filters
    for widget in (filters.search, filters.stage, filters.region, filters.partner, filters.modality, filters.outcome,
                   filters.overdue, filters.reset_button):
        assert widget.isVisible() and widget.width() >= widget.minimumSizeHint().width(), widget.accessibleName()


def test_every_menu_command_keeps_a_mnemonic_of_its_own(window_in_language, language):
    def mnemonic(text: str) -> str | None:
        at = text.replace("&&", "").find("&")
        return text.replace("&&", "")[at + 1].lower() if at >= 0 else None

    window = window_in_language
    for menu in [a.menu() for a in window.menuBar().actions() if a.menu() is not None]:
        commands = [a for a in menu.actions() if not a.isSeparator()]
        letters = [mnemonic(a.text()) for a in commands]
        assert None not in letters, f"{menu.title()}: {[a.text() for a in commands]}"
        assert len(set(letters)) == len(letters), f"{menu.title()}: {[a.text() for a in commands]} share a mnemonic"


@pytest.fixture
def editor(language, db, qtbot):
    widget = ProjectEditor(None)  # after the language is set: it reads numbers as the user writes them
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_editor_speaks_the_language_and_reads_its_numbers(qtbot, editor, language):
    tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    assert EXPECTED[language]["funding_tab"] in tabs
    type_into(qtbot, editor, "budget", "-500000")
    assert editor.form.messages["budget"].text() == EXPECTED[language]["negative"]
    type_into(qtbot, editor, "budget", EXPECTED[language]["number"])
    assert editor.form.messages["budget"].text() == ""
    assert editor.project.budget == Decimal("1234.56")


def test_a_cycle_refusal_comes_in_the_language(qtbot, editor, language, errors, monkeypatch):
    from tests.gui.test_editor import answer_stage_dialogs, fill_new_project
    from tests.partner_helpers import ensure_partner
    from tracker.domain.classifications import PartnerCategory
    from tracker.domain.project import Partner

    ensure_partner(Partner("LUX", "Luxembourg", PartnerCategory.MULTI_BILATERAL))
    fill_new_project(qtbot, editor, budget="400000")
    editor.fundings.add_button.click()
    model = editor.fundings.model
    model.setData(model.index(0, 0), "LUX")
    model.setData(model.index(0, 2), "400000")
    assert editor.save(), errors
    # The plan's reasons are kept in one language for everybody and shown in the user's.
    assert "months" in load_project("SEN/24/01/LUX").evaluations[0].reason
    shown = editor.panel.model.index(0, 5).data()
    assert EXPECTED[language]["months"] in shown and "months" not in shown
    answer_stage_dialogs(monkeypatch)
    for action in ("submit", "approve", "start"):
        editor.cycle_actions[action].trigger()
    assert load_project("SEN/24/01/LUX").stage is Stage.IMPLEMENTATION
    assert EXPECTED[language]["stage"] in editor.header.text()
    editor.cycle_actions["begin-closing"].trigger()
    editor.cycle_actions["close"].trigger()
    assert len(errors) == 1 and isinstance(errors[0], TransitionRefused)
    assert EXPECTED[language]["refusal"] in errors[0].reasons
    assert EXPECTED[language]["refusal"] in "\n".join(error_text(errors[0]))


def test_the_editor_fits_a_1024_pixel_screen_in_the_language(qtbot, editor, language):
    editor.resize(1024, 700)
    qtbot.wait(10)
    assert editor.width() <= 1024, "the editor is wider than a small laptop's screen"
    assert editor.minimumSizeHint().width() <= 1024


def test_the_evaluation_plan_shows_each_evaluation_by_its_whole_name_at_1024_pixels(qtbot, editor, language):
    from tests.gui.editor_helpers import type_into as type_field

    type_field(qtbot, editor, "planned_start", "2024-01-01")
    type_field(qtbot, editor, "planned_end", "2027-12-31")
    type_field(qtbot, editor, "budget", "500000")
    editor.resize(1024, 700)
    qtbot.wait(10)
    view = editor.panel.view
    assert editor.panel.model.rowCount() > 0
    names = 1  # the Evaluation column
    assert view.columnWidth(names) >= view.sizeHintForColumn(names), "the evaluation's name is cut"
