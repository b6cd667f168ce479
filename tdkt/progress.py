"""The progress protocol long operations report to; the UI implements it with Qt signals."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):  # noqa: N818 - it is an outcome, not a fault
    """Raised inside a long operation when the user pressed Cancel; the transaction rolls back."""


class Progress(Protocol):
    def report(self, fraction: float, text: str = "") -> None:
        """Tell how far the work is, 0.0–1.0, with an optional Vietnamese line of text."""

    def cancelled(self) -> bool:
        """True once the user asked to stop."""


class NullProgress:
    """Progress for callers that do not watch (the command line, tests)."""

    def report(self, fraction: float, text: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False


def check_cancelled(progress: Progress) -> None:
    if progress.cancelled():
        raise Cancelled()
