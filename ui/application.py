"""Starting the GUI: the QApplication, its look, the services, the main window, first run."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ui import probe
from ui.context import AppEvents, PageContext
from ui.errors import install_excepthooks, show_error
from ui.launch import Launch
from ui.main_window import MainWindow
from ui.pages import all_pages
from ui.startup import add_status_badges
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tdkt.app import Services

STYLE_FILE = Path(__file__).resolve().parents[1] / "resources" / "styles" / "app.qss"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("TĐKT")
    app.setOrganizationName("TDKT")
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSize(10)
    app.setFont(font)
    if STYLE_FILE.exists():
        app.setStyleSheet(STYLE_FILE.read_text(encoding="utf-8"))
    return app


def build_window(services: Services, runner: TaskRunner) -> MainWindow:
    """The window on services already open (screenshots, tests)."""
    context = PageContext(services=services, runner=runner, events=AppEvents())
    window = MainWindow(context, all_pages(), database_label=f"Cơ sở dữ liệu: {services.location}")
    add_status_badges(window, services)
    return window


def run_gui(db_target: str | None) -> int:
    app = make_application()
    install_excepthooks()
    runner = TaskRunner(on_unhandled=lambda error: show_error(None, error))
    window = MainWindow(None, all_pages())  # at once; the database opens behind it
    window.show()
    _probe = probe.install(window)  # the benchmark's, when TDKT_PROBE asks; kept alive here
    launch = Launch(window, runner, db_target)
    launch.start()
    code = app.exec()
    runner.shutdown()
    launch.close()
    return code
