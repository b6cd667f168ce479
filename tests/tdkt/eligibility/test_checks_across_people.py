"""Quotas and duplicates: counted across people, warned about, never changing a verdict."""

from __future__ import annotations

import pytest

from tdkt.eligibility.duplicates import Proposal, duplicate_warnings
from tdkt.eligibility.quotas import cap, quota_counters
from tests.tdkt.eligibility.builders import WorldBuilder


@pytest.mark.parametrize(
    ("count", "rounding", "limit"),
    [
        (13, "floor", 1),
        (13, "round", 2),
        (6, "floor", 0),
        (6, "round", 1),
        (20, "floor", 3),
        (0, "round", 0),
    ],
)
def test_the_cap_rounds_as_the_setting_says(count, rounding, limit):
    assert cap(count, 15, rounding) == limit  # 15 % of 13 LĐTT = 1.95 (legal.md Q8)


def test_cstdcs_quota_per_unit_under_the_old_rules_only():
    world = WorldBuilder()
    unit = world.unit("PHONG")
    for index in range(7):
        person = world.rate(world.person(f"CN{index}", unit=unit), {2023: "HTTNV", 2024: "HTTNV"})
        world.initiative(person, 2023)
        world.initiative(person, 2024)
    old = {c.scope_name: c for c in quota_counters(world.context(2023), "CSTDCS", [])}["PHONG"]
    assert (old.base_count, old.limit, old.eligible, old.taken) == (7, 1, 7, 0)
    assert not old.exceeded  # seven eligible, none awarded yet: the council chooses one
    assert quota_counters(world.context(2024), "CSTDCS", []) == []  # no national cap
    capped = {"eligibility.luat2022_nd98.cstdcs_cap_percent": 20}
    assert quota_counters(world.context(2024, capped), "CSTDCS", [])[0].limit == 1


def test_a_batch_over_the_cap_is_counted_with_what_was_awarded():
    world = WorldBuilder()
    people = [world.rate(world.person(f"CN{i}"), {2023: "HTTNV"}) for i in range(10)]
    for person in people:
        world.initiative(person, 2023)
    world.award(people[0], "CSTDCS", 2023)
    proposals = [Proposal("ca_nhan", p.id, "CSTDCS", 2023, "DOT-1") for p in people[1:3]]
    counters = quota_counters(world.context(2023), "CSTDCS", proposals)
    batch = next(c for c in counters if c.scope == "batch")
    assert (batch.scope_name, batch.limit, batch.taken, batch.exceeded) == ("Đợt DOT-1", 1, 3, True)


def test_duplicates_name_the_award_the_batch_and_the_same_achievement():
    world = WorldBuilder()
    person = world.person()
    world.award(person, "BK_BO", 2024)
    proposals = [
        Proposal("ca_nhan", person.id, "BK_TINH", 2024, "BK-TINH-2024"),
        Proposal("ca_nhan", person.id, "BK_BO", 2024, "BK-BO-2024"),
    ]
    warnings = duplicate_warnings(person, "BK_TINH", 2024, proposals)
    assert (
        warnings[0].startswith("Đã được tặng Bằng khen Bộ năm 2024")
        and "cùng thành tích" in warnings[0]
    )
    assert warnings[1:] == [
        "Đã có trong đợt đề nghị BK-TINH-2024",
        "Đã được đề nghị Bằng khen Bộ trong đợt BK-BO-2024",
    ]
