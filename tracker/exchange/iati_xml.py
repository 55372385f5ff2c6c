"""Reading IATI activity files safely: one <iati-activity> at a time, no DTD, no entities, no
network, bounded memory, and clear refusals for what tracker cannot read (IATI 1.0x, other XML).

The safety is the parser's, not a look at the text: lxml is told to resolve no entity, load no
DTD, fetch nothing from the network and keep its limits on text and depth (huge_tree off), and a
resolver refuses any external resource it would still be asked for. A DOCTYPE can only stand
before the root element, so when the parser reports the root element it has read the whole
prologue: the tree's docinfo then says whether the file declares a document type, and a file that
does (with entities or not, after comments or processing instructions or not) is refused there,
before any element content is read."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from lxml import etree

from tracker.domain.i18n import translate
from tracker.domain.progress import Cancelled
from tracker.exchange.iati_codes import SUPPORTED_VERSIONS
from tracker.exchange.results import UnreadableFile

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class ExchangeCancelled(Cancelled):
    """The user cancelled an import or export; nothing was written (tracker.domain.progress's
    Cancelled, under the name the exchange modules have always raised)."""


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


class _NothingExternal(etree.Resolver):
    """Asked for any external resource (a DTD, an entity's file or URL), refuses it. With the
    parser settings below it is never asked; it is there so that no setting overlooked can open
    a file or a connection."""

    def resolve(self, system_url: str, public_id: str, context: Any) -> Any:
        raise ExternalRefused(system_url or public_id or "an external resource")


class ExternalRefused(Exception):
    pass


# How every XML file users give tracker is read (IATI activity files, the UN's list of rates): no
# entity resolved, no DTD loaded, nothing fetched, libxml2's size limits kept.
SAFE_XML = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "attribute_defaults": False,
    "huge_tree": False,
    "remove_comments": True,
    "remove_pis": True,
}


def _events(source: Any) -> etree.iterparse:
    events = etree.iterparse(source, events=("start", "end"), **SAFE_XML)
    events.resolvers.add(_NothingExternal())
    return events


def safe_parser() -> etree.XMLParser:
    """A parser for a whole small file, set up as the streamed reading of activity files is."""
    parser = etree.XMLParser(**SAFE_XML)
    parser.resolvers.add(_NothingExternal())
    return parser


def has_document_type(root: etree._Element) -> bool:
    """Whether the parser met a DOCTYPE before `root` (read from the tree's docinfo, which holds
    the prologue as the parser saw it, wherever the DOCTYPE stood in it)."""
    info = root.getroottree().docinfo
    return bool(info.doctype or info.internalDTD is not None or info.externalDTD is not None or info.system_url or info.public_id)


def refuse_document_type(target: Path, root: etree._Element) -> None:
    """UnreadableFile when the parser met a DOCTYPE before `root`."""
    if not has_document_type(root):
        return
    internal = root.getroottree().docinfo.internalDTD
    entities = internal is not None and any(True for _ in internal.iterentities())
    if entities:
        raise UnreadableFile(translate("IatiFile", "{file} declares a DOCTYPE with entity declarations, which IATI activity files never do; "
                                       "it is refused for safety and nothing was imported").format(file=target))
    raise UnreadableFile(translate("IatiFile", "{file} declares a DOCTYPE, which IATI activity files never do; it is refused for safety "
                                   "and nothing was imported").format(file=target))


def root_tag(path: str | os.PathLike[str]) -> str:
    """The tag of the root element of an XML file, read by the same safe parser as the import
    (a DOCTYPE is refused here too); UnreadableFile when the file is not well-formed up to it."""
    target = Path(path)
    with target.open("rb") as raw:
        try:
            for _event, element in _events(raw):
                refuse_document_type(target, element)
                return str(element.tag)  # with its namespace, if any, in {uri}name form
        except etree.XMLSyntaxError as exc:
            raise UnreadableFile(translate("IatiFile", "{file} is not well-formed XML ({error})").format(file=target, error=_problem(exc))) from None
        except ExternalRefused:
            raise _external(target) from None
    raise UnreadableFile(translate("IatiFile", "{file} holds no XML element").format(file=target))


def _problem(exc: etree.XMLSyntaxError) -> str:
    """libxml2's message on one line ("Invalid character: Char 0x0 out of allowed range\n, line 1,
    column 270"), with the line once."""
    message = " ".join((exc.msg or "syntax error").split())
    message = re.sub(r"\s*,?\s*line \d+, column \d+\s*$", "", message).rstrip(" ,")
    return translate("IatiFile", "{message}, line {line}").format(message=message, line=exc.lineno)


def _external(target: Path) -> UnreadableFile:
    return UnreadableFile(translate("IatiFile", "{file} refers to an external DTD or entity, which IATI activity files never do; it is "
                                    "refused for safety and nothing was imported").format(file=target))


def iter_activities(
    path: str | os.PathLike[str],
    on_header: Callable[[FileHeader], None] | None = None,
    position: Callable[[int, int], None] | None = None,
) -> Iterator[etree._Element]:
    """Yield each <iati-activity> element of the file, complete, then free it. UnreadableFile for
    a file that is not well-formed XML, declares a DOCTYPE, is not an IATI activity file, or is
    IATI 1.0x."""
    target = Path(path)
    size = target.stat().st_size
    with target.open("rb") as raw:
        reader = _CountingReader(raw)
        events = _events(reader)
        depth = 0
        try:
            for event, element in events:
                if event == "start":
                    depth += 1
                    if depth == 1:
                        refuse_document_type(target, element)
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
            raise UnreadableFile(translate("IatiFile", "{file} is not well-formed XML ({error}); nothing was imported").format(
                file=target, error=_problem(exc))) from None
        except ExternalRefused:
            raise _external(target) from None


def _check_root(target: Path, root: etree._Element, on_header: Callable[[FileHeader], None] | None) -> None:
    if root.tag != "iati-activities":
        raise UnreadableFile(translate("IatiFile", "{file} is XML but not an IATI activity file (its root is <{root}>, not "
                                       "<iati-activities>)").format(file=target, root=etree.QName(root).localname))
    version = (root.get("version") or "").strip()
    if version.startswith("1."):
        raise UnreadableFile(
            translate("IatiFile", "{file} is an IATI version {version} file (IATI 1.0x, with text codes and no narratives); tracker reads "
                      "IATI 2.01 to 2.03: convert it to 2.0x with the IATI converter or ask the publisher for a 2.0x file").format(
                file=target, version=version)
        )
    if version and not version.startswith("2."):
        raise UnreadableFile(translate("IatiFile", "{file} declares IATI version {version}; tracker reads IATI 2.01 to 2.03").format(
            file=target, version=version))
    if on_header is not None:
        on_header(FileHeader(version or "", root.get("generated-datetime") or ""))


def is_supported_version(version: str) -> bool:
    return version in SUPPORTED_VERSIONS
