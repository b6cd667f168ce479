"""Members over time: who sat on the council on a given day, through a reconstitution."""

from __future__ import annotations

from datetime import date

import pytest

from tdkt.councils.types import DecisionDraft, MemberDraft
from tdkt.errors import ConflictError, ValidationError


def test_members_on_a_date(services, department):
    council = department.emulation
    assert services.councils.members(council.id, on=date(2021, 4, 12)) == []
    sitting = services.councils.members(council.id, on=date(2021, 4, 13))
    assert len(sitting) == 11
    assert [m.role for m in sitting][:2] == ["chu_tich", "pho_chu_tich"]
    assert sitting[-1].role == "thu_ky" and not sitting[-1].votes
    assert all(m.decision_number == "609/QĐ-SCT" for m in sitting)


def test_reconstitution_ends_the_old_terms_the_day_before(services, department):
    council = department.emulation
    people = department.people
    new_list = [
        MemberDraft(role="chu_tich", person_id=people[1]),
        MemberDraft(role="uy_vien", person_id=people[0]),
        MemberDraft(
            role="uy_vien", outside_name="Trần Thị Hoa", position="Chủ tịch Công đoàn cơ sở"
        ),
        MemberDraft(role="thu_ky", person_id=people[11], votes=False),
    ]
    services.councils.apply_decision(
        council.id, DecisionDraft("kien_toan", "1250/QĐ-SCT", "01/07/2023"), new_list
    )
    before = services.councils.members(council.id, on=date(2023, 6, 30))
    after = services.councils.members(council.id, on=date(2023, 7, 1))
    assert len(before) == 11 and len(after) == 4
    assert after[0].person_id == people[1] and after[0].role == "chu_tich"
    assert any(m.outside and m.name == "Trần Thị Hoa" for m in after)
    history = services.councils.members(council.id)
    assert len(history) == 15
    first_chair = next(m for m in history if m.person_id == people[0] and m.role == "chu_tich")
    assert first_chair.to_date == date(2023, 6, 30)
    decisions = services.councils.list_councils()
    labels = [d.label for c in decisions if c.id == council.id for d in c.decisions]
    assert labels == [
        "Thành lập: 609/QĐ-SCT ngày 13/04/2021",
        "Kiện toàn: 1250/QĐ-SCT ngày 01/07/2023",
    ]


def test_decisions_out_of_order_are_refused(services, department):
    council = department.emulation
    one = [MemberDraft(role="chu_tich", person_id=department.people[0])]
    with pytest.raises(ValidationError, match="phải sau ngày hiệu lực của quyết định trước"):
        services.councils.apply_decision(
            council.id, DecisionDraft("kien_toan", "5/QĐ-SCT", "01/01/2021"), one
        )
    with pytest.raises(ConflictError, match="đã được thành lập"):
        services.councils.apply_decision(
            council.id, DecisionDraft("thanh_lap", "6/QĐ-SCT", "01/01/2022"), one
        )
    with pytest.raises(ValidationError, match="Ngày hiệu lực không được trước ngày ký"):
        services.councils.apply_decision(
            council.id, DecisionDraft("kien_toan", "7/QĐ-SCT", "05/01/2022", "01/01/2022"), one
        )
    assert len(services.councils.members(council.id)) == 11  # nothing half-written


def test_a_member_list_needs_exactly_one_chair(services, department):
    two_chairs = [MemberDraft(role="chu_tich", person_id=p) for p in department.people[:2]]
    with pytest.raises(ValidationError, match="đúng một Chủ tịch"):
        services.councils.apply_decision(
            department.emulation.id,
            DecisionDraft("kien_toan", "8/QĐ-SCT", "01/01/2022"),
            two_chairs,
        )


def test_term_dates_out_of_order_and_overlaps_are_refused(services, department):
    council = department.emulation
    member = services.councils.members(council.id)[0]
    with pytest.raises(ValidationError, match="trước ngày bắt đầu"):
        services.councils.end_term(member.id, "01/01/2020")
    with pytest.raises(ConflictError, match="đã là thành viên"):
        services.councils.add_member(
            council.id,
            MemberDraft(role="uy_vien", person_id=member.person_id, from_date="01/01/2022"),
        )
    with pytest.raises(ValidationError, match="trước ngày bắt đầu"):
        services.councils.add_member(
            council.id,
            MemberDraft(
                role="uy_vien",
                outside_name="Lê Văn Khách",
                from_date="05/05/2022",
                to_date="01/05/2022",
            ),
        )
    ended = services.councils.end_term(member.id, "31/12/2022")
    assert ended.to_date == date(2022, 12, 31)
    assert member.id not in {
        m.id for m in services.councils.members(council.id, on=date(2023, 1, 1))
    }
