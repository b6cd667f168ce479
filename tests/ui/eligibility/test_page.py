"""The "Xét khen thưởng" page: everyone with a verdict, filters, search, explanation,
export of a selection; and its table model."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from tdkt.discipline.types import DisciplineDraft
from tests.factories import add_award, add_person, add_unit
from tests.ui.queued_runner import QueuedRunner
from ui.context import AppEvents, PageContext
from ui.eligibility.page import EligibilityPage
from ui.eligibility.table_model import VERDICT_COLORS, EligibilityTableModel, rows_of


@pytest.fixture
def page(qtbot, page_context):  # type: ignore[no-untyped-def]
    services = page_context.services
    office = add_unit(services, "VP", "Văn phòng Sở")
    names = ("Nguyễn Văn Ân", "Đặng Thị Ánh", "Lê Văn Bình", "Trần Thị Cúc")
    people = [
        add_person(services, office.id, f"CN0{i}", name, recruited_on="01/01/2015")
        for i, name in enumerate(names, 1)
    ]
    for person, grade in zip(people, ("HTXSNV", "HTTNV", "HTNV", "HTTNV"), strict=True):
        services.ratings.set_rating("ca_nhan", person.id, 2024, grade)
    services.discipline.add(DisciplineDraft(people[3].id, "khien_trach", "01/03/2024"))
    add_award(services, "CN01", "LDTT", 2024, decision_no="10/QĐ-SCT")
    widget = EligibilityPage(page_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.activate()
    return widget


def codes(page: EligibilityPage) -> list[str]:
    return [row.evaluation.subject.code for row in page.model.rows()]


def test_the_latest_rated_year_and_the_first_title_are_evaluated(page):
    assert (page.year.value(), page.title.currentData()) == (2024, "LDTT")
    assert "Luật TĐKT 2022 – NĐ 98/2023" in page.regime.text()
    # Eligible first, then by given name (Ánh before Ân: a before â).
    assert codes(page) == ["CN02", "CN01", "CN03", "CN04"]
    assert [row.verdict for row in page.model.rows()] == [
        "eligible",
        "eligible",
        "not_eligible",
        "not_eligible",
    ]
    assert page.filter.buttons["eligible"].text() == "Đủ điều kiện (2)"
    assert (
        page.model.data(page.model.index(0, 3), Qt.ItemDataRole.ForegroundRole)
        == (VERDICT_COLORS["eligible"])
    )
    awarded = page.model.rows()[1]
    assert awarded.warnings[0].startswith("Đã được tặng LĐTT năm 2024")
    assert page.progress.isHidden()


def test_filter_and_folded_search(page):
    page.filter.choose("not_eligible")
    assert codes(page) == ["CN03", "CN04"]
    page.search.setText("tran thi cuc")
    assert codes(page) == ["CN04"]
    assert page.count.text() == "1 / 4"
    page.filter.choose(None)
    page.search.setText("")
    assert len(codes(page)) == 4


def test_the_detail_pane_explains_the_selected_row(page):
    page.search.setText("CN04")
    text = page.detail.toPlainText()
    assert "Trần Thị Cúc" in text and "Không đủ điều kiện" in text
    assert "Bị kỷ luật Khiển trách" in text
    assert "Căn cứ: Nghị định 98/2023/NĐ-CP, Điều 4" in text
    assert "Quá trình theo năm" in text and "2024" in text


def test_another_title_is_evaluated_and_a_selection_exported(page, tmp_path):
    page.title.setCurrentIndex(page.title.findData("CSTDCS"))
    assert codes(page)[0] == "CN01"  # the only one rated HTXSNV
    assert page.model.rows()[0].evaluation.ground == "HTXSNV"
    page.table.selectRow(0)
    assert page.export_button.isEnabled()
    page.export_to(tmp_path / "chon.xlsx")
    sheet = load_workbook(tmp_path / "chon.xlsx")["Danh sách"]
    assert sheet["B4"].value == "CN01" and sheet["G4"].value == "Đủ điều kiện"
    assert "Đã xuất 1 dòng" in page.count.text()


def test_a_changed_year_changes_the_rules(page):
    page.year.setValue(2023)
    assert "NĐ 91/2017" in page.regime.text()
    assert all(row.verdict == "needs_review" for row in page.model.rows())  # no 2023 ratings


def test_the_table_model_is_a_proper_qt_model(qtmodeltester, page_context):
    services = page_context.services
    unit = add_unit(services, "VP", "Văn phòng Sở")
    person = add_person(services, unit.id, "CN01", "Nguyễn Văn Ân")
    services.ratings.set_rating("ca_nhan", person.id, 2024, "HTTNV")
    model = EligibilityTableModel()
    model.set_rows(rows_of(services.eligibility.report(2024, "LDTT")))
    qtmodeltester.check(model)
    assert date(2024, 1, 1).year == 2024


def test_leaving_the_page_stops_its_evaluation_and_it_is_done_again_on_return(qtbot, page_context):
    services = page_context.services
    office = add_unit(services, "VP", "Văn phòng Sở")
    person = add_person(services, office.id, "CN01", "Nguyễn Văn Ân", recruited_on="01/01/2015")
    services.ratings.set_rating("ca_nhan", person.id, 2024, "HTXSNV")
    runner = QueuedRunner()
    widget = EligibilityPage(PageContext(services, runner, AppEvents()))
    qtbot.addWidget(widget)
    widget.activate()
    while runner.queued and not widget.progress.running():
        runner.queued.pop(0)()  # the year, then the titles: the evaluation is now queued
    widget.deactivate()
    runner.drain()
    assert widget.model.rowCount() == 0 and not widget.progress.running()
    widget.activate()
    runner.drain()
    assert codes(widget) == ["CN01"]
