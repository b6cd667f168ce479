"""The batch's documents read back: the nomination list (header block, collectives before
individuals, list order with Đ after D and leaders first, header rows on every page, page
numbers from page 2), the proposal letters with their counts and signer, the director's
decision with its list, the Word twins holding the same text in the same order, the
certificates and the calibration page; a batch mixing deciding levels is refused."""

from __future__ import annotations

import io

import pypdf
import pytest
from docx import Document

from tdkt.agency.types import AgencySettings
from tdkt.errors import ValidationError
from tdkt.nominations.ordering import Group
from tdkt.nominations.paper_types import NominationListPaper
from tdkt.nominations.records import NominationLineRecord
from tdkt.nominations.types import LineDraft, NominationLineRow, TransitionDraft
from tdkt.printing import (
    achievement_report,
    award_decision,
    certificates,
    nomination_list,
    proposal_letter,
)
from tdkt.printing.certificate_layout import load_layout
from tdkt.storage.unit_of_work import unit_of_work
from tests.tdkt.nominations.conftest import new_batch, subjects

PEOPLE = (
    "Hồ Văn Bình",
    "Võ Thị An",
    "Phạm Văn Tuấn",
    "Trần Văn Dũng",
    "Nguyễn Thị Dương",
    "Lê Văn Đông",
)


def pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def in_order(text: str, *parts: str) -> None:
    """Each part found after the one before it (a part may repeat)."""
    start = 0
    for part in parts:
        found = text.find(part, start)
        assert found >= 0, (part, text[start : start + 200])
        start = found + len(part)


def docx_text(data: bytes) -> str:
    """Paragraphs and table cells in document order."""
    document = Document(io.BytesIO(data))
    parts = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag in ("p", "tbl"):
            parts.append("".join(t.text or "" for t in block.iter() if t.tag.endswith("}t")))
    return " ".join(" ".join(parts).split())


@pytest.fixture
def praise(services, department):
    """Giấy khen for both divisions and all six people, sent with its letter."""
    batch = new_batch(services, "GK-2025", "GK_SO")
    services.nominations.add_subjects(
        batch.batch.id,
        "GK_SO",
        2025,
        [("tap_the", department.trade.id), ("tap_the", department.office.id)],
    )
    services.nominations.add_subjects(
        batch.batch.id,
        "GK_SO",
        2025,
        subjects(department, "CN01", "CN02", "CN03", "CN04", "CN05", "CN06"),
    )
    return services.nominations.advance(
        batch.batch.id, TransitionDraft("trinh", "Đủ", "30/TTr-HĐTĐKT", "10/12/2025", True)
    )


def test_the_list_prints_its_header_block_and_list_order(services, praise):
    paper = services.nominations.nomination_list(praise.batch.id)
    text = " ".join(pages(nomination_list.render_pdf(paper)))
    in_order(
        text,
        "UBND TỈNH QUẢNG NGÃI",
        "SỞ CÔNG THƯƠNG",
        "DANH SÁCH",
        "Tập thể, cá nhân đề nghị tặng Giấy khen của Giám đốc Sở năm 2025",
        "(Kèm theo Tờ trình số 30/TTr-HĐTĐKT ngày 10 tháng 12 năm 2025 của Hội đồng Thi đua – "
        "Khen thưởng Sở Công Thương)",
        "I. TẬP THỂ (2)",
        "Văn phòng Sở",
        "Phòng Quản lý Thương mại",
        "II. CÁ NHÂN (6)",
        *PEOPLE,
    )
    assert "Trần Văn Dũng 1985" in text and "Nguyễn Thị Dương 1990" in text  # Nam, Nữ


def test_the_word_list_holds_the_same_text_in_the_same_order(services, praise):
    paper = services.nominations.nomination_list(praise.batch.id)
    text = docx_text(nomination_list.render_docx(paper))
    in_order(
        text,
        "DANH SÁCH",
        "Năm sinh",
        "Nam",
        "Nữ",
        "I. TẬP THỂ (2)",
        "Văn phòng Sở",
        "Phòng Quản lý Thương mại",
        "II. CÁ NHÂN (6)",
        *PEOPLE,
    )
    document = Document(io.BytesIO(nomination_list.render_docx(paper)))
    header_rows = [r for r in document.tables[-1].rows if r._tr.xpath("./w:trPr/w:tblHeader")]
    assert len(header_rows) == 2  # Word repeats both header rows on every page
    assert document.sections[0].page_width > document.sections[0].page_height


def long_paper(count: int) -> NominationListPaper:
    people = tuple(
        NominationLineRow(
            id=i,
            batch_id=1,
            subject_kind="ca_nhan",
            subject_code=f"CN{i}",
            title_code="LDTT",
            year=2025,
            summary="Hoàn thành tốt nhiệm vụ năm 2025; tích cực tham gia phong trào "
            "thi đua, đoàn kết, giúp đỡ đồng nghiệp; chấp hành tốt chủ trương của Đảng, chính "
            "sách, pháp luật của Nhà nước.",
            subject_name=f"Nguyễn Văn Người Thứ {i:04d}",
            birth_year=1980,
            gender="nam",
            position="Chuyên viên",
            unit_name="Văn phòng Sở",
            sort_position=i,
            title_name="Lao động tiên tiến",
        )
        for i in range(1, count + 1)
    )
    return NominationListPaper(
        AgencySettings("UBND TỈNH QUẢNG NGÃI", "SỞ CÔNG THƯƠNG", "SCT", "Quảng Ngãi"),
        ("Cá nhân đề nghị công nhận danh hiệu “Lao động tiên tiến” năm 2025",),
        "(Kèm theo Tờ trình số 30/TTr-HĐTĐKT ngày 10 tháng 12 năm 2025)",
        (Group("LDTT", "Lao động tiên tiến", (), people),),
        False,
        "Danh sách",
    )


def test_a_long_list_repeats_its_header_and_numbers_pages_from_two():
    texts = pages(nomination_list.render_pdf(long_paper(120)))
    assert len(texts) > 3
    assert not texts[0].startswith("1 ")
    for number, text in enumerate(texts[1:], start=2):
        assert text.startswith(f"{number} "), text[:40]
        in_order(text, "STT", "Họ và tên / Tên tập thể", "Năm sinh", "Nam", "Nữ", "Nguyễn Văn")
    assert "Nguyễn Văn Người Thứ 0120" in texts[-1]


def test_nothing_is_cut_at_the_margins():
    """Every run of text starts and ends inside the printable frame (long texts wrap)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from tdkt.printing.layout import LANDSCAPE
    from tdkt.printing.styles import REGULAR, styles

    styles()
    reader = pypdf.PdfReader(io.BytesIO(nomination_list.render_pdf(long_paper(30))))
    runs = []
    for page in reader.pages:

        def visit(text, cm, tm, _font, size, runs=runs):  # type: ignore[no-untyped-def]
            if text.strip():
                runs.append((text.strip(), cm[4] + tm[4], size * (tm[0] or 1)))

        page.extract_text(visitor_text=visit)
    assert runs
    right = LANDSCAPE.width - LANDSCAPE.right + 1
    for text, x, size in runs:
        assert LANDSCAPE.left - 1 <= x, (text, x)
        assert x + stringWidth(text, REGULAR, size) * 0.98 <= right, (text, x, size)


def test_the_letters_count_what_the_list_holds(services, praise):
    letters = services.nominations.proposal_letters(praise.batch.id)
    assert [(letter.units, letter.people) for letter in letters] == [(2, 6)]
    text = " ".join(pages(proposal_letter.render_pdf(letters)))
    in_order(
        text,
        "HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG",
        "Số: 30/TTr-HĐTĐKT",
        "Quảng Ngãi, ngày 10 tháng 12 năm 2025",
        "TỜ TRÌNH",
        "Về việc đề nghị tặng Giấy khen của Giám đốc Sở",
        "Kính gửi: Giám đốc Sở Công Thương.",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Nghị định số 152/2025/NĐ-CP",
        "cho 02 tập thể và 06 cá nhân",
        "- Tập thể: 02 tập thể;",
        "- Cá nhân: 06 cá nhân.",
        "Nơi nhận:",
        "TM. HỘI ĐỒNG",
        "CHỦ TỊCH",
    )
    assert "Căn cứ" in docx_text(proposal_letter.render_docx(letters))


def test_a_deputy_signs_for_the_director(services, department):
    batch = new_batch(
        services, "BK-TINH-2025", "BK_TINH", signer_name="Nguyễn Văn Phó", signer_deputy=True
    )
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "BK_TINH", 2025))
    letters = services.nominations.proposal_letters(batch.batch.id)
    text = " ".join(pages(proposal_letter.render_pdf(letters)))
    in_order(
        text,
        "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn Phó",
    )


def test_one_letter_per_type_and_never_two_levels(services, department):
    batch = new_batch(services, "TINH-2025", "")
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "BK_TINH", 2025))
    services.nominations.add_line(batch.batch.id, LineDraft("QLTM", "TTLDXS", 2025))
    letters = services.nominations.proposal_letters(batch.batch.id)
    assert [letter.subject for letter in letters] == [
        "Về việc đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh",
        "Về việc đề nghị công nhận danh hiệu “Tập thể lao động xuất sắc” năm 2025",
    ]
    # A line of another level, as a unit's DeNghi sheet may bring it in:
    with unit_of_work(services.sessions, "thu.ky") as session:
        from tdkt.catalog.records import TitleRecord

        giay_khen = session.query(TitleRecord).filter_by(code="GK_SO").one()
        session.add(
            NominationLineRecord(
                batch_id=batch.batch.id,
                person_id=department.people["CN02"].id,
                title_id=giay_khen.id,
                year=2025,
                subject_kind="ca_nhan",
                subject_name="Trần Văn Dũng",
                version=1,
            )
        )
    with pytest.raises(ValidationError, match="nhiều cấp quyết định"):
        services.nominations.proposal_letters(batch.batch.id)
    checks = services.nominations.line_checks(batch.batch.id)
    assert "nhiều cấp quyết định" in checks.level_problem
    with pytest.raises(ValidationError, match="nhiều cấp quyết định"):
        services.nominations.advance(
            batch.batch.id, TransitionDraft("trinh", "Đủ", "1/TTr-SCT", "10/12/2025", True)
        )


def test_the_decision_with_its_list(services, department):
    from tdkt.nominations.types import DecisionDraft

    batch = new_batch(services)
    services.nominations.add_subjects(
        batch.batch.id, "LDTT", 2025, subjects(department, "CN01", "CN02", "CN06")
    )
    services.nominations.advance(
        batch.batch.id, TransitionDraft("trinh", "Đủ", "30/TTr-HĐTĐKT", "10/12/2025", True)
    )
    services.nominations.record_decision(
        batch.batch.id, DecisionDraft("1809/QĐ-SCT", "12/12/2025", "Võ Văn Rân")
    )
    paper = services.nominations.decision_paper(batch.batch.id)
    pdf = award_decision.render_pdf(paper)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(pages(pdf))
    in_order(
        text,
        "Số: 1809/QĐ-SCT",
        "QUYẾT ĐỊNH",
        "GIÁM ĐỐC SỞ CÔNG THƯƠNG",
        "Căn cứ Luật Thi đua, khen thưởng",
        "QUYẾT ĐỊNH:",
        "Điều 1. Công nhận danh hiệu “Lao động tiên tiến” năm 2025 cho 03 cá nhân",
        "Điều 2.",
        "mỗi cá nhân 0,3 lần mức lương cơ sở, bằng 702.000 đồng",
        "Tổng số tiền thưởng: 2.106.000 đồng",
        "Điều 3.",
        "DANH SÁCH",
        "(Kèm theo Quyết định số 1809/QĐ-SCT ngày 12 tháng 12 năm 2025 của Giám đốc Sở "
        "Công Thương)",
        "Hồ Văn Bình",
        "Trần Văn Dũng",
        "Lê Văn Đông",
    )
    first, last = reader.pages[0].mediabox, reader.pages[-1].mediabox
    assert first.width < first.height and last.width > last.height  # portrait, then across
    words = docx_text(award_decision.render_docx(paper))
    in_order(words, "QUYẾT ĐỊNH", "Điều 1.", "Điều 3.", "DANH SÁCH", "Hồ Văn Bình", "Lê Văn Đông")


def test_a_decision_is_only_printed_for_the_directors_awards(services, department):
    batch = new_batch(services, "BK-TINH-2025", "BK_TINH")
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "BK_TINH", 2025))
    with pytest.raises(ValidationError, match="chỉ in cho các danh hiệu, hình thức do Giám đốc"):
        services.nominations.decision_paper(batch.batch.id)


def test_certificates_one_page_each_and_the_calibration_page(services, department):
    from tdkt.nominations.document_settings import DocumentSettings, PrinterOffset
    from tdkt.nominations.types import DecisionDraft

    batch = new_batch(services, "GK-2025", "GK_SO")
    services.nominations.add_subjects(
        batch.batch.id, "GK_SO", 2025, subjects(department, "CN01", "CN04")
    )
    with pytest.raises(ValidationError, match="chưa có quyết định"):
        services.nominations.certificates(batch.batch.id)
    services.nominations.advance(
        batch.batch.id, TransitionDraft("trinh", "Đủ", "30/TTr-HĐTĐKT", "10/12/2025", True)
    )
    services.nominations.record_decision(
        batch.batch.id, DecisionDraft("1810/QĐ-SCT", "12/12/2025", "Võ Văn Rân")
    )
    services.nominations.save_document_settings(
        DocumentSettings(offsets=(PrinterOffset("HP LaserJet", 1.5, -2.0),))
    )
    plain = services.nominations.certificates(batch.batch.id)
    shifted = services.nominations.certificates(batch.batch.id, "HP LaserJet")
    assert (plain.offset_mm, shifted.offset_mm) == ((0.0, 0.0), (1.5, -2.0))
    texts = pages(certificates.render_pdf(plain))
    assert len(texts) == 2
    assert "Bà Nguyễn Thị Dương" in texts[0] and "Ông Lê Văn Đông" in texts[1]
    assert "Quyết định số 1810/QĐ-SCT ngày 12/12/2025" in texts[0]
    assert "GIẤY KHEN" not in texts[0]  # the blank carries it; only the preview sketches it
    assert "GIẤY KHEN" in pages(certificates.render_pdf(plain, outline=True))[0]
    calibration = pages(certificates.calibration_pdf(load_layout(plain.layout), (1.5, -2.0)))
    assert "TRANG CĂN CHỈNH" in calibration[0] and "sang phải 1.5 mm" in calibration[0]


def test_achievement_reports_are_drafted_from_the_records(services, department):
    batch = new_batch(services, "BK-TINH-2025", "BK_TINH")
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "BK_TINH", 2025))
    services.nominations.add_line(batch.batch.id, LineDraft("QLTM", "BK_TINH", 2025))
    reports = services.nominations.achievement_reports(batch.batch.id)
    text = docx_text(achievement_report.render_docx(reports))
    in_order(
        text,
        "BÁO CÁO THÀNH TÍCH",
        "Phòng Quản lý Thương mại",
        "THỦ TRƯỞNG ĐƠN VỊ",
        "BÁO CÁO THÀNH TÍCH",
        "Lê Văn Đông",
        "Hoàn thành tốt nhiệm vụ",
        "NGƯỜI BÁO CÁO",
    )
    assert len(pages(achievement_report.render_pdf(reports))) >= 2


def test_the_font_shows_every_vietnamese_letter():
    from reportlab.pdfbase import pdfmetrics

    from tdkt.printing.styles import BOLD, ITALIC, REGULAR, styles

    styles()
    base = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
    tones = "\u0300\u0309\u0303\u0301\u0323"
    import unicodedata

    letters = {unicodedata.normalize("NFC", c + t) for c in base for t in ("", *tones)}
    letters |= set("đĐ")
    for font in (REGULAR, BOLD, ITALIC):
        glyphs = pdfmetrics.getFont(font).face.charToGlyph
        assert not [c for c in letters if ord(c) not in glyphs], font
