"""Restore a backup into the live database: vet, copy, upgrade and log in a side file, then
swap its content in with one SQLite transaction.

The chosen file is never changed. Its copy is brought to the current schema, checked, and
given the audit entry of the restore before anything touches the live database; the live
file then receives the copy through the online backup API, which writes in one transaction:
killed halfway, the database is still the one before the restore. The live file stays the
same file (same path, same inode), so other connections and the lock file stay valid.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy.orm import Session

from tdkt.backups.files import snapshot
from tdkt.backups.inspect import DatabaseSummary, inspect_database
from tdkt.errors import StorageError, ValidationError
from tdkt.integrity.service import check_file
from tdkt.integrity.types import IntegrityReport
from tdkt.storage.engine import make_engine, make_sessions
from tdkt.storage.migrations import head_revision, known_revisions, upgrade_to_head
from tdkt.storage.unit_of_work import unit_of_work

# Findings that make a copy unusable; other findings (a duplicate award) are reported only.
STORAGE_FINDINGS = {"storage", "foreign_key", "unreadable"}
NEWER = StorageError(
    "Bản sao lưu này được tạo bởi phiên bản TĐKT mới hơn phiên bản đang chạy.",
    "Hãy cập nhật phần mềm TĐKT lên phiên bản mới nhất rồi khôi phục lại.",
)


def vet(chosen: Path) -> DatabaseSummary:
    """Refuse a file that is not a TĐKT database of a schema this version knows."""
    summary = inspect_database(chosen)
    if summary.revision is None:
        raise ValidationError(f"Tệp {chosen.name} không phải cơ sở dữ liệu TĐKT.")
    if summary.revision not in known_revisions():
        raise NEWER
    return summary


def prepared_path(live: Path) -> Path:
    return live.with_name(f".{live.name}.khoi-phuc")


def prepare(
    chosen: Path, live: Path, actor: str, log: Callable[[Session], None]
) -> tuple[Path, IntegrityReport]:
    """Copy `chosen` beside `live`, upgrade it, log the restore in it, check it."""
    prepared = prepared_path(live)
    remove_side_files(prepared)
    snapshot(chosen, prepared)
    engine = make_engine(f"sqlite:///{prepared}")
    try:
        if _revision(prepared) != head_revision():
            upgrade_to_head(engine, backup=lambda path: path)  # a scratch copy: no backup
        with unit_of_work(make_sessions(engine), actor) as session:
            log(session)
    finally:
        engine.dispose()
    report = check_file(prepared)
    broken = [f for f in report.findings if f.code in STORAGE_FINDINGS]
    if broken:
        remove_side_files(prepared)
        raise StorageError(
            f"Bản sao lưu {chosen.name} bị hỏng, không khôi phục được: {broken[0].message}",
            "Hãy chọn một bản sao lưu khác.",
        )
    return prepared, report


def install(prepared: Path, live: Path) -> None:
    """Replace the content of `live` by that of `prepared`, in one transaction."""
    try:
        with (
            closing(sqlite3.connect(prepared)) as source,
            closing(sqlite3.connect(live, timeout=15)) as target,
        ):
            _match_page_size(source, target)
            source.backup(target)
    except sqlite3.Error as error:
        raise StorageError(
            f"Không ghi được dữ liệu khôi phục vào {live}: {error}. Dữ liệu hiện tại không "
            "bị thay đổi.",
            "Hãy đóng các cửa sổ TĐKT khác đang mở tệp này, kiểm tra dung lượng ổ đĩa rồi thử lại.",
        ) from error


def remove_side_files(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)


def _revision(path: Path) -> str | None:
    return inspect_database(path).revision


def _match_page_size(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """A WAL database only accepts a backup of its own page size: convert the copy if needed."""
    wanted = target.execute("PRAGMA page_size").fetchone()[0]
    if source.execute("PRAGMA page_size").fetchone()[0] != wanted:
        source.execute("PRAGMA journal_mode = DELETE")
        source.execute(f"PRAGMA page_size = {int(wanted)}")
        source.execute("VACUUM")
