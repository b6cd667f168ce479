"""A line's subject as it stands when proposed (name, birth year, gender, position, unit,
leader flag), and the achievement summary and basis pre-filled from the eligibility
engine's explanation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tdkt.eligibility.types import HARD, Evaluation
from tdkt.errors import NotFoundError
from tdkt.people.records import PersonRecord
from tdkt.subjects.types import PERSON, UNIT, SubjectRef
from tdkt.units.records import UnitRecord


@dataclass(frozen=True)
class Snapshot:
    subject_kind: str
    subject_code: str
    subject_name: str
    birth_year: int | None
    gender: str
    position: str
    unit_name: str
    home_unit_id: int | None
    is_leader: bool

    def apply(self, line) -> None:  # type: ignore[no-untyped-def]
        for name, value in vars(self).items():
            setattr(line, name, value)


CHUNK = 900  # SQLite's limit on bound parameters


def snapshots(
    session: Session, subjects: Sequence[tuple[str, int]]
) -> dict[tuple[str, int], Snapshot]:
    """Many subjects at once (a thousand rows of the eligibility page): a few queries."""
    units = {u.id: u for u in session.scalars(select(UnitRecord))}
    ids = [subject_id for kind, subject_id in subjects if kind == PERSON]
    people: dict[int, PersonRecord] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        people.update(
            (p.id, p)
            for p in session.scalars(select(PersonRecord).where(PersonRecord.id.in_(chunk)))
        )
    found = {}
    for kind, subject_id in subjects:
        if kind == PERSON and subject_id in people:
            found[kind, subject_id] = _person(people[subject_id], units)
        elif kind != PERSON and subject_id in units:
            found[kind, subject_id] = _unit(units[subject_id], units)
    missing = [pair for pair in subjects if pair not in found]
    if missing:
        raise NotFoundError(f"{len(missing)} cá nhân, đơn vị không còn tồn tại.")
    return found


def _person(person: PersonRecord, units: dict[int, UnitRecord]) -> Snapshot:
    unit = units.get(person.unit_id)
    return Snapshot(
        PERSON,
        person.code,
        person.full_name,
        person.birth_date.year if person.birth_date else person.birth_year,
        person.gender,
        person.position,
        unit.name if unit is not None else "",
        person.unit_id,
        person.is_leader,
    )


def _unit(unit: UnitRecord, units: dict[int, UnitRecord]) -> Snapshot:
    parent = units.get(unit.parent_id) if unit.parent_id else None
    return Snapshot(
        UNIT, unit.code, unit.name, None, "", "", parent.name if parent else "", unit.id, False
    )


def snapshot(session: Session, subject: SubjectRef) -> Snapshot:
    return snapshots(session, [(subject.kind, subject.id)])[subject.kind, subject.id]


# Checks that rule something out (discipline, a title already held, a window already
# spent, service time) say nothing an achievement summary would: they are left out of it.
SAFEGUARDS = frozenset(
    {
        "no_discipline_in_window",
        "no_discipline_in_year",
        "no_member_discipline",
        "not_held",
        "window_not_spent",
        "serving_at_year_end",
        "service_months",
        "presumed",
        "judgement",
    }
)


def _achievement(criterion: object) -> bool:
    spec = getattr(criterion, "spec", None)
    return getattr(criterion, "kind", "") == HARD and getattr(spec, "check", "") not in SAFEGUARDS


def prefilled(evaluation: Evaluation | None) -> tuple[str, str]:
    """(summary, basis) from what the records show: the details of the achievements the
    criteria found, and what the title would rest on (a rating code or initiative codes)."""
    if evaluation is None:
        return "", ""
    details = [
        outcome.detail
        for criterion, outcome in zip(evaluation.criteria, evaluation.outcomes, strict=True)
        if _achievement(criterion) and outcome.passed and outcome.detail
    ]
    summary = "; ".join(dict.fromkeys(details))
    return (summary + "." if summary else ""), evaluation.ground
