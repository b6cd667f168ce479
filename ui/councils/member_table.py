"""The member list of a decision, row by row: role, a person of the department or an outside
member, the position as the decision words it, and whether the member votes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QTableWidgetItem, QWidget

from tdkt.councils.types import ROLE_LABELS, MemberDraft, MemberRow
from tdkt.people.types import PersonRow
from ui.awards.edit_dialog import SubjectChoice, SubjectCombo, person_choices
from ui.widgets.combos import choice_combo
from ui.widgets.grid_editor import GridEditor, check_item

HEADERS = ("Chức danh", "Cá nhân của Sở", "Ngoài Sở (họ tên)", "Chức vụ", "Biểu quyết")


def role_combo(role: str = "uy_vien") -> QComboBox:
    return choice_combo(ROLE_LABELS, role)


class MemberTable(GridEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            HEADERS,
            "Thêm dòng",
            widths=(145, 270, 140, 0, 85),
            stretch=3,
            min_height=220,
            parent=parent,
        )
        self._people: dict[str, PersonRow] = {}
        self._choices: list[SubjectChoice] = []

    def add_blank(self) -> None:
        self.add_member()

    def set_people(self, people: Sequence[PersonRow]) -> None:
        self._people = {p.code: p for p in people}
        self._choices = person_choices(people)
        for row in range(self.table.rowCount()):
            combo: SubjectCombo = self.table.cellWidget(row, 1)  # type: ignore[assignment]
            code = combo.code()
            combo.set_choices(self._choices)
            combo.setEditText(next((c.label for c in self._choices if c.code == code), code))
            combo.lineEdit().setCursorPosition(0)

    def add_member(self, member: MemberRow | None = None) -> None:
        row = self.new_row()
        self.table.setCellWidget(row, 0, role_combo(member.role if member else "uy_vien"))
        person = SubjectCombo()
        person.setMinimumContentsLength(18)
        person.set_choices(self._choices)
        self.table.setCellWidget(row, 1, person)
        self.table.setItem(
            row, 2, QTableWidgetItem(member.name if member and member.outside else "")
        )
        self.table.setItem(row, 3, QTableWidgetItem(member.position if member else ""))
        self.table.setItem(row, 4, check_item(member is None or member.votes))
        if member is not None and not member.outside:
            person.setEditText(f"{member.person_code} – {member.name}")
        person.lineEdit().setCursorPosition(0)

    def drafts(self) -> tuple[list[MemberDraft], list[str]]:
        """The members, and the codes typed that name nobody."""
        drafts, unknown = [], []
        for row in range(self.table.rowCount()):
            role: QComboBox = self.table.cellWidget(row, 0)  # type: ignore[assignment]
            person: SubjectCombo = self.table.cellWidget(row, 1)  # type: ignore[assignment]
            outside = self.text(row, 2).strip()
            code = person.code()
            found = self._people.get(code)
            if code and found is None:
                unknown.append(code)
            if found is None and not outside:
                continue
            drafts.append(
                MemberDraft(
                    role=role.currentData(),
                    person_id=found.id if found else None,
                    outside_name="" if found else outside,
                    position=self.text(row, 3),
                    votes=self.checked(row, 4),
                )
            )
        return drafts, unknown
