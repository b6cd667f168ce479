"""Date arithmetic and random dates for the demo (calendar only, never the time of day)."""

from __future__ import annotations

from datetime import date, timedelta
from random import Random


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without it
        return day.replace(year=day.year + years, day=28)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def random_day(rng: Random, start: date, end: date) -> date:
    """A day between start and end inclusive (start when the range is empty)."""
    span = (end - start).days
    return start if span <= 0 else start + timedelta(days=rng.randint(0, span))


def random_day_in(rng: Random, year: int, first_month: int = 1, last_month: int = 12) -> date:
    end = date(year, 12, 31) if last_month == 12 else date(year, last_month + 1, 1) - timedelta(1)
    return random_day(rng, date(year, first_month, 1), end)
