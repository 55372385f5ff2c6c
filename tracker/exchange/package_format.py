"""The field-package file: a zip holding manifest.json, records.jsonl and manifest.sha256, and
the files attached to the documents it carries, each as a member files/<its SHA-256>.

manifest.json names the format version, the source database (UUID and name), the package id,
when it was made, the exchange it follows (base marker), record counts, and the SHA-256 and size
of records.jsonl, and the size of each attached file by its SHA-256 ("files"); manifest.sha256 holds the SHA-256 of manifest.json itself. A reader
checks all of them before it trusts a single record, so a truncated or altered file is refused
whole. The checksums catch damage, not forgery: there is no shared secret between offices, so
whatever a package says is checked again by the merge as any other input would be."""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from tracker.domain.i18n import translate
from tracker.domain.numbers import format_number, number_style
from tracker.domain.progress import CancelCheck, Cancelled
from tracker.exchange.results import UnreadableFile
from tracker.store.writes import partial_file_beside

FORMAT = "tracker-field-package"
# Format 2 adds attached files. A package without any is still written as format 1, which every
# tracker reads; one with files is refused by a tracker that would not know to keep them.
FORMAT_VERSION = 2
FORMAT_WITHOUT_FILES = 1
MANIFEST = "manifest.json"
MANIFEST_DIGEST = "manifest.sha256"
RECORDS = "records.jsonl"
# Limits, checked while reading (a "zip bomb" or a padded member is refused before it fills the
# memory or the time of a merge). The demo's 68 projects make 2,288 lines and 0.99 MB (34 lines and
# 14.5 KB a project): a full package of 100,000 such projects is 3.4 million lines and 1.5 GB. One
# record is under a kilobyte, a project with a long description some more.
MAX_RECORDS_BYTES = 4 * 1024**3
MAX_LINES = 10_000_000
MAX_LINE_BYTES = 4 * 1024**2
MAX_MANIFEST_BYTES = 1024**2
MAX_MEMBERS = 16
CHUNK_BYTES = 1024**2
# Attached files: each at most MAX_FILE_BYTES (tracker.domain.documents), and at most
# MAX_PACKAGE_FILE_BYTES and MAX_FILES in one package (a package travels by e-mail and on memory
# sticks: larger files are published and linked by their web address).
FILES_PREFIX = "files/"
MAX_FILES = 5000
MAX_PACKAGE_FILE_BYTES = 1024**3
_DIGEST = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Neither database engine can store NUL or half of a surrogate pair.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


@dataclass
class Manifest:
    package_id: str
    source_uuid: str
    source_name: str
    created_at: str
    base_marker: str | None
    counts: dict[str, int] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION
    members: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, int] = field(default_factory=dict)  # attached files: SHA-256 -> size in bytes

    def to_json(self) -> dict[str, Any]:
        data = {
            "format": FORMAT,
            "format_version": self.format_version,
            "package_id": self.package_id,
            "source": {"uuid": self.source_uuid, "name": self.source_name},
            "created_at": self.created_at,
            "base_marker": self.base_marker,
            "counts": self.counts,
            "members": self.members,
        }
        if self.files:
            data["files"] = self.files
        return data


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_package(path: Path, manifest: Manifest, lines: list[str], cancelled: CancelCheck | None = None,
                  read_file: Callable[[str], bytes] | None = None) -> Path:
    """Write the package beside `path` and move it into place only when complete (os.replace),
    so a failure or a cancel leaves no partial file and never damages an older package.
    `read_file(sha256)` gives the bytes of each file `manifest.files` names."""
    target = Path(path).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    records = ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")
    manifest.members = {RECORDS: {"sha256": sha256(records), "size": len(records)}}
    manifest.format_version = FORMAT_VERSION if manifest.files else FORMAT_WITHOUT_FILES
    manifest_bytes = json.dumps(manifest.to_json(), indent=2, sort_keys=True).encode("utf-8")
    temp_name = partial_file_beside(target)
    try:
        with zipfile.ZipFile(temp_name, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest_bytes)
            archive.writestr(RECORDS, records)
            for digest in sorted(manifest.files):
                if cancelled is not None and cancelled():
                    break
                assert read_file is not None, "a package naming files needs their bytes"
                archive.writestr(FILES_PREFIX + digest, read_file(digest))
            archive.writestr(MANIFEST_DIGEST, sha256(manifest_bytes) + "\n")
        if cancelled is not None and cancelled():
            raise PackageCancelled(translate("FieldPackage", "exporting the field package was cancelled; no file was written"))
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target


class PackageCancelled(Cancelled):
    """The user cancelled; no file was written, nothing was merged (the core's Cancelled)."""


class BadRecord(ValueError):
    """One line of records.jsonl is not a record this tracker can take: the message says why
    (read_package adds the file and the line)."""


def _n(value: int) -> str:
    """A count or limit as the user's locale writes it."""
    return format_number(Decimal(value), number_style(), 0)


def _long_line(number: int) -> str:
    return translate("FieldPackage", "line {line} of {member} is longer than {limit} bytes, longer than any record").format(
        line=number, member=RECORDS, limit=_n(MAX_LINE_BYTES))


def _altered(name: str) -> UnreadableFile:
    return UnreadableFile(translate("FieldPackage", "{file} is damaged or was altered: {member} does not match its checksum; nothing was "
                                    "merged").format(file=name, member=RECORDS))


def _refuse(name: str, what: str) -> UnreadableFile:
    return UnreadableFile(translate("FieldPackage", "{file}: {why}; nothing was merged").format(file=name, why=what))


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str) -> bytes:
    """A small member (the manifest, its checksum), read with a limit whatever its header says."""
    with archive.open(info) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise _refuse(name, translate("FieldPackage", "{member} is larger than a field package's ({limit} bytes at most)").format(
            member=info.filename, limit=_n(limit)))
    return data


def json_line(number: int, data: bytes) -> Any:
    """The JSON value of one line: BadRecord if it is not JSON (NaN and Infinity are not JSON),
    or nested deeper than Python's parser goes."""
    try:
        return json.loads(data, parse_constant=_no_constant)
    except RecursionError:
        raise BadRecord(translate("FieldPackage", "it is nested too deeply to be a record")) from None
    except UnicodeDecodeError:
        raise BadRecord(translate("FieldPackage", "it is not UTF-8 text")) from None
    except ValueError as exc:
        raise BadRecord(translate("FieldPackage", "it is not valid JSON ({error})").format(error=exc)) from None


def _no_constant(text: str) -> Any:
    raise ValueError(translate("FieldPackage", "{value} is not a number JSON allows").format(value=text))


def read_package(path: Path, parse: Callable[[int, bytes], Any] = json_line) -> tuple[Manifest, list[Any]]:
    """Check the manifest, then read records.jsonl as a stream, `parse(line number, bytes)` each
    non-blank line (BadRecord if it is not acceptable), checking the limits and the member's
    SHA-256 as it goes. Returns the manifest and the parsed records; UnreadableFile says what is
    wrong (naming the file) and nothing is returned from a damaged or refused file.

    Memory grows with the records, never with padding: the member is read in 1 MiB chunks, blank
    lines are skipped as they come, and the limits stop a file of endless lines or one endless
    line while it is read."""
    source = Path(path)
    name = source.name
    if not source.is_file():
        raise UnreadableFile(translate("FieldPackage", "{file}: no such file").format(file=name))
    try:
        with zipfile.ZipFile(source) as archive:
            infos = archive.infolist()
            carried = [info for info in infos if info.filename.startswith(FILES_PREFIX)]
            if len(infos) - len(carried) > MAX_MEMBERS:
                raise _refuse(name, translate("FieldPackage", "it holds {count} files; a field package holds 3").format(count=_n(len(infos))))
            if len(carried) > MAX_FILES:
                raise _refuse(name, too_many_files(len(carried)))
            members = {info.filename: info for info in infos}
            for needed in (MANIFEST, MANIFEST_DIGEST):
                if needed not in members:
                    raise UnreadableFile(translate("FieldPackage", "{file} is not a tracker field package (no {member})").format(file=name, member=needed))
            manifest_bytes = _read_member(archive, members[MANIFEST], MAX_MANIFEST_BYTES, name)
            expected = _read_member(archive, members[MANIFEST_DIGEST], 1024, name).decode("ascii", "replace").strip()
            if sha256(manifest_bytes) != expected:
                raise UnreadableFile(translate("FieldPackage", "{file} is damaged or was altered: the manifest does not match its checksum; "
                                               "nothing was merged").format(file=name))
            try:
                data = json.loads(manifest_bytes.decode("utf-8"), parse_constant=_no_constant)
            except RecursionError:
                raise _refuse(name, translate("FieldPackage", "its manifest is nested too deeply")) from None
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise UnreadableFile(translate("FieldPackage", "{file} is not a tracker field package").format(file=name))
            version = data.get("format_version")
            if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
                raise UnreadableFile(
                    translate("FieldPackage", "{file} was written in field-package format {version}, newer than this tracker reads "
                              "({supported}); update tracker before merging it").format(file=name, version=version, supported=FORMAT_VERSION)
                )
            manifest = _manifest(data, version, name)
            declared = manifest.members.get(RECORDS)
            if not isinstance(declared, dict) or RECORDS not in members:
                raise UnreadableFile(translate("FieldPackage", "{file} is incomplete: {member} is missing; nothing was merged").format(
                    file=name, member=RECORDS))
            size, digest = declared.get("size"), declared.get("sha256")
            if not isinstance(size, int) or isinstance(size, bool) or size < 0 or not isinstance(digest, str):
                raise _refuse(name, translate("FieldPackage", "its manifest does not give the size and checksum of {member}").format(member=RECORDS))
            if size > MAX_RECORDS_BYTES:
                raise _refuse(name, translate("FieldPackage", "{member} holds {size} bytes; a field package holds at most {limit}").format(
                    member=RECORDS, size=_n(size), limit=_n(MAX_RECORDS_BYTES)))
            if members[RECORDS].file_size != size:
                raise _altered(name)
            _check_files(manifest, carried, name)
            records = _read_records(archive, members[RECORDS], size, digest, name, parse)
    except UnreadableFile:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError, TypeError, AttributeError,
            NotImplementedError, RuntimeError) as exc:
        raise UnreadableFile(translate("FieldPackage", "{file} is truncated or damaged ({error}); nothing was merged").format(
            file=name, error=f"{exc.__class__.__name__}: {exc}")) from None
    return manifest, records


def _read_records(archive: zipfile.ZipFile, info: zipfile.ZipInfo, size: int, expected: str, name: str,
                  parse: Callable[[int, bytes], Any]) -> list[Any]:
    digest = hashlib.sha256()
    records: list[Any] = []
    read = 0
    number = 0  # lines seen, blank ones included
    pending = b""  # the start of a line whose end is in a later chunk
    first_error: tuple[int, str] | None = None

    def take(line: bytes) -> None:
        nonlocal number, first_error
        number += 1
        if number > MAX_LINES:
            raise _refuse(name, translate("FieldPackage", "{member} has more than {limit} lines, more than a field package holds").format(
                member=RECORDS, limit=_n(MAX_LINES)))
        if len(line) > MAX_LINE_BYTES:
            raise _refuse(name, _long_line(number))
        if first_error is not None or not line.strip():
            return
        try:
            records.append(parse(number, line))
        except BadRecord as exc:
            first_error = (number, str(exc))

    with archive.open(info) as stream:
        while True:
            chunk = stream.read(CHUNK_BYTES)
            if not chunk:
                break
            read += len(chunk)
            if read > size:
                raise _altered(name)
            digest.update(chunk)
            lines = (pending + chunk).split(b"\n")
            pending = lines.pop()
            if len(pending) > MAX_LINE_BYTES:
                raise _refuse(name, _long_line(number + 1))
            for line in lines:
                take(line)
        if pending:
            take(pending)
    if read != size or digest.hexdigest() != expected:
        # Checked before any parsing problem is reported: damage is the likelier cause of both.
        raise _altered(name)
    if first_error is not None:
        line, why = first_error
        raise UnreadableFile(translate("FieldPackage", "{file}: line {line} of {member}: {why}; nothing was merged").format(
            file=name, line=line, member=RECORDS, why=why))
    return records


def too_many_files(count: int) -> str:
    return translate("FieldPackage", "it carries {count} attached files; a field package carries at most {limit}").format(
        count=_n(count), limit=_n(MAX_FILES))


def too_many_file_bytes(size: int) -> str:
    return translate("FieldPackage", "its attached files add up to {size} MB; a field package carries at most {limit} MB").format(
        size=_n(size // 1048576), limit=_n(MAX_PACKAGE_FILE_BYTES // 1048576))


def _check_files(manifest: Manifest, carried: list[zipfile.ZipInfo], name: str) -> None:
    """The attached files the zip holds are those the manifest names, each of the size it says,
    within the limits (their contents are checked against their names by the merge, which can
    name the documents they belong to: tracker.exchange.package_files)."""
    from tracker.domain.documents import MAX_FILE_BYTES

    declared = manifest.files
    if declared and manifest.format_version < FORMAT_VERSION:
        raise _refuse(name, translate("FieldPackage", "its manifest names attached files, which its format does not carry"))
    if len(declared) > MAX_FILES:
        raise _refuse(name, too_many_files(len(declared)))
    for digest, size in declared.items():
        if not isinstance(digest, str) or not _DIGEST.fullmatch(digest) or not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise _refuse(name, translate("FieldPackage", "its manifest's list of attached files is malformed"))
        if size > MAX_FILE_BYTES:
            raise _refuse(name, translate("FieldPackage", "an attached file has {size} bytes; tracker keeps files up to {limit}").format(
                size=_n(size), limit=_n(MAX_FILE_BYTES)))
    total = sum(declared.values())
    if total > MAX_PACKAGE_FILE_BYTES:
        raise _refuse(name, too_many_file_bytes(total))
    held = {info.filename[len(FILES_PREFIX):]: info for info in carried}
    if set(held) != set(declared):
        raise UnreadableFile(translate("FieldPackage", "{file} is incomplete or was altered: its attached files are not the ones its "
                                       "manifest names; nothing was merged").format(file=name))
    for digest, info in held.items():
        if info.file_size != declared[digest]:
            raise UnreadableFile(translate("FieldPackage", "{file} is damaged or was altered: the attached file {member} does not have "
                                           "the size its manifest gives; nothing was merged").format(file=name, member=info.filename))


def _manifest(data: dict[str, Any], version: int, name: str) -> Manifest:
    source_info = data.get("source")
    package_id = data.get("package_id")
    if not isinstance(source_info, dict):
        raise _refuse(name, translate("FieldPackage", "its manifest does not name the database it came from"))
    source_uuid, source_name = source_info.get("uuid"), source_info.get("name")
    if not is_uuid(package_id):
        raise _refuse(name, translate("FieldPackage", "its manifest's package id is not a UUID"))
    if not is_uuid(source_uuid):
        raise _refuse(name, translate("FieldPackage", "its manifest's source identity is not a UUID"))
    if not isinstance(source_name, str) or not source_name.strip() or len(source_name) > 500 or not _storable(source_name):
        raise _refuse(name, translate("FieldPackage", "its manifest's source name is missing or is not plain text of at most 500 characters"))
    base_marker = data.get("base_marker")
    if base_marker is not None and not is_uuid(base_marker):
        raise _refuse(name, translate("FieldPackage", "its manifest's base marker is not a UUID"))
    counts = data.get("counts") or {}
    members = data.get("members") or {}
    files = data.get("files") or {}
    if not isinstance(counts, dict) or not isinstance(members, dict):
        raise _refuse(name, translate("FieldPackage", "its manifest's counts or members are malformed"))
    if not isinstance(files, dict):
        raise _refuse(name, translate("FieldPackage", "its manifest's list of attached files is malformed"))
    return Manifest(
        package_id=package_id,
        source_uuid=source_uuid,
        source_name=source_name.strip(),
        created_at=str(data.get("created_at", "")),
        base_marker=base_marker,
        counts=counts,
        format_version=version,
        members=members,
        files=files,
    )


def is_uuid(value: Any) -> bool:
    """A UUID written as tracker writes them (36 characters, lower-case hex and dashes)."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def _storable(text: str) -> bool:
    return _UNSTORABLE.search(text) is None
