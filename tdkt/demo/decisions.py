"""Decision numbers and dates as each issuer's register would hand them out."""

from __future__ import annotations

from datetime import date
from random import Random

from tdkt.catalog.defaults import (
    BO_TRUONG,
    CHU_TICH_NUOC,
    CHU_TICH_TINH,
    DEFAULT_TITLES,
    GIAM_DOC,
    THU_TUONG,
)
from tdkt.demo.days import random_day

SUFFIX_BY_ISSUER = {
    GIAM_DOC: "SCT",
    CHU_TICH_TINH: "UBND",
    BO_TRUONG: "BCT",
    THU_TUONG: "TTg",
    CHU_TICH_NUOC: "CTN",
}
TITLE_SUFFIX = {t.code: SUFFIX_BY_ISSUER[t.issuer] for t in DEFAULT_TITLES}
# Roughly how many decisions each register issues a day, so that a number tells the season
# (the seeds show 155/QĐ-SCT on 27/01 and 609/QĐ-SCT on 13/04).
DAILY_RATE = {"SCT": 5.0, "UBND": 8.0, "BCT": 11.0, "TTg": 5.5, "CTN": 4.0}

# The base salary (lương cơ sở) in force from each date; bonuses are a multiple of it.
BASE_SALARY = (
    (date(2013, 7, 1), 1_150_000),
    (date(2016, 5, 1), 1_210_000),
    (date(2017, 7, 1), 1_300_000),
    (date(2018, 7, 1), 1_390_000),
    (date(2019, 7, 1), 1_490_000),
    (date(2023, 7, 1), 1_800_000),
    (date(2024, 7, 1), 2_340_000),
)
# Only the coefficients legal.md §1.6 verified; other forms keep the bonus empty.
BONUS_COEFFICIENT = {
    "CSTDTQ": "4.5",
    "CSTD_TINH": "3.0",
    "CSTD_BO": "3.0",
    "CSTDCS": "1.0",
    "LDTT": "0.3",
    "TTLDXS": "1.5",
    "TTLDTT": "0.8",
    "CTD_CP": "12.0",
    "CTD_TINH": "8.0",
    "CTD_BO": "8.0",
}


def base_salary_on(day: date) -> int | None:
    found = None
    for since, amount in BASE_SALARY:
        if day >= since:
            found = amount
    return found


def annual_window(code: str, year: int) -> tuple[date, date]:
    """When the decision on a year's title arrives: the director signs his own in late
    December; the province, the ministry and the state decide in the second half of the
    next year (so no regular decision falls in a first half-year)."""
    suffix = TITLE_SUFFIX[code]
    if code == "KNC_CT":
        return date(year, 11, 10), date(year, 12, 20)
    if suffix == "SCT":
        return date(year, 12, 18), date(year, 12, 29)
    if suffix in ("UBND", "BCT"):
        return date(year + 1, 7, 1), date(year + 1, 11, 30)
    return date(year + 1, 8, 1), date(year + 1, 12, 20)


class DecisionBook:
    """Hands out unique numbers per register and year; one decision may list many people."""

    def __init__(self, rng: Random) -> None:
        self._rng = rng
        self._used: set[tuple[str, int, int]] = set()
        self._decisions: dict[tuple[object, ...], tuple[str, date]] = {}

    def number(self, suffix: str, day: date) -> str:
        n = max(1, round(day.timetuple().tm_yday * DAILY_RATE[suffix]) - self._rng.randint(0, 4))
        while (suffix, day.year, n) in self._used:
            n += 1
        self._used.add((suffix, day.year, n))
        return f"{n:02d}/QĐ-{suffix}"

    def decision(
        self, key: tuple[object, ...], suffix: str, first: date, last: date
    ) -> tuple[str, date]:
        """The decision of `key` (e.g. every LĐTT of 2020): made once, then reused."""
        if key not in self._decisions:
            day = random_day(self._rng, first, last)
            self._decisions[key] = (self.number(suffix, day), day)
        return self._decisions[key]

    def annual(self, code: str, year: int) -> tuple[str, date]:
        first, last = annual_window(code, year)
        return self.decision(("annual", code, year), TITLE_SUFFIX[code], first, last)
