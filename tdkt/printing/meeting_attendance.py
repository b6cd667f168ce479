"""The attendance sheet (danh sách thành viên dự họp): every member of the council on the
meeting day, with a column to sign."""

from __future__ import annotations

from tdkt.councils.types import MeetingPaper
from tdkt.printing.flow import Grid, Paper, Para, Signatures, to_docx, to_pdf
from tdkt.printing.meeting_common import heading, signers, time_words


def paper(source: MeetingPaper) -> Paper:
    details = source.details
    meeting = details.meeting
    rows = tuple(
        (
            str(number),
            entry.member.name,
            entry.member.position,
            entry.member.role_label,
            "",
            entry.note,
        )
        for number, entry in enumerate(details.attendance, start=1)
    )
    when = " ".join(
        filter(None, [time_words(meeting.start_time), f"ngày {meeting.held_on:%d/%m/%Y}"])
    )
    intro = (
        f"Phiên họp {meeting.purpose[0].lower() + meeting.purpose[1:]}"
        if meeting.purpose
        else "Phiên họp"
    )
    place = f", tại {meeting.place}" if meeting.place else ""
    blocks = (
        Para(f"{intro}, {when}{place}.", "body_left"),
        Grid(
            (
                "STT",
                "Họ và tên",
                "Chức vụ, đơn vị",
                "Chức danh trong Hội đồng",
                "Ký tên",
                "Ghi chú",
            ),
            rows,
            (1.0, 3.2, 3.8, 2.2, 2.0, 1.8),
            centered=frozenset({3}),
            roomy=True,
        ),
        Para(f"Tổng số thành viên Hội đồng: {len(rows)} người.", "body_left"),
        Signatures((signers(source)[0],)),
    )
    subject = f"Thành viên {details.council.name} dự họp"
    return Paper(
        ((heading(source, "DANH SÁCH", subject, numbered=False), blocks),), title="Danh sách dự họp"
    )


def render_pdf(source: MeetingPaper) -> bytes:
    return to_pdf(paper(source))


def render_docx(source: MeetingPaper) -> bytes:
    return to_docx(paper(source))
