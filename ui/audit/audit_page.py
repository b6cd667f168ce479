"""Cài đặt › Nhật ký thay đổi: every change, newest first, filtered by date, user, kind and
words; the selected change field by field; the filtered log exported to Excel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tdkt.audit.service import PAGE_SIZE
from tdkt.audit.types import AuditEntry, AuditPage, AuditQuery, FieldChange
from tdkt.errors import ValidationError
from ui.audit.filter_bar import AuditFilterBar
from ui.audit.table_model import AuditTableModel, show_moment
from ui.context import PageContext
from ui.errors import show_error
from ui.page import Page
from ui.widgets.progress_task import ProgressTask
from ui.widgets.row_table_model import Column, RowTableModel
from ui.widgets.save_file import ask_save_path
from ui.widgets.tables import make_table

COLUMN_WIDTHS = (128, 130, 120, 160, 180)
CHANGE_COLUMNS: list[Column[FieldChange]] = [
    Column("Trường", lambda c: c.label),
    Column("Trước", lambda c: c.before),
    Column("Sau", lambda c: c.after),
]


class AuditPageView(Page):
    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.filters = AuditFilterBar()
        self.model = AuditTableModel(self._fetch)
        self.changes = RowTableModel(CHANGE_COLUMNS)
        self.table = self._make_table()
        self.detail_title = QLabel(objectName="sectionLabel")
        self.detail = self._make_detail()
        self.count = QLabel(objectName="countLabel")
        self.export_button = QPushButton("Xuất Excel…")
        self.task = ProgressTask(self, context.runner, "Xuất nhật ký", busy=self._busy)
        self._query = AuditQuery()
        self.page_size = PAGE_SIZE  # entries per fetch, as the table scrolls
        self._build_layout()
        self.filters.changed.connect(self.refetch)
        self.export_button.clicked.connect(self.export)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        events = context.events
        self.stale_on(
            events.units_changed, events.people_changed, events.awards_changed, events.data_replaced
        )

    def _make_table(self) -> QTableView:
        return make_table(self.model, COLUMN_WIDTHS, sortable=False, name="auditTable")

    def _make_detail(self) -> QTableView:
        detail = QTableView(objectName="auditDetail")
        detail.setModel(self.changes)
        detail.verticalHeader().hide()
        detail.setAlternatingRowColors(True)
        detail.setWordWrap(True)
        header = detail.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 170)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return detail

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addSpacing(8)
        top.addWidget(self.export_button)
        lower = QWidget()
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 4, 0, 0)
        column.addWidget(self.detail_title)
        column.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.count)

    # --- loading

    def reload(self) -> None:
        audit = self.context.services.audit
        self.context.runner.run(
            lambda: (audit.actors(), audit.entities()),
            self._on_choices,
            lambda error: show_error(self, error),
        )

    def _on_choices(self, choices: tuple[list[str], list[tuple[str, str]]]) -> None:
        self.filters.set_choices(*choices)
        self.refetch()

    def refetch(self) -> None:
        try:
            self._query = self.filters.query()
        except ValidationError as error:
            self.count.setText(" ".join(error.errors.values()))
            return
        generation = self.model.reset()
        self._show_entry(None)
        self._fetch(generation, 0)

    def _fetch(self, generation: int, offset: int) -> None:
        audit, query = self.context.services.audit, self._query
        self.context.runner.run(
            lambda: audit.page(query, offset, self.page_size),
            lambda page: self._on_page(generation, page),
            lambda error: self._on_fetch_failed(generation, error),
        )

    def _on_page(self, generation: int, page: AuditPage) -> None:
        self.model.append(generation, page.entries, page.total)
        if generation != self.model.generation:
            return
        shown, total = self.model.loaded(), self.model.total
        amount = f"{total:,}".replace(",", ".")
        self.count.setText(
            f"{amount} dòng nhật ký"
            + (f" (đang hiện {shown} dòng mới nhất)" if shown < total else "")
        )
        self.loaded.emit()

    def _on_fetch_failed(self, generation: int, error: BaseException) -> None:
        self.model.fetch_failed(generation)
        show_error(self, error)

    # --- the selected entry

    def selected(self) -> AuditEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _show_selected(self, *_args: object) -> None:
        self._show_entry(self.selected())

    def _show_entry(self, entry: AuditEntry | None) -> None:
        if entry is None:
            self.detail_title.setText("Chọn một dòng để xem chi tiết thay đổi")
            self.changes.set_rows([])
            return
        self.detail_title.setText(
            f"{entry.action_label} {entry.entity_label.lower()} “{entry.summary}” – "
            f"{entry.actor}, {show_moment(entry)}"
        )
        self.changes.set_rows(list(entry.changes))

    # --- export

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.filters.setEnabled(not busy)

    def export(self) -> None:
        target = ask_save_path(self, "Xuất nhật ký thay đổi", "nhat-ky-thay-doi.xlsx")
        if target is None:
            return
        audit, query = self.context.services.audit, self._query
        self.task.start(
            "Đang xuất nhật ký…",
            lambda progress: audit.export(query, target, progress),
            lambda written: self.count.setText(f"Đã xuất {written} dòng nhật ký vào {target}"),
            self._on_export_failed,
        )

    def _on_export_failed(self, error: BaseException) -> None:
        from tdkt.progress import Cancelled

        if isinstance(error, Cancelled):
            self.count.setText("Đã hủy xuất nhật ký; không có tệp nào được ghi.")
        else:
            show_error(self, error)
