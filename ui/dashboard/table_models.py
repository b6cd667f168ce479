"""Column specs of the dashboard's lists; a unit over its CSTĐCS cap shows in dark red."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tdkt.reports.dashboard_types import MedalDue, MovementDeadline, PendingBatch, UnitQuota
from ui.formatting import show_date, show_gender
from ui.widgets.row_table_model import CENTER, RIGHT, Column, Index, RowTableModel

OVER_COLOR = QColor("#9b1c1c")


def _required(row: MedalDue) -> str:
    why = "độc hại" if row.toxic_work else show_gender(row.gender).lower()
    return f"{row.required_years} ({why})"


MEDAL_COLUMNS: list[Column[MedalDue]] = [
    Column("Họ và tên", lambda r: r.full_name, tooltip=lambda r: f"Mã {r.code}"),
    Column("Đơn vị", lambda r: r.unit_name, tooltip=lambda r: r.unit_name),
    Column(
        "Vào ngành",
        lambda r: show_date(r.sector_started_on),
        sort_key=lambda r: r.sector_started_on,
        align=CENTER,
    ),
    Column("Số năm", _required, sort_key=lambda r: r.required_years, align=CENTER),
    Column(
        "Đủ từ ngày",
        lambda r: show_date(r.reached_on),
        sort_key=lambda r: r.reached_on,
        align=CENTER,
        tooltip=lambda r: f"Trừ {r.lost_years} năm bị kỷ luật" if r.lost_years else "",
    ),
]


def _room(row: UnitQuota) -> str:
    if row.over:
        return f"Vượt {row.cstdcs - row.cap}"
    return f"Còn {row.cap - row.cstdcs}" if row.cap > row.cstdcs else "Đủ"


QUOTA_COLUMNS: list[Column[UnitQuota]] = [
    Column("Đơn vị", lambda r: r.unit_name, tooltip=lambda r: r.unit_name),
    Column("LĐTT", lambda r: str(r.ldtt), sort_key=lambda r: r.ldtt, align=RIGHT),
    Column("CSTĐCS", lambda r: str(r.cstdcs), sort_key=lambda r: r.cstdcs, align=RIGHT),
    Column("Tối đa", lambda r: str(r.cap), sort_key=lambda r: r.cap, align=RIGHT),
    Column("Tình hình", _room, sort_key=lambda r: r.cap - r.cstdcs, align=CENTER),
]

BATCH_COLUMNS: list[Column[PendingBatch]] = [
    Column("Đợt đề nghị", lambda r: r.name),
    Column("Khen thưởng", lambda r: r.title, tooltip=lambda r: r.title),
    Column(
        "Số lượng",
        lambda r: str(r.subjects),
        sort_key=lambda r: r.subjects,
        align=RIGHT,
        tooltip=lambda r: f"{r.subjects} tập thể và cá nhân được đề nghị",
    ),
    Column("Ngày trình", lambda r: show_date(r.sent_on), align=CENTER),
    Column("Trạng thái", lambda r: r.status, tooltip=lambda r: r.status),
]

PAST_COLOR = QColor("#6b7280")


class DeadlineModel(RowTableModel[MovementDeadline]):
    """Deadlines with the days left counted from the dashboard's day; those passed in grey."""

    def __init__(self) -> None:
        self.today: date | None = None
        super().__init__(
            [
                Column(
                    "Hạn", lambda r: show_date(r.due_on), sort_key=lambda r: r.due_on, align=CENTER
                ),
                Column("Còn lại", self.days_left, sort_key=lambda r: r.due_on, align=CENTER),
                Column("Việc", lambda r: r.step),
                Column("Phong trào", lambda r: r.movement, tooltip=lambda r: r.movement),
            ]
        )

    def days_left(self, row: MovementDeadline) -> str:
        days = (row.due_on - self.today).days if self.today else 0
        if days == 0:
            return "Hôm nay"
        return f"Còn {days} ngày" if days > 0 else f"Đã qua {-days} ngày"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self._passed(index):
            return PAST_COLOR
        return super().data(index, role)

    def _passed(self, index: Index) -> bool:
        if self.today is None or not index.isValid() or index.row() >= self.rowCount():
            return False
        return self.row(index.row()).due_on < self.today


class QuotaModel(RowTableModel[UnitQuota]):
    def __init__(self) -> None:
        super().__init__(QUOTA_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self._over(index):
            return OVER_COLOR
        return super().data(index, role)

    def _over(self, index: Index) -> bool:
        return index.isValid() and 0 <= index.row() < self.rowCount() and self.row(index.row()).over
