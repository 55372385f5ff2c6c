"""Report layouts as data: which rows each table shows, in which order and under which label,
after the tables of the ILO's technical-cooperation reports and donor profiles. Changing a grouping is an edit here,
not in the workbook code; LAYOUT names the version printed on every cover sheet."""

from __future__ import annotations

from functools import cache

from tracker.domain.classifications import (
    EvaluationKind,
    EvaluationStatus,
    ExpenditureType,
    FundingModality,
    Independence,
    PartnerCategory,
    Region,
    Stage,
    StrategicObjective,
)

LAYOUT = "report layouts, version 1"

PC = PartnerCategory

ANNEX_2_GROUPS: tuple[tuple[PartnerCategory, str], ...] = (
    # Annex 2 order and labels (003:5030-5852); "Other intergovernmental organizations" is not
    # in Annex 2 (its Annex 1 row is the EU's figure), so tracker's own category comes last.
    (PC.MULTI_BILATERAL, "Multi-bilateral donors"),
    (PC.DOMESTIC_TRUST_FUND, "Direct trust funds"),
    (PC.NON_STATE, "Non-state actors"),
    (PC.IFI, "IFIs (banks)"),
    (PC.UNITED_NATIONS, "United Nations"),
    (PC.EUROPEAN_UNION, "European Union"),
    (PC.OTHER_INTERGOVERNMENTAL, "Other intergovernmental organizations"),
)
CATEGORY_LABELS = dict(ANNEX_2_GROUPS)

TABLE_V1_GROUPS: tuple[tuple[str, tuple[PartnerCategory, ...]], ...] = (
    # Table V.1 (003:2092-2156): "Other sources" are "direct trust funds, non-state actors,
    # international financial institutions and the European Union" (plus tracker's OIGO).
    ("United Nations", (PC.UNITED_NATIONS,)),
    ("Multi-bilateral donors", (PC.MULTI_BILATERAL,)),
    ("Other sources", (PC.DOMESTIC_TRUST_FUND, PC.NON_STATE, PC.IFI, PC.EUROPEAN_UNION, PC.OTHER_INTERGOVERNMENTAL)),
)

REGIONS: tuple[tuple[Region | None, str], ...] = (
    # Table V.2 row order (003:2333-2413), with tracker's region names.
    (Region.AFRICA, Region.AFRICA.label),
    (Region.AMERICAS, Region.AMERICAS.label),
    (Region.ASIA_PACIFIC, Region.ASIA_PACIFIC.label),
    (Region.EUROPE_CENTRAL_ASIA, Region.EUROPE_CENTRAL_ASIA.label),
    (Region.ARAB_STATES, Region.ARAB_STATES.label),
    (Region.INTERREGIONAL, Region.INTERREGIONAL.label),
    (None, "Region not recorded"),
)

OBJECTIVES: tuple[tuple[StrategicObjective | None, str], ...] = (
    # Short sector names of the tables (domain 3.1); "Others" as defined at 003:2274-2275.
    (StrategicObjective.STANDARDS, "Standards"),
    (StrategicObjective.EMPLOYMENT, "Employment"),
    (StrategicObjective.SOCIAL_PROTECTION, "Social protection"),
    (StrategicObjective.SOCIAL_DIALOGUE, "Social dialogue"),
    (StrategicObjective.OTHERS, "Others"),
    (None, "Objective not recorded"),
)

EXPENDITURE_TYPES: tuple[tuple[ExpenditureType, str], ...] = tuple((t, t.label) for t in ExpenditureType)

MODALITIES: tuple[tuple[FundingModality, str], ...] = (
    # Seed 000's contribution lines: voluntary core, then earmarked, then trust funds.
    (FundingModality.VOLUNTARY_CORE, "Voluntary core funding (unearmarked, RBSA)"),
    (FundingModality.EARMARKED, "Voluntary earmarked funding (XB)"),
    (FundingModality.DOMESTIC_TRUST_FUND, "Domestic trust fund"),
    (FundingModality.REGULAR_BUDGET, "Regular budget (RBTC)"),
)


@cache  # called for every row of 100,000-row lists
def region_label(code: str | None) -> str:
    return Region(code).label if code else "Region not recorded"


@cache
def objective_label(code: str | None) -> str:
    return dict(OBJECTIVES)[StrategicObjective(code)] if code else ""


@cache
def stage_label(code: str) -> str:
    return Stage(code).label


@cache
def status_label(code: str) -> str:
    return EvaluationStatus(code).label


@cache
def independence_label(code: str) -> str:
    return Independence(code).label


@cache
def evaluation_label(kind: str, sequence: int) -> str:
    k = EvaluationKind(kind)
    return f"{k.label} {sequence}" if k is EvaluationKind.ANNUAL_REVIEW else k.label
