"""An injectable clock, so nothing depends on the time of day a test runs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta


class Clock:
    """The real clock: local wall time."""

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def today(self) -> date:
        return self.now().date()


@dataclass
class FixedClock(Clock):
    """A clock that shows a set time and moves only when told to (for tests and the demo)."""

    current: datetime = field(default_factory=lambda: datetime(2025, 12, 15, 9, 0, 0))

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


Today = Callable[[], date]
