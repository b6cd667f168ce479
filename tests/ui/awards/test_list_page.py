"""The awards page: filters in the database and in memory, the model, the status column."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.factories import add_award, add_person, add_unit
from ui.awards.list_page import AwardListPage
from ui.awards.table_model import STATUS_COLUMN, AwardTableModel


@pytest.fixture
def page(qtbot, page_context):  # type: ignore[no-untyped-def]
    services = page_context.services
    root = add_unit(services, "SCT", "Sở Công Thương")
    office = add_unit(services, "VP", "Văn phòng Sở", root.id)
    trade = add_unit(services, "QLTM", "Phòng Quản lý thương mại", root.id)
    add_person(services, office.id, "CN01", "Nguyễn Văn Ân")
    add_person(services, trade.id, "CN02", "Đặng Thị Ánh", gender="nu")
    add_award(services, "CN01", "LDTT", 2023, decision_no="10/QĐ-SCT", decision_date="20/12/2023")
    add_award(services, "CN01", "LDTT", 2024, decision_no="11/QĐ-SCT", decision_date="20/12/2024")
    add_award(
        services,
        "CN02",
        "BK_TINH",
        2024,
        decision_no="2345/QĐ-UBND",
        decision_date="05/01/2025",
        kind="dot_xuat",
    )
    revoked = add_award(
        services, "QLTM", "TTLDTT", 2024, decision_no="12/QĐ-SCT", decision_date="20/12/2024"
    )
    services.awards.revoke(revoked.id, date(2025, 3, 1), "Sai đối tượng")  # type: ignore[attr-defined]
    widget = AwardListPage(page_context)
    qtbot.addWidget(widget)
    widget.activate()
    return widget


def shown(page: AwardListPage) -> list[tuple[int, str, str]]:
    return [(r.year, r.title_code, r.subject_code) for r in page.model.rows()]


def choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = next(i for i in range(combo.count()) if combo.itemText(i).strip() == text)
    combo.setCurrentIndex(index)


def test_lists_awards_newest_first_without_revoked(page):
    assert shown(page) == [
        (2024, "BK_TINH", "CN02"),
        (2024, "LDTT", "CN01"),
        (2023, "LDTT", "CN01"),
    ]
    assert page.count.text() == "3 khen thưởng"
    assert [page.year_filter.itemText(i) for i in range(page.year_filter.count())] == [
        "Tất cả các năm",
        "2024",
        "2023",
    ]
    assert page.table.isColumnHidden(STATUS_COLUMN)


def test_year_filter(page):
    choose(page.year_filter, "2023")
    assert shown(page) == [(2023, "LDTT", "CN01")]


def test_title_filter_uses_short_names(page):
    choose(page.title_filter, "Bằng khen UBND tỉnh")
    assert shown(page) == [(2024, "BK_TINH", "CN02")]


def test_unit_filter_takes_people_of_the_unit(page):
    choose(page.unit_filter, "Văn phòng Sở")
    assert shown(page) == [(2024, "LDTT", "CN01"), (2023, "LDTT", "CN01")]
    choose(page.unit_filter, "Sở Công Thương")  # the units below it count too
    assert len(shown(page)) == 3


def test_revoked_shown_on_request_with_their_status(page):
    page.show_revoked.setChecked(True)
    assert len(shown(page)) == 4
    assert not page.table.isColumnHidden(STATUS_COLUMN)
    row = page.model.find(lambda r: r.revoked)
    status = page.model.index(row, STATUS_COLUMN)
    assert status.data() == "Đã thu hồi 01/03/2025"
    assert status.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "Sai đối tượng" in status.data(Qt.ItemDataRole.ToolTipRole)
    other = page.model.index(row, 0)
    assert other.data(Qt.ItemDataRole.ForegroundRole) != status.data(Qt.ItemDataRole.ForegroundRole)


def test_search_is_instant_and_ignores_diacritics(page, qtbot):
    qtbot.keyClicks(page.search, "dang thi anh")
    assert shown(page) == [(2024, "BK_TINH", "CN02")]
    assert page.count.text() == "1 / 3 khen thưởng"
    page.search.setText("10/qd")
    assert shown(page) == [(2023, "LDTT", "CN01")]


def test_filters_combine_with_search(page):
    choose(page.year_filter, "2024")
    page.search.setText("nguyen")
    assert shown(page) == [(2024, "LDTT", "CN01")]


def test_columns_are_formatted(page):
    row = page.model.find(lambda r: r.title_code == "BK_TINH")
    values = [page.model.index(row, c).data() for c in range(STATUS_COLUMN + 1)]
    assert values == [
        "2024",
        "Bằng khen UBND tỉnh",
        "Đặng Thị Ánh",
        "Phòng Quản lý thương mại",
        "2345/QĐ-UBND",
        "05/01/2025",
        "Chủ tịch UBND tỉnh",
        "Đột xuất",
        "",
    ]


def test_model_passes_qtmodeltester(qtmodeltester, page):
    page.show_revoked.setChecked(True)
    model = AwardTableModel()
    model.set_rows(page.model.rows())
    qtmodeltester.check(model)


def test_revoke_button_only_for_awards_in_force(page):
    page.show_revoked.setChecked(True)
    assert not page.revoke_button.isEnabled()
    page.select_award(page.model.rows()[page.model.find(lambda r: r.revoked)].id)
    assert page.edit_button.isEnabled()
    assert not page.revoke_button.isEnabled()
    page.select_award(page.model.rows()[0].id)
    assert page.revoke_button.isEnabled()
