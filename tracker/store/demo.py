"""Load the demo portfolio shipped in resources/demo (see FORMAT.md there).

Idempotent: partners are matched by code and projects by code; a project already in the database
is left as it is, so running `tracker demo` twice changes nothing the second time. The whole load
is one transaction."""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Any

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
from tracker.domain.errors import DomainError
from tracker.domain.progress import Cancelled
from tracker.store import models as m
from tracker.store.partners import mark_demo_partner, save_partner, save_unearmarked_funding
from tracker.store.projects import record_initial_stage, save_project

# Demo records get UUIDs derived from their codes, so two databases loaded with the demo agree.
DEMO_NAMESPACE = uuidlib.UUID("6f1c9a52-3c1e-4b8e-9a57-2f0d7f5e4a10")
DEMO_USER = "demo loader"


class DemoDataError(DomainError):
    """A demo file is malformed; the message names the file and the record."""


@dataclass
class DemoResult:
    partners_added: int = 0
    projects_added: int = 0
    projects_skipped: int = 0
    fundings_added: int = 0

    def __str__(self) -> str:
        return (
            f"demo portfolio: {self.projects_added} projects and {self.partners_added} partners added, "
            f"{self.projects_skipped} projects already present"
        )


def demo_files() -> list[tuple[str, dict[str, Any]]]:
    folder = resources.files("tracker.resources").joinpath("demo")
    files = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            try:
                files.append((entry.name, json.loads(entry.read_text(encoding="utf-8"))))
            except json.JSONDecodeError as exc:
                raise DemoDataError(f"demo file {entry.name} is not valid JSON: {exc}") from None
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
                raise DemoDataError(f"demo file {name}: {exc!r}") from None
            except DemoCancelled:
                raise
            except DomainError as exc:
                raise DemoDataError(f"demo file {name}: {exc}") from None
    return result


class _Steps:
    def __init__(self, total: int, progress: Callable[[int, int, str], None] | None, cancelled: Callable[[], bool] | None) -> None:
        self.total, self.done, self.progress, self.cancelled = total, 0, progress, cancelled

    def __call__(self, code: str) -> None:
        if self.cancelled is not None and self.cancelled():
            raise DemoCancelled("loading the demo portfolio was cancelled; nothing was added")
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total, f"Loading the demo portfolio: {code}")


def _load_file(content: dict[str, Any], result: DemoResult, step: Callable[[str], None] = lambda code: None) -> None:
    for raw in content.get("partners", []):
        if m.Partner.get_or_none(m.Partner.code == raw["code"]) is not None:
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
        result.partners_added += 1

    for raw in content.get("projects", []):
        step(raw["code"])
        if m.Project.get_or_none(m.Project.code == raw["code"]) is not None:
            result.projects_skipped += 1
            continue
        _load_project(raw)
        result.projects_added += 1

    for index, raw in enumerate(content.get("unearmarked_fundings", [])):
        key = _uuid("funding", raw.get("partner") or "", raw["approved_on"], str(raw["amount"]), str(index))
        if m.Funding.get_or_none(m.Funding.uuid == key) is not None:
            continue
        save_unearmarked_funding(_funding(raw, None, key), DEMO_USER)
        result.fundings_added += 1


def _funding(raw: dict[str, Any], project_code: str | None, key: str) -> d.Funding:
    return d.Funding(
        modality=FundingModality.parse(raw["modality"]),
        amount=Decimal(str(raw["amount"])),
        currency=raw.get("currency", "USD"),
        usd_rate=Decimal(str(raw.get("usd_rate", "1"))),
        approved_on=date.fromisoformat(raw["approved_on"]),
        partner_code=raw.get("partner"),
        project_code=project_code,
        locally_mobilized=bool(raw.get("locally_mobilized", False)),
        uuid=key,
    )


def _load_project(raw: dict[str, Any]) -> None:
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
        uuid=_uuid("project", code),
    )
    if project.stage is Stage.SUSPENDED:
        project.suspended_from = Stage.IMPLEMENTATION
    project.fundings = [_funding(f, code, _uuid("funding", code, str(i))) for i, f in enumerate(raw.get("fundings", []))]
    project.expenditures = [
        d.Expenditure(
            year=int(e["year"]),
            month=e.get("month"),
            expenditure_type=ExpenditureType.parse(e["type"]),
            amount=Decimal(str(e["amount"])),
            currency=e.get("currency", "USD"),
            usd_rate=Decimal(str(e.get("usd_rate", "1"))),
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
    if updates:
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
        save_project(stored, DEMO_USER)
    # Demo projects are placed in the stage their file gives (they illustrate every stage); the
    # placing is in their stage history and the audit trail, with the same identity in every
    # database, so two databases holding the demo agree on it.
    record_initial_stage(code, project.stage, "demo data loaded", DEMO_USER, action="demo", record_uuid=_uuid("stage", code))
