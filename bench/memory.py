"""`peak_rss_mb`: the whole application's resident memory at its peak, with the large
database open, after visiting every page of the main window one after the other (each until
its data has loaded). A fresh process per run (bench/startup.py starts it); the figure is
the kernel's high-water mark of the process (VmHWM)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench.startup import launch_app
from bench.timing import median, rounded


def page_keys() -> tuple[str, ...]:
    from ui.pages import all_pages

    return tuple(spec.key for spec in all_pages())


def measure_memory(dataset: Path, repeats: int) -> dict[str, object]:
    peaks, after_first, pages_ms, stalls = [], [], {}, {}
    with tempfile.TemporaryDirectory(prefix="tdkt-bench-rss-") as folder:
        database = Path(folder) / "tdkt.db"
        shutil.copyfile(dataset, database)
        for _ in range(repeats):
            _seconds, record = launch_app(database, Path(folder) / "data", page_keys())
            peaks.append(record["after_pages"]["peak_rss_mb"])
            after_first.append(record["after_first_page"]["rss_mb"])
            pages_ms = record["pages_ms"]
            stalls = record["pages_stall_ms"]
    return {
        "peak_rss_mb": rounded(median(peaks), 0),
        "rss_after_first_page_mb": rounded(median(after_first), 0),
        "page_visit_ms": pages_ms,  # the last run's, page by page
        "page_visit_stall_ms": stalls,  # the window's longest freeze during each visit
    }
