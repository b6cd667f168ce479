"""Assembling the award history of a person or a unit: identity, then every rating, title,
form and initiative by year, a summary, and (for a person) the discipline on record."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.awards.records import AwardRecord
from tdkt.catalog.records import TitleRecord
from tdkt.discipline.records import DisciplineRecord
from tdkt.discipline.types import FORM_LABELS
from tdkt.errors import NotFoundError
from tdkt.initiatives.records import InitiativeAuthorRecord, InitiativeRecord
from tdkt.people.records import PersonRecord
from tdkt.people.types import GENDER_LABELS, birth_text
from tdkt.ratings.records import RatingRecord
from tdkt.ratings.types import GRADE_LABELS
from tdkt.reports.history_types import (
    SCOPE_LABELS,
    AwardHistory,
    HistoryAward,
    HistoryDiscipline,
    HistoryInitiative,
    HistoryYear,
    TitleSummary,
)
from tdkt.subjects.types import PERSON, UNIT
from tdkt.text import format_date
from tdkt.units.records import UnitRecord


def assemble_history(session: Session, subject_kind: str, subject_id: int) -> AwardHistory:
    if subject_kind == PERSON:
        person = session.get(PersonRecord, subject_id)
        if person is None:
            raise NotFoundError("Cá nhân này không còn trong cơ sở dữ liệu.")
        return _person_history(session, person)
    unit = session.get(UnitRecord, subject_id)
    if unit is None:
        raise NotFoundError("Đơn vị này không còn trong cơ sở dữ liệu.")
    return _unit_history(session, unit)


def _person_history(session: Session, person: PersonRecord) -> AwardHistory:
    unit = session.get(UnitRecord, person.unit_id)
    birth = birth_text(person.birth_date, person.birth_year)
    identity = (
        ("Họ và tên", person.full_name),
        ("Giới tính", GENDER_LABELS.get(person.gender, person.gender)),
        ("Ngày sinh", birth),
        ("Chức vụ", person.position),
        ("Đơn vị công tác", unit.name if unit else ""),
        ("Ngày tuyển dụng", format_date(person.recruited_on)),
        ("Ngày vào ngành Công Thương", format_date(person.sector_started_on)),
        ("Mã cá nhân", person.code),
    )
    awards = _awards(session, AwardRecord.person_id == person.id)
    ratings = _ratings(session, RatingRecord.person_id == person.id)
    return AwardHistory(
        subject_kind=PERSON,
        code=person.code,
        name=person.full_name,
        salutation="Bà" if person.gender == "nu" else "Ông",
        identity=tuple((label, value) for label, value in identity if value),
        years=_years(ratings, awards, _initiatives(session, person.id)),
        summary=_summary(awards),
        discipline=_discipline(session, person.id),
    )


def _unit_history(session: Session, unit: UnitRecord) -> AwardHistory:
    parent = session.get(UnitRecord, unit.parent_id) if unit.parent_id else None
    identity = (
        ("Tên đơn vị", unit.name),
        ("Trực thuộc", parent.name if parent else ""),
        ("Mã đơn vị", unit.code),
    )
    awards = _awards(session, AwardRecord.unit_id == unit.id)
    ratings = _ratings(session, RatingRecord.unit_id == unit.id)
    return AwardHistory(
        subject_kind=UNIT,
        code=unit.code,
        name=unit.name,
        salutation="",
        identity=tuple((label, value) for label, value in identity if value),
        years=_years(ratings, awards, []),
        summary=_summary(awards),
        discipline=(),
    )


def _awards(session: Session, subject) -> list[HistoryAward]:  # type: ignore[no-untyped-def]
    statement = (
        select(AwardRecord, TitleRecord)
        .join(TitleRecord, TitleRecord.id == AwardRecord.title_id)
        .where(subject)
        .order_by(AwardRecord.year, TitleRecord.rank.desc(), AwardRecord.decision_date)
    )
    return [
        HistoryAward(
            year=award.year,
            code=title.code,
            name=title.name,
            category=title.category,
            rank=title.rank,
            decision_no=award.decision_no,
            decision_date=award.decision_date,
            revoked_on=award.revoked_on,
            revoke_reason=award.revoke_reason,
        )
        for award, title in session.execute(statement)
    ]


def _ratings(session: Session, subject) -> dict[int, str]:  # type: ignore[no-untyped-def]
    statement = select(RatingRecord.year, RatingRecord.grade).where(subject)
    return {year: GRADE_LABELS.get(grade, grade) for year, grade in session.execute(statement)}


def _initiatives(session: Session, person_id: int) -> list[HistoryInitiative]:
    """Recognised initiatives the person wrote or co-wrote, by the year of recognition."""
    statement = (
        select(InitiativeRecord)
        .join(InitiativeAuthorRecord, InitiativeAuthorRecord.initiative_id == InitiativeRecord.id)
        .where(
            InitiativeAuthorRecord.person_id == person_id,
            InitiativeRecord.status == "cong_nhan",
            InitiativeRecord.recognized_year.is_not(None),
        )
        .order_by(InitiativeRecord.recognized_year, InitiativeRecord.code)
    )
    return [
        HistoryInitiative(
            year=record.recognized_year or 0,
            code=record.code,
            title=record.title,
            scope=SCOPE_LABELS.get(record.scope or "", ""),
            decision_no=record.decision_no,
            decision_date=record.decision_date,
        )
        for record in session.scalars(statement)
    ]


def _years(
    ratings: dict[int, str], awards: list[HistoryAward], initiatives: list[HistoryInitiative]
) -> tuple[HistoryYear, ...]:
    years = sorted(set(ratings) | {a.year for a in awards} | {i.year for i in initiatives})
    return tuple(
        HistoryYear(
            year=year,
            rating=ratings.get(year, ""),
            titles=tuple(a for a in awards if a.year == year and a.category == "danh_hieu"),
            forms=tuple(a for a in awards if a.year == year and a.category != "danh_hieu"),
            initiatives=tuple(i for i in initiatives if i.year == year),
        )
        for year in years
    )


def _summary(awards: list[HistoryAward]) -> tuple[TitleSummary, ...]:
    """Awards in force, per title, the most senior title first."""
    years: dict[str, list[int]] = {}
    ranks: dict[str, int] = {}
    for award in sorted(awards, key=lambda a: a.year):
        if award.revoked_on is None:
            years.setdefault(award.name, []).append(award.year)
            ranks[award.name] = award.rank
    ordered = sorted(years, key=lambda name: -ranks[name])
    return tuple(TitleSummary(name, tuple(years[name])) for name in ordered)


def _discipline(session: Session, person_id: int) -> tuple[HistoryDiscipline, ...]:
    statement = (
        select(DisciplineRecord)
        .where(DisciplineRecord.person_id == person_id)
        .order_by(DisciplineRecord.effective_on)
    )
    return tuple(
        HistoryDiscipline(
            form=FORM_LABELS.get(r.form, r.form),
            effective_on=r.effective_on,
            ends_on=r.ends_on,
            decision_no=r.decision_no,
            reason=r.reason,
        )
        for r in session.scalars(statement)
    )
