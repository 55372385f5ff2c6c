"""The command line: `tracker COMMAND ...`, the headless front door to the same services as the GUI.

Output and exit codes are a contract other tools and tests rely on: errors are one line on
stderr starting with "tracker: error:" (in English; "tracker : erreur :" in French) and exit 1 (2
for bad command-line syntax). Everything said to a person is in the user's language (--lang, else
the system's: tracker.domain.i18n), numbers as that language writes them; JSON keeps English keys,
codes and machine numbers in every language."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from tracker import __version__
from tracker.domain import i18n
from tracker.domain.classifications import Stage
from tracker.domain.codelists import is_currency
from tracker.domain.dates import parse_iso_date
from tracker.domain.errors import DomainError, FieldProblem, OutOfRange, ValidationError
from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from tracker.domain.money import USD, Money, usd_text
from tracker.domain.numbers import AmbiguousNumber, format_number, number_style, parse_number

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


def number_argument(what: Callable[[], str], name: str, *, positive: bool = False) -> Callable[[str], Decimal]:
    """The type of an option giving an amount or a rate (`what()`: its name in the user's words and
    language), read as people write numbers in their locale (LC_ALL, LC_NUMERIC, LANG; --lang's
    usual locale when it chose another language): `--rate 1,08` is 1.08 under French settings, and
    refused as ambiguous under English ones (1.08 or 108), never 108."""

    def read(text: str) -> Decimal:
        words = what()
        value = parse_number(text, number_style(), words)
        if positive and value <= 0:
            raise ValueError(translate("CliArguments", "{what} '{text}' must be greater than zero").format(what=words, text=text))
        if value < 0:
            raise ValueError(translate("CliArguments", "{what} '{text}' cannot be negative").format(what=words, text=text))
        return value

    read.__name__ = name
    return _arg(read)


amount = number_argument(lambda: translate("CliArguments", "amount"), "amount")
budget = number_argument(lambda: translate("CliArguments", "budget"), "budget")
rate = number_argument(lambda: translate("CliArguments", "US$ rate"), "rate", positive=True)


def shown_number(value: Decimal | int, places: int | None = 2) -> str:
    """A number as the user's locale writes it (1,234.50; 1 234,50 in French): what the listings
    and sentences show; JSON keeps the machine's writing."""
    return format_number(Decimal(value), number_style(), places)


@_arg
def currency(text: str) -> str:
    code = text.strip().upper()
    if not is_currency(code):
        raise ValueError(translate("CliArguments", "'{text}' is not an ISO 4217 currency code").format(text=text))
    return code


@_arg
def stage(text: str) -> Stage:
    return Stage.parse(text)


@_arg
def year(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValueError(translate("CliArguments", "'{text}' is not a year such as 2004").format(text=text)) from None


@_arg
def currency_rate(text: str) -> tuple[str, Decimal]:
    code, sep, value = text.partition("=")
    if not sep:
        raise ValueError(translate("CliArguments", "'{text}' is not CUR=RATE, e.g. EUR={rate}").format(
            text=text, rate=shown_number(Decimal("1.08"))))
    code = currency(code)
    return code, number_argument(lambda: translate("CliArguments", "US$ rate of {code}").format(code=code), "rate",
                                 positive=True)(value)


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
    return "" if value is None else shown_number(value)


def _yes_no(value: bool) -> str:
    return translate("CommandLine", "yes") if value else translate("CommandLine", "no")


def _warn(message: str) -> None:
    """A warning: the change is made (or the file written), and this is worth knowing."""
    print(translate("CommandLine", "tracker: warning: {message}").format(message=message), file=sys.stderr)


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
        print(translate("CliPortfolio", "no projects match") if (args.stage or args.partner or args.archived) else
              translate("CliPortfolio", "no projects yet; `tracker demo` opens a demo portfolio in a database of its own"))
        return 0
    overdue = " " + translate("CliPortfolio", "OVERDUE")
    archived = " " + translate("CliPortfolio", "[archived]")
    _table(
        [translate("CliPortfolio", "Code"), translate("CliPortfolio", "Stage"), translate("CliPortfolio", "Region"),
         translate("CliPortfolio", "Start"), translate("CliPortfolio", "End"), translate("CliPortfolio", "Budget US$"),
         translate("CliPortfolio", "Spent US$"), translate("CliPortfolio", "Deliv.%"),
         translate("CliPortfolio", "Next evaluation"), translate("CliPortfolio", "Partners"), translate("CliPortfolio", "Title")],
        [
            [
                r.code,
                r.stage.label,
                r.region.label if r.region else "",
                r.start.isoformat() if r.start else "",
                r.end.isoformat() if r.end else "",
                _money(r.budget_usd),
                _money(r.expenditure_usd),
                shown_number(r.delivery_rate, 1) if r.delivery_rate is not None else "",
                (f"{r.next_evaluation.label} {r.next_due.isoformat()}" if r.next_evaluation and r.next_due else "")
                + (overdue if r.overdue_count else ""),
                r.partners,
                (r.title if len(r.title) <= 60 else r.title[:57] + "...") + (archived if r.archived else ""),
            ]
            for r in rows
        ],
        right={5, 6, 7},
    )
    print()
    count = len(rows)  # a plain name: pyside6-lupdate reads a plural's count only so
    print(translate("CliPortfolio", "{count} project(s)", "", count).format(count=shown_number(count, 0)))
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
            raise DomainError(translate("CliPortfolio", "project {code} has no planned start, end or budget yet, so no "
                                                        "evaluation plan").format(code=project.code))
    else:
        missing = [name for name in ("start", "end", "budget") if getattr(args, name) is None]
        if missing:
            raise DomainError(translate("CliPortfolio", "give --project CODE, or all of {options}").format(
                options=", ".join(f"--{m}" for m in missing)))
        if args.currency != USD and args.rate is None:
            raise DomainError(translate("CliPortfolio", "a budget in {currency} needs --rate, the US$ value of one {currency}")
                              .format(currency=args.currency))
        if args.end < args.start:
            raise DomainError(translate("CliPortfolio", "--end {end} is before --start {start}").format(
                end=args.end.isoformat(), start=args.start.isoformat()))
        budget_usd = Money(args.budget, args.currency).in_usd(args.rate or Decimal(1))
        plan = plan_evaluations(
            args.start, args.end, budget_usd, midterm_review_agreed=args.midterm_review_agreed, rule_set=rule_set
        )
    if args.json:
        _print_json(plan.to_json())
        return 0
    print(translate("CliPortfolio", "Rule set: {label} ({title})").format(label=plan.rule_set.label, title=translate("RuleSetText", plan.rule_set.title)))
    print(translate("CliPortfolio", "Duration: {reason} (band {band})").format(reason=plan.band_reason, band=plan.band.code))
    if plan.tier is not None:
        print(translate("CliPortfolio", "Budget: {reason} (tier {tier})").format(reason=plan.tier_reason, tier=plan.tier.code))
    print(translate("CliPortfolio", "Independence: {reason}").format(reason=plan.independence_reason))
    print()
    _table(
        [translate("CliPortfolio", "Due"), translate("CliPortfolio", "Evaluation"), translate("CliPortfolio", "Independent"),
         translate("CliPortfolio", "Reason")],
        [
            [p.due.isoformat(), p.kind.label + (f" {p.sequence}" if p.kind.value == "annual-review" or p.sequence > 1 else ""),
             _yes_no(p.independent), p.reason]
            for p in plan.evaluations
        ],
    )
    return 0


def cmd_evaluations(args: argparse.Namespace) -> int:
    from tracker.store.queries import overdue_evaluations

    _open(args)
    as_of = args.as_of or dt.date.today()
    if not args.overdue:
        raise DomainError(translate("CliPortfolio", "say which evaluations: --overdue (more listings come with the desktop app)"))
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
        print(translate("CliPortfolio", "no evaluations overdue as of {date}").format(date=as_of.isoformat()))
        return 0
    _table(
        [translate("CliPortfolio", "Project"), translate("CliPortfolio", "Evaluation"), translate("CliPortfolio", "Due"),
         translate("CliPortfolio", "Days overdue"), translate("CliPortfolio", "Status"), translate("CliPortfolio", "Independent"),
         translate("CliPortfolio", "Title")],
        [
            [r.project_code, r.evaluation, r.due.isoformat(), shown_number(r.days_overdue, 0), r.status.label,
             _yes_no(r.independence_required), r.project_title[:50]]
            for r in rows
        ],
        right={3},
    )
    print()
    count = len(rows)
    print(translate("CliPortfolio", "{count} evaluation(s) overdue as of {date}", "", count).format(
        count=shown_number(count, 0), date=as_of.isoformat()))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from tracker.domain.rules.compliance import assess
    from tracker.store.plan_reasons import shown_reasons
    from tracker.store.projects import load_project, plan_for

    _open(args)
    project = load_project(args.code)
    plan = plan_for(project)
    as_of = args.as_of or dt.date.today()
    compliance = assess(project.evaluations, plan.independent_required if plan else False, as_of)
    print(f"{project.code}  {project.title}" + ("  " + translate("CliPortfolio", "[demo data]") if project.is_demo else "")
          + ("  " + translate("CliPortfolio", "[archived]") if project.archived else ""))
    print(translate("CliPortfolio", "Stage: {stage}   Region: {region}   Countries: {countries}").format(
        stage=project.stage.label, region=project.region.label if project.region else "-",
        countries=", ".join(project.countries) or "-"))
    print(translate("CliPortfolio", "Planned: {start} to {end}   Actual end: {actual_end}").format(
        start=project.planned_start or "-", end=project.planned_end or "-", actual_end=project.actual_end or "-"))
    if project.budget is not None:
        rate_shown = shown_number(project.usd_rate, None) if project.usd_rate is not None else "-"
        print(translate("CliPortfolio", "Budget: {budget} at {rate} = {budget_usd}").format(
            budget=Money(project.budget, project.currency), rate=rate_shown, budget_usd=usd_text(project.budget_usd or Decimal(0))))
    spent = sum((e.usd for e in project.expenditures), Decimal(0))
    print(translate("CliPortfolio", "Expenditure: {spent}   Fundings: {fundings}   Revisions: {revisions}").format(
        spent=usd_text(spent), fundings=shown_number(len(project.fundings), 0), revisions=shown_number(len(project.revisions), 0)))
    if plan:
        print(translate("CliPortfolio", "Evaluation rules: {band}; {independence}").format(
            band=plan.requirements_reason, independence=plan.independence_reason))
    print()
    if project.evaluations:
        required = " " + translate("CliPortfolio", "(independent required)")
        _table(
            [translate("CliPortfolio", "Due"), translate("CliPortfolio", "Evaluation"), translate("CliPortfolio", "Status"),
             translate("CliPortfolio", "Mandatory"), translate("CliPortfolio", "Independence"), translate("CliPortfolio", "Reason")],
            [
                [
                    e.due.isoformat(),
                    e.title,
                    e.status.label,
                    _yes_no(e.mandatory),
                    e.independence.label + (required if e.independence_required else ""),
                    reason,
                ]
                for e, reason in zip(project.evaluations, shown_reasons(project))
            ],
        )
    _show_records(project)
    print()
    if compliance.compliant:
        print(translate("CliPortfolio", "Compliant as of {date}").format(date=as_of.isoformat()))
    else:
        print(translate("CliPortfolio", "Not compliant: {reasons} as of {date}").format(
            reasons="; ".join(compliance.reasons()), date=as_of.isoformat()))
    return 0


def _show_records(project: Any) -> None:
    """The project's funding agreements, budget lines, progress reports and indicator values."""
    references = [f"{f.partner_code or '-'}: {f.agreement_reference}" for f in project.fundings if f.agreement_reference]
    if references:
        print(translate("CliPortfolio", "Funding agreements: {references}").format(references="; ".join(references)))
    if project.budget_lines:
        print()
        _table([translate("CliPortfolio", "Budget line"), translate("CliPortfolio", "Output"),
                translate("CliPortfolio", "Amount ({currency})").format(currency=project.currency),
                translate("CliPortfolio", "Variance note")],
               [[line.heading.label, line.output or "-", shown_number(line.amount), line.variance_note[:60]]
                for line in project.budget_lines], right={2})
    if project.progress_reports:
        print()
        _table([translate("CliPortfolio", "Progress report"), translate("CliPortfolio", "Prepared by"),
                translate("CliPortfolio", "Summary")],
               [[f"{r.period_start.isoformat()} - {r.period_end.isoformat()}", r.prepared_by or "-", r.summary[:70]]
                for r in sorted(project.progress_reports, key=lambda r: r.period_end)])
    if project.indicator_values:
        names = {i.uuid: i.name for i in project.indicators}
        print()
        _table([translate("CliPortfolio", "Measured on"), translate("CliPortfolio", "Indicator"), translate("CliPortfolio", "Value")],
               [[v.measured_on.isoformat(), names.get(v.indicator_uuid, v.indicator_uuid)[:60], shown_number(v.value, None)]
                for v in sorted(project.indicator_values, key=lambda v: v.measured_on)], right={2})


def cmd_stage(args: argparse.Namespace) -> int:
    from tracker.store.projects import change_stage

    _open(args)
    notes = odd_dates(args.code, args.action, args.on)  # read before the change: the last change is the one before it
    change = change_stage(args.code, args.action, args.reason or "", on=args.on)
    print(f"{args.code}: {change.from_stage.label} -> {change.to_stage.label}")
    for note in notes:
        _warn(f"{args.code}: {note}")
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
        raise DomainError(translate("CommandLine", "{file} already exists; add --overwrite to replace it").format(file=exc.target)) from None


def overwrite_option(parser: argparse.ArgumentParser) -> None:
    """--overwrite, for a command that writes a file the user names."""
    parser.add_argument("--overwrite", action="store_true",
                        help=translate("CliHelp", "replace the file if it exists (without it, an existing file is refused and left as it is)"))


def cmd_backup(args: argparse.Namespace) -> int:
    from tracker.store.database import backup_database, database_path, is_server_database

    _open(args)
    if not is_server_database():  # a server's database is not backed up by tracker: said first
        check_output(args.file, translate("CliDatabase", "the backup"), args, database_output=True)  # may replace an older backup
    target = backup_database(args.file)
    print(translate("CliDatabase", "backed up {database} to {file}").format(database=database_path(), file=target))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from tracker.store import models as m
    from tracker.store.database import database_label, is_read_only, is_server_database, open_database
    from tracker.store.migrations import current_version

    db = open_database(args.db)
    if not is_read_only():
        note = ""
    elif is_server_database():
        note = " " + translate("CliDatabase", "(read-only: this account may not change projects, so nothing can be saved)")
    else:
        why = getattr(db, "read_only_reason", "") or "opened read-only"
        if why.removeprefix("opened read-only because ") in _READ_ONLY_REASONS:
            note = " " + translate("CliDatabase", "(read-only: {reason}, so nothing can be saved)").format(
                reason=translate("CliDatabase", _READ_ONLY_REASONS[why.removeprefix("opened read-only because ")]))
        else:  # the store's reason, in the user's language already
            note = " " + translate("CliDatabase", "({reason}, so nothing can be saved)").format(reason=why)
    print(translate("CliDatabase", "database: {database}{note}").format(database=database_label(), note=note))
    print(translate("CliDatabase", "engine: {engine}").format(engine="PostgreSQL" if is_server_database() else "SQLite"))
    print(translate("CliDatabase", "schema version: {version}").format(version=current_version(db)))
    print(translate("CliDatabase", "projects: {projects}, partners: {partners}, evaluations: {evaluations}, "
                                   "expenditure lines: {expenditures}").format(
        projects=shown_number(m.Project.select().count(), 0), partners=shown_number(m.Partner.select().count(), 0),
        evaluations=shown_number(m.Evaluation.select().count(), 0), expenditures=shown_number(m.Expenditure.select().count(), 0)))
    return 0


# Why the store opened a database read-only (tracker.store.database's reasons in English, after
# "opened read-only because"), as `tracker info` says it.
_READ_ONLY_REASONS = {
    "the file cannot be written": QT_TRANSLATE_NOOP("CliDatabase", "the file cannot be written"),
    "its folder cannot be written": QT_TRANSLATE_NOOP("CliDatabase", "its folder cannot be written"),
    "opened read-only": QT_TRANSLATE_NOOP("CliDatabase", "opened read-only"),
}


def cmd_rule_sets(args: argparse.Namespace) -> int:
    from tracker.domain.rules import available_rule_sets, load_rule_set
    from tracker.domain.rules.ruleset import RuleSetError, rule_set_in_force

    in_force = rule_set_in_force(dt.date.today())
    for name in available_rule_sets():
        try:
            rules = load_rule_set(name)
        except RuleSetError as exc:  # one broken file must not hide the others
            print(translate("CliDatabase", "{name}: cannot be used: {problem}").format(name=name, problem=exc))
            continue
        print(f"{rules.name} v{rules.version}: {translate('RuleSetText', rules.title)}")
        if rules.effective_from is not None:
            print("  " + (translate("CliDatabase", "policy in force since {date}") if rules.name == in_force else
                          translate("CliDatabase", "policy from {date}")).format(date=rules.effective_from.isoformat()))
        else:
            print("  " + translate("CliDatabase", "applies to the projects it is assigned to"))
        for band in rules.bands:
            # The rule set's words (data) in the user's language where the domain knows them.
            relation = f"{band.relation} {band.description}"
            described = translate("RuleSetText", relation)
            print("  " + translate("CliDatabase", "band {band}: {description}: {requires}").format(
                band=band.code, description=band.description if described == relation else described,
                requires=translate("RuleSetText", band.requires)))
        if rules.independent:
            print("  " + translate("CliDatabase", "budget over {amount}: {description}").format(
                amount=usd_text(rules.independent.budget_over_usd), description=translate("RuleSetText", rules.independent.description)))
        for tier in rules.tiers:
            print("  " + translate("CliDatabase", "tier {tier}: budget {description}: {requires}").format(
                tier=tier.code, description=f"{tier.relation} {tier.description}", requires=tier.requires))
        for requirement in rules.appraisal:
            print("  " + translate("CliDatabase", "before approval: {label} ({reason})").format(
                label=requirement.shown_label, reason=requirement.shown_reason))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from tracker.store.audit import history
    from tracker.store.projects import find_project_row

    _open(args)
    code = find_project_row(args.code).code
    entries = history(code, args.limit)
    _table(
        [translate("CliDatabase", "When (UTC)"), translate("CliDatabase", "Who"), translate("CliDatabase", "Table"),
         translate("CliDatabase", "Action"), translate("CliDatabase", "Field"), translate("CliDatabase", "Old"),
         translate("CliDatabase", "New")],
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
    # --lang after `report` is the report's language (before it, the messages'); without it a donor
    # report is in its partner's reporting language, the others in the user's.
    language = getattr(args, "report_language", None)
    if args.report == "donor":
        path = reports.write_donor_report(args.output, args.partner, args.year_from, args.year_to, language=language,
                                          prepared_by=args.prepared_by, approved_by=args.approved_by,
                                          period_end_rate=args.period_end_rate)
        _warn_checks(reports.donor_checks(args.partner, args.year_from, args.year_to, period_end_rate=args.period_end_rate))
    elif args.report == "portfolio":
        path = reports.write_portfolio_report(args.output, args.year_from, args.year_to,
                                              compare_from=args.compare_from, compare_to=args.compare_to, language=language)
    else:
        path = reports.write_compliance_report(args.output, args.as_of, language=language)
    print(path)
    return 0


def cmd_replan(args: argparse.Namespace) -> int:
    from tracker.store.replan import replan_all

    _open(args)
    print(replan_all(force=args.all))
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from tracker.exchange.template import write_template

    if args.with_data:
        _open(args)
    check_output(args.output, translate("CliExchange", "the import template"), args)
    print(write_template(args.output, with_data=args.with_data))
    if args.with_data:
        _warn_demo_left_out()
    return 0


def _warn_checks(checks: list[Any]) -> None:
    """What the officer should look at before sending a donor report: its projects' inconsistencies
    (never printed in the report, which goes to the partner)."""
    if not checks:
        return
    count = len(checks)
    _warn(translate("CliReport", "{count} check(s) to look at before sending the report:", "", count).format(
        count=shown_number(count, 0)))
    for check in checks:
        print(f"  {check.project}: {check.text}", file=sys.stderr)


def _warn_demo_left_out() -> None:
    """An export of a working database leaves out the demo projects an earlier tracker loaded into it: say so."""
    from tracker.exchange.demo_marks import shown_codes
    from tracker.store.demo import demo_left_out

    left_out = demo_left_out()
    if left_out:
        count = len(left_out)
        _warn(translate("CliExchange", "{count} demo project(s) ({codes}) left out: the file holds real projects only; "
                                       "`tracker demo --remove` removes them from the database", "", count).format(
            count=shown_number(count, 0), codes=shown_codes(left_out)))


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

            report = import_workbook(args.file, dry_run=args.dry_run, usd_rates=dict(args.rate or []))
        else:
            from tracker.exchange.iati_import import import_iati
            from tracker.exchange.iati_read import TransactionChoice

            choice = TransactionChoice(disbursements=args.disbursements, outgoing_commitments=args.outgoing_commitments)
            report = import_iati(args.file, dry_run=args.dry_run, usd_rates=dict(args.rate or []), choice=choice)
    except ImportRefused as exc:
        _print_problems(exc)
        raise
    print(report.summary())
    for line in getattr(report, "transactions", []):  # IATI: what each transaction type became
        print("  " + line)
    for skipped in report.skipped:
        print("  " + translate("CliExchange", "skipped: {item}").format(item=skipped))
    for refused in report.refused:
        print("  " + translate("CliExchange", "refused: {item}").format(item=refused))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from tracker.exchange.iati_check import PublicationCheck, check_publication
    from tracker.exchange.iati_export import export_iati
    from tracker.store.partners import find_partner

    if not args.output and not args.check:
        raise DomainError(translate("CliExchange", "give the file to write (-o FILE.xml), or --check to list what the file would lack"))
    _open(args)
    partner = find_partner(args.partner).code if args.partner else None
    if args.output:
        check_output(args.output, translate("CliExchange", "the IATI file"), args)
        check = PublicationCheck()
        print(export_iati(args.output, partner=partner, stage=args.stage, on_activity=check.add if args.check else None))
    else:
        check = check_publication(partner=partner, stage=args.stage)
    if args.check:
        # What an aid-transparency assessment would find missing, one sentence a line.
        print("\n".join(check.lines()))
    _warn_demo_left_out()
    return 0


def cmd_package(args: argparse.Namespace) -> int:
    from tracker.exchange.results import ImportRefused

    _open(args)
    if args.action == "export":
        from tracker.exchange.packages import ALL, export_package

        check_output(args.output, translate("CliExchange", "the package"), args)
        report = export_package(args.output, since=ALL if args.all else None)
    else:
        from tracker.exchange.merge import merge_package

        try:
            report = merge_package(args.file)
        except ImportRefused as exc:
            _print_problems(exc)
            raise
        for conflict in report.conflicts:
            print("  " + translate("CliExchange", "conflict: {item}").format(item=conflict))
        for skipped in report.skipped:  # refused or left out, each with its reason (and audited)
            print("  " + translate("CliExchange", "skipped: {item}").format(item=skipped))
    print(report.summary())
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from tracker.exchange.merge import list_conflicts, resolve_conflict

    _open(args)
    if args.resolve is not None:
        if args.keep is None:
            raise DomainError(translate("CliExchange", "say which version to keep: --keep mine or --keep theirs"))
        from tracker.exchange.results import ImportRefused

        try:
            view = resolve_conflict(args.resolve, keep="local" if args.keep == "mine" else "incoming")
        except ImportRefused as exc:  # what stops the incoming version, each named (as an import says)
            _print_problems(exc)
            raise
        kept = (translate("CliExchange", "conflict {id} ({label}) resolved: kept mine") if args.keep == "mine"
                else translate("CliExchange", "conflict {id} ({label}) resolved: kept theirs"))
        print(kept.format(id=view.id, label=view.label))
        return 0
    conflicts = list_conflicts()
    if not conflicts:
        print(translate("CliExchange", "no conflicts to resolve"))
        return 0
    for view in conflicts:
        print(translate("CliExchange", "{id}: {kind} {label} (from {source}, {detected})").format(
            id=view.id, kind=_kind_label(view.kind), label=view.label, source=view.source_name, detected=view.detected_at))
        for name, mine, theirs in view.fields():
            if mine != theirs:
                print("    " + translate("CliExchange", "{field}: mine {mine}, theirs {theirs}").format(
                    field=_field_label(view.kind, name), mine=repr(mine), theirs=repr(theirs)))
    return 0


def _kind_label(kind: str) -> str:
    """A record kind as people call it ("funding line"), never its code name (funding)."""
    from tracker.domain.records import kind_named

    try:
        return str(kind_named(kind).label)
    except KeyError:
        return kind.replace("_", " ")


# ---------------------------------------------------------------- parser


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming what is wrong (no usage block)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, translate("CommandLine", "{program}: error: {message} (see {program} --help)").format(
            program=self.prog, message=message) + "\n")


# argparse's own words (usage, its errors, its help headings), which it asks gettext for: given in
# the user's language by main() (_argparse_in_language). Marked here for pyside6-lupdate.
_ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
)


def _argparse_text(message: str | None) -> str | None:
    return translate("Argparse", message) if message else message


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    return translate("Argparse", singular if count == 1 else plural)


@contextmanager
def _argparse_in_language() -> Iterator[None]:
    """Within the block argparse says its own words (usage:, the arguments it misses...) in the
    user's language (it asks gettext, which knows nothing of tracker's translations)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _argparse_text, _argparse_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


def _language_argument(text: str) -> str:
    """--lang's value: en, fr or es (a locale name such as fr_FR says its language too)."""
    language = i18n.normalise_language(text)
    if language is None:
        raise argparse.ArgumentTypeError(translate("CommandLine", "'{text}' is not a language tracker speaks: choose one of {languages}")
                                         .format(text=text, languages=", ".join(i18n.LANGUAGES)))
    return language


def language_given(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """The language --lang asks for (None: not given, or not one tracker speaks), and the
    arguments with every --lang moved before the command, where the parser reads it: --lang is
    tracker's, before or after the command (`tracker projects --lang fr`). After `report` it is the
    report's own option (the language the report is written in), left where it is."""
    front: list[str] = []
    rest: list[str] = []
    command_seen = False
    in_report = False
    takes_value = {"--db", "--lang"}
    arguments = list(argv)
    i = 0
    while i < len(arguments):
        argument = arguments[i]
        if argument == "--":
            rest.extend(arguments[i:])
            break
        if not in_report and (argument == "--lang" or argument.startswith("--lang=")):
            value = argument.partition("=")[2] if "=" in argument else (arguments[i + 1] if i + 1 < len(arguments) else None)
            # (--lang last, with no value: "--lang=", which the parser refuses as no language.)
            front.extend([argument] if "=" in argument else ["--lang="] if value is None else [argument, value])
            i += 1 if "=" in argument or value is None else 2
            continue
        if not command_seen and not argument.startswith("-") and not (rest and rest[-1] in takes_value):
            command_seen, in_report = True, argument == "report"
        rest.append(argument)
        i += 1
    language = None
    for option, value in zip(front, front[1:] + [""]):
        if option.startswith("--lang="):
            language = i18n.normalise_language(option.partition("=")[2])
        elif option == "--lang":
            language = i18n.normalise_language(value)
    return language, front + rest


def build_parser() -> argparse.ArgumentParser:
    common = OneLineParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,
        help=translate("CliHelp", "database file, or a shared database on a server: postgresql://user@host:port/dbname "
                                  "(default: $TRACKER_DB, else tracker.sqlite3 in your data folder)"),
    )
    parser = OneLineParser(
        prog="tracker",
        description=translate("CliHelp", "Portfolio tracker for development-cooperation projects."),
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"tracker {__version__}",
                        help=translate("CliHelp", "show the version and exit"))
    parser.add_argument("--lang", dest="interface_language", type=_language_argument, metavar="en|fr|es", default=argparse.SUPPRESS,
                        help=translate("CliHelp", "the language of tracker's messages: en (English), fr (French) or es (Spanish); "
                                                  "numbers are read and written as in that language (default: the system's "
                                                  "language, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text, parents=[common])
        sub.set_defaults(handler=handler)
        return sub

    from tracker.cli_projects import add_project_commands  # demo, delete, archive, restore

    add_project_commands(add)

    json_help = translate("CliHelp", "print JSON")
    sub = add("projects", cmd_projects, translate("CliHelp", "list projects"))
    sub.add_argument("--stage", type=stage, help=translate("CliHelp", "only projects in this stage (e.g. implementation)"))
    sub.add_argument("--partner", metavar="NAME_OR_CODE", help=translate("CliHelp", "only projects this partner funds"))
    sub.add_argument("--as-of", type=iso_date, metavar="DATE", help=translate("CliHelp", "date for overdue flags (default today)"))
    shown = sub.add_mutually_exclusive_group()
    shown.add_argument("--archived", action="store_true", help=translate("CliHelp", "only archived projects"))
    shown.add_argument("--all", action="store_true", help=translate("CliHelp", "archived projects too (left out by default)"))
    sub.add_argument("--json", action="store_true", help=json_help)

    sub = add("evaluation-plan", cmd_evaluation_plan, translate("CliHelp", "the evaluations the rules require, with reasons"))
    sub.add_argument("--project", metavar="CODE", help=translate("CliHelp", "plan a stored project (instead of --start/--end/--budget)"))
    sub.add_argument("--start", type=iso_date, metavar="YYYY-MM-DD", help=translate("CliHelp", "planned start"))
    sub.add_argument("--end", type=iso_date, metavar="YYYY-MM-DD", help=translate("CliHelp", "planned end, the project's last day"))
    sub.add_argument("--budget", type=budget, metavar="AMOUNT",
                     help=translate("CliHelp", "approved budget in --currency, written as in your language "
                                               "(e.g. {example})").format(example=shown_number(Decimal(500000))))
    sub.add_argument("--currency", type=currency, default=USD, help=translate("CliHelp", "budget currency (default USD)"))
    sub.add_argument("--rate", type=rate, metavar="R",
                     help=translate("CliHelp", "US$ value of one unit of the currency, e.g. {example} for EUR").format(
                         example=shown_number(Decimal("1.08"))))
    sub.add_argument("--midterm-review-agreed", action="store_true",
                     help=translate("CliHelp", "a mid-term review is agreed in the initial plan"))
    sub.add_argument("--rule-set", metavar="NAME", help=translate("CliHelp", "rule set to apply (default ilo-2002)"))
    sub.add_argument("--json", action="store_true", help=json_help)

    sub = add("evaluations", cmd_evaluations, translate("CliHelp", "list evaluations"))
    sub.add_argument("--overdue", action="store_true", help=translate("CliHelp", "mandatory evaluations past their due date"))
    sub.add_argument("--as-of", type=iso_date, metavar="DATE", help=translate("CliHelp", "reference date (default today)"))
    sub.add_argument("--json", action="store_true", help=json_help)

    from tracker.cli_evaluation import add_evaluation_command  # imports tracker.cli: here, not at the top

    add_evaluation_command(add, common)
    from tracker.cli_partners import add_partner_commands  # imports tracker.cli too

    add_partner_commands(add, common)
    from tracker.cli_documents import add_document_command  # imports tracker.cli too

    add_document_command(add, common)
    from tracker.cli_rates import add_rates_command  # imports tracker.cli too

    add_rates_command(add, common)
    from tracker.cli_organisation import add_organisation_command  # imports tracker.cli too

    add_organisation_command(add, common)
    from tracker.cli_check import add_check_command  # imports tracker.cli too

    add_check_command(add, common)
    from tracker.cli_clusters import add_clusters_command  # imports tracker.cli too

    add_clusters_command(add, common)

    code_help = translate("CliHelp", "the project's code")
    sub = add("show", cmd_show, translate("CliHelp", "a project with its evaluation plan and compliance"))
    sub.add_argument("code", help=code_help)
    sub.add_argument("--as-of", type=iso_date, metavar="DATE", help=translate("CliHelp", "reference date for compliance (default today)"))

    sub = add("stage", cmd_stage, translate("CliHelp", "take a project-cycle action: submit, approve, start, begin-closing, close, "
                                                       "suspend, resume, cancel"))
    sub.add_argument("code", help=code_help)
    sub.add_argument("action", help=translate("CliHelp", "action code, or the stage to move to"))
    sub.add_argument("--reason", help=translate("CliHelp", "reason (required to suspend, cancel or return to design)"))
    sub.add_argument("--on", type=iso_date, metavar="DATE", help=translate("CliHelp", "date of the change (default today)"))

    sub = add("backup", cmd_backup, translate("CliHelp", "copy the database safely, even while the app is open"))
    sub.add_argument("file", help=translate("CliHelp", "backup file to write"))
    overwrite_option(sub)

    add("info", cmd_info, translate("CliHelp", "where the database is and what it holds"))
    from tracker.cli_rule_sets import add_replan_options, add_rule_sets_check  # imports tracker.cli too

    add_rule_sets_check(add("rule-sets", cmd_rule_sets, translate("CliHelp", "list the evaluation rule sets")), common)

    sub = add("report", cmd_report, translate("CliHelp", "write an Excel report: donor, portfolio or evaluations"))
    kinds = sub.add_subparsers(dest="report", metavar="REPORT", required=True)

    def report(name: str, help_text: str, language_help: str) -> argparse.ArgumentParser:
        kind = kinds.add_parser(name, help=help_text, description=help_text, parents=[common])
        kind.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help=translate("CliHelp", "the workbook to write"))
        overwrite_option(kind)
        kind.add_argument("--lang", dest="report_language", type=_language_argument, metavar="en|fr|es",
                          default=argparse.SUPPRESS, help=language_help)
        return kind

    kind = report("donor", translate("CliHelp", "one funding partner: contributions, projects, results and evaluations"),
                  translate("CliHelp", "the language the report is written in: en, fr or es (default: the partner's "
                            "reporting language)"))
    kind.add_argument("--partner", required=True, metavar="NAME_OR_CODE", help=translate("CliHelp", "partner code or name"))
    kind.add_argument("--from", dest="year_from", type=year, required=True, metavar="YEAR",
                      help=translate("CliHelp", "first year of the period"))
    kind.add_argument("--to", dest="year_to", type=year, required=True, metavar="YEAR",
                      help=translate("CliHelp", "last year of the period"))
    kind.add_argument("--prepared-by", default="", metavar="NAME",
                      help=translate("CliHelp", "who prepared the financial statements (default: a blank line to sign)"))
    kind.add_argument("--approved-by", default="", metavar="NAME",
                      help=translate("CliHelp", "who approved the financial statements (default: a blank line to sign)"))
    kind.add_argument("--period-end-rate", action="store_true",
                      help=translate("CliHelp", "also value the financial statements' totals in US$ at the exchange rate in "
                                     "force on the period's end, with the exchange gain or loss"))
    kind = report("portfolio", translate("CliHelp", "portfolio statistics: approvals and expenditure tables after the ILO's "
                                         "report on technical cooperation (Table V.1, Annexes 1-4, ...)"),
                  translate("CliHelp", "the language the report is written in: en, fr or es (default: tracker's)"))
    kind.add_argument("--from", dest="year_from", type=year, required=True, metavar="YEAR",
                      help=translate("CliHelp", "first year of the period"))
    kind.add_argument("--to", dest="year_to", type=year, required=True, metavar="YEAR",
                      help=translate("CliHelp", "last year of the period"))
    kind.add_argument("--compare-from", type=year, metavar="YEAR",
                      help=translate("CliHelp", "Table V.1's comparison period (default: as many years just before --from)"))
    kind.add_argument("--compare-to", type=year, metavar="YEAR", help=translate("CliHelp", "last year of the comparison period"))
    kind = report("evaluations", translate("CliHelp", "evaluation compliance of every project, with a summary by region and "
                                           "partner"),
                  translate("CliHelp", "the language the report is written in: en, fr or es (default: tracker's)"))
    kind.add_argument("--as-of", type=iso_date, metavar="DATE",
                      help=translate("CliHelp", "the reference date: stages, completions, due dates and overdue flags as of "
                                     "that day (default today)"))

    sub = add("replan", cmd_replan, translate("CliHelp", "recompute the evaluation plans whose dates, budget or rule set changed since they "
                                                         "were computed (e.g. after a rule set changed)"))
    sub.add_argument("--all", action="store_true",
                     help=translate("CliHelp", "recompute every project's plan, even where nothing it was computed from changed"))
    add_replan_options(sub)  # --dry-run, --rule-set NAME, --scope, --workbook, --json

    sub = add("template", cmd_template, translate("CliHelp", "write the Excel import template"))
    sub.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help=translate("CliHelp", "the workbook to write"))
    overwrite_option(sub)
    sub.add_argument("--with-data", action="store_true",
                     help=translate("CliHelp", "fill it with the current portfolio (for editing and re-import)"))

    sub = add("import", cmd_import, translate("CliHelp", "import an import workbook or an IATI activity file (told apart by content)"))
    sub.add_argument("file", help=translate("CliHelp", "the .xlsx workbook or IATI .xml file"))
    sub.add_argument("--dry-run", action="store_true", help=translate("CliHelp", "check everything and report, writing nothing"))
    sub.add_argument("--rate", type=currency_rate, action="append", metavar="CUR=R",
                     help=translate("CliHelp", "US$ value of one unit of CUR for amounts in that currency whose rate is not given, "
                                               "instead of the rate table's, e.g. EUR={example} (repeatable)").format(
                         example=shown_number(Decimal("1.08"))))
    uses = ("auto", "expenditure", "funding", "skip")  # tracker.exchange.iati_read.TRANSACTION_USES
    sub.add_argument("--disbursements", choices=uses, default="auto",
                     help=translate("CliHelp", "IATI: how disbursements are recorded: as expenditure (money passed on to implementing "
                                               "partners), as funding the reporting organisation gave, or not at all; auto (the default) "
                                               "decides by the reporting organisation's role in each activity"))
    sub.add_argument("--outgoing-commitments", choices=uses, default="auto",
                     help=translate("CliHelp", "IATI: how outgoing commitments are recorded (as for --disbursements; auto: a funder's "
                                               "commitments are funding, an implementer's are expenditure only when the activity "
                                               "reports no payment)"))

    sub = add("export", cmd_export, translate("CliHelp", "export data: iati"))
    formats = sub.add_subparsers(dest="format", metavar="FORMAT", required=True)
    iati = formats.add_parser("iati", help=translate("CliHelp", "an IATI 2.03 activity file"),
                              description=translate("CliHelp", "the portfolio, or part of it, as an IATI 2.03 activity file"),
                              parents=[common])
    iati.add_argument("-o", "--output", metavar="FILE.xml", help=translate("CliHelp", "the file to write"))
    overwrite_option(iati)
    iati.add_argument("--partner", metavar="NAME_OR_CODE", help=translate("CliHelp", "only projects this partner funds"))
    iati.add_argument("--stage", type=stage, help=translate("CliHelp", "only projects in this stage"))
    iati.add_argument("--check", action="store_true",
                      help=translate("CliHelp", "list, per activity, what an aid-transparency assessment would find missing "
                                                "(with -o, after writing the file)"))

    sub = add("package", cmd_package, translate("CliHelp", "offline field packages: export the changes since the last exchange, "
                                                           "or merge one"))
    actions = sub.add_subparsers(dest="action", metavar="ACTION", required=True)
    export_package = actions.add_parser("export", help=translate("CliHelp", "write a package of the changes since the last exchange"),
                                        parents=[common])
    export_package.add_argument("-o", "--output", required=True, metavar="FILE", help=translate("CliHelp", "the package to write"))
    overwrite_option(export_package)
    export_package.add_argument("--all", action="store_true",
                                help=translate("CliHelp", "every record, not only the changes (e.g. after a lost package)"))
    merge_package = actions.add_parser("merge", help=translate("CliHelp", "merge a package from another database"), parents=[common])
    merge_package.add_argument("file", help=translate("CliHelp", "the package to merge"))

    sub = add("conflicts", cmd_conflicts, translate("CliHelp", "records changed on both sides of a field-package exchange"))
    sub.add_argument("--resolve", type=int, metavar="ID", help=translate("CliHelp", "resolve this conflict"))
    sub.add_argument("--keep", choices=["mine", "theirs"], help=translate("CliHelp", "which version to keep: mine or theirs"))

    sub = add("history", cmd_history, translate("CliHelp", "the audit trail of a project"))
    sub.add_argument("code", help=code_help)
    sub.add_argument("--limit", type=int, default=200, help=translate("CliHelp", "at most this many entries (default 200)"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run `tracker ARGV` (default: the process's arguments): its output, and its exit code. The
    language is --lang's, set before anything is said (the help and argparse's errors too)."""
    language, arguments = language_given(sys.argv[1:] if argv is None else argv)
    i18n.set_language(language)  # None: the system's, read from the environment now
    try:
        with _argparse_in_language():
            parser = build_parser()
            args = parser.parse_args(arguments)
        if hasattr(args, "interface_language"):  # the same as language_given's, unless abbreviated (--la fr)
            i18n.set_language(args.interface_language)
        if not hasattr(args, "db"):
            args.db = None
        return int(args.handler(args))
    except DomainError as exc:
        print(translate("CommandLine", "tracker: error: {message}").format(message=error_sentence(exc)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(translate("CommandLine", "tracker: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: still one line, with a way to see more
        if os.environ.get("TRACKER_DEBUG"):
            raise
        print(translate("CommandLine", "tracker: internal error: {error} (set TRACKER_DEBUG=1 for details)").format(
            error=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return 70


if __name__ == "__main__":
    sys.exit(main())
