"""TTLĐTT and TTLĐXS from their members (legal.md §9 rules 8, 9): the share of LĐTT, everyone
completing their tasks, a member with CSTĐCS, and the old discipline clause."""

from __future__ import annotations

from datetime import date

import pytest

from tdkt.eligibility.types import ELIGIBLE, NOT_ELIGIBLE
from tests.tdkt.eligibility.builders import WorldBuilder, reason


def unit_with(world: WorldBuilder, year: int, good: int, total: int, grade: str = "HTXSNV"):
    """A unit rated `grade` whose `good` of `total` members are rated HTTNV (LĐTT by the
    records), the others HTNV."""
    unit = world.rate(world.unit("PHONG"), {year: grade})
    members = [world.person(f"CN{i:02d}", unit=unit) for i in range(total)]
    for index, member in enumerate(members):
        world.rate(member, {year: "HTTNV" if index < good else "HTNV"})
    return unit, members


@pytest.mark.parametrize(("good", "verdict"), [(5, NOT_ELIGIBLE), (6, ELIGIBLE)])
def test_ttldtt_needs_more_than_half_of_the_members_with_ldtt(good, verdict):
    world = WorldBuilder()
    unit, _members = unit_with(world, 2024, good, 10, grade="HTTNV")
    evaluation = world.evaluate("TTLDTT", unit, 2024)
    assert evaluation.verdict == verdict
    share = reason(evaluation, "Trên 50 %")
    assert share.detail.startswith(f"{good}/10 thành viên đạt LĐTT ({good}0,0 %)")
    if verdict == NOT_ELIGIBLE:
        assert share.missing == "còn thiếu 1 người đạt LĐTT (cần trên 50 %: ít nhất 6/10)"


def test_members_of_units_below_count_and_leavers_do_not():
    world = WorldBuilder()
    centre = world.rate(world.unit("TT"), {2024: "HTTNV"})
    division = world.unit("TT-P1", parent=centre)
    for index in range(3):
        world.rate(world.person(f"A{index}", unit=division), {2024: "HTTNV"})
    world.rate(world.person("B0", unit=centre), {2024: "HTNV"})
    world.rate(world.person("B1", unit=centre, left=date(2024, 5, 31)), {2024: "HTNV"})
    evaluation = world.evaluate("TTLDTT", centre, 2024)
    assert reason(evaluation, "Trên 50 %").detail.startswith("3/4 thành viên")
    assert evaluation.verdict == ELIGIBLE


def test_old_rules_refuse_ttldtt_when_a_member_was_warned():
    world = WorldBuilder()
    for year in (2023, 2024):
        unit, members = unit_with(world, year, 8, 10, grade="HTTNV")
        world.discipline(members[-1], "canh_cao", date(year, 4, 1), date(year + 1, 3, 31))
        evaluation = world.evaluate("TTLDTT", unit, year)
        if year == 2023:  # Luật 2003 Điều 28: nobody disciplined with cảnh cáo or heavier
            assert evaluation.verdict == NOT_ELIGIBLE
            assert "Người CN09" in reason(evaluation, "cảnh cáo").detail
        else:  # the 2022 law dropped the clause
            assert evaluation.verdict == ELIGIBLE
        world = WorldBuilder()


def test_ttldxs_with_seventy_percent_ldtt_and_a_cstdcs():
    world = WorldBuilder()
    unit, members = unit_with(world, 2024, 7, 10)
    members[0].ratings[2024] = "HTXSNV"  # a CSTĐCS by the 2024 rules
    evaluation = world.evaluate("TTLDXS", unit, 2024)
    assert evaluation.verdict == ELIGIBLE
    assert reason(evaluation, "Chiến sĩ").detail == "CSTĐCS năm 2024: Người CN00"


@pytest.mark.parametrize(
    ("change", "fragment", "missing"),
    [
        ("six_ldtt", "70 %", "còn thiếu 1 người đạt LĐTT (cần từ 70 %: ít nhất 7/10)"),
        ("no_cstdcs", "Chiến sĩ", "cần ít nhất 01 thành viên đạt CSTĐCS"),
        ("one_failed", "100 %", "cần 100 % thành viên từ Hoàn thành nhiệm vụ trở lên (Người CN09)"),
        ("unit_good", "xuất sắc", "cần từ Hoàn thành xuất sắc nhiệm vụ trở lên"),
    ],
)
def test_ttldxs_refusals_say_what_is_missing(change, fragment, missing):
    world = WorldBuilder()
    unit, members = unit_with(world, 2024, 6 if change == "six_ldtt" else 7, 10)
    if change != "no_cstdcs":
        members[0].ratings[2024] = "HTXSNV"
    if change == "one_failed":
        members[-1].ratings[2024] = "KHTNV"
    if change == "unit_good":
        unit.ratings[2024] = "HTTNV"
    evaluation = world.evaluate("TTLDXS", unit, 2024)
    assert evaluation.verdict == NOT_ELIGIBLE
    assert reason(evaluation, fragment).missing == missing


def test_awarded_ldtt_counts_even_when_the_records_would_not_show_it():
    world = WorldBuilder()
    unit, members = unit_with(world, 2024, 5, 10, grade="HTTNV")
    world.award(members[-1], "LDTT", 2024)  # decided by the council, recorded
    assert world.evaluate("TTLDTT", unit, 2024).verdict == ELIGIBLE
