"""People page figures, on the real page with the application's TaskRunner:

- `people_page_load_ms`: from `reload()` to the list shown (the query on the worker, the
  rows into the model, the filter, the page painted);
- `search_keystroke_ms`: typing one more letter of a name, "nguyen van an" letter by letter
  and cleared again, until the filtered list is painted (the person's details then load on
  the worker and are not counted: typing never waits for them).
"""

from __future__ import annotations

import os
import time
from typing import Any

from bench.timing import median, rounded

TYPED = "nguyen van an"


def _wait(signal: Any, start: Any) -> None:
    """Call `start()` and run the event loop until `signal` fires."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    signal.connect(loop.quit)
    start()
    loop.exec()
    signal.disconnect(loop.quit)


def _idle(runner: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    while runner.busy:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def measure_people_page(url: str, repeats: int) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tdkt.app import open_database
    from ui.application import make_application
    from ui.context import AppEvents, PageContext
    from ui.people.list_page import PeopleListPage
    from ui.tasks import TaskRunner

    make_application()
    services = open_database(url)
    runner = TaskRunner()
    page = PeopleListPage(PageContext(services, runner, AppEvents()))
    page.resize(1280, 760)
    page.show()
    try:
        loads = []
        for _ in range(repeats + 1):  # the first warms the caches
            started = time.perf_counter()
            _wait(page.loaded, page.reload)
            page.repaint()
            loads.append((time.perf_counter() - started) * 1000)
            _idle(runner)
        keystrokes = []
        texts = [TYPED[:n] for n in range(1, len(TYPED) + 1)] + [""]
        for _ in range(repeats):
            for text in texts:
                started = time.perf_counter()
                page.search.setText(text)
                page.repaint()
                keystrokes.append((time.perf_counter() - started) * 1000)
                _idle(runner)
        return {
            "people_page_load_ms": rounded(median(loads[1:])),
            "search_keystroke_ms": rounded(median(keystrokes)),
            "extra": {
                "people_rows": page.model.total(),
                "people_page_first_load_ms": rounded(loads[0]),
                "search_keystroke_worst_ms": rounded(max(keystrokes)),
            },
        }
    finally:
        page.close()
        runner.shutdown()
        services.close()
