"""One sheet's rows: find the header, parse the mapped cells, apply merges, check blanks.

Rows are parsed as they stream in (a sheet of 150,000 rows never sits in memory twice);
merged ranges, known only after the last row, then copy their first cell's value down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from openpyxl.utils import get_column_letter

from tdkt.exchange.cells import CellError, is_blank, parser_for
from tdkt.exchange.headers import (
    HEADER_SEARCH_ROWS,
    HeaderMap,
    is_header_row,
    map_headers,
    missing_header,
)
from tdkt.exchange.rows import NOTHING_BAD, Row, SheetData
from tdkt.exchange.spec import Column, SheetSpec
from tdkt.exchange.types import Problem, error, warning
from tdkt.exchange.workbook import FormulaError, RawRow

LISTED = 8  # merged ranges or hidden rows named in a warning

Merge = tuple[int, int, int, int]  # first column, first row, last column, last row


class SheetReader:
    """Fed the raw rows of one sheet in order; `finish` returns its typed rows."""

    def __init__(self, spec: SheetSpec) -> None:
        self.spec = spec
        self.problems: list[Problem] = []
        self._header: HeaderMap | None = None
        self._parsers: dict[int, tuple[Column, Callable[[Any], Any]]] = {}
        self._skipped = 0
        self._rows: list[Row] = []
        self._hidden: list[int] = []

    def take(self, raw: RawRow) -> None:
        if self._header is not None:
            self._take_data(raw)
        elif self._skipped < HEADER_SEARCH_ROWS:
            if is_header_row(self.spec, raw.cells):
                self._header = map_headers(self.spec, raw.number, raw.cells)
                self.problems.extend(self._header.problems)
                self._parsers = {n: (c, parser_for(c)) for n, c in self._header.columns.items()}
            else:
                self._skipped += 1

    def _take_data(self, raw: RawRow) -> None:
        values: dict[str, Any] = {}
        bad: set[str] = set()
        for number, value in raw.cells.items():
            if number not in self._parsers or is_blank(value):
                continue
            column, parse = self._parsers[number]
            if isinstance(value, FormulaError):
                bad.add(column.key)
                message = f"ô có lỗi công thức {value}; hãy sửa công thức trong Excel"
                self.problems.append(error(self.spec.name, raw.number, column.header, message))
                continue
            try:
                parsed = parse(value)
            except CellError as problem:
                bad.add(column.key)
                self.problems.append(error(self.spec.name, raw.number, column.header, str(problem)))
            else:
                if parsed != "":  # e.g. only invisible characters: blank
                    values[column.key] = parsed
        if values or bad:
            self._rows.append(Row(raw.number, values, bad or NOTHING_BAD))
            if raw.hidden:
                self._hidden.append(raw.number)

    def finish(self, merged: list[Merge]) -> SheetData | None:
        if self._header is None:
            self.problems.append(missing_header(self.spec))
            return None
        self._fill_merged(merged)
        self._check_required()
        if self._hidden:
            self._warn(
                len(self._hidden),
                [str(n) for n in self._hidden],
                "dòng đang bị ẩn ({}); các dòng này vẫn được nhập như mọi dòng khác",
            )
        order = {c.key: i for i, c in enumerate(self.spec.columns)}
        header_order = {c.header: order[c.key] for c in self.spec.columns}
        self.problems.sort(key=lambda p: (p.row or 0, header_order.get(p.column, -1)))
        return SheetData(self.spec, self._header.present, self._rows)

    def _check_required(self) -> None:
        assert self._header is not None
        required = [c for c in self._header.columns.values() if c.required]
        for row in self._rows:
            for column in required:
                if column.key not in row.values and column.key not in row.bad:
                    row.mark_bad(column.key)
                    self.problems.append(
                        error(self.spec.name, row.number, column.header, "không được để trống")
                    )

    def _fill_merged(self, merged: list[Merge]) -> None:
        """A merged range's value (kept in its first cell) holds for every row of the range."""
        assert self._header is not None
        spans = [m for m in merged if m[3] > m[1] and m[0] in self._header.columns]
        if not spans:
            return
        by_number = {row.number: row for row in self._rows}
        for first_column, first_row, _last_column, last_row in spans:
            key = self._header.columns[first_column].key
            top = by_number.get(first_row)
            if top is None or key not in top.values:
                continue
            for number in range(first_row + 1, last_row + 1):
                row = by_number.get(number)
                if row is not None and key not in row.values and key not in row.bad:
                    row.values[key] = top.values[key]
        names = [
            f"{get_column_letter(c1)}{r1}:{get_column_letter(c2)}{r2}" for c1, r1, c2, r2 in spans
        ]
        self._warn(
            len(names),
            names,
            "vùng ô gộp ({}): giá trị của ô đầu vùng được dùng cho mọi dòng trong vùng",
        )

    def _warn(self, count: int, items: list[str], text: str) -> None:
        listed = ", ".join(items[:LISTED]) + ("…" if len(items) > LISTED else "")
        self.problems.append(
            warning(self.spec.name, None, "", f"có {count} " + text.format(listed))
        )
