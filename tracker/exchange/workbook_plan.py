"""Merge what an import workbook asks for with what is stored: partners and projects.

Builds the Plan the importer writes: every record as it will be saved, each row's record, and
every problem found, located at its sheet, row and column. Nothing here writes, and what is
stored is read through the store's operations (tracker.store.bulk_reads)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from decimal import Decimal

from tracker.domain import project as d
from tracker.domain.classifications import Stage
from tracker.domain.errors import FieldProblem
from tracker.domain.i18n import translate
from tracker.domain.money import MAX_AMOUNT, MAX_RATE, USD
from tracker.domain.numbers import format_number, number_style
from tracker.domain.rates import RateTable, missing_rate, rate_date
from tracker.exchange import workbook_rows as wr
from tracker.exchange.results import Problem
from tracker.exchange.workbook_read import Row, SheetRows
from tracker.store import mapping as mp
from tracker.store.bulk_reads import partners_by_code, project_codes
from tracker.store.projects import copy_project as _copy_project


@dataclass
class Plan:
    """What the file asks for, merged with what is stored: the records to save and each row's
    outcome (created, updated or unchanged)."""

    partners: list[tuple[d.Partner, str]] = field(default_factory=list)
    projects: dict[str, d.Project] = field(default_factory=dict)  # code -> merged project
    before: dict[str, d.Project] = field(default_factory=dict)  # code -> stored project
    project_rows: dict[str, Row] = field(default_factory=dict)
    partner_rows: dict[str, Row] = field(default_factory=dict)
    stored_codes: dict[str, str] = field(default_factory=dict)  # casefolded -> stored code
    new_codes: dict[str, str] = field(default_factory=dict)  # casefolded -> code of a new project in the file
    stored: dict[str, d.Project] = field(default_factory=dict)  # stored projects the file names, read at once
    replanned: set[str] = field(default_factory=set)  # projects whose evaluations the rules have planned
    indexes: dict[tuple[str, int], dict[object, list[object]]] = field(default_factory=dict)
    snapshots: dict[str, tuple[dict[str, dict[str, str | None]], dict[str, dict[str, str | None]]]] = field(default_factory=dict)

    def canonical(self, code: str) -> str | None:
        """The code a project is known by, whatever the case the file uses; None if unknown."""
        folded = code.casefold()
        return self.stored_codes.get(folded) or self.new_codes.get(folded)
    child_rows: list[tuple[str, str, str, Row]] = field(default_factory=list)  # sheet, code, uuid, row
    problems: list[Problem] = field(default_factory=list)
    rates: RateTable = field(default_factory=RateTable)  # the table of exchange rates, as stored
    usd_rates: dict[str, Decimal] = field(default_factory=dict)  # --rate CUR=R: before the table's, for a blank rate cell

    def problem(self, sheet: SheetRows | wr.SheetSpec, row: Row | int | None, field_name: str, message: str) -> None:
        spec = sheet.spec if isinstance(sheet, SheetRows) else sheet
        where = sheet.where(field_name) if isinstance(sheet, SheetRows) else field_name
        number = row.number if isinstance(row, Row) else row
        self.problems.append(Problem(message, sheet.shown if isinstance(sheet, SheetRows) else spec.title, number, where))


# ---------------------------------------------------------------- partners


def plan_partners(plan: Plan, sheet: SheetRows | None) -> set[str]:
    """The partner codes funding rows may name: those stored and those on the sheet."""
    stored = partners_by_code()
    names = {p.name.casefold(): p.code for p in stored.values()}
    if sheet is None:
        return set(stored)
    seen: dict[str, int] = {}
    for row in sheet.rows:
        v = row.values
        code = str(v.get("code", ""))
        if not code:
            continue
        if code in seen:
            plan.problem(sheet, row, "code", translate("ImportWorkbook", "partner {code} is already on row {row}").format(code=code, row=seen[code]))
            continue
        seen[code] = row.number
        plan.partner_rows[code] = row
        old = stored.get(code)
        partner = copy.copy(old) if old else d.Partner(code=code, name="", category=v.get("category"))  # type: ignore[arg-type]
        for name in ("name", "category", "non_state_kind", "country"):
            if name in v:
                setattr(partner, name, v[name])
        if partner.category is None:
            continue  # reported as a required value by the reader
        for found in partner.problems():
            plan.problem(sheet, row, found.field, found.message)
        clash = names.get(partner.name.casefold())
        if clash is not None and clash != code:
            plan.problem(sheet, row, "name", translate("ImportWorkbook", "partner {code} already has the name '{name}'").format(code=clash, name=partner.name))
        outcome = "created" if old is None else "unchanged" if mp.snapshot(old) == mp.snapshot(partner) else "updated"
        plan.partners.append((partner, outcome))
    return set(stored) | set(seen)


# ---------------------------------------------------------------- projects


_PROJECT_FIELDS = ("title", "description", "region", "countries", "outcome", "themes", "office", "officer", "planned_start",
                   "planned_end", "actual_end", "budget", "currency", "usd_rate", "midterm_review_agreed", "purpose_code", "capital_spend")


def rate_in_force(plan: Plan, sheet: SheetRows, row: Row, record: d.Project | d.Funding | d.Expenditure) -> None:
    """A record in another currency than US$ whose rate cell is blank: the rate given with --rate,
    else the table's in force on the record's day (tracker.domain.rates.rate_date); none: the
    missing rate's sentence on the rate's cell."""
    day = rate_date(record)
    found = plan.usd_rates.get(record.currency)
    if found is None and day is not None:
        found = plan.rates.rate_on(record.currency, day)
    if found is None:
        plan.problem(sheet, row, "usd_rate", missing_rate(record.currency, day))
    record.usd_rate = found  # type: ignore[assignment]


def plan_projects(plan: Plan, sheet: SheetRows | None) -> None:
    if sheet is None:
        return
    seen: dict[str, int] = {}
    for row in sheet.rows:
        v = row.values
        code = str(v.get("code", ""))
        if not code:
            continue
        if code.casefold() in seen:
            plan.problem(sheet, row, "code", translate("ImportWorkbook", "project {code} is already on row {row}; a code appears once in the file").format(
                code=code, row=seen[code.casefold()]))
            continue
        seen[code.casefold()] = row.number
        stored_code = plan.stored_codes.get(code.casefold())
        if stored_code is None:
            plan.new_codes[code.casefold()] = code
        code = stored_code or code
        plan.project_rows[code] = row
        if stored_code is not None:
            before = plan.stored[stored_code]
            project = copy_project(before)
            plan.before[code] = before
            if "stage" in v and v["stage"] is not before.stage:
                plan.problem(sheet, row, "stage", translate("ImportWorkbook", "project {code} is in {stage}; the file says {given}. An existing "
                                                            "project changes stage only through a project-cycle action (tracker stage CODE "
                                                            "ACTION); clear the cell or set it back").format(
                    code=code, stage=before.stage.label, given=v["stage"].label))  # type: ignore[attr-defined]
        else:
            project = d.Project(code=code, title="")
            stage = v.get("stage", Stage.DESIGN)
            if stage is Stage.SUSPENDED:
                plan.problem(sheet, row, "stage", translate("ImportWorkbook", "a new project cannot start suspended; import it in the stage it was "
                                                            "suspended from and suspend it in tracker"))
            else:
                project.stage = stage  # type: ignore[assignment]
        old_currency = project.currency if stored_code is not None else None
        set_fields(project, v, _PROJECT_FIELDS)
        if "currency" in v and "usd_rate" not in v:
            if project.currency == USD:
                project.usd_rate = Decimal(1)
            elif project.currency != old_currency:
                rate_in_force(plan, sheet, row, project)  # a new project, or another currency: the rate of its planned start
        for found in project.problems() + usd_value_problems(project.budget, project.usd_rate, "budget"):
            plan.problem(sheet, row, found.field, found.message)
        plan.projects[code] = project


def stored_codes() -> dict[str, str]:
    return {code.casefold(): code for code in project_codes()}


def usd_value_problems(amount: Decimal | None, rate: Decimal | None, field_name: str) -> list[FieldProblem]:
    """An amount the store could keep whose US$ value it could not (a budget near the limit at a
    rate above 1): placed on the amount's column."""
    if amount is None or rate is None or not amount.is_finite() or not rate.is_finite() or not 0 < rate < MAX_RATE:
        return []
    if amount.adjusted() >= 15:
        return []  # too large in itself: its own cell says so
    if abs(amount) < MAX_AMOUNT <= abs(amount * rate):
        style = number_style()
        return [FieldProblem(field_name, translate("ImportWorkbook", "{amount} at a US$ rate of {rate} is worth more US$ than tracker keeps "
                                                   "(below {limit})").format(
            amount=format_number(amount, style, None), rate=format_number(rate, style, None, grouped=False),
            limit=format_number(MAX_AMOUNT, style, 0)))]
    return []


def stored_references(plan: Plan, sheets: dict[str, SheetRows | None]) -> set[str]:
    """The stored codes of the projects the file names, on any sheet."""
    wanted: set[str] = set()
    for name, sheet in sheets.items():
        if sheet is None or name == wr.PARTNERS.name:
            continue
        key = "code" if name == wr.PROJECTS.name else "project_code"
        for row in sheet.rows:
            stored = plan.stored_codes.get(str(row.values.get(key, "")).casefold())
            if stored is not None:
                wanted.add(stored)
    return wanted


def copy_project(project: d.Project) -> d.Project:
    """A copy to merge the file into, the stored project left as it was (the store's copy:
    dataclasses.replace of each record; 0.07 s for 2,000 projects of 11 records where
    copy.deepcopy took 0.28 s, twice per stored project the file names)."""
    return _copy_project(project)


def project_for(plan: Plan, sheet: SheetRows, row: Row) -> d.Project | None:
    given = str(row.values.get("project_code", ""))
    if not given:
        return None
    code = plan.canonical(given)
    if code is None:
        plan.problem(sheet, row, "project_code", translate("ImportWorkbook", "no project {code} on the {projects} sheet or in tracker ({sheet} row "
                                                           "for an unknown project)").format(
            code=given, projects=wr.PROJECTS.title, sheet=sheet.shown.lower()))
        return None
    if code in plan.projects:
        return plan.projects[code]
    if code not in plan.stored_codes.values():
        return None  # a new project whose row was refused: its problems are reported already
    before = plan.stored[code]
    plan.before[code] = before
    plan.projects[code] = copy_project(before)
    return plan.projects[code]


def set_fields(record: object, v: dict[str, object], names: tuple[str, ...]) -> None:
    for name in names:
        if name in v:
            old, new = getattr(record, name), v[name]
            if isinstance(old, Decimal) and isinstance(new, Decimal) and old == new:
                continue  # 1234.5 in Excel is the stored 1234.50: no change to record
            setattr(record, name, new)
