"""A long table that breaks into one ReportLab table per page.

ReportLab splits a single long table by rebuilding the whole remainder at every page break,
which grows with the square of the rows (a 9,000-line list took half a minute). Here every
row is measured once, and each page gets a table of just the rows that fit on it, under the
repeated header: the work grows with the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, Table, TableStyle

StyleFor = Callable[[list[int]], list[tuple]]  # spanned row indices in a chunk → commands


class PagedTable(Flowable):
    """`header` is one row, or with `header_rows` > 1 a list of that many rows (a header
    with merged cells: the style commands span them)."""

    def __init__(
        self,
        header: list[object],
        rows: Sequence[list[object]],
        heights: Sequence[float],  # the header's rows first, then one per row
        widths: Sequence[float],
        spans: set[int],  # indices into `rows` of full-width heading rows
        style_for: StyleFor,
        header_rows: int = 1,
    ) -> None:
        super().__init__()
        self._header = [header] if header_rows == 1 else list(header)
        self._rows, self._heights = list(rows), list(heights)
        self._widths, self._spans, self._style_for = list(widths), spans, style_for
        self._top = header_rows

    def _table(self, start: int, stop: int) -> Table:
        top = self._top
        data = [*self._header, *self._rows[start:stop]]
        heights = [*self._heights[:top], *self._heights[top + start : top + stop]]
        table = Table(data, colWidths=self._widths, rowHeights=heights)
        spanned = [top + i - start for i in range(start, stop) if i in self._spans]
        table.setStyle(TableStyle(self._style_for(spanned)))
        return table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self._widths)
        self.height = sum(self._heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        top = self._top
        room = available_height - sum(self._heights[:top])
        fitting = 0
        for height in self._heights[top:]:
            if height > room:
                break
            room -= height
            fitting += 1
        if fitting == 0:
            return []  # not even one row here: the frame moves the whole table on
        if fitting == len(self._rows):
            return [self._table(0, fitting)]
        rest = PagedTable(
            self._header[0] if top == 1 else self._header,
            self._rows[fitting:],
            [*self._heights[:top], *self._heights[top + fitting :]],
            self._widths,
            {i - fitting for i in self._spans if i >= fitting},
            self._style_for,
            top,
        )
        return [self._table(0, fitting), rest]

    def draw(self) -> None:
        table = self._table(0, len(self._rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
