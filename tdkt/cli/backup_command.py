"""`backup [--out FILE]` and `restore FILE`: the database file, copied safely and brought back.

Neither needs the application closed: `backup` reads through SQLite's online backup API, and
`restore` takes the database's lock (so it refuses while a copy of the application has the
file open for writing). Neither opens the database through the services, so a database too
damaged to open can still be backed up as it is and restored over.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from tdkt.cli.framework import EXIT_OK, Command, Context

if TYPE_CHECKING:
    from tdkt.backups.service import BackupService


@contextmanager
def _backup_service(context: Context, *, writing: bool) -> Iterator[BackupService]:
    from tdkt.backups.service import BackupService
    from tdkt.clock import Clock
    from tdkt.paths import resolve_database_url, sqlite_path
    from tdkt.services.base import os_user
    from tdkt.storage.engine import make_engine
    from tdkt.storage.lock import DatabaseLock
    from tdkt.users.access import AccessControl

    url = resolve_database_url(context.db)
    path = sqlite_path(url)
    lock = DatabaseLock.acquire(path) if writing and path is not None else None
    engine = make_engine(url, read_only=not writing)  # connects only when asked to
    access = AccessControl(os_user)
    try:
        yield BackupService(engine, Clock(), access, access.actor)
    finally:
        engine.dispose()
        if lock is not None:
            lock.release()


def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="ghi bản sao lưu ra đúng tệp này (mặc định: thư mục sao lưu trong Cài đặt)",
    )


def _run_backup(context: Context) -> int:
    with _backup_service(context, writing=False) as backups:
        backup = backups.create(context.args.out)
    print(f"Đã sao lưu vào {backup.path}")
    return EXIT_OK


def _configure_restore(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="bản sao lưu cần khôi phục")


def _run_restore(context: Context) -> int:
    with _backup_service(context, writing=True) as backups:
        result = backups.restore(context.args.file)
    if result.safety_backup is not None:
        print(f"Dữ liệu trước khi khôi phục đã được sao lưu vào {result.safety_backup.path}")
    print(f"Đã khôi phục từ {result.source}: {result.summary.counts_text()}.")
    for finding in result.report.findings:
        print(f"Lưu ý: {finding.message}")
    return EXIT_OK


BACKUP = Command(
    "backup",
    "sao lưu cơ sở dữ liệu (an toàn cả khi ứng dụng đang mở)",
    _configure_backup,
    _run_backup,
)
RESTORE = Command(
    "restore",
    "khôi phục từ một bản sao lưu (dữ liệu hiện tại được sao lưu trước)",
    _configure_restore,
    _run_restore,
)
