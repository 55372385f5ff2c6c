"""Every package ships: pyproject.toml lists packages explicitly (resources/ is mapped into
tracker.resources), so a new folder forgotten there would be missing from a normal install."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_python_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "tracker").rglob("__init__.py")
    }
    assert found - listed == set()
    assert "tracker.resources" in listed


def test_shipped_data_files_are_covered_by_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = config["tool"]["setuptools"]["package-data"]["tracker.resources"]
    resources = ROOT / "resources"
    data_files = {p for p in resources.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")}
    covered = {p for pattern in patterns for p in resources.glob(pattern)}
    assert sorted(str(p.relative_to(resources)) for p in data_files - covered) == []
