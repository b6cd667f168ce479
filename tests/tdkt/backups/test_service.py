"""`services.backups`: backup and restore round trip, restore vetting and upgrading, the daily
backup, rotation, settings, and the PostgreSQL answer."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command

from tdkt.backups.settings import BackupSettings
from tdkt.errors import StorageError, ValidationError
from tdkt.people.types import PersonDraft
from tdkt.storage.engine import make_engine
from tdkt.storage.migrations import alembic_config
from tests.factories import add_award, add_person, add_unit

FIRST_REVISION = "d41b31e8957e"


def contents(path: Path) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    """Every row of every table, in order: what "the same data" means."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: connection.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}


@pytest.fixture
def filled(file_services):  # type: ignore[no-untyped-def]
    from tdkt.demo.generator import generate_demo

    generate_demo(file_services, people=40, years=2)
    return file_services


def test_restore_gives_back_exactly_the_data_of_the_backup(filled, clock):
    database = filled.backups.database
    backup = filled.backups.create()
    at_backup = contents(database)
    person = filled.people.list_rows()[0]
    details = filled.people.get(person.id)
    filled.people.update(
        person.id,
        PersonDraft(details.code, "Tên Đã Sửa", details.gender, details.unit_id),
        version=details.version,
    )
    add_unit(filled, "MOI", "Đơn vị mới")
    assert contents(database) != at_backup
    clock.advance(minutes=5)
    result = filled.backups.restore(backup.path)
    restored = contents(database)
    audit = restored.pop("audit_log")
    expected_audit = at_backup.pop("audit_log")
    assert restored == at_backup
    assert audit[: len(expected_audit)] == expected_audit
    (restore_entry,) = audit[len(expected_audit) :]  # the restore itself, logged in the copy
    assert restore_entry[3] == "restore" and backup.path.name in restore_entry[6]
    # The database as it was before the restore is kept, and the application reads on.
    assert result.safety_backup is not None and result.safety_backup.path.exists()
    assert ("MOI",) in {(r[1],) for r in contents(result.safety_backup.path)["unit"]}
    assert filled.people.get(person.id).full_name == details.full_name
    assert result.summary.people == 40 and result.report.sound
    assert filled.integrity.check().sound


def test_restore_refuses_what_is_not_a_tdkt_database(file_services, tmp_path):
    junk = tmp_path / "rac.db"
    junk.write_bytes(b"day khong phai SQLite" * 100)
    other = tmp_path / "khac.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    for path in (junk, other, tmp_path / "khong-co.db"):
        with pytest.raises(ValidationError):
            file_services.backups.restore(path)


def test_restore_refuses_a_backup_of_a_newer_version(file_services, tmp_path):
    newer = file_services.backups.create(tmp_path / "moi.db")
    with sqlite3.connect(newer.path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    with pytest.raises(StorageError, match="phiên bản TĐKT mới hơn"):
        file_services.backups.restore(newer.path)


def test_restore_upgrades_a_backup_of_an_older_schema(file_services, tmp_path):
    old = tmp_path / "cu.db"
    engine = make_engine(f"sqlite:///{old}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, FIRST_REVISION)
        connection.exec_driver_sql(
            "INSERT INTO unit (id, code, name, parent_id, sort_order, active, search_text, "
            "version) VALUES (1, 'CU', 'Đơn vị cũ', NULL, 1, 1, 'cu don vi cu', 1)"
        )
    engine.dispose()
    file_services.backups.restore(old)
    assert [u.code for u in file_services.units.list_rows()] == ["CU"]
    assert file_services.users.list_rows() == []  # the new table exists
    assert file_services.integrity.check().sound


def test_restore_over_a_damaged_database_keeps_a_raw_copy_of_it(filled, tmp_path):
    good = filled.backups.create(tmp_path / "lanh.db")
    database = filled.backups.database
    filled.engine.dispose()
    with open(database, "r+b") as damaged:  # scribble over pages in the middle of the file
        damaged.seek(4096 * 3)
        damaged.write(b"\xff" * 4096 * 4)
    assert not filled.integrity.check().sound
    result = filled.backups.restore(good.path)
    assert result.safety_backup is not None and result.safety_backup.path.exists()
    assert filled.integrity.check().sound
    assert result.summary.people == 40


def test_daily_backup_once_a_day(file_services, clock):
    add_unit(file_services)
    first = file_services.backups.daily()
    assert first is not None and first.reason == "tự động hằng ngày"
    assert file_services.backups.daily() is None
    clock.advance(days=1)
    assert file_services.backups.daily() is not None
    entries = file_services.backups.entries()
    assert len(entries) == 2 and entries[0].summary is not None
    assert entries[0].summary.units == 1


def test_before_a_bulk_change_backs_up_with_the_reason(file_services):
    backup = file_services.backups.before("nhập Excel")
    assert backup is not None and backup.reason == "trước khi nhập Excel"
    assert file_services.backups.entries()[0].file.reason == "trước khi nhập Excel"


def test_in_memory_database_has_nothing_to_back_up(services):
    if services.engine.dialect.name == "postgresql":
        reason = services.backups.unsupported_reason()
        assert reason is not None and "pg_dump" in reason.hint
        with pytest.raises(StorageError, match="quản trị viên"):
            services.backups.create()
    assert services.backups.before("nhập Excel") is None


def test_rotation_runs_after_each_backup(file_services, clock):
    file_services.backups.save_settings(BackupSettings(daily_days=3, monthly_months=1))
    for _ in range(20):
        file_services.backups.daily()
        clock.advance(days=1)
    dates = [e.file.created_at.date() for e in file_services.backups.entries()]
    assert len(dates) == 10  # the ten latest are always kept
    assert dates[0] == date(2025, 12, 15) + timedelta(days=19)


def test_settings_choose_the_folder_and_are_validated(file_services, tmp_path):
    usb = tmp_path / "usb" / "SaoLuu"
    file_services.backups.save_settings(BackupSettings(folder=str(usb), daily_days=60))
    assert file_services.backups.settings().daily_days == 60
    assert file_services.backups.create().path.parent == usb
    with pytest.raises(ValidationError) as refused:
        file_services.backups.save_settings(BackupSettings(folder="tuong-doi", daily_days=0))
    assert set(refused.value.errors) == {"folder", "daily_days"}


def test_latest_sound_backup_skips_a_damaged_one(filled, clock):
    sound = filled.backups.create()
    clock.advance(hours=1)
    broken = filled.backups.create()
    with open(broken.path, "r+b") as damaged:
        damaged.seek(4096 * 2)
        damaged.write(b"\x00" * 4096 * 3)
    latest = filled.backups.latest_sound()
    assert latest is not None and latest.file.path == sound.path


def test_read_only_copy_cannot_restore(file_services, tmp_path, clock):
    from tdkt.app import open_database

    backup = file_services.backups.create(tmp_path / "b.db")
    reader = open_database(str(file_services.backups.database), clock, read_only=True)
    with pytest.raises(StorageError, match="chỉ đọc"):
        reader.backups.restore(backup.path)
    with pytest.raises(StorageError, match="chỉ đọc"):  # nor change where backups go
        reader.backups.save_settings(BackupSettings(daily_days=3))
    reader.close()


def test_entries_show_what_each_backup_holds(file_services, clock):
    unit = add_unit(file_services)
    add_person(file_services, unit.id)
    file_services.backups.create()
    clock.advance(hours=1)
    add_award(file_services, "CN01", "LDTT", 2024)
    file_services.backups.create()
    newest, oldest = file_services.backups.entries()
    assert newest.summary is not None and oldest.summary is not None
    assert (newest.summary.people, newest.summary.awards) == (1, 1)
    assert (oldest.summary.people, oldest.summary.awards) == (1, 0)
    assert newest.summary.counts_text() == "1 đơn vị, 1 cá nhân, 1 khen thưởng"
    assert newest.file.created_at > oldest.file.created_at


def test_backup_never_overwrites_the_database_itself(file_services):
    database = file_services.backups.database
    before = database.stat().st_ino
    with pytest.raises(ValidationError, match="đè lên chính tệp dữ liệu"):
        file_services.backups.create(database)
    assert database.stat().st_ino == before
