"""The column spec of the award list; a revoked award says so in dark red."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tdkt.awards.types import KIND_LABELS, AwardRow
from tdkt.subjects.types import PERSON
from ui.formatting import show_date
from ui.widgets.row_table_model import CENTER, Column, Index, RowTableModel

REVOKED_COLOR = QColor("#9b1c1c")
# The rest of a revoked row is greyed out: it reads as "no longer in force" even when the
# status column is scrolled out of sight.
NOT_IN_FORCE_COLOR = QColor("#8a94a3")


def status_text(row: AwardRow) -> str:
    return f"Đã thu hồi {show_date(row.revoked_on)}" if row.revoked_on else ""


def _subject_tooltip(row: AwardRow) -> str:
    return f"{'Cá nhân' if row.subject_kind == PERSON else 'Tập thể'} – mã {row.subject_code}"


def _status_tooltip(row: AwardRow) -> str:
    return f"Lý do thu hồi: {row.revoke_reason}" if row.revoked_on else ""


AWARD_COLUMNS: list[Column[AwardRow]] = [
    Column("Năm", lambda r: str(r.year), sort_key=lambda r: r.year, align=CENTER),
    Column("Danh hiệu/Hình thức", lambda r: r.title_short, tooltip=lambda r: r.title_name),
    Column("Cá nhân/Tập thể", lambda r: r.subject_name, tooltip=_subject_tooltip),
    Column("Đơn vị", lambda r: r.unit_name, tooltip=lambda r: r.unit_name),  # long names elide
    Column("Số quyết định", lambda r: r.decision_no, sort_key=lambda r: r.decision_no),
    Column(
        "Ngày QĐ",
        lambda r: show_date(r.decision_date),
        sort_key=lambda r: r.decision_date or date.min,
        align=CENTER,
    ),
    Column("Cấp khen", lambda r: r.issuer, tooltip=lambda r: r.issuer),
    Column("Loại", lambda r: KIND_LABELS.get(r.kind, r.kind)),
    Column(
        "Trạng thái",
        status_text,
        sort_key=lambda r: r.revoked_on or date.min,
        tooltip=_status_tooltip,
    ),
]
STATUS_COLUMN = len(AWARD_COLUMNS) - 1


class AwardTableModel(RowTableModel[AwardRow]):
    def __init__(self) -> None:
        super().__init__(AWARD_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            return super().data(index, role)
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row(index.row())
        if not row.revoked:
            return super().data(index, role)
        if role == Qt.ItemDataRole.ForegroundRole:
            return REVOKED_COLOR if index.column() == STATUS_COLUMN else NOT_IN_FORCE_COLOR
        return f"{status_text(row)}. {_status_tooltip(row)}"
