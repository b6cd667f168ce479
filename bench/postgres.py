"""The same figures on PostgreSQL, where they apply (`python -m bench --postgres URL`): the
import of the large workbook into an empty database (time, memory), then, on the data it
imported, eligibility, explanation, statistics and the People page.

URL names a scratch database the benchmark owns: everything in its `public` schema is
dropped before each import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.eligibility import measure_eligibility
from bench.exchange import measure_import
from bench.people_page import measure_people_page
from bench.stats import measure_statistics


def empty(url: str) -> str:
    """Drop every table of the scratch database; its URL, ready for a fresh import."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
    return url


def measure_postgres(url: str, workbook: Path, repeats: int, heavy_repeats: int) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    parts = [
        measure_import(workbook, lambda: empty(url), heavy_repeats),
        measure_eligibility(url, repeats),
        measure_statistics(url, repeats),
        measure_people_page(url, repeats),
    ]
    extra: dict[str, Any] = {}
    for part in parts:
        extra.update(part.pop("extra", {}))
        figures.update(part)
    figures["extra"] = extra
    return figures
