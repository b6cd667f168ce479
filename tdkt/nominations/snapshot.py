"""A line's subject as it stands when proposed (name, birth year, gender, position, unit,
leader flag), and the achievement summary and basis pre-filled from the eligibility
engine's explanation."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from tdkt.eligibility.types import HARD, Evaluation
from tdkt.people.records import PersonRecord
from tdkt.subjects.types import PERSON, SubjectRef
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


def snapshot(session: Session, subject: SubjectRef) -> Snapshot:
    if subject.kind == PERSON:
        person = session.get(PersonRecord, subject.id)
        assert person is not None
        unit = session.get(UnitRecord, person.unit_id)
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
    unit = session.get(UnitRecord, subject.id)
    assert unit is not None
    parent = session.get(UnitRecord, unit.parent_id) if unit.parent_id else None
    return Snapshot(
        subject.kind,
        unit.code,
        unit.name,
        None,
        "",
        "",
        parent.name if parent is not None else "",
        unit.id,
        False,
    )


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
