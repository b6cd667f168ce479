"""The typed rows of a workbook that has been read, sheet by sheet."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tdkt.exchange.spec import SheetSpec
from tdkt.exchange.types import Problem

NOTHING_BAD: frozenset[str] = frozenset()


@dataclass(slots=True)
class Row:
    """One data row (slots and a shared empty `bad`: a sheet may hold 150,000 of them)."""

    number: int
    values: dict[str, Any]  # column key → typed value; blank and unreadable cells left out
    bad: frozenset[str] | set[str] = NOTHING_BAD  # cells unreadable, or required and blank

    def get(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def mark_bad(self, key: str) -> None:
        if not self.bad:
            self.bad = set()
        self.bad.add(key)  # type: ignore[union-attr]


@dataclass
class SheetData:
    spec: SheetSpec
    present: frozenset[str]  # the columns the sheet has: absent ones leave records as they are
    rows: list[Row] = field(default_factory=list)


@dataclass
class Reading:
    """A workbook read: its sheets by spec name, and what was wrong with its cells."""

    file_name: str
    sheets: dict[str, SheetData] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return sum(len(s.rows) for s in self.sheets.values())
