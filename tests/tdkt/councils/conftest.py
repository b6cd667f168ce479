"""A department with an Emulation Council of ten voting members and a non-voting secretary
(QĐ 609/QĐ-SCT of 13/4/2021), and an Initiative Council (QĐ 608/QĐ-SCT)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tdkt.app import Services
from tdkt.councils.types import CouncilDraft, CouncilRow, DecisionDraft, MemberDraft
from tests.factories import add_person, add_unit
from tests.tdkt.councils.sittings import hold_meeting, register_initiative

ROLES = ["chu_tich", "pho_chu_tich", "pho_chu_tich", "uy_vien_thuong_truc"] + ["uy_vien"] * 6


@dataclass
class Department:
    units: dict[str, int]
    people: list[int]  # CN01 … CN12
    emulation: CouncilRow
    initiative: CouncilRow


def establish(
    services: Services, council: CouncilRow, number: str, people: list[int]
) -> CouncilRow:
    members = [
        MemberDraft(role=role, person_id=pid) for role, pid in zip(ROLES, people, strict=False)
    ]
    members.append(MemberDraft(role="thu_ky", person_id=people[len(ROLES)], votes=False))
    return services.councils.apply_decision(
        council.id, DecisionDraft("thanh_lap", number, "13/04/2021", signer="Võ Văn Rân"), members
    )


@pytest.fixture
def department(services: Services) -> Department:
    root = add_unit(services, "SCT", "Sở Công Thương")
    office = add_unit(services, "VP", "Văn phòng Sở", parent_id=root.id)
    trade = add_unit(services, "QLTM", "Phòng Quản lý Thương mại", parent_id=root.id)
    people = []
    for number in range(1, 13):
        unit = office.id if number % 2 else trade.id
        person = add_person(
            services, unit, code=f"CN{number:02d}", full_name=f"Nguyễn Văn {chr(64 + number)}"
        )
        people.append(person.id)
    emulation = services.councils.create_council(
        CouncilDraft("thi_dua_khen_thuong", "Hội đồng Thi đua – Khen thưởng Sở")
    )
    initiative = services.councils.create_council(
        CouncilDraft("sang_kien", "Hội đồng xét duyệt sáng kiến")
    )
    emulation = establish(services, emulation, "609/QĐ-SCT", people)
    initiative = establish(services, initiative, "608/QĐ-SCT", people)
    return Department(
        {"SCT": root.id, "VP": office.id, "QLTM": trade.id}, people, emulation, initiative
    )


@pytest.fixture
def sitting(services, department):
    """The initiative council meeting with one initiative whose author sits on the council."""
    author = department.people[4]  # an ordinary member (uy_vien)
    initiative = register_initiative(services, [(author, "70"), (department.people[11], "30")])
    meeting = hold_meeting(services, department.initiative)
    meeting = services.meetings.add_item(meeting.meeting.id, "initiative", initiative.row.id)
    return meeting, initiative
