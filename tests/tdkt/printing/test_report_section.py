"""The award section in PDF and DOCX: the paragraph, the lines in order, the table, the notes."""

from __future__ import annotations

import io

import pypdf
from docx import Document

from tdkt.reports.periods import first_half
from tests.tdkt.reports.conftest import build_known_period

H1_2021 = first_half(2021)


def test_pdf_reads_back_in_order(sqlite_services):
    build_known_period(sqlite_services)
    data = sqlite_services.reports.section_pdf(H1_2021, "nhân dịp kỷ niệm")
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    heading = text.index("KẾT QUẢ KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2021")
    intro = text.index("- Kết quả khen thưởng 6 tháng đầu năm 2021: Chủ tịch UBND tỉnh tặng")
    province = text.index("+ Chủ tịch UBND tỉnh tặng bằng khen: 01 tập thể và 01 cá nhân.")
    ministry = text.index("+ Bộ trưởng Bộ Công Thương tặng bằng khen: 01 tập thể và 01 cá nhân;")
    table = text.index("Số liệu chi tiết")
    assert heading < intro < province < ministry < table
    assert "đã có thành tích nhân dịp kỷ niệm. Cụ thể:" in text
    assert "Tổng số 2 3 2 2 1" in text  # units, people, women, leaders, direct workers
    assert "Không tính 01 khen thưởng đã bị thu hồi." in text


def test_docx_has_the_same_paragraphs_and_a_table(sqlite_services):
    build_known_period(sqlite_services)
    document = Document(io.BytesIO(sqlite_services.reports.section_docx(H1_2021)))
    paragraphs = [p.text for p in document.paragraphs if p.text]
    assert paragraphs[0] == "KẾT QUẢ KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2021"
    assert paragraphs[2].startswith("- Kết quả khen thưởng 6 tháng đầu năm 2021:")
    assert paragraphs[3] == "+ Chủ tịch UBND tỉnh tặng bằng khen: 01 tập thể và 01 cá nhân."
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells][:5] == [
        "STT",
        "Danh hiệu, hình thức",
        "Cấp",
        "Tập thể",
        "Cá nhân",
    ]
    assert [c.text for c in table.rows[-1].cells] == ["", "Tổng số", "", "2", "3", "2", "2", "1"]


def test_an_empty_period_prints_without_a_table(sqlite_services):
    data = sqlite_services.reports.section_pdf(H1_2021)
    text = " ".join(pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert "chưa có quyết định khen thưởng nào" in text and "Số liệu chi tiết" not in text
