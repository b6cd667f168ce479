"""The main window: a sidebar of pages and the page host. Features register pages; the
window itself knows none of them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
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
SETTINGS_SECTION = "Cài đặt"


class MainWindow(QMainWindow):
    def __init__(
        self, context: PageContext, pages: Sequence[PageSpec], database_label: str = ""
    ) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle("TĐKT – Quản lý thi đua, khen thưởng")
        self._specs = {spec.key: spec for spec in pages}
        self._pages: dict[str, Page] = {}
        self._sidebar = QListWidget(objectName="sidebar")
        self._sidebar.setIconSize(QSize(18, 18))
        self._stack = QStackedWidget()
        self._title = QLabel(objectName="pageTitle")
        self._fill_sidebar(pages)
        self._sidebar.currentItemChanged.connect(self._on_sidebar_changed)
        self.setCentralWidget(self._layout())
        self.statusBar().showMessage(database_label)
        events = context.events
        events.data_replaced.connect(self._on_data_replaced)
        self.resize(1280, 800)

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
        # Features append their pages to one list; each section gathers its pages under one
        # header, sections in the order they first appear, settings last.
        sections: dict[str, list[PageSpec]] = {}
        for spec in pages:
            sections.setdefault(spec.section, []).append(spec)
        order = sorted(sections, key=lambda name: name == SETTINGS_SECTION)
        for section in order:
            header = QListWidgetItem(section.upper())
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "section")
            self._sidebar.addItem(header)
            for spec in sections[section]:
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
