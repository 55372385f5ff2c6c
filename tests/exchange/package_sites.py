"""Two tracker databases exchanging field packages, for the package tests: a headquarters
database and a field office's laptop, opened one at a time (open_database switches the global
database)."""

from __future__ import annotations

from pathlib import Path

from tracker.exchange.merge import MergeReport, merge_package
from tracker.exchange.packages import export_package
from tracker.store import models as m
from tracker.store.database import close_database, open_database
from tracker.store.projects import load_project, save_project

DATA_MODELS = [m.Partner, m.Project, m.ProjectCountry, m.ProjectTheme, m.Funding, m.BudgetRevision, m.Expenditure,
               m.Evaluation, m.ResultIndicator, m.StageChange, m.AuditEntry, m.Conflict, m.SyncBase]


class Sites:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.sqlite3"

    def use(self, name: str) -> None:
        open_database(self.path(name))

    def export(self, name: str, since=None) -> Path:
        self.use(name)
        self.count += 1
        target = self.folder / f"{name}-{self.count}.trackerpkg"
        export_package(target, since=since)
        return target

    def merge(self, name: str, package: Path) -> MergeReport:
        self.use(name)
        return merge_package(package)

    def sync(self, source: str, target: str) -> MergeReport:
        return self.merge(target, self.export(source))

    def close(self) -> None:
        close_database()


def table_counts() -> dict[str, int]:
    return {model._meta.table_name: model.select().count() for model in DATA_MODELS}


def edit(code: str, **changes) -> None:
    """What an officer does in the editor: change some fields of a project and save it."""
    project = load_project(code)
    for name, value in changes.items():
        setattr(project, name, value)
    save_project(project)
