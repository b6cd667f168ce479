"""`python -m bench [--quick] [--repeats N] [--postgres URL] [--only GROUP,...]`

Builds (or reuses, in bench/data/) the synthetic dataset of issue #9, runs each measurement
several times and prints one JSON object: the median of each figure under the keys below,
then "extra" (the dataset's counts, the machine's load, processor times, the parts of each
figure) and, with --postgres, "postgres" (the figures that apply, on PostgreSQL).

--quick: a fifth of the dataset (2,000 people, 60 units, 12,000 awards, 1,200 initiatives
over the same 15 years), every measurement once, the window's stall without the import
(the import is measured on its own). Under a minute once the dataset is cached.

Everything runs with TDKT_DATA_DIR in a temporary folder: no backup, setting or log of the
benchmark reaches the user's data folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.dataset import LARGE, QUICK, counts, ensure_dataset, sqlite_url
from bench.timing import load_average

FIGURES = (
    "startup_s",
    "startup_bare_qt_s",
    "people_page_load_ms",
    "search_keystroke_ms",
    "eligibility_year_s",
    "explain_one_ms",
    "import_s",
    "import_peak_mb",
    "nomination_list_1000_pdf_s",
    "stats_15y_ms",
    "gui_max_stall_ms",
    "peak_rss_mb",
)
GROUPS = ("startup", "people", "eligibility", "import", "pdf", "stats", "stall", "memory")


def _measurements(
    dataset: Path, workbook: Path, repeats: int, heavy: int, quick: bool
) -> dict[str, Callable[[], dict[str, Any]]]:
    from bench.eligibility import measure_eligibility
    from bench.exchange import measure_import
    from bench.memory import measure_memory
    from bench.nominations import measure_nominations
    from bench.people_page import measure_people_page
    from bench.stall import measure_stall
    from bench.startup import measure_startup
    from bench.stats import measure_statistics

    url = sqlite_url(dataset)
    scratch = Path(tempfile.mkdtemp(prefix="tdkt-bench-import-"))
    targets = (sqlite_url(scratch / f"import-{n}.db") for n in range(1000))
    return {
        "startup": lambda: measure_startup(dataset, repeats),
        "people": lambda: measure_people_page(url, repeats),
        "eligibility": lambda: measure_eligibility(url, repeats),
        "import": lambda: measure_import(workbook, lambda: next(targets), heavy),
        "pdf": lambda: measure_nominations(dataset, repeats),
        "stats": lambda: measure_statistics(url, repeats),
        "stall": lambda: measure_stall(dataset, workbook, heavy, 0 if quick else heavy),
        "memory": lambda: measure_memory(dataset, heavy),
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller dataset, one run each")
    parser.add_argument("--repeats", type=int, help="runs of each quick measurement (5)")
    parser.add_argument("--postgres", metavar="URL", help="a scratch PostgreSQL database")
    parser.add_argument("--only", help=f"comma-separated groups: {','.join(GROUPS)}")
    args = parser.parse_args()
    os.environ["TDKT_DATA_DIR"] = tempfile.mkdtemp(prefix="tdkt-bench-data-")
    spec = QUICK if args.quick else LARGE
    repeats = args.repeats or (1 if args.quick else 5)
    heavy = 1 if args.quick else min(repeats, 3)  # the import, the stall, the memory probe
    started, load_before = time.perf_counter(), load_average()
    dataset, build_s = ensure_dataset(spec)
    from bench.exchange import ensure_workbook

    workbook = ensure_workbook(dataset)
    chosen = args.only.split(",") if args.only else GROUPS
    results: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for name, measure in _measurements(dataset, workbook, repeats, heavy, args.quick).items():
        if name in chosen:
            print(f"bench: {name}…", file=sys.stderr, flush=True)
            part = measure()
            extra.update(part.pop("extra", {}))
            results.update(part)
    figures: dict[str, Any] = {key: results.pop(key) for key in FIGURES if key in results}
    figures["extra"] = {
        "dataset": str(dataset),
        "dataset_build_s": round(build_s, 1),
        "dataset_counts": counts(sqlite_url(dataset)),
        "repeats": repeats,
        "heavy_repeats": heavy,
        **results,
        **extra,
        "cpus": os.cpu_count(),
        "load_average_before": load_before,
        "load_average_after": load_average(),
        "bench_wall_s": round(time.perf_counter() - started, 1),
    }
    if args.postgres:
        from bench.postgres import measure_postgres

        print("bench: postgres…", file=sys.stderr, flush=True)
        figures["postgres"] = measure_postgres(args.postgres, workbook, repeats, heavy)
    print(json.dumps(figures, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
