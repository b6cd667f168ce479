"""Backup files: readable names, an online copy that is consistent and never half-written,
and the rotation that keeps one a day, one a month and the latest few."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tdkt.backups.files import (
    ACTION_IMPORT,
    DAILY,
    BackupFile,
    before_reason,
    find_backups,
    parse_backup,
    snapshot,
    write_backup,
)
from tdkt.backups.rotation import expired
from tdkt.errors import StorageError


def make_database(path: Path, rows: int = 3) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        connection.executemany(
            "INSERT INTO t (v) VALUES (?)", [(f"dòng {i}",) for i in range(rows)]
        )
    return path


def test_names_are_readable_and_parse_back(tmp_path):
    database = make_database(tmp_path / "tdkt.db")
    at = datetime(2025, 12, 15, 9, 5, 7)
    backup = write_backup(database, tmp_path / "sao-luu", before_reason(ACTION_IMPORT), at)
    assert backup.path.name == "tdkt_2025-12-15_09-05-07_truoc-khi-nhap-excel.db"
    again = write_backup(database, tmp_path / "sao-luu", before_reason(ACTION_IMPORT), at)
    assert again.path.name == "tdkt_2025-12-15_09-05-07_truoc-khi-nhap-excel-2.db"
    parsed = parse_backup(again.path, database)
    assert parsed == BackupFile(again.path, at, "trước khi nhập Excel")
    assert parse_backup(again.path, tmp_path / "khac.db") is None  # another database's
    assert [b.path for b in find_backups(tmp_path / "sao-luu", database)] == [
        again.path,
        backup.path,
    ]


def test_snapshot_includes_the_wal_and_is_one_file(tmp_path):
    database = tmp_path / "tdkt.db"
    keeper = sqlite3.connect(database)  # holds the WAL open: the rows live only in the WAL
    keeper.execute("PRAGMA journal_mode = WAL")
    keeper.execute("CREATE TABLE t (v TEXT)")
    keeper.execute("INSERT INTO t VALUES ('trong WAL')")
    keeper.commit()
    target = tmp_path / "copy.db"
    snapshot(database, target)
    keeper.close()
    assert not (tmp_path / "copy.db-wal").exists()
    with sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True) as copy:
        assert copy.execute("SELECT v FROM t").fetchall() == [("trong WAL",)]
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_failed_snapshot_leaves_nothing_under_a_backup_name(tmp_path, monkeypatch):
    database = make_database(tmp_path / "tdkt.db")
    folder = tmp_path / "usb"

    def no_room(*_args):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tdkt.backups.files.os.replace", no_room)
    with pytest.raises(StorageError) as failed:
        write_backup(database, folder, DAILY, datetime(2025, 12, 15, 9, 0))
    assert "Không đủ chỗ trống" in failed.value.message
    assert list(folder.iterdir()) == []


def test_unwritable_backup_folder_is_explained(tmp_path, monkeypatch):
    database = make_database(tmp_path / "tdkt.db")

    def refused(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tdkt.backups.files.Path.mkdir", refused)
    with pytest.raises(StorageError, match="chỉ cho phép đọc hoặc không có quyền ghi"):
        write_backup(database, tmp_path / "ro", DAILY, datetime(2025, 12, 15, 9, 0))


def test_snapshot_of_a_missing_database_is_explained(tmp_path):
    with pytest.raises(StorageError, match="Không tìm thấy tệp dữ liệu"):
        snapshot(tmp_path / "khong-co.db", tmp_path / "x.db")
    assert not (tmp_path / "khong-co.db").exists()  # and no empty file was created


def backups_every(start: datetime, step: timedelta, count: int) -> list[BackupFile]:
    return [BackupFile(Path(f"b{i:04d}.db"), start + i * step, DAILY) for i in range(count)]


def test_rotation_keeps_a_day_for_30_days_a_month_for_24_months_and_the_latest():
    now = datetime(2025, 12, 15, 18, 0)
    # Three backups a day for three years.
    backups = backups_every(datetime(2022, 12, 16, 8, 0), timedelta(hours=8), 3 * 365 * 3)
    backups = [b for b in backups if b.created_at <= now]
    gone = expired(backups, now, daily_days=30, monthly_months=24, keep_latest=10)
    kept = sorted(set(backups) - set(gone), key=lambda b: b.created_at)
    recent = [b for b in kept if b.created_at.date() > (now - timedelta(days=30)).date()]
    assert len({b.created_at.date() for b in recent}) == 30
    older = [b for b in kept if b not in recent]
    months = {(b.created_at.year, b.created_at.month) for b in older}
    assert len(older) == len(months)  # one per month beyond the daily window
    assert min(months) == (2024, 1)  # 24 months: January 2024 to December 2025
    newest = sorted(backups, key=lambda b: b.created_at)[-10:]
    assert set(newest) <= set(kept)
    assert len(kept) == len(recent) + len(older)


def test_rotation_with_few_backups_deletes_nothing():
    backups = backups_every(datetime(2025, 1, 1), timedelta(days=40), 5)
    assert expired(backups, datetime(2025, 12, 15), 30, 24) == []
