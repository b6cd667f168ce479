"""Backups as the rest of the application sees them: `services.backups`.

- `before(action)`: call it before a bulk change (an Excel import, a bulk edit): it backs the
  database up and returns the backup, or None where there is no file to back up
  (PostgreSQL, in-memory). It raises StorageError if the backup fails, so the change does
  not go ahead unprotected.
- `daily()`: the first start of the day makes a backup.
- `create()`, `entries()`, `latest_sound()`, `restore()`, `settings()`, `save_settings()`:
  the command line and the Sao lưu page.

On PostgreSQL the administrator backs up with pg_dump; this service says so in Vietnamese.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from tdkt.audit.recorder import log_action
from tdkt.backups import restore as restoring
from tdkt.backups.files import (
    ACTION_RESTORE,
    DAILY,
    MANUAL,
    PARTIAL_SUFFIX,
    BackupFile,
    DamagedDatabaseError,
    before_reason,
    find_backups,
    glob_escape,
    snapshot,
    write_backup,
    write_raw_copy,
)
from tdkt.backups.inspect import DatabaseSummary, inspect_database
from tdkt.backups.rotation import expired
from tdkt.backups.settings import BackupSettings, load_settings, save_settings, validate_settings
from tdkt.clock import Clock
from tdkt.errors import StorageError, TdktError, ValidationError
from tdkt.integrity.service import check_file
from tdkt.integrity.types import IntegrityReport
from tdkt.progress import Progress
from tdkt.storage.engine import database_file
from tdkt.storage.guard import WriteGuard

log = logging.getLogger(__name__)

POSTGRES_MESSAGE = (
    "Cơ sở dữ liệu dùng chung trên PostgreSQL do quản trị viên sao lưu và khôi phục, "
    "không làm từ phần mềm này."
)
POSTGRES_HINT = (
    "Quản trị viên dùng pg_dump để sao lưu (ví dụ: pg_dump -Fc -f tdkt.dump <tên cơ sở dữ liệu>) "
    "và pg_restore để khôi phục."
)
MEMORY_MESSAGE = "Cơ sở dữ liệu tạm trong bộ nhớ không có tệp để sao lưu."


@dataclass(frozen=True)
class BackupEntry:
    """A backup with what it holds (None and a reason when it cannot be read)."""

    file: BackupFile
    summary: DatabaseSummary | None
    problem: str = ""


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    safety_backup: BackupFile | None  # the database as it was just before the restore
    summary: DatabaseSummary
    report: IntegrityReport


class BackupService:
    def __init__(
        self,
        engine: Engine,
        clock: Clock,
        guard: WriteGuard,
        actor: Callable[[], str],
        settings_file: Path | None = None,
    ) -> None:
        self._engine = engine
        self._clock = clock
        self._guard = guard
        self._actor = actor
        self._settings_file = settings_file

    # --- where, and whether

    @property
    def database(self) -> Path | None:
        return database_file(self._engine)

    def unsupported_reason(self) -> StorageError | None:
        if self._engine.dialect.name != "sqlite":
            return StorageError(POSTGRES_MESSAGE, POSTGRES_HINT)
        if self.database is None:
            return StorageError(MEMORY_MESSAGE)
        return None

    def settings(self) -> BackupSettings:
        return load_settings(self._settings_file)

    def save_settings(self, settings: BackupSettings) -> BackupSettings:
        self._guard.check_write()  # a file, not the database: the sessions' guard is not asked
        errors = validate_settings(settings)
        if not errors:
            problem = _writable(settings.folder_path())
            if problem:
                errors["folder"] = problem
        if errors:
            raise ValidationError(errors)
        save_settings(settings, self._settings_file)
        return settings

    def folder(self) -> Path:
        return self.settings().folder_path()

    # --- making backups

    def before(self, action: str, progress: Progress | None = None) -> BackupFile | None:
        """Back up before `action` (e.g. "nhập Excel"); None where nothing can be backed up."""
        database = self.database
        if database is None or not database.exists():
            return None
        return self._write(database, before_reason(action), progress)

    def create(self, out: Path | None = None, progress: Progress | None = None) -> BackupFile:
        """A backup on request: into the backup folder, or exactly to `out`."""
        database = self._require_file()
        if out is None:
            return self._write(database, MANUAL, progress)
        if out.resolve() == database.resolve():
            raise ValidationError("Không thể sao lưu đè lên chính tệp dữ liệu đang dùng.")
        snapshot(database, out, progress)
        return BackupFile(out, self._clock.now(), MANUAL)

    def daily(self) -> BackupFile | None:
        """The day's automatic backup, unless one was already made today."""
        database = self.database
        if database is None or not database.exists():
            return None
        today = self._clock.today()
        if any(b.created_at.date() == today for b in find_backups(self.folder(), database)):
            return None
        return self._write(database, DAILY, None)

    # --- reading backups

    def entries(self) -> list[BackupEntry]:
        """Backups of this database in the backup folder, newest first, with their counts."""
        database = self._require_file()
        return [_entry(b) for b in find_backups(self.folder(), database)]

    def latest_sound(self, progress: Progress | None = None) -> BackupEntry | None:
        """The newest backup that passes every integrity check, if any."""
        for entry in self.entries():
            if entry.summary is not None and check_file(entry.file.path, progress).sound:
                return entry
        return None

    # --- restoring

    def restore(self, source: Path, progress: Progress | None = None) -> RestoreResult:
        """Replace the database by a backup: the current data is backed up first."""
        live = self._require_file()
        self._guard.check_write()
        restoring.vet(source)

        def record(session: Session) -> None:
            session.info["clock"] = self._clock
            log_action(
                session, "restore", "database", f"Khôi phục từ {source.name}", {"file": str(source)}
            )

        prepared, report = restoring.prepare(source, live, self._actor(), record)
        try:
            safety = self._safety_copy(live, progress)
            self._engine.dispose()  # no pooled connection holds an old read snapshot
            restoring.install(prepared, live)
        finally:
            restoring.remove_side_files(prepared)
        self._engine.dispose()
        return RestoreResult(source, safety, inspect_database(live), report)

    # --- helpers

    def _safety_copy(self, live: Path, progress: Progress | None) -> BackupFile | None:
        """Back the live database up before a restore; a damaged one is copied as it is."""
        try:
            if inspect_database(live).empty:
                return None  # nothing to lose
        except ValidationError:
            pass  # unreadable: all the more reason to keep a copy
        reason = before_reason(ACTION_RESTORE)
        try:
            return self._write(live, reason, progress)
        except DamagedDatabaseError:
            return write_raw_copy(live, self.folder(), reason, self._clock.now())

    def _require_file(self) -> Path:
        reason = self.unsupported_reason()
        if reason is not None:
            raise reason
        assert self.database is not None
        return self.database

    def _write(self, database: Path, reason: str, progress: Progress | None) -> BackupFile:
        settings = self.settings()
        backup = write_backup(database, settings.folder_path(), reason, self._clock.now(), progress)
        log.info("backed up %s to %s (%s)", database, backup.path, reason)
        self._rotate(database, settings)
        return backup

    def _rotate(self, database: Path, settings: BackupSettings) -> None:
        sweep_partials(settings.folder_path(), database)
        backups = find_backups(settings.folder_path(), database)
        for old in expired(
            backups, self._clock.now(), settings.daily_days, settings.monthly_months
        ):
            try:
                old.path.unlink()
                log.info("rotation removed %s", old.path)
            except OSError:
                log.warning("rotation could not remove %s", old.path, exc_info=True)


# A copy still being written by another process is younger than this; older ones were
# left by a crash or a kill mid-copy and only take space.
PARTIAL_MAX_AGE_S = 3600


def sweep_partials(folder: Path, database: Path) -> None:
    """Remove half-written backups of `database` that a crash left behind."""
    pattern = f"{glob_escape(database.stem)}_*{PARTIAL_SUFFIX}*"
    for leftover in folder.glob(pattern):
        try:
            if time.time() - leftover.stat().st_mtime > PARTIAL_MAX_AGE_S:
                leftover.unlink()
                log.info("removed an unfinished backup %s", leftover)
        except OSError:
            log.warning("could not remove unfinished backup %s", leftover, exc_info=True)


def _entry(backup: BackupFile) -> BackupEntry:
    try:
        return BackupEntry(backup, inspect_database(backup.path))
    except TdktError as error:
        return BackupEntry(backup, None, error.message)


def _writable(folder: Path) -> str:
    """Why `folder` cannot take backups, or "" when it can (it is created if missing)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        return f"Không ghi được vào thư mục {folder}: {error.strerror or error}."
    return ""
