"""Integrity checks find what is broken: storage damage, dangling references, duplicate active
awards, rows of no or two subjects, a tampered audit log; and say nothing of sound data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tdkt.integrity.service import check_file
from tests.factories import add_award, add_person, add_unit


@pytest.fixture
def database(file_services) -> Path:  # type: ignore[no-untyped-def]
    unit = add_unit(file_services)
    add_person(file_services, unit.id)
    add_award(file_services, "CN01", "LDTT", 2024, decision_no="1/QĐ")
    add_award(file_services, "VP", "TTLDTT", 2024, decision_no="2/QĐ")
    path = file_services.backups.database
    file_services.close()
    return path


def tamper(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            connection.execute(statement)


def codes(path: Path) -> list[str]:
    return [finding.code for finding in check_file(path).findings]


def test_sound_data_passes_on_every_backend(services):
    unit = add_unit(services)
    add_person(services, unit.id)
    add_award(services, "CN01", "LDTT", 2024)
    report = services.integrity.check()
    assert report.sound, report.text()
    assert "dữ liệu toàn vẹn" in report.text()


def test_broken_foreign_key_is_found(database):
    tamper(database, "UPDATE award SET person_id = 999 WHERE person_id IS NOT NULL")
    report = check_file(database)
    assert codes(database) == ["foreign_key", "award_reference"]
    assert "trỏ tới Cá nhân (person) không còn tồn tại" in report.findings[0].message
    assert "1 khen thưởng trỏ tới cá nhân không tồn tại" in report.text()


def test_duplicate_active_award_is_found_and_a_revoked_one_is_not(database):
    copy = (
        "INSERT INTO award (person_id, unit_id, title_id, year, decision_no, issuer, kind, "
        "content, basis, revoke_reason, version, revoked_on) SELECT person_id, unit_id, "
        "title_id, year, decision_no, issuer, kind, content, basis, revoke_reason, 1, {} "
        "FROM award WHERE id = 1"
    )
    tamper(database, copy.format("'2025-01-01'"))
    assert codes(database) == []
    tamper(database, copy.format("NULL"))
    report = check_file(database)
    assert codes(database) == ["duplicate_award"]
    assert "CN01 Nguyễn Văn An: LDTT năm 2024, quyết định 1/QĐ (2 lần)" in report.text()


def test_award_and_rating_of_no_or_two_subjects_are_found(database):
    tamper(database, "UPDATE award SET unit_id = 1 WHERE person_id IS NOT NULL")
    assert codes(database) == ["one_subject"]


def test_tampered_audit_log_is_found(database):
    tamper(database, "DROP TRIGGER audit_log_no_delete")
    assert codes(database) == ["audit_log"]
    tamper(database, "DELETE FROM audit_log WHERE id = 2")
    report = check_file(database)
    assert codes(database) == ["audit_log", "audit_log"]
    assert "thiếu 1 dòng" in report.text()


def test_damaged_file_is_found(database):
    with open(database, "r+b") as damaged:
        damaged.seek(4096 * 2)
        damaged.write(b"\xee" * 4096 * 3)
    report = check_file(database)
    assert not report.sound
    assert {f.code for f in report.findings} & {"storage", "unreadable"}


def test_file_that_is_not_a_database_is_unreadable(tmp_path):
    junk = tmp_path / "rac.db"
    junk.write_bytes(b"x" * 10_000)
    assert codes(junk) == ["unreadable"]
