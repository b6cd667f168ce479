"""LĐTT and CSTĐCS across the legal periods, and discipline in the year (legal.md §9 rules
2–5, 15)."""

from __future__ import annotations

from datetime import date

import pytest

from tdkt.eligibility.types import ELIGIBLE, NEEDS_REVIEW, NOT_ELIGIBLE
from tests.tdkt.eligibility.builders import WorldBuilder, failing, reason


@pytest.mark.parametrize(
    ("year", "recruited", "verdict", "missing"),
    [
        # NĐ 91/2017: ten months in the year
        (2023, date(2023, 3, 1), ELIGIBLE, ""),
        (2023, date(2023, 3, 2), NOT_ELIGIBLE, "còn thiếu 1 tháng (cần từ 10 tháng công tác)"),
        (2023, date(2023, 7, 1), NOT_ELIGIBLE, "còn thiếu 4 tháng (cần từ 10 tháng công tác)"),
        # TT 01/2024: six months
        (2024, date(2024, 7, 1), ELIGIBLE, ""),
        (2024, date(2024, 7, 2), NOT_ELIGIBLE, "còn thiếu 1 tháng (cần từ 6 tháng công tác)"),
        (2025, date(2025, 7, 1), ELIGIBLE, ""),
        # NĐ 65/2014 (2016): ten months too
        (2016, date(2016, 3, 2), NOT_ELIGIBLE, "còn thiếu 1 tháng (cần từ 10 tháng công tác)"),
    ],
)
def test_ldtt_months_of_service_by_period(year, recruited, verdict, missing):
    world = WorldBuilder()
    person = world.rate(world.person(recruited=recruited), {year: "HTTNV"})
    evaluation = world.evaluate("LDTT", person, year)
    assert evaluation.verdict == verdict
    service = reason(evaluation, "tháng trở lên")
    assert service.missing == missing
    assert ("10 tháng" in service.criterion) == (year <= 2023)


def test_ldtt_needs_a_good_rating_and_says_which():
    world = WorldBuilder()
    person = world.rate(world.person(), {2024: "HTNV"})
    evaluation = world.evaluate("LDTT", person, 2024)
    assert evaluation.verdict == NOT_ELIGIBLE
    assert failing(evaluation) == [
        "Xếp loại 2024: Hoàn thành nhiệm vụ; cần từ Hoàn thành tốt nhiệm vụ trở lên"
    ]
    assert evaluation.regime == "luat2022_nd98"


def test_a_year_without_rating_needs_review_not_a_refusal():
    world = WorldBuilder()
    evaluation = world.evaluate("LDTT", world.person(), 2024)
    assert evaluation.verdict == NEEDS_REVIEW
    assert reason(evaluation, "Xếp loại").detail == "Chưa có kết quả xếp loại năm 2024"


def test_qualitative_criteria_count_as_met_and_never_ask_for_review():
    world = WorldBuilder()
    person = world.rate(world.person(), {2024: "HTXSNV"})
    evaluation = world.evaluate("LDTT", person, 2024)
    spirit = reason(evaluation, "Tinh thần")
    assert (evaluation.verdict, spirit.passed, spirit.kind) == (ELIGIBLE, True, "qualitative")


def test_the_forty_days_rule_exists_only_before_october_2017():
    world = WorldBuilder()
    person = world.rate(world.person(), {2016: "HTTNV", 2017: "HTTNV"})
    old = world.evaluate("LDTT", person, 2016)
    assert old.regime == "nd65_2014" and old.verdict == ELIGIBLE
    assert reason(old, "40 ngày").passed is True
    new = world.evaluate("LDTT", person, 2017)
    assert new.regime == "nd91_2017"
    assert not [r for r in new.reasons if "40 ngày" in r.criterion]


def test_someone_who_left_during_the_year_is_left_to_the_council():
    world = WorldBuilder()
    person = world.rate(world.person(left=date(2024, 8, 31)), {2024: "HTTNV"})
    evaluation = world.evaluate("LDTT", person, 2024)
    assert evaluation.verdict == NEEDS_REVIEW
    assert "31/08/2024" in reason(evaluation, "Còn công tác").detail


@pytest.mark.parametrize("year", [2023, 2024])
def test_discipline_in_the_year_blocks_ldtt_and_says_until_when(year):
    world = WorldBuilder()
    person = world.rate(world.person(), {year: "HTTNV"})
    world.discipline(person, "khien_trach", date(year, 3, 1), date(year + 1, 2, 28))
    evaluation = world.evaluate("LDTT", person, year)
    assert evaluation.verdict == NOT_ELIGIBLE
    detail = reason(evaluation, "kỷ luật").detail
    assert detail.startswith("Bị kỷ luật Khiển trách (QĐ 01/QĐ-SCT, hiệu lực 01/03/")
    assert f"chỉ tính thành tích từ sau ngày 28/02/{year + 1}" in detail


def test_discipline_that_ended_last_year_does_not_touch_this_one():
    world = WorldBuilder()
    person = world.rate(world.person(), {2024: "HTTNV"})
    world.discipline(person, "canh_cao", date(2022, 5, 1), date(2023, 4, 30))
    assert world.evaluate("LDTT", person, 2024).verdict == ELIGIBLE


# --- CSTĐCS


def test_cstdcs_until_2023_needs_an_initiative_even_with_htxsnv():
    world = WorldBuilder()
    person = world.rate(world.person(), {2023: "HTXSNV"})
    evaluation = world.evaluate("CSTDCS", person, 2023)
    assert evaluation.verdict == NOT_ELIGIBLE
    ground = reason(evaluation, "sáng kiến")
    assert ground.missing.startswith(
        "cần 01 sáng kiến cấp cơ sở trở lên được công nhận năm 2023 (đề tài khoa học"
    )
    world.initiative(person, 2023)
    evaluation = WorldBuilder.evaluate(world, "CSTDCS", person, 2023)
    assert evaluation.verdict == ELIGIBLE and evaluation.ground.startswith("SK2023-")


def test_cstdcs_from_2024_rests_on_htxsnv_or_an_initiative():
    world = WorldBuilder()
    excellent = world.rate(world.person("CN01"), {2024: "HTXSNV"})
    good = world.rate(world.person("CN02"), {2024: "HTTNV"})
    idea = world.initiative(good, 2024)
    plain = world.rate(world.person("CN03"), {2024: "HTTNV"})
    ctx = world.context(2024)
    assert ctx.evaluate("CSTDCS", excellent).ground == "HTXSNV"
    assert ctx.evaluate("CSTDCS", good).ground == idea.code
    refused = ctx.evaluate("CSTDCS", plain)
    assert refused.verdict == NOT_ELIGIBLE
    assert "xếp loại Hoàn thành xuất sắc nhiệm vụ hoặc 01 sáng kiến" in refused.summary()


def test_cstdcs_rests_on_ldtt_of_the_same_year():
    world = WorldBuilder()
    person = world.rate(world.person(recruited=date(2024, 9, 1)), {2024: "HTXSNV"})
    evaluation = world.evaluate("CSTDCS", person, 2024)
    assert evaluation.verdict == NOT_ELIGIBLE
    assert "còn thiếu 2 tháng" in reason(evaluation, "Lao động tiên tiến").missing


def test_an_initiative_already_grounding_an_award_cannot_ground_cstdcs():
    world = WorldBuilder()
    person = world.rate(world.person(), {2023: "HTTNV"})
    idea = world.initiative(person, 2023)
    world.award(person, "GK_SO", 2023, initiatives=(idea,))
    evaluation = world.evaluate("CSTDCS", person, 2023)
    assert evaluation.verdict == NOT_ELIGIBLE
    detail = reason(evaluation, "sáng kiến").detail
    assert detail.startswith(f"Sáng kiến {idea.code} đã làm căn cứ Giấy khen năm 2023; cần 01")


def test_a_higher_scope_initiative_satisfies_the_grassroots_requirement():
    world = WorldBuilder()
    person = world.rate(world.person(), {2022: "HTTNV"})
    world.initiative(person, 2022, scope="tinh")
    assert world.evaluate("CSTDCS", person, 2022).verdict == ELIGIBLE


def test_the_recorded_cstdcs_itself_does_not_spend_its_initiative():
    world = WorldBuilder()
    person = world.rate(world.person(), {2021: "HTTNV"})
    idea = world.initiative(person, 2021)
    world.award(person, "LDTT", 2021)
    world.award(person, "CSTDCS", 2021, initiatives=(idea,))
    evaluation = world.evaluate("CSTDCS", person, 2021)
    assert evaluation.verdict == ELIGIBLE and evaluation.ground == idea.code
