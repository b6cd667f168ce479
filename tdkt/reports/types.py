"""Statistics DTOs: counts of award records in a period, by title, level, unit and year.

Every count is a number of award records (lượt khen thưởng) whose decision date lies in the
period and that are not revoked. Per title that is the number of collectives and people
awarded, as reports write it ("06 tập thể và 17 cá nhân").

Groups of people, as the TT 02/2023/TT-BNV forms divide them:
- a *leader* is a person flagged as holding a leadership position (`Lãnh đạo`), as recorded
  now; the agency's own leaders are the leaders of the top unit of the chart (Giám đốc and
  Phó Giám đốc Sở);
- a *direct worker* (người trực tiếp công tác, lao động) is everyone who is not a leader.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tdkt.catalog.types import LEVELS, Title
from tdkt.reports.periods import Period

# Staff groups of a person (None for a collective).
AGENCY_LEADER = "agency_leader"  # Lãnh đạo cấp vụ, sở, ngành và tương đương
OTHER_LEADER = "other_leader"  # Các cấp lãnh đạo khác từ phó phòng trở lên
DIRECT_WORKER = "direct_worker"  # Người trực tiếp công tác, lao động
# Lowest level first, as in the catalogue; charts stack in this order.
LEVEL_ORDER = tuple(LEVELS)


@dataclass(frozen=True)
class Fact:
    """One cell of the GROUP BY over the period's award records."""

    title_code: str
    subject_kind: str  # "ca_nhan" or "tap_the"
    kind: str  # thuong_xuyen, dot_xuat, theo_dot, chuyen_de, cong_hien
    gender: str | None  # "nam" / "nu" for people
    staff_group: str | None  # AGENCY_LEADER, OTHER_LEADER, DIRECT_WORKER for people
    count: int


@dataclass(frozen=True)
class Tally:
    units: int = 0  # awards to collectives
    people: int = 0  # awards to individuals
    women: int = 0  # ... of which to women
    leaders: int = 0  # ... of which to leaders

    @property
    def total(self) -> int:
        return self.units + self.people

    @property
    def direct_workers(self) -> int:
        return self.people - self.leaders

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.units + other.units,
            self.people + other.people,
            self.women + other.women,
            self.leaders + other.leaders,
        )


@dataclass(frozen=True)
class TitleTally:
    title: Title
    tally: Tally


@dataclass(frozen=True)
class LevelTally:
    level: str
    label: str
    tally: Tally


@dataclass(frozen=True)
class UnitTally:
    """Awards to a unit itself (`tally.units`) and to the people working in it now."""

    unit_id: int
    code: str
    name: str
    depth: int
    tally: Tally


@dataclass(frozen=True)
class YearTrend:
    year: int
    by_level: dict[str, int] = field(default_factory=dict)  # level -> award records

    @property
    def total(self) -> int:
        return sum(self.by_level.values())


@dataclass(frozen=True)
class Statistics:
    period: Period
    titles: tuple[TitleTally, ...]  # titles with at least one award, most senior first
    levels: tuple[LevelTally, ...]  # every level, lowest first
    units: tuple[UnitTally, ...]  # units with at least one award, in chart order
    trend: tuple[YearTrend, ...]  # every year of the trend window, oldest first
    total: Tally
    revoked: int  # decided in the period but revoked since: not counted
    undated: int  # achievement year in the period but no decision date: not counted
    facts: tuple[Fact, ...]

    def counts_by_code(self) -> dict[str, dict[str, int]]:
        """EXCHANGE.md §3: per code, awards to collectives (`tap_the`) and people (`ca_nhan`)."""
        return {
            t.title.code: {"tap_the": t.tally.units, "ca_nhan": t.tally.people} for t in self.titles
        }
