"""The set-based queries behind the statistics: a few GROUP BYs over a period's awards.

Each query returns grouped cells (tens to hundreds of rows whatever the number of awards);
the statistics module folds them into tallies. GROUP BY keys are plain columns or
parameter-free expressions, so PostgreSQL accepts them as written in the SELECT list.
Never commits.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, extract, func, select
from sqlalchemy.orm import Session, aliased

from tdkt.awards.records import AwardRecord
from tdkt.catalog.records import TitleRecord
from tdkt.people.records import PersonRecord
from tdkt.reports.periods import Period
from tdkt.reports.types import AGENCY_LEADER, DIRECT_WORKER, OTHER_LEADER, Fact
from tdkt.subjects.types import PERSON, UNIT
from tdkt.units.records import UnitRecord

AWARD = AwardRecord


def decided_between(start: date, end: date) -> ColumnElement[bool]:
    """In force and decided in the closed range; undated and revoked records are out."""
    return and_(
        AWARD.decision_date >= start, AWARD.decision_date <= end, AWARD.revoked_on.is_(None)
    )


def staff_group(is_person: bool, is_leader: bool | None, in_top_unit: bool | None) -> str | None:
    if not is_person:
        return None
    if is_leader:
        return AGENCY_LEADER if in_top_unit else OTHER_LEADER
    return DIRECT_WORKER


class StatisticsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def facts(self, period: Period) -> list[Fact]:
        """Awards of the period by title, subject kind, kind of award, gender and staff group."""
        person, home = aliased(PersonRecord), aliased(UnitRecord)
        is_unit = AWARD.person_id.is_(None)
        in_top_unit = home.parent_id.is_(None)
        keys: list[Any] = [
            TitleRecord.code,
            is_unit,
            AWARD.kind,
            person.gender,
            person.is_leader,
            in_top_unit,
        ]
        statement = (
            select(*keys, func.count())
            .select_from(AWARD)
            .join(TitleRecord, TitleRecord.id == AWARD.title_id)
            .outerjoin(person, person.id == AWARD.person_id)
            .outerjoin(home, home.id == person.unit_id)
            .where(decided_between(period.start, period.end))
            .group_by(*keys)
        )
        return [
            Fact(
                title_code=code,
                subject_kind=UNIT if unit else PERSON,
                kind=kind,
                gender=None if unit else gender,
                staff_group=staff_group(not unit, leader, top),
                count=count,
            )
            for code, unit, kind, gender, leader, top, count in self._session.execute(statement)
        ]

    def unit_cells(self, period: Period) -> list[tuple[int, bool, str | None, bool | None, int]]:
        """(unit id, awarded to the unit itself, gender, leader, count): a person's awards
        count for the unit the person works in now."""
        person = aliased(PersonRecord)
        unit_id = func.coalesce(AWARD.unit_id, person.unit_id)
        is_unit = AWARD.person_id.is_(None)
        keys: list[Any] = [unit_id, is_unit, person.gender, person.is_leader]
        statement = (
            select(*keys, func.count())
            .select_from(AWARD)
            .outerjoin(person, person.id == AWARD.person_id)
            .where(decided_between(period.start, period.end))
            .group_by(*keys)
        )
        return [tuple(row) for row in self._session.execute(statement)]  # type: ignore[misc]

    def year_level_cells(self, start: date, end: date) -> list[tuple[int, str, int]]:
        """(decision year, level, count) for the trend and the dashboard chart."""
        year = extract("year", AWARD.decision_date)
        statement = (
            select(year, TitleRecord.level, func.count())
            .select_from(AWARD)
            .join(TitleRecord, TitleRecord.id == AWARD.title_id)
            .where(decided_between(start, end))
            .group_by(year, TitleRecord.level)
        )
        return [(int(y), level, n) for y, level, n in self._session.execute(statement)]

    def latest_decision_date(self) -> date | None:
        return self._session.scalar(
            select(func.max(AWARD.decision_date)).where(AWARD.revoked_on.is_(None))
        )

    def revoked_count(self, period: Period) -> int:
        statement = select(func.count()).where(
            AWARD.decision_date >= period.start,
            AWARD.decision_date <= period.end,
            AWARD.revoked_on.is_not(None),
        )
        return self._session.scalar(statement) or 0

    def undated_count(self, period: Period) -> int:
        """Records that cannot be placed in any period: no decision date, achievement year
        within the period's years (a hint that the period's counts may be short)."""
        statement = select(func.count()).where(
            AWARD.decision_date.is_(None),
            AWARD.revoked_on.is_(None),
            AWARD.year >= period.start.year,
            AWARD.year <= period.end.year,
        )
        return self._session.scalar(statement) or 0
