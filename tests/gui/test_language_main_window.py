"""The main window in French and in Spanish, built after the translations are installed as the app
installs them at start-up (the preference or --lang): the menus, tabs, table headings, filter bar,
status bar, dashboard, dialogs and Qt's own buttons in the language, every menu command with a
mnemonic of its own, and nothing cut at 1366x768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from tests.gui.test_layout_small_screen import whole_and_visible
from tracker.gui import errors
from tracker.gui.form_dialog import FormDialog
from tracker.gui.partners_dialog import PartnersDialog
from tracker.gui.preferences import PreferencesDialog
from tracker.gui.settings import Settings

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]

EXPECTED = {
    "fr": {
        "menus": {"&Fichier", "É&dition", "&Affichage", "&Outils", "A&ide"},
        "file": ["&Nouvelle base de données…", "&Ouvrir…", "&Importer…", "&Quitter"],
        "edit": ["&Nouveau projet…", "&Rechercher", "&Partenaires de financement…", "Pré&férences…"],
        "tabs": ["&Portefeuille", "&Tableau de bord"],
        "headings": ["Code", "Titre", "Partenaires", "Région", "Pays", "Étape"],
        "all_stages": "Toutes étapes",
        "counts": "5 projets",
        "headline": "Projets actifs",
        "cancel": "Annuler",
        "close": "Fermer",
        "partners_title": "Partenaires de financement",
        "refused": "Approbation : refusé.",
    },
    "es": {
        "menus": {"&Archivo", "&Editar", "&Ver", "&Herramientas", "A&yuda"},
        "file": ["&Nueva base de datos…", "&Abrir…", "&Importar…", "&Salir"],
        "edit": ["&Nuevo proyecto…", "&Buscar", "&Socios financiadores…", "Pre&ferencias…"],
        "tabs": ["&Cartera", "&Panel"],
        "headings": ["Código", "Título", "Socios", "Región", "Países", "Etapa"],
        "all_stages": "Todas las etapas",
        "counts": "5 proyectos",
        "headline": "Proyectos activos",
        "cancel": "Cancelar",
        "close": "Cerrar",
        "partners_title": "Socios financiadores",
        "refused": "Aprobación: rechazado.",
    },
}


@pytest.fixture(params=sorted(EXPECTED))
def language(request, in_language) -> str:
    return in_language(request.param)


@pytest.fixture
def localized_window(language, portfolio, qtbot):
    """The main window built after the language's translations were installed (as at start-up)."""
    from tracker.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def menus(window) -> list[QMenu]:
    return [a.menu() for a in window.menuBar().actions() if a.menu() is not None]


def texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_menus_tabs_and_headings_are_in_the_language(localized_window, language):
    expected, window = EXPECTED[language], localized_window
    titles = [a.text() for a in window.menuBar().actions()]
    assert expected["menus"] <= set(titles), titles
    assert all(text in texts(window.file_menu) for text in expected["file"]), texts(window.file_menu)
    edit = next(m for m in menus(window) if window.menu_actions.preferences in m.actions())
    assert all(text in texts(edit) for text in expected["edit"]), texts(edit)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == expected["tabs"]
    model = window.portfolio.model
    headings = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headings[:6] == expected["headings"]
    assert window.portfolio.filters.stage.itemText(0) == expected["all_stages"]
    assert window.counts.text() == expected["counts"]


def test_every_menu_command_has_a_mnemonic_of_its_own_in_the_language(localized_window):
    def mnemonic(text: str) -> str | None:
        at = text.replace("&&", "").find("&")
        return text.replace("&&", "")[at + 1].lower() if at >= 0 else None

    window = localized_window
    titles = [mnemonic(a.text()) for a in window.menuBar().actions()]
    assert None not in titles and len(set(titles)) == len(titles), [a.text() for a in window.menuBar().actions()]
    for menu in menus(window):
        commands = [a for a in menu.actions() if not a.isSeparator()]
        letters = [mnemonic(a.text()) for a in commands]
        assert None not in letters, texts(menu)
        assert len(set(letters)) == len(letters), f"{menu.title()}: {texts(menu)} share a mnemonic"


def test_nothing_is_cut_at_1366x768_in_the_language(localized_window, qtbot):
    window = localized_window
    qtbot.waitUntil(lambda: window.size().width() == 1366)
    bar = window.menuBar()
    for action in bar.actions():
        assert bar.rect().contains(bar.actionGeometry(action)), action.text()
    filters = window.portfolio.filters
    for widget in (filters.search, filters.stage, filters.region, filters.partner, filters.modality, filters.outcome,
                   filters.overdue, filters.reset_button):
        assert whole_and_visible(widget), widget.accessibleName() or type(widget).__name__
        assert widget.width() >= widget.minimumSizeHint().width()
    assert whole_and_visible(window.counts)
    tabs = window.tabs.tabBar()
    assert all(tabs.rect().contains(tabs.tabRect(i)) for i in range(tabs.count()))


def test_the_dashboard_speaks_the_language(localized_window, language, qtbot):
    window = localized_window
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitSignal(window.dashboard.loaded, timeout=10000)
    caption = window.dashboard.headline["active"].parentWidget().caption.text()
    assert caption == EXPECTED[language]["headline"]


def test_qts_standard_buttons_are_in_the_language(language, qtbot, tmp_path):
    """Qt's own translations (qtbase) are installed with ours: Cancel and Close come translated."""
    form = FormDialog("t", None)
    qtbot.addWidget(form)
    assert form.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == EXPECTED[language]["cancel"]
    preferences = PreferencesDialog(None, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(preferences)
    assert preferences.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == EXPECTED[language]["cancel"]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert box.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "") == EXPECTED[language]["close"]


def test_the_partners_window_and_an_error_summary_are_in_the_language(language, portfolio, qtbot):
    from tracker.domain.errors import TransitionRefused

    dialog = PartnersDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == EXPECTED[language]["partners_title"]
    summary, _ = errors.error_text(TransitionRefused("Approbation" if language == "fr" else "Aprobación", ["x"]))
    assert summary == EXPECTED[language]["refused"]


def test_column_widths_saved_in_another_language_are_widened_to_the_headings(in_language, portfolio, qtbot):
    """Widths are kept between sessions; after a change of language a column narrower than its
    heading in the new words is widened (the others stay as the user left them)."""
    from tracker.gui.main_window import MainWindow
    from tracker.gui.portfolio_columns import COLUMN_INDEX

    def window() -> MainWindow:
        made = MainWindow()
        qtbot.addWidget(made)
        return made

    partners, start = COLUMN_INDEX["partners"], COLUMN_INDEX["start"]
    in_language("es")
    first = window()
    header = first.portfolio.table.horizontalHeader()
    header.resizeSection(partners, 30)
    header.resizeSection(start, 30)
    first.save_state()
    again = window()  # the same language: the user's narrow columns stay
    assert again.portfolio.table.horizontalHeader().sectionSize(partners) == 30
    in_language("fr")
    french = window()
    header = french.portfolio.table.horizontalHeader()
    assert header.sectionSize(partners) >= header.fontMetrics().horizontalAdvance("Partenaires")
    assert header.sectionSize(start) >= header.fontMetrics().horizontalAdvance("Début")


def test_a_partners_country_is_named_in_the_language(language, portfolio, qtbot):
    from tracker.domain.classifications import PartnerCategory
    from tracker.domain.project import Partner
    from tracker.store.partners import save_partner

    save_partner(Partner(code="DEU-X", name="Germany (test)", category=PartnerCategory(next(iter(PartnerCategory)).value), country="DE"))
    dialog = PartnersDialog(None)
    qtbot.addWidget(dialog)
    row = dialog.model.row_of("DEU-X")
    tip = dialog.model.data(dialog.model.index(row, 3), Qt.ItemDataRole.ToolTipRole)
    assert tip == {"fr": "Allemagne", "es": "Alemania"}[language]
