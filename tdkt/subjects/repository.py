"""Find subjects by code; person and unit codes share one name space."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.errors import ConflictError
from tdkt.people.records import PersonRecord
from tdkt.subjects.types import PERSON, UNIT, SubjectRef
from tdkt.units.records import UnitRecord


def find_subject(session: Session, code: str) -> SubjectRef | None:
    person = session.scalar(select(PersonRecord).where(PersonRecord.code == code))
    if person is not None:
        return SubjectRef(PERSON, person.id, person.code, person.full_name)
    unit = session.scalar(select(UnitRecord).where(UnitRecord.code == code))
    if unit is not None:
        return SubjectRef(UNIT, unit.id, unit.code, unit.name)
    return None


def ensure_code_free(session: Session, code: str, own: tuple[str, int | None]) -> None:
    """Refuse a code already used by another person or unit (they are looked up together)."""
    found = find_subject(session, code)
    if found is None:
        return
    kind, own_id = own
    own_kind = PERSON if kind == "person" else UNIT
    if found.kind == own_kind and found.id == own_id:
        return
    what = "cá nhân" if found.kind == PERSON else "đơn vị"
    raise ConflictError(f'Mã "{code}" đã được dùng cho {what} "{found.name}".', field="code")
