"""Build, or reuse, a large synthetic database with the demo generator."""

from __future__ import annotations

import time
from pathlib import Path

from tdkt.app import open_database

DATA_DIR = Path(__file__).resolve().parent / "data"


def dataset_path(people: int, years: int, award_rate: float) -> Path:
    return DATA_DIR / f"bench-{people}p-{years}y-{int(award_rate * 100)}.db"


def ensure_dataset(people: int, years: int = 15, award_rate: float = 0.4) -> tuple[Path, float]:
    """The database file and how long it took to build (0 when it was reused)."""
    from tdkt.demo.generator import generate_demo

    path = dataset_path(people, years, award_rate)
    if path.exists():
        return path, 0.0
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in DATA_DIR.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    services = open_database(str(partial))
    try:
        generate_demo(services, people=people, years=years, award_rate=award_rate)
    finally:
        services.close()
    partial.rename(path)
    return path, time.perf_counter() - started
