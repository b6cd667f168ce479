"""Run the integrity checks on the open database or on a database file (a backup).

Nothing here writes: `python main.py check` opens the file read-only and may run while the
application has it open.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from tdkt.integrity.checks import INVARIANT_CHECKS, SQLITE_CHECKS, Check
from tdkt.integrity.types import Finding, IntegrityReport
from tdkt.progress import NullProgress, Progress
from tdkt.storage.engine import make_engine

log = logging.getLogger(__name__)


def check_engine(
    engine: Engine, location: str, progress: Progress | None = None
) -> IntegrityReport:
    progress = progress or NullProgress()
    checks: list[tuple[str, Check]] = []
    if engine.dialect.name == "sqlite":
        checks += SQLITE_CHECKS
    checks += INVARIANT_CHECKS
    findings: list[Finding] = []
    try:
        with engine.connect() as connection:
            for number, (title, check) in enumerate(checks):
                progress.report(number / len(checks), f"Đang kiểm tra: {title.lower()}…")
                found = _run(check, title, connection)
                findings += found
                if number == 0 and any(f.code == "unreadable" for f in found):
                    break  # not even the first check could read it: the rest cannot either
    except sa_exc.DBAPIError as error:  # the file cannot even be opened
        findings.append(_unreadable("mở cơ sở dữ liệu", error))
    progress.report(1.0, "Đã kiểm tra xong.")
    return IntegrityReport(location, tuple(t for t, _ in checks), tuple(findings))


def check_file(path: Path, progress: Progress | None = None) -> IntegrityReport:
    """Check an SQLite file (a backup, or a database the application has not opened)."""
    engine = make_engine(f"sqlite:///{path}", read_only=True)
    try:
        return check_engine(engine, str(path), progress)
    finally:
        engine.dispose()


def _run(check: Check, title: str, connection) -> list[Finding]:  # type: ignore[no-untyped-def]
    try:
        return check(connection)
    except sa_exc.DBAPIError as error:
        connection.rollback()
        return [_unreadable(title.lower(), error)]


def _unreadable(what: str, error: sa_exc.DBAPIError) -> Finding:
    log.warning("integrity check could not %s: %s", what, error)
    reason = str(error.orig) if error.orig is not None else str(error)
    return Finding("unreadable", f"Không đọc được dữ liệu khi {what}: {reason}.")


class IntegrityService:
    """The checks on the application's own database."""

    def __init__(self, engine: Engine, location: str) -> None:
        self._engine = engine
        self._location = location

    def check(self, progress: Progress | None = None) -> IntegrityReport:
        return check_engine(self._engine, self._location, progress)
