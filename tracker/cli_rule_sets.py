"""`tracker rule-sets check FILE` and `tracker replan --dry-run [--rule-set NAME]`: is a rule-set
file usable, and what would a rule set (or re-planning the stale plans) change in the portfolio,
before anything is adopted or written. Registered by tracker.cli.build_parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tracker.cli import _open, _print_json, _table, check_output, cmd_replan, cmd_rule_sets, overwrite_option
from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate

Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


# ---------------------------------------------------------------- rule-sets check


def cmd_rule_sets_check(args: argparse.Namespace) -> int:
    from tracker.domain.rules.ruleset import RuleSetError, parse_rule_set, read_rule_set_text, rule_set_problems

    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DomainError(translate("CliRuleSets", "{file}: no such file").format(file=args.file)) from None
    except IsADirectoryError:
        raise DomainError(translate("CliRuleSets", "{file} is a folder; give a rule-set file (.json)").format(file=args.file)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DomainError(translate("CliRuleSets", "{file}: the file cannot be read ({error})").format(
            file=args.file, error=getattr(exc, "strerror", None) or exc)) from None
    origin = path.name
    raw = read_rule_set_text(text, origin)  # RuleSetError (a DomainError) naming the line of bad JSON
    problems = rule_set_problems(raw, origin)
    if not problems and isinstance(raw, dict) and raw.get("name") != path.stem:
        # load_rule_set refuses it by that file name: say so now rather than when it is installed.
        problems.append(translate("CliRuleSets", "{file}: the file is named '{stem}' but declares name '{name}'; a rule set is "
                                  "found by its file name, so rename one of them").format(
            file=origin, stem=path.stem, name=raw.get("name")))
    for problem in problems:
        print(problem)
    if problems:
        count = len(problems)
        print(translate("CliRuleSets", "{file}: not usable: %n problem(s)", "", count).format(file=origin))
        return 1
    try:
        rules = parse_rule_set(raw, origin)
    except RuleSetError as exc:  # rule_set_problems found none: kept as one sentence all the same
        print(exc)
        return 1
    bands, tiers, appraisal = len(rules.bands), len(rules.tiers), len(rules.appraisal)
    parts = [translate("CliRuleSets", "%n duration band(s)", "", bands), translate("CliRuleSets", "%n budget tier(s)", "", tiers),
             translate("CliRuleSets", "%n appraisal requirement(s)", "", appraisal)]
    if rules.effective_from is not None:
        parts.append(translate("CliRuleSets", "a policy from {date}").format(date=rules.effective_from.isoformat()))
    else:
        parts.append(translate("CliRuleSets", "no effective date: it applies only to the projects it is assigned to"))
    print(translate("CliRuleSets", "{file}: usable: {rule_set}: {parts}").format(file=origin, rule_set=rules.label,
                                                                              parts=", ".join(parts)))
    return 0


def add_rule_sets_check(sub: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    """`rule-sets check FILE` under the `rule-sets` command (which lists the rule sets without it)."""
    actions = sub.add_subparsers(dest="rule_sets_action", metavar="ACTION")
    check = actions.add_parser("check", help=translate("CliHelp", "check a rule-set file and name every problem"),
                               description=translate("CliHelp", "check a rule-set file: every problem, each with its place; exit "
                                                                "status 0 when it is usable, 1 when not"), parents=[common])
    check.add_argument("file", metavar="FILE", help=translate("CliHelp", "the rule-set file (.json)"))
    check.set_defaults(handler=cmd_rule_sets_check)
    sub.set_defaults(handler=cmd_rule_sets)


# ---------------------------------------------------------------- replan --dry-run


def cmd_replan_options(args: argparse.Namespace) -> int:
    """`tracker replan`, with or without --dry-run (re-planning itself is tracker.cli.cmd_replan)."""
    if args.rule_set and not args.dry_run:
        raise DomainError(translate("CliRuleSets", "--rule-set only shows what a rule set would change (add --dry-run): a rule "
                                    "set is assigned to a project in its editor, or becomes the policy in force on its "
                                    "effective date"))
    if not args.dry_run:
        for option, given in (("--scope", args.scope), ("--workbook", args.workbook), ("--json", args.json)):
            if given:
                raise DomainError(translate("CliRuleSets", "{option} goes with --dry-run").format(option=option))
        return cmd_replan(args)
    if args.scope and not args.rule_set:
        raise DomainError(translate("CliRuleSets", "--scope goes with --rule-set NAME"))
    if args.rule_set and args.all:
        raise DomainError(translate("CliRuleSets", "--all goes without --rule-set (which looks at every project with "
                                    "--scope all)"))
    return _dry_run(args)


def _dry_run(args: argparse.Namespace) -> int:
    from tracker.domain.rules.ruleset import load_rule_set
    from tracker.store.impact import rule_set_impact, stale_plan_impact

    _open(args)
    if args.workbook:
        from tracker.reports.base import check_target

        check_target(args.workbook)
        check_output(args.workbook, translate("CliRuleSets", "the workbook"), args)
    if args.rule_set:
        report = rule_set_impact(load_rule_set(args.rule_set), scope=args.scope or "all")
    else:
        report = stale_plan_impact(force=args.all)
    if args.json:
        _print_json(_json(report))
    else:
        _print_table(report)
    if args.workbook:
        from tracker.reports.impact_workbook import write_impact_workbook

        path = write_impact_workbook(args.workbook, report)
        if not args.json:
            print(path)
    return 0


def _json(report: Any) -> dict[str, Any]:
    return {
        "rule_set": report.rule_set or None,
        "scope": report.scope,
        "as_of": report.as_of.isoformat(),
        "projects_checked": report.projects_checked,
        "projects_changed": list(report.projects_changed),
        "counts": report.counts(),
        "skipped": list(report.skipped),
        "written": False,
        "changes": [{"project": r.code, "title": r.title, "stage": r.stage.value, "follows": r.follows, "rule_set": r.rule_set,
                     "change": r.change, "action": r.action, "evaluation": r.evaluation,
                     "due_before": r.before_due.isoformat() if r.before_due else None,
                     "due_after": r.after_due.isoformat() if r.after_due else None, "detail": r.detail}
                    for r in report.rows],
    }


def _print_table(report: Any) -> None:
    from tracker.store.impact import STALE

    stale = report.scope == STALE
    if report.rows:
        headers = [translate("CliRuleSets", "project"), translate("CliRuleSets", "stage")]
        if not stale:
            headers.append(translate("CliRuleSets", "follows it"))
        headers += [translate("CliRuleSets", "change"), translate("CliRuleSets", "evaluation"), translate("CliRuleSets", "due now"),
                    translate("CliRuleSets", "due after")]
        yes, no = translate("CommandLine", "yes"), translate("CommandLine", "no")
        rows = []
        for r in report.rows:
            follows = [] if stale else [yes if r.follows else no]
            rows.append([r.code, r.stage.label, *follows, r.change_label, r.evaluation,
                         r.before_due.isoformat() if r.before_due else "", r.after_due.isoformat() if r.after_due else ""])
        _table(headers, rows)
    counts = report.counts()
    text = translate("CliRuleSets", "projects checked: {checked}; that would change: {changed}; evaluations gained: {gains}, "
                     "lost: {loses}, moved: {moves}; independence changes: {independence}; nothing was written").format(
        checked=report.projects_checked, changed=len(report.projects_changed), **counts)
    if not stale:
        text = translate("CliRuleSets", "{rule_set}: {summary}").format(rule_set=report.rule_set, summary=text)
    print(text)
    if report.skipped:
        print(translate("CliRuleSets", "left out, their rule set cannot be loaded: {codes}").format(codes=", ".join(report.skipped)))


def add_replan_options(sub: argparse.ArgumentParser) -> None:
    """--dry-run, --rule-set, --scope, --workbook and --json on the `replan` command."""
    sub.add_argument("--dry-run", action="store_true",
                     help=translate("CliHelp", "show what re-planning would change, writing nothing"))
    sub.add_argument("--rule-set", metavar="NAME",
                     help=translate("CliHelp", "with --dry-run: what this rule set would change in the portfolio if it were "
                                               "adopted"))
    sub.add_argument("--scope", choices=("all", "followers"),
                     help=translate("CliHelp", "with --rule-set: every project with dates and a budget (all, the default), or "
                                               "only those that would follow the rule set once adopted (followers)"))
    sub.add_argument("--workbook", metavar="FILE.xlsx", help=translate("CliHelp", "with --dry-run: also write the changes as a "
                                                                                   "workbook"))
    overwrite_option(sub)
    sub.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
    sub.set_defaults(handler=cmd_replan_options)


__all__ = ["add_replan_options", "add_rule_sets_check", "cmd_replan_options", "cmd_rule_sets_check"]
