"""Import IATI activity files (2.01-2.03) published by others, or exported by tracker.

Projects are matched by code (tracker's code when tracker wrote the file, else the
iati-identifier); partners by code, then by name. Fields IATI does not carry (office, officer,
themes, evaluations, revisions...) are kept on projects that already exist. The whole file is one
transaction: a file that turns out to be malformed half-way, or a cancel, writes nothing; a dry
run does all the work and rolls back, so its counts are exact. The file is read one activity at a
time (tracker.exchange.iati_xml), so memory stays flat whatever its size."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from tracker.domain import project as d
from tracker.domain.errors import ValidationError
from tracker.exchange.iati_read import (
    ActivityData,
    ActivitySkipped,
    PartnerSpec,
    Rates,
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
from tracker.store import models as m
from tracker.store.partners import list_partners, save_partner
from tracker.store.projects import copy_project, load_project, save_project

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]

_TRANSACTION_NAMES = {
    "1": "incoming funds (used only when an activity has no incoming commitment)",
    "2": "outgoing commitments",
    "3": "disbursements",
    "5": "interest payments",
    "6": "loan repayments",
    "7": "reimbursements",
    "8": "purchases of equity",
    "9": "sales of equity",
    "10": "credit guarantees",
    "12": "outgoing pledges",
    "13": "incoming pledges",
}


class _DryRun(Exception):
    """Raised at the end of a dry run to roll the transaction back."""


def import_iati(
    path: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    usd_rates: Mapping[str, Decimal] | None = None,
    who: str | None = None,
) -> ImportReport:
    """Create or update projects and partners from the IATI activity file at `path`.

    `usd_rates` ("EUR" -> US$ value of one euro) converts amounts in other currencies; without a
    rate such amounts are skipped and listed in the report. UnreadableFile for a file that is not
    IATI 2.0x XML (IATI 1.0x files are refused with what to do); ExchangeCancelled when
    `cancelled()` turns true. Either way nothing is written."""
    source = Path(path)
    report = ImportReport(source=str(source), kind="iati", dry_run=dry_run)
    rates = Rates(usd_rates)
    book = _PartnerBook(who)
    seen: set[str] = set()
    ignored: Counter[str] = Counter()
    header: list[FileHeader] = []

    def position(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total, f"{len(seen)} activities read")

    database = m.Project._meta.database
    try:
        with database.atomic():
            for element in iter_activities(source, header.append, position):
                if cancelled is not None and cancelled():
                    raise ExchangeCancelled("import cancelled; nothing was imported")
                try:
                    data = read_activity(element, rates, _file_lang(element))
                except ActivitySkipped as exc:
                    report.skipped.append(f"activity skipped: {exc}")
                    continue
                report.skipped.extend(data.notes)
                ignored.update(data.ignored_transactions)
                if data.code in seen:
                    report.skipped.append(f"{data.code}: appears twice in the file; the later copy skipped")
                    continue
                seen.add(data.code)
                _store(data, book, report, who)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    for kind, count in sorted(ignored.items()):
        what = _TRANSACTION_NAMES.get(kind, f"transactions of type {kind}")
        report.skipped.append(f"{count} {what} not imported: tracker records funding (incoming commitments) and expenditure")
    if not seen and not any(s.startswith("activity skipped") for s in report.skipped):
        report.skipped.append("the file holds no activity")
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

    def code_for(self, spec: PartnerSpec, created: list[str]) -> str:
        """The code of the partner `spec` names, creating it (and noting its code in `created`)."""
        found = self.by_code.get(spec.code.casefold()) or self.by_name.get(spec.name.casefold())
        if found is not None:
            return found.code
        partner = save_partner(d.Partner(code=spec.code, name=spec.name, category=spec.category, non_state_kind=spec.non_state_kind), self.who)
        self._remember(partner)
        created.append(partner.code)
        return partner.code

    def forget(self, codes: list[str]) -> None:
        """Partners whose creation was rolled back with a refused activity."""
        for code in codes:
            partner = self.by_code.pop(code.casefold(), None)
            if partner is not None:
                self.by_name.pop(partner.name.casefold(), None)


def _store(data: ActivityData, book: _PartnerBook, report: ImportReport, who: str | None) -> None:
    existing_row = m.Project.get_or_none(m.Project.code == data.code)
    before = load_project(existing_row.id) if existing_row is not None else None
    project = copy_project(before) if before is not None else d.Project(code=data.code, title=data.title)
    project.title = data.title
    project.description = data.description
    project.stage = data.stage
    if data.region is not None:
        project.region = data.region
    project.countries = data.countries
    project.country_shares = data.country_shares
    if data.outcome is not None:
        project.outcome = data.outcome
    project.planned_start, project.planned_end, project.actual_end = data.planned_start, data.planned_end, data.actual_end
    if data.budget is not None:
        project.budget, project.currency, project.usd_rate = data.budget, data.currency, data.usd_rate
    elif before is None:
        project.currency, project.usd_rate = data.currency, data.usd_rate
    created_codes: list[str] = []
    try:
        with m.Project._meta.database.atomic():  # a savepoint: a refused activity leaves no partner behind
            for spec in data.funders:
                book.code_for(spec, created_codes)
            fundings = [
                d.Funding(
                    modality=f.modality,
                    amount=f.amount,
                    currency=f.currency,
                    approved_on=f.approved_on,
                    partner_code=book.code_for(f.partner, created_codes) if f.partner is not None else None,
                    project_code=data.code,
                    usd_rate=f.usd_rate,
                    locally_mobilized=f.locally_mobilized,
                )
                for f in data.fundings
            ]
            project.fundings = _reuse(before.fundings if before else [], fundings)
            project.expenditures = _reuse(before.expenditures if before else [], data.expenditures)
            project.indicators = _reuse(before.indicators if before else [], data.indicators)
            if before is not None and _same(before, project):
                report.unchanged += 1
                report.created += len(created_codes)
                return
            save_project(project, who, allow_stage_change=True)
    except ValidationError as exc:
        book.forget(created_codes)
        report.skipped.append(f"activity {data.code} skipped: {exc}")
        return
    report.created += len(created_codes)
    if before is None:
        report.created += 1
    else:
        report.updated += 1


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
    for name in ("fundings", "expenditures", "indicators"):
        old = sorted((r.uuid, _key(r)) for r in getattr(before, name))
        new = sorted((r.uuid, _key(r)) for r in getattr(after, name))
        if old != new:
            return False
    return True
