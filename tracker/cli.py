"""The command line: `tracker COMMAND ...`, the headless front door to the same services as the GUI.

Output and exit codes are a contract other tools and tests rely on: errors are one line on
stderr starting with "tracker: error:" and exit 1 (2 for bad command-line syntax)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from tracker import __version__
from tracker.domain.classifications import Stage
from tracker.domain.codelists import is_currency
from tracker.domain.dates import parse_iso_date
from tracker.domain.errors import DomainError, FieldProblem, OutOfRange, ValidationError
from tracker.domain.money import USD, Money, format_usd
from tracker.domain.numbers import AmbiguousNumber, number_style, parse_number

# ---------------------------------------------------------------- argument types


def _arg(parser: Callable[[str], Any]) -> Callable[[str], Any]:
    def convert(text: str) -> Any:
        try:
            return parser(text)
        except (OutOfRange, AmbiguousNumber) as exc:
            # Bad data, not bad syntax: main() says so in one line and exits 1. (argparse would
            # catch a ValueError and print its own words, so it leaves as a plain DomainError.)
            raise DomainError(str(exc)) from None
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    convert.__name__ = parser.__name__
    return convert


@_arg
def iso_date(text: str) -> dt.date:
    return parse_iso_date(text)


def number_argument(what: str, *, positive: bool = False) -> Callable[[str], Decimal]:
    """The type of an option giving an amount or a rate (`what`, in the user's words), read as
    people write numbers in their locale (LC_ALL, LC_NUMERIC, LANG): `--rate 1,08` is 1.08 under
    French settings, and refused as ambiguous under English ones (1.08 or 108), never 108."""

    def read(text: str) -> Decimal:
        value = parse_number(text, number_style(), what)
        if positive and value <= 0:
            raise ValueError(f"{what} '{text}' must be greater than zero")
        if value < 0:
            raise ValueError(f"{what} '{text}' cannot be negative")
        return value

    read.__name__ = what.replace(" ", "_").replace("$", "")
    return _arg(read)


amount = number_argument("amount")
budget = number_argument("budget")
rate = number_argument("US$ rate", positive=True)


@_arg
def currency(text: str) -> str:
    code = text.strip().upper()
    if not is_currency(code):
        raise ValueError(f"'{text}' is not an ISO 4217 currency code")
    return code


@_arg
def stage(text: str) -> Stage:
    return Stage.parse(text)


@_arg
def year(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValueError(f"'{text}' is not a year such as 2004") from None


@_arg
def currency_rate(text: str) -> tuple[str, Decimal]:
    code, sep, value = text.partition("=")
    if not sep:
        raise ValueError(f"'{text}' is not CUR=RATE, e.g. EUR=1.08")
    code = currency(code)
    return code, number_argument(f"US$ rate of {code}", positive=True)(value)


# ---------------------------------------------------------------- helpers


def _open(args: argparse.Namespace) -> None:
    from tracker.store.database import open_database

    open_database(args.db)


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: set[int] = frozenset()) -> None:  # type: ignore[assignment]
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))).rstrip()

    print(line(headers))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


# ---------------------------------------------------------------- commands


def cmd_projects(args: argparse.Namespace) -> int:
    from tracker.store.partners import find_partner
    from tracker.store.queries import portfolio_rows

    _open(args)
    partner_code = find_partner(args.partner).code if args.partner else None
    rows = portfolio_rows(stage=args.stage, partner_code=partner_code, as_of=args.as_of, include_archived=args.archived or args.all)
    if args.archived:
        rows = [r for r in rows if r.archived]
    if args.json:
        _print_json(
            [
                {
                    "code": r.code,
                    "title": r.title,
                    "stage": r.stage.value,
                    "region": r.region.value if r.region else None,
                    "countries": r.countries.split(", ") if r.countries else [],
                    "partners": r.partners.split(", ") if r.partners else [],
                    "start": r.start,
                    "end": r.end,
                    "budget_usd": str(r.budget_usd) if r.budget_usd is not None else None,
                    "expenditure_usd": str(r.expenditure_usd),
                    "delivery_rate": str(r.delivery_rate) if r.delivery_rate is not None else None,
                    "next_evaluation": r.next_evaluation.value if r.next_evaluation else None,
                    "next_due": r.next_due,
                    "overdue_evaluations": r.overdue_count,
                    "demo": r.is_demo,
                    "archived": r.archived,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print("no projects match" if (args.stage or args.partner or args.archived) else
              "no projects yet; `tracker demo` opens a demo portfolio in a database of its own")
        return 0
    _table(
        ["Code", "Stage", "Region", "Start", "End", "Budget US$", "Spent US$", "Deliv.%", "Next evaluation", "Partners", "Title"],
        [
            [
                r.code,
                r.stage.label,
                r.region.label if r.region else "",
                r.start.isoformat() if r.start else "",
                r.end.isoformat() if r.end else "",
                _money(r.budget_usd),
                _money(r.expenditure_usd),
                f"{r.delivery_rate}" if r.delivery_rate is not None else "",
                (f"{r.next_evaluation.label} {r.next_due.isoformat()}" if r.next_evaluation and r.next_due else "")
                + (" OVERDUE" if r.overdue_count else ""),
                r.partners,
                (r.title if len(r.title) <= 60 else r.title[:57] + "...") + (" [archived]" if r.archived else ""),
            ]
            for r in rows
        ],
        right={5, 6, 7},
    )
    print(f"\n{len(rows)} projects")
    return 0


def cmd_evaluation_plan(args: argparse.Namespace) -> int:
    from tracker.domain.rules import load_rule_set, plan_evaluations

    rule_set = load_rule_set(args.rule_set) if args.rule_set else None
    if args.project:
        from tracker.store.projects import load_project, plan_for

        _open(args)
        project = load_project(args.project)
        if rule_set is not None:
            project.rule_set = rule_set.name
        plan = plan_for(project)
        if plan is None:
            raise DomainError(f"project {project.code} has no planned start, end or budget yet, so no evaluation plan")
    else:
        missing = [name for name in ("start", "end", "budget") if getattr(args, name) is None]
        if missing:
            raise DomainError("give --project CODE, or all of " + ", ".join(f"--{m}" for m in missing))
        if args.currency != USD and args.rate is None:
            raise DomainError(f"a budget in {args.currency} needs --rate, the US$ value of one {args.currency}")
        if args.end < args.start:
            raise DomainError(f"--end {args.end.isoformat()} is before --start {args.start.isoformat()}")
        budget_usd = Money(args.budget, args.currency).in_usd(args.rate or Decimal(1))
        plan = plan_evaluations(
            args.start, args.end, budget_usd, midterm_review_agreed=args.midterm_review_agreed, rule_set=rule_set
        )
    if args.json:
        _print_json(plan.to_json())
        return 0
    print(f"Rule set: {plan.rule_set.label} ({plan.rule_set.title})")
    print(f"Duration: {plan.band_reason} (band {plan.band.code})")
    print(f"Independence: {plan.independence_reason}")
    print()
    _table(
        ["Due", "Evaluation", "Independent", "Reason"],
        [
            [p.due.isoformat(), p.kind.label + (f" {p.sequence}" if p.kind.value == "annual-review" else ""), "yes" if p.independent else "no", p.reason]
            for p in plan.evaluations
        ],
    )
    return 0


def cmd_evaluations(args: argparse.Namespace) -> int:
    from tracker.store.queries import overdue_evaluations

    _open(args)
    as_of = args.as_of or dt.date.today()
    if not args.overdue:
        raise DomainError("say which evaluations: --overdue (more listings come with the desktop app)")
    rows = overdue_evaluations(as_of)
    if args.json:
        _print_json(
            [
                {
                    "project": r.project_code,
                    "title": r.project_title,
                    "stage": r.stage.value,
                    "kind": r.kind.value,
                    "sequence": r.sequence,
                    "due": r.due,
                    "status": r.status.value,
                    "independent": r.independence_required,
                    "days_overdue": r.days_overdue,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        print(f"no evaluations overdue as of {as_of.isoformat()}")
        return 0
    _table(
        ["Project", "Evaluation", "Due", "Days overdue", "Status", "Independent", "Title"],
        [
            [r.project_code, r.evaluation, r.due.isoformat(), str(r.days_overdue), r.status.label, "yes" if r.independence_required else "no", r.project_title[:50]]
            for r in rows
        ],
        right={3},
    )
    print(f"\n{len(rows)} evaluations overdue as of {as_of.isoformat()}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from tracker.domain.rules.compliance import assess
    from tracker.store.projects import load_project, plan_for

    _open(args)
    project = load_project(args.code)
    plan = plan_for(project)
    as_of = args.as_of or dt.date.today()
    compliance = assess(project.evaluations, plan.independent_required if plan else False, as_of)
    print(f"{project.code}  {project.title}" + ("  [demo data]" if project.is_demo else "") + ("  [archived]" if project.archived else ""))
    print(f"Stage: {project.stage.label}   Region: {project.region.label if project.region else '-'}   Countries: {', '.join(project.countries) or '-'}")
    print(f"Planned: {project.planned_start or '-'} to {project.planned_end or '-'}   Actual end: {project.actual_end or '-'}")
    if project.budget is not None:
        print(f"Budget: {Money(project.budget, project.currency)} at {project.usd_rate} = {format_usd(project.budget_usd or Decimal(0))}")
    spent = sum((e.usd for e in project.expenditures), Decimal(0))
    print(f"Expenditure: {format_usd(spent)}   Fundings: {len(project.fundings)}   Revisions: {len(project.revisions)}")
    if plan:
        print(f"Evaluation rules: {plan.band_reason}; {plan.independence_reason}")
    print()
    if project.evaluations:
        _table(
            ["Due", "Evaluation", "Status", "Mandatory", "Independence", "Reason"],
            [
                [
                    e.due.isoformat(),
                    e.title,
                    e.status.label,
                    "yes" if e.mandatory else "no",
                    e.independence.label + (" (independent required)" if e.independence_required else ""),
                    e.reason,
                ]
                for e in project.evaluations
            ],
        )
    print()
    print("Compliant" if compliance.compliant else "Not compliant: " + "; ".join(compliance.reasons()), f"as of {as_of.isoformat()}")
    return 0


def cmd_stage(args: argparse.Namespace) -> int:
    from tracker.store.projects import change_stage

    _open(args)
    notes = odd_dates(args.code, args.action, args.on)  # read before the change: the last change is the one before it
    change = change_stage(args.code, args.action, args.reason or "", on=args.on)
    print(f"{args.code}: {change.from_stage.label} -> {change.to_stage.label}")
    for note in notes:
        print(f"tracker: warning: {args.code}: {note}", file=sys.stderr)
    return 0


def odd_dates(code: str, action_text: str, on: dt.date | None) -> list[Any]:
    """Why the date of a stage change looks odd (before the planned start, far ahead, ...), as
    the app's dialog says; the change is still made, the date recording what happened. Said only
    once the change is made: a refused action gets change_stage's reasons alone."""
    from tracker.domain import cycle
    from tracker.store.projects import load_project, stage_history

    try:
        project = load_project(code)
        action = cycle.action_for(action_text, project.stage)
    except (DomainError, ValueError, KeyError):
        return []
    history = stage_history(code)
    last_change = history[-1].changed_on if history else None
    today = dt.date.today()
    return list(cycle.odd_dates(action, on or today, project, last_change, today))


def check_output(path: str, what: str, args: argparse.Namespace, *, database_output: bool = False) -> None:
    """Refuse, before any work, to write where the open database is or over a database
    (whatever --overwrite says), and over any existing file unless --overwrite is given: the
    check the app makes before it asks "Replace it?". The writers then replace atomically (a
    temporary file beside the target, renamed over it), so a failed write leaves the old file whole."""
    from tracker.store.writes import OutputExists, check_output_target

    try:
        check_output_target(path, what, replace=args.overwrite, database_output=database_output)
    except OutputExists as exc:
        raise DomainError(f"{exc.target} already exists; add --overwrite to replace it") from None


def overwrite_option(parser: argparse.ArgumentParser) -> None:
    """--overwrite, for a command that writes a file the user names."""
    parser.add_argument("--overwrite", action="store_true",
                        help="replace the file if it exists (without it, an existing file is refused and left as it is)")


def cmd_backup(args: argparse.Namespace) -> int:
    from tracker.store.database import backup_database, database_path, is_server_database

    _open(args)
    if not is_server_database():  # a server's database is not backed up by tracker: said first
        check_output(args.file, "the backup", args, database_output=True)  # may replace an older backup
    target = backup_database(args.file)
    print(f"backed up {database_path()} to {target}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from tracker.store import models as m
    from tracker.store.database import database_label, is_read_only, is_server_database, open_database
    from tracker.store.migrations import current_version

    db = open_database(args.db)
    if not is_read_only():
        note = ""
    elif is_server_database():
        note = " (read-only: this account may not change projects, so nothing can be saved)"
    else:
        why = getattr(db, "read_only_reason", "") or "opened read-only"
        note = f" (read-only: {why.removeprefix('opened read-only because ')}, so nothing can be saved)"
    print(f"database: {database_label()}{note}")
    print(f"engine: {'PostgreSQL' if is_server_database() else 'SQLite'}")
    print(f"schema version: {current_version(db)}")
    print(f"projects: {m.Project.select().count()}, partners: {m.Partner.select().count()}, "
          f"evaluations: {m.Evaluation.select().count()}, expenditure lines: {m.Expenditure.select().count()}")
    return 0


def cmd_rule_sets(args: argparse.Namespace) -> int:
    from tracker.domain.rules import available_rule_sets, load_rule_set

    for name in available_rule_sets():
        rules = load_rule_set(name)
        print(f"{rules.name} v{rules.version}: {rules.title}")
        for band in rules.bands:
            print(f"  band {band.code}: {band.description}: {band.requires}")
        if rules.independent:
            print(f"  budget over {format_usd(rules.independent.budget_over_usd)}: {rules.independent.description}")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from tracker.store.audit import history
    from tracker.store.projects import find_project_row

    _open(args)
    code = find_project_row(args.code).code
    entries = history(code, args.limit)
    _table(
        ["When (UTC)", "Who", "Table", "Action", "Field", "Old", "New"],
        [[str(e.at), e.who, e.table, e.action, e.field, (e.old or "")[:40], (e.new or "")[:60]] for e in entries],
    )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    # tracker.reports imports openpyxl only inside these calls: `tracker --help` stays fast.
    from tracker import reports
    from tracker.reports.base import check_target

    _open(args)
    check_target(args.output)  # not a workbook name, no such folder: said before "already exists"
    check_output(args.output, "the report", args)
    if args.report == "donor":
        path = reports.write_donor_report(args.output, args.partner, args.year_from, args.year_to)
    elif args.report == "portfolio":
        path = reports.write_portfolio_report(args.output, args.year_from, args.year_to,
                                              compare_from=args.compare_from, compare_to=args.compare_to)
    else:
        path = reports.write_compliance_report(args.output, args.as_of)
    print(path)
    return 0


def cmd_replan(args: argparse.Namespace) -> int:
    from tracker.store.replan import replan_all

    _open(args)
    print(replan_all())
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from tracker.exchange.template import write_template

    if args.with_data:
        _open(args)
    check_output(args.output, "the import template", args)
    print(write_template(args.output, with_data=args.with_data))
    if args.with_data:
        _warn_demo_left_out()
    return 0


def _warn_demo_left_out() -> None:
    """An export of a working database leaves out the demo projects an earlier tracker loaded into it: say so."""
    from tracker.exchange.demo_marks import shown_codes
    from tracker.store.demo import demo_left_out

    left_out = demo_left_out()
    if left_out:
        print(f"tracker: warning: {len(left_out):,} demo projects ({shown_codes(left_out)}) left out: the file holds real projects only; "
              "`tracker demo --remove` removes them from the database", file=sys.stderr)


def _kind_of(exc: ValidationError) -> Any:
    """The record kind a refused record's own problems belong to: the error's, else the one its
    subject names ("project LUX/24/01/SEN", "budget revision")."""
    from tracker.domain.records import kind_named

    names = [exc.kind] if exc.kind else []
    words = exc.subject.split()
    names += ["_".join(words[:2]), words[0]] if words else []
    for name in names:
        try:
            return kind_named(name)
        except KeyError:
            continue
    return None


def problem_sentence(problem: Any, exc: Exception | None = None) -> str:
    """A problem as the user reads it: fields by their labels ("US$ rate", "completed on"),
    never by tracker's code names (usd_rate, completed_on), as the app words them."""
    if not isinstance(problem, FieldProblem):
        return str(problem)
    from tracker.domain.records import problem_text

    own = _kind_of(exc) if isinstance(exc, ValidationError) else None
    return problem_text(problem, own)


def _field_label(kind: str, name: str) -> str:
    """A field of a record kind by its label ("US$ rate"), never its code name (usd_rate)."""
    from tracker.domain.records import kind_named

    try:
        return kind_named(kind).field_label(name)
    except KeyError:
        return name.replace("_", " ")


def error_sentence(exc: DomainError) -> str:
    """The one line of a refused action; a refused record names each field by its label."""
    if isinstance(exc, ValidationError) and exc.problems:
        prefix = f"{exc.subject}: " if exc.subject else ""
        return prefix + "; ".join(problem_sentence(p, exc) for p in exc.problems)
    return str(exc)


def _print_problems(exc: Exception) -> None:
    """Every problem of a refused import, one a line, before the one-line error."""
    for problem in getattr(exc, "problems", []):
        print(f"  {problem_sentence(problem, exc)}", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from tracker.exchange.detect import detect_kind
    from tracker.exchange.results import ImportRefused

    kind = detect_kind(args.file)
    _open(args)
    try:
        if kind == "workbook":
            from tracker.exchange.workbook_import import import_workbook

            report = import_workbook(args.file, dry_run=args.dry_run)
        else:
            from tracker.exchange.iati_import import import_iati

            report = import_iati(args.file, dry_run=args.dry_run, usd_rates=dict(args.rate or []))
    except ImportRefused as exc:
        _print_problems(exc)
        raise
    print(report.summary())
    for skipped in report.skipped:
        print(f"  skipped: {skipped}")
    for refused in report.refused:
        print(f"  refused: {refused}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from tracker.exchange.iati_export import export_iati
    from tracker.store.partners import find_partner

    _open(args)
    check_output(args.output, "the IATI file", args)
    partner = find_partner(args.partner).code if args.partner else None
    print(export_iati(args.output, partner=partner, stage=args.stage))
    _warn_demo_left_out()
    return 0


def cmd_package(args: argparse.Namespace) -> int:
    from tracker.exchange.results import ImportRefused

    _open(args)
    if args.action == "export":
        from tracker.exchange.packages import ALL, export_package

        check_output(args.output, "the package", args)
        report = export_package(args.output, since=ALL if args.all else None)
    else:
        from tracker.exchange.merge import merge_package

        try:
            report = merge_package(args.file)
        except ImportRefused as exc:
            _print_problems(exc)
            raise
        for conflict in report.conflicts:
            print(f"  conflict: {conflict}")
        for skipped in report.skipped:  # refused or left out, each with its reason (and audited)
            print(f"  skipped: {skipped}")
    print(report.summary())
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from tracker.exchange.merge import list_conflicts, resolve_conflict

    _open(args)
    if args.resolve is not None:
        if args.keep is None:
            raise DomainError("say which version to keep: --keep mine or --keep theirs")
        view = resolve_conflict(args.resolve, keep="local" if args.keep == "mine" else "incoming")
        print(f"conflict {view.id} ({view.label}) resolved: kept {args.keep}")
        return 0
    conflicts = list_conflicts()
    if not conflicts:
        print("no conflicts to resolve")
        return 0
    for view in conflicts:
        print(f"{view.id}: {view.kind.replace('_', ' ')} {view.label} (from {view.source_name}, {view.detected_at})")
        for name, mine, theirs in view.fields():
            if mine != theirs:
                print(f"    {_field_label(view.kind, name)}: mine {mine!r}, theirs {theirs!r}")
    return 0


# ---------------------------------------------------------------- parser


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming what is wrong (no usage block)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    common = OneLineParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help="database file, or a shared database on a server: postgresql://user@host:port/dbname "
        "(default: $TRACKER_DB, else tracker.sqlite3 in your data folder)",
    )
    parser = OneLineParser(
        prog="tracker",
        description="Portfolio tracker for development-cooperation projects.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"tracker {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text, parents=[common])
        sub.set_defaults(handler=handler)
        return sub

    from tracker.cli_projects import add_project_commands  # demo, delete, archive, restore

    add_project_commands(add)

    sub = add("projects", cmd_projects, "list projects")
    sub.add_argument("--stage", type=stage, help="only projects in this stage (e.g. implementation)")
    sub.add_argument("--partner", metavar="NAME_OR_CODE", help="only projects this partner funds")
    sub.add_argument("--as-of", type=iso_date, metavar="DATE", help="date for overdue flags (default today)")
    shown = sub.add_mutually_exclusive_group()
    shown.add_argument("--archived", action="store_true", help="only archived projects")
    shown.add_argument("--all", action="store_true", help="archived projects too (left out by default)")
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = add("evaluation-plan", cmd_evaluation_plan, "the evaluations the rules require, with reasons")
    sub.add_argument("--project", metavar="CODE", help="plan a stored project (instead of --start/--end/--budget)")
    sub.add_argument("--start", type=iso_date, metavar="YYYY-MM-DD", help="planned start")
    sub.add_argument("--end", type=iso_date, metavar="YYYY-MM-DD", help="planned end, the project's last day")
    sub.add_argument("--budget", type=budget, metavar="AMOUNT",
                     help="approved budget in --currency, written as in your locale (500000, 500,000.00; 500 000,00 in French)")
    sub.add_argument("--currency", type=currency, default=USD, help="budget currency (default USD)")
    sub.add_argument("--rate", type=rate, metavar="R",
                     help="US$ value of one unit of the currency, e.g. 1.08 for EUR (1,08 in a French or Spanish locale)")
    sub.add_argument("--midterm-review-agreed", action="store_true", help="a mid-term review is agreed in the initial plan")
    sub.add_argument("--rule-set", metavar="NAME", help="rule set to apply (default ilo-2002)")
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = add("evaluations", cmd_evaluations, "list evaluations")
    sub.add_argument("--overdue", action="store_true", help="mandatory evaluations past their due date")
    sub.add_argument("--as-of", type=iso_date, metavar="DATE", help="reference date (default today)")
    sub.add_argument("--json", action="store_true", help="print JSON")

    from tracker.cli_evaluation import add_evaluation_command  # imports tracker.cli: here, not at the top

    add_evaluation_command(add, common)
    from tracker.cli_partners import add_partner_commands  # imports tracker.cli too

    add_partner_commands(add, common)

    sub = add("show", cmd_show, "a project with its evaluation plan and compliance")
    sub.add_argument("code")
    sub.add_argument("--as-of", type=iso_date, metavar="DATE", help="reference date for compliance (default today)")

    sub = add("stage", cmd_stage, "take a project-cycle action: submit, approve, start, begin-closing, close, suspend, resume, cancel")
    sub.add_argument("code")
    sub.add_argument("action", help="action code, or the stage to move to")
    sub.add_argument("--reason", help="reason (required to suspend, cancel or return to design)")
    sub.add_argument("--on", type=iso_date, metavar="DATE", help="date of the change (default today)")

    sub = add("backup", cmd_backup, "copy the database safely, even while the app is open")
    sub.add_argument("file", help="backup file to write")
    overwrite_option(sub)

    add("info", cmd_info, "where the database is and what it holds")
    add("rule-sets", cmd_rule_sets, "list the evaluation rule sets")

    sub = add("report", cmd_report, "write an Excel report: donor, portfolio or evaluations")
    kinds = sub.add_subparsers(dest="report", metavar="REPORT", required=True)

    def report(name: str, help_text: str) -> argparse.ArgumentParser:
        kind = kinds.add_parser(name, help=help_text, description=help_text, parents=[common])
        kind.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="the workbook to write")
        overwrite_option(kind)
        return kind

    kind = report("donor", "one funding partner: contributions, projects, results and evaluations")
    kind.add_argument("--partner", required=True, metavar="NAME_OR_CODE", help="partner code or name")
    kind.add_argument("--from", dest="year_from", type=year, required=True, metavar="YEAR", help="first year of the period")
    kind.add_argument("--to", dest="year_to", type=year, required=True, metavar="YEAR", help="last year of the period")
    kind = report("portfolio", "portfolio statistics: approvals and expenditure tables after seed 003 (Table V.1, Annexes 1-4, ...)")
    kind.add_argument("--from", dest="year_from", type=year, required=True, metavar="YEAR", help="first year of the period")
    kind.add_argument("--to", dest="year_to", type=year, required=True, metavar="YEAR", help="last year of the period")
    kind.add_argument("--compare-from", type=year, metavar="YEAR",
                      help="Table V.1's comparison period (default: as many years just before --from)")
    kind.add_argument("--compare-to", type=year, metavar="YEAR", help="last year of the comparison period")
    kind = report("evaluations", "evaluation compliance of every project, with a summary by region and partner")
    kind.add_argument("--as-of", type=iso_date, metavar="DATE", help="reference date for overdue flags (default today)")

    add("replan", cmd_replan, "recompute every project's evaluation plan (e.g. after a rule set changed)")

    sub = add("template", cmd_template, "write the Excel import template")
    sub.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="the workbook to write")
    overwrite_option(sub)
    sub.add_argument("--with-data", action="store_true", help="fill it with the current portfolio (for editing and re-import)")

    sub = add("import", cmd_import, "import an import workbook or an IATI activity file (told apart by content)")
    sub.add_argument("file", help="the .xlsx workbook or IATI .xml file")
    sub.add_argument("--dry-run", action="store_true", help="check everything and report, writing nothing")
    sub.add_argument("--rate", type=currency_rate, action="append", metavar="CUR=R",
                     help="US$ value of one unit of CUR for IATI amounts in that currency, e.g. EUR=1.08 (repeatable)")

    sub = add("export", cmd_export, "export data: iati")
    formats = sub.add_subparsers(dest="format", metavar="FORMAT", required=True)
    iati = formats.add_parser("iati", help="an IATI 2.03 activity file", description="the portfolio, or part of it, as an IATI 2.03 activity file", parents=[common])
    iati.add_argument("-o", "--output", required=True, metavar="FILE.xml", help="the file to write")
    overwrite_option(iati)
    iati.add_argument("--partner", metavar="NAME_OR_CODE", help="only projects this partner funds")
    iati.add_argument("--stage", type=stage, help="only projects in this stage")

    sub = add("package", cmd_package, "offline field packages: export the changes since the last exchange, or merge one")
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)
    export_package = actions.add_parser("export", help="write a package of the changes since the last exchange", parents=[common])
    export_package.add_argument("-o", "--output", required=True, metavar="FILE", help="the package to write")
    overwrite_option(export_package)
    export_package.add_argument("--all", action="store_true", help="every record, not only the changes (e.g. after a lost package)")
    merge_package = actions.add_parser("merge", help="merge a package from another database", parents=[common])
    merge_package.add_argument("file", help="the package to merge")

    sub = add("conflicts", cmd_conflicts, "records changed on both sides of a field-package exchange")
    sub.add_argument("--resolve", type=int, metavar="ID", help="resolve this conflict")
    sub.add_argument("--keep", choices=["mine", "theirs"], help="which version to keep")

    sub = add("history", cmd_history, "the audit trail of a project")
    sub.add_argument("code")
    sub.add_argument("--limit", type=int, default=200)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not hasattr(args, "db"):
            args.db = None
        return int(args.handler(args))
    except DomainError as exc:
        print(f"tracker: error: {error_sentence(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tracker: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: still one line, with a way to see more
        if os.environ.get("TRACKER_DEBUG"):
            raise
        print(f"tracker: internal error: {type(exc).__name__}: {exc} (set TRACKER_DEBUG=1 for details)", file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
