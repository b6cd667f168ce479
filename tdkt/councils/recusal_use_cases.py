"""The recusal use cases of the ballot service: decide on a proposal (the member does not
vote, or votes after all), add a recusal by hand (a member nominated themselves, a declared
conflict of interest) and take a hand-added one back. One method = one transaction; the
recusal records are audited. Nothing changes once the item has a result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from tdkt.councils.meeting_state import MeetingState
from tdkt.councils.meetings import details
from tdkt.councils.records import AgendaItemRecord, MeetingRecord, RecusalRecord
from tdkt.councils.recusal import CONFIRMED, DISMISSED
from tdkt.councils.repository import MeetingRepository
from tdkt.councils.types import MeetingDetails, MemberRow
from tdkt.errors import ConflictError, NotFoundError, ValidationError
from tdkt.text import clean, format_date

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager

HAS_RESULT = "Nội dung đã có kết quả biểu quyết; hãy xóa kết quả trước khi sửa."
REASON_LENGTH = 300


class RecusalUseCases:
    """Mixed into BallotService, which provides the transactions."""

    _transaction: Callable[[], AbstractContextManager[Session]]

    def set_recusal(
        self, item_id: int, member_id: int, decision: str | None, reason: str = ""
    ) -> MeetingDetails:
        """`decision`: "xac_nhan" (does not vote), "bo_qua" (votes after all), or None to go
        back to the automatic proposal."""
        if decision not in (CONFIRMED, DISMISSED, None):
            raise ValidationError({"decision": "Quyết định không hợp lệ."})
        with self._transaction() as session:
            _, meeting = open_item(session, item_id)
            _member(MeetingState(session, meeting), meeting, member_id)
            existing = _stored(session, item_id, member_id)
            if decision is None:
                if existing is not None:
                    session.delete(existing)
            else:
                if existing is None:
                    existing = RecusalRecord(item_id=item_id, member_id=member_id)
                    session.add(existing)
                existing.decision, existing.reason = decision, clean(reason)[:REASON_LENGTH]
            session.flush()
            return details(session, meeting)

    def add_recusal(self, item_id: int, member_id: int, reason: str) -> MeetingDetails:
        """A voting member does not vote on the item, for the reason the secretary gives."""
        reason = clean(reason)
        if not reason:
            raise ValidationError({"reason": "Hãy ghi lý do thành viên không biểu quyết."})
        if len(reason) > REASON_LENGTH:
            raise ValidationError({"reason": f"Lý do dài quá {REASON_LENGTH} ký tự."})
        with self._transaction() as session:
            _, meeting = open_item(session, item_id)
            member = _member(MeetingState(session, meeting), meeting, member_id)
            if not member.votes:
                raise ValidationError(
                    {"member": f"{member.name} không có quyền biểu quyết trong Hội đồng."}
                )
            existing = _stored(session, item_id, member_id)
            if existing is not None and existing.decision == CONFIRMED:
                raise ConflictError(
                    f"{member.name} đã ở trong danh sách không biểu quyết nội dung này.",
                    field="member",
                )
            if existing is None:
                existing = RecusalRecord(item_id=item_id, member_id=member_id)
                session.add(existing)
            existing.decision, existing.reason = CONFIRMED, reason
            session.flush()
            return details(session, meeting)

    def remove_recusal(self, item_id: int, member_id: int) -> MeetingDetails:
        """Take back a recusal added by hand; a computed proposal is set aside instead
        ("Vẫn biểu quyết"), so the reason it was proposed stays on record."""
        with self._transaction() as session:
            item, meeting = open_item(session, item_id)
            state = MeetingState(session, meeting)
            member = _member(state, meeting, member_id)
            row = next((r for r in state.recusal_rows(item) if r.member_id == member_id), None)
            if row is None or row.state != "confirmed":
                raise NotFoundError(f"{member.name} không ở trong danh sách không biểu quyết.")
            if row.automatic:
                raise ValidationError(
                    {
                        "member": f"{member.name} được đề xuất tự động không biểu quyết "
                        f'("{row.reason}"); nếu vẫn để biểu quyết, hãy chọn "Vẫn biểu quyết".'
                    }
                )
            stored = _stored(session, item_id, member_id)
            assert stored is not None  # a confirmed row that is not a proposal is stored
            session.delete(stored)
            session.flush()
            return details(session, meeting)


def open_item(session: Session, item_id: int) -> tuple[AgendaItemRecord, MeetingRecord]:
    """The item and its meeting, while the item has no result yet."""
    item, meeting = find_item(session, item_id)
    if item.agree is not None:
        raise ConflictError(HAS_RESULT)
    return item, meeting


def find_item(session: Session, item_id: int) -> tuple[AgendaItemRecord, MeetingRecord]:
    repository = MeetingRepository(session)
    item = repository.item(item_id)
    if item is None:
        raise NotFoundError("Nội dung không còn trong chương trình họp.")
    meeting = repository.get(item.meeting_id)
    assert meeting is not None
    return item, meeting


def _member(state: MeetingState, meeting: MeetingRecord, member_id: int) -> MemberRow:
    member = state.member(member_id)
    if member is None:
        raise ValidationError(
            {
                "member": "Người này không phải thành viên Hội đồng vào ngày "
                f"{format_date(meeting.held_on)}."
            }
        )
    return member


def _stored(session: Session, item_id: int, member_id: int) -> RecusalRecord | None:
    recusals = MeetingRepository(session).recusals([item_id])
    return next((r for r in recusals if r.member_id == member_id), None)
