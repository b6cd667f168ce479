"""Export → import into an empty database → export gives the same sheets; twice changes nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from tdkt.app import build_services, create_schema
from tdkt.audit.records import AuditRecord
from tdkt.demo.generator import generate_demo
from tdkt.storage.engine import make_engine
from tests.tdkt.exchange.helpers import sheets_of


def _demo_services(clock):  # type: ignore[no-untyped-def]
    engine = make_engine("sqlite://")
    create_schema(engine)
    services = build_services(engine, clock, actor=lambda: "demo")
    services.catalog.ensure_defaults()
    generate_demo(services, people=60, years=6, last_year=2024)
    return services


def test_export_import_export_gives_identical_sheets(services, clock, tmp_path):
    source = _demo_services(clock)
    first = tmp_path / "first.xlsx"
    source.exchange.export_workbook(first)
    report = services.exchange.import_workbook(first)
    assert report.written and not report.errors
    second = tmp_path / "second.xlsx"
    services.exchange.export_workbook(second)
    before, after = sheets_of(first), sheets_of(second)
    assert list(before) == [
        "CoQuan",
        "DonVi",
        "CaNhan",
        "DanhGia",
        "KyLuat",
        "SangKien",
        "KhenThuong",
        "DeNghi",
    ]
    assert all(len(before[name]) > 1 for name in ("DonVi", "CaNhan", "DanhGia", "KhenThuong"))
    assert before == after


def test_importing_twice_changes_nothing_the_second_time(services, clock, tmp_path):
    source = _demo_services(clock)
    path = tmp_path / "data.xlsx"
    source.exchange.export_workbook(path)
    first = services.exchange.import_workbook(path)
    second = services.exchange.import_workbook(path)
    assert sum(c.new for c in first.counts) > 0
    assert [(c.new, c.updated) for c in second.counts] == [(0, 0)] * len(second.counts)
    assert sum(c.unchanged for c in second.counts) == sum(c.new for c in first.counts)


def test_import_is_audited_with_one_summary_entry(services, clock, tmp_path):
    source = _demo_services(clock)
    path = tmp_path / "data.xlsx"
    source.exchange.export_workbook(path)
    services.exchange.import_workbook(path)
    with services.sessions() as session:
        entries = session.execute(
            select(AuditRecord.action, AuditRecord.summary).where(AuditRecord.action == "import")
        ).all()
        persons = session.scalar(
            select(func.count()).select_from(AuditRecord).where(AuditRecord.entity == "person")
        )
    assert len(entries) == 1 and "data.xlsx" in entries[0].summary
    assert persons == 0  # bulk rows are covered by the one entry


def test_progress_only_moves_forward_and_ends_complete(services, clock, tmp_path):
    source = _demo_services(clock)
    path = tmp_path / "data.xlsx"
    source.exchange.export_workbook(path)

    class Recorder:
        def __init__(self) -> None:
            self.fractions: list[float] = []

        def report(self, fraction: float, text: str = "") -> None:
            self.fractions.append(fraction)

        def cancelled(self) -> bool:
            return False

    recorder = Recorder()
    services.exchange.import_workbook(path, recorder)
    assert recorder.fractions == sorted(recorder.fractions)
    assert recorder.fractions[-1] == 1.0 and len(recorder.fractions) > 3
