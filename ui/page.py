"""The base of every page in the main window: loads its data when shown, reloads when stale,
and keeps what writes disabled while nothing can be saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from ui.context import PageContext
from ui.read_only import Target, guard_writes


class Page(QWidget):
    """A page loads lazily: `activate()` when it is shown, `mark_stale()` when data changed."""

    loaded = Signal()  # the page shows current data (screenshots wait for it)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self._visible = False

    def activate(self) -> None:
        self._visible = True
        if self._stale:
            self._stale = False
            self.reload()

    def deactivate(self) -> None:
        self._visible = False

    def mark_stale(self) -> None:
        self._stale = True
        if self._visible:
            self.activate()

    def stale_on(self, *signals: SignalInstance) -> None:
        """Reload, when next shown, after any of these application events."""
        for signal in signals:
            signal.connect(self.mark_stale)

    def writes(self, *targets: Target) -> None:
        """Declare the buttons and actions that change data: while the database refuses
        writes they are disabled, with the reason as tooltip (ui/read_only.py)."""
        guard_writes(self.context, *targets)

    def reload(self) -> None:
        """Fetch the data through the task runner and emit `loaded` when shown."""
        self.loaded.emit()


@dataclass(frozen=True)
class PageSpec:
    key: str  # ASCII name for `screenshot --page`
    title: str  # shown in the sidebar
    section: str  # sidebar group
    factory: Callable[[PageContext], Page]


@dataclass(frozen=True)
class LazyPage:
    """A page factory that names the page's class: its module is imported when the page is
    first built."""

    module: str
    class_name: str

    def load(self) -> type[Page]:
        page_class: type[Page] = getattr(import_module(self.module), self.class_name)
        return page_class

    def __call__(self, context: PageContext) -> Page:
        return self.load()(context)


def lazy_page(module: str, class_name: str) -> LazyPage:
    return LazyPage(module, class_name)
