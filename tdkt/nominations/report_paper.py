"""Drafts of the báo cáo thành tích of each line, pre-filled from the records of the last
five years: ratings, initiatives recognised, awards received; for a collective also its
staff and the share of them with Lao động tiên tiến."""

from __future__ import annotations

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from tdkt.awards.records import AwardRecord
from tdkt.catalog.records import TitleRecord
from tdkt.initiatives.records import InitiativeAuthorRecord, InitiativeRecord
from tdkt.initiatives.types import SCOPE_LABELS
from tdkt.nominations.paper_types import HistoryRow, ReportPaper
from tdkt.nominations.papers import BatchContext
from tdkt.nominations.phrases import award_verb
from tdkt.nominations.types import NominationLineRow
from tdkt.people.records import PersonRecord
from tdkt.ratings.records import RatingRecord
from tdkt.ratings.types import GRADE_LABELS
from tdkt.subjects.types import UNIT
from tdkt.text import format_date
from tdkt.units.repository import UnitRepository

WINDOW = 5  # years shown, ending with the year of the achievement


def report_paper(ctx: BatchContext, line: NominationLineRow) -> ReportPaper:
    session, first = ctx.session, line.year - WINDOW + 1
    is_person = line.subject_kind != UNIT
    subject_id = line.subject_id
    ratings = awards = initiatives = ()
    members, member_titles = None, ""
    if subject_id is not None:
        ratings = _ratings(session, is_person, subject_id, first, line.year)
        awards = _awards(session, is_person, subject_id, first, line.year)
        if is_person:
            initiatives = _initiatives(session, subject_id, first, line.year)
        else:
            members, member_titles = _staff(session, subject_id, line.year)
    info = ctx.titles[line.title_code]
    return ReportPaper(
        agency=ctx.agency,
        is_person=is_person,
        title_name=info.name,
        request=f"Đề nghị {award_verb(info, line.year)}",
        year=line.year,
        place_date=ctx.place_date(None),
        subject_name=line.subject_name,
        gender={"nam": "Nam", "nu": "Nữ"}.get(line.gender, ""),
        birth_year=line.birth_year,
        position=line.position,
        unit_name=line.unit_name,
        summary=line.summary,
        ratings=tuple(ratings),
        initiatives=tuple(initiatives),
        awards=tuple(awards),
        members=members,
        member_titles=member_titles,
    )


def _owner(model, is_person: bool, subject_id: int):  # type: ignore[no-untyped-def]
    return (model.person_id if is_person else model.unit_id) == subject_id


def _ratings(
    session: Session, is_person: bool, subject_id: int, first: int, last: int
) -> list[HistoryRow]:
    statement = (
        select(RatingRecord.year, RatingRecord.grade)
        .where(_owner(RatingRecord, is_person, subject_id), RatingRecord.year.between(first, last))
        .order_by(RatingRecord.year)
    )
    return [HistoryRow(year, GRADE_LABELS.get(g, g), "") for year, g in session.execute(statement)]


def _awards(
    session: Session, is_person: bool, subject_id: int, first: int, last: int
) -> list[HistoryRow]:
    statement = (
        select(AwardRecord, TitleRecord.name)
        .join(TitleRecord, TitleRecord.id == AwardRecord.title_id)
        .where(
            _owner(AwardRecord, is_person, subject_id),
            AwardRecord.year.between(first, last),
            AwardRecord.revoked_on.is_(None),
        )
        .order_by(AwardRecord.year, TitleRecord.rank)
    )
    rows = []
    for award, name in session.execute(statement):
        dated = f" ngày {format_date(award.decision_date)}" if award.decision_date else ""
        reference = f"Quyết định số {award.decision_no}{dated}" if award.decision_no else ""
        rows.append(
            HistoryRow(
                award.year,
                name,
                reference + (f" của {award.issuer}" if award.issuer and reference else ""),
            )
        )
    return rows


def _initiatives(session: Session, person_id: int, first: int, last: int) -> list[HistoryRow]:
    statement = (
        select(InitiativeRecord)
        .join(InitiativeAuthorRecord, InitiativeAuthorRecord.initiative_id == InitiativeRecord.id)
        .where(
            InitiativeAuthorRecord.person_id == person_id,
            InitiativeRecord.recognized_year.between(first, last),
            InitiativeRecord.decision_no != "",
        )
        .order_by(InitiativeRecord.recognized_year, InitiativeRecord.code)
    )
    rows = []
    for record in session.scalars(statement):
        dated = f" ngày {format_date(record.decision_date)}" if record.decision_date else ""
        scope = SCOPE_LABELS.get(record.scope or "", "")
        reference = f"Quyết định số {record.decision_no}{dated}" + (
            f"; phạm vi {scope.lower()}" if scope else ""
        )
        rows.append(
            HistoryRow(record.recognized_year or last, f"{record.title} ({record.code})", reference)
        )
    return rows


def _staff(session: Session, unit_id: int, year: int) -> tuple[int, str]:
    units = UnitRepository(session).descendant_ids(unit_id)
    members = select(PersonRecord.id).where(
        PersonRecord.unit_id.in_(units), PersonRecord.left_on.is_(None)
    )
    count = session.scalar(select(func.count()).select_from(members.subquery())) or 0
    ldtt = (
        session.scalar(
            select(func.count(func.distinct(AwardRecord.person_id)))
            .join(
                TitleRecord,
                and_(TitleRecord.id == AwardRecord.title_id, TitleRecord.code == "LDTT"),
            )
            .where(
                AwardRecord.person_id.in_(members),
                AwardRecord.year == year,
                AwardRecord.revoked_on.is_(None),
            )
        )
        or 0
    )
    share = f"{ldtt}/{count} cá nhân đạt danh hiệu Lao động tiên tiến năm {year}" if count else ""
    return count, share
