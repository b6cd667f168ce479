"""Secret-ballot sheets (phiếu biểu quyết kín): one sheet per voting member of the council on
the meeting day, each listing every agenda item with a box to tick. The sheets carry no name:
the ballot is secret."""

from __future__ import annotations

from tdkt.councils.types import MeetingPaper
from tdkt.printing.flow import Grid, Paper, Para, to_docx, to_pdf
from tdkt.printing.meeting_common import heading

BOX = ""  # the bordered cell is the box to tick
INSTRUCTIONS = (
    "Hướng dẫn: đánh dấu (X) vào một ô “Đồng ý” hoặc “Không đồng ý” cho mỗi nội dung. "
    "Không đánh dấu là không biểu quyết; đánh dấu cả hai ô là phiếu không hợp lệ đối với "
    "nội dung đó."
)


def sheet_count(source: MeetingPaper) -> int:
    return sum(1 for entry in source.details.attendance if entry.member.votes)


def paper(source: MeetingPaper) -> Paper:
    details = source.details
    rows = tuple(
        (str(number), item.title, BOX, BOX) for number, item in enumerate(details.items, start=1)
    )
    blocks = (
        Para(
            f"Phiên họp ngày {details.meeting.held_on:%d/%m/%Y} – {details.meeting.purpose}",
            "center",
        ),
        Grid(
            ("STT", "Nội dung biểu quyết", "Đồng ý", "Không đồng ý"),
            rows,
            (0.9, 7.0, 1.4, 1.6),
            centered=frozenset({2, 3}),
        ),
        Para(INSTRUCTIONS, "small"),
    )
    part = (heading(source, "PHIẾU BIỂU QUYẾT", "(Bỏ phiếu kín)", numbered=False), blocks)
    return Paper(
        (part,) * max(sheet_count(source), 1), title="Phiếu biểu quyết", page_numbers=False
    )


def render_pdf(source: MeetingPaper) -> bytes:
    return to_pdf(paper(source))


def render_docx(source: MeetingPaper) -> bytes:
    return to_docx(paper(source))
