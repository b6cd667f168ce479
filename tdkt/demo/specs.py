"""Plain records of the generated world, before they become database rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class UnitSpec:
    id: int
    code: str
    name: str
    parent_id: int | None
    sort_order: int
    kind: str  # root | office | inspect | dept | center | center_dept | district | ...
    domain: str  # which pool of initiative subjects fits the unit's work


@dataclass(frozen=True)
class PersonSpec:
    id: int
    code: str
    full_name: str
    gender: str
    birth_date: date | None
    birth_year: int
    unit_id: int
    position: str
    is_leader: bool
    role: str  # director | deputy_director | head | deputy | staff
    recruited_on: date
    sector_started_on: date
    toxic_work: bool
    cccd: str | None
    left_on: date | None
    note: str = ""

    def works_in(self, year: int) -> bool:
        """Worked at least part of the year (so the year has a rating)."""
        left_on = self.left_on
        return self.recruited_on.year <= year and (left_on is None or left_on.year >= year)

    def stays_through(self, year: int) -> bool:
        """Still at the agency at the end of the year, when the year's titles are decided."""
        return self.recruited_on.year <= year and (
            self.left_on is None or self.left_on > date(year, 12, 31)
        )


@dataclass(frozen=True)
class DisciplineSpec:
    id: int
    person_id: int
    form: str
    effective_on: date
    ends_on: date
    decision_no: str
    reason: str

    def years(self) -> range:
        return range(self.effective_on.year, self.ends_on.year + 1)


@dataclass(frozen=True)
class InitiativeSpec:
    id: int
    code: str
    title: str
    year: int
    scope: str
    first_applied_on: date
    decision_no: str
    decision_date: date
    authors: tuple[tuple[int, int], ...]  # (person id, percent share), main author first


@dataclass(frozen=True)
class AwardSpec:
    code: str  # catalogue code (EXCHANGE.md §2)
    year: int
    person_id: int | None
    unit_id: int | None
    kind: str
    decision_no: str
    decision_date: date
    content: str
    basis: str = ""
    initiative_ids: tuple[int, ...] = ()
    bonus_coefficient: str | None = None
    base_salary: int | None = None


@dataclass
class History:
    """Ratings, discipline and initiatives of every year, which the award rules read."""

    first_year: int
    last_year: int
    ratings: dict[int, dict[int, str]] = field(default_factory=dict)  # person → year → grade
    unit_ratings: dict[int, dict[int, str]] = field(default_factory=dict)
    discipline: list[DisciplineSpec] = field(default_factory=list)
    initiatives: list[InitiativeSpec] = field(default_factory=list)
    stars: dict[str, int] = field(default_factory=dict)  # scripted track → person id
    innovators: set[int] = field(default_factory=set)  # write an initiative most years

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)

    def disciplined_years(self) -> dict[int, set[int]]:
        """Years touched by a discipline period, per person: no title rests on them."""
        found: dict[int, set[int]] = {}
        for record in self.discipline:
            found.setdefault(record.person_id, set()).update(record.years())
        return found

    def heavy_discipline_years(self) -> dict[int, set[int]]:
        """Years touched by cảnh cáo or heavier (the old collective-title exclusion)."""
        found: dict[int, set[int]] = {}
        for record in self.discipline:
            if record.form != "khien_trach":
                found.setdefault(record.person_id, set()).update(record.years())
        return found
