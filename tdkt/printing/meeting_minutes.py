"""The minutes of a council meeting (biên bản họp Hội đồng): time and place, who attended,
the agenda, who did not vote on what and why, the results with the thresholds used, the
conclusion; signed by the secretary and the chair."""

from __future__ import annotations

from tdkt.councils.types import MeetingDetails, MeetingPaper
from tdkt.printing.flow import Block, Paper, Para, Signatures, to_docx, to_pdf
from tdkt.printing.meeting_common import (
    heading,
    member_line,
    phrase,
    results_grid,
    signers,
    threshold_lines,
    time_words,
)
from tdkt.text import date_words


def paper(source: MeetingPaper) -> Paper:
    details = source.details
    blocks: list[Block] = [*_opening(source), *_attendance(source), *_agenda(details)]
    blocks += [*_results(details), *_conclusion(details), Signatures(signers(source))]
    subject = f"Họp {details.council.name}"
    return Paper(
        ((heading(source, "BIÊN BẢN", subject), tuple(blocks)),), title="Biên bản họp Hội đồng"
    )


def _opening(source: MeetingPaper) -> list[Block]:
    meeting = source.details.meeting
    when = date_words(meeting.held_on)
    start = (
        f"Vào lúc {time_words(meeting.start_time)} {when}" if meeting.start_time else f"Vào {when}"
    )
    place = f", tại {meeting.place}" if meeting.place else ""
    return [Para(f"{start}{place}, {source.details.council.name} họp {phrase(meeting.purpose)}.")]


def _attendance(source: MeetingPaper) -> list[Block]:
    details = source.details
    quorum = details.quorum
    lines: list[Block] = [Para("I. THÀNH PHẦN", "heading")]
    if source.chair:
        lines.append(Para(f"- Chủ trì: {member_line(source.chair)}.", "body_left"))
    if source.secretary:
        lines.append(Para(f"- Thư ký: {member_line(source.secretary)}.", "body_left"))
    present = [a for a in details.attendance if a.present]
    absent = [a for a in details.attendance if not a.present]
    lines.append(
        Para(
            f"- Thành viên có mặt: {quorum.present}/{quorum.voting_members} thành viên có quyền "
            "biểu quyết, gồm:",
            "body_left",
        )
    )
    others = [a for a in present if a.member.id not in (_id(source.chair), _id(source.secretary))]
    lines += [Para(f"+ {member_line(a.member)};", "body_left") for a in others]
    if absent:
        names = "; ".join(a.member.addressed + (f" ({a.note})" if a.note else "") for a in absent)
        lines.append(Para(f"- Vắng mặt: {names}.", "body_left"))
    state = "bảo đảm" if quorum.met else "không bảo đảm"
    lines.append(
        Para(
            f"Số thành viên dự họp {state} quy định (ít nhất {quorum.required} thành viên có "
            "quyền biểu quyết)."
        )
    )
    return lines


def _id(member) -> int | None:  # type: ignore[no-untyped-def]
    return member.id if member is not None else None


def _agenda(details: MeetingDetails) -> list[Block]:
    lines: list[Block] = [
        Para("II. NỘI DUNG", "heading"),
        Para("Hội đồng xem xét, biểu quyết các nội dung:", "body_left"),
    ]
    for number, item in enumerate(details.items, start=1):
        text = f"{number}. {item.title}" + (f" ({item.description})" if item.description else "")
        lines.append(Para(text + ";", "body_left"))
    recused = [r for r in details.recusals if r.state == "confirmed"]
    if recused:
        position = {item.id: n for n, item in enumerate(details.items, start=1)}
        for r in recused:
            lines.append(
                Para(
                    f"{r.member_name} không tham gia biểu quyết nội dung {position[r.item_id]} "
                    f"({r.reason.rstrip('.')}).",
                    "body_left",
                )
            )
    return lines


def _results(details: MeetingDetails) -> list[Block]:
    return [
        Para("III. KẾT QUẢ BIỂU QUYẾT", "heading"),
        results_grid(details, "Chưa biểu quyết"),
        *threshold_lines(details),
    ]


def _conclusion(details: MeetingDetails) -> list[Block]:
    meeting = details.meeting
    lines: list[Block] = [Para("IV. KẾT LUẬN", "heading")]
    if meeting.conclusion:
        lines += [Para(paragraph) for paragraph in meeting.conclusion.split("\n") if paragraph]
    else:
        passed = [str(n) for n, i in enumerate(details.items, start=1) if i.result == "dat"]
        if passed:
            lines.append(Para(f"Các nội dung đạt ngưỡng biểu quyết: {', '.join(passed)}."))
        else:
            lines.append(Para("Không có nội dung nào đạt ngưỡng biểu quyết."))
    end = f"lúc {time_words(meeting.end_time)} " if meeting.end_time else ""
    lines.append(
        Para(
            f"Cuộc họp kết thúc {end}cùng ngày. Biên bản đã được đọc lại trước Hội đồng và "
            "các thành viên dự họp thống nhất thông qua."
        )
    )
    return lines


def render_pdf(source: MeetingPaper) -> bytes:
    return to_pdf(paper(source))


def render_docx(source: MeetingPaper) -> bytes:
    return to_docx(paper(source))
