"""The organisation tree as a Qt item model: a thin adapter over the service's UnitRow list.

The rows arrive in organisation-chart order with their parent ids, so the tree is rebuilt from
that list on every load. An index carries the unit id as its internal id (ids start at 1, so 0
can mean "the invisible root"); no Python object is handed to Qt as a pointer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from tdkt.units.types import UnitRow
from ui.widgets.row_table_model import LEFT, RIGHT, ROW_ROLE

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Tên đơn vị", "Mã", "Số người")
ALIGN = (LEFT, LEFT, RIGHT)
ROOT = 0


class UnitTreeModel(QAbstractItemModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: dict[int, UnitRow] = {}
        self._children: dict[int, list[int]] = {ROOT: []}

    # --- our API

    def set_rows(self, rows: Sequence[UnitRow]) -> None:
        self.beginResetModel()
        self._rows = {row.id: row for row in rows}
        self._children = {ROOT: []}
        for row in rows:  # already in chart order, so siblings come in their order
            parent = row.parent_id if row.parent_id in self._rows else ROOT
            self._children.setdefault(parent, []).append(row.id)
        self.endResetModel()

    def unit(self, index: Index) -> UnitRow | None:
        return self._rows.get(index.internalId()) if index.isValid() else None

    def index_of(self, unit_id: int) -> QModelIndex:
        row = self._rows.get(unit_id)
        if row is None:
            return QModelIndex()
        siblings = self._children[self._parent_key(row)]
        return self.createIndex(siblings.index(unit_id), 0, unit_id)

    def sibling_position(self, unit_id: int) -> tuple[int, int]:
        """(position among its siblings, number of siblings), for enabling Lên / Xuống."""
        siblings = self._children[self._parent_key(self._rows[unit_id])]
        return siblings.index(unit_id), len(siblings)

    def units(self) -> list[UnitRow]:
        return list(self._rows.values())

    def _parent_key(self, row: UnitRow) -> int:
        return row.parent_id if row.parent_id in self._rows else ROOT

    def _key(self, index: Index) -> int:
        return index.internalId() if index.isValid() else ROOT

    # --- Qt overrides

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children.get(self._key(parent), [])
        if not (0 <= row < len(children) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        row = self.unit(child)
        if row is None:
            return QModelIndex()
        parent_key = self._parent_key(row)
        if parent_key == ROOT:
            return QModelIndex()
        grand = self._parent_key(self._rows[parent_key])
        return self.createIndex(self._children[grand].index(parent_key), 0, parent_key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._key(parent), []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.unit(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.code, str(row.person_count))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(ALIGN[index.column()].value)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return "Số cá nhân đang công tác trực tiếp tại đơn vị"
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:  # a number's header sits over the number
            return int(ALIGN[section].value)
        return None
