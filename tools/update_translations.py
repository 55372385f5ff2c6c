"""Write resources/translations/tracker_en.ts and .qm: English plural forms for every text of the
desktop app written with "(s)" and shown with a count, e.g. tr("{total} project(s)", "", total)
or QCoreApplication.translate("Context", "%n day(s) overdue", "", days).

Run after adding or changing such a text (tests/gui/test_plurals.py fails until then):
    .venv/bin/python tools/update_translations.py
The singular drops "(s)", the plural writes "s"; irregular plurals go in IRREGULAR."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tracker" / "gui"
TARGET = ROOT / "resources" / "translations" / "tracker_en"
TOOLS = Path(sys.executable).parent

# Words whose plural is not the singular plus "s" (none yet): {"entr(y)(ies)": ("entry", "entries")}.
IRREGULAR: dict[str, tuple[str, str]] = {}


def english_forms(source: str) -> tuple[str, str]:
    singular, plural = source, source
    for marker, (one, many) in IRREGULAR.items():
        singular, plural = singular.replace(marker, one), plural.replace(marker, many)
    return singular.replace("(s)", ""), plural.replace("(s)", "s")


def extract(folder: Path) -> ET.ElementTree:
    """Every translatable text of the app, as pyside6-lupdate finds it."""
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / "all.ts"
        files = sorted(str(p) for p in folder.rglob("*.py"))
        subprocess.run([str(TOOLS / "pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                        "-target-language", "en", "-ts", str(ts)], check=True, capture_output=True)
        return ET.parse(ts)


def plural_messages(tree: ET.ElementTree) -> dict[str, list[str]]:
    """Context -> the texts with "(s)" in it, sorted, without repeats."""
    found: dict[str, set[str]] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "(s)" in source:
                found.setdefault(name, set()).add(source)
    return {name: sorted(texts) for name, texts in sorted(found.items())}


def english_ts(messages: dict[str, list[str]]) -> str:
    root = ET.Element("TS", version="2.1", language="en")
    for name, sources in messages.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for source in sources:
            message = ET.SubElement(context, "message", numerus="yes")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            for form in english_forms(source):
                ET.SubElement(translation, "numerusform").text = form
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n"


def main() -> int:
    ts = TARGET.with_suffix(".ts")
    ts.write_text(english_ts(plural_messages(extract(SOURCES))), encoding="utf-8")
    subprocess.run([str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(TARGET.with_suffix(".qm"))], check=True)
    print(ts.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
