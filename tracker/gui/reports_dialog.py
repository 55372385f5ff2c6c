"""The Reports dialog: which workbook, for which partner and period, into which file. The file's
name follows what is chosen until the user gives one of their own; an existing file is replaced
only after a question."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from tracker.domain import i18n
from tracker.domain.dates import parse_iso_date
from tracker.gui.form_dialog import FormDialog
from tracker.gui.settings import Key, Settings
from tracker.store.partners import list_partners

KINDS: dict[str, str] = {  # marked for translation, translated when shown
    "donor": str(QT_TRANSLATE_NOOP("ReportDialog", "Donor report (one funding partner)")),
    "portfolio": str(QT_TRANSLATE_NOOP("ReportDialog", "Portfolio statistics")),
    "evaluations": str(QT_TRANSLATE_NOOP("ReportDialog", "Evaluation compliance")),
}

# The donor report's certification names, offered again next time: the same officer prepares and
# the same manager approves report after report.
PREPARED_BY: Key[str] = Key("reports/prepared_by", "")
APPROVED_BY: Key[str] = Key("reports/approved_by", "")
NAME_WIDTH = 200  # the most characters a certification name keeps, as a progress report's "prepared by"
# The partners whose donor reports value the statements at the period-end rate: a donor that asks
# for its exchange gain or loss asks for it report after report, so the box is ticked again for it.
PERIOD_END_RATE_PARTNERS: Key[list[str]] = Key("reports/period_end_rate_partners", [])

# Characters Windows, macOS or Linux refuse in a file name (and control characters).
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')



def safe_file_name(name: str) -> str:
    """`name` with what a file system refuses replaced by "-", and no leading or trailing dots or
    spaces (Windows drops them)."""
    return _UNSAFE.sub("-", name).strip(" .") or "report"


def suggested_file_name(kind: str, partner: str | None = None, year_from: int | None = None,
                        year_to: int | None = None, as_of: str = "") -> str:
    """The file name that says what the workbook holds: "Donor report LUX 2024-2025.xlsx"."""
    period = str(year_from) if year_from == year_to else f"{year_from}-{year_to}"
    if kind == "donor":
        name = QCoreApplication.translate("ReportDialog", "Donor report {partner} {period}").format(partner=partner or QCoreApplication.translate("ReportDialog", "partner"), period=period)
    elif kind == "portfolio":
        name = QCoreApplication.translate("ReportDialog", "Portfolio statistics {period}").format(period=period)
    else:
        name = QCoreApplication.translate("ReportDialog", "Evaluation compliance {date}").format(date=as_of or dt.date.today().isoformat())
    return safe_file_name(name) + ".xlsx"


def ask_replace(parent: QWidget, path: Path) -> bool:
    """Whether to write over the existing file; No is the default. A module function so tests
    can answer it."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("ReportDialog", "Replace the file?"),
        QCoreApplication.translate("ReportDialog", "{name} already exists in {folder}. Replace it with the new report?").format(name=path.name, folder=path.parent),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_not_writable(parent: QWidget, problem: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("ReportDialog", "Cannot write the report"), problem)


def not_writable(path: Path) -> str:
    """One sentence when the report cannot be written at `path`, else ""."""
    folder = path.parent
    if not folder.is_dir():
        return QCoreApplication.translate("ReportDialog", "The folder {folder} does not exist: choose another folder.").format(folder=folder)
    if path.is_dir():
        return QCoreApplication.translate("ReportDialog", "{path} is a folder: give a file name.").format(path=path)
    if path.exists():
        try:
            # Opening for appending writes nothing; it fails for a read-only file and, on
            # Windows, for a workbook open in Excel.
            with open(path, "ab"):
                pass
        except OSError:
            return QCoreApplication.translate("ReportDialog", "{name} cannot be replaced: it is read-only or open in another program "
                      "(close it there, or choose another name).").format(name=path.name)
    elif not os.access(folder, os.W_OK):
        return QCoreApplication.translate("ReportDialog", "The folder {folder} cannot be written to: choose another folder.").format(folder=folder)
    return ""


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
    language: str | None = None  # en, fr, es: the language the workbook is written in
    # A donor report's certification block; blank lines to sign by hand when not given.
    prepared_by: str = ""
    approved_by: str = ""
    # The statements' totals also in US$ at the period-end rate, with the exchange gain or loss.
    period_end_rate: bool = False


def partner_language(partner: object) -> str:
    """A partner's reporting language ("en" for a record that has none)."""
    return i18n.normalise_language(getattr(partner, "reporting_language", None)) or i18n.SOURCE_LANGUAGE


def ask_save_path(parent: QWidget, suggested: str) -> str:
    """The file dialog; a module function so tests can answer it. It does not ask about
    replacing a file: the Reports dialog asks that once, on Export."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ReportDialog", "Save the report as"), suggested, QCoreApplication.translate("ReportDialog", "Excel workbook (*.xlsx)"),
                                          options=QFileDialog.Option.DontConfirmOverwrite)
    return path


def _year_box(parent: QWidget, value: int) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(1900, 2200)
    box.setValue(value)
    box.setGroupSeparatorShown(False)
    return box


class ReportDialog(FormDialog):
    def __init__(self, kind: str = "donor", parent: QWidget | None = None, folder: Path | None = None,
                 settings: Settings | None = None) -> None:
        super().__init__(QCoreApplication.translate("ReportDialog", "Export a report"), parent)
        self.setMinimumWidth(600)
        self.folder = folder or Path.home()
        # The path the dialog last suggested: while the file box still holds it, the name follows
        # the choices; once the user types or browses to another, theirs stays.
        self._suggested_path = ""
        this_year = dt.date.today().year
        self.kind = QComboBox(self)
        for code, label in KINDS.items():
            self.kind.addItem(QCoreApplication.translate("ReportDialog", label), code)
        self.partner = QComboBox(self)
        self._partner_languages: dict[str, str] = {}
        for partner in list_partners():
            self.partner.addItem(f"{partner.name} ({partner.code})", partner.code)
            self._partner_languages[partner.code] = partner_language(partner)
        # The workbook's language, each named in itself: a donor report's follows its partner's
        # reporting language, the others' the user's; the user may choose another.
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.year_from = _year_box(self, this_year - 4)
        self.year_to = _year_box(self, this_year)
        period = QWidget(self)
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.year_from)
        row.addWidget(QLabel(QCoreApplication.translate("ReportDialog", "to"), period))
        row.addWidget(self.year_to)
        row.addStretch(1)
        self.compare = QCheckBox(QCoreApplication.translate("ReportDialog", "Compare with the years"), self)
        self.compare_from = _year_box(self, this_year - 9)
        self.compare_to = _year_box(self, this_year - 5)
        comparison = QWidget(self)
        row = QHBoxLayout(comparison)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.compare, self.compare_from, QLabel(QCoreApplication.translate("ReportDialog", "to"), comparison), self.compare_to):
            row.addWidget(widget)
        row.addStretch(1)
        self.compare_note = QLabel(QCoreApplication.translate("ReportDialog", "Without it, Table V.1 compares the period with as many years just before it."), self)
        self.compare_note.setWordWrap(True)
        self.compare_note.setStyleSheet("color: #555555;")
        self.as_of = QLineEdit(dt.date.today().isoformat(), self)
        # The main window's settings when it is the parent (the file tests and --screenshot choose).
        self.settings: Settings = settings or getattr(parent, "settings", None) or Settings()
        self.prepared_by = QLineEdit(self.settings.get(PREPARED_BY), self)
        self.approved_by = QLineEdit(self.settings.get(APPROVED_BY), self)
        for signatory in (self.prepared_by, self.approved_by):
            signatory.setMaxLength(NAME_WIDTH)
            signatory.setPlaceholderText(QCoreApplication.translate("ReportDialog", "Name and title; blank: a line to sign"))
        self.period_end_rate = QCheckBox(QCoreApplication.translate(
            "ReportDialog", "Exchange &gain or loss at the period-end rate"), self)
        self.period_end_rate.setToolTip(QCoreApplication.translate(
            "ReportDialog", "Each financial statement's totals also in US$ at the exchange rate in force on the last day of the "
            "period, beside their value at the rates recorded; remembered for this partner"))
        self.path = QLineEdit(self)
        browse = QPushButton(QCoreApplication.translate("ReportDialog", "&Browse…"), self)
        browse.clicked.connect(self._browse)
        file_row = QWidget(self)
        row = QHBoxLayout(file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)

        self.form.addRow(QCoreApplication.translate("ReportDialog", "&Report:"), self.kind)
        self.form.addRow(QCoreApplication.translate("ReportDialog", "&Partner:"), self.partner)
        self.form.addRow(QCoreApplication.translate("ReportDialog", "&Years:"), period)
        self.form.addRow("", comparison)
        self.form.addRow("", self.compare_note)
        self.form.addRow(QCoreApplication.translate("ReportDialog", "&As of (YYYY-MM-DD):"), self.as_of)
        self.form.addRow(QCoreApplication.translate("ReportDialog", "Prepare&d by:"), self.prepared_by)
        self.form.addRow(QCoreApplication.translate("ReportDialog", "Appro&ved by:"), self.approved_by)
        self.form.addRow("", self.period_end_rate)
        self.form.addRow(QCoreApplication.translate("ReportDialog", "&Language:"), self.language)
        self.form.addRow(QCoreApplication.translate("ReportDialog", "&File:"), file_row)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("ReportDialog", "&Export"))
        # Room for a two-line message kept free: a message appearing does not move Export.
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing())

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.partner.currentIndexChanged.connect(self._default_language)
        self.partner.currentIndexChanged.connect(self._partner_preference)
        for signal in (self.partner.currentIndexChanged, self.year_from.valueChanged, self.year_to.valueChanged,
                       self.as_of.textChanged):
            signal.connect(self._choice_changed)
        for signal in (self.compare.toggled, self.compare_from.valueChanged, self.compare_to.valueChanged,
                       self.path.textChanged):
            signal.connect(self.refresh)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._kind_changed()
        # Tab goes down the form as it reads, whatever order the widgets were made in.
        chain = [self.kind, self.partner, self.year_from, self.year_to, self.compare, self.compare_from, self.compare_to,
                 self.as_of, self.prepared_by, self.approved_by, self.period_end_rate, self.language, self.path, browse]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

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
            (self.prepared_by, kind == "donor"),
            (self.approved_by, kind == "donor"),
            (self.period_end_rate, kind == "donor"),
        ):
            widget.setVisible(shown)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
        self._default_language()
        self._partner_preference()
        self._choice_changed()

    def _partner_preference(self) -> None:
        """Tick the period-end rate for a partner that had it last time."""
        code = self.partner.currentData()
        self.period_end_rate.setChecked(code is not None and str(code) in self.settings.get(PERIOD_END_RATE_PARTNERS))

    def default_language(self) -> str:
        """The language the report is written in unless the user chooses another: the donor
        report's partner's reporting language, else the user's."""
        if self.current_kind() == "donor":
            code = self.partner.currentData()
            if code is not None:
                return self._partner_languages.get(str(code), i18n.SOURCE_LANGUAGE)
        return i18n.current_language()

    def _default_language(self) -> None:
        self.language.setCurrentIndex(max(self.language.findData(self.default_language()), 0))

    def current_language(self) -> str:
        return str(self.language.currentData())

    def _choice_changed(self) -> None:
        """The report, partner, period or date changed: the suggested name follows, unless the
        user has given a name of their own."""
        current = self.path.text().strip()
        if not current or current == self._suggested_path:
            folder = Path(current).parent if current else self.folder
            self._suggested_path = str(folder / self._suggested_name())
            self.path.setText(self._suggested_path)
        self.refresh()

    def _suggested_name(self) -> str:
        kind = self.current_kind()
        as_of = self.as_of.text().strip()
        try:
            parse_iso_date(as_of)
        except ValueError:
            as_of = ""  # half typed: the name keeps today's date rather than the fragment
        return suggested_file_name(kind, str(self.partner.currentData() or "") or None,
                                   self.year_from.value(), self.year_to.value(), as_of)

    def _browse(self) -> None:
        chosen = ask_save_path(self, self.path.text() or str(self.folder / self._suggested_name()))
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def accept(self) -> None:
        """Export, once the file may be written: an existing one only after a Yes."""
        if self.problem():
            return
        path = Path(self.path.text().strip()).expanduser()
        if problem := not_writable(path):
            show_not_writable(self, problem)
            return
        if path.exists() and not ask_replace(self, path):
            return
        if self.current_kind() == "donor":
            self.settings.set(PREPARED_BY, self.prepared_by.text().strip())
            self.settings.set(APPROVED_BY, self.approved_by.text().strip())
            code = str(self.partner.currentData())
            partners = [c for c in self.settings.get(PERIOD_END_RATE_PARTNERS) if c != code]
            self.settings.set(PERIOD_END_RATE_PARTNERS, sorted([*partners, code]) if self.period_end_rate.isChecked() else partners)
            self.settings.sync()
        super().accept()

    def problem(self) -> str:
        kind = self.current_kind()
        if kind == "donor" and self.partner.currentData() is None:
            return QCoreApplication.translate("ReportDialog", "there is no funding partner in this database yet")
        if kind in ("donor", "portfolio") and self.year_from.value() > self.year_to.value():
            return QCoreApplication.translate("ReportDialog", "the first year is after the last year")
        if kind == "portfolio" and self.compare.isChecked() and self.compare_from.value() > self.compare_to.value():
            return QCoreApplication.translate("ReportDialog", "the comparison period starts after it ends")
        if kind in ("donor", "evaluations"):
            try:
                parse_iso_date(self.as_of.text(), "the as-of date")
            except ValueError as exc:
                return str(exc)
        text = self.path.text().strip()
        if not text:
            return QCoreApplication.translate("ReportDialog", "choose the file to write")
        if not text.lower().endswith(".xlsx"):
            return QCoreApplication.translate("ReportDialog", "the report is an Excel workbook: give the file name the extension .xlsx")
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
            language=self.current_language(),
            prepared_by=self.prepared_by.text().strip() if kind == "donor" else "",
            approved_by=self.approved_by.text().strip() if kind == "donor" else "",
            period_end_rate=kind == "donor" and self.period_end_rate.isChecked(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, kind: str = "donor", folder: Path | None = None) -> ReportRequest | None:
        dialog = cls(kind, parent, folder)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
