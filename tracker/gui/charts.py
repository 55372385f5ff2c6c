"""Horizontal bar charts for the dashboard (QtCharts), and the choice of a money unit for an axis.

Bars run horizontally because the categories (regions, partner names, stages) are long words that
a vertical chart would have to rotate or cut at 1366x768."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QMargins, QPoint, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

# Colour-blind-safe pair (Okabe-Ito blue and orange), distinct in grey-scale print too.
SERIES_COLOURS = (QColor("#0072B2"), QColor("#E69F00"), QColor("#009E73"))
LABEL_COLOUR = QColor("#333333")
LONGEST_CATEGORY = 30  # characters; longer names are shortened so the plot keeps its width


def money_unit(largest: Decimal) -> tuple[Decimal, str]:
    """Divisor and axis-title unit for money bars (marked for translation, translated when shown): millions once any bar reaches US$1 million,
    else thousands, so axis labels stay short (at most four digits)."""
    if largest >= 1_000_000:
        return Decimal(1_000_000), QT_TRANSLATE_NOOP("Dashboard", "US$ millions")
    return Decimal(1_000), QT_TRANSLATE_NOOP("Dashboard", "US$ thousands")


def shorten(text: str, limit: int = LONGEST_CATEGORY) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _short_unique(categories: list[str]) -> list[str]:
    # A category axis silently drops a repeated name (and the bars shift): keep the full name
    # when two names share their shortened form.
    short = [shorten(c) for c in categories]
    return [s if short.count(s) == 1 else c for s, c in zip(short, categories)]


class BarChart(QChartView):
    """One horizontal bar series with one bar set per named measure (a grouped bar chart when
    there are several). Categories are given top to bottom; the full figures show on hover."""

    def __init__(self, title: str, set_names: Sequence[str], parent: QWidget | None = None, *, value_labels: bool = False) -> None:
        super().__init__(parent)
        self.set_names = list(set_names)
        self.value_labels = value_labels
        chart = QChart()
        chart.setTitle(title)
        title_font = QFont(chart.titleFont())
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        # Animations only cost time here (and make tests wait); the figures are what matters.
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(2, 2, 14, 2))  # room on the right for the last axis label
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setLocalizeNumbers(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setVisible(len(self.set_names) > 1)  # one measure: the title says it

        self.series = QHorizontalBarSeries()
        self.series.setBarWidth(0.8)
        if value_labels:
            self.series.setLabelsVisible(True)
            self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.category_axis = QBarCategoryAxis()
        self.value_axis = QValueAxis()
        self.value_axis.setMinorTickCount(0)
        chart.addSeries(self.series)
        chart.addAxis(self.category_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.category_axis)
        self.series.attachAxis(self.value_axis)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._tips: list[list[str]] = []  # per bar set, per category (bottom-up, as drawn)
        self.series.hovered.connect(self._show_tip)

    def set_locale(self, locale: QLocale) -> None:
        self.chart().setLocale(locale)

    def set_data(
        self,
        categories: Sequence[str],
        values: Sequence[Sequence[float]],
        *,
        axis_title: str,
        tips: Sequence[Sequence[str]] | None = None,
        integer: bool = False,
    ) -> None:
        """Show `values[s][c]` for bar set `s` and category `c` (categories top to bottom).
        `integer` keeps the value axis on whole numbers (counts)."""
        # A horizontal series draws its first category at the bottom: reverse so the list reads
        # top to bottom, as the query ordered it.
        shown = _short_unique(list(reversed(categories)))
        self.series.clear()
        self.category_axis.clear()
        if shown:
            self.category_axis.append(shown)
        for index, (name, row) in enumerate(zip(self.set_names, values)):
            bar_set = QBarSet(name)
            bar_set.setColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
            bar_set.setBorderColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
            bar_set.append([float(v) for v in reversed(row)])
            bar_set.setLabelColor(LABEL_COLOUR)  # the default is white, invisible outside the bar
            self.series.append(bar_set)
        self._tips = [list(reversed(t)) for t in tips] if tips else []
        largest = max((float(v) for row in values for v in row), default=0.0)
        self._scale_value_axis(largest, integer)
        self.value_axis.setTitleText(axis_title)

    def _scale_value_axis(self, largest: float, integer: bool) -> None:
        if integer:
            # Whole-number ticks: a tick every `step` projects, at most about six ticks.
            step = max(1, -(-int(largest) // 5))
            top = max(step, -(-int(largest) // step) * step)
            if self.value_labels and top - largest < step / 2:
                top += step  # headroom for the count printed after the longest bar
            self.value_axis.setTickType(QValueAxis.TickType.TicksDynamic)
            self.value_axis.setTickAnchor(0)
            self.value_axis.setTickInterval(step)
            # "%.0f", not "%d": with localized numbers QtCharts prints nothing for "%d".
            self.value_axis.setLabelFormat("%.0f")
            self.value_axis.setRange(0, top)
            return
        self.value_axis.setTickType(QValueAxis.TickType.TicksFixed)
        self.value_axis.setRange(0, largest if largest > 0 else 1)
        self.value_axis.applyNiceNumbers()
        self.value_axis.setLabelFormat("%.1f" if self.value_axis.max() <= 10 else "%.0f")

    def values(self) -> dict[str, dict[str, float]]:
        """What the bars show, read back from the bar sets: {set name: {category: value}}."""
        categories = self.category_axis.categories()
        return {s.label(): {c: s.at(i) for i, c in enumerate(categories)} for s in self.series.barSets()}

    def _show_tip(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status:
            QToolTip.hideText()
            return
        set_index = self.series.barSets().index(bar_set)
        if set_index < len(self._tips) and index < len(self._tips[set_index]):
            QToolTip.showText(QCursor.pos() + QPoint(12, 12), self._tips[set_index][index], self)
