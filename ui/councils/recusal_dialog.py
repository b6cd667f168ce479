"""Add a recusal by hand: a voting member of the meeting does not vote on one agenda item
(they are themselves nominated, or they declare a conflict of interest), with the reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from tdkt.councils.types import MeetingDetails
from tdkt.errors import ValidationError
from ui.context import PageContext
from ui.widgets.edit_dialog import EditDialog

REASON_HINT = "ví dụ: Thành viên có tên trong danh sách đề nghị khen thưởng"


class RecusalDialog(EditDialog):
    """Emits `saved` with the meeting's fresh details."""

    def __init__(
        self,
        context: PageContext,
        details: MeetingDetails,
        item_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "Thêm thành viên không biểu quyết", parent)
        self.item = QComboBox()
        for row in details.items:
            if row.result is None:  # a voted item keeps its voters
                self.item.addItem(f"{row.position}. {row.title}", row.id)
        if item_id is not None and self.item.findData(item_id) >= 0:
            self.item.setCurrentIndex(self.item.findData(item_id))
        self.member = QComboBox()
        for attendance in details.attendance:
            if attendance.member.votes:
                self.member.addItem(attendance.member.name, attendance.member.id)
        self.reason = QLineEdit(placeholderText=REASON_HINT)
        self.reason.setMaxLength(300)
        self.errors.add_row("item", "Nội dung *", self.item)
        self.errors.add_row("member", "Thành viên *", self.member)
        self.errors.add_row("reason", "Lý do *", self.reason)
        self.resize(620, self.sizeHint().height())

    def save_work(self) -> Callable[[], Any]:
        item_id, member_id = self.item.currentData(), self.member.currentData()
        if item_id is None:
            raise ValidationError({"item": "Cuộc họp không còn nội dung nào chưa biểu quyết."})
        if member_id is None:
            raise ValidationError({"member": "Hãy chọn thành viên."})
        ballots, reason = self.context.services.ballots, self.reason.text()
        return lambda: ballots.add_recusal(item_id, member_id, reason)
