"""Recusal proposals: the member who is the subject, or whose own unit is."""

from __future__ import annotations

from datetime import date

from tdkt.councils.agenda import Concern
from tdkt.councils.recusal import CONFIRMED, DISMISSED, merge, proposals
from tdkt.councils.types import MemberRow


def _member(member_id: int, person_id: int | None, unit_id: int | None, name: str) -> MemberRow:
    return MemberRow(
        member_id,
        1,
        person_id,
        "",
        name,
        "",
        "uy_vien",
        True,
        date(2021, 4, 13),
        None,
        None,
        "",
        unit_id,
        member_id,
    )


MEMBERS = [
    _member(1, 10, 100, "Võ Văn Rân"),
    _member(2, 20, 200, "Nguyễn Văn Long"),
    _member(3, None, None, "Trần Ngọc Nhân"),  # an outside member: no person, no unit here
]


def test_the_subject_and_the_members_own_unit_are_proposed():
    nominee = Concern(frozenset({10}), frozenset(), "người được đề nghị khen thưởng")
    assert proposals(MEMBERS, nominee) == {1: "Thành viên là người được đề nghị khen thưởng."}
    collective = Concern(frozenset(), frozenset({200}))
    assert proposals(MEMBERS, collective) == {2: "Đơn vị của thành viên là đối tượng được xét."}
    assert proposals(MEMBERS, Concern(frozenset({99}), frozenset({999}))) == {}


def test_decisions_override_proposals_and_add_manual_ones():
    proposed = {1: "Thành viên là tác giả của sáng kiến."}
    decided = {1: (DISMISSED, ""), 3: (CONFIRMED, "Có quan hệ gia đình với tác giả")}
    rows = merge(7, MEMBERS, proposed, decided)
    assert [(r.member_id, r.state, r.automatic) for r in rows] == [
        (1, "dismissed", True),
        (3, "confirmed", False),
    ]
    assert (
        rows[0].reason == "Thành viên là tác giả của sáng kiến."
        and rows[1].state_label == "Không biểu quyết"
    )
