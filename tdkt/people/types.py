"""People DTOs: the draft a form fills (dates as typed), rows for lists, details and year strip."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tdkt.text import format_date

GENDER_LABELS = {"nam": "Nam", "nu": "Nữ"}


def birth_text(birth_date: date | None, birth_year: int | None) -> str:
    """A birth as records write it: the date when known, else the year alone."""
    if birth_date is not None:
        return format_date(birth_date)
    return str(birth_year) if birth_year else ""


@dataclass(frozen=True)
class PersonDraft:
    """What the user typed. Dates are text (`dd/mm/yyyy`; birth may be a year) so the domain,
    not the form, decides what is valid and says so in Vietnamese."""

    code: str
    full_name: str
    gender: str  # "nam" | "nu"
    unit_id: int | None
    birth: str = ""
    position: str = ""
    is_leader: bool = False
    recruited_on: str = ""
    sector_started_on: str = ""
    toxic_work: bool = False
    cccd: str = ""
    left_on: str = ""
    note: str = ""


@dataclass(frozen=True)
class PersonRow:
    id: int
    code: str
    full_name: str
    gender: str
    birth_date: date | None
    birth_year: int | None
    unit_id: int
    unit_name: str
    position: str
    is_leader: bool
    cccd: str
    left_on: date | None
    name_key: str
    search_text: str

    @property
    def birth_text(self) -> str:
        return birth_text(self.birth_date, self.birth_year)


@dataclass(frozen=True)
class PersonDetails:
    id: int
    code: str
    full_name: str
    gender: str
    birth_date: date | None
    birth_year: int | None
    unit_id: int
    unit_name: str
    position: str
    is_leader: bool
    recruited_on: date | None
    sector_started_on: date | None
    toxic_work: bool
    cccd: str
    left_on: date | None
    note: str
    version: int


@dataclass(frozen=True)
class YearEntry:
    """One year of a person's record: the strip in the detail view."""

    year: int
    rating: str = ""
    awards: tuple[str, ...] = ()
    discipline: tuple[str, ...] = ()
    initiatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class YearStrip:
    person_id: int
    years: list[YearEntry] = field(default_factory=list)
