"""Merge the rows of the Funding, Expenditure, Result indicators, Evaluations, Budget lines,
Progress reports, Indicator values, Locations and Appraisal records sheets into the projects of a Plan, matching each row with
a stored record by its natural key."""

from __future__ import annotations

from decimal import Decimal

from tracker.domain import project as d
from tracker.domain.classifications import Criterion, EvaluationStatus
from tracker.domain.documents import Location
from tracker.domain.errors import FieldProblem
from tracker.domain.i18n import translate
from tracker.domain.money import USD
from tracker.domain.rules.replan import replan
from tracker.domain.rules.ruleset import RuleSetError
from tracker.exchange import workbook_rows as wr
from tracker.exchange.workbook_plan import Plan, project_for, rate_in_force, set_fields, usd_value_problems
from tracker.exchange.workbook_read import Row, SheetRows
from tracker.store.projects import plan_for

# ---------------------------------------------------------------- child records


def plan_children(plan: Plan, sheets: dict[str, SheetRows | None], partner_codes: set[str]) -> None:
    """Merge each row into its project (projects are merged already, with the file's dates)."""
    for sheet_spec, merge in (
        (wr.FUNDING, _merge_funding),
        (wr.EXPENDITURE, _merge_expenditure),
        (wr.INDICATORS, _merge_indicator),
        (wr.EVALUATIONS, _merge_evaluation),
        (wr.BUDGET_LINES, _merge_budget_line),
        (wr.PROGRESS_REPORTS, _merge_progress_report),
        (wr.INDICATOR_VALUES, _merge_indicator_value),  # after the indicators: a value may measure one the file adds
        (wr.LOCATIONS, _merge_location),
        (wr.APPRAISALS, _merge_appraisal),
    ):
        sheet = sheets.get(sheet_spec.name)
        if sheet is None:
            continue
        keys: dict[tuple[object, ...], int] = {}
        for row in sheet.rows:
            project = project_for(plan, sheet, row)
            if project is None:
                continue
            if sheet_spec is wr.EVALUATIONS and project.code not in plan.replanned:
                # The rules plan the evaluations for the file's dates and budget first, so that a
                # row records results on the evaluation they require rather than adding a twin.
                _apply_plan(project)
                plan.replanned.add(project.code)
            merge(plan, sheet, row, project, keys, partner_codes)


def _apply_plan(project: d.Project) -> None:
    if project.problems():
        return  # reported on the project's row; a budget without a usable rate has no US$ value to plan by
    try:
        rules = plan_for(project)
    except (RuleSetError, ValueError, ArithmeticError):
        rules = None  # reported with the project's own problems
    if rules is not None:
        project.evaluations, _ = replan(project.evaluations, rules)


def _key_seen(plan: Plan, sheet: SheetRows, row: Row, keys: dict[tuple[object, ...], int], key: tuple[object, ...], what: str) -> bool:
    if key in keys:
        plan.problem(sheet, row, "project_code", translate("ImportWorkbook", "the same {what} is already on row {row}").format(what=what, row=keys[key]))
        return True
    keys[key] = row.number
    return False


def _match(plan: Plan, sheet: SheetRows, row: Row, records: list, key_of, key) -> object | None:  # type: ignore[no-untyped-def]
    """The stored record with this natural key, None, or False when several share it (reported).
    The records of a project are indexed once per sheet: a scan per row would be quadratic."""
    index_key = (sheet.spec.name, id(records))
    index = plan.indexes.get(index_key)
    if index is None:
        index = plan.indexes[index_key] = {}
        for record in records:
            index.setdefault(key_of(record), []).append(record)
    found = index.get(key, [])
    if len(found) > 1:
        plan.problem(sheet, row, "project_code", translate("ImportWorkbook", "the project already has {count} records that match this row; "
                                                           "edit them in tracker").format(count=len(found)))
        return False
    return found[0] if found else None


def _rate_default(plan: Plan, sheet: SheetRows, row: Row, record: d.Funding | d.Expenditure, old_currency: str | None) -> None:
    """A blank rate cell: 1 for US$; the rate in force on the row's date for a new line or one
    whose currency the file changes (workbook_plan.rate_in_force); a stored line in the same
    currency keeps the rate it was saved with. A typed rate is kept as typed."""
    if "usd_rate" in row.values:
        return
    if record.currency == USD:
        record.usd_rate = Decimal(1)
    elif record.currency != old_currency:
        rate_in_force(plan, sheet, row, record)


def _finish(plan: Plan, sheet: SheetRows, row: Row, project: d.Project, record: object, problems: list[FieldProblem]) -> None:
    for found in problems:
        plan.problem(sheet, row, found.field, found.message)
    plan.child_rows.append((sheet.spec.name, project.code, record.uuid, row))  # type: ignore[attr-defined]


def _merge_funding(plan, sheet, row, project, keys, partner_codes) -> None:  # type: ignore[no-untyped-def]
    v = row.values
    if "modality" not in v or "approved_on" not in v:
        return
    partner = v.get("partner")
    if partner is not None and partner not in partner_codes:
        plan.problem(sheet, row, "partner", translate("ImportWorkbook", "no partner {code} on the {partners} sheet or in tracker").format(
            code=partner, partners=wr.PARTNERS.title))
        return
    key = (project.code, partner, v["approved_on"], v["modality"])
    if _key_seen(plan, sheet, row, keys, key, translate("ImportWorkbook", "funding line (project, partner, approved on, modality)")):
        return
    record = _match(plan, sheet, row, project.fundings, lambda f: (f.partner_code, f.approved_on, f.modality), key[1:])
    if record is False:
        return
    new = record is None
    old_currency = None if new else record.currency
    if new:
        record = d.Funding(v["modality"], v.get("amount", Decimal(0)), USD, v["approved_on"], partner, project.code)  # type: ignore[arg-type]
        project.fundings.append(record)
    set_fields(record, v, ("amount", "currency", "locally_mobilized", "usd_rate", "agreement_reference"))
    _rate_default(plan, sheet, row, record, old_currency)
    _finish(plan, sheet, row, project, record, record.problems() + usd_value_problems(record.amount, record.usd_rate, "amount")
            if "amount" in v or not new else [])


def _merge_expenditure(plan, sheet, row, project, keys, partner_codes) -> None:  # type: ignore[no-untyped-def]
    v = row.values
    if "year" not in v or "expenditure_type" not in v:
        return
    if "output" in sheet.letters:
        key = (project.code, v["year"], v.get("month"), v["expenditure_type"], _output(v))
        key_of = lambda e: (e.year, e.month, e.expenditure_type, _output({"output": e.output}))  # noqa: E731
    else:  # an older template: its rows know no outputs, and match whatever output a line has
        key = (project.code, v["year"], v.get("month"), v["expenditure_type"])
        key_of = lambda e: (e.year, e.month, e.expenditure_type)  # noqa: E731
    if _key_seen(plan, sheet, row, keys, key, translate("ImportWorkbook", "expenditure line (project, year, month, type, output)")):
        return
    record = _match(plan, sheet, row, project.expenditures, key_of, key[1:])
    if record is False:
        return
    new = record is None
    old_currency = None if new else record.currency
    if new:
        record = d.Expenditure(v["year"], v["expenditure_type"], v.get("amount", Decimal(0)), month=v.get("month"))  # type: ignore[arg-type]
        project.expenditures.append(record)
    set_fields(record, v, ("amount", "currency", "usd_rate", "output"))
    _rate_default(plan, sheet, row, record, old_currency)
    _finish(plan, sheet, row, project, record, record.problems() + usd_value_problems(record.amount, record.usd_rate, "amount"))


def _merge_indicator(plan, sheet, row, project, keys, partner_codes) -> None:  # type: ignore[no-untyped-def]
    v = row.values
    if "name" not in v:
        return
    name = str(v["name"])
    if _key_seen(plan, sheet, row, keys, (project.code, name.casefold()), translate("ImportWorkbook", "indicator (project, name)")):
        return
    record = _match(plan, sheet, row, project.indicators, lambda i: i.name.strip().casefold(), name.casefold())
    if record is False:
        return
    if record is None:
        record = d.ResultIndicator(name)
        project.indicators.append(record)
    set_fields(record, v, ("unit", "baseline", "target", "achieved", "women_share"))
    _finish(plan, sheet, row, project, record, record.problems())


def _merge_evaluation(plan, sheet, row, project, keys, partner_codes) -> None:  # type: ignore[no-untyped-def]
    v = row.values
    if "kind" not in v:
        return
    sequence = v.get("sequence", 1)
    if _key_seen(plan, sheet, row, keys, (project.code, v["kind"], sequence), translate("ImportWorkbook", "evaluation (project, kind, sequence)")):
        return
    live = [e for e in project.evaluations if e.key == (v["kind"], sequence)]
    # The live record wins over an old "no longer required" twin, as in the re-planning.
    live.sort(key=lambda e: e.status is EvaluationStatus.NOT_REQUIRED)
    record = live[0] if live else None
    if record is None:
        if "due" not in v:
            plan.problem(sheet, row, "due", translate("ImportWorkbook", "the rules do not plan a {kind} for {code}; give its due date").format(
                kind=v["kind"].label.lower(), code=project.code))  # type: ignore[attr-defined]
            return
        record = d.Evaluation(v["kind"], v["due"], sequence=sequence)  # type: ignore[arg-type]
        project.evaluations.append(record)
    set_fields(record, v, ("due", "status", "independence", "completed_on", "evaluator", "findings", "waiver_reason"))
    for criterion in Criterion:
        value = v.get(f"rating_{criterion.value}")
        if value is not None:
            record.ratings[criterion] = value  # type: ignore[assignment]
    _finish(plan, sheet, row, project, record, record.problems())



def _output(v: dict[str, object]) -> str:
    """An output as rows are matched by it: case and surrounding spaces aside."""
    return str(v.get("output", "")).strip().casefold()


def _merge_budget_line(plan, sheet, row, project, keys, partner_codes) -> None:  # type: ignore[no-untyped-def]
    v = row.values
    if "heading" not in v:
        return
    key = (project.code, v["heading"], _output(v))
    if _key_seen(plan, sheet, row, keys, key, translate("ImportWorkbook", "budget line (project, heading, output)")):
        return
    record = _match(plan, sheet, row, project.budget_lines, lambda b: (b.heading, _output({"output": b.output})), key[1:])
    if record is False:
        return
    if record is None:
        record = d.BudgetLine(v["heading"], v.get("amount", Decimal(0)))  # type: ignore[arg-type]
        project.budget_lines.append(record)
    set_fields(record, v, ("amount", "output", "variance_note"))
    _finish(plan, sheet, row, project, record, record.problems())


def _merge_progress_report(plan, sheet, row, project, keys, partner_codes) -> None:  # type: ignore[no-untyped-def]
    v = row.values
    if "period_start" not in v or "period_end" not in v:
        return
    key = (project.code, v["period_start"], v["period_end"])
    if _key_seen(plan, sheet, row, keys, key, translate("ImportWorkbook", "progress report (project, period start, period end)")):
        return
    record = _match(plan, sheet, row, project.progress_reports, lambda r: (r.period_start, r.period_end), key[1:])
    if record is False:
        return
    if record is None:
        record = d.ProgressReport(v["period_start"], v["period_end"], "")  # type: ignore[arg-type]
        project.progress_reports.append(record)
    set_fields(record, v, ("summary", "challenges", "lessons", "next_steps", "prepared_by"))
    _finish(plan, sheet, row, project, record, record.problems())


def _merge_indicator_value(plan, sheet, row, project, keys, partner_codes) -> None:  # type: ignore[no-untyped-def]
    v = row.values
    if "indicator_uuid" not in v or "measured_on" not in v:
        return
    name = str(v["indicator_uuid"]).strip()  # the sheet names the indicator; the record keeps its UUID
    indicators = [i for i in project.indicators if i.name.strip().casefold() == name.casefold()]
    if len(indicators) != 1:
        message = (translate("ImportWorkbook", "project {code} has no indicator named '{name}' (on the {sheet} sheet or in tracker)")
                   if not indicators else translate("ImportWorkbook", "project {code} has several indicators named '{name}'; rename them in tracker"))
        plan.problem(sheet, row, "indicator_uuid", message.format(code=project.code, name=name, sheet=wr.INDICATORS.title))
        return
    indicator = indicators[0]
    key = (project.code, indicator.uuid, v["measured_on"])
    if _key_seen(plan, sheet, row, keys, key, translate("ImportWorkbook", "indicator value (project, indicator, measured on)")):
        return
    record = _match(plan, sheet, row, project.indicator_values, lambda i: (i.indicator_uuid, i.measured_on), key[1:])
    if record is False:
        return
    if record is None:
        record = d.IndicatorValue(indicator.uuid, v["measured_on"], v.get("value", Decimal(0)))  # type: ignore[arg-type]
        project.indicator_values.append(record)
    set_fields(record, v, ("value", "note"))
    _finish(plan, sheet, row, project, record, record.problems())


def _merge_location(plan, sheet, row, project, keys, partner_codes) -> None:  # type: ignore[no-untyped-def]
    v = row.values
    if "name" not in v:
        return
    name = str(v["name"]).strip()
    key = (project.code, name.casefold())
    if _key_seen(plan, sheet, row, keys, key, translate("ImportWorkbook", "location (project, name)")):
        return
    record = _match(plan, sheet, row, project.locations, lambda p: p.name.strip().casefold(), key[1])
    if record is False:
        return
    if record is None:
        record = Location(name)
        project.locations.append(record)
    set_fields(record, v, ("country", "description", "latitude", "longitude"))
    problems = record.problems()
    if record.country and record.country not in project.countries:
        # A place lies within one of the project's countries (the Projects sheet's, or tracker's).
        problems.append(FieldProblem("country", translate("ImportWorkbook", "{country} is not among the countries of project {code}").format(
            country=record.country, code=project.code)))
    _finish(plan, sheet, row, project, record, problems)


def _merge_appraisal(plan, sheet, row, project, keys, partner_codes) -> None:  # type: ignore[no-untyped-def]
    v = row.values
    if "requirement" not in v or "recorded_on" not in v:
        return
    requirement = str(v["requirement"]).strip()
    key = (project.code, requirement, v["recorded_on"])
    if _key_seen(plan, sheet, row, keys, key, translate("ImportWorkbook", "appraisal record (project, requirement, recorded on)")):
        return
    record = _match(plan, sheet, row, project.appraisals, lambda a: (a.requirement.strip(), a.recorded_on), key[1:])
    if record is False:
        return
    if record is None:
        record = d.AppraisalRecord(requirement, v["recorded_on"])  # type: ignore[arg-type]
        project.appraisals.append(record)
    set_fields(record, v, ("result", "recorded_by", "note"))
    _finish(plan, sheet, row, project, record, record.problems())
