"""Statistics figures: `stats_15y_ms`, counting every award of the fifteen years (60,000
records) as the Báo cáo, thống kê page does (target ≤ 300 ms), after one warm-up run as a
user's second look would find the caches. Extra: five years, a half-year, the dashboard and
the TT 02/2023 forms workbook of five years."""

from __future__ import annotations

from datetime import date
from typing import Any

from bench.timing import rounded, timed

LAST_YEAR = 2025


def measure_statistics(url: str, repeats: int, years: int = 15) -> dict[str, Any]:
    from tdkt.app import open_database
    from tdkt.reports.periods import custom, first_half, five_years

    services = open_database(url)
    try:
        reports = services.reports
        span = custom(date(LAST_YEAR - years + 1, 1, 1), date(LAST_YEAR, 12, 31))
        whole = timed(lambda: reports.statistics(span), repeats, warm=True)
        return {
            "stats_15y_ms": rounded(whole.wall_ms),
            "extra": {
                "stats_15y_cpu_ms": rounded(whole.cpu_ms),
                "stats_5y_ms": rounded(
                    timed(lambda: reports.statistics(five_years(LAST_YEAR)), repeats).wall_ms
                ),
                "stats_half_year_ms": rounded(
                    timed(lambda: reports.statistics(first_half(LAST_YEAR)), repeats).wall_ms
                ),
                "dashboard_ms": rounded(timed(reports.dashboard, repeats, warm=True).wall_ms),
                "forms_workbook_5y_ms": rounded(
                    timed(lambda: reports.forms_workbook(five_years(LAST_YEAR)), 1).wall_ms
                ),
            },
        }
    finally:
        services.close()
