"""Statistics of a period: the grouped cells of the repository folded into tallies."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy.orm import Session

from tdkt.catalog.repository import TitleRepository, to_title
from tdkt.catalog.types import LEVELS, Title
from tdkt.reports.periods import Period
from tdkt.reports.repository import StatisticsRepository
from tdkt.reports.types import (
    DIRECT_WORKER,
    LEVEL_ORDER,
    Fact,
    LevelTally,
    Statistics,
    Tally,
    TitleTally,
    UnitTally,
    YearTrend,
)
from tdkt.subjects.types import UNIT
from tdkt.units.repository import UnitRepository

TREND_YEARS = 5  # a trend shows at least this many years, ending with the period's last


def tally_of_fact(fact: Fact) -> Tally:
    if fact.subject_kind == UNIT:
        return Tally(units=fact.count)
    return Tally(
        people=fact.count,
        women=fact.count if fact.gender == "nu" else 0,
        leaders=fact.count if fact.staff_group not in (None, DIRECT_WORKER) else 0,
    )


def total(facts: Iterable[Fact]) -> Tally:
    return sum((tally_of_fact(f) for f in facts), Tally())


def build_statistics(session: Session, period: Period) -> Statistics:
    queries = StatisticsRepository(session)
    facts = tuple(queries.facts(period))
    titles = {r.code: to_title(r) for r in TitleRepository(session).all()}
    trend_start = date(min(period.start.year, period.end.year - TREND_YEARS + 1), 1, 1)
    return Statistics(
        period=period,
        titles=title_tallies(facts, titles),
        levels=level_tallies(facts, titles),
        units=unit_tallies(session, queries.unit_cells(period)),
        trend=trend(
            queries.year_level_cells(trend_start, period.end), trend_start.year, period.end.year
        ),
        total=total(facts),
        revoked=queries.revoked_count(period),
        undated=queries.undated_count(period),
        facts=facts,
    )


def title_tallies(facts: Sequence[Fact], titles: dict[str, Title]) -> tuple[TitleTally, ...]:
    by_code: dict[str, Tally] = {}
    for fact in facts:
        by_code[fact.title_code] = by_code.get(fact.title_code, Tally()) + tally_of_fact(fact)
    ranked = sorted(by_code, key=lambda code: (-titles[code].rank, titles[code].code))
    return tuple(TitleTally(titles[code], by_code[code]) for code in ranked)


def level_tallies(facts: Sequence[Fact], titles: dict[str, Title]) -> tuple[LevelTally, ...]:
    """Every level, the highest first, as official tables list them."""
    by_level = {level: Tally() for level in LEVEL_ORDER}
    for fact in facts:
        level = titles[fact.title_code].level
        by_level[level] = by_level.get(level, Tally()) + tally_of_fact(fact)
    return tuple(
        LevelTally(level, LEVELS.get(level, level), tally)
        for level, tally in reversed(by_level.items())
    )


def unit_tallies(
    session: Session, cells: Sequence[tuple[int, bool, str | None, bool | None, int]]
) -> tuple[UnitTally, ...]:
    by_unit: dict[int, Tally] = {}
    for unit_id, is_unit, gender, leader, count in cells:
        if is_unit:
            tally = Tally(units=count)
        else:
            tally = Tally(
                people=count, women=count if gender == "nu" else 0, leaders=count if leader else 0
            )
        by_unit[unit_id] = by_unit.get(unit_id, Tally()) + tally
    return tuple(
        UnitTally(row.id, row.code, row.name, row.depth, by_unit[row.id])
        for row in UnitRepository(session).tree_rows()
        if row.id in by_unit
    )


def trend(
    cells: Sequence[tuple[int, str, int]], first_year: int, last_year: int
) -> tuple[YearTrend, ...]:
    """Every year from `first_year` to `last_year`, each level present (zeros too)."""
    years = {y: dict.fromkeys(LEVEL_ORDER, 0) for y in range(first_year, last_year + 1)}
    for year, level, count in cells:
        years[year][level] = years[year].get(level, 0) + count
    return tuple(YearTrend(year, counts) for year, counts in sorted(years.items()))
