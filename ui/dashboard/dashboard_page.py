"""The first page after start: what happened (awards per year by level) and what needs
attention (batches waiting for a decision, movement deadlines, Kỷ niệm chương due, CSTĐCS
quotas). Every list exports to Excel from its context menu."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QWidget

from tdkt.reports.dashboard_types import Dashboard
from ui.context import PageContext
from ui.dashboard.table_models import (
    BATCH_COLUMNS,
    MEDAL_COLUMNS,
    DeadlineModel,
    QuotaModel,
)
from ui.dashboard.year_chart import YearLevelChart
from ui.errors import show_error
from ui.page import Page
from ui.widgets.card import Card, compact_table
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.table_export import add_export_action

NO_BATCHES = "Chưa có đợt đề nghị nào chờ quyết định."
NO_DEADLINES = "Chưa có phong trào thi đua nào đang mở có hạn sắp tới."


class DashboardPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.dashboard: Dashboard | None = None
        self.local_chart = YearLevelChart(["co_so"], "Khen thưởng cấp cơ sở")
        self.upper_chart = YearLevelChart(
            ["tinh", "bo", "nha_nuoc"], "Khen thưởng cấp tỉnh, bộ, Nhà nước"
        )
        self.batches = RowTableModel(BATCH_COLUMNS)
        self.deadlines = DeadlineModel()
        self.medals = RowTableModel(MEDAL_COLUMNS)
        self.quotas = QuotaModel()
        self.chart_card = Card("Khen thưởng theo năm quyết định và theo cấp", self._charts())
        self.batch_card = self._card(
            "Đợt đề nghị chờ quyết định",
            self.batches,
            (92, 0, 76, 88, 84),  # the title takes what is left: no sideways scrolling
            NO_BATCHES,
            stretch=1,
        )
        self.deadline_card = self._card(
            "Hạn của phong trào thi đua", self.deadlines, (84, 122, 138), NO_DEADLINES
        )
        self.medal_card = self._card(
            "Đủ năm xét Kỷ niệm chương", self.medals, (120, 0, 98, 74, 100), "", stretch=1
        )
        self.quota_card = self._card(
            "Chiến sĩ thi đua cơ sở", self.quotas, (0, 50, 68, 58, 84), "", stretch=0
        )
        self._build_layout()
        events = context.events
        self.stale_on(
            events.awards_changed,
            events.people_changed,
            events.units_changed,
            events.movements_changed,
            events.nominations_changed,
        )

    def _charts(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.local_chart, 1)
        row.addWidget(self.upper_chart, 1)
        return box

    def _card(
        self,
        title: str,
        model: RowTableModel,  # type: ignore[type-arg]
        widths: tuple[int, ...],
        empty: str,
        stretch: int | None = None,
    ) -> Card:
        table = compact_table(model, widths, stretch)
        add_export_action(table, self.context, title)
        return Card(title, table, empty)

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        grid.addWidget(self.chart_card, 0, 0, 1, 2)
        grid.addWidget(self.batch_card, 1, 0)
        grid.addWidget(self.deadline_card, 1, 1)
        grid.addWidget(self.medal_card, 2, 0)
        grid.addWidget(self.quota_card, 2, 1)
        grid.setRowStretch(0, 5)
        grid.setRowStretch(1, 3)  # three rows of batches and deadlines show
        grid.setRowStretch(2, 4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def reload(self) -> None:
        reports = self.context.services.reports
        self.context.runner.run(reports.dashboard, self._show, lambda e: show_error(self, e))

    def _show(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        years = dashboard.chart
        self.local_chart.show_years(years)
        self.upper_chart.show_years(years)
        if years:
            self.chart_card.note.setText(f"{years[0].year}–{years[-1].year}")
        self._fill(
            self.batch_card, self.batches, dashboard.batches, f"{len(dashboard.batches)} đợt"
        )
        self.deadlines.today = dashboard.today  # before the rows: it counts the days left
        self._fill(
            self.deadline_card, self.deadlines, dashboard.deadlines, _deadline_note(dashboard)
        )
        self.medal_card.title.setText(f"Đủ năm xét Kỷ niệm chương (đến hết {dashboard.medal_year})")
        self.medal_card.empty.setText(
            f"Không có ai đủ năm công tác trong ngành đến hết năm {dashboard.medal_year} mà "
            "chưa được tặng Kỷ niệm chương."
        )
        self._fill(
            self.medal_card, self.medals, dashboard.medals_due, f"{len(dashboard.medals_due)} người"
        )
        over = sum(1 for q in dashboard.quotas if q.over)
        self.quota_card.title.setText(f"CSTĐCS năm {dashboard.quota_year}, tối đa 15 % số LĐTT")
        self.quota_card.empty.setText(
            f"Chưa có danh hiệu Lao động tiên tiến nào của năm {dashboard.quota_year}."
        )
        note = f"{over} đơn vị vượt" if over else "Không đơn vị nào vượt"
        self._fill(self.quota_card, self.quotas, dashboard.quotas, note)
        self.loaded.emit()

    @staticmethod
    def _fill(card: Card, model: RowTableModel, rows: tuple, note: str) -> None:  # type: ignore[type-arg]
        model.set_rows(rows)
        card.note.setText(note if rows else "")
        card.show_body(bool(rows))


def _deadline_note(dashboard: Dashboard) -> str:
    ahead = sum(1 for d in dashboard.deadlines if d.due_on >= dashboard.today)
    passed = len(dashboard.deadlines) - ahead
    return f"{ahead} sắp tới" + (f", {passed} vừa qua" if passed else "")
