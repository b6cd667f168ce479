"""What every page receives: the services, the task runner, and app-wide change signals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, SignalInstance

from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from tdkt.app import Services


class AppEvents(QObject):
    """Pages announce what they changed; other pages reload what depends on it."""

    units_changed = Signal()
    people_changed = Signal()
    awards_changed = Signal()
    data_replaced = Signal()  # an import, a restore or the demo: reload everything
    user_changed = Signal()  # someone signed in (the first user is signed in when created)
    rules_changed = Signal()  # an eligibility setting changed: verdicts must be recomputed
    movements_changed = Signal()  # a movement, registration or pledge (dashboard deadlines)
    nominations_changed = Signal()  # a batch or its workflow (dashboard: waiting batches)

    def verdict_inputs(self) -> tuple[SignalInstance, ...]:
        """What eligibility verdicts depend on: pages that show verdicts reload after any."""
        return (
            self.people_changed,
            self.units_changed,
            self.awards_changed,
            self.data_replaced,
            self.rules_changed,
        )


@dataclass
class PageContext:
    services: Services
    runner: TaskRunner
    events: AppEvents
