"""Exchange use cases: check a workbook, import it (one transaction), export, blank template."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from tdkt.audit.recorder import log_action
from tdkt.catalog.repository import TitleRepository, to_title
from tdkt.collector import paused
from tdkt.errors import StorageError, ValidationError
from tdkt.exchange import write_records as records
from tdkt.exchange.rows import Reading
from tdkt.exchange.spec import (
    AGENCY,
    AWARDS,
    DISCIPLINE,
    INITIATIVES,
    NOMINATIONS,
    PEOPLE,
    RATINGS,
    UNITS,
)
from tdkt.exchange.types import ExportSummary, ImportReport
from tdkt.exchange.validation import check_workbook
from tdkt.exchange.validators.common import SheetPlan
from tdkt.exchange.writer import BulkWriter, IdMaps
from tdkt.progress import NullProgress, Progress, check_cancelled
from tdkt.services.base import ServiceBase


class ImportRefusedError(ValidationError):
    """The workbook has errors: nothing was written. `report` lists every problem."""

    def __init__(self, report: ImportReport) -> None:
        errors = report.errors
        lines = [str(p) for p in errors]
        head = (
            f'Không nhập "{report.file_name}": có {len(errors)} lỗi, chưa có gì được ghi. '
            "Hãy sửa các lỗi sau rồi nhập lại:"
        )
        super().__init__("\n".join([head, *lines]))
        self.report = report


@dataclass(frozen=True)
class _Span:
    """A part [start, end] of a caller's progress bar."""

    progress: Progress
    start: float
    end: float

    def report(self, fraction: float, text: str = "") -> None:
        self.progress.report(self.start + (self.end - self.start) * fraction, text)

    def cancelled(self) -> bool:
        return self.progress.cancelled()


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """A file that cannot be written is the environment's failure, said plainly."""
    try:
        yield
    except OSError as error:
        raise StorageError(
            f'Không ghi được tệp "{path}": {error.strerror or error}.',
            "Hãy chọn thư mục khác, hoặc đóng tệp nếu nó đang mở trong Excel.",
        ) from error


class ExchangeService(ServiceBase):
    def __init__(self, *args: Any, before_write: Callable[[], object] = lambda: None) -> None:
        """`before_write` runs once the workbook is known to be sound, before anything is
        written: the application backs the database up there."""
        super().__init__(*args)
        self._before_write = before_write

    @paused
    def read(self, path: Path, progress: Progress | None = None) -> Reading:
        """Read a workbook (no database work); ValidationError when the file is unusable."""
        from tdkt.exchange.reading import read_workbook  # lxml, openpyxl: when first needed

        return read_workbook(Path(path), progress or NullProgress())

    @paused
    def check(self, reading: Reading) -> ImportReport:
        """What importing would do, and every problem; writes nothing."""
        with self._transaction() as session:
            report, _plans, _existing = check_workbook(session, reading, self._clock.today())
            return report

    @paused
    def apply(self, reading: Reading, progress: Progress | None = None) -> ImportReport:
        """Check again and write everything in one transaction, or nothing (ImportRefusedError,
        Cancelled)."""
        progress = progress or NullProgress()
        progress.report(0.0, "Đang kiểm tra dữ liệu…")
        with self._transaction() as session:
            report, plans, existing = check_workbook(session, reading, self._clock.today())
            if report.errors:
                raise ImportRefusedError(report)
            check_cancelled(progress)
            # Our transaction has only read so far; in WAL mode the backup sees the data as it
            # is before this import.
            self._before_write()
            total = sum(len(p.new) + len(p.changed) for p in plans.values())
            writer = BulkWriter(session, total, _Span(progress, 0.05, 0.99))
            self._write(session, writer, IdMaps(existing), plans)
            log_action(
                session,
                "import",
                "workbook",
                f"Nhập sổ tính {reading.file_name}: {report.summary()}",
                {c.sheet: {"new": c.new, "updated": c.updated} for c in report.counts},
            )
            check_cancelled(progress)
        report.written = True
        progress.report(1.0, "Đã nhập xong.")
        return report

    def import_workbook(self, path: Path, progress: Progress | None = None) -> ImportReport:
        """Read and import a file (the command line): all or nothing."""
        progress = progress or NullProgress()
        reading = self.read(path, _Span(progress, 0.0, 0.5))
        return self.apply(reading, _Span(progress, 0.5, 1.0))

    def export_workbook(self, path: Path, progress: Progress | None = None) -> ExportSummary:
        """Write every record to `path` in the format of EXCHANGE.md §1."""
        from tdkt.exchange.export import export_workbook

        path = Path(path)
        with self._transaction() as session, _writing(path):
            rows = export_workbook(session, path, progress or NullProgress())
        return ExportSummary(str(path), rows)

    def write_template(self, path: Path) -> Path:
        """The blank workbook to fill ("Tải mẫu nhập liệu"), with the current title codes."""
        path = Path(path)
        with self._transaction() as session:
            titles = [to_title(record) for record in TitleRepository(session).all()]
        from tdkt.exchange.template import write_template

        with _writing(path):
            write_template(path, titles)
        return path

    @staticmethod
    def write_problems(report: ImportReport, path: Path) -> Path:
        """The problems of a check as a workbook, to send back to whoever filled it."""
        from tdkt.exchange.report import write_problems

        with _writing(Path(path)):
            return write_problems(report, Path(path))

    def _write(
        self, session: Session, writer: BulkWriter, ids: IdMaps, plans: dict[str, SheetPlan]
    ) -> None:
        steps = (
            (UNITS.name, records.write_units),
            (PEOPLE.name, records.write_people),
            (INITIATIVES.name, records.write_initiatives),
            (RATINGS.name, records.write_ratings),
            (DISCIPLINE.name, records.write_discipline),
            (AWARDS.name, records.write_awards),
        )
        for name, write in steps:
            if name in plans:
                write(writer, ids, plans[name])
        if NOMINATIONS.name in plans:
            records.write_nominations(writer, ids, plans[NOMINATIONS.name], self._clock.now())
        if AGENCY.name in plans:
            records.write_agency(session, plans[AGENCY.name])
