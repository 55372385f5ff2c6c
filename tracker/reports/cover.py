"""The cover and notes sheet every workbook opens on: what the report is, its period and filters,
the rule set and exchange-rate basis, when it was generated, whether it is demo data, what each
sheet holds, and the definitions a reader needs to check a figure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl.styles import Alignment

from tracker.domain.i18n import QT_TRANSLATE_NOOP, translate
from tracker.reports.base import long_date, number_text
from tracker.reports.layouts import LAYOUT, label
from tracker.reports.xlsx import Book, datetime_format, wrapped_height


def exchange_rate_basis() -> str:
    return translate("ReportCover", "Amounts are in US$, converted at the rate recorded on each record (each funding line, "
                     "budget and expenditure line keeps its own rate and its US$ value, rounded once to the cent when it "
                     "was saved).")


def demo_warning(demo_records: int, all_records: int) -> str:
    """The warning printed under every sheet title, or "" for a real portfolio."""
    if not demo_records:
        return ""
    if demo_records >= all_records:
        return translate("ReportCover", "DEMO DATA: a demonstration portfolio with illustrative figures; not real ILO figures.")
    return translate("ReportCover", "Includes DEMO DATA: {demo} of {count} project(s) are demo records (illustrative, not "
                     "real ILO figures).", "", all_records).format(demo=number_text(demo_records),
                                                                   count=number_text(all_records))


@dataclass
class Cover:
    title: str
    facts: list[tuple[str, Any]] = field(default_factory=list)
    contents: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


# The titles of the rule sets tracker ships (resources/rulesets/*.json, data kept as written), marked
# so that the cover names the framework in the report's language; another rule set's title is shown
# as its file writes it.
RULE_SET_TITLES = (
    QT_TRANSLATE_NOOP("ReportCover", "ILO evaluation framework of November 2002 (GB.285/PFA/10)"),
)


def rule_set_text(names: Sequence[str]) -> str:
    from tracker.domain.rules.ruleset import RuleSetError, load_rule_set

    described = []
    for name in names:
        try:
            rules = load_rule_set(name)
            # The framework by its title, as a partner knows it; the rule set's code stays in the app.
            described.append(translate("ReportCover", "{title}, version {version}").format(
                title=translate("ReportCover", rules.title), version=rules.version))
        except RuleSetError:
            described.append(translate("ReportCover", "{name} (not found: its projects are treated as requiring no "
                                       "independent evaluation)").format(name=name))
    if not described:
        return translate("ReportCover", "none (no project records one)")
    return translate("ReportCover", "{rule_sets}, as recorded on each project").format(rule_sets="; ".join(described))


def write_cover(book: Book, cover: Cover, generated: dt.datetime) -> None:
    # As wide as a portrait page at nine tenths: the cover reads at the size of a letter.
    sheet = book.sheet(translate("ReportCover", "Notes"), [28, 84], landscape=False)
    sheet.write([cover.title], style="title", height=22)
    sheet.write([translate("ReportCover", "Generated on {date} at {time}").format(date=long_date(generated.date()),
                                                                                 time=f"{generated:%H:%M}")],
                style="subtitle")
    if book.demo:
        sheet.write([book.demo], style="demo")
    sheet.blank()
    facts = [*cover.facts, (translate("ReportCover", "Exchange rates"), exchange_rate_basis()),
             (translate("ReportCover", "Generated"), generated), (translate("ReportCover", "Layout"), label(LAYOUT)),
             (translate("ReportCover", "Demo data"), book.demo or translate("ReportCover", "No: no demo records in this report."))]
    for name, value in facts:
        fmt = datetime_format() if isinstance(value, dt.datetime) else None
        height = wrapped_height([name, value], sheet.widths)
        shown = sheet.cell(value, fmt, wrap=isinstance(value, str))
        if fmt:  # a date and time reads from the left, as the texts above and below it
            shown.alignment = Alignment(horizontal="left", vertical="top")
        sheet.append_cells([sheet.cell(name, style="label", wrap=True), shown], height)
    sheet.blank()
    sheet.write([translate("ReportCover", "Sheet"), translate("ReportCover", "What it holds")], style="header", height=18)
    for name, what in cover.contents:
        sheet.write([name, what], wrap=True)
    if cover.notes:
        sheet.blank()
        sheet.write([translate("ReportCover", "Notes")], style="label")
        for text in cover.notes:
            sheet.write(["", text], wrap=True)
