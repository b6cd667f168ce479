"""In-memory histories for rule tests: no database, the real rule files."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from tdkt.eligibility.context import YearContext
from tdkt.eligibility.facts import AwardFact, DisciplineFact, InitiativeFact, Subject, World
from tdkt.eligibility.loader import load_rulebook
from tdkt.eligibility.regimes import RuleBook
from tdkt.eligibility.types import Evaluation
from tdkt.subjects.types import PERSON, UNIT


@lru_cache(maxsize=1)
def rulebook() -> RuleBook:
    return load_rulebook()


class WorldBuilder:
    def __init__(self) -> None:
        self.world = World()
        self._ids = 0
        self.root = self.unit("SO", "Sở Công Thương")

    def _next(self) -> int:
        self._ids += 1
        return self._ids

    def unit(self, code: str, name: str = "", parent: Subject | None = None) -> Subject:
        unit = Subject(UNIT, self._next(), code, name or code, parent.id if parent else None)
        self.world.units[unit.id] = unit
        return unit

    def person(
        self,
        code: str = "CN01",
        *,
        unit: Subject | None = None,
        gender: str = "nam",
        recruited: date | None = date(2005, 1, 1),
        sector: date | None = None,
        toxic: bool = False,
        left: date | None = None,
    ) -> Subject:
        person = Subject(
            PERSON,
            self._next(),
            code,
            f"Người {code}",
            (unit or self.root).id,
            gender=gender,
            recruited_on=recruited,
            sector_started_on=sector,
            toxic_work=toxic,
            left_on=left,
        )
        self.world.people[person.id] = person
        return person

    @staticmethod
    def rate(subject: Subject, grades: dict[int, str] | None = None, **spans: Any) -> Subject:
        """`rate(p, {2023: "HTXSNV"})` or `rate(p, years=range(2018, 2025), grade="HTTNV")`."""
        if grades:
            subject.ratings.update(grades)
        if spans:
            for year in spans["years"]:
                subject.ratings[year] = spans["grade"]
        return subject

    def award(
        self,
        subject: Subject,
        title: str,
        year: int,
        *,
        kind: str = "thuong_xuyen",
        initiatives: tuple[InitiativeFact, ...] = (),
        revoked: bool = False,
    ) -> AwardFact:
        award = AwardFact(
            self._next(),
            title,
            year,
            kind,
            revoked,
            f"{self._ids}/QĐ-SCT",
            date(year, 12, 20),
            "",
            tuple(i.id for i in initiatives),
        )
        subject.awards.append(award)
        return award

    def initiative(self, person: Subject, year: int, scope: str = "co_so") -> InitiativeFact:
        initiative = InitiativeFact(self._next(), f"SK{year}-{self._ids:03d}", year, scope)
        person.initiatives.append(initiative)
        return initiative

    @staticmethod
    def discipline(person: Subject, form: str, start: date, end: date | None) -> DisciplineFact:
        record = DisciplineFact(form, start, end, "01/QĐ-SCT")
        person.discipline.append(record)
        return record

    def context(self, year: int, settings: dict[str, Any] | None = None) -> YearContext:
        book = rulebook()
        return YearContext(year, book.apply(book.for_year(year), settings or {}), self.world)

    def evaluate(
        self, title: str, subject: Subject, year: int, settings: dict[str, Any] | None = None
    ) -> Evaluation:
        return self.context(year, settings).evaluate(title, subject)


def reason(evaluation: Evaluation, fragment: str) -> Any:
    """The criterion whose label contains `fragment`."""
    found = [r for r in evaluation.reasons if fragment in r.criterion]
    assert len(found) == 1, [r.criterion for r in evaluation.reasons]
    return found[0]


def failing(evaluation: Evaluation) -> list[str]:
    return [r.detail for r in evaluation.reasons if r.passed is False and r.kind != "judgement"]
