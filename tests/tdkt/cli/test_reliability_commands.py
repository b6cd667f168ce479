"""`backup`, `restore` and `check` on the command line: outputs, files and exit statuses."""

from __future__ import annotations

import sqlite3

import pytest

from main import main
from tdkt.app import open_database
from tests.factories import add_person, add_unit


@pytest.fixture
def database(tmp_path, data_dir, clock):  # type: ignore[no-untyped-def]
    path = tmp_path / "tdkt.db"
    services = open_database(str(path), clock)
    unit = add_unit(services)
    add_person(services, unit.id)
    services.close()
    return path


def test_check_reports_sound_data_with_status_0(database, capsys):
    assert main(["--db", str(database), "check"]) == 0
    out = capsys.readouterr().out
    assert "dữ liệu toàn vẹn" in out and "quick_check" in out


def test_check_reports_problems_with_status_1(database, capsys):
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("UPDATE person SET unit_id = 99")
    assert main(["check", "--db", str(database)]) == 1
    assert "phát hiện 1 vấn đề" in capsys.readouterr().out


def test_check_of_a_missing_file_is_bad_input(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "khong-co.db"), "check"]) == 2
    assert "Không tìm thấy" in capsys.readouterr().err
    assert not (tmp_path / "khong-co.db").exists()


def test_check_runs_while_the_application_has_the_file_open(database, clock, capsys):
    services = open_database(str(database), clock)
    try:
        assert main(["--db", str(database), "check"]) == 0
        assert main(["--db", str(database), "backup"]) == 0
    finally:
        services.close()


def test_backup_then_restore_round_trip(database, tmp_path, data_dir, clock, capsys):
    copy = tmp_path / "ban-sao.db"
    assert main(["--db", str(database), "backup", "--out", str(copy)]) == 0
    assert str(copy) in capsys.readouterr().out
    services = open_database(str(database), clock)
    add_unit(services, "MOI", "Đơn vị mới")
    services.close()
    assert main(["--db", str(database), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "Đã khôi phục" in out and "1 đơn vị, 1 cá nhân, 0 khen thưởng" in out
    assert "sao lưu vào" in out  # the data before the restore was kept
    services = open_database(str(database), clock)
    assert [u.code for u in services.units.list_rows()] == ["VP"]
    services.close()
    assert any("truoc-khi-khoi-phuc" in p.name for p in (data_dir / "backups").iterdir())


def test_backup_goes_to_the_backup_folder_by_default(database, data_dir, capsys):
    assert main(["--db", str(database), "backup"]) == 0
    (made,) = (data_dir / "backups").iterdir()
    assert made.name.startswith("tdkt_") and made.name.endswith("_sao-luu-thu-cong.db")


def test_restore_is_refused_while_another_copy_writes(database, tmp_path, clock, capsys):
    copy = tmp_path / "ban-sao.db"
    assert main(["--db", str(database), "backup", "--out", str(copy)]) == 0
    services = open_database(str(database), clock)
    try:
        assert main(["--db", str(database), "restore", str(copy)]) == 1
        assert "đang được mở để ghi" in capsys.readouterr().err
    finally:
        services.close()


def test_restore_of_a_file_that_is_not_a_backup_is_bad_input(database, tmp_path, capsys):
    junk = tmp_path / "rac.db"
    junk.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    assert main(["--db", str(database), "restore", str(junk)]) == 2
    assert "không phải cơ sở dữ liệu TĐKT" in capsys.readouterr().err


def test_backup_on_postgresql_explains_pg_dump(capsys):
    url = "postgresql+psycopg://u:p@127.0.0.1:1/khong_co"
    assert main(["--db", url, "backup"]) == 1
    assert "pg_dump" in capsys.readouterr().err
    assert main(["--db", url, "restore", "x.db"]) == 1
    assert "pg_restore" in capsys.readouterr().err
