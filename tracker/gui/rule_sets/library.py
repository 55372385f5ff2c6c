"""The rule sets the editor lists, where each lives, and the files it writes.

A rule set ships with tracker (resources/rulesets), comes from an organisation's folder named by
TRACKER_RULESETS, or was saved by this editor in the user's folder (user_rule_sets_folder()). Only
the last are changed or deleted here: the others are duplicated under a new name. The editor's
state is the dict rule_set_to_json writes (a file's JSON as it is when it does not parse, so that
its problems can be shown and fixed)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from tracker.domain.rules.ruleset import (
    RuleSetError,
    available_rule_sets,
    parse_rule_set,
    read_rule_set_text,
    rule_set_to_json,
    user_rule_sets_folder,
)
from tracker.store.writes import check_output_target, write_bytes_replacing

# Qt's translate under the name Qt's lupdate looks for: the texts below are extracted for translators.
translate = QCoreApplication.translate

SHIPPED, FOLDER, USER = "shipped", "folder", "user"


@dataclass(frozen=True)
class Entry:
    """One rule set the editor lists."""

    name: str
    where: str  # SHIPPED, FOLDER (TRACKER_RULESETS) or USER
    path: Path | None  # the file, None for a shipped one (inside the package)
    title: str
    version: str
    effective_from: str
    problem: str  # why it does not load ("" when it does)

    @property
    def editable(self) -> bool:
        return self.where == USER

    @property
    def where_text(self) -> str:
        if self.where == USER:
            return translate("RuleSetEditor", "your rule sets")
        if self.where == FOLDER:
            return translate("RuleSetEditor", "organisation folder (read-only)")
        return translate("RuleSetEditor", "ships with tracker (read-only)")


def _shipped_names() -> set[str]:
    folder = resources.files("tracker.resources").joinpath("rulesets")
    return {e.name[:-5] for e in folder.iterdir() if e.name.endswith(".json")}


def _folder_files() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for part in os.environ.get("TRACKER_RULESETS", "").split(os.pathsep):
        if part and Path(part).is_dir():
            for path in sorted(Path(part).glob("*.json")):
                found[path.stem] = path
    return found


def reserved_names() -> set[str]:
    """Names the editor cannot save under: they ship with tracker or come from the organisation's
    folder (a user file of that name would silently replace them)."""
    return _shipped_names() | set(_folder_files())


def _read_text(name: str, where: str, path: Path | None) -> str:
    if path is not None:
        return path.read_text(encoding="utf-8")
    return resources.files("tracker.resources").joinpath("rulesets", f"{name}.json").read_text(encoding="utf-8")


def entries() -> list[Entry]:
    """Every rule set available, as the loader finds them (a user file replaces one of the same
    name elsewhere, and says so by being listed as the user's)."""
    user_folder = user_rule_sets_folder()
    folder_files = _folder_files()
    found = []
    for name in available_rule_sets():
        user_path = user_folder / f"{name}.json"
        if user_path.is_file():
            where, path = USER, user_path
        elif name in folder_files:
            where, path = FOLDER, folder_files[name]
        else:
            where, path = SHIPPED, None
        state, problem = read_state(name, where, path)
        found.append(
            Entry(
                name,
                where,
                path,
                str(state.get("title", "")) if isinstance(state, dict) else "",
                str(state.get("version", "")) if isinstance(state, dict) else "",
                str(state.get("effective_from", "") or "") if isinstance(state, dict) else "",
                problem,
            )
        )
    return found


def read_state(name: str, where: str, path: Path | None) -> tuple[dict[str, Any], str]:
    """The editor's state for a listed rule set and why it does not load ("" when it does): the
    dict rule_set_to_json writes, or the file's own JSON when it does not parse."""
    origin = path.name if path is not None else f"{name}.json"
    try:
        raw = read_rule_set_text(_read_text(name, where, path), origin)
    except (OSError, UnicodeDecodeError) as exc:
        return {"name": name}, translate("RuleSetEditor", "{file} cannot be read ({error})").format(file=origin, error=exc)
    except RuleSetError as exc:
        return {"name": name}, str(exc)
    if not isinstance(raw, dict):
        return {"name": name}, translate("RuleSetEditor", "{file} does not hold a rule set (a JSON object with named fields)").format(
            file=origin
        )
    try:
        return rule_set_to_json(parse_rule_set(raw, origin)), ""
    except RuleSetError as exc:
        return raw, str(exc)


def read_file(path: Path) -> dict[str, Any]:
    """A rule set's JSON read from a file the user chose (Import…); ValueError naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(translate("RuleSetEditor", "{file} cannot be read ({error})").format(file=path.name, error=exc)) from None
    try:
        raw = read_rule_set_text(text, path.name)
    except RuleSetError as exc:
        raise ValueError(str(exc)) from None
    if not isinstance(raw, dict):
        raise ValueError(
            translate("RuleSetEditor", "{file} does not hold a rule set (a JSON object with named fields)").format(file=path.name)
        )
    return raw


def write_json(path: Path, state: dict[str, Any]) -> None:
    """Write `state` to `path` whole or not at all (a partial file beside it replaces it in one
    step: a crash never leaves half a rule set for the next start to refuse), through the checks
    every output passes: never over the open database or any other database file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    target = check_output_target(path, translate("RuleSetEditor", "the rule set"))
    write_bytes_replacing(target, (json.dumps(state, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def cleaned(state: dict[str, Any]) -> dict[str, Any]:
    """The state as a file holds it: the optional lists the form opened empty are left out, as
    rule_set_to_json leaves them out."""
    return {key: value for key, value in state.items() if not (key in ("kinds", "tiers", "appraisal") and value == [])}


def save_path(name: str) -> Path:
    return user_rule_sets_folder() / f"{name}.json"


def refusal_to_save(name: str) -> str:
    """Why the editor cannot save a rule set named `name` ("" when it can)."""
    if name in reserved_names():
        return translate(
            "RuleSetEditor",
            "{name} ships with tracker or comes from your organisation's folder and cannot be changed here: duplicate it under a new name.",
        ).format(name=name)
    return ""


def free_name(base: str) -> str:
    """`base` when no listed rule set has it, else `base`-2, -3, ..."""
    taken = set(available_rule_sets())
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


def unused_name(base: str) -> str:
    """`base`-copy, -copy-2, ...: a name no listed rule set has."""
    taken = set(available_rule_sets())
    candidate = f"{base}-copy"[:60]
    number = 2
    while candidate in taken:
        candidate = f"{base}-copy-{number}"[:60]
        number += 1
    return candidate


def new_rule_set() -> dict[str, Any]:
    """What New starts from: one band for every duration requiring a final evaluation at the end
    (its words in the user's language: they are the rule set's data from then on)."""
    return {
        "name": "new-rule-set",
        "version": 1,
        "title": translate("RuleSetEditor", "New rule set"),
        "bands": [
            {
                "code": "A",
                "description": translate("RuleSetEditor", "any duration"),
                "relation": translate("RuleSetEditor", "is"),
                "from": "0",
                "requires": translate("RuleSetEditor", "a final evaluation on completion"),
                "evaluations": [{"kind": "final", "timing": "end"}],
            }
        ],
    }
