"""The movements' deadlines on the dashboard of 15/12/2025: registration deadlines and period
ends from 15 days ago to 60 days ahead; closed movements show nothing."""

from __future__ import annotations

from datetime import date, datetime

from tdkt.movements.deadlines import END_STEP, REGISTRATION_STEP
from tdkt.movements.types import MovementDraft
from tdkt.reports.dashboard_types import MovementDeadline


def launch(services, name: str, starts: str, ends: str, registration: str) -> None:  # type: ignore[no-untyped-def]
    services.movements.create(
        MovementDraft(
            name=name,
            kind="theo_dot" if ends else "thuong_xuyen",
            starts_on=starts,
            ends_on=ends,
            registration_deadline=registration,
        )
    )


def test_open_movements_feed_the_dashboard(services):
    launch(services, "Năm 2026", "01/12/2025", "31/12/2026", "15/12/2025")  # due today
    launch(services, "Đợt mùa khô", "01/10/2025", "13/02/2026", "30/11/2025")  # both edges
    launch(services, "Vừa kết thúc", "01/06/2025", "10/12/2025", "01/07/2025")
    launch(services, "Thường xuyên", "01/01/2025", "", "20/12/2025")  # no end
    launch(services, "Còn xa", "01/11/2025", "14/02/2026", "29/11/2025")  # one day outside
    launch(services, "Đã đóng", "01/06/2025", "29/11/2025", "01/07/2025")  # closed
    assert services.reports.dashboard().deadlines == (
        MovementDeadline("Đợt mùa khô", REGISTRATION_STEP, date(2025, 11, 30)),
        MovementDeadline("Vừa kết thúc", END_STEP, date(2025, 12, 10)),
        MovementDeadline("Năm 2026", REGISTRATION_STEP, date(2025, 12, 15)),
        MovementDeadline("Thường xuyên", REGISTRATION_STEP, date(2025, 12, 20)),
        MovementDeadline("Đợt mùa khô", END_STEP, date(2026, 2, 13)),
    )


def test_the_window_follows_the_clock(services, clock):
    launch(services, "Đợt mùa khô", "01/10/2025", "13/02/2026", "30/11/2025")
    clock.advance(days=1)
    assert [d.step for d in services.reports.dashboard().deadlines] == [END_STEP]
    clock.current = datetime(2026, 2, 28, 9)  # the end 15 days ago: still in sight
    assert [d.due_on for d in services.reports.dashboard().deadlines] == [date(2026, 2, 13)]
    clock.advance(days=1)  # closed
    assert services.reports.dashboard().deadlines == ()


def test_no_movements_no_deadlines(services):
    assert services.reports.dashboard().deadlines == ()
