"""Queries on councils, members, meetings and agenda items; never commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tdkt.councils.records import (
    AgendaItemRecord,
    AttendanceRecord,
    BallotRecord,
    CouncilDecisionRecord,
    CouncilMemberRecord,
    CouncilRecord,
    MeetingRecord,
    RecusalRecord,
)
from tdkt.councils.types import (
    COUNCIL_KIND_LABELS,
    RESULT_LABELS,
    ROLE_ORDER,
    CouncilRow,
    DecisionRow,
    MeetingRow,
    MemberRow,
)
from tdkt.people.records import PersonRecord
from tdkt.text import format_date, name_sort_key


@dataclass(frozen=True)
class ItemResult:
    """How a council voted on something (for the initiative's details)."""

    held_on: date
    council: str
    result: str | None
    agree: int | None
    base_count: int | None

    @property
    def label(self) -> str:
        when = (
            f"{COUNCIL_KIND_LABELS.get(self.council, self.council)} họp {format_date(self.held_on)}"
        )
        if self.result is None:
            return f"{when}: chưa có kết quả"
        return (
            f"{when}: {RESULT_LABELS[self.result].lower()} ({self.agree}/{self.base_count} đồng ý)"
        )


def item_results(
    session: Session, kind: str, ref_id: int, with_pending: bool = False
) -> list[ItemResult]:
    """Every meeting that had this item on its agenda, oldest first."""
    statement = (
        select(MeetingRecord.held_on, CouncilRecord.kind, AgendaItemRecord)
        .join(MeetingRecord, MeetingRecord.id == AgendaItemRecord.meeting_id)
        .join(CouncilRecord, CouncilRecord.id == MeetingRecord.council_id)
        .where(AgendaItemRecord.kind == kind, AgendaItemRecord.ref_id == ref_id)
        .order_by(MeetingRecord.held_on, AgendaItemRecord.id)
    )
    found = [
        ItemResult(held_on, council, item.result, item.agree, item.base_count)
        for held_on, council, item in session.execute(statement)
    ]
    return found if with_pending else [r for r in found if r.result is not None]


class CouncilRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, council_id: int) -> CouncilRecord | None:
        return self._session.get(CouncilRecord, council_id)

    def by_name(self, name: str) -> CouncilRecord | None:
        return self._session.scalar(select(CouncilRecord).where(CouncilRecord.name == name))

    def rows(self, council_id: int | None = None) -> list[CouncilRow]:
        statement = select(CouncilRecord).order_by(CouncilRecord.kind.desc(), CouncilRecord.id)
        if council_id is not None:
            statement = statement.where(CouncilRecord.id == council_id)
        decisions = self.decisions()
        return [
            CouncilRow(
                c.id,
                c.kind,
                c.name,
                c.note,
                tuple(d for d in decisions if d.council_id == c.id),
                c.version,
            )
            for c in self._session.scalars(statement)
        ]

    def decisions(self, council_id: int | None = None) -> list[DecisionRow]:
        d = CouncilDecisionRecord
        statement = select(d).order_by(d.effective_on, d.id)
        if council_id is not None:
            statement = statement.where(d.council_id == council_id)
        return [
            DecisionRow(r.id, r.council_id, r.kind, r.number, r.signed_on, r.effective_on, r.signer)
            for r in self._session.scalars(statement)
        ]

    def member_records(self, council_id: int) -> list[CouncilMemberRecord]:
        statement = select(CouncilMemberRecord).where(CouncilMemberRecord.council_id == council_id)
        return list(self._session.scalars(statement))

    def members(self, council_id: int, on: date | None = None) -> list[MemberRow]:
        """Members in council order (role, then the decision's order); with `on`, only
        those serving that day."""
        m, p = CouncilMemberRecord, PersonRecord
        statement = (
            select(m, p.code, p.full_name, p.unit_id, p.gender, CouncilDecisionRecord.number)
            .outerjoin(p, p.id == m.person_id)
            .outerjoin(CouncilDecisionRecord, CouncilDecisionRecord.id == m.decision_id)
            .where(m.council_id == council_id)
        )
        if on is not None:
            statement = statement.where(
                m.from_date <= on, (m.to_date.is_(None)) | (m.to_date >= on)
            )
        rows = [
            MemberRow(
                id=member.id,
                council_id=member.council_id,
                person_id=member.person_id,
                person_code=code or "",
                name=name or member.outside_name,
                position=member.position,
                role=member.role,
                votes=member.votes,
                from_date=member.from_date,
                to_date=member.to_date,
                decision_id=member.decision_id,
                decision_number=number or "",
                unit_id=unit_id,
                sort_order=member.sort_order,
                gender=gender or "",
            )
            for member, code, name, unit_id, gender, number in self._session.execute(statement)
        ]
        rows.sort(
            key=lambda r: (r.from_date, ROLE_ORDER[r.role], r.sort_order, name_sort_key(r.name))
        )
        if on is not None:  # one term each: the council as it sat that day, by role
            rows.sort(key=lambda r: (ROLE_ORDER[r.role], r.sort_order, name_sort_key(r.name)))
        return rows


class MeetingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, meeting_id: int) -> MeetingRecord | None:
        return self._session.get(MeetingRecord, meeting_id)

    def item(self, item_id: int) -> AgendaItemRecord | None:
        return self._session.get(AgendaItemRecord, item_id)

    def rows(
        self, council_id: int | None = None, meeting_id: int | None = None
    ) -> list[MeetingRow]:
        counts = {
            meeting_id: (total, decided)
            for meeting_id, total, decided in self._session.execute(
                select(
                    AgendaItemRecord.meeting_id,
                    func.count(),
                    func.count(AgendaItemRecord.result),
                ).group_by(AgendaItemRecord.meeting_id)
            )
        }
        statement = select(MeetingRecord).order_by(MeetingRecord.held_on.desc(), MeetingRecord.id)
        if council_id is not None:
            statement = statement.where(MeetingRecord.council_id == council_id)
        if meeting_id is not None:
            statement = statement.where(MeetingRecord.id == meeting_id)
        return [
            MeetingRow(
                m.id,
                m.council_id,
                m.held_on,
                m.start_time,
                m.end_time,
                m.place,
                m.purpose,
                m.chair_member_id,
                m.secretary_member_id,
                m.minutes_no,
                m.conclusion,
                *counts.get(m.id, (0, 0)),
                m.version,
            )
            for m in self._session.scalars(statement)
        ]

    def attendance(self, meeting_id: int) -> list[AttendanceRecord]:
        statement = select(AttendanceRecord).where(AttendanceRecord.meeting_id == meeting_id)
        return list(self._session.scalars(statement))

    def items(self, meeting_id: int) -> list[AgendaItemRecord]:
        statement = (
            select(AgendaItemRecord)
            .where(AgendaItemRecord.meeting_id == meeting_id)
            .order_by(AgendaItemRecord.position, AgendaItemRecord.id)
        )
        return list(self._session.scalars(statement))

    def ballots(self, item_ids: list[int]) -> list[BallotRecord]:
        if not item_ids:
            return []
        statement = select(BallotRecord).where(BallotRecord.item_id.in_(item_ids))
        return list(self._session.scalars(statement))

    def recusals(self, item_ids: list[int]) -> list[RecusalRecord]:
        if not item_ids:
            return []
        statement = select(RecusalRecord).where(RecusalRecord.item_id.in_(item_ids))
        return list(self._session.scalars(statement))
