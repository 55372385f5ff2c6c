"""The editor's Documents tab, used as an officer does: a file added is kept with the project when
it is saved (and undone in one step before), a file over the limit is refused in one sentence, a
document of an evaluation is chosen by its name, a problem shows on its cell, Open and Save As…
give the file back, and a removed document takes its file away."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor

from tests.gui.test_editor_budget_progress import CODE, choose_in_cell, stored, type_cell
from tracker.gui.editor import documents_page
from tracker.gui.editor.records import PROBLEM_BACKGROUND
from tracker.gui.editor.window import ProjectEditor
from tracker.store import models as m
from tracker.store.documents import read_document_file
from tracker.store.errors import StoreError
from tracker.store.projects import load_project

pytestmark = pytest.mark.usefixtures("discard_on_teardown")
__all__ = ["stored"]  # the fixture of the stored project, shared with the Budget and Progress tests
REPORT = b"%PDF-1.4 mid-term review of the apprenticeships project" * 20


@pytest.fixture
def editor(qtbot, stored):
    widget = ProjectEditor(CODE)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_page(widget.documents)
    return widget


@pytest.fixture
def report_file(tmp_path, monkeypatch):
    path = tmp_path / "Mid-term review.pdf"
    path.write_bytes(REPORT)
    monkeypatch.setattr(documents_page, "choose_file_to_attach", lambda parent: str(path))
    return path


def test_a_file_added_is_kept_with_the_project_when_it_is_saved(qtbot, editor, report_file, errors):
    page = editor.documents
    page.add_file_button.click()
    (document,) = editor.project.documents
    assert (document.title, document.category, document.file_name, document.file_size) == (
        "Mid-term review", "A07", "Mid-term review.pdf", len(REPORT))
    assert page.table.model.index(0, 6).data() == "Mid-term review.pdf"
    assert page.table.model.index(0, 1).data() == "Review of project performance and evaluation"
    assert m.DocumentFile.select().count() == 0  # not before the project is saved
    assert editor.save(), errors
    (stored,) = load_project(CODE).documents
    assert read_document_file(stored.file_sha256) == REPORT


def test_adding_a_file_is_undone_in_one_step(qtbot, editor, report_file):
    editor.documents.add_file_button.click()
    assert len(editor.project.documents) == 1
    editor.undo_action.trigger()
    assert editor.project.documents == []
    editor.redo_action.trigger()
    assert len(editor.project.documents) == 1


def test_a_file_over_the_limit_is_refused_in_one_sentence(qtbot, editor, report_file, monkeypatch, errors):
    from tracker.store import documents as store_documents

    monkeypatch.setattr(store_documents, "MAX_FILE_BYTES", 100)
    editor.documents.add_file_button.click()
    (refusal,) = errors
    assert isinstance(refusal, StoreError)
    assert str(refusal).startswith("Mid-term review.pdf is ") and "tracker keeps files up to" in str(refusal)
    assert "\n" not in str(refusal)
    assert editor.project.documents == []


def test_a_document_of_an_evaluation_and_its_web_address_are_typed_in_the_table(qtbot, editor, errors):
    review = editor.project.evaluations[0]
    table = editor.documents.table
    table.add_button.click()
    type_cell(qtbot, table, 0, 0, "Mid-term review report")
    choose_in_cell(qtbot, table, 0, 1, "Review of project performance and evaluation")
    choose_in_cell(qtbot, table, 0, 2, "French")
    type_cell(qtbot, table, 0, 3, "2025-06-30")
    choose_in_cell(qtbot, table, 0, 4, review.title)
    type_cell(qtbot, table, 0, 5, "www.ilo.org/mtr.pdf")
    # Not a web address yet: the problem is on the very cell.
    assert table.model.index(0, 5).data(Qt.ItemDataRole.BackgroundRole) == QColor(PROBLEM_BACKGROUND)
    type_cell(qtbot, table, 0, 5, "https://www.ilo.org/mtr.pdf")
    assert table.model.index(0, 5).data(Qt.ItemDataRole.BackgroundRole) is None
    assert editor.save(), errors
    (document,) = load_project(CODE).documents
    assert (document.title, document.category, document.language, document.document_date, document.evaluation_uuid, document.url) == (
        "Mid-term review report", "A07", "fr", date(2025, 6, 30), review.uuid, "https://www.ilo.org/mtr.pdf")
    choose_in_cell(qtbot, table, 0, 4, "(the project)")
    assert editor.project.documents[0].evaluation_uuid == ""


def test_open_and_save_as_give_the_file_back(qtbot, editor, report_file, tmp_path, monkeypatch, errors):
    opened: list[QUrl] = []
    monkeypatch.setattr(documents_page, "open_externally", lambda url: opened.append(url) or True)
    page = editor.documents
    page.add_file_button.click()
    assert page.open_button.isEnabled() and page.save_as_button.isEnabled()
    page.open_button.click()  # before saving: from the bytes just read
    (url,) = opened
    assert url.isLocalFile() and open(url.toLocalFile(), "rb").read() == REPORT
    assert editor.save(), errors
    editor.documents.table.view.setCurrentIndex(editor.documents.table.model.index(0, 0))
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(documents_page, "choose_where_to_save", lambda parent, name: str(target))
    editor.documents.save_as_button.click()
    assert target.read_bytes() == REPORT


@pytest.mark.sqlite_only  # the open database is a file only on SQLite
def test_save_as_never_writes_over_the_database(qtbot, editor, report_file, db_path, monkeypatch, errors):
    page = editor.documents
    page.add_file_button.click()
    monkeypatch.setattr(documents_page, "choose_where_to_save", lambda parent, name: str(db_path))
    page.save_as_button.click()
    (refusal,) = errors
    assert "database" in str(refusal)
    errors.clear()


def test_a_published_document_opens_its_web_address(qtbot, editor, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(documents_page, "open_externally", lambda url: opened.append(url) or True)
    table = editor.documents.table
    table.add_button.click()
    type_cell(qtbot, table, 0, 5, "https://www.ilo.org/prodoc.pdf")
    table.view.setCurrentIndex(table.model.index(0, 0))
    assert editor.documents.open_button.isEnabled() and not editor.documents.save_as_button.isEnabled()
    editor.documents.open_button.click()
    assert [u.toString() for u in opened] == ["https://www.ilo.org/prodoc.pdf"]


def test_a_removed_document_takes_its_file_away_on_saving(qtbot, editor, report_file, errors):
    editor.documents.add_file_button.click()
    assert editor.save(), errors
    assert m.DocumentFile.select().count() == 1
    table = editor.documents.table
    table.view.setCurrentIndex(table.model.index(0, 0))
    table.remove_button.click()
    assert editor.project.documents == []
    assert editor.save(), errors
    assert m.DocumentFile.select().count() == 0


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_tab_fits_1024_pixels_and_each_button_has_a_letter_of_its_own(qtbot, stored, in_language, language):
    from PySide6.QtWidgets import QAbstractButton, QLabel, QToolButton

    in_language(language)
    editor = ProjectEditor(CODE)
    qtbot.addWidget(editor)
    editor.resize(1024, 700)
    editor.show()
    qtbot.waitExposed(editor)
    editor.show_page(editor.documents)
    qtbot.wait(10)
    assert editor.width() <= 1024 and editor.minimumSizeHint().width() <= 1024
    page = editor.documents
    for button in (page.table.add_button, page.add_file_button, page.table.remove_button, page.open_button, page.save_as_button):
        assert button.isVisible() and button.width() >= button.sizeHint().width(), f"'{button.text()}' is cut"
        assert page.rect().contains(button.geometry().translated(button.parentWidget().mapTo(page, button.pos()) - button.pos()))
    letters = [_mnemonic(a.text()) for a in editor.menuBar().actions()]
    for widget in editor.findChildren(QAbstractButton) + editor.findChildren(QLabel):
        if widget.isVisibleTo(editor) and not isinstance(widget, QToolButton):
            if isinstance(widget, QLabel) and widget.buddy() is None:
                continue
            letters.append(_mnemonic(widget.text()))
    found = [letter for letter in letters if letter]
    assert len(found) == len(set(found)), f"{language}: {sorted(found)}"


def test_the_evaluation_plan_names_the_documents_of_the_evaluation_selected(qtbot, editor):
    from tracker.domain.documents import Document

    evaluation = editor.project.evaluations[0]
    editor.add_record("documents", Document("Mid-term review report", "A07", evaluation_uuid=evaluation.uuid))
    row = next(i for i, e in enumerate(editor.panel.model.evaluations) if e.uuid == evaluation.uuid)
    editor.panel.view.selectRow(row)
    assert "Mid-term review report" in editor.panel.details.text()
    editor.undo_action.trigger()
    assert "Mid-term review report" not in editor.panel.details.text()
