"""The two councils of the seeds, reconstituted by QĐ 609/QĐ-SCT (Thi đua – Khen thưởng) and
QĐ 608/QĐ-SCT (xét duyệt sáng kiến) of 13/4/2021, the emulation council's next
reconstitution, and who sat on them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from random import Random

from tdkt.demo.days import random_day
from tdkt.demo.decisions import DecisionBook
from tdkt.demo.names import draw_name
from tdkt.demo.specs import PersonSpec, UnitSpec

SEED_DAY = date(2021, 4, 13)
EMULATION, INITIATIVE = 1, 2
COUNCILS = (
    (
        EMULATION,
        "thi_dua_khen_thuong",
        "Hội đồng Thi đua – Khen thưởng",
        "609/QĐ-SCT",
    ),
    (INITIATIVE, "sang_kien", "Hội đồng xét duyệt sáng kiến", "608/QĐ-SCT"),
)
EXPERT_POSITION = "Phó Trưởng phòng Quản lý khoa học, Sở Khoa học và Công nghệ"


# (person or None for an outside member, role, votes, position as the decision words it)
Role = tuple[PersonSpec | None, str, bool, str]


@dataclass(frozen=True)
class DecisionSpec:
    id: int
    council_id: int
    number: str
    signed_on: date


@dataclass(frozen=True)
class MemberSpec:
    id: int
    council_id: int
    decision_id: int
    person_id: int | None
    outside_name: str
    position: str
    role: str
    votes: bool
    from_date: date
    to_date: date | None
    sort_order: int

    def serves_on(self, day: date) -> bool:
        return self.from_date <= day and (self.to_date is None or day <= self.to_date)


@dataclass
class Councils:
    decisions: list[DecisionSpec]
    members: list[MemberSpec]


def council_position(person: PersonSpec, unit: UnitSpec) -> str:
    """How a decision names the member: "Phó Giám đốc Sở", "Trưởng phòng Quản lý Thương mại"."""
    if unit.kind == "root" or (unit.kind in ("office", "inspect") and person.role != "staff"):
        return f"{person.position} Sở"
    if unit.kind == "dept" and person.role in ("head", "deputy"):
        return f"{person.position} {unit.name.removeprefix('Phòng ')}"
    if unit.kind == "center" and person.role in ("head", "deputy"):
        return f"{person.position} {unit.name.removeprefix('Trung tâm ')}"
    if unit.kind in ("office", "inspect"):
        return f"{person.position} {unit.name}"
    return f"{person.position}, {unit.name}"


class CouncilBuilder:
    def __init__(self, rng: Random, people: list[PersonSpec], units: list[UnitSpec]) -> None:
        self._rng = rng
        self._people = people
        self._units = {u.id: u for u in units}
        self.result = Councils([], [])

    def build(self, book: DecisionBook, last_year: int) -> Councils:
        if last_year < SEED_DAY.year:
            return self.result
        self._appoint(EMULATION, "609/QĐ-SCT", SEED_DAY, self._emulation_roles(SEED_DAY))
        self._appoint(INITIATIVE, "608/QĐ-SCT", SEED_DAY, self._initiative_roles(SEED_DAY))
        if last_year >= 2023:  # the union's chair joins as a vice-chair: a kiện toàn
            day = random_day(self._rng, date(2023, 7, 3), date(2023, 9, 29))
            self._end_terms(EMULATION, day - timedelta(days=1))
            roles = self._emulation_roles(day)
            roles.insert(3, self._union_chair(day))
            self._appoint(EMULATION, book.number("SCT", day), day, roles)
        return self.result

    # --- who

    def _working(self, day: date) -> list[PersonSpec]:
        return [
            p
            for p in self._people
            if p.recruited_on <= day and (p.left_on is None or p.left_on > day)
        ]

    def _in_unit(
        self, people: list[PersonSpec], code_kinds: tuple[str, ...], role: str
    ) -> list[PersonSpec]:
        return [p for p in people if self._units[p.unit_id].kind in code_kinds and p.role == role]

    def _emulation_roles(self, day: date) -> list[Role]:
        working = self._working(day)
        director = next(p for p in working if p.role == "director")
        deputies = [p for p in working if p.role == "deputy_director"][:2]
        office_head = self._in_unit(working, ("office",), "head")
        heads = self._in_unit(working, ("inspect", "dept", "center"), "head")
        secretary = self._secretary(working, day)
        roles: list[Role] = [(director, "chu_tich", True, "")]
        roles += [(p, "pho_chu_tich", True, "") for p in deputies]
        roles += [(p, "uy_vien_thuong_truc", True, "") for p in office_head[:1]]
        roles += [(p, "uy_vien", True, "") for p in heads]
        roles += [(secretary, "thu_ky", False, "")]
        return roles

    def _initiative_roles(self, day: date) -> list[Role]:
        working = self._working(day)
        deputy = next(p for p in working if p.role == "deputy_director")
        office_head = self._in_unit(working, ("office",), "head")
        heads = self._in_unit(working, ("dept", "center"), "head")
        roles: list[Role] = [(deputy, "chu_tich", True, "")]
        roles += [(p, "pho_chu_tich", True, "") for p in office_head[:1]]
        roles += [(p, "uy_vien", True, "") for p in heads]
        roles += [(None, "uy_vien", True, EXPERT_POSITION)]  # an expert from outside
        roles += [(self._secretary(working, day), "thu_ky", False, "")]
        return roles

    def _union_chair(self, day: date) -> Role:
        deputy = min(self._in_unit(self._working(day), ("office",), "deputy"), key=lambda p: p.id)
        position = council_position(deputy, self._units[deputy.unit_id])
        return deputy, "pho_chu_tich", True, f"{position}, Chủ tịch Công đoàn cơ sở"

    def _secretary(self, working: list[PersonSpec], day: date) -> PersonSpec:
        """The office's longest-serving staff member keeps the emulation files."""
        staff = self._in_unit(working, ("office",), "staff")
        return min(staff, key=lambda p: (p.recruited_on, p.id))

    # --- records

    def _appoint(
        self,
        council_id: int,
        number: str,
        day: date,
        roles: list[Role],
    ) -> None:
        decision = DecisionSpec(len(self.result.decisions) + 1, council_id, number, day)
        self.result.decisions.append(decision)
        for order, (person, role, votes, position) in enumerate(roles):
            if person is None:
                name = draw_name(self._rng, "nu" if self._rng.random() < 0.5 else "nam")
            else:
                name = ""
                position = position or council_position(person, self._units[person.unit_id])
            self.result.members.append(
                MemberSpec(
                    len(self.result.members) + 1,
                    council_id,
                    decision.id,
                    person.id if person else None,
                    name,
                    position,
                    role,
                    votes,
                    day,
                    None,
                    order,
                )
            )

    def _end_terms(self, council_id: int, last_day: date) -> None:
        members = self.result.members
        for index, member in enumerate(members):
            if member.council_id == council_id and member.to_date is None:
                members[index] = MemberSpec(**{**vars(member), "to_date": last_day})
