"""The files attached to documents: kept once by their SHA-256, written with their project.

A file's bytes reach the store only with the save of the project whose document names it
(tracker.store.projects.save_project(project, attachments={sha256: bytes})): the store checks
them (at most MAX_FILE_BYTES, and their SHA-256 and size are the ones the document names), keeps
them once whatever the number of documents naming them, in the same transaction as the project,
and drops a file when no document names it any more. The audit trail records the document (its
file's name, size and checksum), never the bytes.

`attach_file` reads a file from disk for a document (the editor's Add file…, the command line's
--file) and `read_document_file` gives the bytes back."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path

import peewee

from tracker.domain import project as d
from tracker.domain.documents import MAX_FILE_BYTES, Document, megabytes
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.i18n import translate
from tracker.store import models as m
from tracker.store.errors import NotFound, StoreError

_KIND = "document"


def file_digest(data: bytes) -> str:
    """The SHA-256 a document names its file by (lower-case hex)."""
    return hashlib.sha256(data).hexdigest()


def too_large(name: str, size: int) -> str:
    """One sentence refusing a file over the limit."""
    return translate("StoreDocument", "{file} is {size} MB; tracker keeps files up to {limit} MB: publish it and give its web "
                                      "address instead").format(file=name, size=megabytes(size), limit=MAX_FILE_BYTES // 1048576)


def read_attachment(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """The name and bytes of a file to attach, refused in one sentence when it is missing,
    unreadable or over the limit (its size is checked before it is read)."""
    source = Path(path).expanduser()
    try:
        size = source.stat().st_size
        if not source.is_file():
            raise StoreError(translate("StoreDocument", "{file} is not a file").format(file=source))
        if size > MAX_FILE_BYTES:
            raise StoreError(too_large(source.name, size))
        with source.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise StoreError(translate("StoreDocument", "{file}: no such file").format(file=source)) from None
    except OSError as exc:
        raise StoreError(translate("StoreDocument", "{file} cannot be read ({error})").format(file=source, error=exc.strerror or exc)) from None
    if len(data) > MAX_FILE_BYTES:  # grown since it was measured
        raise StoreError(too_large(source.name, len(data)))
    return source.name, data


def attach_file(document: Document, path: str | os.PathLike[str]) -> dict[str, bytes]:
    """Name the file at `path` on `document` (its name, size and SHA-256) and return the
    attachments to give save_project with the document's project."""
    name, data = read_attachment(path)
    return attach_bytes(document, name, data)


def attach_bytes(document: Document, name: str, data: bytes) -> dict[str, bytes]:
    """As attach_file, for bytes already read (a file given by the user's dialog)."""
    if len(data) > MAX_FILE_BYTES:
        raise StoreError(too_large(name, len(data)))
    document.file_name = name[-255:]
    document.file_size = len(data)
    document.file_sha256 = file_digest(data)
    return {document.file_sha256: data}


def read_document_file(sha256: str) -> bytes:
    """The bytes of an attached file, by the SHA-256 its document names (NotFound when the
    database does not keep it)."""
    row = m.DocumentFile.get_or_none(m.DocumentFile.sha256 == (sha256 or "").lower())
    if row is None:
        raise NotFound(translate("StoreDocument", "the database keeps no file with checksum {sha256}").format(sha256=sha256 or "-"))
    return bytes(row.content)


def stored_sizes(digests: Iterable[str]) -> dict[str, int]:
    """The size of each of these files the database keeps already."""
    wanted = list({h for h in digests if h})
    found: dict[str, int] = {}
    for batch in peewee.chunked(wanted, 500):
        found.update(m.DocumentFile.select(m.DocumentFile.sha256, m.DocumentFile.size)
                     .where(m.DocumentFile.sha256.in_(list(batch))).tuples())
    return found


def document_problems(project: d.Project) -> list[FieldProblem]:
    """What a project's documents cannot be, seen with the project: a file named by half (a name
    without a checksum), a checksum that is not one."""
    found: list[FieldProblem] = []
    for index, document in enumerate(project.documents):
        named = (bool(document.file_name), document.file_size is not None, bool(document.file_sha256))
        if any(named) and not all(named):
            found.append(FieldProblem("file_name", translate("StoreDocument", "a file is named by its name, size and checksum together; "
                                                                               "attach the file again")).within(_KIND, index))
        elif document.file_sha256 and (len(document.file_sha256) != 64
                                       or any(c not in "0123456789abcdef" for c in document.file_sha256)):
            found.append(FieldProblem("file_sha256", translate("StoreDocument", "a file's checksum is 64 hexadecimal characters "
                                                                                 "(SHA-256)")).within(_KIND, index))
    return found


def keep_files(project: d.Project, attachments: Mapping[str, bytes] | None, subject: str) -> None:
    """Inside the project's save: make sure the database keeps the file each document names,
    writing the attached bytes it does not have yet (once per content). ValidationError, naming
    the document, when a file is missing, over the limit, or not the one the document names."""
    attachments = attachments or {}
    documents = [(i, doc) for i, doc in enumerate(project.documents) if doc.file_sha256]
    have = stored_sizes(doc.file_sha256 for _, doc in documents)
    found: list[FieldProblem] = []
    written: set[str] = set()
    for index, document in documents:
        digest = document.file_sha256
        if digest in have:
            if have[digest] != document.file_size:
                found.append(_file_problem(index, translate("StoreDocument", "{title}: the file kept under its checksum has {kept} bytes, "
                                                                              "not {named}").format(title=document.title, kept=have[digest],
                                                                                                    named=document.file_size)))
            continue
        data = attachments.get(digest)
        if data is None:
            found.append(_file_problem(index, translate("StoreDocument", "{title}: its file {file} is not in the database; attach the "
                                                                          "file again").format(title=document.title, file=document.file_name)))
            continue
        if len(data) > MAX_FILE_BYTES:
            found.append(_file_problem(index, too_large(document.file_name, len(data))))
        elif file_digest(data) != digest:
            found.append(_file_problem(index, translate("StoreDocument", "{title}: the file given is not the one the document names (its "
                                                                          "checksum differs)").format(title=document.title)))
        elif len(data) != document.file_size:
            found.append(_file_problem(index, translate("StoreDocument", "{title}: the file has {size} bytes, not the {named} the document "
                                                                          "names").format(title=document.title, size=len(data),
                                                                                          named=document.file_size)))
        elif digest not in written:
            # Another save may have written the same content meanwhile (on a server): the same
            # bytes under the same key, so the first one stays.
            m.DocumentFile.insert(sha256=digest, content=data, size=len(data)).on_conflict_ignore().execute()
            written.add(digest)
    if found:
        raise ValidationError(found, subject=subject, kind="project")


def _file_problem(index: int, text: str) -> FieldProblem:
    return FieldProblem("file_name", text).within(_KIND, index)


def hold_file(sha256: str, data: bytes) -> None:
    """Keep a file no document names yet (an incoming document waiting as a merge's conflict),
    checked as any attached file; forget_files lets it go once no document takes it."""
    if len(data) > MAX_FILE_BYTES:
        raise StoreError(too_large(sha256, len(data)))
    if file_digest(data) != sha256:
        raise StoreError(translate("StoreDocument", "the file given is not the one with checksum {sha256}").format(sha256=sha256))
    m.DocumentFile.insert(sha256=sha256, content=data, size=len(data)).on_conflict_ignore().execute()


def forget_files(digests: Iterable[str]) -> int:
    """Drop those of these files no document names any more; the number dropped."""
    candidates = list({h for h in digests if h})
    if not candidates:
        return 0
    named = {h for batch in peewee.chunked(candidates, 500)
             for (h,) in m.Document.select(m.Document.file_sha256).where(m.Document.file_sha256.in_(list(batch))).tuples()}
    unnamed = [h for h in candidates if h not in named]
    for batch in peewee.chunked(unnamed, 500):
        m.DocumentFile.delete().where(m.DocumentFile.sha256.in_(list(batch))).execute()
    return len(unnamed)


def evaluations_gone(project: d.Project) -> None:
    """A document of an evaluation the project no longer has (taken away by a re-plan here, or
    deleted here while a package brought the document) becomes the project's own, rather than
    naming an evaluation that does not exist; the audit trail shows the change."""
    evaluations = {e.uuid for e in project.evaluations}
    for document in project.documents:
        if document.evaluation_uuid and document.evaluation_uuid not in evaluations:
            document.evaluation_uuid = ""


def documents_of_projects(project_ids: Iterable[int], up_to: date | None = None) -> dict[int, list[tuple[Document, str, int]]]:
    """The documents of these projects (theirs and their evaluations'), by project, each with
    the kind and number of the evaluation it belongs to ("" and 0 for the project's own); those
    dated after `up_to` left out (undated ones kept). In date order, undated last, then title."""
    from tracker.domain import records as rk
    from tracker.store import mapping as mp

    ids = list(dict.fromkeys(project_ids))
    found: dict[int, list[tuple[Document, str, int]]] = {}
    for batch in peewee.chunked(ids, 500):
        query = m.Document.select().where(m.Document.project.in_(list(batch)))
        if up_to is not None:
            query = query.where(m.Document.document_date.is_null() | (m.Document.document_date <= up_to))
        rows = list(query)
        evaluations = {uuid: (kind, sequence) for uuid, kind, sequence in
                       m.Evaluation.select(m.Evaluation.uuid, m.Evaluation.kind, m.Evaluation.sequence)
                       .where(m.Evaluation.uuid.in_([r.evaluation_uuid for r in rows if r.evaluation_uuid] or [""])).tuples()}
        for row in rows:
            document = mp.from_row(rk.DOCUMENT, row)
            kind, sequence = evaluations.get(row.evaluation_uuid, ("", 0))
            found.setdefault(row.project_id, []).append((document, getattr(kind, "value", kind), sequence))
    for listed in found.values():
        listed.sort(key=lambda item: (item[0].document_date is None, item[0].document_date or date.min, item[0].title.casefold()))
    return found
