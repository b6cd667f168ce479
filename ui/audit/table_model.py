"""The audit log, fetched a page at a time as the table scrolls (Qt's canFetchMore/fetchMore).

The model never queries: `fetch(offset)` is given by the page, which runs it on the worker
and hands the entries back with `append`. A new filter starts a new generation, and entries
of an older generation arriving late are dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from tdkt.audit.types import AuditEntry
from ui.formatting import show_date

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Thời điểm", "Người thực hiện", "Thao tác", "Loại", "Bản ghi", "Thay đổi")


def show_moment(entry: AuditEntry) -> str:
    return f"{show_date(entry.at.date())} {entry.at:%H:%M}"


VALUES: tuple[Callable[[AuditEntry], str], ...] = (
    show_moment,
    lambda e: e.actor,
    lambda e: e.action_label,
    lambda e: e.entity_label,
    lambda e: e.summary,
    lambda e: e.change_text(),
)


class AuditTableModel(QAbstractTableModel):
    def __init__(self, fetch: Callable[[int, int], None]) -> None:
        """`fetch(generation, offset)` asks for the entries from `offset` on."""
        super().__init__()
        self._fetch = fetch
        self._entries: list[AuditEntry] = []
        self._total = 0
        self._generation = 0
        self._fetching = False

    @property
    def total(self) -> int:
        return self._total

    @property
    def generation(self) -> int:
        return self._generation

    def reset(self) -> int:
        """Forget every entry (a new filter); returns the new generation."""
        self.beginResetModel()
        self._entries, self._total = [], 0
        self._generation += 1
        self._fetching = True  # the page fetches the first slice itself
        self.endResetModel()
        return self._generation

    def append(self, generation: int, entries: list[AuditEntry], total: int) -> None:
        if generation != self._generation:
            return  # the answer to an older filter
        self._fetching = False
        self._total = total
        if entries:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
            self._entries.extend(entries)
            self.endInsertRows()

    def fetch_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._fetching = False

    def entry(self, row: int) -> AuditEntry:
        return self._entries[row]

    def loaded(self) -> int:
        return len(self._entries)

    # --- Qt overrides

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and len(self._entries) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetching = True
            self._fetch(self._generation, len(self._entries))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return VALUES[index.column()](entry)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(HEADERS) - 1:
            return entry.change_text()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return HEADERS[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
