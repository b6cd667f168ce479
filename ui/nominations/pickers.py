"""Choosing a person or a unit by typing part of the name or code (without diacritics too),
and the combo boxes of titles and levels the forms share."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from tdkt.awards.types import KIND_LABELS as AWARD_KINDS
from tdkt.nominations.types import SubjectChoice, TitleChoice
from ui.widgets.combos import choice_combo
from ui.widgets.search_box import SearchBox, matches

SHOWN = 200  # matches listed at once; typing more narrows them


class SubjectPicker(QWidget):
    chosen = Signal(object)  # SubjectChoice | None

    def __init__(self, subjects: Sequence[SubjectChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._subjects = list(subjects)
        self.search = SearchBox("Gõ tên hoặc mã cá nhân, đơn vị – không dấu cũng được")
        self.list = QListWidget()
        self.list.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.terms_changed.connect(self._fill)
        self.list.currentItemChanged.connect(lambda *_a: self.chosen.emit(self.current()))
        self._fill(self.search.terms())

    def _fill(self, terms: list[str]) -> None:
        self.list.clear()
        found = [s for s in self._subjects if matches(s.search_text, terms)]
        for subject in found[:SHOWN]:
            item = QListWidgetItem(subject.label)
            item.setData(Qt.ItemDataRole.UserRole, subject)
            self.list.addItem(item)
        if len(found) == 1:
            self.list.setCurrentRow(0)

    def current(self) -> SubjectChoice | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def choose(self, code: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).code == code:
                self.list.setCurrentRow(row)


def title_combo(titles: Sequence[TitleChoice], level: str = "", blank: str = "") -> QComboBox:
    """Titles (of one level when given); `blank` adds a first "none" entry."""
    combo = QComboBox()
    combo.setMinimumContentsLength(30)
    if blank:
        combo.addItem(blank, "")
    for title in titles:
        if not level or title.level == level:
            combo.addItem(f"{title.name} ({title.level})", title.code)
    return combo


def award_kind_combo() -> QComboBox:
    return choice_combo(AWARD_KINDS)
