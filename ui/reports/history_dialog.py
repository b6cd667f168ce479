"""Choose a person or a unit, then print their award history (lý lịch khen thưởng)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tdkt.people.types import PersonRow
from tdkt.subjects.types import PERSON, UNIT
from tdkt.text import fold
from tdkt.units.types import UnitRow
from ui.context import PageContext
from ui.errors import show_error
from ui.reports.history_export import CAPTION, print_award_history, saved_link
from ui.widgets.search_box import SearchBox, matches

SUBJECT_ROLE = Qt.ItemDataRole.UserRole


class HistoryDialog(QDialog):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(CAPTION)
        self._people: list[PersonRow] = []
        self._units: list[UnitRow] = []
        self.people_choice = QRadioButton("Cá nhân")
        self.units_choice = QRadioButton("Đơn vị")
        self.people_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.people_choice)
        group.addButton(self.units_choice)
        self.search = SearchBox("Tìm theo tên hoặc mã – gõ không dấu cũng được")
        self.subjects = QListWidget()
        self.status = QLabel(objectName="countLabel")
        self.status.setOpenExternalLinks(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(
            "In PDF…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self._build_layout()
        self.people_choice.toggled.connect(self._fill)
        self.search.terms_changed.connect(self._fill)
        self.subjects.currentRowChanged.connect(self._update_button)
        self.subjects.itemDoubleClicked.connect(self._print)
        self.print_button.clicked.connect(self._print)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, 560)
        self._load()

    def _build_layout(self) -> None:
        kinds = QHBoxLayout()
        kinds.addWidget(self.people_choice)
        kinds.addWidget(self.units_choice)
        kinds.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(kinds)
        layout.addWidget(self.search)
        layout.addWidget(self.subjects, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _load(self) -> None:
        services = self.context.services
        self.context.runner.run(
            lambda: (services.people.list_rows(include_left=True), services.units.list_rows()),
            self._on_loaded,
            lambda error: show_error(self, error),
        )

    def _on_loaded(self, result: tuple[list[PersonRow], list[UnitRow]]) -> None:
        self._people, self._units = result
        self._fill()

    def _fill(self, *_args: object) -> None:
        terms = self.search.terms()
        self.subjects.clear()
        if self.people_choice.isChecked():
            entries = [
                (
                    PERSON,
                    p.id,
                    p.full_name,
                    f"{p.full_name} – {p.unit_name} ({p.code})",
                    p.search_text,
                )
                for p in self._people
            ]
        else:
            entries = [
                (
                    UNIT,
                    u.id,
                    u.name,
                    "    " * u.depth + f"{u.name} ({u.code})",
                    fold(f"{u.name} {u.code}"),
                )
                for u in self._units
            ]
        for kind, subject_id, name, text, search_text in entries:
            if matches(search_text, terms):
                item = QListWidgetItem(text)
                item.setData(SUBJECT_ROLE, (kind, subject_id, name))
                self.subjects.addItem(item)
        if self.subjects.count():
            self.subjects.setCurrentRow(0)
        self._update_button()

    def _update_button(self, *_args: object) -> None:
        self.print_button.setEnabled(self.subjects.currentItem() is not None)

    def chosen(self) -> tuple[str, int, str] | None:
        item = self.subjects.currentItem()
        return item.data(SUBJECT_ROLE) if item is not None else None

    def _print(self, *_args: object) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        kind, subject_id, name = chosen
        print_award_history(
            self,
            self.context,
            kind,
            subject_id,
            name,
            lambda path: self.status.setText(saved_link(path)),
        )
