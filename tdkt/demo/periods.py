"""The legal periods the rules change at (legal.md §0) and what they mean for service time."""

from __future__ import annotations

from datetime import date

NEW_LAW_YEAR = 2024  # Luật Thi đua, khen thưởng 2022 applies to evaluation years from 2024


def service_cutoff(year: int) -> date:
    """Latest recruitment that still gives enough months in the year for LĐTT: 10 months
    until 2023 (NĐ 91/2017), 6 months from 2024 (TT 01/2024). Full months, to be safe."""
    return date(year, 2, 28) if year < NEW_LAW_YEAR else date(year, 6, 30)
