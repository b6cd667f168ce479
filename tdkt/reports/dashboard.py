"""The dashboard, assembled in one read: awards per year by level, batches waiting for a
decision, movement deadlines, Kỷ niệm chương due, and CSTĐCS quotas used per unit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from tdkt.awards.records import AwardRecord
from tdkt.catalog.records import TitleRecord
from tdkt.catalog.repository import TitleRepository, to_title
from tdkt.people.records import PersonRecord
from tdkt.reports.dashboard_types import BatchSource, Dashboard, DeadlineSource, UnitQuota
from tdkt.reports.medals import medals_due
from tdkt.reports.repository import StatisticsRepository
from tdkt.reports.statistics import trend, year_levels
from tdkt.units.repository import UnitRepository

CHART_YEARS = 10
CSTDCS_SHARE_PERCENT = 15  # of the unit's LĐTT (legal.md §9): information, not a block


def build_dashboard(
    session: Session,
    today: date,
    batch_sources: Sequence[BatchSource] = (),
    deadline_sources: Sequence[DeadlineSource] = (),
) -> Dashboard:
    quota_year, quotas = unit_quotas(session, today.year)
    return Dashboard(
        today=today,
        chart=_chart(session, today),
        batches=tuple(b for source in batch_sources for b in source(session, today)),
        deadlines=tuple(
            sorted(
                (d for source in deadline_sources for d in source(session, today)),
                key=lambda d: d.due_on,
            )
        ),
        medal_year=today.year,
        medals_due=medals_due(session, today.year),
        quota_year=quota_year,
        quotas=quotas,
    )


def _chart(session: Session, today: date) -> tuple:  # type: ignore[type-arg]
    """Ten years ending this year, or last year while nothing is decided yet this year."""
    titles = {r.id: to_title(r) for r in TitleRepository(session).all()}
    by_title = StatisticsRepository(session).year_cells(date(today.year - CHART_YEARS, 1, 1), today)
    cells = year_levels(by_title, titles)
    last = today.year if any(year == today.year for year, _l, _n in cells) else today.year - 1
    first = last - CHART_YEARS + 1
    return trend([c for c in cells if first <= c[0] <= last], first, last)


def unit_quotas(session: Session, year: int) -> tuple[int, tuple[UnitQuota, ...]]:
    """LĐTT and CSTĐCS per unit for `year` (the achievement year), or for the year before
    while this year's LĐTT are not recorded yet (they are decided in December–January)."""
    counts = _title_counts(session, year)
    if not any(ldtt for ldtt, _c in counts.values()):
        year -= 1
        counts = _title_counts(session, year)
    quotas = tuple(
        UnitQuota(row.id, row.name, row.depth, ldtt, cstdcs, ldtt * CSTDCS_SHARE_PERCENT // 100)
        for row in UnitRepository(session).tree_rows()
        if row.id in counts
        for ldtt, cstdcs in [counts[row.id]]
    )
    return year, quotas


def _title_counts(session: Session, year: int) -> dict[int, tuple[int, int]]:
    """unit id -> (LĐTT, CSTĐCS) of its people for the year, in force."""
    person = aliased(PersonRecord)
    statement = (
        select(person.unit_id, TitleRecord.code, func.count())
        .select_from(AwardRecord)
        .join(TitleRecord, TitleRecord.id == AwardRecord.title_id)
        .join(person, person.id == AwardRecord.person_id)
        .where(
            AwardRecord.year == year,
            AwardRecord.revoked_on.is_(None),
            TitleRecord.code.in_(("LDTT", "CSTDCS")),
        )
        .group_by(person.unit_id, TitleRecord.code)
    )
    counts: dict[int, list[int]] = {}
    for unit_id, code, count in session.execute(statement):
        counts.setdefault(unit_id, [0, 0])[0 if code == "LDTT" else 1] += count
    return {unit_id: (pair[0], pair[1]) for unit_id, pair in counts.items()}
