"""The authors of an initiative as the TT 18/2013 form lists them: the person, the share of
the contribution, position, workplace and qualification (empty: the person's own)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tdkt.initiatives.types import AuthorDraft, AuthorRow
from tdkt.people.types import PersonRow
from tdkt.subjects.types import PERSON
from ui.awards.edit_dialog import SubjectChoice, SubjectCombo

HEADERS = ("Tác giả", "Tỷ lệ %", "Chức danh", "Nơi công tác", "Trình độ")


class AuthorTable(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: dict[str, PersonRow] = {}
        self._choices: list[SubjectChoice] = []
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((0, 62, 110, 120, 95)):
            if width:
                self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(120)
        add, remove = QPushButton("Thêm tác giả"), QPushButton("Bỏ dòng chọn")
        add.clicked.connect(lambda: self.add_author())
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
        self._choices = [
            SubjectChoice(p.code, PERSON, f"{p.code} – {p.full_name} ({p.unit_name})")
            for p in people
        ]
        for row in range(self.table.rowCount()):
            combo = self._combo(row)
            code = combo.code()
            combo.set_choices(self._choices)
            combo.setEditText(next((c.label for c in self._choices if c.code == code), code))

    def add_author(self, author: AuthorRow | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = SubjectCombo()
        combo.setMinimumContentsLength(24)
        combo.set_choices(self._choices)
        self.table.setCellWidget(row, 0, combo)
        values = ("", "", "", "")
        if author is not None:
            combo.setEditText(f"{author.person_code} – {author.full_name}")
            share = "" if author.share is None else format(author.share.normalize(), "f")
            values = (
                share.replace(".", ","),
                author.position,
                author.workplace,
                author.qualification,
            )
        for column, text in enumerate(values, start=1):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _combo(self, row: int) -> SubjectCombo:
        return self.table.cellWidget(row, 0)  # type: ignore[return-value]

    def _remove(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()} or {self.table.currentRow()}
        for row in sorted((r for r in rows if r >= 0), reverse=True):
            self.table.removeRow(row)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def authors(self) -> tuple[tuple[AuthorDraft, ...], list[str]]:
        """The drafts, and the codes typed that name nobody."""
        drafts, unknown = [], []
        for row in range(self.table.rowCount()):
            code = self._combo(row).code()
            person = self._people.get(code)
            if person is None:
                if code:
                    unknown.append(code)
                continue
            drafts.append(
                AuthorDraft(person.id, *(self._text(row, c) for c in range(1, len(HEADERS))))
            )
        return tuple(drafts), unknown
