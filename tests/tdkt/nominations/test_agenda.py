"""Nomination lines on the Emulation Council's agenda: offered only to that council, the
nominee does not vote on their own line, and the item reads as the line."""

from __future__ import annotations

from tdkt.nominations.types import LineDraft
from tests.tdkt.nominations.conftest import hold_meeting, new_batch


def test_lines_of_draft_batches_are_offered_to_the_emulation_council(
    services, department, emulation_council
):
    batch = new_batch(services, "GK-2025", "GK_SO")
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "GK_SO", 2025))
    services.nominations.add_line(batch.batch.id, LineDraft("QLTM", "GK_SO", 2025))
    meeting = hold_meeting(services, emulation_council)
    offered = [
        c for c in services.meetings.candidates(meeting.meeting.id) if c.kind == "nomination_line"
    ]
    assert [c.label for c in offered] == [
        "GK-2025 – Phòng Quản lý Thương mại – Giấy khen",
        "GK-2025 – Lê Văn Đông – Giấy khen",
    ]
    meeting = services.meetings.add_items(meeting.meeting.id, [(c.kind, c.ref_id) for c in offered])
    titles = [item.title for item in meeting.items]
    assert titles == [
        "Đề nghị Giấy khen của Giám đốc Sở năm 2025: Phòng Quản lý Thương mại",
        "Đề nghị Giấy khen của Giám đốc Sở năm 2025: Lê Văn Đông",
    ]
    recused = {(r.item_id, r.member_id) for r in meeting.recusals}
    members = {m.id: m for m in services.councils.members(emulation_council.id)}
    people = {department.people[c].id: c for c in department.people}
    named = {
        (
            meeting.items[[i.id for i in meeting.items].index(item_id)].title.split(": ")[1],
            people[members[member_id].person_id],
        )
        for item_id, member_id in recused
    }
    # Lê Văn Đông (CN01) on his own line; everyone of the council working in the division
    # (the secretary CN02 too, who does not vote anyway) on the division's line.
    assert named == {
        ("Lê Văn Đông", "CN01"),
        ("Phòng Quản lý Thương mại", "CN01"),
        ("Phòng Quản lý Thương mại", "CN02"),
        ("Phòng Quản lý Thương mại", "CN03"),
        ("Phòng Quản lý Thương mại", "CN04"),
    }
