"""Page geometry of NĐ 30/2020/NĐ-CP: A4, margins top/bottom 20–25 mm, left 30–35, right 15–20."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm


@dataclass(frozen=True)
class PageLayout:
    width: float
    height: float
    top: float
    bottom: float
    left: float
    right: float

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


PORTRAIT = PageLayout(*A4, top=20 * mm, bottom=20 * mm, left=30 * mm, right=15 * mm)
# Wide lists are printed landscape; the binding edge stays on the left.
LANDSCAPE = PageLayout(*landscape(A4), top=20 * mm, bottom=15 * mm, left=20 * mm, right=15 * mm)
