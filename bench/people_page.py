"""People page figures: loading the page and filtering on one keystroke."""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path


def measure_people_page(path: Path, repeats: int = 5) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tdkt.app import open_database
    from ui.application import make_application
    from ui.context import AppEvents, PageContext
    from ui.people.list_page import PeopleListPage
    from ui.tasks import SyncTaskRunner

    make_application()
    services = open_database(str(path))
    page = PeopleListPage(PageContext(services, SyncTaskRunner(), AppEvents()))
    page.resize(1200, 700)
    page.show()
    loads = []
    for _ in range(repeats):
        started = time.perf_counter()
        page.reload()  # query, rows, model, filter: what the user waits for
        loads.append((time.perf_counter() - started) * 1000)
    keystrokes = []
    for _ in range(repeats):
        for text in (
            "n",
            "ng",
            "ngu",
            "nguy",
            "nguye",
            "nguyen",
            "nguyen v",
            "nguyen van",
            "nguyen van a",
            "nguyen van an",
            "",
        ):
            started = time.perf_counter()
            page.search.setText(text)
            keystrokes.append((time.perf_counter() - started) * 1000)
    rows = page.model.total()
    page.close()
    services.close()
    return {
        "people": rows,
        "people_page_load_ms": round(statistics.median(loads), 1),
        "search_keystroke_ms": round(statistics.median(keystrokes), 1),
        "search_keystroke_max_ms": round(max(keystrokes), 1),
    }
