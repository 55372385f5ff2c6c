"""Report layouts as data: which rows each table shows, in which order and under which label,
after the tables of the ILO's technical-cooperation reports and donor profiles. Changing a grouping is an edit here,
not in the workbook code; LAYOUT names the version printed on every cover sheet.

Labels are the English source texts, marked for translation (context "ReportLabel") and
translated where a report shows them (`label()`), in the report's language."""

from __future__ import annotations

from functools import cache
from typing import TypeVar

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
from tracker.domain.i18n import QT_TRANSLATE_NOOP, current_language, translate

K = TypeVar("K")

LAYOUT = QT_TRANSLATE_NOOP("ReportLabel", "report layouts, version 1")


def label(text: str) -> str:
    """A label of this module (marked in the context "ReportLabel") in the current language."""
    return translate("ReportLabel", text)


PC = PartnerCategory

ANNEX_2_GROUPS: tuple[tuple[PartnerCategory, str], ...] = (
    # Annex 2 order and labels (003:5030-5852); "Other intergovernmental organizations" is not
    # in Annex 2 (its Annex 1 row is the EU's figure), so tracker's own category comes last.
    (PC.MULTI_BILATERAL, QT_TRANSLATE_NOOP("ReportLabel", "Multi-bilateral donors")),
    (PC.DOMESTIC_TRUST_FUND, QT_TRANSLATE_NOOP("ReportLabel", "Direct trust funds")),
    (PC.NON_STATE, QT_TRANSLATE_NOOP("ReportLabel", "Non-state actors")),
    (PC.IFI, QT_TRANSLATE_NOOP("ReportLabel", "IFIs (banks)")),
    (PC.UNITED_NATIONS, QT_TRANSLATE_NOOP("ReportLabel", "United Nations")),
    (PC.EUROPEAN_UNION, QT_TRANSLATE_NOOP("ReportLabel", "European Union")),
    (PC.OTHER_INTERGOVERNMENTAL, QT_TRANSLATE_NOOP("ReportLabel", "Other intergovernmental organizations")),
)
CATEGORY_LABELS = dict(ANNEX_2_GROUPS)

TABLE_V1_GROUPS: tuple[tuple[str, tuple[PartnerCategory, ...]], ...] = (
    # Table V.1 (003:2092-2156): "Other sources" are "direct trust funds, non-state actors,
    # international financial institutions and the European Union" (plus tracker's OIGO).
    (QT_TRANSLATE_NOOP("ReportLabel", "United Nations"), (PC.UNITED_NATIONS,)),
    (QT_TRANSLATE_NOOP("ReportLabel", "Multi-bilateral donors"), (PC.MULTI_BILATERAL,)),
    (QT_TRANSLATE_NOOP("ReportLabel", "Other sources"), (PC.DOMESTIC_TRUST_FUND, PC.NON_STATE, PC.IFI, PC.EUROPEAN_UNION,
                                                          PC.OTHER_INTERGOVERNMENTAL)),
)

REGION_NOT_RECORDED = QT_TRANSLATE_NOOP("ReportLabel", "Region not recorded")
REGION_ORDER: tuple[Region | None, ...] = (
    # Table V.2 row order (003:2333-2413), with tracker's region names.
    Region.AFRICA, Region.AMERICAS, Region.ASIA_PACIFIC, Region.EUROPE_CENTRAL_ASIA, Region.ARAB_STATES,
    Region.INTERREGIONAL, None,
)


def regions() -> tuple[tuple[Region | None, str], ...]:
    """The regions in Table V.2's order, each with its name in the current language."""
    return tuple((r, region_label(r.value if r else None)) for r in REGION_ORDER)


def labelled(rows: tuple[tuple[K, str], ...]) -> tuple[tuple[K, str], ...]:
    """A table of (key, label marked in this module) with the labels in the current language."""
    return tuple((key, label(text)) for key, text in rows)


OBJECTIVES: tuple[tuple[StrategicObjective | None, str], ...] = (
    # Short sector names of the tables (domain 3.1); "Others" as defined at 003:2274-2275.
    (StrategicObjective.STANDARDS, QT_TRANSLATE_NOOP("ReportLabel", "Standards")),
    (StrategicObjective.EMPLOYMENT, QT_TRANSLATE_NOOP("ReportLabel", "Employment")),
    (StrategicObjective.SOCIAL_PROTECTION, QT_TRANSLATE_NOOP("ReportLabel", "Social protection")),
    (StrategicObjective.SOCIAL_DIALOGUE, QT_TRANSLATE_NOOP("ReportLabel", "Social dialogue")),
    (StrategicObjective.OTHERS, QT_TRANSLATE_NOOP("ReportLabel", "Others")),
    (None, QT_TRANSLATE_NOOP("ReportLabel", "Objective not recorded")),
)


def expenditure_types() -> tuple[tuple[ExpenditureType, str], ...]:
    return tuple((t, t.label) for t in ExpenditureType)


MODALITIES: tuple[tuple[FundingModality, str], ...] = (
    # Seed 000's contribution lines: voluntary core, then earmarked, then trust funds.
    (FundingModality.VOLUNTARY_CORE, QT_TRANSLATE_NOOP("ReportLabel", "Voluntary core funding (unearmarked, RBSA)")),
    (FundingModality.EARMARKED, QT_TRANSLATE_NOOP("ReportLabel", "Voluntary earmarked funding (XB)")),
    (FundingModality.DOMESTIC_TRUST_FUND, QT_TRANSLATE_NOOP("ReportLabel", "Domestic trust fund")),
    (FundingModality.REGULAR_BUDGET, QT_TRANSLATE_NOOP("ReportLabel", "Regular budget (RBTC)")),
)


# Called for every row of 100,000-row lists: each label is looked up once per language.

def region_label(code: str | None) -> str:
    return _region_label(code, current_language())


def objective_label(code: str | None) -> str:
    return _objective_label(code, current_language())


def stage_label(code: str) -> str:
    return _stage_label(code, current_language())


def status_label(code: str) -> str:
    return _status_label(code, current_language())


def independence_label(code: str) -> str:
    return _independence_label(code, current_language())


def evaluation_label(kind: str, sequence: int) -> str:
    return _evaluation_label(kind, sequence, current_language())


@cache
def _region_label(code: str | None, language: str) -> str:
    return Region(code).label if code else label(REGION_NOT_RECORDED)


@cache
def _objective_label(code: str | None, language: str) -> str:
    return label(dict(OBJECTIVES)[StrategicObjective(code)]) if code else ""


@cache
def _stage_label(code: str, language: str) -> str:
    return Stage(code).label


@cache
def _status_label(code: str, language: str) -> str:
    return EvaluationStatus(code).label


@cache
def _independence_label(code: str, language: str) -> str:
    return Independence(code).label


@cache
def _evaluation_label(kind: str, sequence: int, language: str) -> str:
    k = EvaluationKind(kind)
    return f"{k.label} {sequence}" if k is EvaluationKind.ANNUAL_REVIEW else k.label
