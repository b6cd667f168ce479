"""Eligibility figures: every title for everyone in one year, the page's report of one title,
and one person's explanation (targets: ≤ 2 s and ≤ 50 ms, issue #4)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

YEARS = (2025, 2023)  # the 2022 law carried forward, and the old rules with their quotas


def _timed(work: Callable[[], Any], repeats: int) -> tuple[float, float, Any]:
    """Median wall and CPU milliseconds of `work`, and its last result."""
    walls, cpus, result = [], [], None
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus), result


def measure_eligibility(path: Path, repeats: int = 5) -> dict[str, float]:
    from tdkt.app import open_database

    services = open_database(str(path))
    eligibility = services.eligibility
    assert eligibility.rulebook.regimes  # read the rule files once, as the application does
    figures: dict[str, float] = {}
    for year in YEARS:
        wall, cpu, found = _timed(lambda y=year: eligibility.evaluate(y), repeats)
        figures[f"eligibility_all_titles_{year}_ms"] = round(wall)
        figures[f"eligibility_all_titles_{year}_cpu_ms"] = round(cpu)
        figures[f"eligibility_verdicts_{year}"] = len(found)
        wall, _cpu, _report = _timed(lambda y=year: eligibility.report(y, "CSTDCS"), repeats)
        figures[f"eligibility_page_cstdcs_{year}_ms"] = round(wall)
    people = [e.subject for e in found if e.title == "HCLD3"][:: max(1, len(found) // 200)][:20]
    one_person, one_title = [], []
    for subject in people:
        one_person.append(_timed(lambda s=subject: eligibility.evaluate(2025, None, s.code), 1)[0])
        one_title.append(
            _timed(lambda s=subject: eligibility.explain(s.kind, s.id, "BK_TTG", 2025), 1)[0]
        )
    figures["eligibility_one_person_all_titles_ms"] = round(statistics.median(one_person), 1)
    figures["eligibility_one_person_all_titles_max_ms"] = round(max(one_person), 1)
    figures["eligibility_explain_one_title_ms"] = round(statistics.median(one_title), 1)
    services.close()
    return figures
