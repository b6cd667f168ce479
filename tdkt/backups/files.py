"""Backup files: their names, the online copy that makes them, and finding them again.

A backup is made with SQLite's online backup API, so it is a consistent snapshot even while
the application writes (and it includes what is still in the WAL). It is written under a
temporary name, read back with `quick_check`, flushed to the disk and only then renamed:
a crash or a full disk never leaves a half backup under a real backup's name.

Names read `<database>_<YYYY-MM-DD_HH-MM-SS>_<reason>.db`, e.g.
`tdkt_2025-12-15_09-00-00_truoc-khi-nhap-excel.db`, so a folder of backups is readable in a
file manager and sorts by date; backups of several databases can share a folder.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tdkt.errors import StorageError
from tdkt.progress import NullProgress, Progress
from tdkt.text import fold

PAGES_PER_STEP = 2048  # 8 MB at a time: progress for large files, little overhead
PARTIAL_SUFFIX = ".dang-ghi"
STAMP_FORMAT = "%Y-%m-%d_%H-%M-%S"
NAME = re.compile(
    r"^(?P<stem>.+)_(?P<stamp>\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2})_(?P<slug>[a-z0-9-]+)\.db$"
)

DAILY = "tự động hằng ngày"
MANUAL = "sao lưu thủ công"
# What `before(action)` is called with across the application (the label of its backup is
# "trước khi " + action). Another action works too; its label then shows without diacritics
# in other sessions.
ACTION_IMPORT = "nhập Excel"
ACTION_RESTORE = "khôi phục"
ACTION_MIGRATION = "nâng cấp cấu trúc dữ liệu"
ACTION_DEMO = "tạo dữ liệu mẫu"
ACTION_BULK = "thao tác hàng loạt"
KNOWN_ACTIONS = (ACTION_IMPORT, ACTION_RESTORE, ACTION_MIGRATION, ACTION_DEMO, ACTION_BULK)


def before_reason(action: str) -> str:
    return f"trước khi {action}"


def slug(reason: str) -> str:
    words = re.findall(r"[a-z0-9]+", fold(reason))
    return "-".join(words)[:60] or "sao-luu"


_LABELS = {slug(r): r for r in (DAILY, MANUAL, *map(before_reason, KNOWN_ACTIONS))}


def remember_reason(reason: str) -> None:
    """Let a reason made up at run time show with its diacritics in this session."""
    _LABELS.setdefault(slug(reason), reason)


def reason_label(reason_slug: str) -> str:
    base = re.sub(r"-\d+$", "", reason_slug)  # "-2": a second backup in the same second
    return _LABELS.get(reason_slug) or _LABELS.get(base) or base.replace("-", " ")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created_at: datetime
    reason: str  # Vietnamese, for people

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def parse_backup(path: Path, database: Path) -> BackupFile | None:
    """The backup a file name describes, if it is a backup of `database`."""
    match = NAME.match(path.name)
    if match is None or match["stem"] != database.stem:
        return None
    created = datetime.strptime(match["stamp"], STAMP_FORMAT)
    return BackupFile(path, created, reason_label(match["slug"]))


def find_backups(folder: Path, database: Path) -> list[BackupFile]:
    """Backups of `database` in `folder`, newest first (none if the folder is missing)."""
    try:
        candidates = list(folder.glob(f"{glob_escape(database.stem)}_*.db"))
    except OSError:
        return []
    found = [b for p in candidates if (b := parse_backup(p, database)) is not None]
    return sorted(found, key=backup_order, reverse=True)


def backup_order(backup: BackupFile) -> tuple[datetime, int]:
    """By time, then by the `-2`, `-3` of backups made in the same second."""
    counter = re.search(r"-(\d+)\.db$", backup.path.name)
    return backup.created_at, int(counter[1]) if counter else 1


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


class DamagedDatabaseError(StorageError):
    """The database to back up is damaged: SQLite cannot copy it page by page."""


def write_backup(
    database: Path, folder: Path, reason: str, at: datetime, progress: Progress | None = None
) -> BackupFile:
    """Back `database` up into `folder` under a new name; returns the backup."""
    target = _new_name(database, folder, reason, at)
    snapshot(database, target, progress)
    return BackupFile(target, at.replace(microsecond=0), reason)


def write_raw_copy(database: Path, folder: Path, reason: str, at: datetime) -> BackupFile:
    """Copy a damaged database byte for byte (with its WAL): the backup API refuses it, and a
    damaged file is still worth keeping before it is replaced."""
    target = _new_name(database, folder, reason, at)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        wal = database.with_name(database.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, target.with_name(target.name + "-wal"))
        shutil.copy2(database, target)
    except OSError as error:
        raise backup_error(error, folder) from error
    return BackupFile(target, at.replace(microsecond=0), reason)


def _new_name(database: Path, folder: Path, reason: str, at: datetime) -> Path:
    remember_reason(reason)
    base = f"{database.stem}_{at.strftime(STAMP_FORMAT)}_{slug(reason)}"
    target = folder / f"{base}.db"
    counter = 2
    while target.exists() or target.with_name(target.name + PARTIAL_SUFFIX).exists():
        target = folder / f"{base}-{counter}.db"
        counter += 1
    return target


def snapshot(source: Path, target: Path, progress: Progress | None = None) -> None:
    """Copy the SQLite database `source` to `target` consistently and atomically."""
    if not source.is_file():
        raise StorageError(
            f"Không tìm thấy tệp dữ liệu {source} để sao lưu.",
            "Hãy kiểm tra tệp dữ liệu còn ở chỗ cũ.",
        )
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _copy(source, partial, progress or NullProgress())
        _flush_to_disk(partial)
        os.replace(partial, target)
        _flush_to_disk(target.parent)
    except sqlite3.DatabaseError as error:
        if _damaged(error):
            raise DamagedDatabaseError(
                f"Tệp dữ liệu {source.name} bị hỏng, không sao lưu theo cách thông thường "
                f"được ({error}).",
                "Hãy khôi phục từ một bản sao lưu lành.",
            ) from error
        raise backup_error(error, target.parent) from error
    except (OSError, sqlite3.Error) as error:
        raise backup_error(error, target.parent) from error
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            if leftover.exists():
                leftover.unlink()


def _copy(source: Path, target: Path, progress: Progress) -> None:
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst, pages=PAGES_PER_STEP, progress=_reporter(progress))
        # One self-contained file (no -wal beside it) that opens read-only anywhere.
        dst.execute("PRAGMA journal_mode = DELETE")
        verdict = [row[0] for row in dst.execute("PRAGMA quick_check")]
    if verdict != ["ok"]:
        raise sqlite3.DatabaseError("malformed: quick_check: " + "; ".join(verdict[:3]))


def _damaged(error: sqlite3.DatabaseError) -> bool:
    if isinstance(error, sqlite3.OperationalError):  # full, read-only, locked: the target
        return False
    return any(word in str(error).lower() for word in ("malformed", "not a database", "corrupt"))


def _reporter(progress: Progress) -> Callable[[int, int, int], None]:
    def report(_status: int, remaining: int, total: int) -> None:
        if total:
            progress.report((total - remaining) / total, "Đang sao lưu dữ liệu…")

    return report


def _flush_to_disk(path: Path) -> None:
    """fsync a file, or a folder so a rename in it survives a power cut (not on Windows)."""
    if path.is_dir() and os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_error(error: BaseException, folder: Path) -> StorageError:
    text = str(error).lower()
    code = getattr(error, "errno", None)
    if code == errno.ENOSPC or "full" in text:
        return StorageError(
            f"Không đủ chỗ trống để sao lưu vào {folder}. Chưa có thay đổi nào được thực hiện.",
            "Hãy giải phóng dung lượng ổ đĩa, hoặc chọn thư mục sao lưu khác trong "
            "Cài đặt › Sao lưu và khôi phục.",
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text:
        return StorageError(
            f"Không ghi được vào thư mục sao lưu {folder} (thư mục chỉ cho phép đọc hoặc "
            "không có quyền ghi).",
            "Hãy chọn thư mục sao lưu khác trong Cài đặt › Sao lưu và khôi phục.",
        )
    return StorageError(
        f"Không tạo được bản sao lưu trong {folder}: {error}.",
        "Hãy kiểm tra thư mục sao lưu (ổ USB hoặc ổ mạng còn kết nối?) rồi thử lại.",
    )
