"""A small department for nomination tests: two units in chart order, people whose names
test the Vietnamese order (D before Đ, given name first) and a leader who prints first."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tdkt.agency.types import QUANG_NGAI_EXAMPLE
from tdkt.app import Services
from tdkt.nominations.types import BatchDetails, BatchDraft
from tests.factories import add_person, add_unit

# (code, name, gender, birth, unit index, position, leader)
STAFF = (
    ("CN01", "Lê Văn Đông", "nam", "1980", 1, "Chuyên viên", False),
    ("CN02", "Trần Văn Dũng", "nam", "1985", 1, "Chuyên viên", False),
    ("CN03", "Phạm Văn Tuấn", "nam", "1975", 1, "Trưởng phòng", True),
    ("CN04", "Nguyễn Thị Dương", "nu", "1990", 1, "Chuyên viên", False),
    ("CN05", "Võ Thị An", "nu", "1988", 0, "Chuyên viên", False),
    ("CN06", "Hồ Văn Bình", "nam", "1979", 0, "Chánh Văn phòng", True),
)


@dataclass
class Department:
    office: object  # UnitRow "VP"
    trade: object  # UnitRow "QLTM"
    people: dict[str, object]  # code → PersonDetails


@pytest.fixture
def department(services: Services) -> Department:
    services.agency.save(QUANG_NGAI_EXAMPLE)
    office = add_unit(services, "VP", "Văn phòng Sở")
    trade = add_unit(services, "QLTM", "Phòng Quản lý Thương mại")
    units = (office, trade)
    people = {}
    for code, name, gender, birth, unit, position, leader in STAFF:
        people[code] = add_person(
            services,
            units[unit].id,
            code,
            name,
            gender,
            birth=birth,
            position=position,
            is_leader=leader,
            recruited_on="01/01/2015",
        )
        services.ratings.set_rating("ca_nhan", people[code].id, 2025, "HTTNV")
    for unit in units:
        services.ratings.set_rating("tap_the", unit.id, 2025, "HTTNV")
    return Department(office, trade, people)


def new_batch(
    services: Services, name: str = "LDTT-2025", title: str = "LDTT", **extra: object
) -> BatchDetails:
    return services.nominations.create_batch(
        BatchDraft(name=name, title_code=title, year=2025, **extra)  # type: ignore[arg-type]
    )


def subjects(department: Department, *codes: str) -> list[tuple[str, int]]:
    return [("ca_nhan", department.people[code].id) for code in codes]  # type: ignore[attr-defined]


@pytest.fixture
def emulation_council(services: Services, department: Department):  # type: ignore[no-untyped-def]
    """The Emulation Council: five voting members and a secretary who does not vote."""
    from tdkt.councils.types import CouncilDraft, DecisionDraft, MemberDraft

    council = services.councils.create_council(
        CouncilDraft("thi_dua_khen_thuong", "Hội đồng Thi đua – Khen thưởng")
    )
    roles = (
        ("CN06", "chu_tich"),
        ("CN03", "pho_chu_tich"),
        ("CN05", "uy_vien"),
        ("CN04", "uy_vien"),
        ("CN01", "uy_vien"),
    )
    members = [
        MemberDraft(role=role, person_id=department.people[code].id)  # type: ignore[attr-defined]
        for code, role in roles
    ]
    members.append(
        MemberDraft(role="thu_ky", person_id=department.people["CN02"].id, votes=False)  # type: ignore[attr-defined]
    )
    return services.councils.apply_decision(
        council.id,
        DecisionDraft("thanh_lap", "609/QĐ-SCT", "13/04/2021", signer="Võ Văn Rân"),
        members,
    )


def hold_meeting(services: Services, council, held_on: str = "10/12/2025"):  # type: ignore[no-untyped-def]
    from tdkt.councils.types import MeetingDraft

    members = services.councils.members(council.id)
    chair = next(m for m in members if m.role == "chu_tich")
    secretary = next(m for m in members if m.role == "thu_ky")
    meeting = services.meetings.create(
        MeetingDraft(
            council_id=council.id,
            held_on=held_on,
            place="Phòng họp Sở",
            purpose="Xét, đề nghị khen thưởng năm 2025",
            chair_member_id=chair.id,
            secretary_member_id=secretary.id,
        )
    )
    everyone = {a.member.id: True for a in meeting.attendance}
    return services.meetings.set_attendance(meeting.meeting.id, everyone)
