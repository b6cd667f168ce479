"""Finding the header row of a sheet and mapping its cells to the spec's columns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tdkt.exchange.cells import as_text
from tdkt.exchange.spec import Column, SheetSpec, header_key
from tdkt.exchange.types import Problem, error, warning

# A header may sit below a title line or two; farther down, the sheet is not ours.
HEADER_SEARCH_ROWS = 10


@dataclass
class HeaderMap:
    row: int
    columns: dict[int, Column] = field(default_factory=dict)  # sheet column number → column
    problems: list[Problem] = field(default_factory=list)

    @property
    def present(self) -> frozenset[str]:
        return frozenset(c.key for c in self.columns.values())


def is_header_row(spec: SheetSpec, cells: dict[int, Any]) -> bool:
    known = spec.by_header()
    return any(header_key(value) in known for value in cells.values())


def map_headers(spec: SheetSpec, number: int, cells: dict[int, Any]) -> HeaderMap:
    known = spec.by_header()
    found = HeaderMap(number)
    for column_number in sorted(cells):
        text = as_text(cells[column_number])
        column = known.get(header_key(text))
        if column is None:
            if text:
                found.problems.append(
                    warning(spec.name, number, text, "cột không thuộc mẫu, được bỏ qua")
                )
        elif column.key in found.present:
            found.problems.append(
                error(spec.name, number, column.header, "cột bị lặp lại trong dòng tiêu đề")
            )
        else:
            found.columns[column_number] = column
    for column in spec.columns:
        if column.required and column.key not in found.present:
            found.problems.append(error(spec.name, number, column.header, "thiếu cột bắt buộc"))
    return found


def missing_header(spec: SheetSpec) -> Problem:
    headers = ", ".join(f'"{c.header}"' for c in spec.columns if c.required)
    return error(
        spec.name,
        None,
        "",
        f"không tìm thấy dòng tiêu đề (dòng 1 phải có các cột {headers})",
    )
