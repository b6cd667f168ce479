"""The member list of a decision, row by row: role, a person of the department or an outside
member, the position as the decision words it, and whether the member votes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tdkt.councils.types import ROLE_LABELS, MemberDraft, MemberRow
from tdkt.people.types import PersonRow
from tdkt.subjects.types import PERSON
from ui.awards.edit_dialog import SubjectChoice, SubjectCombo

HEADERS = ("Chức danh", "Cá nhân của Sở", "Ngoài Sở (họ tên)", "Chức vụ", "Biểu quyết")


def role_combo(role: str = "uy_vien") -> QComboBox:
    combo = QComboBox()
    for code, label in ROLE_LABELS.items():
        combo.addItem(label, code)
    combo.setCurrentIndex(max(combo.findData(role), 0))
    return combo


def person_choices(people: Sequence[PersonRow]) -> list[SubjectChoice]:
    return [
        SubjectChoice(p.code, PERSON, f"{p.code} – {p.full_name} ({p.unit_name})") for p in people
    ]


class MemberTable(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: dict[str, PersonRow] = {}
        self._choices: list[SubjectChoice] = []
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((145, 270, 140, 0, 85)):
            if width:
                self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(220)
        add, remove = QPushButton("Thêm dòng"), QPushButton("Bỏ dòng chọn")
        add.clicked.connect(lambda: self.add_member())
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

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
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCellWidget(row, 0, role_combo(member.role if member else "uy_vien"))
        person = SubjectCombo()
        person.setMinimumContentsLength(18)
        person.set_choices(self._choices)
        self.table.setCellWidget(row, 1, person)
        self.table.setItem(
            row, 2, QTableWidgetItem(member.name if member and member.outside else "")
        )
        self.table.setItem(row, 3, QTableWidgetItem(member.position if member else ""))
        votes = QTableWidgetItem()
        votes.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        votes.setCheckState(
            Qt.CheckState.Checked if (member is None or member.votes) else Qt.CheckState.Unchecked
        )
        self.table.setItem(row, 4, votes)
        if member is not None and not member.outside:
            person.setEditText(f"{member.person_code} – {member.name}")
        person.lineEdit().setCursorPosition(0)

    def _remove(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()} or {self.table.currentRow()}
        for row in sorted((r for r in rows if r >= 0), reverse=True):
            self.table.removeRow(row)

    def drafts(self) -> tuple[list[MemberDraft], list[str]]:
        """The members, and the codes typed that name nobody."""
        drafts, unknown = [], []
        for row in range(self.table.rowCount()):
            role: QComboBox = self.table.cellWidget(row, 0)  # type: ignore[assignment]
            person: SubjectCombo = self.table.cellWidget(row, 1)  # type: ignore[assignment]
            outside = self.table.item(row, 2).text().strip()
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
                    position=self.table.item(row, 3).text(),
                    votes=self.table.item(row, 4).checkState() == Qt.CheckState.Checked,
                )
            )
        return drafts, unknown
