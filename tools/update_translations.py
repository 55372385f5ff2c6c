"""Keep the translations in step with the source: resources/translations/<area>_<language>.ts
and the .qm files Qt builds from them.

    .venv/bin/python tools/update_translations.py                 # every area: extract, merge, build
    .venv/bin/python tools/update_translations.py update gui      # one area
    .venv/bin/python tools/update_translations.py missing fr gui  # what is left to translate, as JSON
    .venv/bin/python tools/update_translations.py fill fr gui done.json   # merge translations in

`update` runs pyside6-lupdate on the area's sources (it finds tr(), QCoreApplication.translate(),
tracker.domain.i18n.translate() and QT_TRANSLATE_NOOP() calls), keeps every translation already
made for a text still in the source, adds the new texts as unfinished, drops the texts the source
no longer has, writes English plural forms ("(s)" texts with a count) and builds the .qm files with
pyside6-lrelease. tests/test_translations.py fails while a text has no finished French or Spanish
translation, or a .qm is older than its .ts.

`missing` prints [{"context", "source", "comment", "numerus"}]; `fill` reads the same list with
"translation" (a string) or, for a numerus text, "forms" (one string per plural form: two for
French and Spanish, singular then plural) and writes them into the .ts.

To add a language: add it to LANGUAGES here and in tracker/domain/i18n.py, run `update`, then
translate what `missing <language>` lists."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent
LANGUAGES = ("fr", "es")  # the translations; English is the source language (plural forms only)

# Each area's translations live in a file of their own (areas change at different times, and
# translators can work on one without touching another). Paths are relative to the repository.
AREAS: dict[str, tuple[str, ...]] = {
    "domain": ("tracker/domain",),
    "store": ("tracker/store",),
    "exchange": ("tracker/exchange",),
    "reports": ("tracker/reports",),
    "cli": ("tracker/cli.py", "tracker/cli_evaluation.py", "tracker/cli_partners.py", "tracker/cli_projects.py",
            "tracker/cli_rates.py", "tracker/cli_documents.py", "tracker/cli_organisation.py", "tracker/cli_check.py",
            "tracker/cli_clusters.py", "tracker/cli_rule_sets.py"),
    "gui": ("tracker/gui", "main.py"),
    "editor": ("tracker/gui/editor",),
    "reports_gui": ("tracker/gui/reports_dialog.py", "tracker/gui/reports_menu.py"),
}
EXCLUDED = {"gui": ("tracker/gui/editor", "tracker/gui/reports_dialog.py", "tracker/gui/reports_menu.py")}

# Words whose plural is not the singular plus "s" (none yet): {"entr(y)(ies)": ("entry", "entries")}.
IRREGULAR: dict[str, tuple[str, str]] = {}


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translation: str = ""
    forms: list[str] = field(default_factory=list)
    finished: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def area_sources(area: str) -> list[Path]:
    files: list[Path] = []
    for entry in AREAS[area]:
        path = ROOT / entry
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    excluded = [ROOT / entry for entry in EXCLUDED.get(area, ())]
    return [f for f in files if not any(f.is_relative_to(x) for x in excluded)]


def extract(area: str) -> list[Message]:
    """Every translatable text of `area`, as pyside6-lupdate finds it, in its order."""
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / "all.ts"
        result = subprocess.run([str(TOOLS / "pyside6-lupdate"), *map(str, area_sources(area)), "-no-obsolete",
                                 "-locations", "none", "-ts", str(ts)], capture_output=True, text=True)
        if result.returncode != 0 or not ts.exists():
            raise SystemExit(f"pyside6-lupdate failed on {area}: {result.stderr.strip()}")
        messages = read(ts)
    for message in messages:
        message.numerus = "%n" in message.source or "(s)" in message.source
    return messages


def read(ts: Path) -> list[Message]:
    if not ts.exists():
        return []
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")] if translation is not None else []
            messages.append(Message(
                context=name, source=element.findtext("source") or "", comment=element.findtext("comment") or "",
                numerus=element.get("numerus") == "yes",
                translation=(translation.text or "") if translation is not None and not forms else "",
                forms=forms,
                finished=translation is not None and translation.get("type") is None))
    return messages


def english_forms(source: str) -> list[str]:
    singular, plural = source, source
    for marker, (one, many) in IRREGULAR.items():
        singular, plural = singular.replace(marker, one), plural.replace(marker, many)
    return [singular.replace("(s)", ""), plural.replace("(s)", "s")]


def write(ts: Path, language: str, messages: list[Message]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in by_context[name]:
            element = ET.SubElement(context, "message", numerus="yes") if message.numerus else ET.SubElement(context, "message")
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            translation = ET.SubElement(element, "translation")
            if not message.finished:
                translation.set("type", "unfinished")
            if message.numerus:
                for form in message.forms or ["", ""]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = message.translation
    ET.indent(root)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n",
                  encoding="utf-8")


def release(ts: Path) -> None:
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def update(area: str) -> list[Path]:
    source = extract(area)
    written = []
    # English: only the plural forms of texts written with "(s)" and a count.
    english = [Message(m.context, m.source, m.comment, True, forms=english_forms(m.source), finished=True)
               for m in source if m.numerus]
    target = FOLDER / f"{area}_en.ts"
    write(target, "en", english)
    written.append(target)
    for language in LANGUAGES:
        target = FOLDER / f"{area}_{language}.ts"
        done = {m.key: m for m in read(target)}
        merged = []
        for message in source:
            old = done.get(message.key)
            if old is not None:
                message.translation, message.forms, message.finished = old.translation, old.forms, old.finished
                if message.numerus and not message.forms and message.translation:
                    message.forms = [message.translation, message.translation]
            else:
                message.translation, message.forms, message.finished = "", [], False
            merged.append(Message(**{**message.__dict__, "forms": list(message.forms)}))
        write(target, language, merged)
        written.append(target)
    for ts in written:
        release(ts)
    return written


def missing(language: str, areas: list[str]) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for area in areas:
        for message in read(FOLDER / f"{area}_{language}.ts"):
            if not message.finished:
                found.append({"area": area, "context": message.context, "source": message.source,
                              "comment": message.comment, "numerus": message.numerus})
    return found


def fill(language: str, area: str, done_file: Path) -> int:
    """Write the translations in `done_file` into the area's .ts; returns how many were used."""
    given = {(d["context"], d["source"], d.get("comment", "") or ""): d for d in json.loads(done_file.read_text(encoding="utf-8"))}
    target = FOLDER / f"{area}_{language}.ts"
    messages = read(target)
    used = 0
    for message in messages:
        entry = given.get(message.key)
        if entry is None:
            continue
        if message.numerus:
            forms = entry.get("forms") or [entry.get("translation", "")] * 2
            if not all(forms):
                continue
            message.forms = list(forms)
        else:
            if not entry.get("translation"):
                continue
            message.translation = entry["translation"]
        message.finished = True
        used += 1
    write(target, language, messages)
    release(target)
    return used


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        for area in argv[1:] or list(AREAS):
            for ts in update(area):
                print(ts.relative_to(ROOT))
        return 0
    if command == "missing" and len(argv) >= 2:
        print(json.dumps(missing(argv[1], argv[2:] or list(AREAS)), ensure_ascii=False, indent=1))
        return 0
    if command == "fill" and len(argv) == 4:
        print(f"{fill(argv[1], argv[2], Path(argv[3]))} translations written")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
