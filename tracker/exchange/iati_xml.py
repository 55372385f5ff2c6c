"""Reading IATI activity files safely: one <iati-activity> at a time, no DTD, no entities, no
network, bounded memory, and clear refusals for what tracker cannot read (IATI 1.0x, other XML)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from tracker.domain.errors import DomainError
from tracker.exchange.iati_codes import SUPPORTED_VERSIONS
from tracker.exchange.results import UnreadableFile

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class ExchangeCancelled(DomainError):
    """The user cancelled an import or export; nothing was written."""


@dataclass(frozen=True)
class FileHeader:
    version: str
    generated: str


class _CountingReader:
    """A binary file whose read position the progress callback can report."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.position += len(data)
        return data


def _refuse_doctype(path: Path) -> None:
    # IATI files never need a DTD. A DOCTYPE is how entity bombs and external entities get in,
    # so it is refused before parsing rather than trusted to the parser's settings alone.
    with path.open("rb") as handle:
        head = handle.read(65_536)
    start = head.find(b"<iati-activities")
    prologue = head if start < 0 else head[:start]
    if b"<!DOCTYPE" in prologue.upper() or b"<!ENTITY" in prologue.upper():
        raise UnreadableFile(f"{path} declares a DOCTYPE or entities, which IATI activity files never do; refused for safety")


def iter_activities(
    path: str | os.PathLike[str],
    on_header: Callable[[FileHeader], None] | None = None,
    position: Callable[[int, int], None] | None = None,
) -> Iterator[etree._Element]:
    """Yield each <iati-activity> element of the file, complete, then free it. UnreadableFile for
    a file that is not well-formed XML, not an IATI activity file, or IATI 1.0x."""
    target = Path(path)
    _refuse_doctype(target)
    size = target.stat().st_size
    with target.open("rb") as raw:
        reader = _CountingReader(raw)
        events = etree.iterparse(
            reader,  # type: ignore[arg-type]
            events=("start", "end"),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            remove_comments=True,
            remove_pis=True,
        )
        depth = 0
        try:
            for event, element in events:
                if event == "start":
                    depth += 1
                    if depth == 1:
                        _check_root(target, element, on_header)
                    continue
                depth -= 1
                if depth == 1 and element.tag == "iati-activity":
                    yield element
                    if position is not None:
                        position(reader.position, size)
                if depth <= 1:
                    # Free what has been read: the element, and the siblings before it that the
                    # tree still links to (lxml keeps them otherwise).
                    element.clear(keep_tail=False)
                    parent = element.getparent()
                    if parent is not None:
                        while element.getprevious() is not None:
                            del parent[0]
        except etree.XMLSyntaxError as exc:
            raise UnreadableFile(f"{target} is not well-formed XML ({exc.msg}, line {exc.lineno}); nothing was imported") from None


def _check_root(target: Path, root: etree._Element, on_header: Callable[[FileHeader], None] | None) -> None:
    if root.tag != "iati-activities":
        raise UnreadableFile(f"{target} is XML but not an IATI activity file (its root is <{etree.QName(root).localname}>, not <iati-activities>)")
    version = (root.get("version") or "").strip()
    if version.startswith("1."):
        raise UnreadableFile(
            f"{target} is an IATI version {version} file (IATI 1.0x, with text codes and no narratives); "
            "tracker reads IATI 2.01 to 2.03: convert it to 2.0x with the IATI converter or ask the publisher for a 2.0x file"
        )
    if version and not version.startswith("2."):
        raise UnreadableFile(f"{target} declares IATI version {version}; tracker reads IATI 2.01 to 2.03")
    if on_header is not None:
        on_header(FileHeader(version or "", root.get("generated-datetime") or ""))


def is_supported_version(version: str) -> bool:
    return version in SUPPORTED_VERSIONS
