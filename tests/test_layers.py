"""The layers point one way, and the exchange modules reach the tables only through the store's
operations. Read from the source (every import statement, including those inside functions), so
a new module cannot slip past."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "tracker"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every module of ours `path` imports, by absolute name."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path).rsplit(".", 0 if path.name == "__init__.py" else 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return {name for name in found if name == "tracker" or name.startswith("tracker.")}


MODULES = {_module_name(path): _imports(path) for path in sorted(PACKAGE.rglob("*.py"))}


def _offences(layer: str, forbidden: tuple[str, ...], allowed_exceptions: tuple[str, ...] = ()) -> list[str]:
    return sorted(
        f"{module} imports {name}"
        for module, names in MODULES.items()
        if module == layer or module.startswith(layer + ".")
        for name in names
        if name.startswith(forbidden) and not name.startswith(allowed_exceptions)
    )


def test_the_modules_were_found():
    assert "tracker.domain.project" in MODULES and "tracker.store.projects" in MODULES


def test_the_domain_imports_nothing_of_ours_but_the_domain():
    others = ("tracker.store", "tracker.reports", "tracker.exchange", "tracker.gui", "tracker.cli", "tracker.resources")
    assert _offences("tracker.domain", others) == []


def test_the_store_imports_no_gui_reports_or_exchange():
    assert _offences("tracker.store", ("tracker.gui", "tracker.reports", "tracker.exchange", "tracker.cli")) == []


@pytest.mark.parametrize("layer", ["tracker.domain", "tracker.store", "tracker.reports", "tracker.exchange", "tracker.cli"])
def test_nothing_but_the_gui_and_the_launcher_imports_the_gui(layer):
    assert _offences(layer, ("tracker.gui",)) == []


def test_reports_and_exchange_do_not_import_each_others_writers_into_the_store():
    # reports and exchange sit side by side above the store; neither is below the other.
    assert _offences("tracker.reports", ("tracker.exchange",)) == []


def test_the_exchange_modules_do_not_touch_the_peewee_models():
    # Imports, merges and exports change data only through the store's operations (validate,
    # guard, version check, re-plan, audit, one transaction), never by writing tables.
    assert _offences("tracker.exchange", ("tracker.store.models",)) == []
    uses_peewee = [
        path.name for path in sorted((PACKAGE / "exchange").glob("*.py"))
        if re.search(r"^\s*(import peewee|from peewee)", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert uses_peewee == []
