"""TaskRunner: database work on one worker thread, results delivered on the GUI thread.

One worker, because SQLite wants one writer and each service call opens and closes its own
session there. Callbacks run on the GUI thread: the worker emits a signal to a QObject that
lives there, which Qt queues across threads.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

Work = Callable[[], Any]
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class ProgressBridge(QObject):
    """A tdkt Progress for the worker that forwards to the GUI thread through a signal."""

    progressed = Signal(float, str)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def report(self, fraction: float, text: str = "") -> None:
        self.progressed.emit(max(0.0, min(1.0, fraction)), text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class TaskRunner(QObject):
    _finished = Signal(object, object, object, object)  # on_success, on_error, result, error

    def __init__(self, on_unhandled: Failure | None = None) -> None:
        super().__init__()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tdkt-db")
        self._finished.connect(self._deliver)
        self._on_unhandled = on_unhandled
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self, work: Work, on_success: Success | None = None, on_error: Failure | None = None
    ) -> None:
        """Run `work` on the worker; then `on_success(result)` or `on_error(error)` here."""
        self._pending += 1
        future = self._executor.submit(work)
        future.add_done_callback(lambda f: self._emit(f, on_success, on_error))

    def _emit(
        self, future: Future[Any], on_success: Success | None, on_error: Failure | None
    ) -> None:
        error = future.exception()
        result = None if error is not None else future.result()
        self._finished.emit(on_success, on_error, result, error)

    @Slot(object, object, object, object)
    def _deliver(
        self,
        on_success: Success | None,
        on_error: Failure | None,
        result: Any,
        error: BaseException | None,
    ) -> None:
        self._pending -= 1
        if error is None:
            if on_success is not None:
                on_success(result)
            return
        handler = on_error or self._on_unhandled
        if handler is None:
            log.error("unhandled task error", exc_info=error)
        else:
            handler(error)

    def shutdown(self) -> None:
        # Let the running transaction finish; never join from a callback (it would deadlock).
        self._executor.shutdown(wait=True, cancel_futures=True)


class SyncTaskRunner(TaskRunner):
    """Runs work at once on the calling thread: for tests and off-screen screenshots."""

    def run(
        self, work: Work, on_success: Success | None = None, on_error: Failure | None = None
    ) -> None:
        self._pending += 1
        try:
            result = work()
        except Exception as error:
            self._deliver(on_success, on_error, None, error)
        else:
            self._deliver(on_success, on_error, result, None)
