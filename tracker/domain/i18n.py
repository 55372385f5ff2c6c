"""The user's language, and the texts of everything outside the desktop app's widgets (the
domain's sentences and labels, the reports, the imports, the command line) in it.

The texts are marked where they are written, with an explicit context, so that Qt's own tool
finds them (pyside6-lupdate reads any call named `translate` or `QT_TRANSLATE_NOOP`):

    translate("Cycle", "the project has no approval date")
    translate("Dashboard", "%n project(s)", "", count)        # plural forms
    STAGE_LABEL = QT_TRANSLATE_NOOP("Stage", "Design")         # marked here, translated when shown

The translations are the .ts files in resources/translations (tools/update_translations.py keeps
them in step with the source; the desktop app loads the .qm files built from the same .ts through
Qt). This module reads the .ts files itself, so the domain, the reports and the command line speak
the user's language without Qt.

The language is the process's (set_language: the command line's --lang, the app's preference,
by default the system's), and within a block of code another one (using_language: a report in its
partner's language, on a worker thread, while the window stays in the user's)."""

from __future__ import annotations

import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

SOURCE_LANGUAGE = "en"
# The language of texts the database keeps (the evaluations' reasons, like the audit trail): one
# for everybody, so that a save or re-plan in French does not rewrite what English wrote. They are
# shown in the reader's language by working them out again (EvaluationPlan.reasons).
STORED_LANGUAGE = SOURCE_LANGUAGE
# The ILO's three working languages, each named in itself (as a language menu offers them).
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español"}
# The locale a language's numbers and dates follow when the system's locale is of another language.
DEFAULT_LOCALES: dict[str, str] = {"en": "en_US", "fr": "fr_FR", "es": "es_ES"}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name Qt's tool looks for
    """Marks `source` for translation where it is defined (a label in a table of data); the
    text is translated where it is shown, with translate(context, source)."""
    return source


def normalise_language(name: str | None) -> str | None:
    """"fr", "fr_FR.UTF-8", "es-419", "French"? -> "fr", "fr", "es", None: the working
    language a locale or language name is in; None when it is none of the three."""
    if not name:
        return None
    code = name.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_locale_name() -> str | None:
    """The system's locale for messages, as POSIX orders the variables (LC_ALL, LC_MESSAGES,
    LANG); None when none is set or it is C/POSIX."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").strip()
        if value:
            return None if value.split(".")[0] in ("C", "POSIX") else value
    return None


def system_language() -> str:
    """The system's language if it is one of the three (LANGUAGE's first entry, then the locale),
    else English. Read from the environment once (labels are asked for per row of 100,000), and
    again after set_language."""
    global _system_language
    if _system_language is None:
        preferred = os.environ.get("LANGUAGE", "").split(":")[0]
        _system_language = normalise_language(preferred) or normalise_language(system_locale_name()) or SOURCE_LANGUAGE
    return _system_language


_system_language: str | None = None


_process_language: str | None = None  # None: the system's (nobody chose)
_process_locale: str | None = None  # None: the system's, if of the same language
_block_language: ContextVar[str | None] = ContextVar("tracker_language", default=None)


def set_language(language: str | None, locale_name: str | None = None) -> str:
    """Make `language` ("en", "fr", "es"; None: the system's) the process's, with numbers and
    dates written as `locale_name` writes them (None: the system's locale when it is of that
    language, else the language's usual one: fr_FR, es_ES, en_US). Returns the language set."""
    global _process_language, _process_locale, _system_language
    _system_language = None  # the environment may have changed since (a test, a restart)
    chosen = normalise_language(language) if language else None
    if language and chosen is None:
        raise ValueError(f"unknown language {language!r}: choose one of {', '.join(LANGUAGES)}")
    _process_language = chosen
    _process_locale = locale_name
    return chosen or system_language()


def language_chosen() -> bool:
    """Whether the user chose the language (else it is the system's)."""
    return _block_language.get() is not None or _process_language is not None


def current_language() -> str:
    """The language texts are given in here and now: the block's (using_language), else the
    process's."""
    return _block_language.get() or _process_language or system_language()


def user_locale_name(language: str | None = None) -> str:
    """The locale numbers and dates are written in for `language` (default: the current one): the
    one given to set_language, else the system's when it is of that language (fr_CH keeps its
    apostrophes), else the language's usual locale."""
    language = language or current_language()
    if _process_locale and normalise_language(_process_locale) == language:
        return _process_locale.split(".")[0]
    system = system_locale_name()
    if system and normalise_language(system) == language:
        return system.split(".")[0].split("@")[0]
    return DEFAULT_LOCALES[language]


@contextmanager
def using_language(language: str | None) -> Iterator[str]:
    """Within the block (in this thread or task only), texts are given in `language` (None: the
    current one)."""
    chosen = normalise_language(language) if language else current_language()
    if chosen is None:
        raise ValueError(f"unknown language {language!r}: choose one of {', '.join(LANGUAGES)}")
    token = _block_language.set(chosen)
    try:
        yield chosen
    finally:
        _block_language.reset(token)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the current language (as QCoreApplication.translate does, with the same
    arguments): the translation in `context`, or `source` itself when there is none; with a
    count `n` >= 0 the plural form that fits it, with %n replaced by n."""
    message = _catalogue(current_language()).get((context, source, disambiguation or ""))
    if message is None:
        text = source
    elif n >= 0 and message.forms:
        text = message.forms[min(plural_form(current_language(), n), len(message.forms) - 1)]
    else:
        text = message.text or source
    return text.replace("%n", str(n)) if n >= 0 else text


def plural_form(language: str, n: int) -> int:
    """Which of a language's plural forms counts `n` (Qt's rules: French says 0 and 1 in the
    singular, English and Spanish only 1)."""
    if language == "fr":
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


@dataclass(frozen=True)
class _Message:
    text: str
    forms: tuple[str, ...] = ()


def translations_folder() -> Path:
    return Path(str(resources.files("tracker.resources").joinpath("translations")))


_lock = threading.Lock()


@lru_cache(maxsize=8)
def _catalogue(language: str) -> dict[tuple[str, str, str], _Message]:
    """Every finished translation of `language` in the .ts files, by (context, source,
    disambiguation). Read once, on first use."""
    with _lock:
        found: dict[tuple[str, str, str], _Message] = {}
        for ts in sorted(translations_folder().glob(f"*_{language}.ts")):
            found.update(read_ts(ts))
        return found


def read_ts(path: Path) -> dict[tuple[str, str, str], _Message]:
    """The finished translations of one .ts file (our own files; written by
    tools/update_translations.py)."""
    found: dict[tuple[str, str, str], _Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            found[key] = _Message(translation.text or "" if not forms else "", forms)
    return found


def reload_translations() -> None:
    """Forget the texts read (after the .ts files changed: tests, the update tool)."""
    _catalogue.cache_clear()
