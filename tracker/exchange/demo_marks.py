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

from tracker.domain.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate, using_language
from tracker.exchange import iati_codes as c
from tracker.exchange.results import UnreadableFile

DEMO_PROPERTY = "tracker demo data"
DEMO_PROPERTY_VALUE = "invented figures of the demo portfolio"
# The line at the top of the Notes sheet, in the language the workbook is written in (demo_note()).
DEMO_NOTE = QT_TRANSLATE_NOOP("DemoData", "DEMO DATA: every project in this workbook belongs to tracker's demo portfolio and its "
                              "figures are invented. Import it only into the demo portfolio or an empty database; a database "
                              "with real projects refuses it.")
IATI_DEMO = c.EXT + "demo"


def demo_note() -> str:
    """DEMO_NOTE in the current language."""
    return translate("DemoData", DEMO_NOTE)


def shown_codes(codes: Iterable[str]) -> str:
    """'A, B, C and 4 more': the first three codes of a list a message names."""
    ordered = sorted(codes)
    shown = ", ".join(ordered[:3])
    if len(ordered) > 3:
        return translate("DemoData", "{codes} and {count} more").format(codes=shown, count=len(ordered) - 3)
    return shown


def demo_import_refused(file_name: str, codes: Iterable[str]) -> UnreadableFile:
    """The one sentence an import of demo projects into a database with real projects ends with
    (the field package's refusal, in the words of an import)."""
    return UnreadableFile(
        translate("DemoData", "{file} holds demo projects ({codes}); demo data is not imported into a database with real "
                  "projects, so nothing was imported (import it into the demo portfolio, or export the file from a working "
                  "database)").format(file=file_name, codes=shown_codes(codes))
    )


def _note_starts() -> tuple[str, ...]:
    """How DEMO_NOTE starts in each language ("DEMO DATA", "DONNÉES DE DÉMONSTRATION", ...)."""
    starts = {"DEMO DATA"}
    for language in LANGUAGES:
        with using_language(language):
            starts.add(demo_note().split(":")[0].strip().upper())
    return tuple(sorted(starts))


def is_demo_note(text: object) -> bool:
    """Whether a cell of the Notes sheet is the line DEMO_NOTE starts with, in whichever language
    the workbook was written."""
    if not isinstance(text, str):
        return False
    head = text.strip().upper()
    return any(head.startswith(start) and head[len(start):].lstrip().startswith(":") for start in _note_starts())
