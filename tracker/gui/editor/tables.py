"""Column specs of the editor's record tables."""

from __future__ import annotations

from tracker.domain.classifications import ExpenditureType, FundingModality
from tracker.gui.editor.records import Column


def _partner_choices() -> list[tuple[str, str | None]]:
    from tracker.store.partners import list_partners

    return [("(none: ILO regular budget)", None)] + [(f"{p.name} ({p.code})", p.code) for p in list_partners()]


def funding_columns() -> list[Column]:
    return [
        Column("Partner", "partner_code", "choice", choices=_partner_choices, width=200),
        Column("Modality", "modality", "enum", FundingModality, width=190),
        Column("Amount", "amount", "money", width=120),
        Column("Currency", "currency", width=70),
        Column("US$ rate", "usd_rate", "decimal", width=80),
        Column("Approved on", "approved_on", "date", width=100),
        Column("Locally mobilized", "locally_mobilized", "bool", width=60),
    ]


def revision_columns() -> list[Column]:
    return [
        Column("Revised on", "revised_on", "date", width=100),
        Column("New budget", "new_budget", "money", optional=True, width=120),
        Column("New end", "new_end", "date", optional=True, width=100),
        Column("New US$ rate", "new_usd_rate", "decimal", optional=True, width=90),
        Column("Reason", "reason", width=200),
    ]


def expenditure_columns() -> list[Column]:
    return [
        Column("Year", "year", "int", width=60),
        Column("Month", "month", "int", optional=True, width=60),
        Column("Type of expenditure", "expenditure_type", "enum", ExpenditureType, width=180),
        Column("Amount", "amount", "money", width=120),
        Column("Currency", "currency", width=70),
        Column("US$ rate", "usd_rate", "decimal", width=80),
    ]


def indicator_columns() -> list[Column]:
    return [
        Column("Indicator", "name", width=260),
        Column("Unit", "unit", width=90),
        Column("Baseline", "baseline", "decimal", optional=True, width=80),
        Column("Target", "target", "decimal", optional=True, width=80),
        Column("Achieved", "achieved", "decimal", optional=True, width=80),
        Column("% women", "women_share", "decimal", optional=True, width=70),
    ]
