"""The Reports dialog's Language: the donor report's follows the partner chosen (its reporting
language), the other reports' is the user's; the one chosen goes to the report, written in it on
the worker thread; and the dialog itself speaks French and Spanish."""

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tracker.domain import project as d
from tracker.domain.classifications import PartnerCategory
from tracker.gui import reports_menu
from tracker.gui.reports_dialog import ReportDialog, ReportRequest


@pytest.fixture
def partners(db):
    from tracker.store import models as m
    from tracker.store.partners import save_partner

    for code, name, language in (("XEN", "Alphaland", "en"), ("XFR", "Betaland", "fr"), ("XES", "Gammaland", "es")):
        save_partner(d.Partner(code=code, name=name, category=PartnerCategory.MULTI_BILATERAL))
        m.Partner.update(reporting_language=language).where(m.Partner.code == code).execute()


def test_the_language_follows_the_partner_and_the_report(qtbot, partners, tmp_path):
    dialog = ReportDialog("donor", folder=tmp_path)
    qtbot.addWidget(dialog)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == ["English", "Français", "Español"]
    assert dialog.language.isVisibleTo(dialog)
    for code, language in (("XFR", "fr"), ("XES", "es"), ("XEN", "en"), ("XFR", "fr")):
        dialog.partner.setCurrentIndex(dialog.partner.findData(code))
        assert dialog.current_language() == language
    assert dialog.request().language == "fr"
    dialog.kind.setCurrentIndex(dialog.kind.findData("portfolio"))
    assert dialog.current_language() == "en"  # the user's (the tests run in English)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.request().language == "es"
    dialog.kind.setCurrentIndex(dialog.kind.findData("donor"))
    assert dialog.current_language() == "fr"


def test_the_report_is_written_in_the_language_chosen(qtbot, db, tmp_path):
    from tests.reports.conftest import build_small_portfolio

    build_small_portfolio()  # DON: reporting language English

    class Progress:
        cancelled = False

        def __call__(self, done, total, text):
            pass

    target = tmp_path / "don.xlsx"
    request = ReportRequest("donor", target, partner="DON", year_from=2021, year_to=2023, as_of=dt.date(2024, 6, 30), language="es")
    assert reports_menu.write(request, Progress()) == target
    assert openpyxl.load_workbook(target).sheetnames[1] == "Resumen"


def test_the_dialog_speaks_french_and_spanish(qtbot, partners, tmp_path):
    from tracker.domain.i18n import translations_folder

    expected = {"fr": ("Exporter un rapport", "&Langue :", "Rapport au donateur (un partenaire de financement)"),
                "es": ("Exportar un informe", "Idio&ma:", "Informe al donante (un socio financiador)")}
    for language, (title, label, kind) in expected.items():
        translator = QTranslator()
        assert translator.load(str(translations_folder() / f"reports_gui_{language}.qm"))
        QCoreApplication.installTranslator(translator)
        try:
            dialog = ReportDialog("donor", folder=tmp_path)
            qtbot.addWidget(dialog)
            assert dialog.windowTitle() == title
            assert dialog.form.labelForField(dialog.language).text() == label
            assert dialog.kind.currentText() == kind
        finally:
            QCoreApplication.removeTranslator(translator)
