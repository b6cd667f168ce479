"""Movements, initiatives and councils on a large dataset: the registration list and the
year-end comparison of the last year, the initiative register and the similarity hint over
every initiative, the biggest meeting's details and its minutes as PDF.

    python -m bench.cycle [--quick]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _median_ms(work: Callable[[], Any], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1)


def measure_cycle(path: Path, repeats: int = 5) -> dict[str, float]:
    from tdkt.app import open_database
    from tdkt.printing import initiative_register, meeting_minutes, registration_comparison

    services = open_database(str(path))
    try:
        year = max(services.registrations.years())
        council = next(c for c in services.councils.list_councils() if c.kind == "sang_kien")
        meetings = services.meetings.list_meetings(council.id)
        biggest = max(meetings, key=lambda m: m.item_count)
        initiatives = services.initiatives.list_rows()
        return {
            "registrations": len(services.registrations.list_rows(year)),
            "registration_list_ms": _median_ms(
                lambda: services.registrations.list_rows(year), repeats
            ),
            "comparison_ms": _median_ms(lambda: services.registrations.comparison(year), repeats),
            "comparison_pdf_ms": _median_ms(
                lambda: registration_comparison.render_pdf(
                    services.registrations.comparison_paper(year)
                ),
                1,
            ),
            "initiatives": len(initiatives),
            "initiative_list_all_ms": _median_ms(services.initiatives.list_rows, repeats),
            "similarity_hint_ms": _median_ms(
                lambda: services.initiatives.similar("Giải pháp số hóa hồ sơ phục vụ quản lý chợ"),
                repeats,
            ),
            "initiative_register_pdf_ms": _median_ms(
                lambda: initiative_register.render_pdf(
                    services.initiatives.list_paper(year, False)
                ),
                1,
            ),
            "meeting_items": biggest.item_count,
            "meeting_details_ms": _median_ms(lambda: services.meetings.get(biggest.id), repeats),
            "meeting_minutes_pdf_ms": _median_ms(
                lambda: meeting_minutes.render_pdf(services.meetings.paper(biggest.id)), repeats
            ),
        }
    finally:
        services.close()


def main() -> None:
    from bench.dataset import LARGE, QUICK, ensure_dataset

    parser = argparse.ArgumentParser(prog="python -m bench.cycle")
    parser.add_argument("--quick", action="store_true", help="the smaller dataset")
    args = parser.parse_args()
    path, _build_s = ensure_dataset(QUICK if args.quick else LARGE)
    print(json.dumps(measure_cycle(path), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
