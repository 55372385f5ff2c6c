"""How exported files say that they hold demo data, and the one refusal every import gives when
such a file would bring demo projects into a database with real projects.

The demo portfolio's figures are invented. A field package carries each project's "demo data"
field, so the merge sees it (tracker.exchange.merge). A workbook and an IATI file have no such
column, so the exporters mark them and the importers read the mark:

- the import workbook: a custom document property (DEMO_PROPERTY), which Excel and LibreOffice
  keep when the file is edited and saved and which no edit of a cell removes, plus a red line at
  the top of the Notes sheet (DEMO_NOTE) for the person who opens the file; the importer takes
  either as the mark, so a tool that drops document properties still leaves the line;
- an IATI file: the attribute tracker:demo="true" on each demo activity (tracker's extension
  namespace, which the IATI schema allows and IATI tools ignore)."""

from __future__ import annotations

from collections.abc import Iterable

from tracker.exchange import iati_codes as c
from tracker.exchange.results import UnreadableFile

DEMO_PROPERTY = "tracker demo data"
DEMO_PROPERTY_VALUE = "invented figures of the demo portfolio"
DEMO_NOTE = ("DEMO DATA: every project in this workbook belongs to tracker's demo portfolio and its figures are invented. "
             "Import it only into the demo portfolio or an empty database; a database with real projects refuses it.")
IATI_DEMO = c.EXT + "demo"


def shown_codes(codes: Iterable[str]) -> str:
    """'A, B, C and 4 more': the first three codes of a list a message names."""
    ordered = sorted(codes)
    return ", ".join(ordered[:3]) + (f" and {len(ordered) - 3} more" if len(ordered) > 3 else "")


def demo_import_refused(file_name: str, codes: Iterable[str]) -> UnreadableFile:
    """The one sentence an import of demo projects into a database with real projects ends with
    (the field package's refusal, in the words of an import)."""
    return UnreadableFile(
        f"{file_name} holds demo projects ({shown_codes(codes)}); demo data is not imported into a database with real projects, "
        "so nothing was imported (import it into the demo portfolio, or export the file from a working database)"
    )


def is_demo_note(text: object) -> bool:
    """Whether a cell of the Notes sheet is the line DEMO_NOTE starts with."""
    return isinstance(text, str) and text.strip().upper().startswith("DEMO DATA:")
