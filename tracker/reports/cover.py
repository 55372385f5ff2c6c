"""The cover and notes sheet every workbook opens on: what the report is, its period and filters,
the rule set and exchange-rate basis, when it was generated, whether it is demo data, what each
sheet holds, and the definitions a reader needs to check a figure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from tracker.reports.layouts import LAYOUT
from tracker.reports.xlsx import DATETIME, Book, wrapped_height

EXCHANGE_RATE_BASIS = (
    "Amounts are in US$, converted at the rate recorded on each record (each funding line, budget and "
    "expenditure line keeps its own rate and its US$ value, rounded once to the cent when it was saved)."
)


def demo_warning(demo_records: int, all_records: int) -> str:
    """The warning printed under every sheet title, or "" for a real portfolio."""
    if not demo_records:
        return ""
    if demo_records >= all_records:
        return "DEMO DATA: a demonstration portfolio with illustrative figures; not real ILO figures."
    return f"Includes DEMO DATA: {demo_records} of {all_records} projects are demo records (illustrative, not real ILO figures)."


@dataclass
class Cover:
    title: str
    facts: list[tuple[str, Any]] = field(default_factory=list)
    contents: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def rule_set_text(names: Sequence[str]) -> str:
    from tracker.domain.rules.ruleset import RuleSetError, load_rule_set

    described = []
    for name in names:
        try:
            rules = load_rule_set(name)
            described.append(f"{rules.label} ({rules.title})")
        except RuleSetError:
            described.append(f"{name} (not found: its projects are treated as requiring no independent evaluation)")
    return "; ".join(described) + ", as recorded on each project" if described else "none (no project records one)"


def write_cover(book: Book, cover: Cover, generated: dt.datetime) -> None:
    sheet = book.sheet("Notes", [30, 110], landscape=False)
    sheet.write([cover.title], style="title", height=22)
    sheet.write([f"Generated on {generated:%d %B %Y at %H:%M}"], style="subtitle")
    if book.demo:
        sheet.write([book.demo], style="demo")
    sheet.blank()
    facts = [*cover.facts, ("Exchange rates", EXCHANGE_RATE_BASIS), ("Generated", generated), ("Layout", LAYOUT),
             ("Demo data", book.demo or "No: no demo records in this report.")]
    for label, value in facts:
        fmt = DATETIME if isinstance(value, dt.datetime) else None
        height = wrapped_height([label, value], sheet.widths)
        sheet.append_cells([sheet.cell(label, style="label", wrap=True), sheet.cell(value, fmt, wrap=isinstance(value, str))], height)
    sheet.blank()
    sheet.write(["Sheet", "What it holds"], style="header", height=18)
    for name, what in cover.contents:
        sheet.write([name, what], wrap=True)
    if cover.notes:
        sheet.blank()
        sheet.write(["Notes"], style="label")
        for text in cover.notes:
            sheet.write(["", text], wrap=True)
