"""`tracker demo`, `tracker delete`, `tracker archive`, `tracker restore` and `tracker assign-rule-set`: the demo portfolio in
a database of its own (and demo data removed from a working database), and a project deleted or
archived, through the same store operations as the app. Registered by tracker.cli.build_parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from tracker.cli import _open, shown_number
from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate
from tracker.domain.rules.planning import FOLLOWS_POLICY_IN_FORCE

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
            raise DomainError(translate(
                "CliProjectCommands", "{database} holds real projects, and the demo never goes among them: run `tracker demo` "
                                      "for the demo's own database, or give --db a new file").format(database=database_label()))
    else:
        open_database(demo_database_path())
    result = load_demo()
    print(translate("CliProjectCommands", "{result}; the demo portfolio is in {database}").format(result=result, database=database_label()))
    return 0


def _remove_demo(args: argparse.Namespace) -> int:
    from tracker.store.database import database_label
    from tracker.store.demo import demo_data, remove_demo_data

    _open(args)
    found = demo_data()
    if not found:
        print(translate("CliProjectCommands", "{database} holds no demo data").format(database=database_label()))
        return 0
    if not args.yes:
        count = found.projects  # a plain name: pyside6-lupdate reads a plural's count only so
        projects = translate("CliProjectCommands", "{count} demo project(s)", "", count).format(count=shown_number(count, 0))
        count = found.partners
        partners = translate("CliProjectCommands", "{count} demo partner(s)", "", count).format(count=shown_number(count, 0))
        raise DomainError(translate("CliProjectCommands", "this would remove {projects} and {partners} (with their records) from "
                                                          "{database}; add --yes to remove them").format(
            projects=projects, partners=partners, database=database_label()))
    print(remove_demo_data())
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from tracker.store.projects import delete_project, deletion_summary

    _open(args)
    summary = deletion_summary(args.code)
    goes = summary.what_goes()
    alone = not any((summary.fundings, summary.revisions, summary.expenditures, summary.evaluations, summary.indicators,
                     summary.stage_changes))
    if not args.yes:
        refusal = (translate("CliProjectCommands", "this would delete project {code} \u201c{title}\u201d; add --yes to delete it")
                   if alone else translate("CliProjectCommands", "this would delete project {code} \u201c{title}\u201d with {records}; "
                                                                 "add --yes to delete it"))
        raise DomainError(refusal.format(code=summary.code, title=summary.title, records=goes))
    delete_project(summary.code)
    done = (translate("CliProjectCommands", "deleted project {code}") if alone
            else translate("CliProjectCommands", "deleted project {code} with {records}"))
    print(done.format(code=summary.code, records=goes))
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    from tracker.store.projects import archive_project, find_project_row, restore_project

    _open(args)
    code = find_project_row(args.code).code
    if args.restore:
        changed = restore_project(code)
        said = (translate("CliProjectCommands", "{code} is back in the portfolio list") if changed
                else translate("CliProjectCommands", "{code} was not archived; nothing changed"))
    else:
        changed = archive_project(code)
        said = (translate("CliProjectCommands", "archived {code}: it stays on record (reports, `tracker show`) and leaves the portfolio list")
                if changed else translate("CliProjectCommands", "{code} is archived already; nothing changed"))
    print(said.format(code=code))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    args.restore = True
    return cmd_archive(args)


def cmd_assign_rule_set(args: argparse.Namespace) -> int:
    from tracker.store.projects import assign_rule_set, find_project_row

    _open(args)
    if (args.rule_set is None) == (not args.automatic):
        raise DomainError(translate("CliProjectCommands", "give a rule set's name, or --automatic for the policy in force"))
    code = find_project_row(args.code).code
    project, changes = assign_rule_set(code, None if args.automatic else args.rule_set)
    if project.rule_set_assigned:
        said = translate("CliProjectCommands", "{code} follows {rule_set}, assigned")
    elif project.stage in FOLLOWS_POLICY_IN_FORCE:
        said = translate("CliProjectCommands", "{code} follows the policy in force: {rule_set}")
    else:
        said = translate("CliProjectCommands", "{code} follows the policy in force on its approval: {rule_set}")
    print(said.format(code=code, rule_set=project.rule_set))
    for change in changes:
        print(f"  {change}")
    return 0


def add_project_commands(add: Add) -> None:
    code_help = translate("CliHelp", "the project's code")
    sub = add("demo", cmd_demo, translate("CliHelp", "open the demo portfolio in a database of its own (created or completed; says "
                                                     "where it is)"))
    sub.add_argument("--remove", action="store_true",
                     help=translate("CliHelp", "remove demo data loaded into the working database (or --db) by an earlier tracker"))
    sub.add_argument("--yes", action="store_true", help=translate("CliHelp", "with --remove: remove without asking"))

    sub = add("delete", cmd_delete, translate("CliHelp", "delete a project with all its records (audited; field packages carry the "
                                                         "deletion)"))
    sub.add_argument("code", help=code_help)
    sub.add_argument("--yes", action="store_true", help=translate("CliHelp", "delete it (without --yes: say what would be deleted)"))

    sub = add("archive", cmd_archive, translate("CliHelp", "archive a project: on record, out of the portfolio list"))
    sub.add_argument("code", help=code_help)
    sub.add_argument("--restore", action="store_true", help=translate("CliHelp", "bring an archived project back to the list"))

    sub = add("restore", cmd_restore, translate("CliHelp", "bring an archived project back to the portfolio list"))
    sub.add_argument("code", help=code_help)

    sub = add("assign-rule-set", cmd_assign_rule_set, translate("CliHelp", "assign an evaluation rule set to a project (audited, "
                                                                          "re-planned), or give it back to the policy in force"))
    sub.add_argument("code", help=code_help)
    sub.add_argument("rule_set", nargs="?", help=translate("CliHelp", "the rule set's name (tracker rule-sets lists them)"))
    sub.add_argument("--automatic", action="store_true", help=translate("CliHelp", "follow the policy in force instead: today's "
                                                                                   "until approved, the one in force on the approval date after"))
