"""A search field that folds what is typed, so `nguyen van an` finds `Nguyễn Văn Ân`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from tdkt.text import fold


class SearchBox(QLineEdit):
    terms_changed = Signal(list)  # folded words; every one must occur

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.textChanged.connect(self._on_text_changed)

    def terms(self) -> list[str]:
        return fold(self.text()).split()

    def _on_text_changed(self, _text: str) -> None:
        self.terms_changed.emit(self.terms())


def matches(search_text: str, terms: list[str]) -> bool:
    return all(term in search_text for term in terms)
