"""One contract for long work (tracker.domain.progress): no module of tracker defines a progress
callback type of its own, and every cancellation exception is the core's Cancelled or derives
from it, so that the GUI's worker treats every cancel the same way."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from tracker.domain.progress import Cancelled

PACKAGE = Path(__file__).resolve().parent.parent / "tracker"
SOURCES = sorted(PACKAGE.rglob("*.py"))


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_progress_callable(node: ast.expr | None) -> bool:
    """`Callable[[int, int, str], None]` (or `[int, int]`): a progress callback by another name."""
    if not isinstance(node, ast.Subscript) or not ast.unparse(node.value).endswith("Callable"):
        return False
    arguments = ast.unparse(node.slice).replace(" ", "")
    return arguments.startswith(("[[int,int,str],", "[[int,int],"))


def progress_types() -> list[str]:
    found = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[ast.expr] = []
            value = None
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign):
                targets, value = [node.target], node.value
            elif hasattr(ast, "TypeAlias") and isinstance(node, ast.TypeAlias):  # `type X = ...`, Python 3.12
                targets, value = [node.name], node.value
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if "ProgressFn" in names or (names and is_progress_callable(value)):
                found.append(f"{module_name(path)}:{node.lineno} {', '.join(names)}")
    return found


def cancellation_classes() -> list[tuple[str, str]]:
    """(module, class) of every module-level class whose name speaks of cancelling."""
    found = []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and "cancel" in node.name.lower():
                found.append((module_name(path), node.name))
    return found


def test_no_module_defines_a_progress_type_of_its_own():
    assert progress_types() == [], "use tracker.domain.progress.Progress (and CancelCheck, PointOfNoReturn)"


@pytest.mark.parametrize(("module", "name"), cancellation_classes())
def test_every_cancellation_exception_is_the_cores_cancelled(module, name):
    cls = getattr(importlib.import_module(module), name)
    if isinstance(cls, type) and issubclass(cls, BaseException):
        assert issubclass(cls, Cancelled), f"{module}.{name} must derive from tracker.domain.progress.Cancelled"


def test_the_guis_cancelled_is_the_cores():
    from tracker.gui import workers

    assert workers.Cancelled is Cancelled
