"""Schedule or edit a meeting: the day (which decides who sits on the council), times,
place, purpose, chair and secretary, minutes number and conclusion."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from tdkt.councils.types import CouncilRow, MeetingDraft, MeetingRow, MemberRow
from tdkt.text import parse_date
from ui.context import PageContext
from ui.errors import show_error
from ui.formatting import show_date
from ui.widgets.edit_dialog import EditDialog


class MeetingDialog(EditDialog):
    def __init__(
        self,
        context: PageContext,
        council: CouncilRow,
        meeting: MeetingRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "Sửa cuộc họp" if meeting else "Thêm cuộc họp", parent)
        self._council, self._meeting = council, meeting
        self.held_on = QLineEdit(placeholderText="dd/mm/yyyy")
        self.start_time = QLineEdit(placeholderText="08:00")
        self.end_time = QLineEdit(placeholderText="10:30")
        self.place = QLineEdit(placeholderText="ví dụ: Phòng họp Sở Công Thương")
        self.purpose = QLineEdit(placeholderText="ví dụ: Xét, đề nghị công nhận sáng kiến năm 2026")
        self.chair, self.secretary = QComboBox(), QComboBox()
        self.minutes_no = QLineEdit(placeholderText="để trống: văn thư ghi số")
        self.conclusion = QPlainTextEdit()
        self.conclusion.setPlaceholderText("để trống: biên bản ghi các nội dung đạt")
        self.conclusion.setFixedHeight(70)
        for field, label, widget in (
            ("held_on", "Ngày họp *", self.held_on),
            ("start_time", "Giờ bắt đầu", self.start_time),
            ("end_time", "Giờ kết thúc", self.end_time),
            ("place", "Địa điểm", self.place),
            ("purpose", "Nội dung *", self.purpose),
            ("chair_member_id", "Chủ trì *", self.chair),
            ("secretary_member_id", "Thư ký *", self.secretary),
            ("minutes_no", "Số biên bản", self.minutes_no),
            ("conclusion", "Kết luận", self.conclusion),
        ):
            self.errors.add_row(field, label, widget)
        if meeting is not None:
            self._fill(meeting)
        self.held_on.editingFinished.connect(self.load_members)
        self.resize(600, self.sizeHint().height())
        self.load_members()

    def _fill(self, meeting: MeetingRow) -> None:
        self.held_on.setText(show_date(meeting.held_on))
        self.start_time.setText(meeting.start_time)
        self.end_time.setText(meeting.end_time)
        self.place.setText(meeting.place)
        self.purpose.setText(meeting.purpose)
        self.minutes_no.setText(meeting.minutes_no)
        self.conclusion.setPlainText(meeting.conclusion)

    def load_members(self) -> None:
        """Chair and secretary are chosen among the members serving on the meeting day."""
        try:
            day = parse_date(self.held_on.text())
        except ValueError:
            return
        councils, council_id = self.context.services.councils, self._council.id
        self.context.runner.run(
            lambda: councils.members(council_id, on=day),
            self._set_members,
            lambda e: show_error(self, e),
        )

    def _set_members(self, members: Sequence[MemberRow]) -> None:
        meeting = self._meeting
        for combo, wanted, default_role in (
            (self.chair, meeting.chair_member_id if meeting else None, "chu_tich"),
            (self.secretary, meeting.secretary_member_id if meeting else None, "thu_ky"),
        ):
            current = combo.currentData() or wanted
            combo.clear()
            for member in members:
                combo.addItem(f"{member.name} – {member.role_label}", member.id)
            index = combo.findData(current)
            if index < 0:
                index = next((i for i, m in enumerate(members) if m.role == default_role), 0)
            combo.setCurrentIndex(index)

    def draft(self) -> MeetingDraft:
        return MeetingDraft(
            council_id=self._council.id,
            held_on=self.held_on.text(),
            place=self.place.text(),
            purpose=self.purpose.text(),
            start_time=self.start_time.text(),
            end_time=self.end_time.text(),
            chair_member_id=self.chair.currentData(),
            secretary_member_id=self.secretary.currentData(),
            minutes_no=self.minutes_no.text(),
            conclusion=self.conclusion.toPlainText(),
        )

    def save_work(self) -> Callable[[], Any]:
        draft = self.draft()
        meetings = self.context.services.meetings
        if self._meeting is None:
            return lambda: meetings.create(draft)
        meeting_id, version = self._meeting.id, self._meeting.version
        return lambda: meetings.update(meeting_id, draft, version)
