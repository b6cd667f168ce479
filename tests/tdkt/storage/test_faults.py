"""Environment faults give a clear Vietnamese message, never a crash and never half a change:
a full disk, a read-only database, the file deleted, moved or replaced under the application,
an edit made from a stale form."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace

import pytest
from sqlalchemy import event, func, select, text

from tdkt.app import build_services, open_database
from tdkt.audit.records import AuditRecord
from tdkt.errors import StaleEditError, StorageError
from tdkt.people.records import PersonRecord
from tdkt.people.types import PersonDraft
from tdkt.storage.engine import make_engine
from tdkt.storage.unit_of_work import unit_of_work
from tests.factories import add_person, add_unit


def counts(services):  # type: ignore[no-untyped-def]
    with services.sessions() as session:
        people = session.scalar(select(func.count()).select_from(PersonRecord))
        audit = session.scalar(select(func.count()).select_from(AuditRecord))
    return people, audit


def test_full_disk_is_explained_and_nothing_is_half_written(file_services):
    unit = add_unit(file_services)
    add_person(file_services, unit.id)
    before = counts(file_services)

    # SQLite's page limit plays the full disk: the next pages cannot be allocated.
    @event.listens_for(file_services.engine, "connect")
    def _small_disk(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    file_services.engine.dispose()
    long_note = "Ghi chú rất dài. " * 4000
    with pytest.raises(StorageError) as failed:
        add_person(file_services, unit.id, "CN02", "Trần Thị Bé", gender="nu", note=long_note)
    assert "Ổ đĩa đã đầy" in failed.value.message
    assert "giải phóng dung lượng" in failed.value.hint
    assert counts(file_services) == before


def test_database_that_cannot_be_written_is_explained(tmp_path, data_dir, clock):
    path = tmp_path / "tdkt.db"
    open_database(str(path), clock).close()
    # The read-only engine behaves as a read-only folder or file does (chmod means nothing
    # to root, who runs the suite in CI); the services were not told, so SQLite refuses.
    services = build_services(make_engine(f"sqlite:///{path}", read_only=True), clock)
    with pytest.raises(StorageError) as failed:
        add_unit(services)
    assert "chỉ cho phép đọc" in failed.value.message
    assert services.units.list_rows() == []
    services.close()


@pytest.mark.parametrize("fate", ["deleted", "moved", "replaced"])
def test_file_gone_under_the_application_is_refused(tmp_path, file_services, fate):
    unit = add_unit(file_services)
    path = tmp_path / "tdkt.db"
    if os.name == "nt":
        pytest.skip("Windows keeps an open database file from being deleted or moved")
    if fate == "deleted":
        path.unlink()
    elif fate == "moved":
        path.rename(tmp_path / "cho-khac.db")
    else:
        shutil.copy2(path, tmp_path / "ban-sao.db")
        os.replace(tmp_path / "ban-sao.db", path)
    with pytest.raises(StorageError) as failed:
        add_person(file_services, unit.id)
    expected = "thay bằng một tệp khác" if fate == "replaced" else "bị xóa, đổi tên hoặc di chuyển"
    assert expected in failed.value.message
    assert failed.value.hint


def test_stale_edit_from_a_form_is_refused_and_nothing_is_lost(services):
    unit = add_unit(services)
    person = add_person(services, unit.id)
    mine = PersonDraft("CN01", "Nguyễn Văn Ân", "nam", unit.id)
    theirs = PersonDraft("CN01", "Nguyễn Văn Anh", "nam", unit.id)
    services.people.update(person.id, theirs, version=person.version)
    with pytest.raises(StaleEditError, match="người khác thay đổi"):
        services.people.update(person.id, mine, version=person.version)
    assert services.people.get(person.id).full_name == "Nguyễn Văn Anh"


def test_stale_unit_and_agency_forms_are_refused(services):
    from tdkt.agency.types import QUANG_NGAI_EXAMPLE
    from tdkt.units.types import UnitDraft

    unit = add_unit(services)
    services.units.update(unit.id, UnitDraft("VP", "Văn phòng"), version=unit.version)
    with pytest.raises(StaleEditError):
        services.units.update(unit.id, UnitDraft("VP", "Văn phòng Sở 2"), version=unit.version)
    saved = services.agency.save(QUANG_NGAI_EXAMPLE)
    services.agency.save(replace(saved, signer="Người Khác"))
    with pytest.raises(StaleEditError):
        services.agency.save(saved)  # read at the version before the last save
    assert services.agency.get().signer == "Người Khác"


def test_change_between_check_and_flush_is_refused(services):
    """The version in SQL (UPDATE ... WHERE version = old) catches what slips past the
    service's own check: here the row's version moves on under the loaded record."""
    unit = add_unit(services)
    person = add_person(services, unit.id)
    with pytest.raises(StaleEditError), unit_of_work(services.sessions) as session:
        record = session.get(PersonRecord, person.id)
        session.execute(
            text("UPDATE person SET version = version + 1 WHERE id = :i"), {"i": person.id}
        )
        record.full_name = "Tên Mới"
        session.flush()
    assert services.people.get(person.id).full_name == "Nguyễn Văn An"


def test_revoking_from_a_stale_form_is_refused(services):
    from datetime import date

    from tdkt.awards.types import AwardDraft
    from tests.factories import add_award

    unit = add_unit(services)
    add_person(services, unit.id)
    award = add_award(services, "CN01", "LDTT", 2024, decision_no="1/QĐ")
    corrected = AwardDraft("CN01", "LDTT", 2024, decision_no="1/QĐ-SCT")
    services.awards.update(award.id, corrected, version=award.version)  # type: ignore[attr-defined]
    with pytest.raises(StaleEditError):
        services.awards.revoke(award.id, date(2025, 1, 1), "Sai", version=award.version)  # type: ignore[attr-defined]
    assert not services.awards.get(award.id).revoked  # type: ignore[attr-defined]
