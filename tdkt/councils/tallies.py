"""Voting use cases: enter an item's tally from the paper count or member by member, judge it
against the threshold in force, and clear it. The recusals are in recusal_use_cases.py."""

from __future__ import annotations

from sqlalchemy import delete

from tdkt.councils.meeting_state import Eligible, MeetingState
from tdkt.councils.meetings import details
from tdkt.councils.records import (
    CHOICES,
    AgendaItemRecord,
    BallotRecord,
    MeetingRecord,
)
from tdkt.councils.recusal_use_cases import RecusalUseCases, find_item
from tdkt.councils.types import CHOICE_LABELS, MeetingDetails
from tdkt.councils.voting import Tally, judge
from tdkt.errors import ValidationError
from tdkt.services.base import ServiceBase
from tdkt.text import format_date


class BallotService(RecusalUseCases, ServiceBase):
    def record_tally(self, item_id: int, tally: Tally) -> MeetingDetails:
        """The counts read from the paper ballots of one item."""
        with self._transaction() as session:
            item, meeting = find_item(session, item_id)
            state = MeetingState(session, meeting)
            _check_counts(tally, state, item)
            session.execute(delete(BallotRecord).where(BallotRecord.item_id == item_id))
            _judge(state, item, tally, "paper")
            session.flush()
            return details(session, meeting)

    def record_ballots(self, item_id: int, choices: dict[int, str]) -> MeetingDetails:
        """Member by member (member id → đồng ý / không đồng ý / không biểu quyết / phiếu
        không hợp lệ); the counts follow from them."""
        with self._transaction() as session:
            item, meeting = find_item(session, item_id)
            state = MeetingState(session, meeting)
            recused = state.recused(item.id)
            for member_id, choice in choices.items():
                _check_voter(state, meeting, member_id, choice, recused)
            tally = Tally(*(sum(1 for c in choices.values() if c == key) for key in CHOICES))
            _check_counts(tally, state, item)
            session.execute(delete(BallotRecord).where(BallotRecord.item_id == item_id))
            for member_id, choice in choices.items():
                session.add(BallotRecord(item_id=item_id, member_id=member_id, choice=choice))
            _judge(state, item, tally, "member")
            session.flush()
            return details(session, meeting)

    def clear_tally(self, item_id: int) -> MeetingDetails:
        with self._transaction() as session:
            item, meeting = find_item(session, item_id)
            session.execute(delete(BallotRecord).where(BallotRecord.item_id == item_id))
            item.tally_mode = ""
            item.agree = item.disagree = item.abstain = item.invalid = None
            item.result, item.threshold_text = None, ""
            item.required_votes = item.base_count = None
            session.flush()
            return details(session, meeting)


def _check_voter(
    state: MeetingState, meeting: MeetingRecord, member_id: int, choice: str, recused: set[int]
) -> None:
    member = state.member(member_id)
    day = format_date(meeting.held_on)
    if member is None:
        raise ValidationError(
            {
                "ballots": f"Người bỏ phiếu không trong nhiệm kỳ của Hội đồng vào ngày {day} nên "
                "không được biểu quyết."
            }
        )
    problem = ""
    if choice not in CHOICE_LABELS:
        problem = "lựa chọn không hợp lệ"
    elif not member.votes:
        problem = "không có quyền biểu quyết"
    elif not state.is_present(member_id):
        problem = "không có mặt tại cuộc họp"
    elif member_id in recused:
        problem = "đã được xác nhận không biểu quyết nội dung này"
    if problem:
        raise ValidationError({"ballots": f"{member.name}: {problem}."})


def _check_counts(tally: Tally, state: MeetingState, item: AgendaItemRecord) -> None:
    if min(tally.agree, tally.disagree, tally.abstain, tally.invalid) < 0:
        raise ValidationError({"tally": "Số phiếu không được âm."})
    quorum = state.quorum()
    if not quorum.met:
        raise ValidationError(
            {
                "tally": "Không thể ghi kết quả thông qua: cuộc họp không đủ số thành viên dự "
                f"họp. {quorum.describe()}"
            }
        )
    eligible: Eligible = state.eligible(item)
    if tally.total > eligible.present:
        raise ValidationError(
            {
                "tally": f"Tổng số phiếu ({tally.total}) lớn hơn số thành viên có mặt được biểu "
                f"quyết nội dung này ({eligible.present})."
            }
        )


def _judge(state: MeetingState, item: AgendaItemRecord, tally: Tally, mode: str) -> None:
    eligible = state.eligible(item)
    threshold = state.threshold(item)
    verdict = judge(tally, threshold, eligible.present, eligible.all_members)
    item.tally_mode = mode
    item.agree, item.disagree = tally.agree, tally.disagree
    item.abstain, item.invalid = tally.abstain, tally.invalid
    item.result = "dat" if verdict.passed else "khong_dat"
    item.threshold_text = threshold.describe()[:200]
    item.required_votes, item.base_count = verdict.required, verdict.base_count
