"""What the dashboard shows, and how other features feed it.

Nomination batches and emulation movements belong to their own features. They register a
source with `ReportService.add_batch_source` / `add_deadline_source` (in `tdkt/app.py`); a
source reads its own tables inside the dashboard's transaction and returns these DTOs.
Until one is registered the dashboard says there is nothing to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from tdkt.reports.types import YearTrend


@dataclass(frozen=True)
class PendingBatch:
    """A nomination batch sent up and waiting for the decision."""

    name: str  # "BK-TINH-2025"
    title: str  # what it proposes, e.g. "Bằng khen của Chủ tịch UBND tỉnh"
    subjects: int  # how many collectives and people it proposes
    sent_on: date | None
    status: str  # as the nominations feature words it ("Đã trình", "Chờ quyết định")


@dataclass(frozen=True)
class MovementDeadline:
    """A dated step of an open emulation movement (registration, report, review)."""

    movement: str
    step: str
    due_on: date


BatchSource = Callable[[Session, date], Sequence[PendingBatch]]
DeadlineSource = Callable[[Session, date], Sequence[MovementDeadline]]


@dataclass(frozen=True)
class MedalDue:
    """Someone whose years in the sector reach the Kỷ niệm chương requirement by the end of
    the year and who has not received it."""

    person_id: int
    code: str
    full_name: str
    unit_name: str
    gender: str
    toxic_work: bool
    sector_started_on: date
    required_years: int
    reached_on: date
    lost_years: int  # years under discipline, which do not count


@dataclass(frozen=True)
class UnitQuota:
    """CSTĐCS given against the cap of 15 % of the unit's LĐTT in the same year."""

    unit_id: int
    unit_name: str
    depth: int
    ldtt: int
    cstdcs: int
    cap: int

    @property
    def over(self) -> bool:
        return self.cstdcs > self.cap


@dataclass(frozen=True)
class Dashboard:
    today: date
    chart: tuple[YearTrend, ...]  # awards by decision year and level, oldest first
    batches: tuple[PendingBatch, ...]
    deadlines: tuple[MovementDeadline, ...]  # upcoming first
    medal_year: int
    medals_due: tuple[MedalDue, ...]  # earliest first
    quota_year: int
    quotas: tuple[UnitQuota, ...]  # units in chart order
