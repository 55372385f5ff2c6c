"""Every text a user sees exists in French and Spanish: the translations in resources/translations
hold every text the source marks (pyside6-lupdate run on the tree now), each finished, with the
same placeholders, and the .qm files the app loads are built from the .ts files as they are.

When this fails after a change of text: `.venv/bin/python tools/update_translations.py`, then
translate what `tools/update_translations.py missing fr` (and es) lists."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

pytestmark = pytest.mark.skipif(not LUPDATE.exists(), reason="needs pyside6-lupdate (PySide6)")


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    tool = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = tool  # its dataclasses look their module up
    spec.loader.exec_module(tool)
    return tool


TOOL = _tool()
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:[:!][^{}]*)?\}|%n|%L?\d")


@pytest.fixture(scope="module")
def extracted():
    return {area: TOOL.extract(area) for area in TOOL.AREAS}


@pytest.mark.parametrize("language", ["en", *TOOL.LANGUAGES])
def test_the_translations_hold_every_text_of_the_source(extracted, language):
    for area, messages in extracted.items():
        wanted = {m.key for m in messages if language != "en" or m.numerus}
        shipped = {m.key for m in TOOL.read(TOOL.FOLDER / f"{area}_{language}.ts")}
        assert sorted(wanted - shipped) == [], f"{area}_{language}.ts lacks texts: run tools/update_translations.py"
        assert sorted(shipped - wanted) == [], f"{area}_{language}.ts holds texts the source no longer has"


@pytest.mark.parametrize("language", TOOL.LANGUAGES)
def test_every_text_is_translated_with_its_placeholders(language):
    problems = []
    for area in TOOL.AREAS:
        for m in TOOL.read(TOOL.FOLDER / f"{area}_{language}.ts"):
            where = f"{area}_{language}.ts [{m.context}] {m.source!r}"
            texts = m.forms if m.numerus else [m.translation]
            if not m.finished or not all(t.strip() for t in texts):
                problems.append(f"{where}: not translated")
                continue
            if m.numerus and len(m.forms) != 2:
                problems.append(f"{where}: needs 2 plural forms, has {len(m.forms)}")
            for text in texts:
                wanted = sorted(set(PLACEHOLDER.findall(m.source)) - {"%n"})
                if sorted(set(PLACEHOLDER.findall(text)) - {"%n"}) != wanted:
                    problems.append(f"{where}: placeholders {wanted} but the translation {text!r}")
    assert problems == [], f"{len(problems)} texts:\n" + "\n".join(problems[:60])


def test_the_qm_files_are_built_from_the_ts_files_as_they_are(tmp_path):
    import subprocess

    stale = []
    for ts in sorted(TOOL.FOLDER.glob("*.ts")):
        built = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(LUPDATE.parent / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(built)], check=True)
        shipped = ts.with_suffix(".qm")
        if not shipped.exists() or shipped.read_bytes() != built.read_bytes():
            stale.append(shipped.name)
    assert stale == [], "run tools/update_translations.py"
