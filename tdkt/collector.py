"""Python's cyclic garbage collector around bulk work, so the window never stalls.

The collector runs on whichever thread happens to allocate, holding the interpreter lock
for the whole pass; a full pass walks every container object alive. While an import holds
230,000 rows, or an evaluation 100,000 verdicts, a pass takes 100–200 ms, and the GUI
thread waits that long (bench: `gui_max_stall_ms`). Two measures keep passes short:

- `freeze_loaded()`, once the application has loaded its modules and opened the database:
  what exists then (modules, classes, mappers, rules) lives as long as the process, so the
  collector need never walk it again;
- `collector_paused()` around bulk work: no pass during it, and what the work leaves alive
  (its results: rows, verdicts, the lines of a document) is frozen as it finishes, since
  these are acyclic data that reference counting frees once dropped. Bulk work makes almost
  no cyclic garbage (about a thousand objects for a whole import), so the little that is
  frozen with it is a bounded cost. A failed piece of work is not frozen: an exception's
  traceback holds its frames in a cycle, and those may hold everything the work had read.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any, TypeVar

T = TypeVar("T")


def freeze_loaded() -> None:
    gc.freeze()


@contextmanager
def collector_paused(keep: bool = True) -> Iterator[None]:
    """No collector pass during the block. With `keep` (work whose results stay: lists,
    verdicts), its survivors are frozen if it succeeds; such work must leave no garbage in
    cycles, which would never be collected (tests/tdkt/test_collector.py measures it).
    Without (documents: ReportLab's object graph is full of cycles, and only the bytes
    stay), one pass over the young generation frees what the block made in cycles. Nested
    blocks defer to the outermost."""
    outermost = gc.isenabled()
    gc.disable()
    succeeded = False
    try:
        yield
        succeeded = True
    finally:
        if outermost:
            if succeeded and keep:
                gc.freeze()
            elif not keep:
                gc.collect(0)
            gc.enable()


def paused(method: Callable[..., T]) -> Callable[..., T]:
    """`collector_paused` around a whole method whose result stays."""

    @wraps(method)
    def run(*args: Any, **kwargs: Any) -> T:
        with collector_paused():
            return method(*args, **kwargs)

    return run


def drop_gradually(*containers: dict[Any, Any] | list[Any]) -> None:
    """Empty big containers entry by entry. Dropping one at once frees everything it holds
    in a single call that keeps the interpreter lock (40–50 ms for a year's evaluation, the
    window frozen meanwhile); entry by entry, other threads run in between."""
    for container in containers:
        if isinstance(container, dict):
            while container:
                container.popitem()
        else:
            while container:
                container.pop()
