"""Create many new projects at once (an import): each validated and planned by the domain's rules,
started in its stage with the cycle's rules, written with the rows and audit entries save_project
would write, all in one transaction.

Why not save_project for each: it reads the project back and writes each table separately,
about 6 ms a project here (13 s for 2,000 projects and 20,000 expenditure lines); the issue's
measurement for 900,000 rows was 8 s with executemany on peewee-built statements, 29 s with
insert_many and about 20 minutes with a commit per row. Updates of existing projects still go
through save_project (optimistic locking, diffs against what is stored)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

import peewee

from tracker.domain import cycle, records
from tracker.domain import project as d
from tracker.domain.classifications import Stage
from tracker.domain.dates import date_range_problem
from tracker.domain.errors import FieldProblem, ValidationError
from tracker.domain.i18n import translate
from tracker.domain.money import MAX_AMOUNT, MAX_RATE, amount_size_problem
from tracker.domain.numbers import format_number, number_style, stored_texts
from tracker.domain.rules.replan import PlanChange, replan
from tracker.domain.rules.ruleset import RuleSetError, load_rule_set, rule_set_in_force
from tracker.store import list_totals, plan_fingerprints
from tracker.store import mapping as mp
from tracker.store import models as m
from tracker.store.audit import AuditLog
from tracker.store.database import current_user
from tracker.store.projects import partner_categories, plan_for, project_subject, resolve_rule_set
from tracker.store.writes import bulk_write_transaction

STARTED_BY_IMPORT = "import"  # the action of the stage-history entry a project starts with


def bulk_insert(model: type[m.BaseModel], rows: list[dict[str, Any]]) -> None:
    """INSERT every row with one executemany; the statement and the value conversions come from
    the peewee model (its column names and each field's db_value), so the stored values are
    exactly those Model.insert would store. Every row must have the same keys."""
    if not rows:
        return
    given = rows[0].keys()
    # A field the rows leave out but whose model has a default gets it, as Model.insert would
    # (so a column added to the model later cannot be left NULL by this path).
    fields = [f for f in model._meta.sorted_fields  # type: ignore[attr-defined]
              if f.name in given or (f.default is not None and not isinstance(f, peewee.AutoField))]
    defaults = {f.name: f.default for f in fields if f.name not in given}
    database = model._meta.database  # type: ignore[attr-defined]
    quote = database.quote  # the opening and closing quote characters of identifiers, '""' for SQLite
    columns = ", ".join(f"{quote[0]}{f.column_name}{quote[1]}" for f in fields)
    marks = ", ".join(database.param for _ in fields)
    sql = f"INSERT INTO {quote[0]}{model._meta.table_name}{quote[1]} ({columns}) VALUES ({marks})"  # type: ignore[attr-defined]

    def values(row: dict[str, Any]) -> list[Any]:
        out = []
        for f in fields:
            if f.name in defaults:
                default = defaults[f.name]
                value = default() if callable(default) else default
            else:
                value = row[f.name]
            out.append(f.db_value(value))
        return out

    database.cursor().executemany(sql, (values(row) for row in rows))


# ---------------------------------------------------------------- the checks


def limit_problems(project: d.Project) -> list[FieldProblem]:
    """Amounts the store cannot keep in integer cents on both engines (or whose US$ value it
    cannot), other numbers past the same limit and dates outside the years the rules plan with,
    each placed by record kind and index. Checked before anything is planned or converted, so a
    typing slip (1e18, 9999-12-31) is refused instead of overflowing. Which fields are money,
    dates or numbers is read from the record kinds (tracker.domain.records)."""
    found = _record_limits(records.PROJECT, project, project.usd_rate, "", None)
    for kind in records.CHILD_KINDS:
        for index, record in enumerate(getattr(project, kind.list_attribute or "")):
            rate = getattr(record, "usd_rate", None) or getattr(record, "new_usd_rate", None) or project.usd_rate
            found += _record_limits(kind, record, rate, kind.name, index)
    return found


# The fields each check looks at: dates, and numbers other than rates (the domain's check_rate
# bounds those). Picked once from the record kinds: a check of every field of every record took
# 0.11 s for 2,000 projects of 11 records each, 0.02 s so.
_CHECKED = {
    kind.name: tuple(spec for spec in kind.record_fields
                     if spec.base_type is dt.date or (spec.base_type is Decimal and "usd_rate" not in spec.name))
    for kind in (records.PROJECT, *records.CHILD_KINDS)
}


def _record_limits(kind: records.RecordKind, record: object, rate: Decimal | None, name: str, index: int | None) -> list[FieldProblem]:
    found = []
    for spec in _CHECKED[kind.name]:
        value = getattr(record, spec.name)
        if value is None:
            continue
        if isinstance(value, dt.date):
            why = date_range_problem(value, spec.label)
        elif isinstance(value, Decimal) and value.is_finite():
            why = amount_size_problem(value, spec.label)
            if why is None and spec.money and rate is not None and rate.is_finite() and 0 < rate < MAX_RATE \
                    and abs(value * rate) >= MAX_AMOUNT:
                why = translate("StoreProject", "{field} {value} is worth more US$ than tracker keeps (below {limit})").format(
                    field=spec.label, value=format_number(value, number_style(), None),
                    limit=format_number(MAX_AMOUNT, number_style(), 0))
        else:
            continue  # not a number at all: the domain's validation says so
        if why is not None:
            found.append(FieldProblem(spec.wire, why, name, index))
    return found


def starting_stage_problems(project: d.Project) -> list[FieldProblem]:
    """The cycle's rule for a project that enters tracker in a stage other than Design: any stage
    but Suspended, which needs the stage it was suspended from and resumes to (suspend it with the
    project-cycle action once it is in)."""
    if project.stage is Stage.SUSPENDED or project.suspended_from is not None:
        return [FieldProblem("stage", translate("StoreProject", "a new project cannot start suspended; create it in the stage it was "
                                                              "suspended from and suspend it with the project-cycle action"))]
    return []


def _stored_codes(codes: Iterable[str]) -> set[str]:
    """Which of these codes stored projects already have (ignoring case, as an import matches)."""
    wanted = {c.strip().casefold() for c in codes}
    return {code.casefold() for (code,) in m.Project.select(m.Project.code).tuples() if code.casefold() in wanted}


def _problems(project: d.Project, taken: set[str], partners: dict[str, int], in_force: str) -> list[FieldProblem]:
    """Everything that refuses one new project, before anything of it is planned or written.
    A project not yet approved whose rule set nobody assigned gets `in_force` (as save_project)."""
    resolve_rule_set(project, in_force=in_force)
    try:
        load_rule_set(project.rule_set)
    except RuleSetError as exc:
        return [FieldProblem("rule_set", str(exc))]
    found = limit_problems(project)
    if found:
        return found  # the validation below would do arithmetic on these values
    try:
        project.validate()
    except ValidationError as exc:
        found += exc.problems
    found += starting_stage_problems(project)
    if project.code.strip().casefold() in taken:
        found.append(FieldProblem("code", d.code_in_use(project.code, project.code)))
    for i, funding in enumerate(project.fundings):
        if funding.partner_code and funding.partner_code not in partners:
            found.append(FieldProblem("partner", translate("StoreProject", "no partner with code '{code}'").format(code=funding.partner_code),
                                      "funding", i))
    return found


# ---------------------------------------------------------------- the writing


def insert_new_projects(
    projects: list[d.Project],
    who: str | None = None,
    *,
    source: str = "",
    tick: Callable[[int], None] | None = None,
) -> list[tuple[str, ValidationError]]:
    """Create projects that are not stored yet, with everything save_project would write, in one
    transaction (inside the caller's, if any). Each is validated and planned by the domain's rules;
    one in a stage other than Design starts there with an entry in its stage history ("import",
    from `source`) and the audit trail records it. Returns every refused project (code, error); if
    any is refused nothing is written, and the caller decides whether its whole work stops.
    `tick(n)` is called after each project is prepared; it may raise to cancel (nothing written)."""
    who = who or current_user()
    with bulk_write_transaction():
        taken = _stored_codes(p.code for p in projects)
        partners = dict(m.Partner.select(m.Partner.code, m.Partner.id).tuples())
        in_force = rule_set_in_force(dt.date.today())  # the policy new projects not yet approved follow
        refused: list[tuple[str, ValidationError]] = []
        ready: list[tuple[d.Project, list[PlanChange]]] = []
        for project in projects:
            problems = _problems(project, taken, partners, in_force)
            taken.add(project.code.strip().casefold())  # a second project with the code is refused
            if problems:
                refused.append((project.code, ValidationError(problems, subject=project_subject(project.code), kind="project")))
                continue
            changes: list[PlanChange] = []
            with stored_texts():  # reasons stored in one language and number style (as save_project)
                rules = plan_for(project)
                if rules is not None:
                    project.evaluations, changes = replan(project.evaluations, rules)
            if project.stage is not Stage.DESIGN:
                # Entering past Design, it must pass the guards of the actions that lead there,
                # on what the file gives of it (its plan as the rules make it).
                failures = cycle.entry_failures(project, reason=_starting_reason(source, project.stage),
                                                rule_set=load_rule_set(project.rule_set),
                                                partner_categories=partner_categories(project))
                if failures:
                    problem = FieldProblem("stage", translate("StoreProject", "the project cannot start in {stage}: {reasons}").format(
                        stage=project.stage.label, reasons="; ".join(failures)))
                    refused.append((project.code, ValidationError(problem, subject=project_subject(project.code), kind="project")))
                    continue
            ready.append((project, changes))
        if refused:
            return refused
        if any(p.stage is not Stage.DESIGN for p, _ in ready):
            records.check_stage_change(_starting_reason(source, Stage.APPRAISAL), who)  # as change_stage checks its entries
        _write(ready, who, partners, source, tick)
    return []


def _write(ready: list[tuple[d.Project, list[PlanChange]]], who: str, partners: dict[str, int], source: str,
           tick: Callable[[int], None] | None) -> None:
    now = m.utc_now()
    bulk_insert(m.Project, [{**mp.project_columns(p), "version": 1, "created_at": now, "updated_at": now} for p, _ in ready])
    ids = _ids_by_uuid(p.uuid for p, _ in ready)
    tables: list[type[m.BaseModel]] = [m.ProjectCountry, m.ProjectTheme, *(mp.MODELS[k.name] for k in records.CHILD_KINDS), m.StageChange]
    rows: dict[type[m.BaseModel], list[dict[str, Any]]] = {model: [] for model in tables}
    audit = AuditLog(who)
    today = dt.date.today()
    for done, (project, changes) in enumerate(ready, start=1):
        pid = ids[project.uuid]
        rows[m.ProjectCountry] += [{"project": pid, "country": c, "position": i, "share": project.country_shares.get(c)}
                                   for i, c in enumerate(project.countries)]
        rows[m.ProjectTheme] += [{"project": pid, "theme": t} for t in dict.fromkeys(project.themes)]
        audit.project_code = project.code
        audit.diff("project", project.uuid, None, mp.snapshot(project))
        for kind in records.CHILD_KINDS:
            for record in getattr(project, kind.list_attribute or ""):
                rows[mp.MODELS[kind.name]].append(mp.child_columns(kind, record, pid, partners))
                audit.diff(kind.name, record.uuid, None, mp.snapshot(record))
        for change in changes:
            audit.add("evaluation", project.uuid, "replan", change.evaluation, None, f"{change.action}: {change.detail}")
        if project.stage is not Stage.DESIGN:
            entry = _starting_stage(project, pid, who, today, source)
            rows[m.StageChange].append(entry)
            audit.diff("stage_change", entry["uuid"], None, {
                "from_stage": None, "to_stage": project.stage.value, "action": entry["action"], "reason": entry["reason"],
                "changed_on": today.isoformat(), "who": who})
        if tick is not None:
            tick(done)
    for model, model_rows in rows.items():
        bulk_insert(model, model_rows)
    bulk_insert(m.AuditEntry, audit.rows)
    list_totals.refresh(ids.values())
    plan_fingerprints.write(ids.values(), {p.rule_set for p, _ in ready})  # what their plans were computed from


def _starting_stage(project: d.Project, pid: int, who: str, today: dt.date, source: str) -> dict[str, Any]:
    """The first entry of the stage history of a project that enters tracker past Design."""
    return {
        "uuid": d.new_uuid(), "project": pid, "from_stage": None, "to_stage": project.stage, "action": STARTED_BY_IMPORT,
        "reason": _starting_reason(source, project.stage), "changed_on": today, "who": who,
    }


def _starting_reason(source: str, stage: Stage) -> str:
    return f"imported{f' from {source}' if source else ''} in {stage.label}"


def _ids_by_uuid(uuids: Iterable[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in peewee.chunked(list(uuids), 500):
        found.update(m.Project.select(m.Project.uuid, m.Project.id).where(m.Project.uuid.in_(chunk)).tuples())
    return found
