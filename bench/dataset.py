"""The benchmark's datasets: built once with the demo generator, cached in bench/data/.

`LARGE` is the size issue #9 names exactly: 300 units, 10,000 people each rated in every one
of 15 years (150,000 ratings), 60,000 award records and 5,000 initiatives (tdkt.demo.shape
tops the rules' output up to those totals). `QUICK` is a fifth of it for `--quick`, but for
its initiatives: 2,000 people's rules already register about 1,020 of them, so 1,200.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class DatasetSpec:
    people: int
    years: int
    units: int
    awards: int
    initiatives: int
    # The rules' own awards and initiatives must stay under the totals; tuned per size.
    award_rate: float

    @property
    def name(self) -> str:
        return (
            f"bench-{self.people}p-{self.years}y-{self.units}u-{self.awards}a-{self.initiatives}i"
        )


LARGE = DatasetSpec(10_000, 15, 300, 60_000, 5_000, award_rate=0.33)
QUICK = DatasetSpec(2_000, 15, 60, 12_000, 1_200, award_rate=0.33)


def ensure_dataset(spec: DatasetSpec = LARGE) -> tuple[Path, float]:
    """The SQLite file of `spec` and how long it took to build (0 when it was reused)."""
    path = DATA_DIR / f"{spec.name}.db"
    if path.exists():
        return path, 0.0
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in DATA_DIR.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    fill(str(partial), spec)
    partial.rename(path)
    return path, time.perf_counter() - started


def fill(target: str, spec: DatasetSpec) -> None:
    """Generate the demo world of `spec` into an empty database (a file or a URL)."""
    from tdkt.app import open_database
    from tdkt.demo.generator import generate_demo
    from tdkt.demo.shape import ExactShape

    services = open_database(target)
    try:
        generate_demo(
            services,
            people=spec.people,
            years=spec.years,
            award_rate=spec.award_rate,
            shape=ExactShape(spec.units, spec.awards, spec.initiatives),
        )
    finally:
        services.close()


COUNTED = ("unit", "person", "rating", "award", "initiative", "nomination_line")


def counts(url: str) -> dict[str, int]:
    """Rows of the main tables, and people's ratings apart (the issue's 150,000)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            found = {
                table: connection.scalar(select(func.count()).select_from(text(table)))
                for table in COUNTED
            }
            found["person_rating"] = connection.scalar(
                text("SELECT count(*) FROM rating WHERE person_id IS NOT NULL")
            )
    finally:
        engine.dispose()
    return found


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"
