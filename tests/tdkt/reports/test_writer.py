"""The written award section: the seed's half-year paragraph from the demo, and the rules."""

from __future__ import annotations

from datetime import date

import pytest

from tdkt.catalog.types import Title
from tdkt.demo import generate_demo
from tdkt.reports.periods import Period, first_half, five_years
from tdkt.reports.types import Statistics, Tally, TitleTally
from tdkt.reports.writer import counts_text, join_words, write_section

# seeds/004, part I.3, verbatim (the report of Sở Công Thương Quảng Ngãi of 22/6/2021).
SEED_OCCASION = (
    "trong quá trình xây dựng và phát triển ngành Công Thương nhân kỷ niệm 70 năm Ngày "
    "Truyền thống ngành Công Thương Việt Nam (14/5/1951-14/5/2021)"
)
SEED_INTRO = (
    "Kết quả khen thưởng 6 tháng đầu năm 2021: Chủ tịch UBND tỉnh tặng bằng khen, Bộ trưởng "
    "Bộ Công Thương tặng bằng khen và kỷ niệm chương cho tập thể và cá nhân đã có thành tích "
    f"{SEED_OCCASION}. Cụ thể:"
)
SEED_LINES = (
    "Chủ tịch UBND tỉnh tặng bằng khen: 06 tập thể và 17 cá nhân.",
    "Bộ trưởng Bộ Công Thương tặng bằng khen: 01 tập thể và 02 cá nhân; tặng kỷ niệm chương "
    "vì sự nghiệp phát triển ngành Công Thương Việt Nam cho 10 cá nhân thuộc ngành Công "
    "Thương.",
)


@pytest.fixture(scope="module")
def demo_section(tmp_path_factory):  # type: ignore[no-untyped-def]
    from tdkt.app import open_database
    from tdkt.clock import FixedClock

    services = open_database(str(tmp_path_factory.mktemp("demo") / "demo.db"), FixedClock())
    generate_demo(services)
    yield services
    services.close()


def test_the_demo_writes_the_seed_paragraph(demo_section):
    section = demo_section.reports.section(first_half(2021), SEED_OCCASION)
    assert section.intro == SEED_INTRO
    assert section.lines == SEED_LINES
    assert section.text() == "\n".join([f"- {SEED_INTRO}", *(f"+ {line}" for line in SEED_LINES)])


def test_without_an_occasion_the_lines_are_the_same(demo_section):
    section = demo_section.reports.section(first_half(2021))
    assert section.lines == SEED_LINES
    assert section.intro.endswith("cho tập thể và cá nhân đã có thành tích. Cụ thể:")


def title(code: str, level: str, issuer: str, rank: int, category: str = "hinh_thuc") -> Title:
    return Title(0, code, code, code, category, "ca_hai", level, issuer, rank, True)


def statistics_of(*items: tuple[Title, Tally], period: Period | None = None) -> Statistics:
    titles = tuple(TitleTally(t, tally) for t, tally in items)
    total = sum((tally for _t, tally in items), Tally())
    return Statistics(period or first_half(2024), titles, (), (), (), total, 0, 0, ())


def test_issuers_state_then_province_then_ministry_then_department():
    statistics = statistics_of(
        (title("GK_SO", "co_so", "Giám đốc Sở", 15), Tally(units=2, people=12)),
        (title("BK_BO", "bo", "Bộ trưởng Bộ Công Thương", 45), Tally(people=1)),
        (title("BK_TINH", "tinh", "Chủ tịch UBND tỉnh", 45), Tally(units=1)),
        (title("BK_TTG", "nha_nuoc", "Thủ tướng Chính phủ", 75), Tally(people=3)),
        (title("HCLD3", "nha_nuoc", "Chủ tịch nước", 90), Tally(people=1)),
    )
    lines = write_section(statistics).lines
    assert [line.split(" tặng")[0] for line in lines] == [
        "Chủ tịch nước",
        "Thủ tướng Chính phủ",
        "Chủ tịch UBND tỉnh",
        "Bộ trưởng Bộ Công Thương",
        "Giám đốc Sở",
    ]
    assert lines[0] == "Chủ tịch nước tặng Huân chương Lao động hạng Ba: 01 cá nhân."
    assert lines[4] == "Giám đốc Sở tặng giấy khen: 02 tập thể và 12 cá nhân."


def test_titles_before_forms_and_one_opening_per_verb():
    statistics = statistics_of(
        (title("GK_SO", "co_so", "Giám đốc Sở", 15), Tally(people=4)),
        (title("LDTT", "co_so", "Giám đốc Sở", 10, "danh_hieu"), Tally(people=120)),
        (title("CSTDCS", "co_so", "Giám đốc Sở", 20, "danh_hieu"), Tally(people=15)),
        period=five_years(2025),
    )
    section = write_section(statistics)
    assert section.intro == (
        "Kết quả khen thưởng giai đoạn 2021 – 2025: Giám đốc Sở công nhận danh hiệu thi đua "
        "và tặng giấy khen cho cá nhân đã có thành tích. Cụ thể:"
    )
    assert section.lines == (
        "Giám đốc Sở công nhận danh hiệu Chiến sĩ thi đua cơ sở cho 15 cá nhân; công nhận danh "
        "hiệu Lao động tiên tiến cho 120 cá nhân; tặng giấy khen: 04 cá nhân.",
    )


def test_an_empty_period_says_so():
    section = write_section(statistics_of())
    assert (
        section.intro
        == "Kết quả khen thưởng 6 tháng đầu năm 2024: chưa có quyết định khen thưởng nào."
    )
    assert section.lines == ()


def test_notes_tell_what_was_not_counted():
    period = Period(date(2021, 1, 1), date(2021, 6, 30), "6 tháng đầu năm 2021")
    statistics = Statistics(period, (), (), (), (), Tally(), 2, 3, ())
    assert write_section(statistics).notes == (
        "Không tính 02 khen thưởng đã bị thu hồi.",
        "Có 03 khen thưởng năm 2021 chưa nhập ngày quyết định nên chưa được tính.",
    )


def test_counts_and_lists_as_officials_write_them():
    assert counts_text(Tally(units=6, people=17)) == "06 tập thể và 17 cá nhân"
    assert counts_text(Tally(people=10)) == "10 cá nhân"
    assert counts_text(Tally(units=1)) == "01 tập thể"
    assert join_words(["a"]) == "a"
    assert join_words(["a", "b", "c"]) == "a, b và c"
