"""Meeting use cases: schedule a meeting, record who came, build the agenda, and assemble
what its documents print."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tdkt.agency.service import agency_settings
from tdkt.councils.agenda import agenda_kind, agenda_kinds
from tdkt.councils.meeting_state import MeetingState
from tdkt.councils.records import AgendaItemRecord, AttendanceRecord, CouncilRecord, MeetingRecord
from tdkt.councils.repository import CouncilRepository, MeetingRepository
from tdkt.councils.types import (
    AgendaCandidate,
    MeetingDetails,
    MeetingDraft,
    MeetingPaper,
    MeetingRow,
)
from tdkt.councils.validation import MeetingValues, validate_meeting
from tdkt.errors import ConflictError, NotFoundError, ValidationError
from tdkt.services.base import ServiceBase
from tdkt.text import clean, format_date
from tdkt.text.paragraphs import clean_paragraphs

HAS_RESULTS = (
    "Cuộc họp đã có kết quả biểu quyết; hãy xóa kết quả các nội dung trước khi sửa {what}."
)


def cleaned(draft: MeetingDraft) -> MeetingDraft:
    return MeetingDraft(
        council_id=draft.council_id,
        held_on=clean(draft.held_on),
        place=clean(draft.place),
        purpose=clean(draft.purpose),
        start_time=clean(draft.start_time),
        end_time=clean(draft.end_time),
        chair_member_id=draft.chair_member_id,
        secretary_member_id=draft.secretary_member_id,
        minutes_no=clean(draft.minutes_no),
        conclusion=clean_paragraphs(draft.conclusion),
    )


class MeetingService(ServiceBase):
    # --- reading

    def list_meetings(self, council_id: int) -> list[MeetingRow]:
        with self._transaction() as session:
            return MeetingRepository(session).rows(council_id)

    def get(self, meeting_id: int) -> MeetingDetails:
        with self._transaction() as session:
            return details(session, self._meeting(session, meeting_id))

    def paper(self, meeting_id: int) -> MeetingPaper:
        """Everything the attendance sheet, ballots, tally record and minutes print."""
        with self._transaction() as session:
            found = details(session, self._meeting(session, meeting_id))
            settings = agency_settings(session)
            return MeetingPaper(
                settings,
                found,
                found.member(found.meeting.chair_member_id),
                found.member(found.meeting.secretary_member_id),
            )

    def candidates(self, meeting_id: int) -> list[AgendaCandidate]:
        """What may still be put on the meeting's agenda."""
        with self._transaction() as session:
            meeting = self._meeting(session, meeting_id)
            council = session.get(CouncilRecord, meeting.council_id)
            assert council is not None
            taken = {(i.kind, i.ref_id) for i in MeetingRepository(session).items(meeting_id)}
            found: list[AgendaCandidate] = []
            for kind in agenda_kinds().values():
                if council.kind in kind.council_kinds:
                    found += kind.candidates(session, meeting.held_on.year)
            return [c for c in found if (c.kind, c.ref_id) not in taken]

    # --- the meeting

    def create(self, draft: MeetingDraft) -> MeetingDetails:
        draft = cleaned(draft)
        with self._transaction() as session:
            values = self._check(session, draft)
            record = MeetingRecord(version=1, council_id=draft.council_id)
            _assign(record, draft, values)
            session.add(record)
            session.flush()
            _sync_attendance(session, record)
            return details(session, record)

    def update(
        self, meeting_id: int, draft: MeetingDraft, version: int | None = None
    ) -> MeetingDetails:
        draft = cleaned(draft)
        with self._transaction() as session:
            record = self._meeting(session, meeting_id, version)
            values = self._check(session, draft)
            if values.held_on != record.held_on and _has_results(session, meeting_id):
                raise ConflictError(HAS_RESULTS.format(what="ngày họp"))
            _assign(record, draft, values)
            session.flush()
            _sync_attendance(session, record)
            return details(session, record)

    def delete(self, meeting_id: int) -> None:
        with self._transaction() as session:
            record = self._meeting(session, meeting_id)
            if _has_results(session, meeting_id):
                raise ConflictError("Cuộc họp đã có kết quả biểu quyết; không xóa được.")
            session.delete(record)

    def set_attendance(
        self, meeting_id: int, present: dict[int, bool], notes: dict[int, str] | None = None
    ) -> MeetingDetails:
        """Who came (member id → present), with a note such as "vắng có lý do"."""
        notes = {k: clean(v) for k, v in (notes or {}).items()}
        with self._transaction() as session:
            record = self._meeting(session, meeting_id)
            state = MeetingState(session, record)
            for member_id in present:
                if state.member(member_id) is None:
                    raise ValidationError(
                        {
                            "attendance": "Có người không phải thành viên Hội đồng vào ngày "
                            f"{format_date(record.held_on)}; không ghi được danh sách dự họp."
                        }
                    )
            changed = any(state.is_present(m) != p for m, p in present.items())
            if changed and _has_results(session, meeting_id):
                raise ConflictError(HAS_RESULTS.format(what="danh sách dự họp"))
            for leader in (record.chair_member_id, record.secretary_member_id):
                if leader in present and not present[leader]:
                    member = state.member(leader)
                    raise ValidationError(
                        {
                            "attendance": f"{member.name if member else 'Người chủ trì'} chủ trì "
                            "hoặc làm thư ký cuộc họp nên phải có mặt."
                        }
                    )
            for member_id, here in present.items():
                entry = state.attendance.get(member_id)
                if entry is None:
                    entry = AttendanceRecord(meeting_id=meeting_id, member_id=member_id)
                    session.add(entry)
                entry.present = here
                entry.note = notes.get(member_id, entry.note or "")
            session.flush()
            return details(session, record)

    # --- the agenda

    def add_item(self, meeting_id: int, kind_key: str, ref_id: int) -> MeetingDetails:
        return self.add_items(meeting_id, [(kind_key, ref_id)])

    def add_items(self, meeting_id: int, refs: list[tuple[str, int]]) -> MeetingDetails:
        """Put items on the agenda (kind, id), in order; one refused and none is added."""
        with self._transaction() as session:
            record = self._meeting(session, meeting_id)
            council = session.get(CouncilRecord, record.council_id)
            assert council is not None
            items = MeetingRepository(session).items(meeting_id)
            taken = {(i.kind, i.ref_id) for i in items}
            position = max((i.position for i in items), default=0)
            for kind_key, ref_id in refs:
                position += 1
                session.add(
                    _new_item(session, council, meeting_id, kind_key, ref_id, position, taken)
                )
                taken.add((kind_key, ref_id))
            session.flush()
            return details(session, record)

    def remove_item(self, item_id: int) -> MeetingDetails:
        with self._transaction() as session:
            item = MeetingRepository(session).item(item_id)
            if item is None:
                raise NotFoundError("Nội dung không còn trong chương trình họp.")
            if item.result is not None:
                raise ConflictError("Nội dung đã có kết quả biểu quyết; hãy xóa kết quả trước.")
            meeting = self._meeting(session, item.meeting_id)
            session.delete(item)
            session.flush()
            return details(session, meeting)

    # --- helpers

    @staticmethod
    def _meeting(session: Session, meeting_id: int, version: int | None = None) -> MeetingRecord:
        record = MeetingRepository(session).get(meeting_id)
        if record is None:
            raise NotFoundError("Cuộc họp không còn tồn tại.")
        if version is not None and record.version != version:
            raise ConflictError("Bản ghi đã được người khác thay đổi. Hãy tải lại rồi sửa lại.")
        return record

    @staticmethod
    def _check(session: Session, draft: MeetingDraft) -> MeetingValues:
        errors, values = validate_meeting(draft)
        if values is not None:
            members = CouncilRepository(session).members(draft.council_id, on=values.held_on)
            serving = {m.id for m in members}
            day = format_date(values.held_on)
            if not members:
                errors["held_on"] = f"Hội đồng chưa có (hoặc không còn) thành viên vào ngày {day}."
            for field, label in (
                ("chair_member_id", "Người chủ trì"),
                ("secretary_member_id", "Thư ký"),
            ):
                chosen = getattr(draft, field)
                if members and chosen is not None and chosen not in serving:
                    errors[field] = f"{label} không phải thành viên Hội đồng vào ngày {day}."
        if errors or values is None:
            raise ValidationError(errors)
        return values


def details(session: Session, record: MeetingRecord) -> MeetingDetails:
    state = MeetingState(session, record)
    meeting_row = MeetingRepository(session).rows(meeting_id=record.id)[0]
    council_row = CouncilRepository(session).rows(record.council_id)[0]
    return state.details(meeting_row, council_row)


def _assign(record: MeetingRecord, draft: MeetingDraft, values: MeetingValues) -> None:
    record.held_on = values.held_on
    record.start_time, record.end_time = values.start_time, values.end_time
    record.place, record.purpose = draft.place, draft.purpose
    record.chair_member_id = draft.chair_member_id
    record.secretary_member_id = draft.secretary_member_id
    record.minutes_no, record.conclusion = draft.minutes_no, draft.conclusion


def _sync_attendance(session: Session, record: MeetingRecord) -> None:
    """One attendance line per member serving on the day; new lines start as absent (the
    secretary ticks who came), and the chair and the secretary are there by definition."""
    serving = {
        m.id for m in CouncilRepository(session).members(record.council_id, on=record.held_on)
    }
    existing = {a.member_id: a for a in MeetingRepository(session).attendance(record.id)}
    for member_id, entry in existing.items():
        if member_id not in serving:
            session.delete(entry)
    for member_id in serving - set(existing):
        session.add(AttendanceRecord(meeting_id=record.id, member_id=member_id, present=False))
    session.flush()
    for entry in MeetingRepository(session).attendance(record.id):
        if entry.member_id in (record.chair_member_id, record.secretary_member_id):
            entry.present = True
    session.flush()


def _has_results(session: Session, meeting_id: int) -> bool:
    statement = select(func.count()).where(
        AgendaItemRecord.meeting_id == meeting_id, AgendaItemRecord.agree.is_not(None)
    )
    return bool(session.scalar(statement))


def _new_item(
    session: Session,
    council: CouncilRecord,
    meeting_id: int,
    kind_key: str,
    ref_id: int,
    position: int,
    taken: set[tuple[str, int | None]],
) -> AgendaItemRecord:
    kind = agenda_kind(kind_key)
    if kind is None or council.kind not in kind.council_kinds:
        raise ValidationError({"item": "Hội đồng này không xét loại nội dung đó."})
    subject = kind.describe(session, ref_id)
    if subject is None:
        raise NotFoundError("Nội dung cần xét không còn tồn tại.")
    if (kind_key, ref_id) in taken:
        raise ConflictError(f'"{subject.title}" đã có trong chương trình họp.')
    kind.on_added(session, ref_id)
    return AgendaItemRecord(
        meeting_id=meeting_id,
        position=position,
        kind=kind_key,
        ref_id=ref_id,
        title=subject.title,
        description=subject.description,
        threshold_key=subject.threshold_key,
        year=subject.year,
    )
