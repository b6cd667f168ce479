"""The base every feature service derives from: sessions, clock and the acting user."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker

from tdkt.clock import Clock
from tdkt.errors import StaleEditError
from tdkt.storage.unit_of_work import STALE_MESSAGE, unit_of_work


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""


def ensure_version(current: int, expected: int | None) -> None:
    """Refuse an edit made from a form showing an older version of the record.

    `expected` is the version the form was filled from (None: the caller does not know it).
    The UPDATE itself also carries `WHERE version = ...`, which catches a save that slips in
    between this check and the flush.
    """
    if expected is not None and current != expected:
        raise StaleEditError(STALE_MESSAGE)


class ServiceBase:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        actor: Callable[[], str] = os_user,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._actor = actor

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """One public method = one call of this = one transaction."""
        with unit_of_work(self._sessions, self._actor()) as session:
            session.info["clock"] = self._clock
            yield session
