"""One writer per SQLite file: the lock names who holds it, a second copy is refused or reads
only, and a lock left by a killed process is recognised and taken over."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tdkt.app import open_database
from tdkt.errors import DatabaseInUseError, StorageError
from tdkt.storage.lock import DatabaseLock, lock_path_for, read_holder
from tests.factories import add_unit

ROOT = Path(__file__).resolve().parents[3]


def test_lock_file_says_who_holds_it(tmp_path):
    database = tmp_path / "tdkt.db"
    lock = DatabaseLock.acquire(database, user="thu.ky", now=datetime(2025, 12, 15, 9, 30))
    holder = read_holder(database)
    assert holder is not None
    assert (holder.user, holder.since) == ("thu.ky", "2025-12-15T09:30:00")
    assert "thu.ky trên máy" in holder.describe() and "09:30 ngày 15/12/2025" in holder.describe()
    assert lock.previous is None
    lock.release()
    assert lock_path_for(database).read_bytes() == b""  # emptied, not deleted
    assert read_holder(database) is None


def test_second_copy_is_refused_with_the_holder_named(tmp_path):
    database = tmp_path / "tdkt.db"
    first = DatabaseLock.acquire(database, user="thu.ky")
    with pytest.raises(DatabaseInUseError) as refused:
        DatabaseLock.acquire(database, user="nguoi.khac")
    assert refused.value.holder is not None and refused.value.holder.user == "thu.ky"
    assert "đang được mở để ghi bởi thu.ky" in refused.value.message
    assert "chỉ đọc" in refused.value.hint
    first.release()
    DatabaseLock.acquire(database, user="nguoi.khac").release()  # free again


def test_lock_file_without_a_live_holder_is_stale_and_taken_over(tmp_path):
    database = tmp_path / "tdkt.db"
    left = {"user": "cu", "machine": "may-cu", "pid": 1, "since": "2025-01-01T08:00:00"}
    lock_path_for(database).write_text(json.dumps(left), encoding="utf-8")
    lock = DatabaseLock.acquire(database, user="moi")
    assert lock.previous is not None and lock.previous.user == "cu"
    assert read_holder(database).user == "moi"  # type: ignore[union-attr]
    lock.release()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_lock_of_a_killed_process_is_released_by_the_system(tmp_path):
    database = tmp_path / "tdkt.db"
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from tdkt.storage.lock import DatabaseLock\n"
        f"DatabaseLock.acquire(Path({str(database)!r}), user='bi.giet')\n"
        "print('held', flush=True)\n"
        "sys.stdin.readline()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseInUseError):
            DatabaseLock.acquire(database)
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.wait() == -signal.SIGKILL
    lock = DatabaseLock.acquire(database, user="sau")
    assert lock.previous is not None and lock.previous.user == "bi.giet"
    lock.release()


def test_second_open_of_a_database_is_refused_and_can_read_only(tmp_path, data_dir, clock):
    path = str(tmp_path / "tdkt.db")
    writer = open_database(path, clock, actor=lambda: "thu.ky")
    add_unit(writer)
    with pytest.raises(DatabaseInUseError):
        open_database(path, clock)
    reader = open_database(path, clock, read_only=True)
    assert reader.read_only and reader.lock is None
    assert [u.code for u in reader.units.list_rows()] == ["VP"]
    with pytest.raises(StorageError, match="chỉ đọc"):
        add_unit(reader, "P2", "Phòng 2")
    assert "thu.ky" in reader.access.read_only_reason
    reader.close()
    writer.close()
    open_database(path, clock).close()  # closing released the lock


def test_read_only_open_of_a_missing_file_explains(tmp_path):
    with pytest.raises(StorageError, match="Không tìm thấy tệp dữ liệu"):
        open_database(str(tmp_path / "khong-co.db"), read_only=True)
