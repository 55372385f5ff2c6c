"""A document's file reaches the store only with its project's save: checked, kept once, audited
by its document (never the bytes), dropped when no document names it any more."""

from __future__ import annotations

from datetime import date

import pytest

from tests.gui.factories import small_portfolio
from tracker.domain.documents import Document
from tracker.domain.errors import ValidationError
from tracker.store import documents as sd
from tracker.store import models as m
from tracker.store.errors import NotFound, StoreError
from tracker.store.projects import delete_project, load_project, save_project

SEN = "SEN/20/01/LUX"
BYTES = b"%PDF-1.4 project document" * 40


@pytest.fixture
def portfolio(db):
    small_portfolio()
    return db


def _with_file(code: str, title: str, data: bytes = BYTES, **fields) -> Document:
    project = load_project(code)
    document = Document(title, fields.pop("category", "A02"), **fields)
    attachments = sd.attach_bytes(document, "prodoc.pdf", data)
    project.documents.append(document)
    save_project(project, attachments=attachments)
    return document


def test_a_file_is_kept_with_its_document_and_read_back(portfolio):
    document = _with_file(SEN, "Project document", language="fr", document_date=date(2019, 11, 1))
    (stored,) = load_project(SEN).documents
    assert (stored.title, stored.file_name, stored.file_size) == ("Project document", "prodoc.pdf", len(BYTES))
    assert sd.read_document_file(document.file_sha256) == BYTES


def test_the_audit_trail_names_the_document_and_its_file_never_the_bytes(portfolio):
    document = _with_file(SEN, "Project document")
    entries = list(m.AuditEntry.select().where(m.AuditEntry.record_uuid == document.uuid))
    texts = " ".join(f"{e.field} {e.new}" for e in entries)
    assert "prodoc.pdf" in texts and document.file_sha256 in texts
    assert "%PDF" not in texts


def test_one_content_is_kept_once_whatever_the_number_of_documents(portfolio):
    _with_file(SEN, "Project document")
    _with_file(SEN, "Project document, signed copy")
    _with_file("RER/40/01/EU", "The same text for another project")
    assert m.DocumentFile.select().count() == 1


def test_a_file_no_document_names_any_more_is_dropped(portfolio):
    document = _with_file(SEN, "Project document")
    _with_file("RER/40/01/EU", "The same file for another project")
    project = load_project(SEN)
    project.documents = []
    save_project(project)
    assert sd.read_document_file(document.file_sha256) == BYTES  # the other project's document still names it
    delete_project("RER/40/01/EU")
    assert m.DocumentFile.select().count() == 0
    with pytest.raises(NotFound):
        sd.read_document_file(document.file_sha256)


def test_deleting_a_project_keeps_the_files_other_projects_name(portfolio):
    _with_file(SEN, "Project document")
    _with_file("RER/40/01/EU", "The same file")
    delete_project(SEN)
    assert m.DocumentFile.select().count() == 1 and m.Document.select().count() == 1


def test_a_file_over_the_limit_is_refused_in_one_sentence(portfolio, monkeypatch, tmp_path):
    monkeypatch.setattr(sd, "MAX_FILE_BYTES", 100)
    with pytest.raises(StoreError, match="tracker keeps files up to"):
        sd.attach_bytes(Document("Big", "A05"), "budget.xlsx", b"x" * 101)
    big = tmp_path / "budget.xlsx"
    big.write_bytes(b"x" * 101)
    with pytest.raises(StoreError, match="budget.xlsx is .* MB; tracker keeps files up to"):
        sd.attach_file(Document("Big", "A05"), big)
    # Named on a document by hand, it is refused by the save as well.
    project = load_project(SEN)
    document = Document("Big", "A05", file_name="budget.xlsx", file_size=101, file_sha256=sd.file_digest(b"x" * 101))
    project.documents.append(document)
    with pytest.raises(ValidationError, match="tracker keeps files up to"):
        save_project(project, attachments={document.file_sha256: b"x" * 101})
    assert m.DocumentFile.select().count() == 0


def test_bytes_that_are_not_the_named_file_are_refused(portfolio):
    project = load_project(SEN)
    document = Document("Budget", "A05")
    sd.attach_bytes(document, "budget.xlsx", b"the budget")
    project.documents.append(document)
    with pytest.raises(ValidationError, match="not the one the document names") as refused:
        save_project(project, attachments={document.file_sha256: b"another budget"})
    assert (refused.value.problems[0].kind, refused.value.problems[0].index) == ("document", 0)
    with pytest.raises(ValidationError, match="not in the database"):
        save_project(project)
    assert load_project(SEN).documents == []


def test_a_document_of_an_evaluation_the_project_no_longer_has_becomes_the_projects(portfolio):
    project = load_project(SEN)
    evaluation = project.evaluations[0]
    project.documents.append(Document("Evaluation report", "A07", evaluation_uuid=evaluation.uuid))
    save_project(project)
    assert load_project(SEN).documents[0].evaluation_uuid == evaluation.uuid
    project = load_project(SEN)
    project.documents.append(Document("A report of an evaluation deleted elsewhere", "A07",
                                      evaluation_uuid="00000000-0000-4000-8000-000000000000"))
    saved, _ = save_project(project)
    assert [d.evaluation_uuid for d in saved.documents] == [evaluation.uuid, ""]


def test_a_file_is_read_from_disk_with_its_name_size_and_checksum(portfolio, tmp_path):
    source = tmp_path / "Rapport d'évaluation.pdf"
    source.write_bytes(BYTES)
    document = Document("Rapport d'évaluation finale", "A07", "fr")
    attachments = sd.attach_file(document, source)
    assert (document.file_name, document.file_size) == ("Rapport d'évaluation.pdf", len(BYTES))
    assert attachments == {document.file_sha256: BYTES}
    with pytest.raises(StoreError, match="no such file"):
        sd.attach_file(document, tmp_path / "missing.pdf")


def test_the_confirmation_of_a_deletion_counts_the_documents(portfolio):
    from tracker.store.projects import deletion_summary

    _with_file(SEN, "Project document")
    _with_file(SEN, "Budget")
    assert "2 documents" in deletion_summary(SEN).what_goes()
