"""The awards page: every award record, filtered by year, title and unit in the database and
by the search box in memory; add, edit and revoke."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from tdkt.awards.types import AwardQuery, AwardRow
from tdkt.catalog.types import Title
from tdkt.units.types import UnitRow
from ui.awards.edit_dialog import AwardDialog
from ui.awards.revoke_dialog import RevokeDialog
from ui.awards.table_model import STATUS_COLUMN, AwardTableModel
from ui.context import PageContext
from ui.errors import show_error
from ui.page import Page
from ui.widgets.combos import refill
from ui.widgets.search_box import SearchBox, matches
from ui.widgets.table_export import add_export_action
from ui.widgets.tables import make_table
from ui.widgets.unit_combo import UnitComboBox

# Wide enough for the bold headers; the status column shows only with revoked awards, so
# the rest fit a 1280-pixel window.
COLUMN_WIDTHS = (48, 162, 165, 190, 116, 88, 148, 105)
Loaded = tuple[list[int], list[Title], list[UnitRow], list[AwardRow]]


class AwardListPage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self._titles: list[Title] = []
        self._select_next: int | None = None  # an award just saved: select it after the reload
        self.model = AwardTableModel()
        self.search = SearchBox("Tìm theo tên, mã, số quyết định – gõ không dấu cũng được")
        self.year_filter = QComboBox()
        self.year_filter.addItem("Tất cả các năm", None)
        self.title_filter = QComboBox()
        self.title_filter.addItem("Tất cả danh hiệu, hình thức", None)
        self.unit_filter = UnitComboBox(all_label="Tất cả đơn vị")
        self.unit_filter.setMinimumContentsLength(20)
        self.show_revoked = QCheckBox("Cả khen thưởng đã thu hồi")
        self.count = QLabel(objectName="countLabel")
        self.table = self._make_table()
        self.add_button = QPushButton("Thêm khen thưởng")
        self.edit_button = QPushButton("Sửa")
        self.revoke_button = QPushButton("Thu hồi")
        self.writes(self.add_button, self.edit_button, self.revoke_button)
        self._build_layout()
        self._connect()
        add_export_action(self.table, context, "Danh sách khen thưởng")

    def _make_table(self) -> QTableView:
        # Newest year first, with no indicator shown: the list reads as a register.
        table = make_table(
            self.model, COLUMN_WIDTHS, sort_by=(0, Qt.SortOrder.DescendingOrder), name="awardTable"
        )
        table.horizontalHeader().setSortIndicatorShown(False)
        table.setColumnHidden(STATUS_COLUMN, True)
        return table

    def _show_status_column(self, shown: bool) -> None:
        self.table.setColumnHidden(STATUS_COLUMN, not shown)

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        actions.addSpacing(12)
        for button in (self.add_button, self.edit_button, self.revoke_button):
            actions.addWidget(button)
        filters = QHBoxLayout()
        for label, combo in (
            ("Năm:", self.year_filter),
            ("Danh hiệu:", self.title_filter),
            ("Đơn vị:", self.unit_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addWidget(self.show_revoked)
        filters.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def _connect(self) -> None:
        self.search.terms_changed.connect(self._apply_search)
        for combo in (self.year_filter, self.title_filter, self.unit_filter):
            combo.currentIndexChanged.connect(self._fetch_rows)
        self.show_revoked.toggled.connect(self._fetch_rows)
        self.show_revoked.toggled.connect(self._show_status_column)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._edit)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.revoke_button.clicked.connect(self._revoke)
        events = self.context.events
        self.stale_on(events.awards_changed, events.units_changed, events.people_changed)
        self._update_buttons()

    # --- loading

    def query(self) -> AwardQuery:
        return AwardQuery(
            year=self.year_filter.currentData(),
            title_code=self.title_filter.currentData(),
            unit_id=self.unit_filter.unit_id(),
            include_revoked=self.show_revoked.isChecked(),
        )

    def reload(self) -> None:
        services, query = self.context.services, self.query()
        self.context.runner.run(
            lambda: (
                services.awards.years(),
                services.catalog.list_titles(),
                services.units.list_rows(),
                services.awards.list_rows(query),
            ),
            lambda result: self._on_loaded(query, result),
            lambda error: show_error(self, error),
        )

    def _on_loaded(self, query: AwardQuery, result: Loaded) -> None:
        years, self._titles, units, rows = result
        refill(self.year_filter, [(y, str(y)) for y in years], all_label="Tất cả các năm")
        refill(
            self.title_filter,
            [(t.code, t.label) for t in self._titles],
            all_label="Tất cả danh hiệu, hình thức",
        )
        self.unit_filter.blockSignals(True)
        self.unit_filter.set_units(units)
        self.unit_filter.blockSignals(False)
        if self.query() != query:  # a chosen filter value is gone: fetch again without it
            self._fetch_rows()
            return
        self._show_rows(rows)

    def _fetch_rows(self, *_args: object) -> None:
        awards, query = self.context.services.awards, self.query()
        self.context.runner.run(
            lambda: awards.list_rows(query), self._show_rows, lambda error: show_error(self, error)
        )

    def _show_rows(self, rows: list[AwardRow]) -> None:
        current = self.selected()
        keep = self._select_next or (current.id if current is not None else None)
        self._select_next = None
        self.model.set_rows(rows)
        self._apply_search()
        if keep is not None:
            self.select_award(keep)
        self.loaded.emit()

    def _apply_search(self, *_args: object) -> None:
        terms = self.search.terms()
        self.model.set_filter((lambda row: matches(row.search_text, terms)) if terms else None)
        shown, total = self.model.rowCount(), self.model.total()
        self.count.setText(
            f"{shown} / {total} khen thưởng" if shown != total else f"{total} khen thưởng"
        )
        self._update_buttons()

    # --- selection

    def selected(self) -> AwardRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_award(self, award_id: int) -> None:
        row = self.model.find(lambda r: r.id == award_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self, *_args: object) -> None:
        award = self.selected()
        self.edit_button.setEnabled(award is not None)
        self.revoke_button.setEnabled(award is not None and not award.revoked)

    # --- actions

    def _add(self) -> None:
        self._open(AwardDialog(self.context, self._titles, parent=self))

    def _edit(self, *_args: object) -> None:
        award = self.selected()
        if award is None:
            return
        awards = self.context.services.awards  # fresh: the version must be the current one
        self.context.runner.run(
            lambda: awards.get(award.id),
            lambda fresh: self._open(AwardDialog(self.context, self._titles, fresh, parent=self)),
            lambda error: show_error(self, error),
        )

    def _revoke(self) -> None:
        award = self.selected()
        if award is not None and not award.revoked:
            self._open(RevokeDialog(self.context, award, parent=self))

    def _open(self, dialog: AwardDialog | RevokeDialog) -> None:
        dialog.saved.connect(self._on_saved)
        dialog.open()

    def _on_saved(self, award: AwardRow) -> None:
        self._select_next = award.id
        self.context.events.awards_changed.emit()
