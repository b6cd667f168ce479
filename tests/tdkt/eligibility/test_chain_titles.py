"""CSTĐ tỉnh/Bộ on three consecutive CSTĐCS, CSTĐ toàn quốc on two CSTĐ tỉnh (legal.md §9
rules 6, 7, 14)."""

from __future__ import annotations

from datetime import date

from tdkt.eligibility.types import ELIGIBLE, NEEDS_REVIEW, NOT_ELIGIBLE
from tests.tdkt.eligibility.builders import WorldBuilder, reason


def cstdcs_chain(world: WorldBuilder, years: list[int], scope_year: int | None = 2023):
    """A person with CSTĐCS awarded in `years` (each on HTXSNV), rated HTXSNV 2018–2024,
    and a provincial-scope initiative in `scope_year`."""
    person = world.rate(world.person(), years=range(2018, 2025), grade="HTXSNV")
    for year in years:
        world.award(person, "LDTT", year)
        world.award(person, "CSTDCS", year)
    if scope_year is not None:
        world.initiative(person, scope_year, scope="tinh")
    return person


def test_three_cstdcs_and_a_provincial_initiative_make_a_cstd_tinh():
    world = WorldBuilder()
    # 2024's CSTĐCS is not decided yet: the records make it (HTXSNV), so it counts.
    person = cstdcs_chain(world, [2022, 2023])
    evaluation = world.evaluate("CSTD_TINH", person, 2024)
    assert evaluation.verdict == ELIGIBLE
    assert reason(evaluation, "liên tục").detail == "CSTĐCS các năm 2022, 2023, 2024"
    assert evaluation.ground.startswith("SK2023-")


def test_a_grassroots_initiative_is_not_enough_for_cstd_tinh():
    world = WorldBuilder()
    person = cstdcs_chain(world, [2022, 2023], scope_year=None)
    world.initiative(person, 2023, scope="co_so")
    evaluation = world.evaluate("CSTD_TINH", person, 2024)
    assert evaluation.verdict == NOT_ELIGIBLE
    assert reason(evaluation, "nhân rộng").missing == (
        "còn thiếu 01 sáng kiến cấp tỉnh trở lên được công nhận trong các năm 2022–2024"
    )


def test_a_gap_in_the_chain_says_which_year_is_missing():
    world = WorldBuilder()
    person = cstdcs_chain(world, [2021, 2023])
    person.ratings[2022] = "HTTNV"  # no CSTĐCS that year
    evaluation = world.evaluate("CSTD_TINH", person, 2023)
    assert evaluation.verdict == NOT_ELIGIBLE
    assert reason(evaluation, "liên tục").missing == (
        "còn thiếu 1 năm Chiến sĩ thi đua cơ sở liên tiếp (2022)"
    )


def test_an_undecided_final_year_asks_for_review_and_says_so():
    world = WorldBuilder()
    person = cstdcs_chain(world, [2022, 2023])
    del person.ratings[2024]
    evaluation = world.evaluate("CSTD_TINH", person, 2024)
    assert evaluation.verdict == NEEDS_REVIEW
    assert "năm 2024 chưa xác định được CSTĐCS" in reason(evaluation, "liên tục").detail


def test_missing_years_and_an_undecided_one_are_both_told():
    world = WorldBuilder()
    person = cstdcs_chain(world, [2023])
    del person.ratings[2024]
    evaluation = world.evaluate("CSTD_TINH", person, 2024)
    assert evaluation.verdict == NOT_ELIGIBLE
    assert reason(evaluation, "liên tục").missing == (
        "còn thiếu 1 năm Chiến sĩ thi đua cơ sở liên tiếp (2022); năm 2024 chưa có kết quả"
    )


def test_a_chain_spent_on_a_cstd_tinh_cannot_ground_the_next_one():
    world = WorldBuilder()
    person = cstdcs_chain(world, [2021, 2022, 2023])
    world.award(person, "CSTD_TINH", 2023)
    world.initiative(person, 2024, scope="tinh")
    evaluation = world.evaluate("CSTD_TINH", person, 2024)
    assert evaluation.verdict == NOT_ELIGIBLE
    assert "đã dùng làm căn cứ CSTĐ tỉnh năm 2023" in reason(evaluation, "liên tục").missing


def test_a_revoked_cstdcs_breaks_the_chain():
    world = WorldBuilder()
    person = cstdcs_chain(world, [2022])
    world.award(person, "CSTDCS", 2023, revoked=True)
    person.ratings[2023] = "HTTNV"
    assert world.evaluate("CSTD_TINH", person, 2024).verdict == NOT_ELIGIBLE


def test_cstd_bo_needs_a_ministry_scope_initiative():
    world = WorldBuilder()
    person = cstdcs_chain(world, [2022, 2023])
    ctx = world.context(2024)
    assert ctx.evaluate("CSTD_TINH", person).verdict == ELIGIBLE
    assert ctx.evaluate("CSTD_BO", person).verdict == NOT_ELIGIBLE
    world.initiative(person, 2022, scope="bo")
    assert world.evaluate("CSTD_BO", person, 2024).verdict == ELIGIBLE


def test_discipline_inside_the_chain_blocks_cstd_tinh():
    world = WorldBuilder()
    person = cstdcs_chain(world, [2022, 2023])
    world.discipline(person, "khien_trach", date(2022, 11, 1), date(2023, 10, 31))
    evaluation = world.evaluate("CSTD_TINH", person, 2024)
    assert evaluation.verdict == NOT_ELIGIBLE
    assert reason(evaluation, "kỷ luật").passed is False


def test_cstdtq_after_two_consecutive_cstd_tinh_and_a_nationwide_initiative():
    world = WorldBuilder()
    person = world.rate(world.person(), years=range(2017, 2025), grade="HTXSNV")
    world.award(person, "CSTD_TINH", 2020)
    world.award(person, "CSTD_TINH", 2023)
    world.initiative(person, 2022, scope="toan_quoc")
    evaluation = world.evaluate("CSTDTQ", person, 2024)
    assert evaluation.verdict == ELIGIBLE
    assert reason(evaluation, "liên tục").detail == "CSTĐ tỉnh hoặc CSTĐ Bộ năm 2020, 2023"
    world2 = WorldBuilder()
    other = world2.rate(world2.person(), years=range(2017, 2025), grade="HTXSNV")
    world2.award(other, "CSTD_TINH", 2019)
    world2.award(other, "CSTD_TINH", 2023)
    world2.initiative(other, 2022, scope="toan_quoc")
    refused = world2.evaluate("CSTDTQ", other, 2024)
    assert refused.verdict == NOT_ELIGIBLE
    assert "còn thiếu CSTĐ tỉnh hoặc CSTĐ Bộ năm 2020" in reason(refused, "liên tục").missing


def test_one_provincial_initiative_grounds_the_third_cstdcs_or_the_cstd_tinh_not_both():
    """legal.md Q9, old rules: this year's CSTĐCS needs an initiative; if the only one is
    the provincial one, it is spoken for, unless the province lets it count twice."""
    world = WorldBuilder()
    person = cstdcs_chain(world, [2021, 2022], scope_year=2023)
    person.ratings[2023] = "HTTNV"
    evaluation = world.evaluate("CSTD_TINH", person, 2023)
    assert evaluation.verdict == NOT_ELIGIBLE
    assert "dự kiến làm căn cứ CSTĐCS năm 2023" in reason(evaluation, "Chủ tịch UBND").detail
    reuse = {"eligibility.common.reuse_cstdcs_initiative": True}
    assert world.evaluate("CSTD_TINH", person, 2023, reuse).verdict == ELIGIBLE
    world.initiative(person, 2023)  # a grassroots one for the CSTĐCS
    assert world.evaluate("CSTD_TINH", person, 2023).verdict == ELIGIBLE
