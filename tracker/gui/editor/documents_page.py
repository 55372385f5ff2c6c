"""The Documents tab: the documents of the project and of its evaluations (project document,
budget, progress and evaluation reports...), each with its title, IATI category, language, date,
web address and, optionally, its file kept in the database.

Add file… reads a file (refused in one sentence over the size limit) into a new document; Open
shows the file (written to a temporary folder) or the web page; Save As… writes the file where
the user says (never over a database). Every change goes through the editor's undoable edits; the
bytes of files added since the project was opened wait here until it is saved
(tracker.store.projects.save_project's attachments)."""

from __future__ import annotations

import os
import re
import tempfile
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.documents import DOCUMENT_CATEGORIES, MAX_FILE_BYTES, Document, category_label
from tracker.domain.i18n import current_language
from tracker.domain.records import DOCUMENT
from tracker.gui.editor.records import Column, RecordTable, column
from tracker.store.documents import attach_bytes, read_attachment, read_document_file
from tracker.store.errors import StoreError
from tracker.store.writes import check_output_target, write_bytes_replacing

if TYPE_CHECKING:
    from tracker.gui.editor.window import ProjectEditor

Index = QModelIndex | QPersistentModelIndex

# The languages offered first (the UN's six and the other languages of ILO field offices); a
# document in another keeps its code.
OFFERED_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh", "pt", "de", "it", "nl", "tr", "id", "vi", "th", "km", "lo", "my", "ne",
                     "bn", "hi", "ur", "sw", "am", "uk", "ka", "hy", "az", "mn")
# Words in a file's name that say what it is, for the category a new document starts with.
_CATEGORY_WORDS = (("A05", ("budget", "presupuesto")), ("A07", ("evaluat", "évaluat", "evaluac", "review", "revue")),
                   ("A08", ("progress", "avancement", "avance", "result", "résultat", "resultado")),
                   ("A11", ("contract", "contrat", "contrato", "agreement", "accord", "acuerdo")),
                   ("A01", ("appraisal", "assessment")))


# Questions and outside services; module functions so tests can answer them.
def choose_file_to_attach(parent: QWidget) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("DocumentsPage", "Add a document's file"))
    return path


def choose_where_to_save(parent: QWidget, name: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("DocumentsPage", "Save the document's file as"), name)
    return path


def open_externally(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


@cache
def _language_names(language: str) -> dict[str, str]:
    names: dict[str, str] = {}
    try:
        names = dict(Locale.parse(language).languages)
    except (ValueError, UnknownLocaleError):
        pass
    return {code: (names.get(code) or code)[:1].upper() + (names.get(code) or code)[1:] for code in OFFERED_LANGUAGES}


def language_choices() -> list[tuple[str, str | None]]:
    names = _language_names(current_language())
    offered: list[tuple[str, str | None]] = [(name, code) for code, name in names.items()]
    return [("", "")] + sorted(offered, key=lambda item: item[0].casefold())


def category_choices() -> list[tuple[str, str | None]]:
    """A project's categories (A01-A12) by their names in the user's language."""
    return [(category_label(code), code) for code in DOCUMENT_CATEGORIES if code.startswith("A")]


def guessed_category(file_name: str) -> str:
    """The category a file's name suggests ("Budget 2024.xlsx": budget), else the project document."""
    words = file_name.casefold()
    return next((code for code, hints in _CATEGORY_WORDS if any(hint in words for hint in hints)), "A02")


def _safe_name(name: str) -> str:
    """A file name to write in a folder of ours: no folders, no characters a file system refuses."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", Path(name).name).strip(" .")
    return cleaned or "document"


class _ShownOnly(QStyledItemDelegate):
    """A cell the user reads but does not type in (the file's name comes with the file)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget | None:  # type: ignore[override]
        return None


class DocumentsPage(QWidget):
    """The tab; `connect_editor` ties its table and buttons to the editor's undoable edits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor: ProjectEditor | None = None
        self.attachments: dict[str, bytes] = {}  # files added since the project was opened, by SHA-256
        self.table = RecordTable(self._columns(), self.tr("Add &document"), self)
        self.table.view.setObjectName("documents")
        self.add_file_button = QPushButton(self.tr("Add fi&le…"), self)
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.save_as_button = QPushButton(self.tr("Sa&ve As…"), self)
        self.add_file_button.setToolTip(self.tr("A file kept in the database and carried in field packages (up to {limit} MB)").format(
            limit=_limit_mb()))
        self.open_button.setToolTip(self.tr("Open the document's file, or its web address"))
        # Add document, Add file…, Remove selected under the table; the selected document's file
        # on a row of its own, so that both rows keep their whole words at 1024 pixels in French.
        table_layout = self.table.layout()
        assert isinstance(table_layout, QVBoxLayout)
        last = table_layout.itemAt(table_layout.count() - 1)
        table_buttons = last.layout() if last is not None else None
        assert isinstance(table_buttons, QHBoxLayout)
        table_buttons.insertWidget(1, self.add_file_button)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(table_layout.contentsMargins().left(), 0, 0, 0)
        file_row.addWidget(self.open_button)
        file_row.addWidget(self.save_as_button)
        file_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(file_row)
        self.add_file_button.clicked.connect(self.add_file)
        self.open_button.clicked.connect(self.open_selected)
        self.save_as_button.clicked.connect(self.save_selected_as)
        self.table.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable_buttons())
        self._enable_buttons()

    def _columns(self) -> list[Column]:
        return [
            column(DOCUMENT, "title", 220),
            column(DOCUMENT, "category", 190, kind="choice", choices=category_choices),
            column(DOCUMENT, "language", 90, kind="choice", choices=language_choices),
            column(DOCUMENT, "document_date", 100),
            column(DOCUMENT, "evaluation_uuid", 130, kind="choice", choices=self._evaluation_choices),
            column(DOCUMENT, "url", 200),
            column(DOCUMENT, "file_name", 140, delegate=lambda view: _ShownOnly(view)),
        ]

    def _evaluation_choices(self) -> list[tuple[str, str | None]]:
        """Blank for the project's own document, else one of its evaluations."""
        evaluations = self._editor.project.evaluations if self._editor is not None else []
        choices: list[tuple[str, str | None]] = [(self.tr("(the project)"), "")]
        return choices + [(e.title, e.uuid) for e in evaluations]

    def connect_editor(self, editor: ProjectEditor) -> None:
        self._editor = editor
        model = self.table.model
        # A choice left blank is an empty text (the project's own document, no language), never None.
        model.edit_requested.connect(lambda row, name, value: editor.edit_record("documents", row, name, "" if value is None else value))
        model.parse_failed.connect(lambda message: editor.statusBar().showMessage(message, 8000))
        self.table.add_requested.connect(lambda: editor.add_record("documents", Document("", "A02")))
        self.table.remove_requested.connect(lambda row: editor.remove_record("documents", row))
        model.modelReset.connect(self._enable_buttons)
        model.dataChanged.connect(lambda *_: self._enable_buttons())
        editor.panel.document_titles = lambda uuid: [d.title for d in editor.project.documents if d.evaluation_uuid == uuid and d.title]

    # ------------------------------------------------------------ the selected document

    def selected(self) -> Document | None:
        if self._editor is None:
            return None
        row = self.table.view.currentIndex().row()
        documents = self._editor.project.documents
        return documents[row] if 0 <= row < len(documents) else None

    def _enable_buttons(self) -> None:
        document = self.selected()
        self.open_button.setEnabled(document is not None and bool(document.file_sha256 or document.url))
        self.save_as_button.setEnabled(document is not None and bool(document.file_sha256))

    def file_bytes(self, document: Document) -> bytes:
        """The file's bytes: added since the project was opened, else as the database keeps them."""
        return self.attachments.get(document.file_sha256) or read_document_file(document.file_sha256)

    # ------------------------------------------------------------ the buttons

    def add_file(self) -> None:
        """Read a file (refused in one sentence over the limit) into a new document, titled by the
        file's name, of the category its name suggests, of the evaluation selected in the plan
        when there is one, dated the file's day."""
        editor = self._editor
        if editor is None:
            return
        path = choose_file_to_attach(self)
        if not path:
            return
        try:
            name, data = read_attachment(path)
            day = date.fromtimestamp(os.stat(path).st_mtime)
        except (StoreError, OSError) as exc:
            editor.show_error(exc if isinstance(exc, StoreError) else StoreError(str(exc)))
            return
        document = Document(Path(name).stem, guessed_category(name), document_date=day)
        self.attachments.update(attach_bytes(document, name, data))
        editor.add_record("documents", document)
        last = self.table.model.index(len(editor.project.documents) - 1, 0)
        self.table.view.setCurrentIndex(last)
        self.table.view.setFocus()
        editor.statusBar().showMessage(self.tr("Added {file}; it is kept in the database when the project is saved").format(file=name), 8000)

    def open_selected(self) -> None:
        editor, document = self._editor, self.selected()
        if editor is None or document is None:
            return
        try:
            if document.file_sha256:
                folder = Path(tempfile.mkdtemp(prefix="tracker-document-"))
                target = folder / _safe_name(document.file_name)
                target.write_bytes(self.file_bytes(document))
                url = QUrl.fromLocalFile(str(target))
            else:
                url = QUrl(document.url)
        except (StoreError, OSError) as exc:
            editor.show_error(exc if isinstance(exc, StoreError) else StoreError(str(exc)))
            return
        if not open_externally(url):
            editor.statusBar().showMessage(self.tr("No program on this computer opens {what}").format(what=url.toDisplayString()), 8000)

    def save_selected_as(self) -> None:
        editor, document = self._editor, self.selected()
        if editor is None or document is None or not document.file_sha256:
            return
        path = choose_where_to_save(self, document.file_name)
        if not path:
            return
        try:
            # The dialog asked before replacing a file; a database is never replaced.
            target = check_output_target(path, self.tr("the document's file"))
            write_bytes_replacing(target, self.file_bytes(document))
        except (StoreError, OSError) as exc:
            editor.show_error(exc if isinstance(exc, StoreError) else StoreError(str(exc)))
            return
        editor.statusBar().showMessage(self.tr("Saved {file}").format(file=target), 8000)


def _limit_mb() -> int:
    return MAX_FILE_BYTES // 1048576
