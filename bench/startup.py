"""Start-up figures, each run in a fresh process as a user starts it.

- `startup_s`: from launching `python main.py --db <dataset>` (off screen) to the moment the
  main window is first painted, as issue #9 defines it (ui/probe.py writes the moment,
  time.monotonic(), which is one clock for every process of the machine). The window shows
  before the database is open ("Đang mở dữ liệu…", ui/launch.py).
- `startup_bare_qt_s`: the same for a bare PySide6 window (`python -m bench.startup bare`).
- extra: `startup_first_page_s`, until the first page (the dashboard) shows its data from the
  large database; `startup_without_bytecode_cache_s`, the same as that for a start that
  compiles every module of the project (the figures above reuse compiled modules, as an
  installed copy does).

The database is a copy in a temporary folder with its own data folder (backups, settings,
logs), so the dataset never gets a lock file or a backup; the first start of the day makes
the day's backup after the window is up, which each run does again.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.timing import ROOT, child_environment, children_cpu_s, median, rounded

OFFSCREEN = {"QT_QPA_PLATFORM": "offscreen"}


def launch_app(
    database: Path, data_dir: Path, pages: tuple[str, ...] = (), bytecode: bool = True
) -> tuple[float, dict[str, Any]]:
    """Start the application on `database`; seconds from launch to the first page shown
    with its data, and the probe's record (memory, page load times)."""
    probe = data_dir / "probe.json"
    probe.unlink(missing_ok=True)
    env = child_environment(
        {
            **OFFSCREEN,
            "TDKT_DATA_DIR": str(data_dir),
            "TDKT_PROBE": str(probe),
            "TDKT_PROBE_PAGES": ",".join(pages),
        },
        bytecode,
    )
    started = time.monotonic()
    child = subprocess.run(
        [sys.executable, "main.py", "--db", str(database)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if child.returncode != 0 or not probe.exists():
        raise RuntimeError(f"the application failed ({child.returncode}):\n{child.stderr[-4000:]}")
    record = json.loads(probe.read_text(encoding="utf-8"))
    record["launched"] = started
    return record["first_page_shown"] - started, record


def launch_bare() -> float:
    started = time.monotonic()
    child = subprocess.run(
        [sys.executable, "-m", "bench.startup", "bare"],
        cwd=ROOT,
        env=child_environment(OFFSCREEN),
        capture_output=True,
        text=True,
        check=True,
    )
    return float(child.stdout.strip().splitlines()[-1]) - started


def measure_startup(dataset: Path, repeats: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="tdkt-bench-start-") as folder:
        database = Path(folder) / "tdkt.db"
        shutil.copyfile(dataset, database)
        launch_app(database, Path(folder) / "data")  # the first start ever upgrades, if due
        app_s, window_s, cpu_s = [], [], []
        for _ in range(repeats):
            before = children_cpu_s()
            seconds, record = launch_app(database, Path(folder) / "data")
            cpu_s.append(children_cpu_s() - before)
            app_s.append(seconds)
            window_s.append(record["window_shown"] - record["launched"])
        uncompiled = [
            launch_app(database, Path(folder) / "data", bytecode=False)[0]
            for _ in range(max(1, repeats // 2))
        ]
    bare_s = [launch_bare() for _ in range(repeats)]
    return {
        "startup_s": rounded(median(window_s), 3),
        "startup_bare_qt_s": rounded(median(bare_s), 3),
        "startup_first_page_s": rounded(median(app_s), 3),
        "startup_process_cpu_s": rounded(median(cpu_s), 3),  # until the process ended
        # Without a bytecode cache every start compiles the project's sources again.
        "startup_without_bytecode_cache_s": rounded(median(uncompiled), 3),
    }


def bare_window() -> None:
    """Child: a bare PySide6 window, shown, then the moment printed once it has painted."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()

    def shown() -> None:
        print(time.monotonic(), flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()


if __name__ == "__main__":
    if sys.argv[1:] == ["bare"]:
        bare_window()
