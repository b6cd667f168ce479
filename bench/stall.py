"""`gui_max_stall_ms`: does the window stay responsive while long work runs? A 10 ms timer
on the GUI thread records when it fires; the longest gap between two firings is the longest
the window could not react (target ≤ 100 ms). The long work goes through the application's
own TaskRunner and widgets, as a user starts it:

1. import: the real Nhập Excel wizard on an empty database ("Kiểm tra tệp", the preview
   with its problem list, "Nhập dữ liệu"), its progress bar fed by the worker;
2. eligibility: every title for everyone for one year on the worker, with a progress bar;
3. PDF: the 1,000-line nomination list made on the worker and opened in the in-app preview
   (`ui.widgets.documents.DocumentOutput.preview`), as "Xem trước" does.

The figure is the median over runs of each run's longest gap; the worst phase is in extra.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.nominations import add_batch, list_pdf
from bench.timing import median, rounded

TICK_MS = 10
YEAR = 2025
_alive: list[Any] = []  # the widgets of the phase running, kept until it ends


class Ticker:
    """A 10 ms timer on the GUI thread; the gaps between its firings, phase by phase."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.ticks: list[int] = []
        self.timer.timeout.connect(lambda: self.ticks.append(self.clock.elapsed()))

    def during(self, start: Callable[[Callable[[], None]], None]) -> float:
        """Run `start(done)` in an event loop until it calls `done`; the longest gap."""
        from PySide6.QtCore import QEventLoop

        loop = QEventLoop()
        self.ticks = []
        self.clock.start()
        self.timer.start()
        start(loop.quit)
        loop.exec()
        self.timer.stop()
        gaps = [b - a for a, b in itertools.pairwise(self.ticks)]
        return float(max(gaps, default=0))


def _import(context: Any, workbook: Path, done: Callable[[], None]) -> None:
    from ui.exchange.import_wizard import ImportWizard

    wizard = ImportWizard(context)
    wizard.show()
    wizard.set_path(str(workbook))

    def on_step(_index: int) -> None:
        if wizard.stack.currentWidget() is wizard.preview:
            wizard.confirm()  # "Nhập dữ liệu" once the preview shows
        elif wizard.stack.currentWidget() is wizard.summary:
            wizard.close()
            done()

    wizard.stack.currentChanged.connect(on_step)
    wizard.check()
    _alive[:] = [wizard]


def _eligibility(context: Any, done: Callable[[], None]) -> None:
    from PySide6.QtWidgets import QProgressBar

    from ui.tasks import ProgressBridge

    bar = QProgressBar()
    bar.show()
    bridge = ProgressBridge()
    bridge.progressed.connect(lambda fraction, _text: bar.setValue(round(fraction * 100)))
    evaluate = context.services.eligibility.evaluate
    context.runner.run(lambda: evaluate(YEAR, progress=bridge), lambda _r: done(), _fail(done))
    _alive[:] = [bar, bridge]


def _pdf(context: Any, batch_id: int, done: Callable[[], None]) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.widgets.documents import Document, DocumentOutput

    parent = QWidget()
    output = DocumentOutput(parent, context.runner)

    def shown(dialog: Any) -> None:
        dialog.open()
        dialog.close()
        done()

    output.show_viewer = shown
    pdf = {"pdf": lambda: list_pdf(context.services, batch_id)}
    output.preview(Document("Danh sách đề nghị", "danh-sach", pdf))
    _alive[:] = [parent, output]


def _fail(done: Callable[[], None]) -> Callable[[BaseException], None]:
    def failed(error: BaseException) -> None:
        done()
        raise error

    return failed


def measure_stall(dataset: Path, workbook: Path, repeats: int, imports: int) -> dict[str, Any]:
    """`imports` of the runs include the (long) import; every run does the other two."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tdkt.app import open_database
    from tdkt.collector import freeze_loaded
    from ui.application import make_application
    from ui.context import AppEvents, PageContext
    from ui.tasks import TaskRunner

    make_application()
    runner = TaskRunner()
    ticker = Ticker()
    phases: dict[str, list[float]] = {"import": [], "eligibility": [], "pdf": []}
    with tempfile.TemporaryDirectory(prefix="tdkt-bench-stall-") as folder:
        copy = Path(folder) / "large.db"
        shutil.copyfile(dataset, copy)
        services = open_database(str(copy))
        freeze_loaded()  # as the application does once the database is open (ui/launch.py)
        context = PageContext(services, runner, AppEvents())
        batch_id = add_batch(services)
        for run in range(repeats):
            if run < imports:
                empty = open_database(str(Path(folder) / f"import-{run}.db"))
                target = PageContext(empty, runner, AppEvents())
                phases["import"].append(ticker.during(lambda d, t=target: _import(t, workbook, d)))
                empty.close()
            phases["eligibility"].append(ticker.during(lambda d: _eligibility(context, d)))
            phases["pdf"].append(ticker.during(lambda d: _pdf(context, batch_id, d)))
        runner.shutdown()
        services.close()
    worst = [
        max(values[run] for values in phases.values() if run < len(values))
        for run in range(repeats)
    ]
    return {
        "gui_max_stall_ms": rounded(median(worst), 0),
        "extra": {f"gui_max_stall_{name}_ms": values for name, values in phases.items()},
    }
