"""What the award rules look up: people, the year's record, and what was already awarded."""

from __future__ import annotations

from dataclasses import dataclass, field
from random import Random

from tdkt.demo.ledger import AwardLedger
from tdkt.demo.specs import History, InitiativeSpec, PersonSpec, UnitSpec

GOOD = ("HTXSNV", "HTTNV")  # "hoàn thành tốt nhiệm vụ" or better


@dataclass
class Standing:
    people: list[PersonSpec]
    units: list[UnitSpec]
    history: History
    ledger: AwardLedger
    rng: Random
    award_rate: float
    ldtt: dict[int, set[int]] = field(default_factory=dict)  # year → people
    cstdcs: dict[int, set[int]] = field(default_factory=dict)  # person → years
    chain_used: dict[int, set[int]] = field(default_factory=dict)  # CSTĐCS years spent
    cstd: dict[int, list[int]] = field(default_factory=dict)  # person → CSTĐ tỉnh/Bộ years
    cstd_used: set[tuple[int, int]] = field(default_factory=set)
    spent_years: dict[tuple[str, int], set[int]] = field(default_factory=dict)  # bằng khen
    tainted: dict[int, set[int]] = field(default_factory=dict)  # years under discipline
    heavy: dict[int, set[int]] = field(default_factory=dict)  # ... of cảnh cáo or heavier
    by_author: dict[tuple[int, int], list[InitiativeSpec]] = field(default_factory=dict)
    unit_of: dict[int, int] = field(default_factory=dict)  # person → unit
    stars: set[int] = field(default_factory=set)  # carriers of the scripted tracks

    def __post_init__(self) -> None:
        self.unit_of = {p.id: p.unit_id for p in self.people}
        self.stars = set(self.history.stars.values())
        self.tainted = self.history.disciplined_years()
        self.heavy = self.history.heavy_discipline_years()
        # Only the main author grounds an award on an initiative: co-authors could claim it
        # too, but then one achievement would be spent on a colleague's title.
        for initiative in self.history.initiatives:
            main_author = initiative.authors[0][0]
            self.by_author.setdefault((main_author, initiative.year), []).append(initiative)

    def grade(self, person_id: int, year: int) -> str | None:
        return self.history.ratings[person_id].get(year)

    def clean(self, person_id: int, years: range) -> bool:
        """No discipline touches these years (achievements count only after it ends)."""
        return not self.tainted.get(person_id, set()).intersection(years)

    def free_initiatives(
        self, person_id: int, years: range, scopes: tuple[str, ...]
    ) -> list[InitiativeSpec]:
        """The person's initiatives of those years and scopes that no award has used yet."""
        used = self.ledger.used_initiatives
        return [
            i
            for year in years
            for i in self.by_author.get((person_id, year), [])
            if i.scope in scopes and i.id not in used
        ]
