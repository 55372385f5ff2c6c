"""The field-package file: a zip holding manifest.json, records.jsonl and manifest.sha256.

manifest.json names the format version, the source database (UUID and name), the package id,
when it was made, the exchange it follows (base marker), record counts, and the SHA-256 and size
of every other member; manifest.sha256 holds the SHA-256 of manifest.json itself. A reader
checks all of them before it trusts a single record, so a truncated or altered file is refused
whole. The checksums catch damage, not forgery: there is no shared secret between offices."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.exchange.results import UnreadableFile

FORMAT = "tracker-field-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MANIFEST_DIGEST = "manifest.sha256"
RECORDS = "records.jsonl"
MAX_MEMBER_BYTES = 4 * 1024**3  # refuse a "zip bomb" rather than fill the disk or memory


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

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "package_id": self.package_id,
            "source": {"uuid": self.source_uuid, "name": self.source_name},
            "created_at": self.created_at,
            "base_marker": self.base_marker,
            "counts": self.counts,
            "members": self.members,
        }


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_package(path: Path, manifest: Manifest, lines: list[str], cancelled: Any = None) -> Path:
    """Write the package beside `path` and move it into place only when complete (os.replace),
    so a failure or a cancel leaves no partial file and never damages an older package."""
    target = Path(path).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    records = ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")
    manifest.members = {RECORDS: {"sha256": sha256(records), "size": len(records)}}
    manifest_bytes = json.dumps(manifest.to_json(), indent=2, sort_keys=True).encode("utf-8")
    handle, temp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".partial", dir=target.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temp_name, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, manifest_bytes)
            archive.writestr(RECORDS, records)
            archive.writestr(MANIFEST_DIGEST, sha256(manifest_bytes) + "\n")
        if cancelled is not None and cancelled():
            raise PackageCancelled()
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target


class PackageCancelled(Exception):
    """The user cancelled; no file was written."""


def read_package(path: Path) -> tuple[Manifest, list[dict[str, Any]]]:
    """Check every checksum, then return the manifest and the records. UnreadableFile says what
    is wrong; nothing is returned from a damaged file."""
    source = Path(path)
    name = source.name
    if not source.is_file():
        raise UnreadableFile(f"{name}: no such file")
    try:
        with zipfile.ZipFile(source) as archive:
            members = {info.filename: info for info in archive.infolist()}
            for needed in (MANIFEST, MANIFEST_DIGEST):
                if needed not in members:
                    raise UnreadableFile(f"{name} is not a tracker field package (no {needed})")
            for info in members.values():
                if info.file_size > MAX_MEMBER_BYTES:
                    raise UnreadableFile(f"{name}: member {info.filename} is too large to be a field package")
            manifest_bytes = archive.read(MANIFEST)
            expected = archive.read(MANIFEST_DIGEST).decode("ascii", "replace").strip()
            if sha256(manifest_bytes) != expected:
                raise UnreadableFile(f"{name} is damaged or was altered: the manifest does not match its checksum; nothing was merged")
            data = json.loads(manifest_bytes.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise UnreadableFile(f"{name} is not a tracker field package")
            version = data.get("format_version")
            if not isinstance(version, int) or version > FORMAT_VERSION:
                raise UnreadableFile(
                    f"{name} was written in field-package format {version}, newer than this tracker reads ({FORMAT_VERSION}); "
                    "update tracker before merging it"
                )
            declared = data.get("members") or {}
            if RECORDS not in declared or RECORDS not in members:
                raise UnreadableFile(f"{name} is incomplete: {RECORDS} is missing; nothing was merged")
            contents = archive.read(RECORDS)
            if len(contents) != declared[RECORDS].get("size") or sha256(contents) != declared[RECORDS].get("sha256"):
                raise UnreadableFile(f"{name} is damaged or was altered: {RECORDS} does not match its checksum; nothing was merged")
    except UnreadableFile:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UnreadableFile(f"{name} is truncated or damaged ({exc.__class__.__name__}: {exc}); nothing was merged") from None
    try:
        records = [json.loads(line) for line in contents.decode("utf-8").splitlines() if line.strip()]
        source_info = data["source"]
        manifest = Manifest(
            package_id=str(data["package_id"]),
            source_uuid=str(source_info["uuid"]),
            source_name=str(source_info["name"]),
            created_at=str(data["created_at"]),
            base_marker=data.get("base_marker"),
            counts=dict(data.get("counts") or {}),
            format_version=version,
            members=declared,
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise UnreadableFile(f"{name}: the package's contents are malformed ({exc}); nothing was merged") from None
    return manifest, records
