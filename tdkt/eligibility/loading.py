"""Read what the rules need for one evaluation year in a handful of set-based queries.

Seven queries, whatever the number of people: people, units, ratings of the window, awards
with their titles, the initiatives each award used, initiatives with their authors, and
discipline. Rows become `facts.Subject` histories in memory; nothing is queried per person.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from tdkt.awards.records import AwardInitiativeRecord, AwardRecord
from tdkt.catalog.records import TitleRecord
from tdkt.discipline.records import DisciplineRecord
from tdkt.eligibility.facts import AwardFact, DisciplineFact, InitiativeFact, Subject, World
from tdkt.initiatives.records import InitiativeAuthorRecord, InitiativeRecord
from tdkt.people.records import PersonRecord
from tdkt.ratings.records import RatingRecord
from tdkt.storage.streaming import streamed
from tdkt.subjects.types import PERSON, UNIT
from tdkt.units.records import UnitRecord

# Ratings and initiatives are read for the evaluation year and some years before it: as far
# back as the rules look (`AppliedRules.lookback`), and for one subject as far as the strip.
STRIP_LOOKBACK = 6


@dataclass(frozen=True)
class Scope:
    """Whom to load: everyone working in the year, or only the people of some units (a unit
    and its members), or one person."""

    year: int
    person_id: int | None = None
    unit_ids: frozenset[int] | None = None
    lookback: int = STRIP_LOOKBACK  # years before `year` whose ratings and initiatives count

    @property
    def everyone(self) -> bool:
        return self.person_id is None and self.unit_ids is None


def load_world(
    session: Session, scope: Scope, discipline_months: Mapping[str, int | None]
) -> World:
    people = _people(scope)
    world = World(complete=scope.person_id is None)
    _load_units(session, world)
    _load_people(session, world, _people_filter(scope))
    for owner, units in ((people, None), (None, scope.unit_ids)):
        if owner is None and scope.person_id is not None:
            continue  # one person: no unit's history is needed
        _load_ratings(session, world, owner, units, scope)
        _load_awards(session, world, owner, units, scope.year)
    _load_initiatives(session, world, people, scope)
    _load_discipline(session, world, people, discipline_months)
    return world


# Each history query reads either people or units, never both in one OR: that keeps the
# (person, year) and (unit, year) indexes usable when only one person is explained.
Owners = Any  # a subquery or list of person ids, or None for the units' query


def _people(scope: Scope) -> Owners:
    if scope.person_id is not None:
        return [scope.person_id]
    return select(PersonRecord.id).where(_people_filter(scope)).scalar_subquery()


def _owned(
    person_column: Any, unit_column: Any, people: Owners, units: frozenset[int] | None
) -> Any:
    if people is not None:
        return person_column.in_(people)
    if units is None:
        return unit_column.is_not(None)
    return unit_column.in_(sorted(units))


def _people_filter(scope: Scope) -> ColumnElement[bool]:
    first, last = date(scope.year, 1, 1), date(scope.year, 12, 31)
    working = and_(
        or_(PersonRecord.recruited_on.is_(None), PersonRecord.recruited_on <= last),
        or_(PersonRecord.left_on.is_(None), PersonRecord.left_on >= first),
    )
    if scope.person_id is not None:
        return PersonRecord.id == scope.person_id
    if scope.unit_ids is not None:
        return and_(working, PersonRecord.unit_id.in_(sorted(scope.unit_ids)))
    return working


def _load_units(session: Session, world: World) -> None:
    rows = session.execute(
        streamed(
            select(
                UnitRecord.id,
                UnitRecord.code,
                UnitRecord.name,
                UnitRecord.parent_id,
                UnitRecord.active,
                UnitRecord.sort_order,
                UnitRecord.search_text,
            )
        )
    )
    for unit_id, code, name, parent_id, active, order, search in rows:
        world.units[unit_id] = Subject(
            UNIT,
            unit_id,
            code,
            name,
            parent_id,
            search_text=search,
            active=active,
            sort_order=order,
        )


def _load_people(session: Session, world: World, people_filter: ColumnElement[bool]) -> None:
    rows = session.execute(
        streamed(
            select(
                PersonRecord.id,
                PersonRecord.code,
                PersonRecord.full_name,
                PersonRecord.unit_id,
                PersonRecord.gender,
                PersonRecord.recruited_on,
                PersonRecord.sector_started_on,
                PersonRecord.toxic_work,
                PersonRecord.is_leader,
                PersonRecord.left_on,
                PersonRecord.search_text,
                PersonRecord.name_key,
            ).where(people_filter)
        )
    )
    for (
        pid,
        code,
        name,
        unit_id,
        gender,
        recruited,
        started,
        toxic,
        leads,
        left,
        search,
        key,
    ) in rows:
        world.people[pid] = Subject(
            PERSON,
            pid,
            code,
            name,
            unit_id,
            search_text=search,
            sort_key=key,
            gender=gender,
            recruited_on=recruited,
            sector_started_on=started,
            toxic_work=bool(toxic),
            is_leader=bool(leads),
            left_on=left,
        )


def _load_ratings(
    session: Session, world: World, people: Owners, units: frozenset[int] | None, scope: Scope
) -> None:
    rows = session.execute(
        streamed(
            select(
                RatingRecord.person_id, RatingRecord.unit_id, RatingRecord.year, RatingRecord.grade
            )
            .where(_owned(RatingRecord.person_id, RatingRecord.unit_id, people, units))
            .where(RatingRecord.year.between(scope.year - scope.lookback, scope.year))
        )
    )
    people, units = world.people, world.units
    for person_id, unit_id, rated_year, grade in rows:
        owner = people.get(person_id) if person_id is not None else units.get(unit_id)
        if owner is not None:
            owner.ratings[rated_year] = grade


def _load_awards(
    session: Session, world: World, people: Owners, units: frozenset[int] | None, year: int
) -> None:
    subjects = _owned(AwardRecord.person_id, AwardRecord.unit_id, people, units)
    links: dict[int, list[int]] = {}
    for award_id, initiative_id in session.execute(
        streamed(
            select(AwardInitiativeRecord.award_id, AwardInitiativeRecord.initiative_id)
            .join(AwardRecord, AwardRecord.id == AwardInitiativeRecord.award_id)
            .where(AwardRecord.year <= year, subjects)
        )
    ):
        links.setdefault(award_id, []).append(initiative_id)
    rows = session.execute(
        streamed(
            select(
                AwardRecord.id,
                AwardRecord.person_id,
                AwardRecord.unit_id,
                TitleRecord.code,
                AwardRecord.year,
                AwardRecord.kind,
                AwardRecord.revoked_on.is_not(None),
                AwardRecord.decision_no,
                AwardRecord.decision_date,
                AwardRecord.basis,
            )
            .join(TitleRecord, TitleRecord.id == AwardRecord.title_id)
            .where(AwardRecord.year <= year, subjects)
        )
    )
    people, units = world.people, world.units
    for award_id, person_id, unit_id, code, award_year, kind, revoked, number, day, basis in rows:
        owner = people.get(person_id) if person_id is not None else units.get(unit_id)
        if owner is None:
            continue
        owner.awards.append(
            AwardFact(
                award_id,
                code,
                award_year,
                kind,
                bool(revoked),
                number,
                day,
                basis,
                tuple(links.get(award_id, ())),
            )
        )


def _load_initiatives(session: Session, world: World, people: Owners, scope: Scope) -> None:
    rows = session.execute(
        streamed(
            select(
                InitiativeAuthorRecord.person_id,
                InitiativeRecord.id,
                InitiativeRecord.code,
                InitiativeRecord.recognized_year,
                InitiativeRecord.scope,
                InitiativeRecord.status,
            )
            .join(InitiativeRecord, InitiativeRecord.id == InitiativeAuthorRecord.initiative_id)
            .where(
                InitiativeRecord.recognized_year.between(scope.year - scope.lookback, scope.year)
            )
            .where(InitiativeAuthorRecord.person_id.in_(people))
        )
    )
    people = world.people
    for person_id, initiative_id, code, recognised_year, scope, status in rows:
        person = people.get(person_id)
        if person is not None:
            person.initiatives.append(
                InitiativeFact(
                    initiative_id, code, recognised_year, scope or "co_so", status == "cong_nhan"
                )
            )


def _load_discipline(
    session: Session, world: World, people: Owners, months: Mapping[str, int | None]
) -> None:
    rows = session.execute(
        streamed(
            select(
                DisciplineRecord.person_id,
                DisciplineRecord.form,
                DisciplineRecord.effective_on,
                DisciplineRecord.ends_on,
                DisciplineRecord.decision_no,
            )
            .where(DisciplineRecord.person_id.in_(people))
            .order_by(DisciplineRecord.effective_on)
        )
    )
    for person_id, form, start, end, number in rows:
        person = world.people.get(person_id)
        if person is not None:
            person.discipline.append(
                DisciplineFact(form, start, end or default_end(start, months.get(form)), number)
            )


def default_end(start: date, months: int | None) -> date | None:
    """The last day of a discipline whose decision gave no end: `months` after it took
    effect (a setting per form), or never for a form without a term."""
    if months is None:
        return None
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, _days_in_month(year, month))
    return date(year, month, day) - timedelta(days=1)


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day
