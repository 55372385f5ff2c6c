"""A read-only summary of the selected project under the portfolio table, built from the row the
table already holds (no query)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from tracker.gui.formats import Formats, delivery_tenths
from tracker.gui.portfolio_columns import country_names, evaluation_tip, regular_budget_funder
from tracker.store.queries import PortfolioRow


class ProjectSummary(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Selected project"))
        self.show_row(None, Formats())

    def show_row(self, row: PortfolioRow | None, fmt: Formats, selected: int = 1) -> None:
        if row is None:
            hint = self.tr("{n} project(s) selected.", "", selected).format(n=fmt.integer(selected)) if selected > 1 else self.tr(
                "Select a project to see its summary; Enter or a double-click opens it."
            )
            self.setHtml(f"<p style='color: gray'>{escape(hint)}</p>")
            return
        demo_data, archived = self.tr("demo data"), self.tr("archived")
        demo = f" <i style='color: gray'>({escape(demo_data)})</i>" if row.is_demo else ""
        if row.archived:  # listed with View > Show Archived Projects
            demo += f" <i style='color: gray'>({escape(archived)})</i>"
        places = ", ".join(line.split(": ", 1)[1] for line in country_names(row.countries).splitlines())
        partners = "; ".join((*row.partner_names, *([regular_budget_funder()] if row.regular_budget else []))) or self.tr("none recorded")
        rate = delivery_tenths(row.expenditure_cents, row.budget_cents)
        money = self.tr("Budget US$ {budget} · spent US$ {spent} · delivery {rate}").format(
            budget=fmt.money(row.budget_cents) or "—", spent=fmt.money(row.expenditure_cents), rate=f"{fmt.tenths(rate)} %" if rate is not None else "—"
        )
        facts = [
            row.stage.label,
            row.region.label if row.region else self.tr("no region"),
            places or self.tr("no country"),
            row.outcome.label if row.outcome else self.tr("no strategic objective"),
        ]
        modalities = ", ".join(m.label for m in row.modalities)
        partners_line = self.tr("Partners: {partners} · {modalities}").format(partners=partners, modalities=modalities)
        evaluations = "<br>".join(escape(line) for line in evaluation_tip(row, fmt).splitlines())
        colour = " style='color: #b71c1c; font-weight: bold'" if row.overdue_count else ""
        self.setHtml(
            f"<b>{escape(row.code)}</b> — {escape(row.title)}{demo}<br>"
            f"{escape(' · '.join(facts))}<br>"
            f"{escape(partners_line)}<br>"
            f"{escape(money)}<br>"
            f"<span{colour}>{evaluations}</span>"
        )
