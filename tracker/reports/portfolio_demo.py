"""What the portfolio report says about the demonstration portfolio's historical part
(resources/demo/20-historical-2000-2004.json): which tables of the ILO's 2006 report on technical
cooperation it reproduces cell for cell, and which it cannot and why, so that a reader comparing
the two is not misled. Printed only when the report holds demo records and covers those years."""

from __future__ import annotations

from decimal import Decimal

from tracker.domain.i18n import translate
from tracker.reports.base import Period, number_text

# The period whose tables the historical demo reproduces (it holds approvals of 1995-2004 and
# expenditure to 2006).
REPRODUCED = Period(2000, 2004)


def shows_historical_demo(demo: str, period: Period) -> bool:
    return bool(demo) and period.first <= REPRODUCED.last and period.last >= REPRODUCED.first


def _percent(value: str) -> str:
    places = len(value.partition(".")[2])  # as the 2006 report prints it: "17.7", "31"
    return translate("PortfolioReport", "{value} %").format(value=number_text(Decimal(value), places))


def cover_note() -> str:
    return translate(
        "PortfolioReport",
        "Demonstration data: the historical part of the demonstration portfolio reproduces, for 2000-2004, the statistical "
        "tables of the ILO's 2006 report 'The role of the ILO in technical cooperation': Tables V.1 and V.2 (with their "
        "1995-1999 columns), Annex 1A and Annex 2 cell for cell at the printed rounding, and Annex 1B except its row "
        "'Integration' (see the note on that sheet). Annex 3 and most of Figure V.5 are not reproduced: their values are "
        "not printed in the text of that report from which the data were built, so those figures are illustrative (see "
        "the notes on those sheets).")


def annex_1b_note() -> str:
    return translate(
        "PortfolioReport",
        "Demonstration data: the 2006 report's Annex 1B has a row 'Integration' (policy integration: US${total} million, "
        "of which US${local} million locally mobilized) that this classification of strategic objectives does not have; "
        "those approvals are counted under 'Others', which therefore shows US${others} million ({share}) instead of "
        "US${printed} million ({printed_share}). The other rows are as printed.").format(
        total=number_text(Decimal("2.3"), 1), local=number_text(Decimal("0.1"), 1), others=number_text(Decimal("38.5"), 1),
        share=_percent("8.0"), printed=number_text(Decimal("36.2"), 1), printed_share=_percent("7.6"))


def annex_3_note() -> str:
    return translate(
        "PortfolioReport",
        "Demonstration data: this table does not reproduce the 2006 report's Annex 3, whose values are not printed in the "
        "text from which the data were built. It follows that report's text: expenditure of US${first} million in 2000 and "
        "US${second} million in 2003, social protection {protection} and social dialogue {dialogue} of 2000-2004.").format(
        first=number_text(91), second=number_text(138), protection=_percent("11"), dialogue=_percent("14"))


def figure_v5_note() -> str:
    return translate(
        "PortfolioReport",
        "Demonstration data: of the 2006 report's Figure V.5 only two shares for 2000-2004 are printed in the text from "
        "which the data were built, subcontracts {subcontracts} and other personnel {personnel}; these are reproduced, the "
        "other shares are illustrative.").format(subcontracts=_percent("17.7"), personnel=_percent("31"))
