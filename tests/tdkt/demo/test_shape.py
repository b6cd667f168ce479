"""An exact shape (tdkt.demo.shape): the benchmark's dataset has exactly the sizes it states,
everyone rated in every year, and the rules' own awards and initiatives are never taken away."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tdkt.demo import generate_demo
from tdkt.demo.shape import ExactShape, ShapeError
from tdkt.demo.world import Plan, build_world
from tdkt.progress import NullProgress

SHAPE = ExactShape(units=20, awards=900, initiatives=120)


def _count(services, sql: str) -> int:
    with services.engine.connect() as connection:
        return connection.scalar(text(sql))


def test_exact_sizes_and_a_rating_for_everyone_every_year(services):
    summary = generate_demo(services, people=300, years=6, award_rate=0.3, shape=SHAPE)
    assert (summary.units, summary.people) == (20, 300)
    assert (summary.awards, summary.initiatives) == (900, 120)
    assert _count(services, "SELECT COUNT(*) FROM rating WHERE person_id IS NOT NULL") == 300 * 6
    assert _count(services, "SELECT COUNT(*) FROM person WHERE left_on IS NOT NULL") == 0
    # Initiative codes stay unique within their year once topped up.
    assert _count(services, "SELECT COUNT(DISTINCT code) FROM initiative") == 120


def test_the_top_up_only_adds_giay_khen():
    fewer = build_world(Plan(7, 300, 2020, 2025, 0.3, ExactShape(20, 900, 120)), NullProgress())
    more = build_world(Plan(7, 300, 2020, 2025, 0.3, ExactShape(20, 1000, 120)), NullProgress())
    assert (len(fewer.awards), len(more.awards)) == (900, 1000)
    assert more.awards[:900] == fewer.awards
    assert {a.code for a in more.awards[900:]} == {"GK_SO"}


def test_a_shape_smaller_than_the_rules_output_is_refused():
    with pytest.raises(ShapeError, match="lower the award rate"):
        build_world(Plan(7, 300, 2020, 2025, 1.0, ExactShape(20, 100, 10)), NullProgress())
