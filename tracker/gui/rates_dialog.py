"""Tools > Exchange Rates…: the table of exchange rates (each currency's US$ value from the day it
applies), filtered by currency or to the rates in force on a day; Import… reads the UN's monthly
list or a plain table (tracker.exchange.rates_import, as `tracker rates import` does) on the worker
thread; Add, Correct and Delete go through tracker.store.rates, validated and audited.

Numbers are read and shown as the user writes them (tracker.gui.formats). A rate is shown both
ways: the US$ value of one unit, as tracker records it, and the units one US$ buys, as the UN's
lists give it; either may be typed in the form. The dialogs are module-level functions so that
tests replace them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation, localcontext
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.codelists import currencies, offered_currencies
from tracker.domain.errors import DomainError, FieldProblem
from tracker.domain.money import USD
from tracker.domain.project import new_uuid
from tracker.domain.rates import UN_OPERATIONAL_RATES, ExchangeRate
from tracker.domain.records import EXCHANGE_RATE, problem_text
from tracker.gui import errors
from tracker.gui.editor.date_field import DateLineEdit, read_date
from tracker.gui.errors import show_information as show_report
from tracker.gui.form_dialog import FormDialog
from tracker.gui.formats import read_user_number, show_user_number
from tracker.gui.workers import Operation, Progress
from tracker.store import rates as ops
from tracker.store.database import is_read_only

Index = QModelIndex | QPersistentModelIndex

# Significant digits of a US$ value computed from units per US$ (the rule of the rates import),
# and of the units per US$ shown from a stored US$ value (enough for any list's three decimals).
STORED_DIGITS = 10
SHOWN_DIGITS = 7


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + _stop(text)


def _stop(text: str) -> str:
    """The full stop a sentence that starts with a file's name ends with (the name keeps its case)."""
    return "" if text.endswith(".") else "."


def inverse(value: Decimal, digits: int) -> Decimal:
    """1 / value to `digits` significant digits, written without trailing zeros (never float)."""
    with localcontext() as context:
        context.prec = digits
        result = (Decimal(1) / value).normalize()
    return result.quantize(Decimal(1)) if result.as_tuple().exponent > 0 else result  # type: ignore[operator]


def units_per_usd(rate: ExchangeRate) -> Decimal | None:
    """The units of the currency one US$ buys, as the UN's lists give it."""
    try:
        return inverse(rate.usd_per_unit, SHOWN_DIGITS) if rate.usd_per_unit > 0 else None
    except (InvalidOperation, ArithmeticError):
        return None


def source_label(source: str) -> str:
    """A rate's source as the user reads it: the UN's list named in their language."""
    if source == UN_OPERATIONAL_RATES:
        return QCoreApplication.translate("RatesDialog", "UN operational rates of exchange")
    return source


# ------------------------------------------------------------------ dialogs (replaced in tests)


def ask_rates_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("RatesDialog", "Import exchange rates"), "",
        QCoreApplication.translate("RatesDialog", "Lists of rates (*.xml *.xlsx *.csv);;All files (*)"))
    return Path(name) if name else None


def ask_delete(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, QCoreApplication.translate("RatesDialog", "Delete a rate"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


# ------------------------------------------------------------------ the table


COLUMNS = ("currency", "valid_from", "usd_per_unit", "units_per_usd", "source")


class RatesModel(QAbstractTableModel):
    """The rates as listed by tracker.store.rates.list_rates, read once per reload."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ExchangeRate] = []

    def reload(self, currency: str | None, on: dt.date | None) -> None:
        self.beginResetModel()
        self.rows = ops.list_rates(currency, on)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Currency"), self.tr("Valid from"), self.tr("US$ per unit"), self.tr("Units per US$"), self.tr("Source"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("The currency's ISO code"), self.tr("The rate applies from this day until the currency's next rate"),
                    self.tr("The US$ value of one unit of the currency, as amounts are recorded"),
                    self.tr("The units of the currency one US$ buys, as the UN's lists give it"),
                    self.tr("Where the rate comes from"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rate, name = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "currency":
                return rate.currency
            if name == "valid_from":
                return rate.valid_from.isoformat()
            if name == "usd_per_unit":
                return show_user_number(rate.usd_per_unit, None)
            if name == "units_per_usd":
                units = units_per_usd(rate)
                return "" if units is None else show_user_number(units, None)
            return source_label(rate.source)
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "currency":
                return currencies().get(rate.currency, rate.currency)
            if name == "source":
                return source_label(rate.source)
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("usd_per_unit", "units_per_usd"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def rate_at(self, row: int) -> ExchangeRate | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, uuid: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.uuid == uuid), -1)


# ------------------------------------------------------------------ the form


FORM_FIELDS = ("currency", "valid_from", "usd_per_unit", "source")


class RateForm(FormDialog):
    """Add a rate, or correct one: the currency, the day it applies from, its value typed either
    way round (the other is worked out and shown), and its source. The message line names the
    field that is wrong in one sentence; OK saves through tracker.store.rates (audited)."""

    rate_saved = Signal(object)  # the stored ExchangeRate

    def __init__(self, parent: QWidget | None, rate: ExchangeRate | None = None) -> None:
        super().__init__(self.tr("Correct an Exchange Rate") if rate else self.tr("Add an Exchange Rate"), parent)
        self.original = rate
        # One identity for the rate this form adds, however often it is read: once saved, the
        # stored rate is this one, not another of the same currency and day.
        self.identity = rate.uuid if rate else new_uuid()
        self.saved: ExchangeRate | None = None
        self.touched: set[str] = set(FORM_FIELDS) if rate else set()
        # Which of the two values the user typed last: that one is the rate, the other follows it.
        self.typed_way = "usd_per_unit"
        self.currency = QComboBox(self)
        for code, name in offered_currencies():
            if code != USD:
                self.currency.addItem(f"{code} - {name}", code)
        self.currency.setEditable(False)
        self.valid_from = DateLineEdit(self)
        self.valid_from.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.valid_from.setToolTip(self.tr("The day the rate applies from: the 1st of the month for the UN's monthly rates"))
        self.usd_per_unit = QLineEdit(self)
        self.usd_per_unit.setPlaceholderText(self.tr("e.g. {example}").format(example=show_user_number(Decimal("1.08"), None)))
        self.usd_per_unit.setToolTip(self.tr("The US$ value of one unit of the currency"))
        self.units_per_usd = QLineEdit(self)
        self.units_per_usd.setPlaceholderText(self.tr("e.g. {example}").format(example=show_user_number(Decimal("0.925"), None)))
        self.units_per_usd.setToolTip(self.tr("The units of the currency one US$ buys, as the UN's lists give it"))
        self.source = QLineEdit(self)
        self.source.setMaxLength(EXCHANGE_RATE.field("source").width or 200)
        self.source.setPlaceholderText(source_label(UN_OPERATIONAL_RATES))
        self.source.setToolTip(self.tr("Empty: the UN operational rates of exchange"))
        self.form.addRow(self.tr("C&urrency:"), self.currency)
        self.form.addRow(self.tr("&Valid from:"), self.valid_from)
        self.form.addRow(self.tr("US$ &per unit:"), self.usd_per_unit)
        self.form.addRow(self.tr("Units per US&$:"), self.units_per_usd)
        self.form.addRow(self.tr("&Source:"), self.source)
        self.message.setMinimumHeight(2 * self.message.fontMetrics().lineSpacing())
        for edit in (self.valid_from, self.usd_per_unit, self.units_per_usd, self.source):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(self.source.placeholderText()) + 40)
        if rate is not None:
            self.currency.setCurrentIndex(max(self.currency.findData(rate.currency), 0))
            self.valid_from.setText(rate.valid_from.isoformat())
            self.usd_per_unit.setText(show_user_number(rate.usd_per_unit, None))
            units = units_per_usd(rate)
            self.units_per_usd.setText("" if units is None else show_user_number(units, None))
            self.source.setText("" if rate.source == UN_OPERATIONAL_RATES else rate.source)
        self.currency.activated.connect(lambda *_: self._edited("currency"))
        self.valid_from.textEdited.connect(lambda *_: self._edited("valid_from"))
        self.valid_from.date_picked.connect(lambda *_: self._edited("valid_from"))
        self.usd_per_unit.textEdited.connect(lambda *_: self._value_typed("usd_per_unit"))
        self.units_per_usd.textEdited.connect(lambda *_: self._value_typed("units_per_usd"))
        self.source.textEdited.connect(lambda *_: self._edited("source"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        (self.usd_per_unit if rate else self.currency).setFocus()
        self.refresh()

    def _edited(self, name: str) -> None:
        self.touched.add(name)
        self.refresh()

    def _value_typed(self, way: str) -> None:
        """One value typed: the other shows what it makes (empty while it does not read)."""
        self.typed_way = way
        other = self.units_per_usd if way == "usd_per_unit" else self.usd_per_unit
        typed = self.usd_per_unit if way == "usd_per_unit" else self.units_per_usd
        try:
            value = read_user_number(typed.text(), self._label(way))
            other.setText(show_user_number(inverse(value, STORED_DIGITS if way == "units_per_usd" else SHOWN_DIGITS), None) if value > 0 else "")
        except (ValueError, ArithmeticError):
            other.setText("")
        self._edited("usd_per_unit")

    def _label(self, way: str) -> str:
        return self.tr("US$ per unit") if way == "usd_per_unit" else self.tr("units per US$")

    def read(self) -> tuple[ExchangeRate | None, FieldProblem | None]:
        """The rate as the form reads now, or the first field that is wrong, its message a whole
        sentence naming the field."""
        def named(name: str, message: str) -> FieldProblem:
            return FieldProblem(name, _sentence(problem_text(FieldProblem(name, message), EXCHANGE_RATE)))

        text = self.valid_from.text().strip()
        if not text:
            return None, named("valid_from", self.tr("the day the rate applies from is required"))
        try:
            valid_from = read_date(text, EXCHANGE_RATE.field_label("valid_from"))
        except ValueError as exc:  # the sentence names the field already
            return None, FieldProblem("valid_from", _sentence(str(exc)))
        typed = self.usd_per_unit if self.typed_way == "usd_per_unit" else self.units_per_usd
        if not typed.text().strip():
            return None, named("usd_per_unit", self.tr("the rate is required: the US$ value of one unit, or the units one US$ buys"))
        try:
            value = read_user_number(typed.text(), self._label(self.typed_way))
        except ValueError as exc:
            return None, FieldProblem("usd_per_unit", _sentence(str(exc)))
        if value <= 0:
            return None, named("usd_per_unit", self.tr("the rate must be greater than zero"))
        usd_per_unit = value if self.typed_way == "usd_per_unit" else inverse(value, STORED_DIGITS)
        # The identity of the rate corrected (its id too), or of the one this form adds.
        rate = ExchangeRate(str(self.currency.currentData() or ""), valid_from, usd_per_unit,
                            self.source.text().strip() or UN_OPERATIONAL_RATES, uuid=self.identity,
                            id=self.original.id if self.original else None)
        problems = rate.problems() or self._clash(rate)
        return (None, named(problems[0].field, problems[0].message)) if problems else (rate, None)

    def _clash(self, rate: ExchangeRate) -> list[FieldProblem]:
        """Another stored rate of the currency from the same day: saving would replace it."""
        other = next((r for r in ops.list_rates(rate.currency) if r.valid_from == rate.valid_from and r.uuid != rate.uuid), None)
        if other is None:
            return []
        return [FieldProblem("valid_from", self.tr("{currency} already has a rate from {day}: select it and correct it instead").format(
            currency=rate.currency, day=rate.valid_from.isoformat()))]

    def problem(self) -> str:
        problem = self.read()[1]
        return problem.message if problem else ""

    def refresh(self) -> None:
        problem = self.read()[1]
        # No error colour before the user has typed: OK stays disabled, the message waits.
        self.message.setText(problem.message if problem is not None and problem.field in self.touched else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def accept(self) -> None:
        rate, problem = self.read()
        if rate is None:
            self.touched.update(FORM_FIELDS)
            self.refresh()
            return
        try:
            ops.save_rates([rate])
        except DomainError as exc:
            self.message.setText(_sentence(str(exc)))
            return
        self.saved = rate  # save_rates gives it the stored identity
        self.rate_saved.emit(rate)
        super().accept()


# ------------------------------------------------------------------ the window


class RatesDialog(QDialog):
    """Tools > Exchange Rates: list, filter, import, add, correct, delete."""

    rates_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange Rates"))
        self.operation: Operation[Any] | None = None
        self.model = RatesModel(self)
        self.currency = QComboBox(self)
        self.currency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.on = DateLineEdit(self)
        self.on.setPlaceholderText(self.tr("YYYY-MM-DD; empty: every date"))
        self.on.setToolTip(self.tr("Only the rate of each currency in force on this day"))
        self.on.setMinimumWidth(self.on.fontMetrics().horizontalAdvance(self.on.placeholderText()) + 40)
        currency_label = QLabel(self.tr("&Currency:"), self)
        currency_label.setBuddy(self.currency)
        on_label = QLabel(self.tr("In force &on:"), self)
        on_label.setBuddy(self.on)
        filters = QHBoxLayout()
        for widget in (currency_label, self.currency, on_label, self.on):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)  # a line a rate
        self.view.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(lambda *_: self.correct_selected())  # Enter or a double click
        delete = QAction(self.view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.view.addAction(delete)
        self.empty = QLabel(self.tr("No exchange rates yet. Import the UN's monthly list of operational rates of exchange "
                                    "(downloaded from the UN Treasury's site) or a table of rates, or add a rate."), self)
        self.empty.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(2 * self.status.fontMetrics().lineSpacing())
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.correct_button = QPushButton(self.tr("Co&rrect…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.add_button, self.correct_button, self.delete_button):
            button.setAutoDefault(False)  # Enter in the table corrects the rate, it does not press a button
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.import_button.clicked.connect(self.import_file)
        self.add_button.clicked.connect(self.add_rate)
        self.correct_button.clicked.connect(self.correct_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._fill_currencies()
        self.currency.currentIndexChanged.connect(lambda *_: self.reload())
        self.on.textChanged.connect(lambda *_: self.reload())
        self.reload()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._fit_to_screen()
        self.view.setFocus()

    def _fill_currencies(self) -> None:
        """Every currency with a rate, and the choice of all of them."""
        chosen = self.currency.currentData()
        self.currency.blockSignals(True)
        self.currency.clear()
        self.currency.addItem(self.tr("(every currency)"), None)
        for code in sorted({r.currency for r in ops.list_rates()}):
            self.currency.addItem(code, code)
        self.currency.setCurrentIndex(max(self.currency.findData(chosen), 0))
        self.currency.blockSignals(False)

    def _fit_to_screen(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(820, screen.width() - 40), min(520, screen.height() - 60))

    def in_force_on(self) -> tuple[dt.date | None, str]:
        """The day typed in "In force on" (None: every date), or why it does not read."""
        text = self.on.text().strip()
        if not text:
            return None, ""
        try:
            return read_date(text, self.tr("in force on")), ""
        except ValueError as exc:
            return None, _sentence(str(exc))

    def reload(self, select: str | None = None) -> None:
        shown = self.selected()
        current = select or (shown.uuid if shown else None)
        on, problem = self.in_force_on()
        if problem:
            self.status.setText(problem)
            return
        self.model.reload(self.currency.currentData(), on)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.view.selectRow(row)
        self.empty.setVisible(not self.model.rows and self.currency.currentData() is None and on is None)
        self.status.setText(self._count_text(on))
        self._update_buttons()

    def _count_text(self, on: dt.date | None) -> str:
        count = len(self.model.rows)
        if on is not None:
            return self.tr("In force on {day}: %n rate(s), one a currency.", "", count).format(day=on.isoformat())
        return self.tr("%n rate(s).", "", count) if count else ""

    def selected(self) -> ExchangeRate | None:
        index = self.view.currentIndex() if hasattr(self, "view") else QModelIndex()
        return self.model.rate_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        writable = not is_read_only()
        busy = self.operation is not None
        for button in (self.import_button, self.add_button):
            button.setEnabled(writable and not busy)
        for button in (self.correct_button, self.delete_button):
            button.setEnabled(writable and not busy and self.selected() is not None)

    def _after_change(self, what: str, select: str | None = None) -> None:
        self._fill_currencies()
        self.reload(select)
        self.status.setText(what)
        self.rates_changed.emit()

    # ------------------------------------------------------------ add, correct, delete

    def add_rate(self) -> RateForm:
        form = RateForm(self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.rate_saved.connect(lambda r: self._after_change(self.tr("Added the rate of {currency} from {day}.").format(
            currency=r.currency, day=r.valid_from.isoformat()), r.uuid))
        form.open()
        return form

    def correct_selected(self) -> RateForm | None:
        rate = self.selected()
        if rate is None or is_read_only():
            return None
        form = RateForm(self, rate)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.rate_saved.connect(lambda r: self._after_change(self.tr("Corrected the rate of {currency} from {day}.").format(
            currency=r.currency, day=r.valid_from.isoformat()), r.uuid))
        form.open()
        return form

    def delete_selected(self) -> bool:
        rate = self.selected()
        if rate is None or is_read_only():
            return False
        question = self.tr("Delete the rate of {currency} from {day} ({value} US$ per unit)? Amounts already recorded at it keep "
                           "their rate.").format(currency=rate.currency, day=rate.valid_from.isoformat(),
                                                 value=show_user_number(rate.usd_per_unit, None))
        if not ask_delete(self, question):
            return False
        try:
            ops.delete_rate(rate.uuid)
        except DomainError as exc:
            self.status.setText(_sentence(str(exc)))
            return False
        self._after_change(self.tr("Deleted the rate of {currency} from {day}.").format(currency=rate.currency, day=rate.valid_from.isoformat()))
        return True

    # ------------------------------------------------------------ import

    def import_file(self) -> Operation[Any] | None:
        if self.operation is not None or is_read_only():
            return None
        path = ask_rates_file(self)
        if path is None:
            return None
        return self.import_path(path)

    def import_path(self, path: Path) -> Operation[Any]:
        """Import `path` on the worker thread, with progress and Cancel; then the report."""
        def work(progress: Progress) -> Any:
            from tracker.exchange.rates_import import import_rates

            return import_rates(path, progress=progress, cancelled=progress.is_cancelled)

        self.operation = Operation(self, work, label=self.tr("Importing exchange rates…"), success=self._imported, failure=self._import_failed)
        self.operation.signals.cancelled.connect(self._import_cancelled)
        self._update_buttons()
        return self.operation.run()

    def _import_done(self) -> None:
        self.operation = None
        self._update_buttons()

    def _import_cancelled(self) -> None:
        self._import_done()
        self.status.setText(self.tr("The import was cancelled; nothing was written."))

    def _imported(self, report: Any) -> None:
        self._import_done()
        summary = report.summary() + _stop(report.summary())
        self._after_change(summary)
        details = "\n".join([*report.currency_lines()[:20], *(_sentence(note) for note in report.notes)])
        show_report(self, self.tr("Exchange rates imported"), summary, details)

    def _import_failed(self, exc: BaseException) -> None:
        from tracker.exchange.results import ImportRefused, UnreadableFile

        self._import_done()
        if isinstance(exc, ImportRefused):
            count = len(exc.problems)
            shown = [p.message + _stop(p.message) for p in exc.problems[:20]] + (["…"] if count > 20 else [])
            text = self.tr("%n problem(s) must be fixed in the file before it can be imported; nothing was imported.", "", count)
            self.status.setText(text)
            show_report(self, self.tr("Exchange rates not imported"), text, "\n".join(shown))
        elif isinstance(exc, (UnreadableFile, DomainError)):
            text = str(exc) + _stop(str(exc))
            self.status.setText(text)
            show_report(self, self.tr("Exchange rates not imported"), text, "")
        else:
            errors.show_error(self, exc)


# ------------------------------------------------------------------ Tools > Exchange Rates…


def open_rates(window: QWidget) -> RatesDialog:
    dialog = RatesDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
