"""The dated steps of open emulation movements, for the dashboard.

A movement has two dates a secretary works towards: the registration deadline (units and
people register their titles by then) and the end of its period (the summing-up and the
report of results). The dashboard lists those that fall from `RECENT_DAYS` ago to
`AHEAD_DAYS` ahead of today, so one just missed stays in sight a little while; the end of a
period stays that long too, while the summing-up is due. After that the movement is closed
and shows nothing more, even a date left inside the window by data typed elsewhere. A
standing movement (no end) shows only its registration deadline.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tdkt.movements.records import MovementRecord
from tdkt.reports.dashboard_types import MovementDeadline

AHEAD_DAYS = 60
RECENT_DAYS = 15
REGISTRATION_STEP = "Đăng ký thi đua"
END_STEP = "Kết thúc, tổng kết"


def movement_deadlines(session: Session, today: date) -> list[MovementDeadline]:
    """The registration deadlines and period ends near `today`, earliest first."""
    first, last = today - timedelta(days=RECENT_DAYS), today + timedelta(days=AHEAD_DAYS)
    near = (
        MovementRecord.registration_deadline.between(first, last),
        MovementRecord.ends_on.between(first, last),
    )
    rows = session.execute(
        select(MovementRecord.name, MovementRecord.registration_deadline, MovementRecord.ends_on)
        .where(or_(*near))
        .where(or_(MovementRecord.ends_on.is_(None), MovementRecord.ends_on >= first))
    )
    found = [
        MovementDeadline(name, step, due_on)
        for name, registration, ends_on in rows
        for step, due_on in ((REGISTRATION_STEP, registration), (END_STEP, ends_on))
        if due_on is not None and first <= due_on <= last
    ]
    return sorted(found, key=lambda d: (d.due_on, d.movement, d.step))
