"""Add one member outside a decision's list (a replacement), or end a member's term."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from tdkt.councils.types import CouncilRow, MemberDraft, MemberRow
from tdkt.errors import ValidationError
from ui.awards.edit_dialog import SubjectCombo, person_choices
from ui.context import PageContext
from ui.councils.member_table import role_combo
from ui.errors import show_error
from ui.widgets.edit_dialog import EditDialog


class MemberDialog(EditDialog):
    def __init__(
        self, context: PageContext, council: CouncilRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, f"Thêm thành viên {council.name}", parent)
        self._council = council
        self._people: dict[str, int] = {}
        self.role = role_combo()
        self.person = SubjectCombo()
        self.outside = QLineEdit(placeholderText="họ tên, nếu không phải người của Sở")
        self.position = QLineEdit(placeholderText="để trống: chức vụ và đơn vị của người đó")
        self.votes = QCheckBox("Có quyền biểu quyết")
        self.votes.setChecked(True)
        self.from_date = QLineEdit(placeholderText="dd/mm/yyyy")
        self.to_date = QLineEdit(placeholderText="dd/mm/yyyy – để trống: chưa kết thúc")
        for field, label, widget in (
            ("role", "Chức danh *", self.role),
            ("person_id", "Cá nhân của Sở", self.person),
            ("outside_name", "hoặc thành viên ngoài Sở", self.outside),
            ("position", "Chức vụ", self.position),
            ("votes", "", self.votes),
            ("from_date", "Từ ngày *", self.from_date),
            ("to_date", "Đến ngày", self.to_date),
        ):
            self.errors.add_row(field, label, widget)
        self.resize(560, self.sizeHint().height())
        people = context.services.people
        context.runner.run(
            lambda: people.list_rows(include_left=False),
            self._set_people,
            lambda e: show_error(self, e),
        )

    def _set_people(self, people) -> None:  # type: ignore[no-untyped-def]
        self._people = {p.code: p.id for p in people}
        self.person.set_choices(person_choices(people))

    def save_work(self) -> Callable[[], Any]:
        code = self.person.code()
        if code and code not in self._people:
            raise ValidationError({"person_id": f'Không có cá nhân mã "{code}".'})
        draft = MemberDraft(
            role=self.role.currentData(),
            person_id=self._people.get(code),
            outside_name=self.outside.text(),
            position=self.position.text(),
            votes=self.votes.isChecked(),
            from_date=self.from_date.text(),
            to_date=self.to_date.text(),
        )
        councils, council_id = self.context.services.councils, self._council.id
        return lambda: councils.add_member(council_id, draft)


class EndTermDialog(EditDialog):
    def __init__(
        self, context: PageContext, member: MemberRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, f"Kết thúc nhiệm kỳ: {member.name}", parent)
        self._member = member
        self.to_date = QLineEdit(placeholderText="dd/mm/yyyy")
        self.errors.add_row("to_date", "Ngày cuối cùng *", self.to_date)
        self.resize(420, self.sizeHint().height())

    def save_work(self) -> Callable[[], Any]:
        councils, member_id, day = (
            self.context.services.councils,
            self._member.id,
            self.to_date.text(),
        )
        return lambda: councils.end_term(member_id, day)
