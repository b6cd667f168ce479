"""Queries on award records; never commits."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session, aliased

from tdkt.awards.records import AwardInitiativeRecord, AwardRecord
from tdkt.awards.types import AwardQuery, AwardRow
from tdkt.catalog.records import TitleRecord
from tdkt.initiatives.records import InitiativeRecord
from tdkt.people.records import PersonRecord
from tdkt.storage.streaming import streamed
from tdkt.subjects.types import PERSON, UNIT
from tdkt.text import fold
from tdkt.units.records import UnitRecord

# Made once: an alias made per call leaves hundreds of objects in reference cycles behind
# (a list runs with the collector paused and frozen after: tdkt.collector).
_PERSON = aliased(PersonRecord)
_PERSON_UNIT = aliased(UnitRecord)
_OWN_UNIT = aliased(UnitRecord)


class AwardRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, award_id: int) -> AwardRecord | None:
        return self._session.get(AwardRecord, award_id)

    def find_same(
        self, person_id: int | None, unit_id: int | None, title_id: int, year: int, decision_no: str
    ) -> AwardRecord | None:
        """The award with the same identity (EXCHANGE.md: subject, title, year, decision)."""
        return self._session.scalar(
            select(AwardRecord).where(
                AwardRecord.person_id.is_(person_id)
                if person_id is None
                else AwardRecord.person_id == person_id,
                AwardRecord.unit_id.is_(unit_id)
                if unit_id is None
                else AwardRecord.unit_id == unit_id,
                AwardRecord.title_id == title_id,
                AwardRecord.year == year,
                AwardRecord.decision_no == decision_no,
            )
        )

    def years(self) -> list[int]:
        return list(
            self._session.scalars(
                select(AwardRecord.year).distinct().order_by(AwardRecord.year.desc())
            )
        )

    def rows(
        self, query: AwardQuery, unit_ids: set[int] | None = None, award_id: int | None = None
    ) -> list[AwardRow]:
        person, person_unit, own_unit = _PERSON, _PERSON_UNIT, _OWN_UNIT
        a = AwardRecord
        # Columns, not records: 60,000 records through the identity map cost seconds.
        statement = (
            select(
                a.id,
                a.person_id,
                a.unit_id,
                a.year,
                a.decision_no,
                a.decision_date,
                a.issuer,
                a.kind,
                a.content,
                a.basis,
                a.revoked_on,
                a.revoke_reason,
                a.bonus_coefficient,
                a.base_salary,
                a.version,
                TitleRecord.code,
                TitleRecord.name,
                TitleRecord.short_name,
                person.code,
                person.full_name,
                person_unit.id,
                person_unit.name,
                own_unit.code,
                own_unit.name,
            )
            .join(TitleRecord, TitleRecord.id == a.title_id)
            .outerjoin(person, person.id == a.person_id)
            .outerjoin(person_unit, person_unit.id == person.unit_id)
            .outerjoin(own_unit, own_unit.id == a.unit_id)
            .order_by(a.year.desc(), TitleRecord.rank.desc(), a.decision_date, a.id)
        )
        statement = _filtered(statement, query, unit_ids, award_id, person)
        # The pieces of the search text repeat (a person's many awards, one decision for
        # many people): each is folded once.
        folded: dict[str, str] = {}

        def fold_once(text: str) -> str:
            found = folded.get(text)
            if found is None:
                found = folded[text] = fold(text)
            return found

        rows = []
        for row in self._session.execute(streamed(statement)):
            (award_id_, person_id, unit_id, year, decision_no, decision_date, issuer, kind) = row[
                :8
            ]
            (content, basis, revoked_on, revoke_reason, coefficient, salary, version) = row[8:15]
            (t_code, t_name, t_short, p_code, p_name, pu_id, pu_name, u_code, u_name) = row[15:]
            is_person = person_id is not None
            subject_code = p_code if is_person else u_code
            subject_name = p_name if is_person else u_name
            short = t_short or t_name
            rows.append(
                AwardRow(
                    id=award_id_,
                    subject_kind=PERSON if is_person else UNIT,
                    subject_id=person_id if is_person else unit_id,
                    subject_code=subject_code,
                    subject_name=subject_name,
                    unit_id=pu_id if is_person else unit_id,
                    unit_name=pu_name if is_person else u_name,
                    title_code=t_code,
                    title_name=t_name,
                    title_short=short,
                    year=year,
                    decision_no=decision_no,
                    decision_date=decision_date,
                    issuer=issuer,
                    kind=kind,
                    content=content,
                    basis=basis,
                    revoked_on=revoked_on,
                    revoke_reason=revoke_reason,
                    bonus_coefficient=coefficient,
                    base_salary=salary,
                    version=version,
                    search_text=" ".join(
                        fold_once(piece)
                        for piece in (f"{subject_name} {subject_code}", decision_no, t_short)
                        if piece
                    ),
                )
            )
        return rows

    def link_initiatives(self, award: AwardRecord, codes: list[str]) -> list[str]:
        """Replace the initiatives an award used as its basis; returns unknown codes."""
        existing = {
            code: initiative_id
            for code, initiative_id in self._session.execute(
                select(InitiativeRecord.code, InitiativeRecord.id).where(
                    InitiativeRecord.code.in_(codes)
                )
            )
        }
        for link in self._session.scalars(
            select(AwardInitiativeRecord).where(AwardInitiativeRecord.award_id == award.id)
        ):
            self._session.delete(link)
        self._session.flush()
        for code in codes:
            if code in existing:
                self._session.add(
                    AwardInitiativeRecord(award_id=award.id, initiative_id=existing[code])
                )
        return [code for code in codes if code not in existing]


def _filtered(
    statement: Select[Any],
    query: AwardQuery,
    unit_ids: set[int] | None,
    award_id: int | None,
    person: Any,
) -> Select[Any]:
    a = AwardRecord
    if award_id is not None:
        statement = statement.where(a.id == award_id)
    if query.year is not None:
        statement = statement.where(a.year == query.year)
    if query.title_code:
        statement = statement.where(TitleRecord.code == query.title_code)
    if query.subject_kind == PERSON:
        statement = statement.where(a.person_id.is_not(None))
    elif query.subject_kind == UNIT:
        statement = statement.where(a.unit_id.is_not(None))
    if not query.include_revoked:
        statement = statement.where(a.revoked_on.is_(None))
    if unit_ids is not None:
        statement = statement.where(
            or_(
                a.unit_id.in_(unit_ids),
                and_(a.person_id.is_not(None), person.unit_id.in_(unit_ids)),
            )
        )
    return statement
