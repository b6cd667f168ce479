"""Import figures: the large dataset exported once to the exchange workbook (cached beside
the dataset), then imported into an empty database in a fresh process per run, as the Nhập
Excel wizard does it: read the file, check it for the preview, then apply (which checks
again and writes everything in one transaction).

- `import_s`: read + check + apply, wall time (target ≤ 20 s);
- `import_peak_mb`: the importing process's resident high-water mark (target ≤ 500 MB),
  which includes the interpreter and the application's modules.

    python -m bench.exchange import WORKBOOK TARGET_URL   (the child; prints JSON)
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path
from typing import Any

from bench.timing import median, rounded, run_child


def ensure_workbook(dataset: Path) -> Path:
    """The dataset exported to a workbook once (EXCHANGE.md §1)."""
    from tdkt.app import open_database

    path = dataset.with_suffix(".xlsx")
    if path.exists():
        return path
    partial = path.with_name(path.stem + ".partial.xlsx")
    services = open_database(str(dataset), read_only=True)
    try:
        services.exchange.export_workbook(partial)
    finally:
        services.close()
    partial.rename(path)
    return path


def import_once(workbook: Path, target_url: str) -> dict[str, Any]:
    return run_child("bench.exchange", "import", str(workbook), target_url)


def measure_import(
    workbook: Path, empty_target: Any, repeats: int, prefix: str = ""
) -> dict[str, Any]:
    """`empty_target()` gives the URL of an empty database for each run."""
    runs = [import_once(workbook, empty_target()) for _ in range(repeats)]
    return {
        f"{prefix}import_s": rounded(median([r["total_s"] for r in runs]), 1),
        f"{prefix}import_peak_mb": rounded(median([r["peak_mb"] for r in runs]), 0),
        "extra": {
            f"{prefix}import_cpu_s": rounded(median([r["cpu_s"] for r in runs]), 1),
            f"{prefix}import_read_s": rounded(median([r["read_s"] for r in runs]), 1),
            f"{prefix}import_check_s": rounded(median([r["check_s"] for r in runs]), 1),
            f"{prefix}import_apply_s": rounded(median([r["apply_s"] for r in runs]), 1),
            f"{prefix}import_rows": runs[-1]["rows"],
            "import_workbook_mb": rounded(workbook.stat().st_size / 2**20, 1),
        },
    }


def _import(workbook: Path, target_url: str) -> None:
    """Child: import the workbook into an empty database; print the figures as JSON."""
    import json

    from tdkt.app import open_database

    services = open_database(target_url)
    wall, cpu = time.perf_counter(), time.process_time()
    reading = services.exchange.read(workbook)
    read_s = time.perf_counter() - wall
    report = services.exchange.check(reading)
    assert not report.errors, report.errors[:5]
    check_s = time.perf_counter() - wall - read_s
    report = services.exchange.apply(reading)
    total_s = time.perf_counter() - wall
    cpu_s = time.process_time() - cpu
    services.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    figures = {
        "read_s": read_s,
        "check_s": check_s,
        "apply_s": total_s - read_s - check_s,
        "total_s": total_s,
        "cpu_s": cpu_s,
        "peak_mb": peak_mb,
        "rows": {c.sheet: c.new for c in report.counts},
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "import":
        _import(Path(sys.argv[2]), sys.argv[3])
