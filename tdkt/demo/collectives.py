"""Collective titles and bằng khen of the units below the department."""

from __future__ import annotations

from tdkt.demo.awards import BK_MINISTRY_SHARE
from tdkt.demo.periods import NEW_LAW_YEAR
from tdkt.demo.specs import PersonSpec, UnitSpec
from tdkt.demo.standing import GOOD, Standing
from tdkt.demo.texts import award_content

UNIT_BK_ODDS = 0.5  # of the units with two HTXSNV years in a row, those proposed


def _subtrees(units: list[UnitSpec]) -> dict[int, set[int]]:
    children: dict[int | None, list[int]] = {}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit.id)
    found: dict[int, set[int]] = {}
    for unit in reversed(units):  # parents come before their children in the chart
        found[unit.id] = {unit.id}.union(*(found[c] for c in children.get(unit.id, [])))
    return found


class CollectiveRules:
    """TTLĐTT and TTLĐXS hold whether a unit's members are counted with or without the
    units below it, so any reading of "members" agrees with the demo."""

    def __init__(self, s: Standing) -> None:
        self._s = s
        self._units = [u for u in s.units if u.kind != "root"]
        subtrees = _subtrees(s.units)
        by_unit: dict[int, list[PersonSpec]] = {}
        for person in s.people:
            by_unit.setdefault(person.unit_id, []).append(person)
        self._direct = {u.id: by_unit.get(u.id, []) for u in self._units}
        self._whole = {
            u.id: [p for sub in sorted(subtrees[u.id]) for p in by_unit.get(sub, [])]
            for u in self._units
        }

    def grant_year(self, year: int) -> None:
        for unit in self._units:
            groups = [
                [p.id for p in members if p.works_in(year)]
                for members in (self._direct[unit.id], self._whole[unit.id])
            ]
            if not groups[0]:
                continue
            if self._ttldtt(unit, year, groups):
                self._ttldxs(unit, year, groups)
            self._bang_khen(unit, year)

    def _share(self, year: int, members: list[int]) -> float:
        return sum(1 for m in members if m in self._s.ldtt[year]) / len(members)

    def _ttldtt(self, unit: UnitSpec, year: int, groups: list[list[int]]) -> bool:
        s = self._s
        if s.history.unit_ratings[unit.id][year] not in GOOD:
            return False
        if any(self._share(year, g) <= 0.5 for g in groups):
            return False
        if year < NEW_LAW_YEAR and any(year in s.heavy.get(m, ()) for m in groups[1]):
            return False  # old rule: nobody disciplined with cảnh cáo or heavier
        return s.ledger.grant("TTLDTT", year, unit=unit.id, content=award_content("TTLDTT", year))

    def _ttldxs(self, unit: UnitSpec, year: int, groups: list[list[int]]) -> None:
        s = self._s
        if (
            s.history.unit_ratings[unit.id][year] != "HTXSNV"
            or any(self._share(year, g) < 0.7 for g in groups)
            or not any(year in s.cstdcs.get(m, ()) for m in groups[0])
            or any(s.grade(m, year) == "KHTNV" for m in groups[1])
        ):
            return
        if s.ledger.grant("TTLDXS", year, unit=unit.id, content=award_content("TTLDXS", year)):
            s.spent_years.setdefault(("unit", unit.id), set()).add(year)

    def _bang_khen(self, unit: UnitSpec, year: int) -> None:
        """A unit rated HTXSNV two years running may get a bằng khen (collective branch)."""
        s = self._s
        window = range(year - 1, year + 1)
        spent = s.spent_years.get(("unit", unit.id), set())
        if (
            window.start < s.history.first_year
            or spent.intersection(window)
            or any(s.history.unit_ratings[unit.id][y] != "HTXSNV" for y in window)
            or s.rng.random() >= UNIT_BK_ODDS
        ):
            return
        code = "BK_BO" if s.rng.random() < BK_MINISTRY_SHARE else "BK_TINH"
        if s.ledger.grant(
            code, year, unit=unit.id, basis="HTXSNV", content=award_content(code, year)
        ):
            s.spent_years.setdefault(("unit", unit.id), set()).update(window)
