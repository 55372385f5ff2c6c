"""A synthetic portfolio of any size, written with bulk inserts (not save_project per row) so that
100,000 projects take about a minute rather than hours. Used by bench_portfolio_table.py,
bench_reports.py and run_all.py.

    .venv/bin/python bench/synthetic.py PATH [PROJECTS [EVALUATIONS]]"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from decimal import Decimal
from pathlib import Path

import peewee

from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    ExpenditureType,
    FundingModality,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
)
from tracker.store import list_totals
from tracker.store import models as m
from tracker.store.database import close_database, open_database

WORDS = (
    "decent work youth employment social protection floors skills green jobs just transition rural "
    "women entrepreneurship labour statistics migration child labour elimination cooperatives "
    "informal economy occupational safety health minimum wages dialogue tripartism standards"
).split()
COUNTRIES = "SN BF CI GH KE TZ UG ET ZA MZ BD IN ID KH LA VN PH NP PK JO LB EG TN MA BR CO PE PY HT MX TR UA MD GE".split()
PARTNERS = [(f"P{i:02d}", f"Synthetic partner {i:02d}", list(PartnerCategory)[i % len(PartnerCategory)]) for i in range(40)]
BATCH = 2_000  # rows per INSERT: well under SQLite's 32,766 bound variables for any table here


def _uuid() -> str:
    return str(uuid.uuid4())


def build(path: Path, projects: int, seed: int = 2026, evaluations: int | None = None) -> None:
    """Create `path` (replacing it) with `projects` projects, 8 expenditures, 1-2 fundings, 1-3
    countries and 2-3 evaluations each; or, with `evaluations`, exactly that many evaluations in
    all (each project gets 1, a random choice of them 2, 3 ...; bench/run_all.py uses 150,000)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    rnd = random.Random(seed)
    db = open_database(path)
    stages, regions, outcomes = list(Stage), list(Region), list(StrategicObjective)
    kinds = [EvaluationKind.MID_TERM, EvaluationKind.FINAL, EvaluationKind.ANNUAL_REVIEW]
    statuses = [EvaluationStatus.PLANNED, EvaluationStatus.PLANNED, EvaluationStatus.COMPLETED, EvaluationStatus.IN_PROGRESS]
    today = dt.date.today()
    with db.atomic():
        m.Partner.insert_many(
            [(_uuid(), code, name, category) for code, name, category in PARTNERS],
            fields=[m.Partner.uuid, m.Partner.code, m.Partner.name, m.Partner.category],
        ).execute()
        partner_ids = [p.id for p in m.Partner.select(m.Partner.id).order_by(m.Partner.id)]
        project_rows = []
        for i in range(projects):
            start = dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randrange(0, 15 * 365))
            end = start + dt.timedelta(days=rnd.randrange(180, 5 * 365))
            budget = Decimal(rnd.randrange(2_000_000, 1_000_000_000)) / 100
            title = " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(3, 9))).capitalize()
            project_rows.append((_uuid(), f"SYN/{start.year % 100:02d}/{i:06d}", title, rnd.choice(stages), rnd.choice(regions),
                                 rnd.choice(outcomes), start, end, budget, budget))
        fields = [m.Project.uuid, m.Project.code, m.Project.title, m.Project.stage, m.Project.region, m.Project.outcome,
                  m.Project.planned_start, m.Project.planned_end, m.Project.budget, m.Project.budget_usd]
        for batch in peewee.chunked(project_rows, BATCH):
            m.Project.insert_many(batch, fields=fields).execute()
        ids = [(p.id, p.planned_start, p.planned_end, p.budget) for p in
               m.Project.select(m.Project.id, m.Project.planned_start, m.Project.planned_end, m.Project.budget).order_by(m.Project.id)]

        per_project: list[int | None] = [None] * len(ids)  # None: 2-3, drawn in the loop as before
        if evaluations is not None:
            per_project = [evaluations // len(ids)] * len(ids)
            for index in rnd.sample(range(len(ids)), evaluations % len(ids)):
                per_project[index] += 1
        countries, fundings, expenditures, evaluation_rows = [], [], [], []
        for (pid, start, end, budget), count in zip(ids, per_project):
            for position, country in enumerate(rnd.sample(COUNTRIES, rnd.randrange(1, 4))):
                countries.append((pid, country, position))
            if rnd.random() < 0.1:  # regular budget: the ILO's own money, no partner
                fundings.append((_uuid(), None, pid, FundingModality.REGULAR_BUDGET, budget, "USD", "1", budget, start))
            else:
                for partner in rnd.sample(partner_ids, rnd.randrange(1, 3)):
                    fundings.append((_uuid(), partner, pid, FundingModality.EARMARKED, budget, "USD", "1", budget, start))
            for year in range(start.year, start.year + 8):
                amount = (budget / 10).quantize(Decimal("0.01"))
                expenditures.append((_uuid(), pid, year, rnd.choice(list(ExpenditureType)), amount, "USD", "1", amount))
            for sequence, kind in enumerate(kinds[: count if count is not None else rnd.randrange(2, 4)], start=1):
                due = start + (end - start) * sequence // 3
                status = rnd.choice(statuses) if due < today else EvaluationStatus.PLANNED
                evaluation_rows.append((_uuid(), pid, kind, sequence, due, status, True))
        for model, rows, row_fields in (
            (m.ProjectCountry, countries, [m.ProjectCountry.project, m.ProjectCountry.country, m.ProjectCountry.position]),
            (m.Funding, fundings, [m.Funding.uuid, m.Funding.partner, m.Funding.project, m.Funding.modality, m.Funding.amount,
                                   m.Funding.currency, m.Funding.usd_rate, m.Funding.amount_usd, m.Funding.approved_on]),
            (m.Expenditure, expenditures, [m.Expenditure.uuid, m.Expenditure.project, m.Expenditure.year, m.Expenditure.expenditure_type,
                                           m.Expenditure.amount, m.Expenditure.currency, m.Expenditure.usd_rate, m.Expenditure.amount_usd]),
            (m.Evaluation, evaluation_rows, [m.Evaluation.uuid, m.Evaluation.project, m.Evaluation.kind, m.Evaluation.sequence,
                                         m.Evaluation.due, m.Evaluation.status, m.Evaluation.mandatory]),
        ):
            for batch in peewee.chunked(rows, BATCH):
                model.insert_many(batch, fields=row_fields).execute()
        # Inserted around the write path: the totals it keeps on each project row are computed
        # here once, as the schema migration computes them (the plans stay as drawn: stale).
        list_totals.refresh(None)
    db.execute_sql("ANALYZE")
    close_database()


if __name__ == "__main__":
    import sys

    build(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 100_000,
          evaluations=int(sys.argv[3]) if len(sys.argv) > 3 else None)
