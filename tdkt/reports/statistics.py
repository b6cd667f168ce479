"""Statistics of a period: the grouped cells of the repository folded into tallies."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy.orm import Session

from tdkt.catalog.repository import TitleRepository, to_title
from tdkt.catalog.types import LEVELS, Title
from tdkt.reports.periods import Period
from tdkt.reports.repository import Cell, StatisticsRepository
from tdkt.reports.types import (
    AGENCY_LEADER,
    DIRECT_WORKER,
    LEVEL_ORDER,
    OTHER_LEADER,
    Fact,
    LevelTally,
    Statistics,
    Tally,
    TitleTally,
    UnitTally,
    YearTrend,
)
from tdkt.subjects.types import PERSON, UNIT
from tdkt.units.repository import UnitRepository
from tdkt.units.types import UnitRow

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


def staff_group(cell: Cell, top_units: set[int]) -> str | None:
    if not cell.is_person:
        return None
    if cell.is_leader:
        return AGENCY_LEADER if cell.person_unit_id in top_units else OTHER_LEADER
    return DIRECT_WORKER


def facts_of(
    cells: Sequence[Cell], titles: dict[int, Title], top_units: set[int]
) -> tuple[Fact, ...]:
    """The cells without the units: per title, subject kind, kind of award, gender, group."""
    counts: dict[tuple[str, str, str, str | None, str | None], int] = {}
    for cell in cells:
        key = (
            titles[cell.title_id].code,
            PERSON if cell.is_person else UNIT,
            cell.kind,
            cell.gender if cell.is_person else None,
            staff_group(cell, top_units),
        )
        counts[key] = counts.get(key, 0) + cell.count
    return tuple(Fact(*key, count) for key, count in counts.items())


def year_levels(
    cells: Sequence[tuple[int, int, int]], titles: dict[int, Title]
) -> list[tuple[int, str, int]]:
    return [(year, titles[title_id].level, count) for year, title_id, count in cells]


def build_statistics(session: Session, period: Period) -> Statistics:
    queries = StatisticsRepository(session)
    titles = {r.id: to_title(r) for r in TitleRepository(session).all()}
    tree = UnitRepository(session).tree_rows()
    all_cells = queries.cells(period)
    cells = [cell for cell in all_cells if cell.in_force]
    facts = facts_of(cells, titles, {row.id for row in tree if row.parent_id is None})
    by_code = {t.code: t for t in titles.values()}
    trend_start = date(min(period.start.year, period.end.year - TREND_YEARS + 1), 1, 1)
    year_cells = year_levels(queries.year_cells(trend_start, period.end), titles)
    return Statistics(
        period=period,
        titles=title_tallies(facts, by_code),
        levels=level_tallies(facts, by_code),
        units=unit_tallies(cells, tree),
        trend=trend(year_cells, trend_start.year, period.end.year),
        total=total(facts),
        revoked=sum(cell.count for cell in all_cells if not cell.in_force),
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


def unit_tallies(cells: Sequence[Cell], tree: Sequence[UnitRow]) -> tuple[UnitTally, ...]:
    """Awards to each unit and to the people working in it now, units in chart order."""
    sums: dict[int, list[int]] = {}  # unit -> [units, people, women, leaders]
    for cell in cells:
        if cell.is_person:
            row = sums.setdefault(cell.person_unit_id or 0, [0, 0, 0, 0])
            row[1] += cell.count
            row[2] += cell.count if cell.gender == "nu" else 0
            row[3] += cell.count if cell.is_leader else 0
        else:
            sums.setdefault(cell.unit_id or 0, [0, 0, 0, 0])[0] += cell.count
    return tuple(
        UnitTally(row.id, row.code, row.name, row.depth, Tally(*sums[row.id]))
        for row in tree
        if row.id in sums
    )


def trend(
    cells: Sequence[tuple[int, str, int]], first_year: int, last_year: int
) -> tuple[YearTrend, ...]:
    """Every year from `first_year` to `last_year`, each level present (zeros too)."""
    years = {y: dict.fromkeys(LEVEL_ORDER, 0) for y in range(first_year, last_year + 1)}
    for year, level, count in cells:
        years[year][level] = years[year].get(level, 0) + count
    return tuple(YearTrend(year, counts) for year, counts in sorted(years.items()))
