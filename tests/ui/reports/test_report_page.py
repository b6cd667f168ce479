"""The report page: the period, the written section, the tables, the exports, the history."""

from __future__ import annotations

import io

import pypdf
import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication

from tests.tdkt.reports.conftest import build_known_period
from ui.people.list_page import PeopleListPage
from ui.reports.history_dialog import HistoryDialog
from ui.reports.report_page import ReportPage

PROVINCE_LINE = "+ Chủ tịch UBND tỉnh tặng bằng khen: 01 tập thể và 01 cá nhân."


@pytest.fixture
def page(qtbot, page_context):  # type: ignore[no-untyped-def]
    build_known_period(page_context.services)
    widget = ReportPage(page_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.activate()
    return widget


def test_opens_on_the_newest_year_with_decisions(page):
    period = page.current_period()
    assert period is not None and period.words == "năm 2021"
    assert page.picker.start.text() == "01/01/2021" and page.picker.end.text() == "31/12/2021"
    assert page.picker.start.isReadOnly()


def test_first_half_writes_the_section_and_fills_the_tables(page, qtmodeltester):
    page.picker.set_preset("first_half", 2021)
    assert page.section is not None and PROVINCE_LINE in page.section.text()
    assert "Chủ tịch UBND tỉnh tặng bằng khen: 01 tập thể và 01 cá nhân." in page.text.toPlainText()
    assert "Không tính 01 khen thưởng đã bị thu hồi." in page.text.toPlainText()
    assert [page.titles.display(r, 0) for r in page.titles.rows()] == [
        "Bằng khen Bộ",
        "Bằng khen UBND tỉnh",
        "Kỷ niệm chương",
    ]
    total = page.levels.row(page.levels.rowCount() - 1)
    assert [page.levels.display(total, c) for c in range(7)] == [
        "Tổng số",
        "2",
        "3",
        "2",
        "2",
        "1",
        "5",
    ]
    assert [page.units.display(r, 0) for r in page.units.rows()] == [
        "Sở Công Thương",
        "Văn phòng Sở",
        "Phòng Quản lý Thương mại",
    ]
    assert [r.year for r in page.years.rows()] == [2017, 2018, 2019, 2020, 2021]
    for model in (page.titles, page.levels, page.units, page.years):
        qtmodeltester.check(model)


def test_the_occasion_rewrites_the_opening_without_a_query(page):
    page.picker.set_preset("first_half", 2021)
    page.occasion.setText("nhân kỷ niệm 70 năm Ngày Truyền thống")
    assert "đã có thành tích nhân kỷ niệm 70 năm Ngày Truyền thống. Cụ thể:" in page.section.intro


def test_a_custom_range_is_checked_inline(page):
    page.picker.kind.setCurrentIndex(page.picker.kind.findData("custom"))
    page.picker.start.setText("01/07/2021")
    page.picker.end.setText("30/06/2021")
    page.picker.end.editingFinished.emit()
    assert "trước ngày đầu" in page.error.text()
    page.picker.start.setText("01/01/2021")
    page.picker.end.editingFinished.emit()
    assert page.error.text() == "" and page.statistics.period.words == "6 tháng đầu năm 2021"


def test_copy_puts_the_section_on_the_clipboard(page):
    page.picker.set_preset("first_half", 2021)
    page.buttons["Sao chép đoạn văn"].click()
    assert QApplication.clipboard().text() == page.section.text()


def test_exports_write_docx_pdf_and_forms(page, save_to):
    folder, asked, _chosen = save_to
    page.picker.set_preset("first_half", 2021)
    for name in ("Xuất DOCX", "Xuất PDF", "Xuất biểu mẫu Excel"):
        page.buttons[name].click()
    docx = Document(
        io.BytesIO((folder / "Kết quả khen thưởng 6 tháng đầu năm 2021.docx").read_bytes())
    )
    assert PROVINCE_LINE in [p.text for p in docx.paragraphs]
    pdf = pypdf.PdfReader(folder / "Kết quả khen thưởng 6 tháng đầu năm 2021.pdf")
    assert "KẾT QUẢ KHEN THƯỞNG 6 THÁNG ĐẦU NĂM 2021" in pdf.pages[0].extract_text()
    forms = load_workbook(folder / "Biểu mẫu TT 02-2023 - 6 tháng đầu năm 2021.xlsx")
    assert forms.sheetnames == ["Biểu 0602", "Biểu 0603"]
    assert "Biểu mẫu TT 02-2023 - 6 tháng đầu năm 2021.xlsx" in page.saved.text()
    assert asked == [
        "Xuất đoạn báo cáo (DOCX)",
        "Xuất đoạn báo cáo (PDF)",
        "Xuất biểu mẫu thống kê",
    ]


def test_the_current_tab_exports_to_excel(page, save_to):
    folder, _asked, _chosen = save_to
    page.picker.set_preset("first_half", 2021)
    page.tabs.setCurrentIndex(2)  # by unit
    page.export_button.click()
    sheet = load_workbook(folder / "Khen thưởng 6 tháng đầu năm 2021 - theo đơn vị.xlsx").active
    assert sheet["A3"].value == "Đơn vị" and sheet["A4"].value == "Sở Công Thương"


def test_history_dialog_prints_a_unit(page, qtbot, save_to):
    folder, _asked, _chosen = save_to
    dialog = HistoryDialog(page.context, parent=page)
    qtbot.addWidget(dialog)
    dialog.units_choice.setChecked(True)
    dialog.search.setText("thuong mai")
    assert dialog.subjects.count() == 1 and dialog.chosen()[2] == "Phòng Quản lý Thương mại"
    dialog.print_button.click()
    pdf = pypdf.PdfReader(folder / "Lý lịch khen thưởng - Phòng Quản lý Thương mại.pdf")
    assert "LÝ LỊCH KHEN THƯỞNG" in pdf.pages[0].extract_text()
    assert "Phòng Quản lý Thương mại.pdf" in dialog.status.text()


def test_the_people_page_prints_the_selected_persons_history(qtbot, page_context, save_to):
    folder, asked, _chosen = save_to
    build_known_period(page_context.services)
    people = PeopleListPage(page_context)
    qtbot.addWidget(people)
    people.activate()
    people.search.setText("tran thi binh")
    assert people.details.history_button.isEnabled()
    people.details.history_button.click()
    assert asked == ["In lý lịch khen thưởng"]
    pdf = pypdf.PdfReader(folder / "Lý lịch khen thưởng - Trần Thị Bình.pdf")
    assert "Trần Thị Bình" in pdf.pages[0].extract_text()
