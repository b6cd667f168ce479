"""Column specs of the councils page, and the attendance model whose "present" column is
ticked on screen and saved in one go."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from tdkt.councils.types import (
    ROLE_ORDER,
    AgendaItemRow,
    AttendanceRow,
    MeetingRow,
    MemberRow,
    RecusalRow,
)
from tdkt.text import name_sort_key
from ui.formatting import show_date, show_flag
from ui.widgets.row_table_model import CENTER, Column, Index, RowTableModel


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


MEMBER_COLUMNS: list[Column[MemberRow]] = [
    Column(
        "Họ và tên",
        lambda m: m.name + (" (ngoài Sở)" if m.outside else ""),
        sort_key=lambda m: name_sort_key(m.name),
    ),
    Column("Chức vụ", lambda m: m.position, tooltip=lambda m: m.position),
    Column("Chức danh Hội đồng", lambda m: m.role_label, sort_key=lambda m: ROLE_ORDER[m.role]),
    Column("Biểu quyết", lambda m: show_flag(m.votes), align=CENTER),
    Column(
        "Từ ngày", lambda m: show_date(m.from_date), sort_key=lambda m: m.from_date, align=CENTER
    ),
    Column(
        "Đến ngày",
        lambda m: show_date(m.to_date),
        sort_key=lambda m: m.to_date or date.max,
        align=CENTER,
    ),
    Column("Quyết định", lambda m: m.decision_number),
]

MEETING_COLUMNS: list[Column[MeetingRow]] = [
    Column("Ngày họp", lambda m: show_date(m.held_on), sort_key=lambda m: m.held_on, align=CENTER),
    Column("Nội dung", lambda m: m.purpose, tooltip=lambda m: m.purpose),
    Column(
        "Kết quả",
        lambda m: f"{m.decided_count}/{m.item_count}",
        align=CENTER,
        tooltip=lambda m: f"{m.decided_count} trên {m.item_count} nội dung đã biểu quyết",
    ),
]


def votes_text(item: AgendaItemRow) -> str:
    """ "7 – 1 – 0 – 0": agree, disagree, abstain, invalid."""
    tally = item.tally
    if tally is None:
        return ""
    return " – ".join(str(n) for n in (tally.agree, tally.disagree, tally.abstain, tally.invalid))


AGENDA_COLUMNS: list[Column[AgendaItemRow]] = [
    Column("TT", lambda i: str(i.position), sort_key=lambda i: i.position, align=CENTER),
    Column("Nội dung", lambda i: i.title, tooltip=lambda i: f"{i.title}\n{i.description}".strip()),
    Column(
        "Phiếu (Đ–K–BQ–HL)",
        votes_text,
        align=CENTER,
        tooltip=lambda i: "Đồng ý – Không đồng ý – Không biểu quyết – Phiếu không hợp lệ",
    ),
    Column(
        "Cần",
        lambda i: _count(i.required_votes),
        align=CENTER,
        tooltip=lambda i: f"{i.required_votes} trên {i.base_count}" if i.base_count else "",
    ),
    Column(
        "Kết quả",
        lambda i: i.result_label or "chưa biểu quyết",
        tooltip=lambda i: f"Ngưỡng: {i.threshold_text or i.current_threshold}",
    ),
]


def recusal_columns(positions: dict[int, int]) -> list[Column[RecusalRow]]:
    """`positions` (item id → its number on the agenda) is refilled with each meeting."""
    return [
        Column("Thành viên", lambda r: r.member_name),
        Column("Nội dung", lambda r: str(positions.get(r.item_id, "")), align=CENTER),
        Column("Lý do", lambda r: r.reason, tooltip=lambda r: r.reason),
        Column("Trạng thái", lambda r: r.state_label + ("" if r.automatic else " (thêm tay)")),
    ]


class AttendanceModel(RowTableModel[AttendanceRow]):
    """Who came: the first column is ticked; changes wait in `present` until saved. The ticks
    can be changed only while `editable()` (not for a reader: nothing could be saved)."""

    def __init__(self, editable: Callable[[], bool] = lambda: True) -> None:
        self._editable = editable
        super().__init__(
            [
                Column("Có mặt", lambda a: ""),
                Column("Họ và tên", lambda a: a.member.name),
                Column("Chức danh", lambda a: a.member.role_label),
                Column(
                    "Ghi chú",
                    lambda a: a.note or ("" if a.member.votes else "không biểu quyết"),
                    tooltip=lambda a: "" if a.member.votes else "Không có quyền biểu quyết",
                ),
            ]
        )
        self.present: dict[int, bool] = {}

    def set_rows(self, rows) -> None:  # type: ignore[no-untyped-def]
        self.present = {row.member.id: row.present for row in rows}
        super().set_rows(rows)

    def changed(self) -> bool:
        return any(self.present[r.member.id] != r.present for r in self._all)

    def set_all(self, present: bool) -> None:
        self.present = dict.fromkeys(self.present, present)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and self._editable():
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            if not 0 <= index.row() < self.rowCount():
                return None
            here = self.present.get(self.row(index.row()).member.id, False)
            return Qt.CheckState.Checked if here else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole):
            return False
        state = value.value if hasattr(value, "value") else value
        self.present[self.row(index.row()).member.id] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [role])
        return True
