"""The tally record (biên bản kiểm phiếu): for each agenda item, the ballots counted, the
votes for and against, the threshold applied and the result."""

from __future__ import annotations

from tdkt.councils.types import MeetingPaper
from tdkt.printing.flow import Paper, Para, Signatures, to_docx, to_pdf
from tdkt.printing.meeting_common import (
    heading,
    phrase,
    results_grid,
    signers,
    threshold_lines,
    time_words,
)


def paper(source: MeetingPaper) -> Paper:
    details = source.details
    meeting, quorum = details.meeting, details.quorum
    when = time_words(meeting.end_time or meeting.start_time)
    at = f" lúc {when}" if when else ""
    place = f", tại {meeting.place}" if meeting.place else ""
    blocks = [
        Para(
            f"Hôm nay{at}, ngày {meeting.held_on:%d/%m/%Y}{place}, {details.council.name} tiến "
            f"hành kiểm phiếu biểu quyết các nội dung của phiên họp {phrase(meeting.purpose)}."
        ),
        Para(
            f"Tổng số thành viên Hội đồng có quyền biểu quyết: {quorum.voting_members}; số "
            f"thành viên có mặt: {quorum.present}; số phiếu phát ra: {quorum.present}.",
        ),
        Para("Kết quả kiểm phiếu như sau:", "body_left"),
        results_grid(details, "Chưa kiểm phiếu"),
        *threshold_lines(details),
        Para(
            "Tỷ lệ đồng ý tính trên số thành viên được biểu quyết từng nội dung (không kể "
            "thành viên không tham gia biểu quyết nội dung liên quan đến mình).",
            "small",
        ),
        Signatures(signers(source)),
    ]
    subject = f"Biểu quyết tại phiên họp {details.council.name}"
    return Paper(
        ((heading(source, "BIÊN BẢN KIỂM PHIẾU", subject), tuple(blocks)),),
        title="Biên bản kiểm phiếu",
    )


def render_pdf(source: MeetingPaper) -> bytes:
    return to_pdf(paper(source))


def render_docx(source: MeetingPaper) -> bytes:
    return to_docx(paper(source))
