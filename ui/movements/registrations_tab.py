"""The registrations tab: who registered which title for the chosen year; add one, register a
whole unit, delete, print the list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from tdkt.catalog.types import Title
from tdkt.movements.types import MovementRow, RegistrationRow
from tdkt.units.types import UnitRow
from ui.context import PageContext
from ui.documents import printing
from ui.errors import show_error
from ui.movements.registration_dialog import RegistrationDialog, UnitRegistrationDialog
from ui.movements.table_models import REGISTRATION_COLUMNS
from ui.read_only import guard_writes
from ui.widgets.documents import Document, DocumentOutput, document_button, printed
from ui.widgets.row_table_model import RowTableModel
from ui.widgets.search_box import SearchBox, matches
from ui.widgets.tables import make_table, selected_row
from ui.widgets.year_combo import YearCombo

registration_list = printing("registration_list")


class RegistrationsTab(QWidget):
    def __init__(self, context: PageContext, changed, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.context = context
        self._changed = changed
        self._units: list[UnitRow] = []
        self._titles: list[Title] = []
        self._movements: list[MovementRow] = []
        self.year = YearCombo()
        self.search = SearchBox("Tìm theo tên, đơn vị, danh hiệu – gõ không dấu cũng được")
        self.model: RowTableModel[RegistrationRow] = RowTableModel(REGISTRATION_COLUMNS)
        self.table = make_table(self.model, (210, 240, 200, 110, 240))
        self.count = QLabel(objectName="countLabel")
        self.output = DocumentOutput(self, context.runner)
        self.add_button = QPushButton("Thêm đăng ký")
        self.unit_button = QPushButton("Đăng ký cho cả đơn vị")
        self.delete_button = QPushButton("Xóa đăng ký")
        self.print_button = document_button("In danh sách", self.documents, self.output)
        guard_writes(context, self.add_button, self.unit_button, self.delete_button)
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Năm:"))
        bar.addWidget(self.year)
        bar.addWidget(self.search, 1)
        for button in (self.add_button, self.unit_button, self.delete_button, self.print_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.year.currentIndexChanged.connect(self.fetch)
        self.search.terms_changed.connect(self._apply_search)
        self.add_button.clicked.connect(self._add)
        self.unit_button.clicked.connect(self._add_unit)
        self.delete_button.clicked.connect(self._delete)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def set_context(
        self,
        years: Sequence[int],
        units: list[UnitRow],
        titles: list[Title],
        movements: list[MovementRow],
    ) -> None:
        self._units, self._titles, self._movements = units, titles, movements
        self.year.offer(years, self.context.services.clock.today().year)

    def fetch(self, *_args: object) -> None:
        year = self.year.year()
        if year is None:
            return
        registrations = self.context.services.registrations
        self.context.runner.run(
            lambda: registrations.list_rows(year), self.show_rows, lambda e: show_error(self, e)
        )

    def show_rows(self, rows: Sequence[RegistrationRow]) -> None:
        self.model.set_rows(rows)
        self._apply_search()

    def _apply_search(self, *_args: object) -> None:
        terms = self.search.terms()
        self.model.set_filter((lambda r: matches(r.search_text, terms)) if terms else None)
        units = sum(1 for r in self.model.rows() if r.subject_kind == "tap_the")
        shown = self.model.rowCount()
        self.count.setText(f"{shown} đăng ký ({units} tập thể, {shown - units} cá nhân)")
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        self.delete_button.setEnabled(selected_row(self.table, self.model) is not None)

    def documents(self) -> list[Document]:
        year = self.year.year()
        if year is None:
            return []
        registrations = self.context.services.registrations
        return [
            printed(
                f"Danh sách đăng ký năm {year}",
                f"dang-ky-thi-dua-{year}",
                registration_list,
                lambda: registrations.list_paper(year),
            )
        ]

    def _year(self) -> int:
        return self.year.year() or self.context.services.clock.today().year

    def _add(self) -> None:
        dialog = RegistrationDialog(self.context, self._titles, self._movements, self._year(), self)
        dialog.saved.connect(lambda _row: self._changed())
        dialog.open()

    def _add_unit(self) -> None:
        dialog = UnitRegistrationDialog(
            self.context, self._units, self._titles, self._movements, self._year(), self
        )
        dialog.saved.connect(self._on_unit_saved)
        dialog.open()

    def _on_unit_saved(self, added: int) -> None:
        QMessageBox.information(self, "Đăng ký cho cả đơn vị", f"Đã thêm {added} đăng ký.")
        self._changed()

    def _delete(self) -> None:
        row = selected_row(self.table, self.model)
        if row is None:
            return
        registrations = self.context.services.registrations
        self.context.runner.run(
            lambda: registrations.delete(row.id),
            lambda _r: self._changed(),
            lambda e: show_error(self, e),
        )
