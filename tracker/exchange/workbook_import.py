"""Import a filled-in import workbook: check every row first, then write all of it in one
transaction, or nothing.

Matching (so that importing the same file again changes nothing):
- partners by code; projects by code;
- funding by (project, partner, approved on, modality); expenditure by (project, year, month,
  type of expenditure, output); evaluations by (project, kind, sequence); result indicators by
  (project, name, ignoring case); budget lines by (project, heading, output); progress reports by
  (project, period start, period end); indicator values by (project, indicator, measured on), the
  indicator named by its name within the project.
A workbook of an older template (without the Budget lines, Progress reports or Indicator values
sheets, or the agreement reference and output columns) imports as before.
A row that matches a stored record updates it; a blank cell keeps the stored value (an import
never erases and never deletes). New projects start in the stage the sheet gives (blank: Design;
never Suspended), with that start in their stage history; an existing project's stage changes
only through a project-cycle action, so a different stage in the file is refused.

Exchange parses and decides; the store validates, guards, plans, audits and writes. Nothing here
touches a table: changed projects are written by the store's save_project (so the audit trail
records every change and evaluations are re-planned for new dates and budgets), new ones by
tracker.store.bulk.insert_new_projects (the same rows and audit entries, sent in bulk), partners
by save_partner, and what is stored is read through tracker.store.bulk_reads.

The work is split: workbook_read reads and types the cells, workbook_plan merges partners and
projects with what is stored, workbook_merge the rows of the other sheets, and this module
checks, writes in one transaction and counts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tracker.domain import project as d
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.i18n import translate
from tracker.domain.numbers import format_number, number_style
from tracker.domain.progress import CancelCheck, Progress
from tracker.domain.records import CHILD_KINDS
from tracker.domain.rules.replan import replan
from tracker.domain.rules.ruleset import RuleSetError
from tracker.exchange import workbook_rows as wr
from tracker.exchange.demo_marks import demo_import_refused
from tracker.exchange.results import ImportRefused, ImportReport, Problem
from tracker.exchange.workbook_merge import plan_children
from tracker.exchange.workbook_plan import (
    Plan,
    copy_project,
    plan_partners,
    plan_projects,
    stored_codes,
    stored_references,
)
from tracker.exchange.workbook_read import (
    MAX_PROBLEMS,
    ImportCancelled,
    SheetRows,
    WorkbookRows,
    read_workbook,
)
from tracker.store import mapping as mp
from tracker.store.bulk import insert_new_projects
from tracker.store.bulk_reads import load_projects
from tracker.store.database import current_user
from tracker.store.demo import holds_real_projects
from tracker.store.partners import mark_demo_partner, save_partner
from tracker.store.projects import plan_for, save_project
from tracker.store.rates import rate_table
from tracker.store.writes import bulk_write_transaction

__all__ = ["ImportCancelled", "import_workbook"]


class _DryRun(Exception):
    """Leaves the transaction of a dry run, so that everything it wrote is rolled back."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report


def import_workbook(
    path: str | Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    who: str | None = None,
    usd_rates: dict[str, Decimal] | None = None,
) -> ImportReport:
    """Check the whole file, then import it in one transaction. Raises UnreadableFile for a file
    that is not an import workbook, ImportRefused listing every problem (nothing written), or
    ImportCancelled. With dry_run nothing is written and the report says what would be.

    A funding, expenditure or project row in another currency than US$ whose US$ rate cell is
    blank takes `usd_rates`' rate of its currency (--rate CUR=R), else the rate in force on its
    day in the table of exchange rates (see workbook_plan.rate_in_force); a typed rate is kept.

    The file is read first; then what is stored is read, merged with it and written in one bulk
    write transaction, so that on a server no one else writes between the reading and the
    writing (the plan is decided on what is written over)."""
    target = Path(path)
    book = read_workbook(target, progress, cancelled)
    try:
        with bulk_write_transaction():  # one transaction: all or nothing
            report = _import(target, book, dry_run, progress, cancelled, who or current_user(), usd_rates or {})
            if dry_run:
                raise _DryRun(report)
    except _DryRun as finished:
        return finished.report
    return report


def _import(target: Path, book: WorkbookRows, dry_run: bool, progress: Progress | None, cancelled: CancelCheck | None,
            who: str, usd_rates: dict[str, Decimal]) -> ImportReport:
    plan = Plan(problems=list(book.problems), stored_codes=stored_codes(), rates=rate_table(), usd_rates=dict(usd_rates))
    sheets = {name: book.sheets.get(name) for name in (s.name for s in wr.SHEETS)}
    plan.stored = load_projects(stored_references(plan, sheets))
    if book.demo:
        _refuse_demo_among_real(target, plan, sheets)
    partner_codes = plan_partners(plan, sheets[wr.PARTNERS.name])
    plan_projects(plan, sheets[wr.PROJECTS.name])
    plan_children(plan, sheets, partner_codes)
    if plan.problems:
        raise ImportRefused(target.name, _capped(plan.problems))
    if book.demo:
        for code, project in plan.projects.items():
            if code not in plan.before:
                project.is_demo = True  # the app and the reports show it as demo data

    report = ImportReport(source=target.name, kind="workbook", skipped=list(book.skipped), dry_run=dry_run)
    to_save = [code for code, project in plan.projects.items() if _changed(plan, code, project)]
    total = len(plan.partners) + len(to_save)
    done = 0
    _tick(progress, cancelled, done, total)
    for partner, outcome in plan.partners:
        if outcome != "unchanged":
            try:
                save_partner(partner, who)
                if book.demo and outcome == "created":
                    mark_demo_partner(partner.code)
            except ValidationError as exc:  # what only the store sees (a name another partner has, ...)
                for found in exc.problems:
                    plan.problem(sheets[wr.PARTNERS.name] or wr.PARTNERS, plan.partner_rows.get(partner.code), found.field, found.message)
        done += 1
    created = [plan.projects[code] for code in to_save if code not in plan.before]
    for code, error in insert_new_projects(created, who, source=target.name, tick=lambda n: _tick(progress, cancelled, done + n, total)):
        _refused_by_store(plan, sheets, code, error)
    done += len(created)
    for code in to_save:
        if code not in plan.before:
            continue
        _tick(progress, cancelled, done, total)
        try:
            save_project(plan.projects[code], who)
        except ValidationError as exc:  # what only the store sees (a code another project uses, ...)
            _refused_by_store(plan, sheets, code, exc)
        done += 1
    if plan.problems:
        raise ImportRefused(target.name, _capped(plan.problems))
    _count(plan, report)
    # The projects written, so a screen reads only those again (a partner's change shows in no
    # project's row but its own funding lines', which are among them).
    report.changed_project_codes = [] if dry_run else list(to_save)
    return report


def _refuse_demo_among_real(target: Path, plan: Plan, sheets: dict[str, SheetRows | None]) -> None:
    """A workbook of demo data brings into a database with real projects nothing at all: the
    projects it names that are not demo projects stored here (new ones, or real ones it would
    write demo figures over) are named and the import refused before anything is written."""
    named: dict[str, str] = {}  # casefolded -> the code, once whatever the case each sheet writes it in
    for name, sheet in sheets.items():
        if sheet is None or name == wr.PARTNERS.name:
            continue
        key = "code" if name == wr.PROJECTS.name else "project_code"
        for row in sheet.rows:
            given = str(row.values.get(key, "")).strip()
            if given:
                stored = plan.stored_codes.get(given.casefold())
                if stored is None or not plan.stored[stored].is_demo:
                    named.setdefault(given.casefold(), stored or given)
    if named and holds_real_projects():
        raise demo_import_refused(target.name, named.values())


def _tick(progress: Progress | None, cancelled: CancelCheck | None, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()  # leaving the transaction rolls everything back
    if progress is not None and done % 100 == 0:
        style = number_style()
        progress(done, total, translate("ImportWorkbook", "Importing project {done} of {total}…").format(
            done=format_number(Decimal(done), style, 0), total=format_number(Decimal(total), style, 0)))


def _refused_by_store(plan: Plan, sheets: dict[str, SheetRows | None], code: str, error: ValidationError) -> None:
    """Place each problem the store found on its row: a child record's on the row that holds it,
    the project's own on its Projects row."""
    project = plan.projects.get(code)
    rows = {uuid: (sheet, row) for sheet, owner, uuid, row in plan.child_rows if owner == code}
    for found in error.problems:
        place = _child_place(project, rows, found)
        if place is not None:
            sheet_name, row = place
            plan.problem(sheets[sheet_name] or wr.SHEETS_BY_NAME[sheet_name.casefold()], row, found.field, found.message)
            continue
        sheet = sheets[wr.PROJECTS.name] or wr.PROJECTS
        known = wr.PROJECTS.column(found.field) is not None
        plan.problem(sheet, plan.project_rows.get(code), found.field, found.message if known or found.kind else str(found))


def _child_place(project: d.Project | None, rows: dict[str, tuple[str, object]], found: FieldProblem) -> tuple[str, object] | None:
    """The (sheet, row) of the child record a problem names by kind and index, if a row holds it."""
    lists = {kind.name: kind.list_attribute for kind in CHILD_KINDS}
    if project is None or found.kind not in lists or found.index is None:
        return None
    children = getattr(project, lists[found.kind] or "")
    if not 0 <= found.index < len(children):
        return None
    return rows.get(children[found.index].uuid)


# ---------------------------------------------------------------- checks and counts


def _snapshots(project: d.Project) -> dict[str, dict[str, str | None]]:
    """uuid -> audit snapshot of every record of the project, the project itself included."""
    records = (project, *(r for kind in CHILD_KINDS for r in getattr(project, kind.list_attribute or "")))
    return {r.uuid: mp.snapshot(r) for r in records}


def _replanned(project: d.Project) -> d.Project:
    result = copy_project(project)
    try:
        rules = plan_for(result)
    except (RuleSetError, ValueError, ArithmeticError):
        rules = None  # save_project refuses it, naming the field
    if rules is not None:
        result.evaluations, _ = replan(result.evaluations, rules)
    return result


def _changed(plan: Plan, code: str, project: d.Project) -> bool:
    """Whether saving would change anything stored, the re-planning of evaluations included (so
    a due date the rules set is not an edit). Keeps both sides' snapshots for the counts."""
    before = plan.before.get(code)
    if before is None:
        return True
    project.attach_fundings()
    plan.snapshots[code] = (_snapshots(before), _snapshots(_replanned(project)))
    return plan.snapshots[code][0] != plan.snapshots[code][1]


def _count(plan: Plan, report: ImportReport) -> None:
    def tally(outcome: str) -> None:
        setattr(report, outcome, getattr(report, outcome) + 1)

    for _partner, outcome in plan.partners:
        tally(outcome)
    for code in plan.project_rows:
        before, after = plan.before.get(code), plan.projects[code]
        tally("created" if before is None else "unchanged" if mp.snapshot(before) == mp.snapshot(after) else "updated")
    for _sheet, code, uuid, _row in plan.child_rows:
        if code not in plan.before:
            tally("created")  # every record of a new project is new
            continue
        old_records, new_records = plan.snapshots[code]
        old = old_records.get(uuid)
        tally("created" if old is None else "unchanged" if old == new_records.get(uuid) else "updated")


def _capped(problems: list[Problem]) -> list[Problem]:
    # One problem per cell: a missing title is not also "a project needs a title".
    unique: dict[tuple[str, int | None, str], Problem] = {}
    for problem in problems:
        key = (problem.sheet, problem.row, problem.column) if problem.column else (problem.sheet, problem.row, problem.message)
        unique.setdefault(key, problem)
    problems = list(unique.values())
    if len(problems) <= MAX_PROBLEMS:
        return problems
    more = len(problems) - MAX_PROBLEMS
    return [*problems[:MAX_PROBLEMS], Problem(translate("ImportWorkbook", "... and {count} more problem(s); fix these first", "", more).format(
        count=format_number(Decimal(more), number_style(), 0)))]
