"""The reference to a person or a unit that ratings, awards and nominations point at."""

from __future__ import annotations

from dataclasses import dataclass

PERSON = "ca_nhan"
UNIT = "tap_the"
KIND_LABELS = {PERSON: "Cá nhân", UNIT: "Tập thể"}


@dataclass(frozen=True)
class SubjectRef:
    kind: str  # PERSON or UNIT
    id: int
    code: str
    name: str

    @property
    def is_person(self) -> bool:
        return self.kind == PERSON
