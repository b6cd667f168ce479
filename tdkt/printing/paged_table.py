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
    def __init__(
        self,
        header: list[object],
        rows: Sequence[list[object]],
        heights: Sequence[float],  # header first, then one per row
        widths: Sequence[float],
        spans: set[int],  # indices into `rows` of full-width heading rows
        style_for: StyleFor,
    ) -> None:
        super().__init__()
        self._header, self._rows, self._heights = header, list(rows), list(heights)
        self._widths, self._spans, self._style_for = list(widths), spans, style_for

    def _table(self, start: int, stop: int) -> Table:
        data = [self._header, *self._rows[start:stop]]
        heights = [self._heights[0], *self._heights[1 + start : 1 + stop]]
        table = Table(data, colWidths=self._widths, rowHeights=heights)
        spanned = [1 + i - start for i in range(start, stop) if i in self._spans]
        table.setStyle(TableStyle(self._style_for(spanned)))
        return table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self._widths)
        self.height = sum(self._heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self._heights[0]
        fitting = 0
        for height in self._heights[1:]:
            if height > room:
                break
            room -= height
            fitting += 1
        if fitting == 0:
            return []  # not even one row here: the frame moves the whole table on
        if fitting == len(self._rows):
            return [self._table(0, fitting)]
        rest = PagedTable(
            self._header,
            self._rows[fitting:],
            [self._heights[0], *self._heights[1 + fitting :]],
            self._widths,
            {i - fitting for i in self._spans if i >= fitting},
            self._style_for,
        )
        return [self._table(0, fitting), rest]

    def draw(self) -> None:
        table = self._table(0, len(self._rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
