"""Small builders of test data through the real services."""

from __future__ import annotations

from tdkt.app import Services
from tdkt.awards.types import AwardDraft
from tdkt.people.types import PersonDetails, PersonDraft
from tdkt.units.types import UnitDraft, UnitRow


def add_unit(
    services: Services, code: str = "VP", name: str = "Văn phòng Sở", parent_id: int | None = None
) -> UnitRow:
    return services.units.create(UnitDraft(code=code, name=name, parent_id=parent_id))


def add_person(
    services: Services,
    unit_id: int,
    code: str = "CN01",
    full_name: str = "Nguyễn Văn An",
    gender: str = "nam",
    **extra: object,
) -> PersonDetails:
    draft = PersonDraft(code=code, full_name=full_name, gender=gender, unit_id=unit_id, **extra)  # type: ignore[arg-type]
    return services.people.create(draft)


def add_award(
    services: Services, subject_code: str, title_code: str, year: int, **extra: object
) -> object:
    return services.awards.create(
        AwardDraft(subject_code=subject_code, title_code=title_code, year=year, **extra)  # type: ignore[arg-type]
    )
