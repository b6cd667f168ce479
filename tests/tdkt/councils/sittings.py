"""Builders of a council meeting for the councils tests (the `sitting` fixture is in
conftest.py)."""

from __future__ import annotations

from tdkt.councils.types import MeetingDraft
from tdkt.initiatives.types import AuthorDraft, InitiativeDraft


def hold_meeting(services, council, held_on="20/11/2021"):
    members = services.councils.members(council.id)
    chair = next(m for m in members if m.role == "chu_tich")
    secretary = next(m for m in members if m.role == "thu_ky")
    return services.meetings.create(
        MeetingDraft(
            council_id=council.id,
            held_on=held_on,
            place="Phòng họp Sở",
            purpose="Xét công nhận sáng kiến năm 2021",
            start_time="8:00",
            end_time="10g30",
            chair_member_id=chair.id,
            secretary_member_id=secretary.id,
        )
    )


def register_initiative(services, author_ids, title="Số hóa hồ sơ thi đua, khen thưởng"):
    authors = tuple(AuthorDraft(pid, share) for pid, share in author_ids)
    return services.initiatives.register(
        InitiativeDraft(title=title, authors=authors, registered_on="01/03/2021")
    )


def mark_present(services, meeting, count):
    """The first `count` voting members present, the rest absent."""
    voters = [a.member for a in meeting.attendance if a.member.votes]
    flags = {m.id: i < count for i, m in enumerate(voters)}
    return services.meetings.set_attendance(meeting.meeting.id, flags)
