"""An import backs the database up once the workbook is sound, and never for a refused one."""

from __future__ import annotations

import pytest

from tdkt.app import open_database
from tdkt.errors import TdktError
from tests.factories import add_person, add_unit


@pytest.fixture
def file_db(tmp_path, monkeypatch, clock):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TDKT_DATA_DIR", str(tmp_path / "data"))
    services = open_database(str(tmp_path / "live.db"), clock=clock)
    unit = add_unit(services)
    add_person(services, unit.id)
    yield services
    services.close()


def _backups(services) -> list:  # type: ignore[no-untyped-def]
    return [e for e in services.backups.entries() if "nhap-excel" in e.file.path.name]


def test_sound_import_is_preceded_by_a_backup_of_the_old_data(file_db, tmp_path):
    out = tmp_path / "all.xlsx"
    file_db.exchange.export_workbook(out)
    file_db.exchange.import_workbook(out)
    made = _backups(file_db)
    assert len(made) == 1


def test_refused_import_makes_no_backup(file_db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "CaNhan"
    sheet.append(["Mã cá nhân", "Họ và tên", "Giới tính", "Mã đơn vị"])
    sheet.append(["CN77", "Lê Văn Tư", "Khác", "VP"])
    bad = tmp_path / "bad.xlsx"
    book.save(bad)
    with pytest.raises(TdktError):
        file_db.exchange.import_workbook(bad)
    assert _backups(file_db) == []
