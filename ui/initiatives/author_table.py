"""The authors of an initiative as the TT 18/2013 form lists them: the person, the share of
the contribution, position, workplace and qualification (empty: the person's own)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTableWidgetItem, QWidget

from tdkt.initiatives.types import AuthorDraft, AuthorRow
from tdkt.people.types import PersonRow
from ui.awards.edit_dialog import SubjectChoice, SubjectCombo, person_choices
from ui.widgets.grid_editor import GridEditor

HEADERS = ("Tác giả", "Tỷ lệ %", "Chức danh", "Nơi công tác", "Trình độ")


class AuthorTable(GridEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            HEADERS,
            "Thêm tác giả",
            widths=(0, 62, 110, 120, 95),
            stretch=0,
            min_height=120,
            parent=parent,
        )
        self._people: dict[str, PersonRow] = {}
        self._choices: list[SubjectChoice] = []

    def add_blank(self) -> None:
        self.add_author()

    def set_people(self, people: Sequence[PersonRow]) -> None:
        self._people = {p.code: p for p in people}
        self._choices = person_choices(people)
        for row in range(self.table.rowCount()):
            combo = self._combo(row)
            code = combo.code()
            combo.set_choices(self._choices)
            combo.setEditText(next((c.label for c in self._choices if c.code == code), code))

    def add_author(self, author: AuthorRow | None = None) -> None:
        row = self.new_row()
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
                AuthorDraft(person.id, *(self.text(row, c) for c in range(1, len(HEADERS))))
            )
        return tuple(drafts), unknown
