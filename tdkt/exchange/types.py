"""Exchange DTOs: a problem found in a workbook, counts per sheet, the import report."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One thing wrong (an error blocks the import) or worth a look (a warning does not)."""

    sheet: str  # "" for the file as a whole
    row: int | None
    column: str  # the header, as EXCHANGE.md writes it; "" for the whole row or sheet
    message: str
    is_error: bool = True

    def __str__(self) -> str:
        place = [self.sheet] if self.sheet else []
        if self.row is not None:
            place.append(f"dòng {self.row}")
        if self.column:
            place.append(f'cột "{self.column}"')
        return f"{', '.join(place)}: {self.message}" if place else self.message


def error(sheet: str, row: int | None, column: str, message: str) -> Problem:
    return Problem(sheet, row, column, message, True)


def warning(sheet: str, row: int | None, column: str, message: str) -> Problem:
    return Problem(sheet, row, column, message, False)


@dataclass
class SheetCount:
    """What importing one sheet does: rows added, changed, already identical."""

    sheet: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    warnings: int = 0
    errors: int = 0

    @property
    def rows(self) -> int:
        return self.new + self.updated + self.unchanged


@dataclass
class ImportReport:
    """The outcome of checking (or importing) a workbook."""

    file_name: str
    counts: list[SheetCount] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    written: bool = False

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def can_import(self) -> bool:
        return not self.errors and any(c.new or c.updated for c in self.counts)

    def summary(self) -> str:
        """One Vietnamese sentence: what was (or would be) added and changed."""
        new = sum(c.new for c in self.counts)
        updated = sum(c.updated for c in self.counts)
        unchanged = sum(c.unchanged for c in self.counts)
        return f"{new} dòng mới, {updated} dòng cập nhật, {unchanged} dòng không đổi"


@dataclass(frozen=True)
class ExportSummary:
    path: str
    rows: dict[str, int]  # sheet name → data rows written
