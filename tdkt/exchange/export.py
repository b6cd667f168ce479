"""Writing every record to an exchange workbook, streamed (openpyxl write-only mode)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import suppress
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy.orm import Session

from tdkt.exchange.existing import load_existing
from tdkt.exchange.export_rows import Cells, ExportRows
from tdkt.exchange.spec import (
    AGENCY,
    AWARDS,
    DISCIPLINE,
    INITIATIVES,
    NOMINATIONS,
    PEOPLE,
    RATINGS,
    SHEETS,
    UNITS,
    SheetSpec,
)
from tdkt.exchange.styling import (
    DATE_KINDS,
    date_cell,
    fit_width_landscape,
    header_cells,
    set_widths,
)
from tdkt.progress import Progress, check_cancelled

PROGRESS_EVERY = 5_000


def export_workbook(session: Session, path: Path, progress: Progress) -> dict[str, int]:
    """Write the workbook to `path`; returns the number of data rows of each sheet."""
    progress.report(0.0, "Đang đọc dữ liệu…")
    rows = ExportRows(session, load_existing(session))
    sources: dict[str, Callable[[], Iterator[Cells]]] = {
        AGENCY.name: rows.agency,
        UNITS.name: rows.units,
        PEOPLE.name: rows.people,
        RATINGS.name: rows.ratings,
        DISCIPLINE.name: rows.discipline,
        INITIATIVES.name: rows.initiatives,
        AWARDS.name: rows.awards,
        NOMINATIONS.name: rows.nominations,
    }
    partial = path.with_name(path.name + ".partial")
    partial.open("wb").close()  # an unwritable folder fails here, before any work
    workbook = Workbook(write_only=True)
    counts: dict[str, int] = {}
    done = _Done(progress, rows.total())
    try:
        for spec in SHEETS:
            counts[spec.name] = _write_sheet(workbook, spec, sources[spec.name](), done)
        check_cancelled(progress)
        progress.report(0.97, "Đang lưu tệp…")
        workbook.save(partial)
        partial.replace(path)  # a failed export never leaves half a file under the name
    except BaseException:
        # Saving is the public way to close write-only sheets and their temporary files.
        with suppress(Exception):
            workbook.save(partial)
        for sheet in workbook.worksheets:  # still open if saving failed too
            with suppress(Exception):
                sheet.close()
        raise
    finally:
        partial.unlink(missing_ok=True)
    return counts


class _Done:
    """Rows written out of all the export's rows: the bar moves within the long sheets too."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.total, self.rows = progress, max(total, 1), 0

    def step(self, sheet: str) -> None:
        self.rows += 1
        if self.rows % PROGRESS_EVERY == 0:
            check_cancelled(self.progress)
            self.progress.report(0.1 + 0.85 * self.rows / self.total, f"Đang ghi trang {sheet}…")


def _write_sheet(workbook: Workbook, spec: SheetSpec, rows: Iterator[Cells], done: _Done) -> int:
    sheet = workbook.create_sheet(spec.name)
    sheet.freeze_panes = "A2"
    fit_width_landscape(sheet)
    set_widths(sheet, [c.width for c in spec.columns])
    sheet.append(header_cells(sheet, spec.columns))
    dated = [i for i, c in enumerate(spec.columns) if c.kind in DATE_KINDS]
    count = 0
    for cells in rows:
        values = list(cells)
        for i in dated:
            values[i] = date_cell(sheet, values[i])
        sheet.append(values)
        count += 1
        done.step(spec.name)
    return count
