"""The meeting's papers, read back: attendance sheet, one ballot per voting member, the tally
record and the minutes, in PDF (text order with pypdf) and in Word."""

from __future__ import annotations

import io

import pypdf
import pytest
from docx import Document

from tdkt.agency.types import QUANG_NGAI_EXAMPLE
from tdkt.councils.types import MeetingDraft
from tdkt.councils.voting import Tally
from tdkt.initiatives.types import AuthorDraft, InitiativeDraft
from tdkt.printing import ballot_tally, meeting_attendance, meeting_minutes, secret_ballot


def _pages(pdf: bytes) -> list[str]:
    """Each page's text with whitespace collapsed: a cell may wrap "Không đạt" on two lines."""
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return [" ".join(page.extract_text().split()) for page in pages]


def _in_order(text: str, *parts: str) -> None:
    positions = [text.index(part) for part in parts]
    assert positions == sorted(positions), parts


@pytest.fixture
def paper(services, department):
    services.agency.save(QUANG_NGAI_EXAMPLE)
    council = department.initiative
    members = services.councils.members(council.id)
    chair = next(m for m in members if m.role == "chu_tich")
    secretary = next(m for m in members if m.role == "thu_ky")
    meeting = services.meetings.create(
        MeetingDraft(
            council.id,
            "20/11/2021",
            "Phòng họp Sở",
            "Xét công nhận sáng kiến năm 2021",
            "08:00",
            "10:30",
            chair.id,
            secretary.id,
            minutes_no="15",
        )
    )
    for title, author in (
        ("Số hóa hồ sơ thi đua", department.people[4]),
        ("Quản lý chợ bằng phần mềm", department.people[11]),
    ):
        initiative = services.initiatives.register(
            InitiativeDraft(title, (AuthorDraft(author, "100"),), registered_on="01/03/2021")
        )
        meeting = services.meetings.add_item(meeting.meeting.id, "initiative", initiative.row.id)
    voters = [a.member for a in meeting.attendance if a.member.votes]
    services.meetings.set_attendance(
        meeting.meeting.id,
        {m.id: m is not voters[-1] for m in voters},
        {voters[-1].id: "Vắng có lý do"},
    )
    first, second = meeting.items
    services.ballots.set_recusal(first.id, meeting.recusals[0].member_id, "xac_nhan")
    services.ballots.record_tally(first.id, Tally(agree=7, disagree=1))
    services.ballots.record_tally(second.id, Tally(agree=5, disagree=4))
    return services.meetings.paper(meeting.meeting.id)


def test_minutes_in_order_with_results_and_signatures(paper):
    text = "\n".join(_pages(meeting_minutes.render_pdf(paper)))
    _in_order(
        text,
        "SỞ CÔNG THƯƠNG",
        "Số: 15/BB-HĐSK",
        "Quảng Ngãi, ngày 20 tháng 11 năm 2021",
        "BIÊN BẢN",
        "Vào lúc 08 giờ 00 ngày 20 tháng 11 năm 2021",
        "I. THÀNH PHẦN",
        "Chủ trì: Ông Nguyễn Văn A",
        "Thư ký: Ông Nguyễn Văn K",
        "Vắng mặt: Ông Nguyễn Văn J (Vắng có lý do)",
        "II. NỘI DUNG",
        "1. Sáng kiến SK2021-001: Số hóa hồ sơ thi đua",
        "2. Sáng kiến SK2021-002",
        "Nguyễn Văn E không tham gia biểu quyết nội dung 1",
        "III. KẾT QUẢ BIỂU QUYẾT",
        "Ngưỡng thông qua: từ 2/3 tổng số thành viên Hội đồng trở lên",
        "IV. KẾT LUẬN",
        "Các nội dung đạt ngưỡng biểu quyết: 1.",
        "THƯ KÝ",
        "CHỦ TỌA",
    )
    assert "Số thành viên dự họp bảo đảm quy định (ít nhất 7" in text
    assert "77,78%" in text  # 7 of the 9 who may vote on item 1
    assert "Không đạt" in text  # 5 of 10 on item 2


def test_one_secret_ballot_per_voting_member_with_every_item(paper):
    pages = _pages(secret_ballot.render_pdf(paper))
    assert len(pages) == 10
    for page in pages:
        _in_order(
            page,
            "PHIẾU BIỂU QUYẾT",
            "(Bỏ phiếu kín)",
            "Số hóa hồ sơ thi đua",
            "Quản lý chợ bằng phần mềm",
        )
        assert "Nguyễn Văn" not in page  # a secret ballot names nobody
        assert not page.strip().startswith("2")  # no page numbers on a stack of forms


def test_tally_record_and_attendance_sheet(paper):
    tally = "\n".join(_pages(ballot_tally.render_pdf(paper)))
    _in_order(
        tally,
        "BIÊN BẢN KIỂM PHIẾU",
        "có quyền biểu quyết: 10",
        "số thành viên có mặt: 9",
        "Số hóa hồ sơ thi đua",
        "Quản lý chợ",
        "THƯ KÝ",
        "CHỦ TỌA",
    )
    sheet = "\n".join(_pages(meeting_attendance.render_pdf(paper)))
    names = [f"Nguyễn Văn {letter}" for letter in "ABCDEFGHIJK"]
    _in_order(sheet, "DANH SÁCH", *names, "Tổng số thành viên Hội đồng: 11 người")


@pytest.mark.parametrize(
    "module", [meeting_minutes, ballot_tally, meeting_attendance, secret_ballot]
)
def test_word_twins_carry_the_same_content(paper, module):
    document = Document(io.BytesIO(module.render_docx(paper)))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "HỘI ĐỒNG XÉT DUYỆT SÁNG KIẾN" in cells
    if module is not meeting_attendance:
        assert "Số hóa hồ sơ thi đua" in paragraphs + cells
    if module is meeting_minutes:
        _in_order(
            paragraphs, "BIÊN BẢN", "I. THÀNH PHẦN", "III. KẾT QUẢ BIỂU QUYẾT", "IV. KẾT LUẬN"
        )
        assert "THƯ KÝ" in cells and "CHỦ TỌA" in cells
