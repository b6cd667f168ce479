"""The people page: instant diacritic-insensitive search, unit filter, details, edit."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tdkt.people.types import PersonDetails, PersonRow, YearStrip
from tdkt.subjects.types import PERSON
from tdkt.units.types import UnitRow
from ui.context import PageContext
from ui.errors import show_error
from ui.page import Page
from ui.people.detail_panel import PersonDetailPanel
from ui.people.edit_dialog import PersonDialog
from ui.people.table_model import PeopleTableModel
from ui.reports.history_export import print_award_history
from ui.widgets.confirm import run_confirmed
from ui.widgets.search_box import SearchBox, matches
from ui.widgets.table_export import add_export_action
from ui.widgets.tables import make_table
from ui.widgets.unit_combo import UnitComboBox


def descendants(units: list[UnitRow], root: int) -> set[int]:
    by_parent: dict[int | None, list[int]] = {}
    for unit in units:
        by_parent.setdefault(unit.parent_id, []).append(unit.id)
    found, stack = set(), [root]
    while stack:
        current = stack.pop()
        found.add(current)
        stack.extend(by_parent.get(current, []))
    return found


class PeopleListPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self._units: list[UnitRow] = []
        self.model = PeopleTableModel()
        self.search = SearchBox("Tìm theo họ tên, mã hoặc CCCD – gõ không dấu cũng được")
        self.unit_filter = UnitComboBox(all_label="Tất cả đơn vị")
        self.show_left = QCheckBox("Cả người đã nghỉ")
        self.count = QLabel(objectName="countLabel")
        self.table = self._make_table()
        self.details = PersonDetailPanel()
        self._build_layout()
        self.search.terms_changed.connect(self._apply_filter)
        self.unit_filter.currentIndexChanged.connect(self._apply_filter)
        self.show_left.toggled.connect(self._apply_filter)
        self.stale_on(context.events.people_changed, context.events.units_changed)
        context.events.awards_changed.connect(self._reload_details)
        self.details.history_button.clicked.connect(self._print_history)
        add_export_action(self.table, context, "Danh sách cá nhân")

    def _make_table(self) -> QTableView:
        # Start in Vietnamese name order (column 1).
        table = make_table(
            self.model, (72, 190, 72, 86, 150), sort_by=(1, Qt.SortOrder.AscendingOrder)
        )
        table.selectionModel().selectionChanged.connect(self._on_selection)
        table.doubleClicked.connect(self._edit)
        return table

    def _build_layout(self) -> None:
        add = QPushButton("Thêm cá nhân")
        add.clicked.connect(self._add)
        edit = QPushButton("Sửa")
        edit.clicked.connect(self._edit)
        delete = QPushButton("Xóa")
        delete.clicked.connect(self._delete)
        self.writes(add, edit, delete)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.unit_filter, 2)
        bar.addWidget(self.show_left)
        bar.addStretch()
        for button in (add, edit, delete):
            bar.addWidget(button)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.table, 1)
        left.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left_widget = QWidget()
        left_widget.setLayout(left)
        splitter.addWidget(left_widget)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    # --- loading

    def reload(self) -> None:
        services = self.context.services
        self.context.runner.run(
            lambda: (services.units.list_rows(), services.people.list_rows()),
            self._on_loaded,
            lambda error: show_error(self, error),
        )

    def _on_loaded(self, result: tuple[list[UnitRow], list[PersonRow]]) -> None:
        selected = self.selected()
        self._units, people = result
        self.unit_filter.set_units(self._units)
        self.model.set_rows(people)
        self._apply_filter()
        if selected is not None:
            self.select_person(selected.id)
        self.loaded.emit()

    def _apply_filter(self, *_args: object) -> None:
        terms = self.search.terms()
        unit_id = self.unit_filter.unit_id()
        unit_ids = descendants(self._units, unit_id) if unit_id is not None else None
        include_left = self.show_left.isChecked()

        def accept(row: PersonRow) -> bool:
            return (
                (include_left or row.left_on is None)
                and (unit_ids is None or row.unit_id in unit_ids)
                and matches(row.search_text, terms)
            )

        selected = self.selected()
        self.model.set_filter(accept)
        # Keep the person in view when still shown, else show the first match at once.
        if selected is not None and self.model.find(lambda r: r.id == selected.id) >= 0:
            self.select_person(selected.id)
        elif self.model.rowCount():
            self.table.selectRow(0)
        shown, total = self.model.rowCount(), self.model.total()
        self.count.setText(f"{shown} / {total} cá nhân" if shown != total else f"{total} cá nhân")

    # --- selection and details

    def selected(self) -> PersonRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_person(self, person_id: int) -> None:
        row = self.model.find(lambda r: r.id == person_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._reload_details()

    def _reload_details(self) -> None:
        person = self.selected()
        if person is None:
            self.details.show_person(None, None)
            return
        people = self.context.services.people
        self.context.runner.run(
            lambda: (people.get(person.id), people.year_strip(person.id)),
            self._on_details,
            lambda error: show_error(self, error),
        )

    def _on_details(self, result: tuple[PersonDetails, YearStrip]) -> None:
        person, strip = result
        current = self.selected()
        if current is not None and current.id == person.id:
            self.details.show_person(person, strip)

    # --- actions

    def _add(self) -> None:
        dialog = PersonDialog(
            self.context, self._units, default_unit=self.unit_filter.unit_id(), parent=self
        )
        dialog.saved.connect(self._on_saved)
        dialog.open()

    def _edit(self) -> None:
        person = self.selected()
        if person is None:
            return
        self.context.runner.run(
            lambda: self.context.services.people.get(person.id),
            self._open_editor,
            lambda error: show_error(self, error),
        )

    def _open_editor(self, details: PersonDetails) -> None:
        dialog = PersonDialog(self.context, self._units, person=details, parent=self)
        dialog.saved.connect(self._on_saved)
        dialog.open()

    def _on_saved(self, details: PersonDetails) -> None:
        # The reload is queued on the same worker, so selecting after it finds the new row.
        self.context.events.people_changed.emit()
        self.context.runner.run(lambda: None, lambda _r: self.select_person(details.id))

    def _print_history(self) -> None:
        person = self.selected()
        if person is not None:
            print_award_history(self, self.context, PERSON, person.id, person.full_name)

    def _delete(self) -> None:
        person = self.selected()
        if person is None:
            return
        people = self.context.services.people
        run_confirmed(
            self,
            self.context,
            "Xóa cá nhân",
            f'Xóa "{person.full_name}" ({person.code})?',
            lambda: people.delete(person.id),
            lambda _r: self.context.events.people_changed.emit(),
        )
