"""`tracker demo`, `tracker delete`, `tracker archive` and `tracker restore`: the demo portfolio in
a database of its own (and demo data removed from a working database), and a project deleted or
archived, through the same store operations as the app. Registered by tracker.cli.build_parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from tracker.cli import _open
from tracker.domain.errors import DomainError

Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_demo(args: argparse.Namespace) -> int:
    if args.remove:
        return _remove_demo(args)
    from tracker.store.database import database_label, open_database
    from tracker.store.demo import demo_database_path, holds_real_projects, load_demo

    if args.db:
        # Into a database named on purpose: only one that holds no real project.
        open_database(args.db)
        if holds_real_projects():
            raise DomainError(
                f"{database_label()} holds real projects, and the demo never goes among them: run `tracker demo` "
                "for the demo's own database, or give --db a new file")
    else:
        open_database(demo_database_path())
    result = load_demo()
    print(f"{result}; the demo portfolio is in {database_label()}")
    return 0


def _remove_demo(args: argparse.Namespace) -> int:
    from tracker.store.database import database_label
    from tracker.store.demo import demo_data, remove_demo_data

    _open(args)
    found = demo_data()
    if not found:
        print(f"{database_label()} holds no demo data")
        return 0
    if not args.yes:
        raise DomainError(
            f"this would remove {_count(found.projects, 'demo project')} and {_count(found.partners, 'demo partner')} "
            f"(with their records) from {database_label()}; add --yes to remove them")
    print(remove_demo_data())
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from tracker.store.projects import delete_project, deletion_summary

    _open(args)
    summary = deletion_summary(args.code)
    goes = summary.what_goes()
    if not args.yes:
        raise DomainError(
            f"this would delete project {summary.code} \u201c{summary.title}\u201d"
            + ("" if goes == "nothing else" else f" with {goes}") + "; add --yes to delete it")
    delete_project(summary.code)
    print(f"deleted project {summary.code}" + ("" if goes == "nothing else" else f" with {goes}"))
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    from tracker.store.projects import archive_project, find_project_row, restore_project

    _open(args)
    code = find_project_row(args.code).code
    if args.restore:
        changed = restore_project(code)
        print(f"{code} is back in the portfolio list" if changed else f"{code} was not archived; nothing changed")
    else:
        changed = archive_project(code)
        print(f"archived {code}: it stays on record (reports, `tracker show`) and leaves the portfolio list"
              if changed else f"{code} is archived already; nothing changed")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    args.restore = True
    return cmd_archive(args)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def add_project_commands(add: Add) -> None:
    sub = add("demo", cmd_demo, "open the demo portfolio in a database of its own (created or completed; says where it is)")
    sub.add_argument("--remove", action="store_true",
                     help="remove demo data loaded into the working database (or --db) by an earlier tracker")
    sub.add_argument("--yes", action="store_true", help="with --remove: remove without asking")

    sub = add("delete", cmd_delete, "delete a project with all its records (audited; field packages carry the deletion)")
    sub.add_argument("code")
    sub.add_argument("--yes", action="store_true", help="delete it (without --yes: say what would be deleted)")

    sub = add("archive", cmd_archive, "archive a project: on record, out of the portfolio list")
    sub.add_argument("code")
    sub.add_argument("--restore", action="store_true", help="bring an archived project back to the list")

    sub = add("restore", cmd_restore, "bring an archived project back to the portfolio list")
    sub.add_argument("code")
