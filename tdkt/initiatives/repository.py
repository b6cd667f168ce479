"""Queries on initiatives and their authors; never commits."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from tdkt.awards.records import AwardInitiativeRecord, AwardRecord
from tdkt.catalog.records import TitleRecord
from tdkt.initiatives.records import InitiativeAuthorRecord, InitiativeRecord
from tdkt.initiatives.types import AuthorRow, InitiativeRow
from tdkt.people.records import PersonRecord
from tdkt.people.types import birth_text
from tdkt.text import fold
from tdkt.units.records import UnitRecord


class InitiativeRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, initiative_id: int) -> InitiativeRecord | None:
        return self._session.get(InitiativeRecord, initiative_id)

    def by_code(self, code: str) -> InitiativeRecord | None:
        return self._session.scalar(select(InitiativeRecord).where(InitiativeRecord.code == code))

    def next_code(self, year: int) -> str:
        prefix = f"SK{year}-"
        codes = self._session.scalars(
            select(InitiativeRecord.code).where(InitiativeRecord.code.like(prefix + "%"))
        )
        numbers = [int(c[len(prefix) :]) for c in codes if c[len(prefix) :].isdigit()]
        return f"{prefix}{max(numbers, default=0) + 1:03d}"

    def rows(
        self,
        year: int | None = None,
        status: str | None = None,
        ids: Iterable[int] | None = None,
    ) -> list[InitiativeRow]:
        i = InitiativeRecord
        statement = select(i).order_by(i.code)
        if year is not None:
            statement = statement.where(
                or_(
                    i.registration_year == year,
                    and_(i.registration_year.is_(None), i.recognized_year == year),
                )
            )
        if status is not None:
            statement = statement.where(i.status == status)
        if ids is not None:
            statement = statement.where(i.id.in_(list(ids)))
        records = list(self._session.scalars(statement))
        chosen = [r.id for r in records]
        authors = self.authors(chosen)
        used = self.award_counts(chosen)
        return [_row(r, authors.get(r.id, ()), used.get(r.id, 0)) for r in records]

    def authors(self, initiative_ids: list[int]) -> dict[int, tuple[AuthorRow, ...]]:
        a, p = InitiativeAuthorRecord, PersonRecord
        found: dict[int, list[AuthorRow]] = {}
        for chunk in _chunks(initiative_ids):
            statement = (
                select(
                    a, p.code, p.full_name, p.birth_date, p.birth_year, p.position, UnitRecord.name
                )
                .join(p, p.id == a.person_id)
                .join(UnitRecord, UnitRecord.id == p.unit_id)
                .where(a.initiative_id.in_(chunk))
                .order_by(a.initiative_id, a.position, a.id)
            )
            for author, code, name, birth_date, birth_year, position, unit in self._session.execute(
                statement
            ):
                found.setdefault(author.initiative_id, []).append(
                    AuthorRow(
                        person_id=author.person_id,
                        person_code=code,
                        full_name=name,
                        birth_text=birth_text(birth_date, birth_year),
                        position=author.position_snapshot or position,
                        workplace=author.workplace_snapshot or unit,
                        qualification=author.qualification,
                        share=author.share,
                    )
                )
        return {key: tuple(value) for key, value in found.items()}

    def award_counts(self, initiative_ids: list[int]) -> dict[int, int]:
        counts: dict[int, int] = {}
        for chunk in _chunks(initiative_ids):
            statement = (
                select(AwardInitiativeRecord.initiative_id, func.count())
                .where(AwardInitiativeRecord.initiative_id.in_(chunk))
                .group_by(AwardInitiativeRecord.initiative_id)
            )
            counts.update(dict(self._session.execute(statement).all()))
        return counts

    def awards_using(self, initiative_id: int) -> list[str]:
        """ "CSTĐCS 2021 – Nguyễn Văn An (QĐ 1234/QĐ-SCT)" for each award it grounded."""
        a = AwardRecord
        statement = (
            select(
                TitleRecord.short_name,
                TitleRecord.name,
                a.year,
                a.decision_no,
                PersonRecord.full_name,
                UnitRecord.name,
            )
            .join(AwardInitiativeRecord, AwardInitiativeRecord.award_id == a.id)
            .join(TitleRecord, TitleRecord.id == a.title_id)
            .outerjoin(PersonRecord, PersonRecord.id == a.person_id)
            .outerjoin(UnitRecord, UnitRecord.id == a.unit_id)
            .where(AwardInitiativeRecord.initiative_id == initiative_id)
            .order_by(a.year, a.id)
        )
        labels = []
        for short, name, year, number, person, unit in self._session.execute(statement):
            decision = f" (QĐ {number})" if number else ""
            labels.append(f"{short or name} {year} – {person or unit}{decision}")
        return labels

    def titles(self, exclude_id: int | None = None) -> list[tuple[int, str]]:
        statement = select(InitiativeRecord.id, InitiativeRecord.title)
        if exclude_id is not None:
            statement = statement.where(InitiativeRecord.id != exclude_id)
        return [(row[0], row[1]) for row in self._session.execute(statement)]


def _chunks(ids: list[int], size: int = 900) -> Iterable[list[int]]:
    # SQLite allows a limited number of bound parameters per statement.
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _row(
    record: InitiativeRecord, authors: tuple[AuthorRow, ...], award_count: int
) -> InitiativeRow:
    return InitiativeRow(
        id=record.id,
        code=record.code,
        title=record.title,
        status=record.status,
        year=record.registration_year or record.recognized_year,
        field=record.field,
        registered_on=record.registered_on,
        first_applied_on=record.first_applied_on,
        scope=record.scope,
        decision_no=record.decision_no,
        decision_date=record.decision_date,
        recognized_year=record.recognized_year,
        authors=authors,
        award_count=award_count,
        version=record.version,
        search_text=record.search_text + " " + fold(" ".join(a.full_name for a in authors)),
    )
