"""The set-based queries behind the statistics: two GROUP BYs over a period's awards.

`cells` groups the period's awards by everything a tally needs (title, kind of award, the
collective or the person's unit, gender, leader flag, revoked or not): a few thousand groups
for 60,000 awards, folded into tallies by the statistics module. `year_cells` groups by decision
year and title for trends. GROUP BY keys are plain columns or parameter-free expressions,
so PostgreSQL accepts them as written in the SELECT list. Never commits.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from tdkt.awards.records import AwardRecord
from tdkt.people.records import PersonRecord
from tdkt.reports.periods import Period

AWARD = AwardRecord


class Cell(NamedTuple):
    """Awards of one title and kind, to one collective or to people of one unit with the
    same gender and leader flag; in force, or revoked since. (A named tuple: thousands are
    made per report.)"""

    title_id: int
    kind: str
    unit_id: int | None  # the collective awarded; None for a person
    person_unit_id: int | None  # the unit the person works in now
    gender: str | None
    is_leader: bool | None
    in_force: bool  # False: revoked since
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
        """The period's awards, revoked ones included (flagged): one scan for both."""
        person = PersonRecord
        keys: list[Any] = [
            AWARD.title_id,
            AWARD.kind,
            AWARD.unit_id,
            person.unit_id,
            person.gender,
            person.is_leader,
            AWARD.revoked_on.is_(None),
        ]
        statement = (
            select(*keys, func.count())
            .select_from(AWARD)
            .outerjoin(person, person.id == AWARD.person_id)
            .where(AWARD.decision_date >= period.start, AWARD.decision_date <= period.end)
            .group_by(*keys)
        )
        return [Cell(*row) for row in self._session.execute(statement)]

    def year_cells(self, start: date, end: date) -> list[tuple[int, int, int]]:
        """(decision year, title id, count) for trends and the dashboard chart.

        Grouped by decision date, not by a year computed per row: awards come in decisions,
        so a few thousand dates cover tens of thousands of awards, and the scan needs no
        date function (a third cheaper on SQLite)."""
        statement = (
            select(AWARD.decision_date, AWARD.title_id, func.count())
            .where(decided_between(start, end))
            .group_by(AWARD.decision_date, AWARD.title_id)
        )
        counts: dict[tuple[int, int], int] = {}
        for day, title_id, count in self._session.execute(statement):
            key = (day.year, title_id)
            counts[key] = counts.get(key, 0) + count
        return [(year, title_id, count) for (year, title_id), count in counts.items()]

    def latest_decision_date(self) -> date | None:
        return self._session.scalar(
            select(func.max(AWARD.decision_date)).where(AWARD.revoked_on.is_(None))
        )

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
