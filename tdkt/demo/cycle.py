"""The year's cycle around the records: movements, registrations and pledges, the councils
and the initiative council's meetings. Built after the awards, because registrations are
drawn against what each person and unit went on to achieve."""

from __future__ import annotations

from dataclasses import dataclass, field
from random import Random

from tdkt.demo.councils import CouncilBuilder, Councils
from tdkt.demo.decisions import DecisionBook
from tdkt.demo.meetings import MeetingSpec, build_meetings
from tdkt.demo.movements import (
    MovementSpec,
    PledgeSpec,
    RegistrationSpec,
    build_movements,
    build_pledges,
    build_registrations,
)
from tdkt.demo.specs import AwardSpec, History, PersonSpec, UnitSpec


@dataclass(frozen=True)
class Cycle:
    movements: list[MovementSpec] = field(default_factory=list)
    registrations: list[RegistrationSpec] = field(default_factory=list)
    pledges: list[PledgeSpec] = field(default_factory=list)
    councils: Councils = field(default_factory=lambda: Councils([], []))
    meetings: list[MeetingSpec] = field(default_factory=list)


def build_cycle(
    rng: Random,
    people: list[PersonSpec],
    units: list[UnitSpec],
    history: History,
    awards: list[AwardSpec],
    book: DecisionBook,
) -> Cycle:
    movements = build_movements(rng, units, history.years)
    registrations = build_registrations(rng, movements, people, units, awards)
    pledges = build_pledges(rng, movements, history.last_year)
    councils = CouncilBuilder(rng, people, units).build(book, history.last_year)
    people_of = {m.id: m.person_id for m in councils.members if m.person_id is not None}
    meetings = build_meetings(rng, councils, history.initiatives, people_of)
    return Cycle(movements, registrations, pledges, councils, meetings)
