"""The Reports dialog: which workbook, for which partner and period, into which file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from tracker.domain.dates import parse_iso_date
from tracker.gui.form_dialog import FormDialog
from tracker.store.partners import list_partners

KINDS = {
    "donor": "Donor report (one funding partner)",
    "portfolio": "Portfolio statistics",
    "evaluations": "Evaluation compliance",
}


@dataclass(frozen=True)
class ReportRequest:
    kind: str  # donor, portfolio, evaluations
    path: Path
    partner: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    compare_from: int | None = None
    compare_to: int | None = None
    as_of: dt.date | None = None


def ask_save_path(parent: QWidget, suggested: str) -> str:
    """The file dialog; a module function so tests can answer it."""
    path, _ = QFileDialog.getSaveFileName(parent, "Save the report as", suggested, "Excel workbook (*.xlsx)")
    return path


def _year_box(parent: QWidget, value: int) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(1900, 2200)
    box.setValue(value)
    box.setGroupSeparatorShown(False)
    return box


class ReportDialog(FormDialog):
    def __init__(self, kind: str = "donor", parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__("Export a report", parent)
        self.setMinimumWidth(600)
        self.folder = folder or Path.home()
        this_year = dt.date.today().year
        self.kind = QComboBox(self)
        for code, label in KINDS.items():
            self.kind.addItem(label, code)
        self.partner = QComboBox(self)
        for partner in list_partners():
            self.partner.addItem(f"{partner.name} ({partner.code})", partner.code)
        self.year_from = _year_box(self, this_year - 4)
        self.year_to = _year_box(self, this_year)
        period = QWidget(self)
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.year_from)
        row.addWidget(QLabel("to", period))
        row.addWidget(self.year_to)
        row.addStretch(1)
        self.compare = QCheckBox("Compare with the years", self)
        self.compare_from = _year_box(self, this_year - 9)
        self.compare_to = _year_box(self, this_year - 5)
        comparison = QWidget(self)
        row = QHBoxLayout(comparison)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.compare, self.compare_from, QLabel("to", comparison), self.compare_to):
            row.addWidget(widget)
        row.addStretch(1)
        self.compare_note = QLabel("Without it, Table V.1 compares the period with as many years just before it.", self)
        self.compare_note.setWordWrap(True)
        self.compare_note.setStyleSheet("color: #555555;")
        self.as_of = QLineEdit(dt.date.today().isoformat(), self)
        self.path = QLineEdit(self)
        browse = QPushButton("&Browse…", self)
        browse.clicked.connect(self._browse)
        file_row = QWidget(self)
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)

        self.form.addRow("&Report:", self.kind)
        self.form.addRow("&Partner:", self.partner)
        self.form.addRow("&Years:", period)
        self.form.addRow("", comparison)
        self.form.addRow("", self.compare_note)
        self.form.addRow("&As of (YYYY-MM-DD):", self.as_of)
        self.form.addRow("&File:", file_row)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Export")

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.partner.currentIndexChanged, self.year_from.valueChanged, self.year_to.valueChanged,
                       self.compare.toggled, self.compare_from.valueChanged, self.compare_to.valueChanged,
                       self.as_of.textChanged, self.path.textChanged):
            signal.connect(self.refresh)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._kind_changed()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        for widget, shown in (
            (self.partner, kind == "donor"),
            (self.year_from.parentWidget(), kind in ("donor", "portfolio")),
            (self.compare.parentWidget(), kind == "portfolio"),
            (self.compare_note, kind == "portfolio"),
            (self.as_of, kind in ("donor", "evaluations")),
        ):
            widget.setVisible(shown)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
        self.path.setText(str(self.folder / self._suggested_name()))
        self.refresh()

    def _suggested_name(self) -> str:
        kind = self.current_kind()
        if kind == "donor":
            code = str(self.partner.currentData() or "partner").replace("/", "-")
            return f"donor-report-{code}-{self.year_from.value()}-{self.year_to.value()}.xlsx"
        if kind == "portfolio":
            return f"portfolio-statistics-{self.year_from.value()}-{self.year_to.value()}.xlsx"
        return f"evaluation-compliance-{self.as_of.text().strip() or 'today'}.xlsx"

    def _browse(self) -> None:
        chosen = ask_save_path(self, self.path.text() or str(self.folder / self._suggested_name()))
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def problem(self) -> str:
        kind = self.current_kind()
        if kind == "donor" and self.partner.currentData() is None:
            return "there is no funding partner in this database yet"
        if kind in ("donor", "portfolio") and self.year_from.value() > self.year_to.value():
            return "the first year is after the last year"
        if kind == "portfolio" and self.compare.isChecked() and self.compare_from.value() > self.compare_to.value():
            return "the comparison period starts after it ends"
        if kind in ("donor", "evaluations"):
            try:
                parse_iso_date(self.as_of.text(), "the as-of date")
            except ValueError as exc:
                return str(exc)
        text = self.path.text().strip()
        if not text:
            return "choose the file to write"
        if not text.lower().endswith(".xlsx"):
            return "the report is an Excel workbook: give the file name the extension .xlsx"
        return ""

    def request(self) -> ReportRequest:
        kind = self.current_kind()
        compare = kind == "portfolio" and self.compare.isChecked()
        return ReportRequest(
            kind=kind,
            path=Path(self.path.text().strip()).expanduser(),
            partner=self.partner.currentData() if kind == "donor" else None,
            year_from=self.year_from.value() if kind != "evaluations" else None,
            year_to=self.year_to.value() if kind != "evaluations" else None,
            compare_from=self.compare_from.value() if compare else None,
            compare_to=self.compare_to.value() if compare else None,
            as_of=parse_iso_date(self.as_of.text()) if kind != "portfolio" else None,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, kind: str = "donor", folder: Path | None = None) -> ReportRequest | None:
        dialog = cls(kind, parent, folder)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
