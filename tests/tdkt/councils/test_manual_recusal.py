"""Recusals added by hand (a member nominated themselves, a declared conflict) and taken back:
only voting members of the meeting's day, with a reason, before the item has a result,
audited; a computed proposal is set aside, not removed."""

from __future__ import annotations

import pytest

from tdkt.audit.types import AuditQuery
from tdkt.councils.voting import Tally
from tdkt.errors import ConflictError, NotFoundError, ValidationError
from tests.tdkt.councils.sittings import mark_present as _present


def _voter(meeting, role="uy_vien", skip=()):  # type: ignore[no-untyped-def]
    return next(
        a.member
        for a in meeting.attendance
        if a.member.role == role and a.member.votes and a.member.id not in skip
    )


def test_a_member_declaring_a_conflict_does_not_vote(services, sitting):
    meeting, _ = sitting
    item = meeting.items[0]
    author = meeting.recusals[0].member_id
    member = _voter(meeting, skip={author})
    meeting = services.ballots.add_recusal(item.id, member.id, "  Có quan hệ gia đình với tác giả ")
    added = next(r for r in meeting.recusals if r.member_id == member.id)
    assert (added.state, added.automatic, added.reason) == (
        "confirmed",
        False,
        "Có quan hệ gia đình với tác giả",
    )
    assert meeting.recused(item.id) == {member.id}
    meeting = _present(services, meeting, 10)
    with pytest.raises(ValidationError, match=r"lớn hơn .*\(9\)"):
        services.ballots.record_tally(item.id, Tally(agree=10))
    entries = services.audit.page(AuditQuery(entity="recusal")).entries
    assert [e.action for e in entries] == ["insert"]


def test_taking_a_hand_added_recusal_back(services, sitting):
    meeting, _ = sitting
    item = meeting.items[0]
    member = _voter(meeting, role="pho_chu_tich")
    services.ballots.add_recusal(item.id, member.id, "Được đề nghị khen thưởng cùng đợt")
    meeting = services.ballots.remove_recusal(item.id, member.id)
    assert all(r.member_id != member.id for r in meeting.recusals)
    assert meeting.recused(item.id) == set()
    actions = [e.action for e in services.audit.page(AuditQuery(entity="recusal")).entries]
    assert sorted(actions) == ["delete", "insert"]
    with pytest.raises(NotFoundError, match="không ở trong danh sách không biểu quyết"):
        services.ballots.remove_recusal(item.id, member.id)


def test_a_reason_a_voting_member_and_no_duplicate_are_required(services, sitting):
    meeting, _ = sitting
    item = meeting.items[0]
    with pytest.raises(ValidationError) as missing:
        services.ballots.add_recusal(item.id, _voter(meeting).id, "   ")
    assert missing.value.errors == {"reason": "Hãy ghi lý do thành viên không biểu quyết."}
    secretary = next(a.member for a in meeting.attendance if not a.member.votes)
    with pytest.raises(ValidationError, match="không có quyền biểu quyết"):
        services.ballots.add_recusal(item.id, secretary.id, "Xung đột lợi ích")
    with pytest.raises(ValidationError, match="không phải thành viên Hội đồng"):
        services.ballots.add_recusal(item.id, 987654, "Xung đột lợi ích")
    with pytest.raises(ValidationError, match="dài quá 300"):
        services.ballots.add_recusal(item.id, _voter(meeting).id, "x" * 301)
    author = meeting.recusals[0].member_id
    services.ballots.set_recusal(item.id, author, "xac_nhan")
    with pytest.raises(ConflictError, match="đã ở trong danh sách không biểu quyết"):
        services.ballots.add_recusal(item.id, author, "Là tác giả")
    assert services.audit.page(AuditQuery(entity="recusal")).total == 1  # only the confirmation


def test_a_set_aside_proposal_can_be_added_back_by_hand(services, sitting):
    meeting, _ = sitting
    item, author = meeting.items[0], meeting.recusals[0].member_id
    services.ballots.set_recusal(item.id, author, "bo_qua")
    meeting = services.ballots.add_recusal(item.id, author, "Tác giả xin không biểu quyết")
    (row,) = meeting.recusals
    assert (row.state, row.reason) == ("confirmed", "Tác giả xin không biểu quyết")


def test_a_computed_proposal_is_set_aside_not_removed(services, sitting):
    meeting, _ = sitting
    item, author = meeting.items[0], meeting.recusals[0].member_id
    services.ballots.set_recusal(item.id, author, "xac_nhan")
    with pytest.raises(ValidationError, match="Vẫn biểu quyết"):
        services.ballots.remove_recusal(item.id, author)
    assert services.meetings.get(meeting.meeting.id).recused(item.id) == {author}


def test_nothing_changes_once_the_item_has_a_result(services, sitting):
    meeting, _ = sitting
    item = meeting.items[0]
    member = _voter(meeting)
    services.ballots.add_recusal(item.id, member.id, "Xung đột lợi ích")
    meeting = _present(services, meeting, 10)
    services.ballots.record_tally(item.id, Tally(agree=7, disagree=2))
    with pytest.raises(ConflictError, match="đã có kết quả"):
        services.ballots.remove_recusal(item.id, member.id)
    other = _voter(meeting, skip={member.id})
    with pytest.raises(ConflictError, match="đã có kết quả"):
        services.ballots.add_recusal(item.id, other.id, "Xung đột lợi ích")
