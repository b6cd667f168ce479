"""The progress of the document being made, for a caller that watches it.

A renderer takes the paper and returns bytes (DESIGN.md §6); its signature does not carry a
progress. The caller that shows one (the application, on its worker) sets it around the
call with `reporting(progress)`; the page layout reports to it as pages are laid out and
stops with `Cancelled` when the user asks (tdkt.printing.document). Elsewhere (the command
line, tests) nobody watches: NullProgress.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from tdkt.progress import NullProgress, Progress

_NOBODY = NullProgress()
_watching: ContextVar[Progress | None] = ContextVar("document_progress", default=None)


@contextmanager
def reporting(progress: Progress) -> Iterator[None]:
    """Documents made in this block (on this thread) report to `progress`."""
    token = _watching.set(progress)
    try:
        yield
    finally:
        _watching.reset(token)


def watching() -> Progress:
    return _watching.get() or _NOBODY
