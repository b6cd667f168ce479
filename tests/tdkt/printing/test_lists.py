"""The lists of this feature, read back: registration list (collectives first), the year-end
comparison in its three groups, the initiative register and recognition list; PDF, Word and
Excel."""

from __future__ import annotations

import io

import openpyxl
import pypdf
import pytest
from docx import Document

from tdkt.agency.types import QUANG_NGAI_EXAMPLE
from tdkt.initiatives.types import AuthorDraft, InitiativeDraft, RecognitionDraft
from tdkt.movements.types import RegistrationDraft
from tdkt.printing import (
    initiative_recognition,
    initiative_register,
    registration_comparison,
    registration_list,
)
from tests.factories import add_award, add_person, add_unit


def _text(pdf: bytes) -> str:
    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def _in_order(text: str, *parts: str) -> None:
    positions = [text.index(part) for part in parts]
    assert positions == sorted(positions), parts


@pytest.fixture
def year_2021(sqlite_services):
    services = sqlite_services
    services.agency.save(QUANG_NGAI_EXAMPLE)
    office = add_unit(services, "VP", "Văn phòng Sở")
    an = add_person(services, office.id, "CN01", "Nguyễn Văn An", is_leader=True)
    add_person(services, office.id, "CN02", "Trần Thị Bình", gender="nu")
    for code, title in (("CN01", "LDTT"), ("CN02", "LDTT"), ("VP", "TTLDTT")):
        services.registrations.add(RegistrationDraft(code, title, 2021, registered_on="01/03/2021"))
    add_award(services, "CN01", "LDTT", 2021, decision_no="2300/QĐ-SCT", decision_date="28/12/2021")
    add_award(services, "VP", "TTLDXS", 2021, decision_no="2301/QĐ-SCT")
    initiative = services.initiatives.register(
        InitiativeDraft(
            "Số hóa hồ sơ thi đua",
            (AuthorDraft(an.id, "100"),),
            field="Hành chính",
            registered_on="02/03/2021",
        )
    ).row
    services.initiatives.register(
        InitiativeDraft("Quản lý chợ", (AuthorDraft(an.id),), registered_on="03/03/2021")
    )
    services.initiatives.start_review(initiative.id)
    services.initiatives.recognize(
        initiative.id, RecognitionDraft("co_so", "2150/QĐ-SCT", "15/12/2021")
    )
    return services


def test_registration_list_puts_collectives_first(year_2021):
    text = _text(registration_list.render_pdf(year_2021.registrations.list_paper(2021)))
    _in_order(
        text,
        "UBND TỈNH QUẢNG NGÃI",
        "DANH SÁCH",
        "Đăng ký danh hiệu thi đua năm 2021",
        "A. TẬP THỂ (1)",
        "Văn phòng Sở",
        "B. CÁ NHÂN (2)",
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Tổng cộng: 1 tập thể và 2 lượt cá nhân đăng ký",
        "GIÁM ĐỐC",
        "Võ Văn Rân",
    )


def test_comparison_in_three_groups(year_2021):
    paper = year_2021.registrations.comparison_paper(2021)
    text = _text(registration_comparison.render_pdf(paper))
    _in_order(
        text,
        "BẢNG SO SÁNH",
        "I. ĐĂNG KÝ VÀ ĐẠT (1)",
        "Nguyễn Văn An",
        "2300/QĐ-SCT ngày 28/12/2021",
        "II. ĐĂNG KÝ NHƯNG KHÔNG ĐẠT (2)",
        "III. ĐẠT NHƯNG KHÔNG ĐĂNG KÝ (1)",
        "Tập thể lao động xuất sắc",
        "đạt: 1 (33,3%)",
    )
    book = openpyxl.load_workbook(io.BytesIO(registration_comparison.render_xlsx(paper)))
    sheet = book.active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(row for row in values if row[0] == "STT")
    assert header == ["STT", "Tập thể / Họ và tên", "Đơn vị", "Danh hiệu", "Quyết định công nhận"]
    assert [row[0] for row in values if str(row[0]).startswith("I.")] == ["I. ĐĂNG KÝ VÀ ĐẠT (1)"]
    assert sheet.freeze_panes is not None
    document = Document(io.BytesIO(registration_comparison.render_docx(paper)))
    cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    _in_order(cells, "I. ĐĂNG KÝ VÀ ĐẠT", "II. ĐĂNG KÝ NHƯNG KHÔNG ĐẠT", "III. ĐẠT NHƯNG")


def test_initiative_register_and_recognition_list(year_2021):
    register = _text(initiative_register.render_pdf(year_2021.initiatives.list_paper(2021, False)))
    _in_order(
        register,
        "SỔ ĐĂNG KÝ SÁNG KIẾN",
        "Năm 2021",
        "SK2021-001",
        "Số hóa hồ sơ thi đua",
        "Nguyễn Văn An (100%)",
        "Hành chính",
        "02/03/2021",
        "Được công nhận",
        "SK2021-002",
        "Đã đăng ký",
        "Tổng cộng: 2 sáng kiến",
    )
    recognised = _text(
        initiative_recognition.render_pdf(year_2021.initiatives.list_paper(2021, True))
    )
    _in_order(
        recognised,
        "Sáng kiến được công nhận năm 2021",
        "I. PHẠM VI CƠ SỞ",
        "Số hóa hồ sơ thi đua",
        "2150/QĐ-SCT ngày 15/12/2021",
        "Tổng cộng: 1 sáng kiến được công nhận",
    )
    assert "Quản lý chợ" not in recognised


def test_an_empty_year_still_prints_a_clear_list(year_2021):
    text = _text(initiative_register.render_pdf(year_2021.initiatives.list_paper(2019, False)))
    assert "(Năm 2019 chưa có sáng kiến nào được đăng ký.)" in text


def test_a_long_list_breaks_into_pages_under_a_repeated_header(sqlite_services):
    services = sqlite_services
    services.agency.save(QUANG_NGAI_EXAMPLE)
    office = add_unit(services, "VP", "Văn phòng Sở")
    drafts = []
    names = [
        f"{family} Văn {given}"
        for family in ("Lê", "Trần", "Phạm", "Võ", "Huỳnh", "Đặng")
        for given in (
            "An",
            "Bình",
            "Cường",
            "Dũng",
            "Hải",
            "Hùng",
            "Khoa",
            "Long",
            "Minh",
            "Nam",
            "Phong",
            "Quang",
            "Sơn",
            "Tâm",
            "Thành",
            "Trung",
            "Tuấn",
            "Vinh",
            "Việt",
            "Xuân",
        )
    ]
    for number, name in enumerate(names, start=1):
        add_person(services, office.id, f"CN{number:03d}", name)
        drafts.append(RegistrationDraft(f"CN{number:03d}", "LDTT", 2021))
    services.registrations.add_many(drafts)
    pdf = registration_list.render_pdf(services.registrations.list_paper(2021))
    pages = [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) >= 4
    for page in pages[1:]:
        assert page.split(" ", 1)[1].startswith("STT Tập thể / Họ và tên")  # after the page number
    text = " ".join(pages)
    shown = [row.subject_name for row in services.registrations.list_rows(2021)]
    assert len(shown) == 120
    _in_order(text, *(f"{n} {name} " for n, name in enumerate(shown, start=1)))
