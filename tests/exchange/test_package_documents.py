"""Field packages carry a project's documents with their attached files: the file survives the
trip and is kept once; a package whose file is not the one its document names is refused naming
the document; a package without files is still written and read as before."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tests.exchange.package_sites import Sites
from tests.gui.factories import small_portfolio
from tracker.domain.documents import Document
from tracker.exchange.package_format import sha256
from tracker.exchange.results import ImportRefused, UnreadableFile
from tracker.store import models as m
from tracker.store.documents import attach_bytes, read_document_file
from tracker.store.projects import load_project, save_project

SEN = "SEN/20/01/LUX"
REPORT = b"%PDF-1.4\nFinal evaluation report of the youth employment project\n" * 50


@pytest.fixture
def sites(tmp_path):
    s = Sites(tmp_path)
    s.use("hq")
    small_portfolio()
    s.sync("hq", "field")
    yield s
    s.close()


def _attach(sites: Sites, code: str, title: str, data: bytes, name: str = "report.pdf", category: str = "A07") -> Document:
    sites.use("hq")
    project = load_project(code)
    document = Document(title, category, "en", date(2021, 6, 30), "https://example.org/report")
    attachments = attach_bytes(document, name, data)
    project.documents.append(document)
    save_project(project, attachments=attachments)
    return document


def _rewrite(package: Path, change) -> None:
    """Rewrite a package as a crafted sender would: `change(manifest, members)` edits the
    manifest and the members (name -> bytes); the checksums are made right again."""
    with zipfile.ZipFile(package) as source:
        members = {name: source.read(name) for name in source.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    members.pop("manifest.sha256")
    change(manifest, members)
    records = members["records.jsonl"]
    manifest["members"]["records.jsonl"] = {"sha256": sha256(records), "size": len(records)}
    data = json.dumps(manifest).encode()
    with zipfile.ZipFile(package, "w") as target:
        target.writestr("manifest.json", data)
        for name, content in members.items():
            target.writestr(name, content)
        target.writestr("manifest.sha256", sha256(data))


def test_a_document_and_its_file_survive_a_field_package(sites):
    document = _attach(sites, SEN, "Final evaluation report", REPORT)
    package = sites.export("hq")
    with zipfile.ZipFile(package) as archive:
        assert archive.read(f"files/{document.file_sha256}") == REPORT
        assert json.loads(archive.read("manifest.json"))["files"] == {document.file_sha256: len(REPORT)}
    report = sites.merge("field", package)
    assert report.created >= 1
    (arrived,) = load_project(SEN).documents
    assert (arrived.uuid, arrived.title, arrived.category, arrived.language, arrived.document_date, arrived.url) == (
        document.uuid, "Final evaluation report", "A07", "en", date(2021, 6, 30), "https://example.org/report")
    assert (arrived.file_name, arrived.file_size, arrived.file_sha256) == ("report.pdf", len(REPORT), document.file_sha256)
    assert read_document_file(arrived.file_sha256) == REPORT
    # Back again: nothing changed, and the file is still kept once on each side.
    assert sites.sync("field", "hq").created == 0
    assert m.DocumentFile.select().count() == 1


def test_the_same_file_named_by_two_documents_is_kept_and_carried_once(sites):
    _attach(sites, SEN, "Final evaluation report", REPORT)
    _attach(sites, SEN, "Final evaluation report (copy for the donor)", REPORT, name="copy.pdf")
    package = sites.export("hq")
    with zipfile.ZipFile(package) as archive:
        assert len([n for n in archive.namelist() if n.startswith("files/")]) == 1
    sites.merge("field", package)
    assert len(load_project(SEN).documents) == 2
    assert m.DocumentFile.select().count() == 1


def test_a_document_removed_takes_its_file_away_on_the_other_side_too(sites):
    document = _attach(sites, SEN, "Final evaluation report", REPORT)
    sites.sync("hq", "field")
    sites.use("hq")
    project = load_project(SEN)
    project.documents = []
    save_project(project)
    assert m.DocumentFile.select().count() == 0
    sites.sync("hq", "field")
    assert load_project(SEN).documents == []
    assert m.DocumentFile.get_or_none(m.DocumentFile.sha256 == document.file_sha256) is None


def test_a_crafted_package_with_another_file_is_refused_naming_the_document(sites):
    document = _attach(sites, SEN, "Final evaluation report", REPORT)
    package = sites.export("hq")
    forged = b"%PDF-1.4\nsomething else entirely\n".ljust(len(REPORT), b" ")

    def swap(manifest, members):
        members[f"files/{document.file_sha256}"] = forged

    _rewrite(package, swap)
    with pytest.raises(UnreadableFile) as refused:
        sites.merge("field", package)
    assert "Final evaluation report" in str(refused.value) and document.uuid in str(refused.value)
    assert "nothing was merged" in str(refused.value)
    assert load_project(SEN).documents == [] and m.DocumentFile.select().count() == 0


def test_a_package_naming_a_file_it_does_not_carry_is_refused_naming_the_document(sites):
    _attach(sites, SEN, "Final evaluation report", REPORT)
    package = sites.export("hq")

    def drop(manifest, members):
        for name in [n for n in members if n.startswith("files/")]:
            del members[name]
        manifest["files"] = {}

    _rewrite(package, drop)
    with pytest.raises(ImportRefused) as refused:
        sites.merge("field", package)
    (problem,) = refused.value.problems
    assert "Final evaluation report" in str(problem) and "not in the database" in str(problem)
    assert load_project(SEN).documents == []


def test_a_document_whose_size_differs_from_its_file_is_refused(sites):
    document = _attach(sites, SEN, "Final evaluation report", REPORT)
    package = sites.export("hq")

    def resize(manifest, members):
        lines = [json.loads(line) for line in members["records.jsonl"].decode().splitlines()]
        for line in lines:
            if line["kind"] == "document":
                line["values"]["file_size"] = 12
                from tracker.exchange.package_records import content_hash

                line["hash"] = content_hash(line["kind"], line["project"], line["values"])
        members["records.jsonl"] = ("\n".join(json.dumps(line) for line in lines) + "\n").encode()

    _rewrite(package, resize)
    with pytest.raises(UnreadableFile) as refused:
        sites.merge("field", package)
    assert document.uuid in str(refused.value)


def test_a_package_without_files_is_written_in_the_first_format_and_merges(sites):
    sites.use("hq")
    project = load_project(SEN)
    project.documents.append(Document("Project document", "A02", "fr", date(2019, 11, 1), "https://example.org/prodoc"))
    save_project(project)
    package = sites.export("hq")
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["format_version"] == 1 and "files" not in manifest
    sites.merge("field", package)
    assert [d.title for d in load_project(SEN).documents] == ["Project document"]


def test_a_manifest_naming_files_in_the_first_format_is_refused(sites):
    _attach(sites, SEN, "Final evaluation report", REPORT)
    package = sites.export("hq")
    _rewrite(package, lambda manifest, members: manifest.update(format_version=1))
    with pytest.raises(UnreadableFile):
        sites.merge("field", package)


def test_a_document_of_an_evaluation_both_sides_planned_belongs_to_this_sides_evaluation(tmp_path):
    """Two offices typed in the same project: its evaluations are matched by kind and number, and
    a document of one of them arrives as a document of the receiver's."""
    from tests.gui.factories import small_portfolio

    sites = Sites(tmp_path)
    for name in ("hq", "field"):
        sites.use(name)
        small_portfolio()
    sites.use("field")
    project = load_project(SEN)
    evaluation = project.evaluations[0]
    project.documents.append(Document("Evaluation report", "A07", "en", date(2021, 6, 30), "https://example.org/eval.pdf",
                                      evaluation_uuid=evaluation.uuid))
    save_project(project)
    sites.sync("field", "hq")
    here = load_project(SEN)
    (document,) = here.documents
    ours = next(e for e in here.evaluations if (e.kind, e.sequence) == (evaluation.kind, evaluation.sequence))
    assert ours.uuid != evaluation.uuid and document.evaluation_uuid == ours.uuid
    sites.close()
