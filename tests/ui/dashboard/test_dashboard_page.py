"""The dashboard page on 15/12/2025: charts, empty cards, medals and quotas, the models."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tdkt.movements.types import MovementDraft
from tdkt.reports.dashboard_types import PendingBatch
from tests.factories import add_award, add_person, add_unit
from ui.dashboard.dashboard_page import NO_BATCHES, NO_DEADLINES, DashboardPage
from ui.dashboard.table_models import PAST_COLOR

NAMES = ("Lê Văn An", "Trần Thị Bình", "Phạm Thị Cúc", "Võ Văn Dũng", "Đặng Văn Em", "Ngô Thị Gấm")
NAMES += ("Huỳnh Văn Hải", "Bùi Văn Khoa")


@pytest.fixture
def page(qtbot, page_context):  # type: ignore[no-untyped-def]
    services = page_context.services
    office = add_unit(services, "VP", "Văn phòng Sở")
    for n, name in enumerate(NAMES[:7], start=1):
        add_person(services, office.id, f"CN{n}", name, sector_started_on="01/03/2005")
        add_award(
            services, f"CN{n}", "LDTT", 2025, decision_no="1/QĐ-SCT", decision_date="10/12/2025"
        )
    for n in (1, 2):
        add_award(
            services, f"CN{n}", "CSTDCS", 2025, decision_no="2/QĐ-SCT", decision_date="10/12/2025"
        )
    add_award(services, "VP", "BK_TINH", 2024, decision_no="5/QĐ-UBND", decision_date="05/05/2025")
    widget = DashboardPage(page_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.activate()
    return widget


def test_charts_show_ten_years_by_level(page):
    local, upper = page.local_chart.chart(), page.upper_chart.chart()
    (local_series,) = local.series()
    assert [s.label() for s in local_series.barSets()] == ["Cơ sở (Giám đốc Sở)"]
    assert [s.label() for s in upper.series()[0].barSets()] == ["Tỉnh", "Bộ, ngành", "Nhà nước"]
    years = local.axes()[0].categories()
    assert years == [str(y) for y in range(2016, 2026)]
    assert local_series.barSets()[0].at(9) == 9  # 7 LĐTT and 2 CSTĐCS decided in 2025
    assert upper.series()[0].barSets()[0].at(9) == 1  # the provincial bằng khen
    assert page.chart_card.note.text() == "2016–2025"


def test_empty_sources_say_so(page):
    assert page.batch_card.showing_empty() and page.batch_card.empty.text() == NO_BATCHES
    assert page.deadline_card.showing_empty() and page.deadline_card.empty.text() == NO_DEADLINES


def test_medals_and_quotas(page, qtmodeltester):
    assert page.medals.rowCount() == 7  # all men in the sector since 01/03/2005
    assert page.medal_card.title.text() == "Đủ năm xét Kỷ niệm chương (đến hết 2025)"
    first = page.medals.row(0)
    assert [page.medals.display(first, c) for c in range(2, 5)] == [
        "01/03/2005",
        "20 (nam)",
        "01/03/2025",
    ]
    qtmodeltester.check(page.medals)
    assert page.quota_card.title.text() == "CSTĐCS năm 2025, tối đa 15 % số LĐTT"
    assert [page.quotas.display(page.quotas.row(0), c) for c in range(5)] == [
        "Văn phòng Sở",
        "7",
        "2",
        "1",
        "Vượt 1",
    ]
    assert page.quota_card.note.text() == "1 đơn vị vượt"
    qtmodeltester.check(page.quotas)


def test_a_source_fills_the_batches_card(page, qtmodeltester):
    batch = PendingBatch(
        "BK-TINH-2025", "Bằng khen của Chủ tịch UBND tỉnh", 12, date(2025, 12, 1), "Đã trình"
    )
    page.context.services.reports.add_batch_source(lambda session, today: [batch])
    page.reload()
    assert not page.batch_card.showing_empty()
    assert page.batches.display(page.batches.row(0), 0) == "BK-TINH-2025"
    assert page.batch_card.note.text() == "1 đợt"
    qtmodeltester.check(page.batches)


def test_open_movements_fill_the_deadlines_card(page, qtmodeltester):
    movements = page.context.services.movements
    movements.create(
        MovementDraft(
            name="Đợt thi đua cuối năm 2025",
            kind="theo_dot",
            starts_on="15/11/2025",
            ends_on="31/01/2026",
            registration_deadline="10/12/2025",
        )
    )
    movements.create(
        MovementDraft(
            name="Năm 2026",
            kind="thuong_xuyen",
            starts_on="01/12/2025",
            registration_deadline="15/12/2025",
        )
    )
    page.reload()
    assert not page.deadline_card.showing_empty()
    model = page.deadlines
    shown = [[model.display(model.row(r), c) for c in range(4)] for r in range(model.rowCount())]
    assert shown == [
        ["10/12/2025", "Đã qua 5 ngày", "Đăng ký thi đua", "Đợt thi đua cuối năm 2025"],
        ["15/12/2025", "Hôm nay", "Đăng ký thi đua", "Năm 2026"],
        ["31/01/2026", "Còn 47 ngày", "Kết thúc, tổng kết", "Đợt thi đua cuối năm 2025"],
    ]
    assert page.deadline_card.note.text() == "2 sắp tới, 1 vừa qua"
    passed, today = model.index(0, 0), model.index(1, 0)
    assert model.data(passed, Qt.ItemDataRole.ForegroundRole) == PAST_COLOR
    assert model.data(today, Qt.ItemDataRole.ForegroundRole) is None
    qtmodeltester.check(model)


@pytest.mark.parametrize("event", ["movements_changed", "nominations_changed"])
def test_a_movement_or_batch_changed_elsewhere_reloads_it(qtbot, page, event):
    page.context.services.movements.create(
        MovementDraft(
            name="Đợt thi đua cuối năm 2025",
            kind="theo_dot",
            starts_on="15/11/2025",
            ends_on="31/01/2026",
            registration_deadline="20/12/2025",
        )
    )
    assert page.deadline_card.showing_empty()
    with qtbot.waitSignal(page.loaded):
        getattr(page.context.events, event).emit()
    assert not page.deadline_card.showing_empty()
