"""A document being made reports its layout to whoever watches (tdkt.printing.progress) and
stops when asked; nobody watching changes nothing."""

from __future__ import annotations

import pytest
from reportlab.platypus import PageBreak, Paragraph

from tdkt.printing.document import render_pdf
from tdkt.printing.progress import reporting
from tdkt.printing.styles import styles
from tdkt.progress import Cancelled


class Watcher:
    def __init__(self, stop_at_page: int | None = None) -> None:
        self.reports: list[tuple[float, str]] = []
        self._stop_at = stop_at_page

    def report(self, fraction: float, text: str = "") -> None:
        self.reports.append((fraction, text))

    def cancelled(self) -> bool:
        reached = [text for _fraction, text in self.reports]
        return self._stop_at is not None and f"Đang dàn trang {self._stop_at}…" in reached


def pages(count: int) -> list:  # type: ignore[type-arg]
    story = []
    for number in range(1, count + 1):
        story += [Paragraph(f"Trang {number}", styles()["body"]), PageBreak()]
    return story


@pytest.fixture
def every_call(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("tdkt.printing.document.REPORT_EVERY_S", 0.0)


@pytest.mark.usefixtures("every_call")
def test_the_layout_reports_its_pages_and_how_far_it_is():
    watcher = Watcher()
    with reporting(watcher):
        render_pdf(pages(3))
    texts = [text for _fraction, text in watcher.reports]
    assert "Đang dàn trang 3…" in texts
    fractions = [fraction for fraction, _text in watcher.reports]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_reports_come_at_most_every_tenth_of_a_second(monkeypatch):
    ticks = iter(range(1000))
    monkeypatch.setattr("tdkt.printing.document.time.monotonic", lambda: next(ticks) * 0.04)
    watcher = Watcher()
    with reporting(watcher):
        render_pdf(pages(6))
    calls = next(ticks)  # one clock reading per call
    # A call every 0.04 s: at most one report in each 0.1 s, the first at once.
    assert 0 < len(watcher.reports) <= calls * 0.04 / 0.1 + 1 < calls


@pytest.mark.usefixtures("every_call")
def test_asked_to_stop_the_layout_ends_with_cancelled():
    watcher = Watcher(stop_at_page=2)
    with reporting(watcher), pytest.raises(Cancelled):
        render_pdf(pages(5))
    assert all("trang 4" not in text for _fraction, text in watcher.reports)


def test_outside_reporting_nobody_watches():
    watcher = Watcher()
    with reporting(watcher):
        pass
    render_pdf(pages(2))
    assert watcher.reports == []
