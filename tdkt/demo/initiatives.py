"""Initiatives (sáng kiến): who writes them each year, with whom, and how far they reach."""

from __future__ import annotations

from datetime import date
from random import Random

from tdkt.demo.days import random_day
from tdkt.demo.decisions import DecisionBook
from tdkt.demo.history import star_years
from tdkt.demo.names import WeightedPool
from tdkt.demo.shape import shortfall
from tdkt.demo.specs import History, InitiativeSpec, PersonSpec, UnitSpec
from tdkt.demo.texts import initiative_title

SCOPES = WeightedPool((("co_so", 86), ("tinh", 11), ("bo", 2), ("toan_quoc", 1)))
# Who recognises each scope: the department's council for its own, the province or the
# ministry for wider effect (legal.md §4).
SCOPE_REGISTER = {"co_so": "SCT", "tinh": "UBND", "bo": "BCT", "toan_quoc": "BCT"}
SHARES = {1: ((100,),), 2: ((50, 50), (60, 40), (70, 30)), 3: ((50, 30, 20), (40, 30, 30))}


class InitiativeWriter:
    """Writes the initiatives year by year, numbering them SK<year>-<nnn>."""

    def __init__(
        self,
        rng: Random,
        people: list[PersonSpec],
        units: list[UnitSpec],
        history: History,
        book: DecisionBook,
    ) -> None:
        self._rng, self._history, self._book = rng, history, book
        self._people = people
        self._domain = {u.id: u.domain for u in units}
        self._members: dict[int, list[PersonSpec]] = {}
        for person in people:
            self._members.setdefault(person.unit_id, []).append(person)

    def write_all(self, rate: float) -> None:
        innovators = self._history.innovators
        stars = {
            pid: star_years(self._history, track) for track, pid in self._history.stars.items()
        }
        for year in self._history.years:
            count_before = len(self._history.initiatives)
            for person in self._people:
                for scope in self._scopes(person, year, innovators, stars, rate):
                    self._write(person, year, scope, len(self._history.initiatives) - count_before)

    def top_up(self, total: int) -> None:
        """Grassroots initiatives by people of good standing, the years taken in turn, until
        there are exactly `total` (an exact-size benchmark dataset, tdkt.demo.shape)."""
        shortfall("initiatives", len(self._history.initiatives), total)
        years = list(self._history.years)
        made = dict.fromkeys(years, 0)
        for initiative in self._history.initiatives:
            made[initiative.year] += 1
        turn = 0
        while len(self._history.initiatives) < total:
            year = years[turn % len(years)]
            person = self._rng.choice(self._people)
            if self._may_write(person, year):
                self._write(person, year, "co_so", made[year])
                made[year] += 1
                turn += 1

    def _may_write(self, person: PersonSpec, year: int) -> bool:
        grade = self._history.ratings[person.id].get(year)
        return grade in ("HTXSNV", "HTTNV") and person.recruited_on <= date(year, 6, 30)

    def _scopes(
        self,
        person: PersonSpec,
        year: int,
        innovators: set[int],
        stars: dict[int, dict[int, tuple[str, ...]]],
        rate: float,
    ) -> list[str]:
        grade = self._history.ratings[person.id].get(year)
        if grade in (None, "KHTNV") or person.recruited_on > date(year, 6, 30):
            return []
        rng = self._rng
        if person.id in stars:
            return ["co_so", *stars[person.id].get(year, ())]
        if person.id in innovators:
            if rng.random() >= 0.7 * rate:
                return []
            # Often two: one grounds the CSTĐCS, the other is left for a bằng khen.
            return [SCOPES.draw(rng) for _ in range(2 if rng.random() < 0.6 else 1)]
        odds = (0.03 if grade == "HTXSNV" else 0.006) * rate
        return [SCOPES.draw(rng)] if rng.random() < odds else []

    def _write(self, person: PersonSpec, year: int, scope: str, index: int) -> None:
        rng = self._rng
        first = max(date(year, 1, 15), person.recruited_on)
        decided = self._book.decision(
            ("initiative", scope, year),
            SCOPE_REGISTER[scope],
            date(year, 11, 20),
            date(year, 12, 15),
        )
        self._history.initiatives.append(
            InitiativeSpec(
                id=len(self._history.initiatives) + 1,
                code=f"SK{year}-{index + 1:03d}",
                title=initiative_title(rng, self._domain[person.unit_id]),
                year=year,
                scope=scope,
                first_applied_on=random_day(rng, first, date(year, 9, 30)),
                decision_no=decided[0],
                decision_date=decided[1],
                authors=self._authors(person, year),
            )
        )

    def _authors(self, person: PersonSpec, year: int) -> tuple[tuple[int, int], ...]:
        rng = self._rng
        extra = 0 if rng.random() < 0.7 else 1 if rng.random() < 0.75 else 2
        mates = [
            m.id
            for m in self._members[person.unit_id]
            if m.id != person.id and m.works_in(year) and m.recruited_on <= date(year, 6, 30)
        ]
        chosen = [person.id, *rng.sample(mates, min(extra, len(mates)))]
        shares = rng.choice(SHARES[len(chosen)])
        return tuple(zip(chosen, shares, strict=True))
