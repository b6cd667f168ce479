"""Council use cases: the councils, their decisions (thành lập, kiện toàn) and members over
time, who sat on a council on a given day, and the voting settings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tdkt.councils import thresholds
from tdkt.councils.records import (
    AttendanceRecord,
    BallotRecord,
    CouncilDecisionRecord,
    CouncilMemberRecord,
    CouncilRecord,
    MeetingRecord,
)
from tdkt.councils.repository import CouncilRepository
from tdkt.councils.types import (
    CouncilDraft,
    CouncilRow,
    DecisionDraft,
    MemberDraft,
    MemberRow,
    VotingSettings,
)
from tdkt.councils.validation import (
    DecisionValues,
    validate_council,
    validate_decision,
    validate_member,
)
from tdkt.errors import ConflictError, NotFoundError, ValidationError
from tdkt.people.records import PersonRecord
from tdkt.services.base import ServiceBase
from tdkt.text import clean, format_date
from tdkt.units.records import UnitRecord
from tdkt.validation import required_date, typed_date


def _clean_member(draft: MemberDraft) -> MemberDraft:
    return MemberDraft(
        role=draft.role,
        person_id=draft.person_id,
        outside_name="" if draft.person_id is not None else clean(draft.outside_name),
        position=clean(draft.position),
        votes=draft.votes,
        from_date=clean(draft.from_date),
        to_date=clean(draft.to_date),
    )


STANDARD_COUNCILS = (
    ("thi_dua_khen_thuong", "Hội đồng Thi đua – Khen thưởng"),
    ("sang_kien", "Hội đồng xét duyệt sáng kiến"),
)


class CouncilService(ServiceBase):
    # --- councils

    def list_councils(self) -> list[CouncilRow]:
        with self._transaction() as session:
            return CouncilRepository(session).rows()

    def create_council(self, draft: CouncilDraft) -> CouncilRow:
        draft = CouncilDraft(draft.kind, clean(draft.name), clean(draft.note))
        errors = validate_council(draft)
        if errors:
            raise ValidationError(errors)
        with self._transaction() as session:
            councils = CouncilRepository(session)
            if councils.by_name(draft.name) is not None:
                raise ConflictError(f'Đã có hội đồng "{draft.name}".', field="name")
            record = CouncilRecord(version=1, kind=draft.kind, name=draft.name, note=draft.note)
            session.add(record)
            session.flush()
            return councils.rows(record.id)[0]

    def ensure_standard_councils(self) -> list[CouncilRow]:
        """The two councils every department has, created on first use of an empty database."""
        with self._transaction() as session:
            councils = CouncilRepository(session)
            if not councils.rows():
                for kind, name in STANDARD_COUNCILS:
                    session.add(CouncilRecord(version=1, kind=kind, name=name, note=""))
                session.flush()
            return councils.rows()

    # --- members

    def members(self, council_id: int, on: date | None = None) -> list[MemberRow]:
        """Every term of every member, or with `on` the council as it sat that day."""
        with self._transaction() as session:
            self._council(session, council_id)
            return CouncilRepository(session).members(council_id, on)

    def apply_decision(
        self, council_id: int, decision: DecisionDraft, members: Sequence[MemberDraft]
    ) -> CouncilRow:
        """Record a decision with its member list. A kiện toàn ends every current term the
        day before it takes effect; all or nothing. The first decision recorded may be a
        kiện toàn: most councils were established long before their records came here."""
        decision = DecisionDraft(
            decision.kind,
            clean(decision.number),
            clean(decision.signed_on),
            clean(decision.effective_on),
            clean(decision.signer),
        )
        drafts = [_clean_member(m) for m in members]
        errors, values = validate_decision(decision)
        if errors or values is None:
            raise ValidationError(errors)
        with self._transaction() as session:
            council = self._council(session, council_id)
            self._check_sequence(session, council, decision, values)
            self._check_list(session, drafts, values.effective_on)
            record = CouncilDecisionRecord(
                council_id=council_id,
                kind=decision.kind,
                number=decision.number,
                signed_on=values.signed_on,
                effective_on=values.effective_on,
                signer=decision.signer,
            )
            session.add(record)
            session.flush()
            if decision.kind == "kien_toan":
                _end_current_terms(session, council_id, values.effective_on)
            for order, draft in enumerate(drafts):
                session.add(
                    _member_record(
                        session, council_id, draft, values.effective_on, record.id, order
                    )
                )
            session.flush()
            return CouncilRepository(session).rows(council_id)[0]

    def add_member(self, council_id: int, draft: MemberDraft) -> MemberRow:
        """One member appointed outside a decision's list (a replacement, an addition)."""
        draft = _clean_member(draft)
        with self._transaction() as session:
            self._council(session, council_id)
            errors, values = validate_member(draft)
            required_date(draft.from_date, "from_date", "Từ ngày", errors)
            _check_person(session, draft, errors)
            if errors or values.from_date is None:
                raise ValidationError(errors)
            _refuse_overlap(
                session, council_id, draft.person_id, values.from_date, values.to_date, None
            )
            order = len(CouncilRepository(session).member_records(council_id))
            record = _member_record(session, council_id, draft, values.from_date, None, order)
            session.add(record)
            session.flush()
            return self._member_row(session, record)

    def end_term(self, member_id: int, to_date: str) -> MemberRow:
        with self._transaction() as session:
            record = self._member(session, member_id)
            errors: dict[str, str] = {}
            end = required_date(clean(to_date), "to_date", "Ngày kết thúc nhiệm kỳ", errors)
            if end is not None and end < record.from_date:
                errors["to_date"] = (
                    f"Ngày kết thúc nhiệm kỳ trước ngày bắt đầu ({format_date(record.from_date)})."
                )
            if errors or end is None:
                raise ValidationError(errors)
            later = _attended_after(session, member_id, end)
            if later is not None:
                raise ConflictError(
                    f"Thành viên đã dự họp ngày {format_date(later)}; nhiệm kỳ không thể kết "
                    "thúc trước ngày đó."
                )
            record.to_date = end
            session.flush()
            return self._member_row(session, record)

    def remove_member(self, member_id: int) -> None:
        """Remove a term entered by mistake; a member who has sat in a meeting stays."""
        with self._transaction() as session:
            record = self._member(session, member_id)
            used = session.scalar(
                select(func.count()).where(AttendanceRecord.member_id == member_id)
            ) or session.scalar(select(func.count()).where(BallotRecord.member_id == member_id))
            if used:
                raise ConflictError(
                    "Thành viên đã có tên trong cuộc họp của Hội đồng; hãy kết thúc nhiệm kỳ "
                    "thay vì xóa."
                )
            session.delete(record)

    # --- voting settings

    def voting_settings(self) -> VotingSettings:
        with self._transaction() as session:
            return thresholds.load(session)

    def save_voting_settings(self, settings: VotingSettings) -> VotingSettings:
        errors = thresholds.validate(settings)
        if errors:
            raise ValidationError(errors)
        with self._transaction() as session:
            thresholds.store(session, settings, self._clock.now())
            return settings

    # --- helpers

    @staticmethod
    def _council(session: Session, council_id: int) -> CouncilRecord:
        record = CouncilRepository(session).get(council_id)
        if record is None:
            raise NotFoundError("Hội đồng không còn tồn tại.")
        return record

    @staticmethod
    def _member(session: Session, member_id: int) -> CouncilMemberRecord:
        record = session.get(CouncilMemberRecord, member_id)
        if record is None:
            raise NotFoundError("Thành viên Hội đồng không còn tồn tại.")
        return record

    @staticmethod
    def _member_row(session: Session, record: CouncilMemberRecord) -> MemberRow:
        rows = CouncilRepository(session).members(record.council_id)
        return next(r for r in rows if r.id == record.id)

    @staticmethod
    def _check_sequence(
        session: Session, council: CouncilRecord, decision: DecisionDraft, values: DecisionValues
    ) -> None:
        previous = CouncilRepository(session).decisions(council.id)
        if any(d.number == decision.number for d in previous):
            raise ConflictError(
                f"Quyết định {decision.number} đã được ghi cho hội đồng này.", field="number"
            )
        if decision.kind == "thanh_lap" and previous:
            raise ConflictError(
                f"{council.name} đã được thành lập theo Quyết định {previous[0].number}; "
                "hãy ghi quyết định kiện toàn.",
                field="kind",
            )
        if previous and values.effective_on <= previous[-1].effective_on:
            raise ValidationError(
                {
                    "effective_on": "Ngày hiệu lực phải sau ngày hiệu lực của quyết định trước "
                    f"({previous[-1].number}, {format_date(previous[-1].effective_on)})."
                }
            )

    @staticmethod
    def _check_list(session: Session, drafts: list[MemberDraft], effective_on: date) -> None:
        errors: dict[str, str] = {}
        if not drafts:
            errors["members"] = "Quyết định phải có danh sách thành viên."
        chairs = sum(1 for d in drafts if d.role == "chu_tich")
        if drafts and chairs != 1:
            errors["members"] = f"Hội đồng phải có đúng một Chủ tịch (danh sách có {chairs})."
        people = [d.person_id for d in drafts if d.person_id is not None]
        if len(set(people)) != len(people):
            errors["members"] = "Một người được ghi hai lần trong danh sách thành viên."
        for number, draft in enumerate(drafts, start=1):
            found, values = validate_member(draft, f"Dòng {number}")
            _check_person(session, draft, found)
            if values.from_date is not None and values.from_date < effective_on:
                found["from_date"] = f"Dòng {number}: nhận nhiệm vụ trước ngày hiệu lực."
            errors.update({f"members.{number}.{k}": v for k, v in found.items()})
        if errors:
            raise ValidationError(errors)


def _check_person(session: Session, draft: MemberDraft, errors: dict[str, str]) -> None:
    if draft.person_id is not None and session.get(PersonRecord, draft.person_id) is None:
        errors["person_id"] = "Cá nhân không còn trong danh sách."


def _member_record(
    session: Session,
    council_id: int,
    draft: MemberDraft,
    start: date,
    decision_id: int | None,
    order: int,
) -> CouncilMemberRecord:
    position = draft.position
    if not position and draft.person_id is not None:
        person = session.get(PersonRecord, draft.person_id)
        assert person is not None
        unit = session.get(UnitRecord, person.unit_id)
        position = ", ".join(p for p in (person.position, unit.name if unit else "") if p)
    errors: dict[str, str] = {}
    start = typed_date(draft.from_date, "from_date", "Từ ngày", errors) or start
    end = typed_date(draft.to_date, "to_date", "Đến ngày", errors)
    return CouncilMemberRecord(
        council_id=council_id,
        decision_id=decision_id,
        person_id=draft.person_id,
        outside_name=draft.outside_name,
        position=position,
        role=draft.role,
        votes=draft.votes,
        from_date=start,
        to_date=end,
        sort_order=order,
    )


def _end_current_terms(session: Session, council_id: int, effective_on: date) -> None:
    last_day = effective_on - timedelta(days=1)
    for member in CouncilRepository(session).member_records(council_id):
        if member.to_date is not None and member.to_date < effective_on:
            continue
        if member.from_date >= effective_on:
            raise ConflictError(
                "Có thành viên nhận nhiệm vụ từ ngày kiện toàn trở về sau; hãy kiểm tra lại "
                "ngày hiệu lực của quyết định."
            )
        attended = _attended_after(session, member.id, last_day)
        if attended is not None:
            raise ConflictError(
                f"Hội đồng cũ đã họp ngày {format_date(attended)}, sau ngày hiệu lực của "
                "quyết định kiện toàn; hãy kiểm tra lại ngày hiệu lực."
            )
        member.to_date = last_day


def _refuse_overlap(
    session: Session,
    council_id: int,
    person_id: int | None,
    start: date,
    end: date | None,
    own_id: int | None,
) -> None:
    if person_id is None:
        return
    for other in CouncilRepository(session).member_records(council_id):
        if other.person_id != person_id or other.id == own_id:
            continue
        other_end = other.to_date or date.max
        if start <= other_end and other.from_date <= (end or date.max):
            raise ConflictError(
                "Người này đã là thành viên Hội đồng trong khoảng thời gian đó (từ "
                f"{format_date(other.from_date)}); mỗi người chỉ giữ một chức danh một lúc."
            )


def _attended_after(session: Session, member_id: int, day: date) -> date | None:
    """The latest meeting after `day` the member is recorded at (present or voting)."""
    statement = (
        select(func.max(MeetingRecord.held_on))
        .join(AttendanceRecord, AttendanceRecord.meeting_id == MeetingRecord.id)
        .where(
            AttendanceRecord.member_id == member_id,
            AttendanceRecord.present.is_(True),
            MeetingRecord.held_on > day,
        )
    )
    return session.scalar(statement)
