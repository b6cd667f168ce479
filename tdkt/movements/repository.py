"""Queries on movements, registrations and pledges; never commits."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tdkt.awards.records import AwardRecord
from tdkt.catalog.records import TitleRecord
from tdkt.movements.comparison import Entry
from tdkt.movements.records import (
    MovementRecord,
    MovementTitleRecord,
    MovementUnitRecord,
    PledgeRecord,
    PledgeTargetRecord,
    PledgeUnitRecord,
    RegistrationRecord,
)
from tdkt.movements.types import MovementRow, PledgeRow, PledgeTargetDraft, RegistrationRow
from tdkt.people.records import PersonRecord
from tdkt.subjects.types import PERSON, UNIT
from tdkt.text import fold
from tdkt.units.records import UnitRecord
from tdkt.units.repository import UnitRepository


class Subjects:
    """Names, units and print order of every person and unit, read once per call: lists are
    printed by unit order, collectives first, leaders first, then by name."""

    def __init__(self, session: Session) -> None:
        tree = UnitRepository(session).tree_rows()
        self.unit_order = {u.id: u.tree_index for u in tree}
        self.units = {u.id: (u.code, u.name) for u in tree}
        self._folded: dict[str, str] = {}
        self.people = {}
        self.person_search: dict[int, str] = {}
        for pid, code, name, unit_id, leader, key, search in session.execute(
            select(
                PersonRecord.id,
                PersonRecord.code,
                PersonRecord.full_name,
                PersonRecord.unit_id,
                PersonRecord.is_leader,
                PersonRecord.name_key,
                PersonRecord.search_text,  # stored folded: no folding per row here
            )
        ):
            self.people[pid] = (code, name, unit_id, leader, key)
            self.person_search[pid] = search

    def folded(self, text: str) -> str:
        """Unit and title names recur on every line: fold each once."""
        if text not in self._folded:
            self._folded[text] = fold(text)
        return self._folded[text]

    def search_text(self, person_id: int | None, unit_name: str, *others: str) -> str:
        own = self.person_search[person_id] if person_id is not None else ""
        return " ".join([own, self.folded(unit_name), *(self.folded(o) for o in others)])

    def describe(self, person_id: int | None, unit_id: int | None) -> tuple:  # type: ignore[type-arg]
        """(kind, id, code, name, unit id, unit name, sort key)."""
        if person_id is not None:
            code, name, own_unit, leader, key = self.people[person_id]
            order = self.unit_order.get(own_unit, 0)
            return (
                PERSON,
                person_id,
                code,
                name,
                own_unit,
                self.units[own_unit][1],
                (1, order, 0 if leader else 1, key),
            )
        assert unit_id is not None
        code, name = self.units[unit_id]
        return (
            UNIT,
            unit_id,
            code,
            name,
            unit_id,
            name,
            (0, self.unit_order.get(unit_id, 0), 0, ""),
        )


class MovementRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, movement_id: int) -> MovementRecord | None:
        return self._session.get(MovementRecord, movement_id)

    def rows(self, movement_id: int | None = None) -> list[MovementRow]:
        session = self._session
        statement = select(MovementRecord).order_by(
            MovementRecord.starts_on.desc(), MovementRecord.id
        )
        if movement_id is not None:
            statement = statement.where(MovementRecord.id == movement_id)
        units: dict[int, list[tuple[int, str]]] = {}
        for mid, uid, name in session.execute(
            select(MovementUnitRecord.movement_id, UnitRecord.id, UnitRecord.name)
            .join(UnitRecord, UnitRecord.id == MovementUnitRecord.unit_id)
            .order_by(UnitRecord.sort_order, UnitRecord.id)
        ):
            units.setdefault(mid, []).append((uid, name))
        titles: dict[int, list[tuple[str, str]]] = {}
        for mid, code, name in session.execute(
            select(MovementTitleRecord.movement_id, TitleRecord.code, TitleRecord.name)
            .join(TitleRecord, TitleRecord.id == MovementTitleRecord.title_id)
            .order_by(TitleRecord.rank, TitleRecord.code)
        ):
            titles.setdefault(mid, []).append((code, name))
        counts = dict(
            session.execute(
                select(RegistrationRecord.movement_id, func.count()).group_by(
                    RegistrationRecord.movement_id
                )
            ).all()
        )
        return [
            MovementRow(
                id=m.id,
                name=m.name,
                kind=m.kind,
                launched_by=m.launched_by,
                starts_on=m.starts_on,
                ends_on=m.ends_on,
                registration_deadline=m.registration_deadline,
                document_no=m.document_no,
                document_date=m.document_date,
                document_signer=m.document_signer,
                content=m.content,
                attachment_name=m.attachment_name,
                unit_ids=tuple(u for u, _ in units.get(m.id, ())),
                unit_names=tuple(n for _, n in units.get(m.id, ())),
                title_codes=tuple(c for c, _ in titles.get(m.id, ())),
                title_names=tuple(n for _, n in titles.get(m.id, ())),
                registration_count=counts.get(m.id, 0),
                version=m.version,
                search_text=m.search_text,
            )
            for m in session.scalars(statement)
        ]

    def registrations(
        self, year: int | None = None, registration_id: int | None = None
    ) -> list[RegistrationRow]:
        r = RegistrationRecord
        statement = (
            select(r, TitleRecord.code, TitleRecord.name, MovementRecord.name)
            .join(TitleRecord, TitleRecord.id == r.title_id)
            .outerjoin(MovementRecord, MovementRecord.id == r.movement_id)
        )
        if year is not None:
            statement = statement.where(r.year == year)
        if registration_id is not None:
            statement = statement.where(r.id == registration_id)
        subjects = Subjects(self._session)
        rows = []
        for record, t_code, t_name, movement in self._session.execute(statement):
            kind, sid, code, name, unit_id, unit_name, key = subjects.describe(
                record.person_id, record.unit_id
            )
            rows.append(
                RegistrationRow(
                    id=record.id,
                    year=record.year,
                    movement_id=record.movement_id,
                    movement_name=movement or "",
                    subject_kind=kind,
                    subject_id=sid,
                    subject_code=code,
                    subject_name=name,
                    unit_id=unit_id,
                    unit_name=unit_name,
                    title_code=t_code,
                    title_name=t_name,
                    registered_on=record.registered_on,
                    note=record.note,
                    sort_key=(*key, t_code),
                    search_text=subjects.search_text(record.person_id, unit_name, t_name, code),
                )
            )
        rows.sort(key=lambda row: row.sort_key)
        return rows

    def find_registration(
        self, year: int, title_id: int, person_id: int | None, unit_id: int | None
    ) -> RegistrationRecord | None:
        r = RegistrationRecord
        subject = r.person_id == person_id if person_id is not None else r.unit_id == unit_id
        return self._session.scalar(
            select(r).where(r.year == year, r.title_id == title_id, subject)
        )

    def comparison_entries(self, year: int) -> tuple[list[Entry], list[Entry], set[str]]:
        """The year's registrations, its awards in force, and the emulation titles."""
        subjects = Subjects(self._session)
        titles = {t.id: t for t in self._session.scalars(select(TitleRecord))}
        registered = [
            _entry(subjects, titles[r.title_id], r.person_id, r.unit_id, "")
            for r in self._session.scalars(
                select(RegistrationRecord).where(RegistrationRecord.year == year)
            )
        ]
        achieved = [
            _entry(subjects, titles[a.title_id], a.person_id, a.unit_id, _decision(a))
            for a in self._session.scalars(
                select(AwardRecord).where(
                    AwardRecord.year == year, AwardRecord.revoked_on.is_(None)
                )
            )
        ]
        emulation = {t.code for t in titles.values() if t.category == "danh_hieu"}
        return registered, achieved, emulation

    def pledges(self, year: int | None = None, pledge_id: int | None = None) -> list[PledgeRow]:
        statement = select(PledgeRecord).order_by(PledgeRecord.year.desc(), PledgeRecord.id)
        if year is not None:
            statement = statement.where(PledgeRecord.year == year)
        if pledge_id is not None:
            statement = statement.where(PledgeRecord.id == pledge_id)
        records = list(self._session.scalars(statement))
        ids = [p.id for p in records]
        units: dict[int, list[tuple[int, str]]] = {}
        targets: dict[int, list[PledgeTargetDraft]] = {}
        if ids:
            for pid, uid, name in self._session.execute(
                select(PledgeUnitRecord.pledge_id, UnitRecord.id, UnitRecord.name)
                .join(UnitRecord, UnitRecord.id == PledgeUnitRecord.unit_id)
                .where(PledgeUnitRecord.pledge_id.in_(ids))
                .order_by(PledgeUnitRecord.id)
            ):
                units.setdefault(pid, []).append((uid, name))
            for t in self._session.scalars(
                select(PledgeTargetRecord)
                .where(PledgeTargetRecord.pledge_id.in_(ids))
                .order_by(PledgeTargetRecord.position, PledgeTargetRecord.id)
            ):
                targets.setdefault(t.pledge_id, []).append(
                    PledgeTargetDraft(t.content, t.measure, t.target, t.result)
                )
        return [
            PledgeRow(
                p.id,
                p.year,
                p.name,
                p.movement_id,
                p.signed_on,
                p.content,
                tuple(u for u, _ in units.get(p.id, ())),
                tuple(n for _, n in units.get(p.id, ())),
                tuple(targets.get(p.id, ())),
                p.version,
            )
            for p in records
        ]


def _decision(award: AwardRecord) -> str:
    if award.decision_no and award.decision_date:
        return f"{award.decision_no} ngày {award.decision_date:%d/%m/%Y}"
    return award.decision_no


def _entry(subjects: Subjects, title: TitleRecord, person_id, unit_id, decision: str) -> Entry:  # type: ignore[no-untyped-def]
    kind, sid, code, name, _unit_id, unit_name, key = subjects.describe(person_id, unit_id)
    return Entry(
        kind, sid, code, name, unit_name, title.code, title.name, title.rank, decision, key
    )


def check_movement_year(
    session: Session, movement_id: int | None, year: int | None, errors: dict[str, str]
) -> None:
    """Why a registration or pledge of `year` cannot belong to the movement, if it cannot,
    under "movement_id" (nothing to check without a movement or a year)."""
    if movement_id is None or year is None:
        return
    movement = session.get(MovementRecord, movement_id)
    if movement is None:
        errors["movement_id"] = "Phong trào không còn tồn tại."
        return
    last = (movement.ends_on or date(year, 12, 31)).year
    if not movement.starts_on.year <= year <= last:
        errors["movement_id"] = f'Phong trào "{movement.name[:60]}" không diễn ra trong năm {year}.'
