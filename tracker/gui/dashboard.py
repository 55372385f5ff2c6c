"""The dashboard tab: headline figures, three bar charts and the evaluations falling due.

All figures come from tracker.store.dashboard (SQL sums in exact cents); this module only formats
them. Money turns into float only to size the bars; every number printed comes from the Decimal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.gui.charts import BarChart, money_unit
from tracker.gui.workers import Operation
from tracker.store.dashboard import (
    DEFAULT_DUE_WITHIN_DAYS,
    Dashboard,
    DueEvaluation,
    MoneyFigures,
    load_dashboard,
)

OVERDUE_BACKGROUND = QColor("#FDE2E1")
OVERDUE_FOREGROUND = QColor("#9B1C1C")  # 7:1 contrast on the pink background
NEVER = 2**31 - 1  # milliseconds: a progress dialog that never shows
DASHBOARD_TOP_PARTNERS = 6  # 6 partners + other + RBTC + unfunded keep bars readable in a quarter screen

AnyIndex = QModelIndex | QPersistentModelIndex



# ---------------------------------------------------------------- formatting


def grouped(locale: QLocale) -> QLocale:
    """The locale with digit grouping on: the "C" locale (offscreen, minimal systems) omits it,
    and US$12480000 is hard to read."""
    options = locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator
    result = QLocale(locale)
    result.setNumberOptions(options)
    return result


def format_usd(amount: Decimal, locale: QLocale, *, cents: bool = False) -> str:
    """US$ with the locale's digit grouping, exact from the Decimal (no float on the way), and the
    currency where the language writes it ("US$12,480", "12 480 $É.-U.")."""
    if not cents:
        return usd(locale.toString(int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))))
    sign = "-" if amount < 0 else ""
    whole, fraction = divmod(int(abs(amount) * 100), 100)
    return sign + usd(f"{locale.toString(whole)}{locale.decimalPoint()}{fraction:02d}")


def usd(figure: str) -> str:
    return QCoreApplication.translate("Dashboard", "US${amount}").format(amount=figure)


def format_rate(rate: Decimal | None, locale: QLocale) -> str:
    if rate is None:
        return "\u2014"  # no budget: no rate, rather than a misleading 0 %
    return locale.toString(float(rate), "f", 1) + locale.percent()


def days_phrase(days: int) -> str:
    """The day count in words, for tooltips ("1 day overdue", "due today", "due in 90 days")."""
    if days < 0:
        late = -days  # a plain variable: pyside6-lupdate skips a plural text whose count is an expression
        return QCoreApplication.translate("Dashboard", "%n day(s) overdue", "", late)
    if days == 0:
        return QCoreApplication.translate("Dashboard", "due today")
    return QCoreApplication.translate("Dashboard", "due in %n day(s)", "", days)


# ---------------------------------------------------------------- evaluations table


class DueEvaluationsModel(QAbstractTableModel):
    """Evaluations due soon or overdue, one row each, display text computed once per reload."""

    OverdueRole = Qt.ItemDataRole.UserRole + 1
    COLUMNS = (QT_TRANSLATE_NOOP("Dashboard", "Project"), QT_TRANSLATE_NOOP("Dashboard", "Title"),
               QT_TRANSLATE_NOOP("Dashboard", "Evaluation"), QT_TRANSLATE_NOOP("Dashboard", "Due"),
               QT_TRANSLATE_NOOP("Dashboard", "Days"), QT_TRANSLATE_NOOP("Dashboard", "Independent"))
    DAYS_COLUMN = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DueEvaluation] = []
        self._cells: list[tuple[str, ...]] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self.locale = QLocale()

    def set_rows(self, rows: Sequence[DueEvaluation]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [
            (
                r.project_code,
                r.project_title,
                r.evaluation,
                r.due.isoformat(),  # ISO dates: unambiguous for offices in every country
                self.locale.toString(r.days),
                QCoreApplication.translate("Dashboard", "Required") if r.independence_required else "",
            )
            for r in self._rows
        ]
        self.endResetModel()

    def row(self, number: int) -> DueEvaluation:
        return self._rows[number]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate("Dashboard", self.COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("Dashboard", "{code}: {title}\n{evaluation}, {days} ({status})").format(
                code=row.project_code, title=row.project_title, evaluation=row.evaluation, days=days_phrase(row.days),
                status=row.status.label.lower())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.DAYS_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.OverdueRole:
            return row.overdue
        if row.overdue:
            # Colour and weight together, and the negative day count: readable without colour.
            if role == Qt.ItemDataRole.BackgroundRole:
                return OVERDUE_BACKGROUND
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_FOREGROUND
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None


# ---------------------------------------------------------------- the widget


class Headline(QFrame):
    """A caption over a large figure."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption, self)
        # Default text colour (readable in light and dark themes), smaller than the figure.
        caption_font = self.caption.font()
        caption_font.setPointSizeF(caption_font.pointSizeF() * 0.9)
        self.caption.setFont(caption_font)
        self.value = QLabel("\u2014", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)


class DashboardWidget(QWidget):
    """Headline figures of the active portfolio, projects by stage, budget and expenditure by
    region and by partner, and the evaluations due in the next 90 days or overdue."""

    project_activated = Signal(str)  # a project code, when its evaluation row is double-clicked
    loaded = Signal()  # new figures are shown (they are read on the worker thread)

    def __init__(self, parent: QWidget | None = None, *, due_within_days: int = DEFAULT_DUE_WITHIN_DAYS,
                 top_partners: int = DASHBOARD_TOP_PARTNERS) -> None:
        super().__init__(parent)
        self.due_within_days = due_within_days
        self.top_partners = top_partners
        self.board: Dashboard | None = None
        self._reading = 0  # the number of the latest read asked for: an older one that ends later is dropped

        self.headline: dict[str, QLabel] = {}
        strip = QHBoxLayout()
        strip.setSpacing(6)
        for key, caption in (
            ("active", QCoreApplication.translate("Dashboard", "Active projects")),
            ("budget", QCoreApplication.translate("Dashboard", "Budget")),
            ("expenditure", QCoreApplication.translate("Dashboard", "Expenditure")),
            ("delivery", QCoreApplication.translate("Dashboard", "Delivery rate")),
            ("due", QCoreApplication.translate("Dashboard", "Evaluations due in %n day(s)", "", due_within_days)),
            ("overdue", QCoreApplication.translate("Dashboard", "Evaluations overdue")),
        ):
            tile = Headline(caption, self)
            tile.value.setObjectName(f"headline_{key}")
            self.headline[key] = tile.value
            strip.addWidget(tile, 1)
        active_tip = QCoreApplication.translate("Dashboard", "Projects approved, in implementation, or in evaluation and closing")
        for key in ("active", "budget", "expenditure", "delivery"):
            self.headline[key].parentWidget().setToolTip(active_tip)

        self.stage_chart = BarChart(QCoreApplication.translate("Dashboard", "Projects by stage"), [QCoreApplication.translate("Dashboard", "Projects")], self, value_labels=True)
        money_sets = [QCoreApplication.translate("Dashboard", "Budget"), QCoreApplication.translate("Dashboard", "Expenditure")]
        self.region_chart = BarChart(QCoreApplication.translate("Dashboard", "Budget and expenditure by region (active projects)"), money_sets, self)
        self.partner_chart = BarChart(QCoreApplication.translate("Dashboard", "Budget and expenditure by partner (active projects)"), money_sets, self)

        self.evaluations_model = DueEvaluationsModel(self)
        self.evaluations_view = self._make_table()
        self.evaluations_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.evaluations_box)
        box_layout.setContentsMargins(4, 4, 4, 4)
        box_layout.addWidget(self.evaluations_view)

        grid = QGridLayout()
        grid.setSpacing(6)
        grid.addWidget(self.stage_chart, 0, 0)
        grid.addWidget(self.region_chart, 0, 1)
        grid.addWidget(self.partner_chart, 1, 0)
        grid.addWidget(self.evaluations_box, 1, 1)
        for i in range(2):
            grid.setRowStretch(i, 1)
            grid.setColumnStretch(i, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(strip)
        layout.addLayout(grid, 1)

    def _make_table(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.evaluations_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the title takes what is left
        view.doubleClicked.connect(self._row_double_clicked)
        return view

    def _row_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.project_activated.emit(self.evaluations_model.row(index.row()).project_code)

    # ------------------------------------------------------------ showing figures

    def reload(self, as_of: dt.date | None = None) -> Operation[Dashboard]:
        """Read the figures again (as of today unless told otherwise) on the worker thread, then
        show them (`loaded`). At 100,000 projects the reading takes 1.5-2 s: the window stays
        responsive and shows the previous figures until then."""
        self._reading += 1
        number = self._reading
        self.evaluations_box.setTitle(QCoreApplication.translate("Dashboard", "Reading the figures…"))
        due_within, top = self.due_within_days, self.top_partners

        def shown(board: Dashboard) -> None:
            if number == self._reading:
                self.show_dashboard(board)
                self.loaded.emit()

        # No progress dialog: the figures appear in place; a failure is shown as any other.
        return Operation(self, lambda progress: load_dashboard(as_of, due_within_days=due_within, top_partners=top),
                         label=QCoreApplication.translate("Dashboard", "Reading the dashboard…"), success=shown, cancellable=False,
                         show_after_ms=NEVER).run()

    def show_dashboard(self, board: Dashboard) -> None:
        self.board = board
        locale = grouped(self.locale())
        totals = board.totals
        self.headline["active"].setText(locale.toString(totals.project_count))
        self.headline["budget"].setText(format_usd(totals.budget_usd, locale))
        self.headline["budget"].setToolTip(format_usd(totals.budget_usd, locale, cents=True))
        self.headline["expenditure"].setText(format_usd(totals.expenditure_usd, locale))
        self.headline["expenditure"].setToolTip(format_usd(totals.expenditure_usd, locale, cents=True))
        self.headline["delivery"].setText(format_rate(totals.delivery_rate, locale))
        self.headline["due"].setText(locale.toString(board.due_count))
        self.headline["overdue"].setText(locale.toString(board.overdue_count))
        self.headline["overdue"].setStyleSheet(f"color: {OVERDUE_FOREGROUND.name()};" if board.overdue_count else "")

        for chart in (self.stage_chart, self.region_chart, self.partner_chart):
            chart.set_locale(locale)
        stages = board.stages
        self.stage_chart.set_data(
            [s.stage.label for s in stages], [[s.count for s in stages]], axis_title=QCoreApplication.translate("Dashboard", "Projects"), integer=True
        )
        self._show_money(self.region_chart, board.regions, locale)
        self._show_money(self.partner_chart, board.partners, locale)

        self.evaluations_model.locale = locale
        self.evaluations_model.set_rows(board.evaluations)
        days = board.due_within_days
        self.evaluations_box.setTitle(
            QCoreApplication.translate("Dashboard", "Evaluations due in the next %n day(s), and overdue, as of {date}", "", days)
            .format(date=board.as_of.isoformat()))

    def _show_money(self, chart: BarChart, rows: Sequence[MoneyFigures], locale: QLocale) -> None:
        largest = max((max(r.budget_usd, r.expenditure_usd) for r in rows), default=Decimal(0))
        divisor, unit = money_unit(largest)
        budget_tip = QCoreApplication.translate("Dashboard", "{name}\nBudget: {amount}")
        spent_tip = QCoreApplication.translate("Dashboard", "{name}\nExpenditure: {amount} (delivery {rate})")
        chart.set_data(
            [r.label for r in rows],
            [[float(r.budget_usd / divisor) for r in rows], [float(r.expenditure_usd / divisor) for r in rows]],
            axis_title=QCoreApplication.translate("Dashboard", unit),
            tips=[
                [budget_tip.format(name=r.label, amount=format_usd(r.budget_usd, locale, cents=True)) for r in rows],
                [
                    spent_tip.format(name=r.label, amount=format_usd(r.expenditure_usd, locale, cents=True),
                                     rate=format_rate(r.delivery_rate, locale))
                    for r in rows
                ],
            ],
        )
