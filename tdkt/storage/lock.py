"""One writer per SQLite file: a lock file beside the database says who has it open.

`tdkt.db.lock` holds a line of JSON (user, machine, process, since) for people, and an
operating-system lock for the machine: `fcntl.flock` on Linux and macOS, `msvcrt.locking` on
Windows, both released by the system when the process ends however it ends. So a lock file
whose OS lock is free is stale (the copy that wrote it crashed or was killed) and is taken
over; one whose OS lock is held belongs to a running copy, and a second copy is told who.

The OS lock covers one byte far past the JSON: on Windows a locked range cannot be read by
others, and they must still read who holds it. The file is emptied, never deleted, on release:
deleting it would let two copies lock two different files of the same name.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from tdkt.errors import DatabaseInUseError, StorageError

log = logging.getLogger(__name__)

LOCK_OFFSET = 1 << 20  # the locked byte, past any JSON this module writes
MAX_INFO_BYTES = 4096


@dataclass(frozen=True)
class LockHolder:
    """Who has the database open, as written in the lock file."""

    user: str
    machine: str
    pid: int
    since: str  # ISO date and time

    def describe(self) -> str:
        try:
            when = datetime.fromisoformat(self.since).strftime("%H:%M ngày %d/%m/%Y")
        except ValueError:
            when = self.since
        return f"{self.user or 'một người dùng'} trên máy {self.machine or '?'} (từ {when})"


def in_use_error(path: Path, holder: LockHolder | None) -> DatabaseInUseError:
    who = holder.describe() if holder is not None else "một chương trình TĐKT khác"
    error = DatabaseInUseError(
        f"Tệp dữ liệu {path.name} đang được mở để ghi bởi {who}.",
        "Chỉ một người được sửa dữ liệu cùng lúc. Có thể mở ở chế độ chỉ đọc để xem, "
        "hoặc chờ người đó đóng phần mềm rồi mở lại.",
    )
    error.holder = holder  # type: ignore[attr-defined]
    return error


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def current_user() -> str:
    for variable in ("USERNAME", "USER", "LOGNAME"):
        if os.environ.get(variable):
            return os.environ[variable]
    return ""


class DatabaseLock:
    """Held for as long as a copy of the application may write to the database."""

    def __init__(self, database: Path, fd: int, previous: LockHolder | None) -> None:
        self.database = database
        self.path = lock_path_for(database)
        self._fd: int | None = fd
        # Left by a copy that did not close properly (crash, kill, power cut), if any.
        self.previous = previous

    @classmethod
    def acquire(
        cls, database: Path, user: str | None = None, now: datetime | None = None
    ) -> DatabaseLock:
        """Take the lock or raise DatabaseInUseError naming who holds it."""
        path = lock_path_for(database)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as error:
            raise StorageError(
                f"Không tạo được tệp khóa {path}: {error.strerror or error}.",
                "Hãy kiểm tra quyền ghi của thư mục chứa tệp dữ liệu.",
            ) from error
        if not _try_lock(fd):
            os.close(fd)
            raise in_use_error(database, read_holder(database))
        previous = _parse(_read_all(fd))
        if previous is not None:
            log.warning("stale lock on %s left by %s; taking it over", database, previous)
        holder = LockHolder(
            user=user if user is not None else current_user(),
            machine=socket.gethostname(),
            pid=os.getpid(),
            since=(now or datetime.now()).replace(microsecond=0).isoformat(),
        )
        _write_all(fd, json.dumps(asdict(holder), ensure_ascii=False).encode("utf-8"))
        return cls(database, fd, previous)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _write_all(fd, b"")
        except OSError:
            log.warning("could not empty %s", self.path, exc_info=True)
        _unlock(fd)
        os.close(fd)


def read_holder(database: Path) -> LockHolder | None:
    """Who the lock file names, or None if it is empty, missing or unreadable."""
    try:
        with open(lock_path_for(database), "rb") as handle:
            return _parse(handle.read(MAX_INFO_BYTES))
    except OSError:
        return None


def _parse(data: bytes) -> LockHolder | None:
    try:
        values = json.loads(data.decode("utf-8"))
        return LockHolder(
            str(values["user"]), str(values["machine"]), int(values["pid"]), str(values["since"])
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _read_all(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, MAX_INFO_BYTES)


def _write_all(fd: int, data: bytes) -> None:
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)
    os.fsync(fd)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            log.warning("could not unlock the database lock file", exc_info=True)

else:
    import fcntl

    # flock, not lockf: flock belongs to the open file, so reading the lock file through
    # another descriptor of the same process does not drop it (POSIX record locks would).
    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
