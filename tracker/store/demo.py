"""The demo portfolio shipped in resources/demo (see FORMAT.md there): its database of its own,
loading it, and removing demo data that an earlier tracker loaded into a working database.

The demo lives in a database of its own (demo_database_path, beside the default database), so
that illustrative projects never mix with real ones and never reach a real report.

Loading is idempotent: partners are matched by code (or, failing that, by name: a new database
holds the reference partners already, and the demo uses those) and projects by code; a project
already in the database is left as it is, so loading twice changes nothing the second time. The
whole load is one transaction."""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Any

import peewee

from tracker.domain import project as d
from tracker.domain.classifications import (
    Criterion,
    EvaluationKind,
    EvaluationStatus,
    ExpenditureType,
    FundingModality,
    Independence,
    NonStateKind,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
    Theme,
)
from tracker.domain.documents import Document, Location
from tracker.domain.errors import DomainError
from tracker.domain.i18n import translate
from tracker.domain.progress import Cancelled
from tracker.store import models as m
from tracker.store.audit import AuditLog

# Where the demo's database lives and whether the open one holds demo data are asked at every
# start: tracker.store.database answers them without loading this loader (named here too).
from tracker.store.database import DEMO_FILE_NAME as DEMO_FILE_NAME
from tracker.store.database import current_user
from tracker.store.database import demo_database_path as demo_database_path
from tracker.store.database import has_demo_data as has_demo_data
from tracker.store.database import is_demo_database as is_demo_database
from tracker.store.partners import (
    delete_partner,
    delete_unearmarked_funding,
    mark_demo_partner,
    save_partner,
    save_unearmarked_funding,
)
from tracker.store.projects import delete_project, record_initial_stage, save_project
from tracker.store.writes import bulk_write_transaction

# Demo records get UUIDs derived from their codes, so two databases loaded with the demo agree.
DEMO_NAMESPACE = uuidlib.UUID("6f1c9a52-3c1e-4b8e-9a57-2f0d7f5e4a10")
DEMO_USER = "demo loader"


def holds_real_projects() -> bool:
    """Whether the open database holds a project that is not demo data."""
    return bool(m.Project.select().where(~m.Project.is_demo).exists())


@dataclass(frozen=True)
class DemoData:
    """How much demo data the open database holds."""

    projects: int
    partners: int

    def __bool__(self) -> bool:
        return bool(self.projects or self.partners)


def demo_project_codes() -> set[str]:
    """The codes of the demo projects the open database holds (the exports label or leave them out)."""
    return {code for (code,) in m.Project.select(m.Project.code).where(m.Project.is_demo).tuples()}


def demo_left_out() -> set[str]:
    """The demo projects an export leaves out: those of a database that also holds real projects
    (from the demo portfolio itself every project is exported, marked as demo data)."""
    return demo_project_codes() if holds_real_projects() else set()


def demo_partner_codes() -> set[str]:
    """The codes of the partners the demo added to the open database."""
    return {code for (code,) in m.Partner.select(m.Partner.code).where(m.Partner.is_demo).tuples()}


def demo_data() -> DemoData:
    return DemoData(m.Project.select().where(m.Project.is_demo).count(), m.Partner.select().where(m.Partner.is_demo).count())


class DemoDataError(DomainError):
    """A demo file is malformed; the message names the file and the record."""


@dataclass
class DemoResult:
    partners_added: int = 0
    projects_added: int = 0
    projects_skipped: int = 0
    fundings_added: int = 0

    def __str__(self) -> str:
        added, partners_added, skipped = self.projects_added, self.partners_added, self.projects_skipped
        projects = translate("StoreDemo", "%n project(s)", "", added)
        partners = translate("StoreDemo", "%n partner(s)", "", partners_added)
        present = translate("StoreDemo", "%n project(s) already present", "", skipped)
        return translate("StoreDemo", "demo portfolio: {projects} and {partners} added, {present}").format(
            projects=projects, partners=partners, present=present)


def demo_files() -> list[tuple[str, dict[str, Any]]]:
    folder = resources.files("tracker.resources").joinpath("demo")
    files = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            try:
                files.append((entry.name, json.loads(entry.read_text(encoding="utf-8"))))
            except json.JSONDecodeError as exc:
                raise DemoDataError(translate("StoreDemo", "demo file {name} is not valid JSON: {reason}").format(
                    name=entry.name, reason=exc)) from None
    return files


def _uuid(*parts: str) -> str:
    return str(uuidlib.uuid5(DEMO_NAMESPACE, "/".join(parts)))


def _dec(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _day(value: Any) -> date | None:
    return None if not value else date.fromisoformat(value)


class DemoCancelled(Cancelled):
    """The user stopped the load; the whole demo was rolled back."""


def load_demo(
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoResult:
    """Load every demo file in ONE transaction: a cancel (checked between projects) or an error
    leaves the database as it was. `progress(done, total, text)` counts projects."""
    result = DemoResult()
    files = demo_files()
    total = sum(len(content.get("projects", [])) for _, content in files)
    step = _Steps(total, progress, cancelled)
    database = m.Project._meta.database
    with database.atomic():
        for name, content in files:
            try:
                _load_file(content, result, step)
            except (KeyError, ValueError, TypeError) as exc:
                raise DemoDataError(translate("StoreDemo", "demo file {name}: {reason}").format(name=name, reason=repr(exc))) from None
            except DemoCancelled:
                raise
            except DomainError as exc:
                raise DemoDataError(translate("StoreDemo", "demo file {name}: {reason}").format(name=name, reason=exc)) from None
    return result


class _Steps:
    def __init__(self, total: int, progress: Callable[[int, int, str], None] | None, cancelled: Callable[[], bool] | None) -> None:
        self.total, self.done, self.progress, self.cancelled = total, 0, progress, cancelled

    def __call__(self, code: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise DemoCancelled(translate("StoreDemo", "loading the demo portfolio was cancelled; nothing was added"))
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total, translate("StoreDemo", "Loading the demo portfolio: {code}").format(code=code))


def _local_partner(code: str, name: str) -> str | None:
    """The code of the partner this database already holds for a demo partner: the same code,
    else the same name (a reference partner under another code); None when there is none."""
    row = m.Partner.get_or_none(m.Partner.code == code)
    if row is None:
        row = m.Partner.get_or_none(peewee.fn.LOWER(m.Partner.name) == name.strip().lower())
    return None if row is None else str(row.code)


def _load_file(content: dict[str, Any], result: DemoResult, step: Callable[[str], None] = lambda code: None) -> None:
    # The demo's partner codes, as this database knows them (the same, mostly).
    codes: dict[str, str] = {}
    for raw in content.get("partners", []):
        local = _local_partner(raw["code"], raw["name"])
        if local is not None:
            codes[raw["code"]] = local
            continue
        partner = d.Partner(
            code=raw["code"],
            name=raw["name"],
            category=PartnerCategory.parse(raw["category"]),
            non_state_kind=NonStateKind.parse(raw["non_state_kind"]) if raw.get("non_state_kind") else None,
            country=raw.get("country") or "",
            uuid=_uuid("partner", raw["code"]),
        )
        save_partner(partner, DEMO_USER)
        mark_demo_partner(partner.code)
        codes[raw["code"]] = partner.code
        result.partners_added += 1

    for raw in content.get("projects", []):
        step(raw["code"])
        if m.Project.get_or_none(m.Project.code == raw["code"]) is not None:
            result.projects_skipped += 1
            continue
        _load_project(raw, codes)
        result.projects_added += 1

    for index, raw in enumerate(content.get("unearmarked_fundings", [])):
        key = _uuid("funding", raw.get("partner") or "", raw["approved_on"], str(raw["amount"]), str(index))
        if m.Funding.get_or_none(m.Funding.uuid == key) is not None:
            continue
        save_unearmarked_funding(_funding(raw, None, key, codes), DEMO_USER)
        result.fundings_added += 1


def _unearmarked_uuids() -> list[str]:
    """The identities of the demo's unearmarked funding lines, as _load_file gives them."""
    return [_uuid("funding", raw.get("partner") or "", raw["approved_on"], str(raw["amount"]), str(index))
            for _, content in demo_files() for index, raw in enumerate(content.get("unearmarked_fundings", []))]


def _funding(raw: dict[str, Any], project_code: str | None, key: str, codes: dict[str, str]) -> d.Funding:
    partner = raw.get("partner")
    return d.Funding(
        modality=FundingModality.parse(raw["modality"]),
        amount=Decimal(str(raw["amount"])),
        currency=raw.get("currency", "USD"),
        usd_rate=Decimal(str(raw.get("usd_rate", "1"))),
        approved_on=date.fromisoformat(raw["approved_on"]),
        partner_code=codes.get(partner, partner) if partner else None,
        project_code=project_code,
        locally_mobilized=bool(raw.get("locally_mobilized", False)),
        agreement_reference=raw.get("agreement_reference", ""),
        uuid=key,
    )


def _load_project(raw: dict[str, Any], codes: dict[str, str]) -> None:
    code = raw["code"]
    project = d.Project(
        code=code,
        title=raw["title"],
        description=raw.get("description", ""),
        stage=Stage.parse(raw.get("stage", "design")),
        region=Region.parse(raw["region"]) if raw.get("region") else None,
        countries=list(raw.get("countries", [])),
        outcome=StrategicObjective.parse(raw["outcome"]) if raw.get("outcome") else None,
        themes=[Theme.parse(t) for t in raw.get("themes", [])],
        office=raw.get("office", ""),
        officer=raw.get("officer", ""),
        planned_start=_day(raw.get("planned_start")),
        planned_end=_day(raw.get("planned_end")),
        actual_end=_day(raw.get("actual_end")),
        budget=_dec(raw.get("budget")),
        currency=raw.get("currency", "USD"),
        usd_rate=Decimal(str(raw.get("usd_rate", "1"))),
        midterm_review_agreed=bool(raw.get("midterm_review_agreed", False)),
        is_demo=True,
        purpose_code=raw.get("purpose_code", ""),
        capital_spend=_dec(raw.get("capital_spend")),
        uuid=_uuid("project", code),
    )
    project.locations = [
        Location(name=p["name"], country=p.get("country", ""), description=p.get("description", ""),
                 latitude=_dec(p.get("latitude")), longitude=_dec(p.get("longitude")), uuid=_uuid("location", code, str(i)))
        for i, p in enumerate(raw.get("locations", []))
    ]
    if project.stage is Stage.SUSPENDED:
        project.suspended_from = Stage.IMPLEMENTATION
    project.fundings = [_funding(f, code, _uuid("funding", code, str(i)), codes) for i, f in enumerate(raw.get("fundings", []))]
    project.expenditures = [
        d.Expenditure(
            year=int(e["year"]),
            month=e.get("month"),
            expenditure_type=ExpenditureType.parse(e["type"]),
            amount=Decimal(str(e["amount"])),
            currency=e.get("currency", "USD"),
            usd_rate=Decimal(str(e.get("usd_rate", "1"))),
            output=e.get("output", ""),
            uuid=_uuid("expenditure", code, str(i)),
        )
        for i, e in enumerate(raw.get("expenditures", []))
    ]
    project.indicators = [
        d.ResultIndicator(
            name=r["name"],
            unit=r.get("unit", ""),
            baseline=_dec(r.get("baseline")),
            target=_dec(r.get("target")),
            achieved=_dec(r.get("achieved")),
            women_share=_dec(r.get("women_share")),
            uuid=_uuid("indicator", code, str(i)),
        )
        for i, r in enumerate(raw.get("indicators", []))
    ]
    project.budget_lines = [
        d.BudgetLine(
            heading=ExpenditureType.parse(b["heading"]),
            amount=Decimal(str(b["amount"])),
            output=b.get("output", ""),
            variance_note=b.get("variance_note", ""),
            uuid=_uuid("budget-line", code, str(i)),
        )
        for i, b in enumerate(raw.get("budget_lines", []))
    ]
    project.progress_reports = [
        d.ProgressReport(
            period_start=date.fromisoformat(r["period_start"]),
            period_end=date.fromisoformat(r["period_end"]),
            summary=r["summary"],
            challenges=r.get("challenges", ""),
            lessons=r.get("lessons", ""),
            next_steps=r.get("next_steps", ""),
            prepared_by=r.get("prepared_by", ""),
            uuid=_uuid("progress-report", code, str(i)),
        )
        for i, r in enumerate(raw.get("progress_reports", []))
    ]
    # An indicator's values are listed with it: each measures the indicator it is listed under.
    project.indicator_values = [
        d.IndicatorValue(
            indicator_uuid=indicator.uuid,
            measured_on=date.fromisoformat(v["measured_on"]),
            value=Decimal(str(v["value"])),
            note=v.get("note", ""),
            uuid=_uuid("indicator-value", code, str(i), str(j)),
        )
        for i, (indicator, r) in enumerate(zip(project.indicators, raw.get("indicators", []), strict=True))
        for j, v in enumerate(r.get("values", []))
    ]
    # Revisions apply in order on top of the original budget and end date.
    for i, r in enumerate(raw.get("revisions", [])):
        revision = d.BudgetRevision(
            revised_on=date.fromisoformat(r["revised_on"]),
            reason=r["reason"],
            new_budget=_dec(r.get("new_budget")),
            new_end=_day(r.get("new_end")),
            new_usd_rate=_dec(r.get("new_usd_rate")),
            uuid=_uuid("revision", code, str(i)),
        )
        project.apply_revision(revision)

    stored, _ = save_project(project, DEMO_USER, allow_stage_change=True)
    updates = raw.get("evaluations", [])
    documents = raw.get("documents", [])
    if updates or documents:
        by_key = {(e.kind, e.sequence): e for e in stored.evaluations}
        for i, u in enumerate(updates):
            kind = EvaluationKind.parse(u["kind"])
            key = (kind, int(u.get("sequence", 1)))
            evaluation = by_key.get(key)
            if evaluation is None:
                evaluation = d.Evaluation(kind=kind, sequence=key[1], due=_day(u.get("due")) or _day(u.get("completed_on")) or stored.planned_end, uuid=_uuid("evaluation", code, str(i)))  # type: ignore[arg-type]
                stored.evaluations.append(evaluation)
            evaluation.status = EvaluationStatus.parse(u.get("status", "completed"))
            evaluation.independence = Independence.parse(u.get("independence", "self"))
            evaluation.completed_on = _day(u.get("completed_on"))
            evaluation.evaluator = u.get("evaluator", "")
            evaluation.findings = u.get("findings", "")
            evaluation.waiver_reason = u.get("waiver_reason", "")
            evaluation.ratings = {Criterion.parse(k): int(v) for k, v in (u.get("ratings") or {}).items()}
        # Documents after the evaluations: an evaluation's report names the evaluation it reports on.
        stored.documents = [_document(code, i, r, {(e.kind, e.sequence): e.uuid for e in stored.evaluations})
                            for i, r in enumerate(documents)]
        save_project(stored, DEMO_USER)
    # Demo projects are placed in the stage their file gives (they illustrate every stage); the
    # placing is in their stage history and the audit trail, with the same identity and date in
    # every database, so two databases holding the demo agree on it.
    record_initial_stage(code, project.stage, "demo data loaded", DEMO_USER, action="demo", record_uuid=_uuid("stage", code),
                         on=placed_on(project))


def _document(code: str, index: int, raw: dict[str, Any], evaluations: dict[tuple[EvaluationKind, int], str]) -> Document:
    """A demo document; one of an evaluation names it by kind and sequence ({"kind": "final",
    "sequence": 1}), which must be one of the project's."""
    of = raw.get("evaluation")
    evaluation_uuid = evaluations[(EvaluationKind.parse(of["kind"]), int(of.get("sequence", 1)))] if of else ""
    return Document(title=raw["title"], category=raw["category"], language=raw.get("language", ""), document_date=_day(raw.get("date")),
                    url=raw.get("url", ""), evaluation_uuid=evaluation_uuid, uuid=_uuid("document", code, str(index)))


# The day the demo portfolio places its projects in the pipeline stages: a fixed day, not the day
# it is loaded, so a stage change an officer practises on a demo project is not "before the last
# stage change", and every database that loads the demo holds the same history.
DEMO_PLACED_ON = date(2024, 1, 2)
_UNDER_WAY = frozenset({Stage.IMPLEMENTATION, Stage.EVALUATION_AND_CLOSING, Stage.CLOSED, Stage.SUSPENDED})


def placed_on(project: d.Project) -> date:
    """When a demo project entered the stage it is shown in: its planned start once under way,
    else the demo's placing day (or its start, if earlier)."""
    start = project.planned_start
    if project.stage in _UNDER_WAY and start is not None:
        return start
    return min(start, DEMO_PLACED_ON) if start is not None else DEMO_PLACED_ON


# ---------------------------------------------------------------- removing demo data


@dataclass
class DemoRemoval:
    projects: int = 0
    partners: int = 0
    fundings: int = 0  # unearmarked funding lines (a project's go with it)
    kept_partners: list[str] = field(default_factory=list)  # demo partners real funding names

    def __str__(self) -> str:
        # (Counts go to translate() as plain names: pyside6-lupdate misses a call whose count is
        # an attribute or a call.)
        projects, partners, fundings, kept = self.projects, self.partners, self.fundings, len(self.kept_partners)
        text = translate("StoreDemo", "removed the demo data: {projects}, {partners} and {fundings}").format(
            projects=translate("StoreDemo", "%n project(s)", "", projects),
            partners=translate("StoreDemo", "%n partner(s)", "", partners),
            fundings=translate("StoreDemo", "%n unearmarked funding line(s)", "", fundings))
        if kept:
            text += translate("StoreDemo", "; kept the partner(s) {codes}, which your own funding names (no longer marked as demo "
                                           "data)", "", kept).format(codes=", ".join(self.kept_partners))
        return text


class DemoRemovalCancelled(Cancelled):
    """The user stopped the removal; nothing was removed."""


def remove_demo_data(
    who: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoRemoval:
    """Remove the demo data an earlier tracker loaded into this database, in one transaction:
    every demo project with all its records, the demo's unearmarked funding lines, and the demo
    partners that no remaining funding names. Each deletion is in the audit trail (so field
    packages carry it as a deletion); real projects and partners are left as they are. A demo
    partner that real funding names is kept and is no longer marked as demo data."""
    who = who or current_user()
    result = DemoRemoval()
    with bulk_write_transaction():
        codes = [code for (code,) in m.Project.select(m.Project.code).where(m.Project.is_demo).order_by(m.Project.code).tuples()]
        for done, code in enumerate(codes, start=1):
            if cancelled is not None and cancelled():
                raise DemoRemovalCancelled(translate("StoreDemo", "removing the demo data was cancelled; nothing was removed"))
            delete_project(code, who)
            result.projects += 1
            if progress is not None:
                progress(done, len(codes), translate("StoreDemo", "Removing the demo portfolio: {code}").format(code=code))
        for key in _unearmarked_uuids():
            if delete_unearmarked_funding(key, who):
                result.fundings += 1
        for partner in m.Partner.select().where(m.Partner.is_demo).order_by(m.Partner.code):
            if m.Funding.select().where(m.Funding.partner == partner.id).exists():
                m.Partner.update(is_demo=False).where(m.Partner.id == partner.id).execute()
                log = AuditLog(who)
                log.add("partner", partner.uuid, "update", "demo data", "yes", "no")
                log.write()
                result.kept_partners.append(partner.code)
            elif delete_partner(partner.uuid, who):
                result.partners += 1
    return result
