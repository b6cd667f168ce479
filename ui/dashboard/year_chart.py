"""Awards per year, stacked by level (QtCharts). The department's own titles outnumber the
higher levels twenty to one, so the dashboard draws them in a chart of their own and keeps
the province, ministry and State levels readable in another."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from tdkt.catalog.types import LEVELS
from tdkt.reports.types import YearTrend

LEVEL_COLORS = {"co_so": "#6b8fb8", "tinh": "#2f5d93", "bo": "#f2b134", "nha_nuoc": "#b3261e"}
LEVEL_NAMES = {
    "co_so": "Cơ sở (Giám đốc Sở)",
    "tinh": "Tỉnh",
    "bo": "Bộ, ngành",
    "nha_nuoc": "Nhà nước",
}


class YearLevelChart(QChartView):
    """Stacked bars of the given levels, one bar per year."""

    def __init__(self, levels: Sequence[str], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.levels = tuple(levels)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        chart = QChart()
        chart.setTitle(title)
        chart.setTitleFont(_font(10, bold=True))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setFont(_font(9))
        chart.legend().setVisible(len(self.levels) > 1)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        self.setChart(chart)
        self.setBackgroundBrush(QColor("white"))

    def show_years(self, years: Sequence[YearTrend]) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QStackedBarSeries()
        series.setBarWidth(0.6)
        for level in self.levels:
            bar_set = QBarSet(LEVEL_NAMES.get(level, LEVELS.get(level, level)))
            bar_set.setColor(QColor(LEVEL_COLORS.get(level, "#8a94a3")))
            bar_set.setBorderColor(QColor("white"))
            bar_set.append([float(y.by_level.get(level, 0)) for y in years])
            series.append(bar_set)
        if len(self.levels) == 1:
            series.setLabelsVisible(True)
            series.setLabelsPosition(QStackedBarSeries.LabelsPosition.LabelsInsideEnd)
        series.hovered.connect(self._show_value)
        chart.addSeries(series)
        years_axis = QBarCategoryAxis()
        years_axis.append([str(y.year) for y in years])
        years_axis.setLabelsFont(_font(8))
        years_axis.setTruncateLabels(False)
        counts_axis = QValueAxis()
        counts_axis.setLabelFormat("%d")
        counts_axis.setLabelsFont(_font(9))
        counts_axis.setTitleText("Số lượt khen thưởng")
        counts_axis.setTitleFont(_font(9))
        top = max((sum(y.by_level.get(lv, 0) for lv in self.levels) for y in years), default=0)
        counts_axis.setRange(0, max(top, 4))
        counts_axis.applyNiceNumbers()
        chart.addAxis(years_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(years_axis)
        series.attachAxis(counts_axis)
        self._years = [y.year for y in years]

    def _show_value(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if status and 0 <= index < len(self._years):
            value = int(bar_set.at(index))
            QToolTip.showText(
                self.cursor().pos(), f"{bar_set.label()} – năm {self._years[index]}: {value}"
            )


def _font(size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(size)
    font.setBold(bold)
    return font
