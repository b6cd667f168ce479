"""The set-based queries behind the statistics: two GROUP BYs over a period's awards.

`cells` groups the period's awards by everything a tally needs (title, kind of award, the
collective or the person's unit, gender, leader flag): a few thousand groups for 60,000
awards, folded into tallies by the statistics module. `year_cells` groups by decision
year and title for trends. GROUP BY keys are plain columns or parameter-free expressions,
so PostgreSQL accepts them as written in the SELECT list. Never commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, extract, func, select
from sqlalchemy.orm import Session

from tdkt.awards.records import AwardRecord
from tdkt.people.records import PersonRecord
from tdkt.reports.periods import Period

AWARD = AwardRecord


@dataclass(frozen=True)
class Cell:
    """Awards of one title and kind, to one collective or to people of one unit with the
    same gender and leader flag."""

    title_id: int
    kind: str
    unit_id: int | None  # the collective awarded; None for a person
    person_unit_id: int | None  # the unit the person works in now
    gender: str | None
    is_leader: bool | None
    count: int

    @property
    def is_person(self) -> bool:
        return self.unit_id is None


def decided_between(start: date, end: date) -> ColumnElement[bool]:
    """In force and decided in the closed range; undated and revoked records are out."""
    return and_(
        AWARD.decision_date >= start, AWARD.decision_date <= end, AWARD.revoked_on.is_(None)
    )


class StatisticsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def cells(self, period: Period) -> list[Cell]:
        person = PersonRecord
        keys: list[Any] = [
            AWARD.title_id,
            AWARD.kind,
            AWARD.unit_id,
            person.unit_id,
            person.gender,
            person.is_leader,
        ]
        statement = (
            select(*keys, func.count())
            .select_from(AWARD)
            .outerjoin(person, person.id == AWARD.person_id)
            .where(decided_between(period.start, period.end))
            .group_by(*keys)
        )
        return [Cell(*row) for row in self._session.execute(statement)]

    def year_cells(self, start: date, end: date) -> list[tuple[int, int, int]]:
        """(decision year, title id, count) for trends and the dashboard chart."""
        year = extract("year", AWARD.decision_date)
        statement = (
            select(year, AWARD.title_id, func.count())
            .where(decided_between(start, end))
            .group_by(year, AWARD.title_id)
        )
        return [(int(y), title_id, n) for y, title_id, n in self._session.execute(statement)]

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
