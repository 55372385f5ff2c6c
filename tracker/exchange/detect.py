"""Tell an import workbook from an IATI activity file by content, never by extension."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tracker.domain.i18n import translate
from tracker.exchange.iati_xml import root_tag
from tracker.exchange.results import UnreadableFile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and password-protected .xlsx files


def detect_kind(path: str | Path) -> str:
    """'workbook' or 'iati'; UnreadableFile naming the file and what it seems to be otherwise."""
    target = Path(path)
    if not target.exists():
        raise UnreadableFile(translate("DetectFile", "{file}: no such file").format(file=target))
    if target.is_dir():
        raise UnreadableFile(translate("DetectFile", "{file} is a folder, not a file").format(file=target))
    with target.open("rb") as handle:
        head = handle.read(4096)
    if not head:
        raise UnreadableFile(translate("DetectFile", "{file} is empty").format(file=target))
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(target) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile:
            raise UnreadableFile(translate("DetectFile", "{file} is a damaged or truncated zip file, not a readable workbook").format(file=target)) from None
        if "xl/workbook.xml" in names:
            return "workbook"
        raise UnreadableFile(translate("DetectFile", "{file} is a zip file but not an Excel workbook (.xlsx)").format(file=target))
    if head.startswith(OLE_MAGIC):
        raise UnreadableFile(
            translate("DetectFile", "{file} is a password-protected workbook or an old .xls file; remove the password "
                      "or save it as .xlsx (Excel Workbook) and import that").format(file=target)
        )
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<"):
        # The root element as the import's own safe parser reads it (no DTD, no entities, no
        # network; a DOCTYPE is refused): a long comment before it cannot hide or fake it.
        if root_tag(target) == "iati-activities":
            return "iati"
        raise UnreadableFile(translate("DetectFile", "{file} is an XML file but not an IATI activity file (no <iati-activities> element)").format(file=target))
    if b"\x00" not in head and (b"," in head or b";" in head or b"\t" in head):
        raise UnreadableFile(translate("DetectFile", "{file} is a text (CSV) file, not an Excel workbook; open it in Excel and save it as .xlsx").format(file=target))
    raise UnreadableFile(translate("DetectFile", "{file} is neither an import workbook (.xlsx) nor an IATI activity file (.xml)").format(file=target))
