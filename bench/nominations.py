"""Nominations on the large dataset: a batch of 1,000 lines added as from the eligibility
page, and `nomination_list_1000_pdf_s`, its nomination list as PDF (target ≤ 2 s): the list
assembled from the database and rendered, as "Xem trước" and `print nomination-list` do.
Extra: the two parts apart, the Word list, the letters, the line checks.

Works on a copy of the dataset: the benchmark's batch never reaches the shared file."""

from __future__ import annotations

import io
import shutil
import tempfile
from pathlib import Path
from typing import Any

from bench.timing import rounded, timed

LINES = 1_000


def add_batch(services: Any) -> int:
    """A director's batch of 1,000 Lao động tiên tiến lines; its id."""
    from tdkt.nominations.types import BatchDraft

    year = services.eligibility.default_year()
    people = services.people.list_rows(include_left=False)[:LINES]
    subjects = [("ca_nhan", p.id) for p in people]
    draft = BatchDraft(name="BENCH-LDTT", title_code="LDTT", year=year)
    added = services.nominations.start_batch(draft, "LDTT", year, subjects)
    assert added.added == LINES, added
    return added.details.batch.id


def list_pdf(services: Any, batch_id: int) -> bytes:
    from tdkt.printing import nomination_list

    return nomination_list.render_pdf(services.nominations.nomination_list(batch_id))


def measure_nominations(dataset: Path, repeats: int) -> dict[str, Any]:
    from pypdf import PdfReader

    from tdkt.app import open_database
    from tdkt.printing import nomination_list, proposal_letter

    with tempfile.TemporaryDirectory(prefix="tdkt-bench-nom-") as folder:
        copy = Path(folder) / "nominations.db"
        shutil.copyfile(dataset, copy)
        services = open_database(str(copy))
        try:
            added = timed(lambda: add_batch(services), 1)
            batch_id = added.result
            nominations = services.nominations
            whole = timed(lambda: list_pdf(services, batch_id), repeats)
            paper = timed(lambda: nominations.nomination_list(batch_id), repeats)
            pdf = timed(lambda: nomination_list.render_pdf(paper.result), repeats)
            docx = timed(lambda: nomination_list.render_docx(paper.result), 1)
            checks = timed(lambda: nominations.line_checks(batch_id), repeats)
            letters = timed(
                lambda: proposal_letter.render_pdf(nominations.proposal_letters(batch_id)), 1
            )
            pages = len(PdfReader(io.BytesIO(whole.result)).pages)
        finally:
            services.close()
    return {
        "nomination_list_1000_pdf_s": rounded(whole.wall_ms / 1000, 2),
        "extra": {
            "nomination_list_1000_pdf_cpu_s": rounded(whole.cpu_ms / 1000, 2),
            "nomination_list_pages": pages,
            "nomination_list_assemble_ms": rounded(paper.wall_ms),
            "nomination_list_render_ms": rounded(pdf.wall_ms),
            "nomination_list_docx_ms": rounded(docx.wall_ms),
            "nomination_add_1000_from_eligibility_ms": rounded(added.wall_ms),
            "nomination_line_checks_ms": rounded(checks.wall_ms),
            "proposal_letter_pdf_ms": rounded(letters.wall_ms),
        },
    }
