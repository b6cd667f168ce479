"""Who reaches the service years of the Kỷ niệm chương "Vì sự nghiệp phát triển ngành Công
Thương Việt Nam" (legal.md §3): 20 years in the sector for men, 15 for women, 10 for work
in toxic or dangerous jobs; a year touched by discipline does not count. The eligibility
rules decide the award; this list only tells the secretary whom to look at this year."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.awards.records import AwardRecord
from tdkt.catalog.records import TitleRecord
from tdkt.discipline.records import DisciplineRecord
from tdkt.people.records import PersonRecord
from tdkt.reports.dashboard_types import MedalDue
from tdkt.units.records import UnitRecord

MEDAL = "KNC_CT"
YEARS_MEN, YEARS_WOMEN, YEARS_TOXIC = 20, 15, 10
DISCIPLINE_DEFAULT = timedelta(days=365)  # when its end is not recorded


def required_years(gender: str, toxic_work: bool) -> int:
    return YEARS_TOXIC if toxic_work else YEARS_WOMEN if gender == "nu" else YEARS_MEN


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def reaching_day(started: date, needed: int, lost: set[int]) -> tuple[date, int]:
    """The day the counted years reach `needed`; each year lost to discipline before that
    day moves it one year later (the safe reading). Returns the day and the years lost."""
    day = add_years(started, needed)
    while True:
        missed = sum(1 for year in lost if started.year <= year <= day.year)
        moved = add_years(started, needed + missed)
        if moved == day:
            return day, missed
        day = moved


def medals_due(session: Session, year: int) -> tuple[MedalDue, ...]:
    """People still at the agency, without the medal, who reach the years by 31/12/`year`."""
    person, unit = PersonRecord, UnitRecord
    # Uncorrelated, so it runs once: a correlated EXISTS made SQLite walk the medal's whole
    # title index once per person (12 s on 14,000 people).
    awarded = select(AwardRecord.person_id).where(
        AwardRecord.title_id
        == select(TitleRecord.id).where(TitleRecord.code == MEDAL).scalar_subquery(),
        AwardRecord.revoked_on.is_(None),
        AwardRecord.person_id.is_not(None),
    )
    # Nobody reaches even the shortest requirement later than its years after starting.
    latest_start = date(year - YEARS_TOXIC, 12, 31)
    statement = (
        select(
            person.id,
            person.code,
            person.full_name,
            person.gender,
            person.toxic_work,
            person.sector_started_on,
            unit.name,
        )
        .join(unit, unit.id == person.unit_id)
        .where(
            person.left_on.is_(None),
            person.sector_started_on <= latest_start,
            person.id.not_in(awarded),
        )
    )
    candidates = list(session.execute(statement))
    lost = _discipline_years(session, [row[0] for row in candidates])
    end_of_year = date(year, 12, 31)
    found = []
    for person_id, code, name, gender, toxic, started, unit_name in candidates:
        needed = required_years(gender, toxic)
        day, missed = reaching_day(started, needed, lost.get(person_id, set()))
        if day <= end_of_year:
            found.append(
                MedalDue(
                    person_id, code, name, unit_name, gender, toxic, started, needed, day, missed
                )
            )
    return tuple(sorted(found, key=lambda m: (m.reached_on, m.full_name)))


def _discipline_years(session: Session, person_ids: list[int]) -> dict[int, set[int]]:
    """Calendar years touched by each person's discipline periods (a short table: read whole)."""
    wanted = set(person_ids)
    years: dict[int, set[int]] = {}
    statement = select(
        DisciplineRecord.person_id, DisciplineRecord.effective_on, DisciplineRecord.ends_on
    )
    for person_id, start, end in session.execute(statement):
        if person_id in wanted:
            last = end or start + DISCIPLINE_DEFAULT
            years.setdefault(person_id, set()).update(range(start.year, last.year + 1))
    return years
