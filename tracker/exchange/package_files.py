"""The files attached to documents, as a field package carries them (members files/<SHA-256>).

Exporting: the files of the documents a package carries go with them, within the package's
limits (tracker.exchange.package_format). Merging: before anything is written, every carried
file's bytes are checked against the SHA-256 and size the documents naming it give, so a package
whose file is not the one its document names is refused in one sentence naming the document;
then each project's save takes the bytes of its documents' files (the store checks them again
and keeps each content once)."""

from __future__ import annotations

import hashlib
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from tracker.domain.i18n import translate
from tracker.exchange.package_format import (
    CHUNK_BYTES,
    FILES_PREFIX,
    MAX_FILES,
    MAX_PACKAGE_FILE_BYTES,
    Manifest,
    too_many_file_bytes,
    too_many_files,
)
from tracker.exchange.package_records import Incoming, Record
from tracker.exchange.results import UnreadableFile
from tracker.store.documents import stored_sizes
from tracker.store.errors import StoreError


def files_to_carry(records: Iterable[Record]) -> dict[str, int]:
    """The files the documents among `records` name (SHA-256 -> size), refused in one sentence
    (StoreError) when they are more than a package carries."""
    named = {r.value.file_sha256 for r in records
             if r.kind == "document" and not r.deleted and r.value is not None and r.value.file_sha256}
    sizes = stored_sizes(named)
    if len(sizes) > MAX_FILES:
        raise StoreError(translate("PackageFiles", "the package was not written: {why}; exchange packages more often, or publish "
                                                   "files and give their web addresses").format(why=too_many_files(len(sizes))))
    if sum(sizes.values()) > MAX_PACKAGE_FILE_BYTES:
        raise StoreError(translate("PackageFiles", "the package was not written: {why}; exchange packages more often, or publish "
                                                   "files and give their web addresses").format(why=too_many_file_bytes(sum(sizes.values()))))
    return dict(sorted(sizes.items()))


class PackageFiles:
    """The attached files of a package that was read and checked: their bytes by SHA-256."""

    def __init__(self, path: Path, sizes: Mapping[str, int]) -> None:
        self.path = path
        self.sizes = dict(sizes)

    def __contains__(self, sha256: object) -> bool:
        return sha256 in self.sizes

    def read(self, sha256: str) -> bytes:
        with zipfile.ZipFile(self.path) as archive, archive.open(FILES_PREFIX + sha256) as stream:
            return stream.read(self.sizes[sha256] + 1)

    def for_documents(self, documents: Iterable[object]) -> dict[str, bytes]:
        """The bytes of the files these documents name that the package carries."""
        wanted = {getattr(doc, "file_sha256", "") for doc in documents} & set(self.sizes)
        return {digest: self.read(digest) for digest in sorted(wanted)}


def check_files(path: Path, manifest: Manifest, incoming: list[Incoming]) -> PackageFiles:
    """Every carried file's bytes against its name, and against the size of each document that
    names it; UnreadableFile naming the document (and nothing merged) when one is not its file."""
    name = path.name
    naming: dict[str, list[Record]] = {}
    for item in incoming:
        record = item.record
        if record.kind == "document" and not record.deleted and record.value is not None and record.value.file_sha256:
            naming.setdefault(record.value.file_sha256, []).append(record)
    files = PackageFiles(path, manifest.files)
    try:
        with zipfile.ZipFile(path) as archive:  # opened once, whatever the number of files
            for digest, size in manifest.files.items():
                for record in naming.get(digest, []):
                    if record.value.file_size != size:
                        raise UnreadableFile(_not_its_file(name, record, translate(
                            "PackageFiles", "the file carried for it has {size} bytes, not the {named} it names").format(
                            size=size, named=record.value.file_size)))
                if _digest_of(archive, digest) != digest:
                    documents = naming.get(digest)
                    if documents:
                        raise UnreadableFile(_not_its_file(name, documents[0], translate(
                            "PackageFiles", "the file carried for it is not the one it names (its checksum differs)")))
                    raise UnreadableFile(translate("PackageFiles", "{file} is damaged or was altered: the attached file {member} does "
                                                   "not match its checksum; nothing was merged").format(file=name, member=FILES_PREFIX + digest))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise UnreadableFile(translate("PackageFiles", "{file} is truncated or damaged ({error}); nothing was merged").format(
            file=name, error=f"{exc.__class__.__name__}: {exc}")) from None
    return files


def _digest_of(archive: zipfile.ZipFile, member: str) -> str:
    digest = hashlib.sha256()
    with archive.open(FILES_PREFIX + member) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _not_its_file(name: str, record: Record, why: str) -> str:
    return translate("PackageFiles", "{file}: document \u201c{title}\u201d ({uuid}): {why}; nothing was merged").format(
        file=name, title=record.value.title, uuid=record.uuid, why=why)
