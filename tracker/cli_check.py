"""`tracker check`: is what the database keeps beside the detail still what the detail gives?

The portfolio list reads totals kept on each project row (expenditure, funding, countries, open
evaluations; tracker.store.list_totals) and re-planning skips projects whose plan fingerprint
still holds (tracker.store.replan). Both are kept by the one write path; this command recomputes
them from the detail and names any project where they disagree (something wrote around the
write path: a database tool, a restored file of an older tracker). `--repair` stores the totals
again from the detail; stale plans are re-planned by `tracker replan`. Exit status 1 when
anything disagrees, so that a script can tell. Registered by tracker.cli.build_parser."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from tracker.cli import _open, _print_json, shown_number
from tracker.domain.i18n import translate


def _column_name(column: str) -> str:
    names = {
        "expenditure_usd": translate("CliCheck", "expenditure to date (US$)"),
        "funding_usd": translate("CliCheck", "funding (US$)"),
        "funding_summary": translate("CliCheck", "funding partners and modalities"),
        "country_list": translate("CliCheck", "countries"),
        "open_evaluations": translate("CliCheck", "open evaluations"),
    }
    return names.get(column, column)


def _value(column: str, value: Any) -> str:
    if column.endswith("_usd"):
        return shown_number(Decimal(int(value or 0)).scaleb(-2))
    return value or translate("CliCheck", "(none)")


def cmd_check(args: argparse.Namespace) -> int:
    from tracker.store import list_totals
    from tracker.store.integrity import integrity_problems
    from tracker.store.plan_fingerprints import stale_plans
    from tracker.store.replan import projects_behind_policy

    _open(args)
    broken = integrity_problems()
    found = list_totals.repair() if args.repair else list_totals.differences()
    stale = stale_plans()
    behind = projects_behind_policy()  # projects not yet approved a policy that took effect since has not reached
    if args.json:
        _print_json({
            "integrity": broken,
            "totals": [{"project": d.code, "column": d.column, "stored": d.stored, "detail": d.computed} for d in found],
            "totals_repaired": bool(args.repair and found),
            "stale_plans": stale,
            "behind_policy": [{"project": code, "rule_set": before, "policy_in_force": now} for code, before, now in behind],
        })
    else:
        for problem in broken:
            print(translate("CliCheck", "the database file: {problem}").format(problem=problem))
        for d in found:
            print(translate("CliCheck", "{project}: {column} kept as {stored}, the detail gives {detail}").format(
                project=d.code, column=_column_name(d.column), stored=_value(d.column, d.stored), detail=_value(d.column, d.computed)))
        if found and args.repair:
            repaired = len({d.code for d in found})
            print(translate("CliCheck", "the totals of %n project(s) were stored again from the detail", "", repaired))
        missing = _rule_sets_not_here(stale)
        for code in stale[:20]:
            if code in missing:
                print(translate("CliCheck", "{project}: its rule set {rule_set} is not on this computer, so its plan cannot be "
                                            "checked; install the file (Tools > Evaluation Rules > Import)").format(
                    project=code, rule_set=missing[code]))
            else:
                print(translate("CliCheck", "{project}: its evaluation plan was computed from other dates, budget or rules").format(project=code))
        if len(stale) > 20:
            more = len(stale) - 20
            print(translate("CliCheck", "… and %n more project(s) whose plan is out of date", "", more))
        for code, before, now in behind[:20]:
            print(translate("CliCheck", "{project}: not yet approved, it follows {rule_set}; the policy in force is {policy}").format(
                project=code, rule_set=before, policy=now))
        if len(behind) > 20:
            more = len(behind) - 20
            print(translate("CliCheck", "… and %n more project(s) behind the policy in force", "", more))
        if any(code not in missing for code in stale) or behind:
            print(translate("CliCheck", "run 'tracker replan' to plan them again"))
        if not (broken or found or stale or behind):
            print(translate("CliCheck", "everything checked agrees: the list's totals equal the detail of every project, and every "
                                        "evaluation plan is current"))
    return 1 if broken or stale or behind or (found and not args.repair) else 0


def _rule_sets_not_here(codes: list[str]) -> dict[str, str]:
    """Of the projects `codes`, those whose rule set cannot be loaded here, with its name."""
    from tracker.domain.rules.ruleset import RuleSetError, load_rule_set
    from tracker.store import models as m

    if not codes:
        return {}
    missing: dict[str, str] = {}
    usable: dict[str, bool] = {}
    for code, name in m.Project.select(m.Project.code, m.Project.rule_set).where(m.Project.code.in_(codes[:20])).tuples():
        if name not in usable:
            try:
                load_rule_set(name)
                usable[name] = True
            except RuleSetError:
                usable[name] = False
        if not usable[name]:
            missing[code] = name
    return missing


def add_check_command(add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
                      common: argparse.ArgumentParser) -> None:
    """The `check` command, added through build_parser's `add`."""
    sub = add("check", cmd_check, translate("CliHelp", "check that the totals the list shows and the evaluation plans agree with "
                                                       "each project's records"))
    sub.add_argument("--repair", action="store_true",
                     help=translate("CliHelp", "store the list's totals again from the records where they differ"))
    sub.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
