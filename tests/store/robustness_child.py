"""A child process for tests/store/test_robustness.py: opens a database and runs one long write,
printing a line at each step so the test can kill it (SIGKILL) in the middle.

    python robustness_child.py save DB COUNT      # COUNT saves: new projects and budget revisions
    python robustness_child.py import DB WORKBOOK  # one Excel import
    python robustness_child.py merge DB PACKAGE    # one field-package merge

Prints "ready" once the database is open, then one line per step, then "done"."""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal

from tracker.domain.classifications import ExpenditureType, FundingModality, Region, StrategicObjective, Theme
from tracker.domain.project import BudgetRevision, Expenditure, Funding, Project
from tracker.store.database import open_database

PARTNER = "LUX"


def say(text: str) -> None:
    print(text, flush=True)


def new_project(code: str) -> Project:
    """A project whose rules plan several evaluations (30 months, US$ 5 million)."""
    project = Project(
        code=code, title=f"Project {code}", region=Region.AFRICA, countries=["SN", "ML"], outcome=StrategicObjective.EMPLOYMENT,
        themes=[Theme.GENDER_EQUALITY], office="CO-Dakar", officer="A. Diop", planned_start=date(2024, 1, 1),
        planned_end=date(2026, 6, 30), budget=Decimal("5000000.00"), currency="USD", usd_rate=Decimal("1"),
    )
    project.fundings = [Funding(FundingModality.EARMARKED, Decimal("5000000.00"), "USD", date(2023, 11, 2), PARTNER, code, Decimal("1"))]
    project.expenditures = [Expenditure(2024, ExpenditureType.TRAINING, Decimal("1000.50") + month, "USD", Decimal("1"), month=month) for month in range(1, 13)]
    return project


def run_saves(count: int) -> None:
    from tracker.store import models as m
    from tracker.store.projects import revise_budget, save_project

    existing = [code for (code,) in m.Project.select(m.Project.code).order_by(m.Project.code).tuples()]
    say("ready")
    for number in range(count):
        if existing and number % 3 == 2:  # every third save revises a stored project's budget and end
            code = existing[number % len(existing)]
            revision = BudgetRevision(date(2024, 6, 1), f"revision {number}", new_budget=Decimal(6_000_000 + number), new_end=date(2027, 6, 30))
            revise_budget(code, revision)
        else:
            code = f"KILL/{number:04d}"
            save_project(new_project(code))
        say(f"saved {code}")


def main(argv: list[str]) -> int:
    mode, path, argument = argv
    open_database(path)
    if mode == "save":
        run_saves(int(argument))
    elif mode == "import":
        from tracker.exchange.workbook_import import import_workbook

        say("ready")
        import_workbook(argument, progress=lambda done, total, text: say(text))
    elif mode == "merge":
        from tracker.exchange.merge import merge_package

        say("ready")
        merge_package(argument, progress=lambda done, total, text: say(text))
    else:
        raise SystemExit(f"unknown mode {mode}")
    say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
