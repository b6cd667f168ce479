"""The TT 02/2023/TT-BNV forms: every cell of the known half-year, and the workbook layout."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook

from tdkt.agency.types import QUANG_NGAI_EXAMPLE
from tdkt.reports.form_specs import form_0602, form_0603
from tdkt.reports.forms_workbook import forms_workbook
from tdkt.reports.periods import first_half

H1_2021 = first_half(2021)


def by_code(form) -> dict[str, tuple[int | None, ...]]:  # type: ignore[no-untyped-def]
    return {row.code: values for row, values in zip(form.spec.rows, form.values, strict=True)}


@pytest.fixture
def statistics(known):  # type: ignore[no-untyped-def]
    return known.services.reports.statistics(H1_2021)


def test_form_0603_counts_by_subject_group_and_method(statistics):
    rows = by_code(form_0603(statistics))
    # columns: total, bằng khen, CSTĐ bộ/tỉnh, cờ thi đua, kỷ niệm chương
    assert rows["01"] == (5, 4, 0, 0, 1)
    assert rows["02"] == (2, 2, 0, 0, None)  # collectives: no medal column for them
    assert rows["03"] == rows["04"] == (None,) * 5  # enterprises, households: no data
    assert rows["05"] == (3, 2, 0, None, 1)
    assert rows["06"] == (None,) * 5
    assert rows["07"] == (1, 0, 0, None, 1)  # the director, leader of the top unit
    assert rows["09"] == (1, 1, 0, None, 0)  # the head of the office
    assert rows["10"] == (1, 1, 0, None, 0)  # the clerk: a direct worker
    assert rows["11"] == (2, 2, 0, 0, 0)  # thường xuyên
    assert rows["12"] == (2, 2, 0, 0, 0)  # chuyên đề, with theo đợt
    assert rows["13"] == (0, 0, 0, 0, 0)
    assert rows["15"] == (1, 0, 0, 0, 1)  # cống hiến
    assert rows["14"] == rows["16"] == rows["17"] == (None,) * 5


def test_form_0602_is_zero_where_known_and_blank_where_not(statistics):
    form = form_0602(statistics)
    rows = by_code(form)
    total = rows["01"]
    assert total[0] == 0
    headers = [(c.group, c.header) for c in form.spec.columns]
    hcm = headers.index(("Giải thưởng Hồ Chí Minh", "Cá nhân"))
    assert total[1 + hcm] is None
    assert rows["02"] == rows["03"] == (None,) * (len(headers) + 1)
    assert any("cơ quan trình" in note for note in form.notes)


def test_titles_outside_the_form_are_named(known):
    services = known.services
    from tests.factories import add_award

    add_award(
        services, "QLTM", "TTLDXS", 2020, decision_no="77/QĐ-UBND", decision_date="02/02/2021"
    )
    form = form_0603(services.reports.statistics(H1_2021))
    assert "Biểu không có cột cho: Tập thể lao động xuất sắc (01)." in form.notes


def test_the_workbook_reads_like_the_form(known):
    data = known.services.reports.forms_workbook(H1_2021)
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == ["Biểu 0602", "Biểu 0603"]
    sheet = workbook["Biểu 0603"]
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Biểu số: 0603.N/BNV-TĐKT" in texts
    assert "Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023" in texts
    assert any(t.startswith("SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ") for t in texts)
    assert any("Kỳ báo cáo: 6 tháng đầu năm 2021" in t for t in texts)
    labels = {sheet.cell(row=r, column=1).value: r for r in range(1, sheet.max_row + 1)}
    total_row = labels["Tổng số"]
    assert [sheet.cell(row=total_row, column=c).value for c in range(2, 9)] == [
        "01",
        None,
        5,
        4,
        0,
        0,
        1,
    ]
    header_row = total_row - 1
    assert [sheet.cell(row=header_row, column=c).value for c in range(1, 9)] == [
        "A",
        "B",
        "C",
        "1",
        "2",
        "3",
        "4",
        "5",
    ]


def test_the_workbook_signs_for_the_agency(sqlite_services):
    statistics = sqlite_services.reports.statistics(H1_2021)
    data = forms_workbook((form_0603(statistics),), QUANG_NGAI_EXAMPLE, H1_2021, date(2021, 7, 5))
    sheet = load_workbook(io.BytesIO(data)).active
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Quảng Ngãi, ngày 05 tháng 7 năm 2021" in texts
    assert "GIÁM ĐỐC" in texts and "Võ Văn Rân" in texts and "Người lập biểu" in texts
