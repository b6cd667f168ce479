"""A probe for the benchmark (bench/startup.py, bench/memory.py): when the environment
variable TDKT_PROBE names a file, the application writes there, as JSON, the moments its
window was first painted and its first page showed its data (time.monotonic(), one clock
for every process), then visits the pages listed in TDKT_PROBE_PAGES (comma-separated keys)
one after the other, each until it has loaded, with the longest the window went without
turning its event loop meanwhile (a 5 ms timer's largest gap), records its memory, and
quits. Without the variable nothing happens."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow

PROBE_ENV = "TDKT_PROBE"
PAGES_ENV = "TDKT_PROBE_PAGES"


def memory_mb() -> dict[str, float]:
    """Resident memory now and at its peak, from /proc (Linux); {} elsewhere."""
    found: dict[str, float] = {}
    try:
        lines = Path("/proc/self/status").read_text().splitlines()
    except OSError:
        return found
    for line in lines:
        key, _sep, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found["rss_mb" if key == "VmRSS" else "peak_rss_mb"] = int(value.split()[0]) / 1024
    return found


class GapTimer:
    """The largest interval between two ticks of a 5 ms timer: how long the GUI thread was
    busy at a stretch."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.largest_ms = 0.0

    def start(self) -> None:
        self._last, self.largest_ms = time.perf_counter(), 0.0
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return round(self.largest_ms, 1)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.largest_ms = max(self.largest_ms, (now - self._last) * 1000)
        self._last = now


class Probe:
    def __init__(self, window: MainWindow, target: Path, pages: list[str]) -> None:
        self.window = window
        self.target = target
        self.pages = pages
        self.record: dict[str, object] = {"pages_ms": {}, "pages_stall_ms": {}}
        self._started = 0.0
        self._gaps = GapTimer()

    def window_painted(self) -> None:
        """Runs on the event loop's first turn after the window was shown."""
        self.record.setdefault("window_shown", time.monotonic())

    def watch_first(self, key: str) -> None:
        """Call before the first page is shown."""
        self.window.page(key).loaded.connect(self._first_loaded)

    def _first_loaded(self) -> None:
        self.window.page(self.window.page_keys()[0]).loaded.disconnect(self._first_loaded)
        # Once more round the event loop: what the data asked to lay out and paint is done.
        QTimer.singleShot(0, self._first_shown)

    def _first_shown(self) -> None:
        self.record["first_page_shown"] = time.monotonic()
        self.record["after_first_page"] = memory_mb()
        self._next()

    def _next(self) -> None:
        if not self.pages:
            self.record["after_pages"] = memory_mb()
            self.target.write_text(json.dumps(self.record), encoding="utf-8")
            QApplication.quit()
            return
        key = self.pages.pop(0)
        page = self.window.page(key)
        self._started = time.perf_counter()
        self._gaps.start()
        page.loaded.connect(lambda: self._loaded(key), Qt.ConnectionType.SingleShotConnection)
        self.window.show_page(key)

    def _loaded(self, key: str) -> None:
        pages = self.record["pages_ms"]
        assert isinstance(pages, dict)
        pages[key] = round((time.perf_counter() - self._started) * 1000, 1)
        stalls = self.record["pages_stall_ms"]
        assert isinstance(stalls, dict)
        stalls[key] = self._gaps.stop()
        QTimer.singleShot(0, self._next)


def install(window: MainWindow) -> Probe | None:
    """The probe, when TDKT_PROBE asks for one; call once the window is shown, before it is
    attached to the database."""
    target = os.environ.get(PROBE_ENV)
    if not target:
        return None
    first = window.page_keys()[0]
    asked = [key for key in os.environ.get(PAGES_ENV, "").split(",") if key]
    unknown = set(asked) - set(window.page_keys())
    if unknown:
        print(f"{PAGES_ENV}: không có trang {', '.join(sorted(unknown))}", file=sys.stderr)
    # Each page once, and not the first: a page already loaded would not signal again.
    pages = [key for key in dict.fromkeys(asked) if key not in unknown and key != first]
    probe = Probe(window, Path(target), pages)
    window.attached.connect(lambda: probe.watch_first(first))
    QTimer.singleShot(0, probe.window_painted)
    return probe
