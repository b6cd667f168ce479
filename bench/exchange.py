"""Exchange figures: importing a large workbook into an empty database (time, peak memory),
and exporting it.

The import runs in a child process so that its peak resident memory is its own, not the
benchmark's (which has just built the workbook). Run: `python -m bench --exchange`.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from bench.dataset import DATA_DIR, ensure_dataset

# The figure: 10,000 people, about 150,000 ratings and 60,000 award records; the demo
# world reaches that over twenty-three years.
PEOPLE, YEARS, AWARD_RATE = 10_000, 23, 0.42


def ensure_workbook(database: Path) -> tuple[Path, float]:
    """The dataset exported once to a workbook; how long the export took (0 when reused)."""
    from tdkt.app import open_database

    path = DATA_DIR / (database.stem + ".xlsx")
    if path.exists():
        return path, 0.0
    services = open_database(str(database))
    try:
        started = time.perf_counter()
        services.exchange.export_workbook(path)
        return path, time.perf_counter() - started
    finally:
        services.close()


def measure_exchange() -> dict[str, object]:
    database, _build_s = ensure_dataset(PEOPLE, YEARS, AWARD_RATE)
    workbook, export_s = ensure_workbook(database)
    target = DATA_DIR / "exchange-import.db"
    for leftover in DATA_DIR.glob(target.name + "*"):
        leftover.unlink()
    child = subprocess.run(
        [sys.executable, "-m", "bench.exchange", str(workbook), str(target)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(child.stdout)
    # ru_maxrss is in kilobytes on Linux: the largest child, i.e. the import.
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    target.unlink(missing_ok=True)
    return {
        "exchange_workbook": str(workbook),
        "exchange_workbook_mb": round(workbook.stat().st_size / 2**20, 1),
        "exchange_export_s": round(export_s, 1) if export_s else "reused",
        **figures,
        "exchange_import_peak_rss_mb": round(peak_mb),
        "load_average_1min": round(os.getloadavg()[0], 1),  # wall times suffer on a busy machine
    }


def _import(workbook: Path, target: Path) -> None:
    """Child process: open an empty database, import the workbook, print the figures."""
    from tdkt.app import open_database

    services = open_database(str(target))
    started, cpu_started = time.perf_counter(), time.process_time()
    reading = services.exchange.read(workbook)
    read_s = time.perf_counter() - started
    report = services.exchange.apply(reading)
    total_s = time.perf_counter() - started
    cpu_s = time.process_time() - cpu_started
    counts = {c.sheet: c.new for c in report.counts}
    services.close()
    print(
        json.dumps(
            {
                "exchange_rows": counts,
                "exchange_import_read_s": round(read_s, 1),
                "exchange_import_total_s": round(total_s, 1),
                "exchange_import_cpu_s": round(cpu_s, 1),
            }
        )
    )


if __name__ == "__main__":
    _import(Path(sys.argv[1]), Path(sys.argv[2]))
