"""Column specs of the editor's record tables: which fields each table shows, in what order and
how wide on screen; headers and kinds of value come from the record descriptions."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemDelegate, QWidget

from tracker.domain.codelists import offered_currencies
from tracker.domain.records import BUDGET_LINE, BUDGET_REVISION, EXPENDITURE, FUNDING, PROGRESS_REPORT, RESULT_INDICATOR
from tracker.gui.editor.records import Column, column


def _partner_choices() -> list[tuple[str, str | None]]:
    from tracker.store.partners import list_partners

    return [(QCoreApplication.translate("EditorTables", "(none: ILO regular budget)"), None)] + [(f"{p.name} ({p.code})", p.code) for p in list_partners()]


@cache
def _currency_choices() -> list[tuple[str, str | None]]:
    """The currencies offered for a line, by code (a list: no typing slip such as "eur" or
    "EUT"); read once, since every painted cell looks its label up here."""
    return [(code, code) for code, _name in offered_currencies()]


def _partner_delegate(view: QWidget) -> QAbstractItemDelegate:
    from tracker.gui.partner_picker import PartnerDelegate

    return PartnerDelegate(view)


def funding_columns() -> list[Column]:
    return [
        column(FUNDING, "partner_code", 200, kind="choice", choices=_partner_choices, delegate=_partner_delegate),
        column(FUNDING, "modality", 190),
        column(FUNDING, "amount", 120),
        column(FUNDING, "currency", 70, kind="choice", choices=_currency_choices),
        column(FUNDING, "usd_rate", 80),
        column(FUNDING, "approved_on", 100),
        column(FUNDING, "locally_mobilized", 60),
        column(FUNDING, "agreement_reference", 140),
    ]


def revision_columns() -> list[Column]:
    return [
        column(BUDGET_REVISION, "revised_on", 100),
        column(BUDGET_REVISION, "new_budget", 120),
        column(BUDGET_REVISION, "new_end", 100),
        column(BUDGET_REVISION, "new_usd_rate", 90),
        column(BUDGET_REVISION, "reason", 200),
    ]


def expenditure_columns() -> list[Column]:
    return [
        column(EXPENDITURE, "year", 60),
        column(EXPENDITURE, "month", 60),
        column(EXPENDITURE, "expenditure_type", 180),
        column(EXPENDITURE, "amount", 120),
        column(EXPENDITURE, "currency", 70, kind="choice", choices=_currency_choices),
        column(EXPENDITURE, "usd_rate", 80),
        column(EXPENDITURE, "output", 160),
    ]


def indicator_columns() -> list[Column]:
    return [
        column(RESULT_INDICATOR, "name", 260),
        column(RESULT_INDICATOR, "unit", 90),
        column(RESULT_INDICATOR, "baseline", 80),
        column(RESULT_INDICATOR, "target", 80),
        column(RESULT_INDICATOR, "achieved", 80),
        column(RESULT_INDICATOR, "women_share", 70),
    ]


def budget_line_columns() -> list[Column]:
    """The heading is one of the types of expenditure, picked from their translated labels, so
    that expenditure lines of the same type set against it."""
    return [
        column(BUDGET_LINE, "heading", 180),
        column(BUDGET_LINE, "output", 140),
        column(BUDGET_LINE, "amount", 110),
        column(BUDGET_LINE, "variance_note", 220),
    ]


def progress_report_columns() -> list[Column]:
    """The list of a project's progress reports; the narrative is edited below it."""
    return [
        column(PROGRESS_REPORT, "period_start", 100),
        column(PROGRESS_REPORT, "period_end", 100),
        column(PROGRESS_REPORT, "prepared_by", 200),
    ]
