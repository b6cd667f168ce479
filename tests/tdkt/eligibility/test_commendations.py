"""Bằng khen (point d and the points the council judges), Bằng khen Thủ tướng windows,
Huân chương Lao động hạng Ba, Kỷ niệm chương (legal.md §9 rules 10–16)."""

from __future__ import annotations

from datetime import date

import pytest

from tdkt.eligibility.types import ELIGIBLE, NOT_ELIGIBLE
from tests.tdkt.eligibility.builders import WorldBuilder, reason


def bk_candidate(world: WorldBuilder, first: str = "HTXSNV", second: str = "HTXSNV"):
    person = world.rate(world.person(), {2023: first, 2024: second})
    world.award(person, "LDTT", 2023)
    world.award(person, "CSTDCS", 2023)  # on HTXSNV, no initiative used
    return person


def test_bk_tinh_point_d_with_two_free_initiatives():
    world = WorldBuilder()
    person = bk_candidate(world)
    first, second = world.initiative(person, 2023), world.initiative(person, 2024)
    evaluation = world.evaluate("BK_TINH", person, 2024)
    assert evaluation.verdict == ELIGIBLE
    assert evaluation.ground.endswith(f"{first.code}; {second.code}")
    judged = reason(evaluation, "Hoặc (điểm a–c)")
    assert (judged.passed, judged.kind) == (None, "judgement")


def test_bk_tinh_point_d_refuses_initiatives_already_used_for_cstdcs():
    world = WorldBuilder()
    person = world.rate(world.person(), {2023: "HTTNV", 2024: "HTXSNV"})
    used = world.initiative(person, 2023)
    world.award(person, "LDTT", 2023)
    world.award(person, "CSTDCS", 2023, initiatives=(used,))
    world.initiative(person, 2024)
    evaluation = world.evaluate("BK_TINH", person, 2024)
    assert evaluation.verdict == NOT_ELIGIBLE  # not needs_review: points a–c never decide
    initiatives = reason(evaluation, "sáng kiến")
    assert f"sáng kiến {used.code} đã làm căn cứ CSTĐCS năm 2023" in initiatives.detail
    assert initiatives.missing == (
        "còn thiếu 01 sáng kiến cấp cơ sở trở lên được công nhận trong các năm 2023–2024"
    )


def test_the_ministry_of_home_affairs_example_is_eligible():
    """legal.md §1.4: "CSTĐCS 2024 xét theo tiêu chuẩn HTXSNV" + one initiative in 2023 and
    one in 2024 → eligible; this year's CSTĐCS goes on the rating, keeping both free."""
    world = WorldBuilder()
    person = bk_candidate(world, first="HTTNV")
    world.award(person, "CSTDCS", 2023)
    world.initiative(person, 2023)
    world.initiative(person, 2024)
    assert world.evaluate("BK_TINH", person, 2024).verdict == ELIGIBLE


def test_this_years_cstdcs_on_an_initiative_keeps_it_from_the_bang_khen():
    world = WorldBuilder()
    person = world.rate(world.person(), {2022: "HTXSNV", 2023: "HTXSNV"})
    world.award(person, "LDTT", 2022)
    world.initiative(person, 2022)
    reserved = world.initiative(person, 2023)
    evaluation = world.evaluate("BK_TINH", person, 2023)  # old rules: CSTĐCS needs one
    assert evaluation.verdict == NOT_ELIGIBLE
    assert (
        f"{reserved.code} dự kiến làm căn cứ CSTĐCS năm 2023"
        in reason(evaluation, "sáng kiến").detail
    )


def test_old_rules_have_no_cstdcs_branch_for_the_bang_khen():
    world = WorldBuilder()
    person = bk_candidate(world, first="HTTNV")
    world.award(person, "CSTDCS", 2022)
    person.ratings[2022] = "HTXSNV"
    for year in (2022, 2023):
        world.initiative(person, year)
    world.initiative(person, 2023)
    refused = world.evaluate("BK_TINH", person, 2023)
    assert refused.verdict == NOT_ELIGIBLE
    assert "còn thiếu 1 năm từ Hoàn thành xuất sắc nhiệm vụ trở lên (2023)" in refused.summary()


def test_the_same_years_cannot_ground_a_second_bang_khen():
    world = WorldBuilder()
    person = bk_candidate(world)
    world.award(person, "BK_BO", 2023)
    for year in (2023, 2024, 2024):
        world.initiative(person, year)
    evaluation = world.evaluate("BK_TINH", person, 2024)
    assert evaluation.verdict == NOT_ELIGIBLE
    assert (
        "Thành tích năm 2023 đã được khen Bằng khen Bộ năm 2023"
        in reason(evaluation, "chưa được khen").detail
    )


# --- Bằng khen Thủ tướng


def bk_ttg_candidate(world: WorldBuilder, bk_year: int, cstdcs: tuple[int, ...]):
    person = world.rate(world.person(), years=range(2015, 2025), grade="HTTNV")
    world.award(person, "BK_TINH", bk_year)
    for year in cstdcs:
        world.award(person, "CSTDCS", year)
    return person


@pytest.mark.parametrize(
    ("bk_year", "cstdcs", "verdict", "fragment", "missing"),
    [
        (2019, (2020, 2022, 2023), ELIGIBLE, "", ""),
        (
            2019,
            (2020, 2022),
            NOT_ELIGIBLE,
            "Chiến sĩ",
            "còn thiếu 01 lần CSTĐCS trong năm 2020–2024",
        ),
        (
            2020,
            (2020, 2022, 2023),
            NOT_ELIGIBLE,
            "Bằng khen cấp bộ",
            "cần được tặng Bằng khen UBND tỉnh hoặc Bằng khen Bộ từ năm 2019 trở về trước",
        ),
    ],
)
def test_bk_ttg_window_of_five_years_after_the_bang_khen(
    bk_year, cstdcs, verdict, fragment, missing
):
    world = WorldBuilder()
    person = bk_ttg_candidate(world, bk_year, cstdcs)
    evaluation = world.evaluate("BK_TTG", person, 2024)
    assert evaluation.verdict == verdict
    if fragment:
        assert reason(evaluation, fragment).missing == missing


def test_bk_ttg_needs_a_bang_khen_newer_than_the_last_bk_ttg():
    world = WorldBuilder()
    person = bk_ttg_candidate(world, 2012, (2020, 2022, 2023))
    world.award(person, "BK_TTG", 2018)
    evaluation = world.evaluate("BK_TTG", person, 2024)
    assert evaluation.verdict == NOT_ELIGIBLE
    assert "sau Bằng khen Thủ tướng năm 2018" in reason(evaluation, "Bằng khen cấp bộ").missing


def test_a_campaign_bang_khen_is_no_prerequisite():
    world = WorldBuilder()
    person = bk_ttg_candidate(world, 2019, (2020, 2022, 2023))
    person.awards[0].kind = "theo_dot"  # the 70th anniversary batch, say
    assert world.evaluate("BK_TTG", person, 2024).verdict == NOT_ELIGIBLE


def test_old_bk_ttg_needs_five_excellent_years_and_five_initiatives():
    world = WorldBuilder()
    person = world.rate(world.person(), years=range(2016, 2024), grade="HTXSNV")
    world.award(person, "BK_TINH", 2018)
    for year in range(2019, 2024):
        world.initiative(person, year)
    # 2023's CSTĐCS (old rules: on an initiative) takes one of the five...
    refused = world.evaluate("BK_TTG", person, 2023)
    assert refused.verdict == NOT_ELIGIBLE
    assert "còn thiếu 01 sáng kiến" in reason(refused, "sáng kiến").missing
    assert "dự kiến làm căn cứ CSTĐCS năm 2023" in reason(refused, "sáng kiến").detail
    # ...unless the province lets an initiative count again (legal.md Q9),
    reuse = {"eligibility.common.reuse_cstdcs_initiative": True}
    assert world.evaluate("BK_TTG", person, 2023, reuse).verdict == ELIGIBLE
    # or there is a sixth.
    world.initiative(person, 2021)
    assert world.evaluate("BK_TTG", person, 2023).verdict == ELIGIBLE


def test_hcld3_on_a_bk_ttg_five_good_years_one_excellent_three_cstdcs():
    world = WorldBuilder()
    person = bk_ttg_candidate(world, 2012, (2020, 2021, 2023))
    world.award(person, "BK_TTG", 2019)
    assert world.evaluate("HCLD3", person, 2024).verdict == NOT_ELIGIBLE  # no HTXSNV year
    person.ratings[2022] = "HTXSNV"
    assert world.evaluate("HCLD3", person, 2024).verdict == ELIGIBLE


# --- Kỷ niệm chương


@pytest.mark.parametrize(
    ("gender", "toxic", "started", "verdict"),
    [
        ("nam", False, date(2005, 6, 1), ELIGIBLE),  # 20 years on 01/06/2025
        ("nam", False, date(2006, 1, 2), NOT_ELIGIBLE),
        ("nu", False, date(2010, 12, 31), ELIGIBLE),  # 15 years
        ("nu", False, date(2011, 1, 1), NOT_ELIGIBLE),
        ("nam", True, date(2015, 7, 1), ELIGIBLE),  # 10 years, toxic work
        ("nam", True, date(2016, 1, 1), NOT_ELIGIBLE),
    ],
)
def test_knc_years_in_the_sector_20_15_10(gender, toxic, started, verdict):
    world = WorldBuilder()
    person = world.person(gender=gender, toxic=toxic, sector=started)
    evaluation = world.evaluate("KNC_CT", person, 2025)
    assert evaluation.verdict == verdict


def test_knc_does_not_count_disciplined_years_and_says_when_it_will_be_enough():
    world = WorldBuilder()
    person = world.person(sector=date(2005, 6, 1))
    world.discipline(person, "khien_trach", date(2019, 5, 1), date(2020, 4, 30))
    evaluation = world.evaluate("KNC_CT", person, 2025)
    assert evaluation.verdict == NOT_ELIGIBLE
    years = reason(evaluation, "ngành Công Thương")
    assert "không tính 2 năm bị kỷ luật (2019, 2020)" in years.detail
    assert years.missing == "đến ngày 01/06/2027 mới đủ 20 năm"


def test_knc_once_only_and_a_missing_start_date_needs_review():
    world = WorldBuilder()
    holder = world.person("CN01", sector=date(1990, 1, 1))
    world.award(holder, "KNC_CT", 2015, kind="cong_hien")
    unknown = world.person("CN02", sector=None)
    ctx = world.context(2025)
    assert ctx.evaluate("KNC_CT", holder).verdict == NOT_ELIGIBLE
    assert ctx.evaluate("KNC_CT", unknown).verdict == "needs_review"


def test_knc_service_years_follow_the_setting():
    world = WorldBuilder()
    person = world.person(sector=date(2008, 1, 1))
    settings = {"eligibility.luat2022_nd98.knc_years_men": 17}
    assert world.evaluate("KNC_CT", person, 2025).verdict == NOT_ELIGIBLE
    # 2025 falls under NĐ 152/2025, which carries the 2024 value forward.
    assert world.evaluate("KNC_CT", person, 2025, settings).verdict == ELIGIBLE
