"""Refusing writes inside the unit of work: a database opened read-only, a role that may only
read, a database file that vanished. The refusal happens in the domain, not in the buttons.

A session carries a `WriteGuard` in `session.info[GUARD_KEY]` (the sessionmaker puts it there);
before anything is flushed or a bulk INSERT/UPDATE/DELETE runs, the guard may raise a TdktError
and the transaction rolls back with nothing written.
"""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

GUARD_KEY = "write_guard"


class WriteGuard(Protocol):
    def check_write(self) -> None:
        """Raise a TdktError (in Vietnamese) when writing is not allowed now."""


def _check(session: Session) -> None:
    guard = session.info.get(GUARD_KEY)
    if guard is not None:
        guard.check_write()


@event.listens_for(Session, "before_flush")
def _refuse_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        _check(session)


@event.listens_for(Session, "do_orm_execute")
def _refuse_bulk(state: ORMExecuteState) -> None:
    # Core inserts through the session (the demo generator, imports) bypass the flush.
    if state.is_insert or state.is_update or state.is_delete:
        _check(state.session)
