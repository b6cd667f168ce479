"""Printing the award history (lý lịch khen thưởng) of a person or a unit to a PDF file;
used by the people page and the report page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui.context import PageContext
from ui.widgets.save_file import save_document

CAPTION = "In lý lịch khen thưởng"


def print_award_history(
    parent: QWidget,
    context: PageContext,
    subject_kind: str,
    subject_id: int,
    name: str,
    on_saved=None,  # type: ignore[no-untyped-def]
) -> None:
    reports = context.services.reports
    save_document(
        parent,
        context,
        lambda: reports.award_history_pdf(subject_kind, subject_id),
        CAPTION,
        f"Lý lịch khen thưởng - {name}.pdf",
        on_saved,
    )


def saved_link(path: Path) -> str:
    """Rich text for a label: where the file went, with a link that opens it."""
    return f'Đã lưu <a href="{path.as_uri()}">{path.name}</a> trong {path.parent}'
