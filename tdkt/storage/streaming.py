"""Reading many rows without freezing the window.

SQLAlchemy turns a whole fetched result into rows in one compiled loop that holds the
interpreter lock throughout: for the 60,000 awards of a province that is 80–160 ms in
which the GUI thread cannot run, although the query itself is on the worker. Fetched in
partitions, the lock is handed over between them (bench: `page_visit_stall_ms`).
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.sql import Executable

STREAM_ROWS = 2000  # about 3 ms of row processing per partition

E = TypeVar("E", bound=Executable)


def streamed(statement: E) -> E:
    """`statement`, fetched STREAM_ROWS at a time when executed."""
    return statement.execution_options(yield_per=STREAM_ROWS)
