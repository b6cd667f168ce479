"""Lines from a unit's workbook (the DeNghi sheet): the batch learns its deciding level and
each line its subject's kind, code and unit; a batch sent already takes no new line, and a
line of another deciding level is refused; a new batch mixing levels is warned about."""

from __future__ import annotations

import pytest

from tdkt.exchange.service import ImportRefusedError
from tdkt.nominations.types import TransitionDraft
from tests.tdkt.exchange.helpers import base_book

HEADERS = ["Đợt đề nghị*", "Mã đối tượng*", "Danh hiệu/Hình thức*", "Năm*", "Tóm tắt thành tích"]


def test_the_sheet_makes_a_batch_of_one_level(services, tmp_path):
    services.exchange.import_workbook(
        base_book(
            tmp_path / "a.xlsx",
            DeNghi=[
                HEADERS,
                ["BK-TINH-2024", "CN02", "BK_TINH", 2024, None],
                ["BK-TINH-2024", "VP", "TTLDXS", 2024, None],
            ],
        )
    )
    batch = services.nominations.batch_named("BK-TINH-2024")
    assert batch.level == "Chủ tịch UBND tỉnh" and batch.unit_lines == 1
    lines = services.nominations.lines(batch.id)
    assert [(ln.subject_kind, ln.subject_code, ln.home_unit_id is not None) for ln in lines] == [
        ("ca_nhan", "CN02", True),
        ("tap_the", "VP", True),
    ]
    assert len(services.nominations.proposal_letters(batch.id)) == 2  # one per type


def test_a_sent_batch_or_another_level_is_refused(services, tmp_path):
    services.exchange.import_workbook(
        base_book(
            tmp_path / "a.xlsx", DeNghi=[HEADERS, ["BK-TINH-2024", "CN02", "BK_TINH", 2024, None]]
        )
    )
    batch = services.nominations.batch_named("BK-TINH-2024")
    other_level = base_book(
        tmp_path / "b.xlsx", DeNghi=[HEADERS, ["BK-TINH-2024", "CN01", "GK_SO", 2024, None]]
    )
    with pytest.raises(ImportRefusedError, match="mỗi tờ trình chỉ trình một cấp"):
        services.exchange.import_workbook(other_level)
    services.nominations.advance(
        batch.id, TransitionDraft("trinh", "Đủ", "12/TTr-SCT", "10/12/2025", True)
    )
    later = base_book(
        tmp_path / "c.xlsx", DeNghi=[HEADERS, ["BK-TINH-2024", "CN01", "BK_TINH", 2024, None]]
    )
    with pytest.raises(ImportRefusedError, match="không còn là dự thảo"):
        services.exchange.import_workbook(later)
    assert services.nominations.batch_named("BK-TINH-2024").line_count == 1


def test_a_new_batch_mixing_levels_is_warned_about(services, tmp_path):
    path = base_book(
        tmp_path / "a.xlsx",
        DeNghi=[
            HEADERS,
            ["HON-HOP", "CN01", "GK_SO", 2024, None],
            ["HON-HOP", "CN02", "BK_TINH", 2024, None],
        ],
    )
    report = services.exchange.check(services.exchange.read(path))
    assert any("nhiều cấp quyết định" in p.message for p in report.problems)
