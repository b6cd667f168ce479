"""What can stand on a meeting's agenda: each kind of item (an initiative; a nomination line
later) says what the item is, which threshold applies, and whom it concerns (for recusal).

A feature adds its kind by listing its module in KIND_MODULES; the module calls `register`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.orm import Session

from tdkt.councils.types import AgendaCandidate

# Every module that registers an agenda kind; a new feature adds its line here.
KIND_MODULES = ("tdkt.councils.initiative_items", "tdkt.nominations.agenda_items")


@dataclass(frozen=True)
class AgendaSubject:
    """An item as it stands when it is put on the agenda."""

    title: str
    description: str
    threshold_key: str  # a catalogue title code, or "SANG_KIEN"
    year: int | None  # the year of the achievement (chooses the rules in force)


@dataclass(frozen=True)
class Concern:
    """Whom an item concerns, for recusal: the people and units it is about."""

    person_ids: frozenset[int]  # people the item is about (authors, the nominee)
    unit_ids: frozenset[int]  # units the item is about (a collective nominee)
    person_role: str = "người được xét"  # how the recusal reason names such a person


class AgendaKind(Protocol):
    key: str
    label: str
    council_kinds: tuple[str, ...]  # the councils that vote on this kind

    def describe(self, session: Session, ref_id: int) -> AgendaSubject | None:
        """The subject, or None when the referenced record is gone."""

    def concerns(self, session: Session, ref_ids: list[int]) -> dict[int, Concern]:
        """Whom each item concerns, for many items at once (a meeting may hold hundreds)."""

    def candidates(self, session: Session, year: int | None) -> list[AgendaCandidate]:
        """What may be put on an agenda now."""

    def on_added(self, session: Session, ref_id: int) -> None:
        """React to being put on an agenda (an initiative goes under review)."""


_KINDS: dict[str, AgendaKind] = {}


def register(kind: AgendaKind) -> None:
    _KINDS[kind.key] = kind


def agenda_kinds() -> dict[str, AgendaKind]:
    for name in KIND_MODULES:
        importlib.import_module(name)
    return dict(_KINDS)


def agenda_kind(key: str) -> AgendaKind | None:
    return agenda_kinds().get(key)
