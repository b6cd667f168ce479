"""Opening the database while the window is already on screen.

The main window shows first, empty (the sidebar disabled, "Đang mở dữ liệu…"): a user sees
the application as soon as a bare Qt window would appear. The domain's modules load and the
database opens on the worker, so the window stays responsive meanwhile. Then, back on the
GUI thread: a database in use is offered read-only, an unusable one is explained (and the
application ends), sign-in if required, the window gets its pages and shows the first one,
the start-up checks run, and a new database gets the welcome dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

from tdkt.errors import DatabaseInUseError, StorageError
from ui.context import AppEvents, PageContext
from ui.errors import show_error
from ui.main_window import MainWindow
from ui.startup import StartupChecks, add_status_badges, ask_read_only, sign_in
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tdkt.app import Services

Opener = Callable[..., "Services"]


def open_database(target: str | None, read_only: bool = False) -> Services:
    """On the worker: the domain's modules are imported here, off the GUI thread. What is
    loaded by then lives as long as the application: the garbage collector stops walking it
    (tdkt.collector)."""
    from tdkt.app import open_database as open_services
    from tdkt.collector import freeze_loaded

    services = open_services(target, read_only=read_only)
    freeze_loaded()
    return services


class Launch:
    """One start of the application on `db_target`; `on_quit(code)` ends it early."""

    def __init__(
        self,
        window: MainWindow,
        runner: TaskRunner,
        db_target: str | None,
        opener: Opener = open_database,
        confirm_read_only: Callable[[DatabaseInUseError], bool] | None = None,
        on_quit: Callable[[int], Any] = QApplication.exit,
    ) -> None:
        self.window = window
        self.runner = runner
        self.db_target = db_target
        self.services: Services | None = None
        self.checks: StartupChecks | None = None
        self._opener = opener
        self._confirm = confirm_read_only or (lambda error: ask_read_only(error, window))
        self._quit = on_quit

    def start(self) -> None:
        target = self.db_target
        self.runner.run(lambda: self._opener(target), self._opened, self._refused)

    def close(self) -> None:
        if self.services is not None:
            self.services.close()

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, DatabaseInUseError):
            if self._confirm(error):
                target = self.db_target
                self.runner.run(
                    lambda: self._opener(target, read_only=True), self._opened, self._failed
                )
            else:
                self._quit(0)
            return
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        # A newer schema, an unreadable file, a full disk ... (a bug shows its details too).
        show_error(self.window, error)
        self._quit(1 if isinstance(error, StorageError) else 2)

    def _opened(self, services: Services) -> None:
        self.services = services
        if not sign_in(services, self.runner):
            self._quit(0)
            return
        window = self.window
        context = PageContext(services=services, runner=self.runner, events=AppEvents())
        window.attach(context, f"Cơ sở dữ liệu: {services.location}")
        add_status_badges(window, services)
        window.show_page(window.page_keys()[0])
        self.checks = StartupChecks(window)
        self.checks.start()
        if not services.agency.get().configured and not services.read_only:
            from ui.welcome.welcome_dialog import WelcomeDialog

            WelcomeDialog(context, parent=window).open()
