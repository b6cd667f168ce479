"""The main window: a sidebar of pages and the page host. Features register pages; the
window itself knows none of them.

The window can show before the database is open (`MainWindow(None, pages)`, the start-up of
ui/launch.py): the sidebar is there but disabled, the page area says the data is loading;
`attach(context)` then makes it usable."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import PageContext
from ui.page import Page, PageSpec

KEY_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    attached = Signal()  # the window has its context: pages can be built

    def __init__(
        self, context: PageContext | None, pages: Sequence[PageSpec], database_label: str = ""
    ) -> None:
        super().__init__()
        self.setWindowTitle("TĐKT – Quản lý thi đua, khen thưởng")
        self._specs = {spec.key: spec for spec in pages}
        self._pages: dict[str, Page] = {}
        self._sidebar = QListWidget(objectName="sidebar")
        self._sidebar.setIconSize(QSize(18, 18))
        self._stack = QStackedWidget()
        self._title = QLabel(objectName="pageTitle")
        self._opening = QLabel("Đang mở dữ liệu…", objectName="openingNote")
        self._opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self._opening)
        self._fill_sidebar(pages)
        self._sidebar.currentItemChanged.connect(self._on_sidebar_changed)
        self.setCentralWidget(self._layout())
        self.resize(1280, 800)
        self._context: PageContext | None = None
        if context is None:
            self._sidebar.setEnabled(False)
            self.statusBar().showMessage("Đang mở cơ sở dữ liệu…")
        else:
            self.attach(context, database_label)

    @property
    def context(self) -> PageContext:
        assert self._context is not None, "the window has no data yet (attach first)"
        return self._context

    def attach(self, context: PageContext, database_label: str = "") -> None:
        """The database is open: the sidebar works and pages can be built."""
        self._context = context
        context.events.data_replaced.connect(self._on_data_replaced)
        self._sidebar.setEnabled(True)
        self._stack.removeWidget(self._opening)
        self._opening.deleteLater()
        self.statusBar().showMessage(database_label)
        self.attached.emit()

    def _layout(self) -> QWidget:
        body = QWidget()
        content = QVBoxLayout()
        content.setContentsMargins(16, 12, 16, 12)
        content.addWidget(self._title)
        content.addWidget(self._stack, 1)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._sidebar)
        row.addLayout(content, 1)
        return body

    def _fill_sidebar(self, pages: Sequence[PageSpec]) -> None:
        self._sidebar.setFixedWidth(210)
        # Grouped by section in the order sections first appear, so a feature can append its
        # page to the list and still land under its section.
        sections: dict[str, list[PageSpec]] = {}
        for spec in pages:
            sections.setdefault(spec.section, []).append(spec)
        for section, specs in sections.items():
            header = QListWidgetItem(section.upper())
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "section")
            self._sidebar.addItem(header)
            for spec in specs:
                item = QListWidgetItem(spec.title)
                item.setData(KEY_ROLE, spec.key)
                self._sidebar.addItem(item)

    def page_keys(self) -> list[str]:
        return list(self._specs)

    def page(self, key: str) -> Page:
        """The page for `key`, built on first use."""
        if key not in self._pages:
            page = self._specs[key].factory(self.context)
            self._pages[key] = page
            self._stack.addWidget(page)
        return self._pages[key]

    def show_page(self, key: str) -> Page:
        for row in range(self._sidebar.count()):
            if self._sidebar.item(row).data(KEY_ROLE) == key:
                self._sidebar.setCurrentRow(row)
        return self._pages[key]

    def _on_sidebar_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if current is None or current.data(KEY_ROLE) is None:
            return
        if previous is not None and previous.data(KEY_ROLE) in self._pages:
            self._pages[previous.data(KEY_ROLE)].deactivate()
        key = current.data(KEY_ROLE)
        page = self.page(key)
        self._title.setText(self._specs[key].title)
        self._stack.setCurrentWidget(page)
        page.activate()

    def _on_data_replaced(self) -> None:
        for page in self._pages.values():
            page.mark_stale()
