"""Nominations on a large dataset: a batch of 1,000 lines added from the eligibility page,
its checks, its nomination list as PDF (target ≤ 2 s) and Word, its letters; and whether
the window stays responsive while the PDF renders on the worker (the longest stall of a
10 ms timer on the GUI thread, with the rendering going through the real TaskRunner).

Works on a copy of the dataset: the benchmark's batch never reaches the shared file."""

from __future__ import annotations

import itertools
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

LINES = 1_000
TICK_MS = 10


def _ms(work: Callable[[], Any], repeats: int = 1) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 1), result


def measure_nominations(path: Path, repeats: int = 3) -> dict[str, object]:
    from tdkt.app import open_database
    from tdkt.nominations.types import BatchDraft
    from tdkt.printing import nomination_list, proposal_letter

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "nominations.db"
        shutil.copyfile(path, copy)
        services = open_database(str(copy))
        try:
            year = services.eligibility.default_year()
            people = [p for p in services.people.list_rows(include_left=False)][:LINES]
            subjects = [("ca_nhan", p.id) for p in people]
            draft = BatchDraft(name="BENCH-LDTT", title_code="LDTT", year=year)
            add_ms, added = _ms(
                lambda: services.nominations.start_batch(draft, "LDTT", year, subjects)
            )
            batch_id = added.details.batch.id
            checks_ms, _checks = _ms(lambda: services.nominations.line_checks(batch_id))
            paper_ms, paper = _ms(lambda: services.nominations.nomination_list(batch_id), repeats)
            pdf_ms, pdf = _ms(lambda: nomination_list.render_pdf(paper), repeats)
            docx_ms, _docx = _ms(lambda: nomination_list.render_docx(paper), repeats)
            letters_ms, _letters = _ms(
                lambda: proposal_letter.render_pdf(services.nominations.proposal_letters(batch_id))
            )
            stall = _stall_while_rendering(lambda: nomination_list.render_pdf(paper))
            import io

            from pypdf import PdfReader

            pages = len(PdfReader(io.BytesIO(pdf)).pages)
        finally:
            services.close()
    return {
        "nomination_lines": added.added,
        "nomination_add_from_eligibility_ms": add_ms,
        "nomination_line_checks_ms": checks_ms,
        "nomination_list_paper_ms": paper_ms,
        "nomination_list_pdf_ms": pdf_ms,
        "nomination_list_pdf_pages": pages,
        "nomination_list_docx_ms": docx_ms,
        "proposal_letter_pdf_ms": letters_ms,
        **stall,
    }


def _stall_while_rendering(render: Callable[[], bytes]) -> dict[str, float]:
    """Run `render` through the application's TaskRunner while a 10 ms timer ticks on the
    GUI thread; report the longest gap between ticks (what a user would feel as a freeze)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    clock = QElapsedTimer()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    loop = QEventLoop()
    took: list[float] = []
    started = time.perf_counter()

    def done(_pdf: bytes) -> None:
        took.append((time.perf_counter() - started) * 1000)
        loop.quit()

    clock.start()
    timer.start()
    runner.run(render, done, lambda error: loop.quit())
    loop.exec()
    timer.stop()
    runner.shutdown()
    gaps = [b - a for a, b in itertools.pairwise(ticks)] or [0]
    del app
    return {
        "render_in_background_ms": round(took[0], 1) if took else -1.0,
        "gui_timer_ticks": len(ticks),
        "gui_max_stall_ms": float(max(gaps)),
        "gui_median_tick_ms": float(statistics.median(gaps)),
    }
