"""The units page: the organisation tree in print order, with add, edit, reorder and delete."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

from tdkt.units.types import UnitRow
from ui.context import PageContext
from ui.errors import show_error
from ui.page import Page
from ui.units.edit_dialog import UnitDialog
from ui.units.tree_model import UnitTreeModel
from ui.widgets.confirm import run_confirmed

HINT = "Thứ tự trên cây là thứ tự in trong danh sách đề nghị và báo cáo."


class UnitTreePage(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.model = UnitTreeModel()
        self._select_next: int | None = None  # a unit just added: select it after the reload
        self.tree = self._make_tree()
        self.count = QLabel(objectName="countLabel")
        self.buttons: dict[str, QPushButton] = {}
        self._build_layout()
        # People too: the head counts change.
        self.stale_on(context.events.units_changed, context.events.people_changed)
        self._update_buttons()

    def _make_tree(self) -> QTreeView:
        tree = QTreeView(objectName="unitTree")
        tree.setModel(self.model)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setExpandsOnDoubleClick(False)  # double click edits; the tree stays expanded
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 140)
        header.resizeSection(2, 100)
        tree.selectionModel().selectionChanged.connect(self._update_buttons)
        tree.doubleClicked.connect(self._edit)
        return tree

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        for key, text, slot in (
            ("add", "Thêm đơn vị", self._add),
            ("add_child", "Thêm đơn vị cấp dưới", self._add_child),
            ("edit", "Sửa", self._edit),
            ("up", "Lên", lambda: self._move(-1)),
            ("down", "Xuống", lambda: self._move(1)),
            ("delete", "Xóa", self._delete),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            self.writes(button)
            bar.addWidget(button)
            if key in ("add_child", "down"):
                bar.addSpacing(16)  # groups: add, edit, order, delete
        bar.addStretch()
        hint = QLabel(HINT, objectName="countLabel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count)
        footer.addStretch()
        footer.addWidget(hint)
        layout.addLayout(footer)

    # --- loading

    def reload(self) -> None:
        self.context.runner.run(
            self.context.services.units.list_rows,
            self._on_loaded,
            lambda error: show_error(self, error),
        )

    def _on_loaded(self, rows: list[UnitRow]) -> None:
        current = self.selected()
        keep = self._select_next or (current.id if current is not None else None)
        self._select_next = None
        self.model.set_rows(rows)
        self.tree.expandAll()
        working = sum(r.person_count for r in rows)
        self.count.setText(f"{len(rows)} đơn vị, {working} người đang công tác")
        if keep is not None:
            self.select_unit(keep)
        self._update_buttons()
        self.loaded.emit()

    # --- selection

    def selected(self) -> UnitRow | None:
        rows = self.tree.selectionModel().selectedRows()
        return self.model.unit(rows[0]) if rows else None

    def select_unit(self, unit_id: int) -> None:
        index = self.model.index_of(unit_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _update_buttons(self, *_args: object) -> None:
        unit = self.selected()
        for key in ("add_child", "edit", "delete"):
            self.buttons[key].setEnabled(unit is not None)
        position, count = self.model.sibling_position(unit.id) if unit else (0, 0)
        self.buttons["up"].setEnabled(unit is not None and position > 0)
        self.buttons["down"].setEnabled(unit is not None and position < count - 1)

    # --- actions

    def _add(self) -> None:
        unit = self.selected()
        self._open_dialog(
            UnitDialog(
                self.context,
                self.model.units(),
                parent_id=unit.parent_id if unit else None,
                parent=self,
            )
        )

    def _add_child(self) -> None:
        unit = self.selected()
        if unit is not None:
            self._open_dialog(
                UnitDialog(self.context, self.model.units(), parent_id=unit.id, parent=self)
            )

    def _edit(self, *_args: object) -> None:
        unit = self.selected()
        if unit is not None:
            self._open_dialog(UnitDialog(self.context, self.model.units(), unit=unit, parent=self))

    def _open_dialog(self, dialog: UnitDialog) -> None:
        dialog.saved.connect(self._on_saved)
        dialog.open()

    def _on_saved(self, unit: UnitRow) -> None:
        self._select_next = unit.id
        self.context.events.units_changed.emit()

    def _move(self, step: int) -> None:
        unit = self.selected()
        if unit is None:
            return
        units = self.context.services.units
        self.context.runner.run(
            lambda: units.move(unit.id, step),
            lambda _rows: self.context.events.units_changed.emit(),
            lambda error: show_error(self, error),
        )

    def _delete(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        units = self.context.services.units
        run_confirmed(
            self,
            self.context,
            "Xóa đơn vị",
            f'Xóa đơn vị "{unit.name}" ({unit.code})?',
            lambda: units.delete(unit.id),
            lambda _r: self.context.events.units_changed.emit(),
        )
