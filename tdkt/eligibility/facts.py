"""The in-memory history the rules read: people and units with their ratings, awards,
initiatives and discipline. Built by `loading` from a few set-based queries, or by hand in
tests; the rules never touch the database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from tdkt.discipline.types import FORM_SEVERITY
from tdkt.subjects.types import PERSON


@dataclass(slots=True)
class AwardFact:
    id: int
    title: str
    year: int
    kind: str = "thuong_xuyen"
    revoked: bool = False
    decision_no: str = ""
    decision_date: date | None = None
    basis: str = ""
    initiatives: tuple[int, ...] = ()  # initiatives this award used as its basis


def _year(award: AwardFact) -> int:
    return award.year


@dataclass(slots=True)
class InitiativeFact:
    id: int
    code: str
    year: int  # the year it was recognised
    scope: str = "co_so"
    recognised: bool = True


@dataclass(slots=True)
class DisciplineFact:
    form: str
    start: date
    end: date | None  # after defaults are applied; None: it never ends (buộc thôi việc)
    decision_no: str = ""

    def touches(self, year: int) -> bool:
        return self.start.year <= year and (self.end is None or self.end.year >= year)

    def at_least(self, form: str) -> bool:
        return FORM_SEVERITY[self.form] >= FORM_SEVERITY[form]


@dataclass(slots=True)
class Subject:
    """A person or a unit with everything the rules may look at."""

    kind: str  # PERSON | UNIT
    id: int
    code: str
    name: str
    unit_id: int | None = None  # a person's unit; a unit's parent
    ratings: dict[int, str] = field(default_factory=dict)
    awards: list[AwardFact] = field(default_factory=list)
    search_text: str = ""
    sort_key: str = ""
    # People only.
    gender: str = "nam"
    recruited_on: date | None = None
    sector_started_on: date | None = None
    toxic_work: bool = False
    is_leader: bool = False
    left_on: date | None = None
    initiatives: list[InitiativeFact] = field(default_factory=list)
    discipline: list[DisciplineFact] = field(default_factory=list)
    # Units only.
    active: bool = True
    sort_order: int = 0
    # Built on first use: the facts are complete before anything is evaluated.
    _index: dict[tuple[str, int], AwardFact] | None = field(default=None, init=False, repr=False)
    _by_title: dict[str, list[AwardFact]] | None = field(default=None, init=False, repr=False)

    @property
    def is_person(self) -> bool:
        return self.kind == PERSON

    def works_in(self, year: int) -> bool:
        """Worked at the agency at some time in the year."""
        started = self.recruited_on is None or self.recruited_on.year <= year
        return started and (self.left_on is None or self.left_on.year >= year)

    def serves_through(self, year: int) -> bool:
        """Still at the agency on 31 December, when the year's titles are decided."""
        return self.works_in(year) and (self.left_on is None or self.left_on > date(year, 12, 31))

    def _build_index(self) -> None:
        index: dict[tuple[str, int], AwardFact] = {}
        by_title: dict[str, list[AwardFact]] = {}
        for award in self.awards:
            if award.revoked:  # a revoked award never counts
                continue
            index.setdefault((award.title, award.year), award)
            same = by_title.get(award.title)
            if same is None:
                by_title[award.title] = [award]
            else:
                same.append(award)
        for same in by_title.values():
            if len(same) > 1:
                same.sort(key=_year)
        self._index, self._by_title = index, by_title

    def counting_awards(self, titles: Iterable[str]) -> list[AwardFact]:
        """Awards of these titles that were not revoked, oldest first."""
        if self._by_title is None:
            self._build_index()
        assert self._by_title is not None
        found = [a for t in titles for a in self._by_title.get(t, ())]
        if len(found) > 1:
            found.sort(key=lambda a: a.year)
        return found

    def award(self, title: str, year: int) -> AwardFact | None:
        """The award of `title` for `year`, unless revoked."""
        if self._index is None:
            self._build_index()
        assert self._index is not None
        return self._index.get((title, year))

    def disciplined_years(self, form: str = "khien_trach", up_to: int | None = None) -> set[int]:
        """Calendar years touched by a discipline of `form` or heavier (until `up_to`)."""
        found: set[int] = set()
        for record in self.discipline:
            if not record.at_least(form):
                continue
            last = record.end.year if record.end is not None else (up_to or record.start.year)
            if up_to is not None:
                last = min(last, up_to)
            found.update(range(record.start.year, last + 1))
        return found


@dataclass
class World:
    """Everyone loaded for an evaluation, and the unit tree."""

    people: dict[int, Subject] = field(default_factory=dict)
    units: dict[int, Subject] = field(default_factory=dict)
    # True when every person was loaded, so a unit's members can be counted.
    complete: bool = True

    def children(self) -> dict[int | None, list[int]]:
        found: dict[int | None, list[int]] = {}
        for unit in self.units.values():
            found.setdefault(unit.unit_id, []).append(unit.id)
        return found

    def subtree(self, unit_id: int) -> set[int]:
        children = self.children()
        found, stack = set(), [unit_id]
        while stack:
            current = stack.pop()
            found.add(current)
            stack.extend(children.get(current, []))
        return found

    def unit_ranks(self) -> dict[int, int]:
        """Each unit's place in the organisation chart: parents before children, siblings
        by their order."""
        children = self.children()
        for siblings in children.values():
            siblings.sort(key=lambda u: (self.units[u].sort_order, self.units[u].name))
        ranks: dict[int, int] = {}
        stack = list(reversed(children.get(None, [])))
        while stack:
            unit_id = stack.pop()
            ranks[unit_id] = len(ranks)
            stack.extend(reversed(children.get(unit_id, [])))
        return ranks

    def unit_name(self, unit_id: int | None) -> str:
        unit = self.units.get(unit_id) if unit_id is not None else None
        return unit.name if unit is not None else ""
