"""The base every feature service derives from: sessions, clock and the acting user."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker

from tdkt.clock import Clock
from tdkt.storage.unit_of_work import unit_of_work


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""


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
