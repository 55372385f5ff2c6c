"""Import IATI activity files (2.01-2.03) published by others, or exported by tracker.

Projects are matched by code (tracker's code when tracker wrote the file, else the
iati-identifier); partners by code, then by name. Fields IATI does not carry (office, officer,
themes, evaluations, revisions...) are kept on projects that already exist. The whole file is one
bulk write transaction (tracker.store.writes): a file that turns out to be malformed half-way, or
a cancel, writes nothing, and on a server no one else writes between the reading of a project and
its update; a dry run does all the work and rolls back, so its counts are exact. The file is read
one activity at a time (tracker.exchange.iati_xml), so memory stays flat whatever its size.

The stage is never set: the activity status stands for a stage, and the import replays the way
there as the project-cycle actions a user would take (tracker.store.projects.change_stage), each
through its guards, with the stage history and the audit trail. A new project is created in
Design, as every new project is, and moved on the same way. Where a guard refuses, or no action
leads back (a closed project marked "implementation"), the project stays where it is and the
report says why.

Demo data (tracker.exchange.demo_marks): an activity tracker exported from the demo portfolio
(tracker:demo="true") comes in labelled as demo data, into the demo portfolio or an empty
database. A database with real projects refuses the whole file, naming its demo projects, and
nothing is written (a demo project already here may still be updated, as by a field package)."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import os
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from tracker.domain import cycle
from tracker.domain import project as d
from tracker.domain.classifications import Stage
from tracker.domain.errors import TransitionRefused, ValidationError
from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from tracker.domain.progress import CancelCheck, PointOfNoReturn, Progress
from tracker.exchange import iati_codes as c
from tracker.exchange import iati_publish as publish
from tracker.exchange.demo_marks import demo_import_refused
from tracker.exchange.iati_read import (
    APPROVED_BUDGET,
    AS_EXPENDITURE,
    AS_FUNDING,
    COVERED_BY_COMMITMENTS,
    NOT_RECORDED,
    PAID_AS_REPORTED,
    ActivityData,
    ActivitySkipped,
    PartnerSpec,
    Rates,
    TransactionChoice,
    read_activity,
)
from tracker.exchange.iati_xml import (
    XML_LANG,
    ExchangeCancelled,
    FileHeader,
    iter_activities,
)
from tracker.exchange.results import ImportReport
from tracker.store import mapping as mp
from tracker.store.demo import demo_project_codes, holds_real_projects
from tracker.store.iati_queries import project_id_by_code
from tracker.store.partners import list_partners, mark_demo_partner, save_partner
from tracker.store.projects import change_stage, copy_project, load_project, save_project
from tracker.store.rates import rate_table
from tracker.store.writes import bulk_write_transaction, write_transaction

# What tracker does not record, by IATI transaction type: "{count} ... not imported".
_TRANSACTION_NAMES = {
    "1": QT_TRANSLATE_NOOP("IatiImport", "{count} incoming funds not imported"),
    "2": QT_TRANSLATE_NOOP("IatiImport", "{count} outgoing commitments not imported"),
    "3": QT_TRANSLATE_NOOP("IatiImport", "{count} disbursements not imported"),
    "5": QT_TRANSLATE_NOOP("IatiImport", "{count} interest payments not imported"),
    "6": QT_TRANSLATE_NOOP("IatiImport", "{count} loan repayments not imported"),
    "7": QT_TRANSLATE_NOOP("IatiImport", "{count} reimbursements not imported"),
    "8": QT_TRANSLATE_NOOP("IatiImport", "{count} purchases of equity not imported"),
    "9": QT_TRANSLATE_NOOP("IatiImport", "{count} sales of equity not imported"),
    "10": QT_TRANSLATE_NOOP("IatiImport", "{count} credit guarantees not imported"),
    "12": QT_TRANSLATE_NOOP("IatiImport", "{count} outgoing pledges not imported"),
    "13": QT_TRANSLATE_NOOP("IatiImport", "{count} incoming pledges not imported"),
}

_STATUS_NAMES = {"1": "Pipeline/identification", "2": "Implementation", "3": "Finalisation", "4": "Closed", "5": "Cancelled", "6": "Suspended"}

# The main line of the cycle, each stage reached from the one before by one action.
_ACTIVE = (Stage.APPROVED, Stage.IMPLEMENTATION, Stage.EVALUATION_AND_CLOSING)


# What became of the transaction types tracker reads, by (type, use): the import's summary.
_RECORDED: dict[tuple[str, str], Callable[[int], str]] = {
    ("11", AS_FUNDING): lambda n: translate("IatiImport", "%n incoming commitment(s) recorded as funding", "", n),
    ("1", AS_FUNDING): lambda n: translate("IatiImport", "%n incoming fund(s) recorded as funding (their activities have no commitment)",
                                           "", n),
    ("1", COVERED_BY_COMMITMENTS): lambda n: translate(
        "IatiImport", "%n incoming fund(s) not recorded: their activities' commitments already record that funding", "", n),
    ("4", AS_EXPENDITURE): lambda n: translate("IatiImport", "%n expenditure transaction(s) recorded as expenditure", "", n),
    ("3", AS_EXPENDITURE): lambda n: translate(
        "IatiImport", "%n disbursement(s) recorded as expenditure (subcontracts: money passed on to implementing partners)", "", n),
    ("3", AS_FUNDING): lambda n: translate("IatiImport", "%n disbursement(s) recorded as funding given by the reporting organisation", "", n),
    ("3", COVERED_BY_COMMITMENTS): lambda n: translate(
        "IatiImport", "%n disbursement(s) not recorded: their activities' commitments already record that funding", "", n),
    ("3", NOT_RECORDED): lambda n: translate("IatiImport", "%n disbursement(s) not recorded, as chosen for this file", "", n),
    ("2", AS_EXPENDITURE): lambda n: translate(
        "IatiImport", "%n outgoing commitment(s) recorded as expenditure (subcontracts: money passed on to implementing partners)", "", n),
    ("2", AS_FUNDING): lambda n: translate(
        "IatiImport", "%n outgoing commitment(s) recorded as funding given by the reporting organisation", "", n),
    ("2", PAID_AS_REPORTED): lambda n: translate(
        "IatiImport", "%n outgoing commitment(s) not recorded: their activities report the payments themselves (disbursements or "
                      "expenditure), which are recorded", "", n),
    ("2", NOT_RECORDED): lambda n: translate("IatiImport", "%n outgoing commitment(s) not recorded, as chosen for this file", "", n),
    ("2", APPROVED_BUDGET): lambda n: translate(
        "IatiImport", "%n outgoing commitment(s) of approved budgets (written by tracker) read as the projects' budgets", "", n),
}
# The order the summary lists them in: funding first, then spending, then what was left out.
_RECORDED_ORDER = list(_RECORDED)


@dataclass
class IatiImportReport(ImportReport):
    """An import report that also says what became of each transaction type ("443 disbursements
    recorded as expenditure ..."), one sentence a line."""

    transactions: list[str] = field(default_factory=list)


class _DryRun(Exception):
    """Raised at the end of a dry run to roll the transaction back."""


def import_iati(
    path: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    writing: PointOfNoReturn | None = None,
    usd_rates: Mapping[str, Decimal] | None = None,
    who: str | None = None,
    today: dt.date | None = None,
    choice: TransactionChoice | None = None,
) -> IatiImportReport:
    """Create or update projects and partners from the IATI activity file at `path`.

    Amounts in other currencies are converted at the rate in force on their value date in the
    database's rate table (tracker.store.rates); `usd_rates` ("EUR" -> US$ value of one euro, the
    command line's --rate) overrides it for the whole file. An amount without a rate is skipped
    and listed in the report. `choice`: how disbursements and outgoing commitments are recorded
    (default: from the reporting organisation's role in each activity). UnreadableFile for a file that is not
    IATI 2.0x XML, or that declares a DOCTYPE (IATI 1.0x files are refused with what to do);
    ExchangeCancelled when `cancelled()` turns true before `writing()` is called, just before the
    commit. Either way nothing is written."""
    source = Path(path)
    report = IatiImportReport(source=str(source), kind="iati", dry_run=dry_run, changed_project_codes=[])
    rates = Rates(usd_rates)
    choice = choice or TransactionChoice()
    recorded: Counter[tuple[str, str]] = Counter()
    today = today or dt.date.today()
    seen: set[str] = set()
    ignored: Counter[str] = Counter()
    header: list[FileHeader] = []

    def position(done: int, total: int) -> None:
        if progress is not None:
            read = len(seen)
            progress(done, total, translate("IatiImport", "activities read: %n", "", read))

    activities_skipped = False
    demo_refused: dict[str, str] = {}  # casefolded -> code of a demo activity that is not a demo project here

    try:
        with bulk_write_transaction():
            book = _PartnerBook(who)
            rates.dated = rate_table()  # inside the transaction: the rates this import converts at
            real_here = holds_real_projects()
            demo_here = {code.casefold() for code in demo_project_codes()}
            for element in iter_activities(source, header.append, position):
                if cancelled is not None and cancelled():
                    raise ExchangeCancelled(translate("IatiImport", "import cancelled; nothing was imported"))
                try:
                    data = read_activity(element, rates, _file_lang(element), choice)
                except ActivitySkipped as exc:
                    report.skipped.append(translate("IatiImport", "activity skipped: {why}").format(why=exc))
                    activities_skipped = True
                    continue
                report.skipped.extend(data.notes)
                ignored.update(data.ignored_transactions)
                if data.code in seen:
                    report.skipped.append(translate("IatiImport", "{code}: appears twice in the file; the later copy skipped").format(code=data.code))
                    continue
                seen.add(data.code)
                if data.demo and data.code.casefold() not in demo_here:
                    demo_refused.setdefault(data.code.casefold(), data.code)
                    if real_here:
                        continue  # the file is refused below: no need to store what is rolled back
                if _store(data, book, report, who, source.name, today):
                    recorded.update(data.recorded)
            if cancelled is not None and cancelled():
                raise ExchangeCancelled(translate("IatiImport", "import cancelled; nothing was imported"))
            if demo_refused and (real_here or holds_real_projects()):
                # Rolls back everything: demo data never joins real projects, not even those
                # created by this same file.
                raise demo_import_refused(source.name, demo_refused.values())
            if dry_run:
                raise _DryRun()
            if writing is not None:
                writing()  # the commit follows: from here the caller stops offering Cancel
    except _DryRun:
        pass
    for key in _RECORDED_ORDER:
        if recorded[key]:
            report.transactions.append(_RECORDED[key](recorded[key]))
    for kind, count in sorted(ignored.items()):
        if kind in _TRANSACTION_NAMES:
            what = translate("IatiImport", _TRANSACTION_NAMES[kind]).format(count=count)
        else:
            what = translate("IatiImport", "{count} transactions of type {kind} not imported").format(count=count, kind=kind[:20])
        report.skipped.append(translate("IatiImport", "{what}: tracker records funding (incoming commitments) and expenditure").format(what=what))
    if not seen and not activities_skipped:
        report.skipped.append(translate("IatiImport", "the file holds no activity"))
    return report


def _file_lang(activity: Any) -> str:
    parent = activity.getparent()
    return (parent.get(XML_LANG) or "") if parent is not None else ""


class _PartnerBook:
    """Partners already in the database, by code and by name, and those this import creates."""

    def __init__(self, who: str | None) -> None:
        self.who = who
        self.by_code: dict[str, d.Partner] = {}
        self.by_name: dict[str, d.Partner] = {}
        for partner in list_partners():
            self._remember(partner)

    def _remember(self, partner: d.Partner) -> None:
        self.by_code[partner.code.casefold()] = partner
        self.by_name[partner.name.casefold()] = partner

    def code_for(self, spec: PartnerSpec, created: list[str], demo: bool = False) -> str:
        """The code of the partner `spec` names, creating it (and noting its code in `created`);
        a partner created for a demo activity is demo data too."""
        found = self.by_code.get(spec.code.casefold()) or self.by_name.get(spec.name.casefold())
        if found is not None:
            return found.code
        partner = save_partner(d.Partner(code=spec.code, name=spec.name, category=spec.category, non_state_kind=spec.non_state_kind), self.who)
        if demo:
            mark_demo_partner(partner.code)
        self._remember(partner)
        created.append(partner.code)
        return partner.code

    def forget(self, codes: list[str]) -> None:
        """Partners whose creation was rolled back with a refused activity."""
        for code in codes:
            partner = self.by_code.pop(code.casefold(), None)
            if partner is not None:
                self.by_name.pop(partner.name.casefold(), None)


def _store(data: ActivityData, book: _PartnerBook, report: ImportReport, who: str | None, source_name: str, today: dt.date) -> bool:
    """Create or update the activity's project; whether it was kept (False: refused, and said why)."""
    existing_id = project_id_by_code(data.code)
    before = load_project(existing_id) if existing_id is not None else None
    # A new project starts in Design like any other; the file's stage is reached by actions below.
    project = copy_project(before) if before is not None else d.Project(code=data.code, title=data.title, is_demo=data.demo)
    project.title = data.title
    project.description = data.description
    if data.region is not None:
        project.region = data.region
    project.countries = data.countries
    if data.country_shares:
        project.country_shares = data.country_shares
    else:
        # The file gives no percentage: a share is never invented (not even an equal split), and
        # the shares already recorded stay for the countries the file still lists.
        project.country_shares = {k: v for k, v in project.country_shares.items() if k in data.countries}
    if data.outcome is not None:
        project.outcome = data.outcome
    # Themes IATI does not carry stay; those its policy markers say are added.
    project.themes = [*project.themes, *(t for t in data.themes if t not in project.themes)]
    # The sector is kept as the purpose code when it says more than the objective and themes do
    # (tracker's export writes the code they stand for when no purpose code is recorded).
    if data.purpose_code and data.purpose_code != publish.detailed_purpose_code(dataclasses.replace(project, purpose_code="")):
        project.purpose_code = data.purpose_code
    if data.capital_spend is not None:
        project.capital_spend = data.capital_spend
    project.planned_start, project.planned_end, project.actual_end = data.planned_start, data.planned_end, data.actual_end
    if data.budget is not None:
        project.budget, project.currency, project.usd_rate = data.budget, data.currency, data.usd_rate
    elif before is None:
        project.currency, project.usd_rate = data.currency, data.usd_rate
    created_codes: list[str] = []
    try:
        with write_transaction():  # a savepoint: a refused activity leaves no partner behind
            for spec in data.funders:
                book.code_for(spec, created_codes, data.demo)
            fundings = [
                d.Funding(
                    modality=f.modality,
                    amount=f.amount,
                    currency=f.currency,
                    approved_on=f.approved_on,
                    partner_code=book.code_for(f.partner, created_codes, data.demo) if f.partner is not None else None,
                    project_code=data.code,
                    usd_rate=f.usd_rate,
                    locally_mobilized=f.locally_mobilized,
                )
                for f in data.fundings
            ]
            project.fundings = _reuse(before.fundings if before else [], fundings)
            project.expenditures = _reuse(before.expenditures if before else [], data.expenditures)
            project.indicators = _reuse(before.indicators if before else [], data.indicators)
            project.indicator_values = _indicator_values(project, before, data)
            if data.locations:  # a file without places leaves those recorded here
                project.locations = _reuse(before.locations if before else [], data.locations)
            project.documents = _documents(before.documents if before else [], data.documents)
            changed = before is None or not _same(before, project)
            if changed:
                project, _ = save_project(project, who)
    except ValidationError as exc:
        book.forget(created_codes)
        report.skipped.append(translate("IatiImport", "activity {code} skipped: {why}").format(code=data.code, why=exc))
        return False
    report.created += len(created_codes)
    moved = _replay_stage(project, data, report, who, source_name, today, whole_route=before is not None)
    if before is None:
        report.created += 1
    elif changed or moved:
        report.updated += 1
    else:
        report.unchanged += 1
    if (before is None or changed or moved) and report.changed_project_codes is not None:
        report.changed_project_codes.append(data.code)
    return True


def _indicator_values(project: d.Project, before: d.Project | None, data: ActivityData) -> list[d.IndicatorValue]:
    """The values measured by period as tracker's export wrote them, else the values recorded
    here for the indicators the project still has (one the file no longer lists takes its values
    with it)."""
    if data.measured:
        values = [d.IndicatorValue(indicator_uuid=project.indicators[index].uuid, measured_on=day, value=value)
                  for index, day, value in data.measured]
        return _reuse(before.indicator_values if before else [], values)
    kept = {i.uuid for i in project.indicators}
    return [v for v in (before.indicator_values if before else []) if v.indicator_uuid in kept]


def _documents(old: list[Any], linked: list[Any]) -> list[Any]:
    """The project's documents with the file's links: a link already here (same web address and
    category) keeps its record, with the evaluation it belongs to and any file attached, and takes
    the title, language and date the file gives now; a new link is added. Documents the file does
    not link (added by hand, attached files) stay."""
    by_link = {(doc.url, doc.category): doc for doc in old if doc.url}
    kept = list(old)
    for doc in linked:
        twin = by_link.get((doc.url, doc.category))
        if twin is None:
            kept.append(doc)
            continue
        updated = copy.copy(twin)
        updated.title, updated.language, updated.document_date = doc.title, doc.language or twin.language, doc.document_date or twin.document_date
        kept[kept.index(twin)] = updated
    return kept


# ---------------------------------------------------------------- the stage, through the cycle


def wanted_stage(current: Stage, data: ActivityData) -> Stage:
    """The stage the activity status asks of a project now in `current`. IATI has one status for
    design and appraisal and one for approved and implementation: a status that already
    describes the project's stage asks for no change (unless tracker wrote the exact stage)."""
    if data.stage is None:
        return current
    if not data.exact_stage and c.STAGE_TO_STATUS.get(current) == data.status_code:
        return current
    return data.stage


def stage_route(current: Stage, suspended_from: Stage | None, target: Stage, target_suspended_from: Stage | None = None) -> list[str] | str:
    """The project-cycle actions (codes) that take a project from `current` to `target`, in
    order (the cycle's own shortest way, cycle.path_between), or the reason none do. A project
    under way is suspended from where it is; one not yet under way goes to the stage the file
    says it was suspended from (else Implementation) and is suspended there."""
    if current is target:
        return []
    if current is Stage.SUSPENDED and suspended_from is None and target is not Stage.CANCELLED:
        return translate("IatiImport", "the project is suspended here and the stage it was suspended from is not recorded, so it cannot "
                         "resume towards {stage}").format(stage=target.label)
    goal_from = None
    if target is Stage.SUSPENDED and current not in _ACTIVE and current is not Stage.SUSPENDED:
        goal_from = target_suspended_from if target_suspended_from in _ACTIVE else Stage.IMPLEMENTATION
    route = cycle.path_between(current, suspended_from, target, goal_from)
    return _no_way(current, target) if route is None else route


def _no_way(current: Stage, target: Stage) -> str:
    return translate("IatiImport", "no project-cycle action leads from {stage} to {target}").format(stage=current.label, target=target.label)


class _RouteRefused(Exception):
    """Rolls back the actions of a route already taken (a savepoint)."""


def _replay_stage(project: d.Project, data: ActivityData, report: ImportReport, who: str | None, source_name: str, today: dt.date,
                  *, whole_route: bool) -> bool:
    """Take the actions from the project's stage to the one its activity status asks for, and
    report the first refusal. An existing project moves the whole way or not at all: a refused
    action leaves it where it was. A project the file creates keeps the steps whose guards
    passed (it starts in Design, and the file describes where it got to). Whether it moved."""
    try:
        with write_transaction():  # a savepoint: the route is undone when it is refused
            moved = _take_route(project, data, report, who, source_name, today, whole_route=whole_route)
    except _RouteRefused:
        return False
    return moved


def _take_route(project: d.Project, data: ActivityData, report: ImportReport, who: str | None, source_name: str, today: dt.date,
                *, whole_route: bool) -> bool:
    target = wanted_stage(project.stage, data)
    route = stage_route(project.stage, project.suspended_from, target, data.suspended_from)
    if isinstance(route, str):
        report.refused.append(translate("IatiImport", "{code}: stage change refused: {why}; the project stays in {stage}").format(
            code=data.code, why=route, stage=project.stage.label))
        return False
    status = f"{data.status_code} ({_STATUS_NAMES.get(data.status_code, 'unknown')})"
    reason = f"IATI import of {source_name}: activity status {status}"
    current = project.stage
    for action in route:
        # The day implementation started is an IATI date (actual start); other actions are dated
        # the day tracker learnt of them, and a start without that date says so (the export then
        # does not give the import's day as the actual start).
        on, why = today, reason
        if action == "approve" and data.approved_on is not None and data.approved_on <= today:
            on = data.approved_on  # the day tracker's export gives the approved budget's commitment
        elif action == "start":
            if data.actual_start is not None and data.actual_start <= today:
                on = data.actual_start
            else:
                why = f"{reason}; {c.UNDATED_START}"
        try:
            change = change_stage(data.code, action, why, who, on, expected_from=current)
        except TransitionRefused as exc:
            stays = project.stage if whole_route else current
            report.refused.append(
                translate("IatiImport", "{code}: stage change refused: '{action}' (on the way to {target}, as the file says): {why}; "
                          "the project stays in {stage}").format(
                    code=data.code, action=exc.action_label, target=target.label, why="; ".join(exc.reasons), stage=stays.label)
            )
            if whole_route:
                raise _RouteRefused from None
            break
        current = change.to_stage
    return current is not project.stage


# ---------------------------------------------------------------- unchanged records


def _key(record: Any) -> tuple[tuple[str, str | None], ...]:
    return tuple(sorted(mp.snapshot(record).items()))


def _reuse(old: list[Any], new: list[Any]) -> list[Any]:
    """Give each new record the identity of an equal old one, so that an unchanged line stays
    the same record (and a re-import changes nothing)."""
    pool: dict[tuple[Any, ...], list[Any]] = {}
    for record in old:
        pool.setdefault(_key(record), []).append(record)
    for record in new:
        matches = pool.get(_key(record))
        if matches:
            twin = matches.pop(0)
            record.uuid, record.id = twin.uuid, twin.id
    return new


def _same(before: d.Project, after: d.Project) -> bool:
    if mp.snapshot(before) != mp.snapshot(after):
        return False
    for name in ("fundings", "expenditures", "indicators", "indicator_values", "documents", "locations"):
        old = sorted((r.uuid, _key(r)) for r in getattr(before, name))
        new = sorted((r.uuid, _key(r)) for r in getattr(after, name))
        if old != new:
            return False
    return True
