"""Fuzz of the workbook import: whatever the sheets, headers and cells, an import either
writes the whole workbook (one audit entry saying what it did, the database still sound, a
second import changes nothing) or is refused with a Vietnamese message and changes nothing
at all. tests/tdkt/exchange/test_fuzz_findings.py keeps what it found."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from sqlalchemy import select, text

from tdkt.app import Services
from tdkt.errors import StorageError, TdktError
from tdkt.exchange.service import ImportRefusedError
from tdkt.exchange.types import ImportReport
from tdkt.integrity.service import check_engine
from tdkt.storage.schema import metadata
from tests.tdkt.exchange.fuzz_books import save, workbooks
from tests.tdkt.exchange.helpers import base_book

FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def contents(services: Services) -> str:
    """A digest of every row of every table: equal before and after means nothing changed."""
    digest = hashlib.sha256()
    with services.engine.connect() as connection:
        for table in metadata().sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            for row in connection.execute(select(table).order_by(*order)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def import_entries(services: Services) -> int:
    with services.engine.connect() as connection:
        sql = "SELECT COUNT(*) FROM audit_log WHERE action = 'import'"
        return int(connection.execute(text(sql)).scalar_one())


def last_import_details(services: Services) -> Any:
    """What the audit entry of the latest import says it did, per sheet."""
    with services.engine.connect() as connection:
        sql = "SELECT after_json FROM audit_log WHERE action = 'import' ORDER BY id DESC"
        return json.loads(connection.execute(text(sql)).scalars().first())


def seeded(services: Services, folder: Path) -> None:
    """Units, people, a rating, an initiative and an award already in the database."""
    if import_entries(services):
        return
    services.exchange.import_workbook(
        base_book(
            folder / "seed.xlsx",
            DanhGia=[["Mã đối tượng", "Năm", "Xếp loại"], ["CN01", 2024, "HTXSNV"]],
            SangKien=[
                ["Mã sáng kiến", "Tên sáng kiến", "Tác giả", "Năm công nhận", "Phạm vi"],
                ["SK01", "Cải tiến quy trình", "CN01:100", 2024, "Cơ sở"],
            ],
            KhenThuong=[
                ["Mã đối tượng", "Danh hiệu/Hình thức", "Năm", "Số quyết định"],
                ["CN01", "LDTT", 2024, "12/QĐ-SCT"],
            ],
        )
    )


def refused_cleanly(services: Services, error: TdktError, before: str, entries: int) -> None:
    assert not isinstance(error, StorageError), error.message
    assert error.message and not error.message.isascii(), error.message  # Vietnamese
    if isinstance(error, ImportRefusedError):
        assert error.report.errors and not error.report.written
    assert import_entries(services) == entries
    assert contents(services) == before, "a refused import wrote something"


def imported_soundly(services: Services, path: Path, report: ImportReport, entries: int) -> None:
    assert report.written and not report.errors
    assert import_entries(services) == entries + 1
    assert last_import_details(services) == {
        c.sheet: {"new": c.new, "updated": c.updated} for c in report.counts
    }
    assert check_engine(services.engine, "fuzz").findings == ()
    again = services.exchange.import_workbook(path)
    assert [(c.new, c.updated) for c in again.counts] == [(0, 0)] * len(again.counts)


@FUZZ
@given(book=workbooks())
def test_any_workbook_is_imported_whole_or_refused_without_a_trace(services, tmp_path, book):
    seeded(services, tmp_path)
    path = save(tmp_path / "fuzz.xlsx", book)
    before, entries = contents(services), import_entries(services)
    try:
        report = services.exchange.import_workbook(path)
    except TdktError as error:
        event(f"refused: {type(error).__name__}")
        refused_cleanly(services, error, before, entries)
    else:
        event("imported")
        imported_soundly(services, path, report, entries)
