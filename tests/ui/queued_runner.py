"""A task runner that holds the work until the test says so."""

from __future__ import annotations

from collections.abc import Callable

from ui.tasks import SyncTaskRunner


class QueuedRunner(SyncTaskRunner):
    """Holds the work until `drain()`: what a test sees before it is what the GUI thread
    did by itself."""

    def __init__(self) -> None:
        super().__init__()
        self.queued: list[Callable[[], None]] = []

    def run(self, work, on_success=None, on_error=None) -> None:  # type: ignore[no-untyped-def]
        self.queued.append(lambda: SyncTaskRunner.run(self, work, on_success, on_error))

    def drain(self) -> None:
        while self.queued:
            self.queued.pop(0)()
