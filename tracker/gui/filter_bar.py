"""The compact bar above the portfolio table: search as you type, and one drop-down per
classification, each reading "All ..." when it does not filter."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from tracker.domain.classifications import Classification, FundingModality, Region, Stage, StrategicObjective
from tracker.gui.portfolio_columns import regular_budget_funder
from tracker.gui.portfolio_load import partners_of
from tracker.gui.portfolio_model import REGULAR_BUDGET, PortfolioFilter
from tracker.store.queries import PortfolioRow


class SearchBox(QLineEdit):
    """Esc clears the search; Down or Enter moves on to the table (`leave`)."""

    leave = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.leave.emit()
            return
        super().keyPressEvent(event)


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = SearchBox(self)
        self.search.setPlaceholderText(self.tr("Search code, title, partner or country (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search projects"))
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.stage = self._combo(self.tr("All stages"), self.tr("Project-cycle stage"), Stage)
        self.region = self._combo(self.tr("All regions"), self.tr("ILO region"), Region)
        self.partner = self._combo(self.tr("All partners"), self.tr("Funding partner"), [])
        self.modality = self._combo(self.tr("All funding"), self.tr("Funding modality"), FundingModality)
        self.outcome = self._combo(self.tr("All objectives"), self.tr("Strategic objective (outcome)"), StrategicObjective)
        self.overdue = QCheckBox(self.tr("Overdue only"), self)
        self.overdue.setToolTip(self.tr("Only projects with a mandatory evaluation past its due date"))
        self.reset_button = QToolButton(self)
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Show every project again"))
        self.reset_button.clicked.connect(self.reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(6)
        layout.addWidget(self.search, 3)
        for combo in (self.stage, self.region, self.partner, self.modality, self.outcome):
            layout.addWidget(combo, 1)
        layout.addWidget(self.overdue)
        layout.addWidget(self.reset_button)

        self.search.textChanged.connect(self.changed)
        for combo in (self.stage, self.region, self.partner, self.modality, self.outcome):
            combo.currentIndexChanged.connect(self.changed)
        self.overdue.toggled.connect(self.changed)

    def _combo(self, everything: str, tip: str, items: Iterable[Classification]) -> QComboBox:
        combo = QComboBox(self)
        combo.setToolTip(tip)
        combo.setAccessibleName(tip)
        # Long labels ("Standards and fundamental principles and rights at work") must not widen
        # the bar past a 1366-pixel screen: the box stays short, the list shows them in full.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        combo.addItem(everything, None)
        for item in items:
            combo.addItem(item.label, item.value)  # codes, not enum members: QVariant keeps str
        self._fit_popup(combo)
        return combo

    @staticmethod
    def _fit_popup(combo: QComboBox) -> None:
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    def current_filter(self) -> PortfolioFilter:
        def value(combo: QComboBox, kind: type[Classification]) -> Classification | None:
            code = combo.currentData()
            return kind.parse(code) if code else None

        return PortfolioFilter(
            text=self.search.text(),
            stage=value(self.stage, Stage),  # type: ignore[arg-type]
            region=value(self.region, Region),  # type: ignore[arg-type]
            partner=self.partner.currentData() or None,
            modality=value(self.modality, FundingModality),  # type: ignore[arg-type]
            outcome=value(self.outcome, StrategicObjective),  # type: ignore[arg-type]
            overdue_only=self.overdue.isChecked(),
        )

    def reset(self) -> None:
        """Every filter off, with a single `changed`."""
        widgets = (self.search, self.stage, self.region, self.partner, self.modality, self.outcome, self.overdue)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.stage, self.region, self.partner, self.modality, self.outcome):
            combo.setCurrentIndex(0)
        self.overdue.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self.overdue.toggled.emit(False)  # keeps View > Show overdue only in step
        self.changed.emit()

    def set_partners(self, rows: list[PortfolioRow]) -> None:
        """List the partners that fund the loaded projects, keeping the current choice when it is
        still there (a reload must not silently drop a filter that still applies)."""
        self.set_partner_list(*partners_of(rows))

    def set_partner_list(self, partners: dict[str, str], regular: bool) -> None:
        """set_partners from the partners funding the loaded projects (code -> name) and whether
        any is funded by the regular budget, as portfolio_load.partners_of gives them (on the
        worker thread for a large list)."""
        current = self.partner.currentData()
        self.partner.blockSignals(True)
        self.partner.clear()
        self.partner.addItem(self.tr("All partners"), None)
        for code, name in sorted(partners.items(), key=lambda item: item[1].casefold()):
            self.partner.addItem(f"{name} ({code})", code)
        if regular:
            self.partner.addItem(self.tr("{funder} (regular budget)").format(funder=regular_budget_funder()), REGULAR_BUDGET)
        found = self.partner.findData(current) if current else 0
        self.partner.setCurrentIndex(max(found, 0))
        self.partner.blockSignals(False)
        self._fit_popup(self.partner)
        if current and found < 0:
            self.changed.emit()
