"""The shared layout: header block, closing block, page numbers from page 2, Word twin."""

from __future__ import annotations

import io

import pypdf
from docx import Document
from reportlab.platypus import PageBreak

from tdkt.agency.types import QUANG_NGAI_EXAMPLE
from tdkt.printing import blocks, word
from tdkt.printing.document import render_pdf
from tdkt.printing.layout import PORTRAIT
from tdkt.printing.styles import styles
from tdkt.text import date_words

PLACE_DATE = "Quảng Ngãi, " + date_words(__import__("datetime").date(2025, 1, 5))


def _sample_pdf() -> bytes:
    width = PORTRAIT.frame_width
    story = [blocks.header_block(QUANG_NGAI_EXAMPLE, "Số: 12/TTr-SCT", PLACE_DATE, width)]
    story += blocks.title_block("Tờ trình", ["Về việc đề nghị tặng Bằng khen"])
    story.append(blocks.p("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "body"))
    story.append(PageBreak())
    story.append(blocks.p("Trang thứ hai.", "body"))
    story.append(
        blocks.closing_block(
            blocks.Signer("Phó Giám đốc", "Nguyễn Văn Bình", "KT. Giám đốc"),
            ["- Như trên;", "- Lưu: VT, VP."],
            width,
        )
    )
    return render_pdf(story, title="Tờ trình")


def test_header_and_page_numbers():
    reader = pypdf.PdfReader(io.BytesIO(_sample_pdf()))
    first, second = (page.extract_text() for page in reader.pages)
    for text in (
        "UBND TỈNH QUẢNG NGÃI",
        "SỞ CÔNG THƯƠNG",
        "Số: 12/TTr-SCT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Quảng Ngãi, ngày 05 tháng 01 năm 2025",
        "TỜ TRÌNH",
    ):
        assert text in first
    assert not first.strip().startswith("1")  # no number on page 1
    assert second.strip().startswith("2")
    assert "KT. GIÁM ĐỐC" in second and "PHÓ GIÁM ĐỐC" in second


def test_the_document_font_shows_every_vietnamese_letter():
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(styles()["body"].fontName)
    letters = "ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
    missing = [c for c in letters + letters.upper() if ord(c) not in font.face.charToGlyph]
    assert missing == []


def test_word_twin_has_the_same_header_text():
    document = word.new_document()
    word.header_block(document, QUANG_NGAI_EXAMPLE, "Số: 12/TTr-SCT", PLACE_DATE)
    word.title_block(document, "Tờ trình", ["Về việc đề nghị tặng Bằng khen"])
    word.closing_block(document, blocks.Signer("Giám đốc", "Võ Văn Rân"), ["- Lưu: VT."])
    reread = Document(io.BytesIO(word.to_bytes(document)))
    cells = " ".join(c.text for t in reread.tables for row in t.rows for c in row.cells)
    assert "SỞ CÔNG THƯƠNG" in cells and "Quảng Ngãi, ngày 05 tháng 01 năm 2025" in cells
    assert "TỜ TRÌNH" in " ".join(p.text for p in reread.paragraphs)
    assert reread.sections[0].different_first_page_header_footer
