"""Rules of the period before 01/10/2017 checked against the text of NĐ 65/2014/NĐ-CP
(docs/legal-verification.md): Điều 23 k3 c (collective Bằng khen Thủ tướng), Điều 24 k1 c
(individual Bằng khen bộ/tỉnh), Điều 17 k1 b (Huân chương Lao động hạng Ba)."""

from __future__ import annotations

from tdkt.eligibility.types import ELIGIBLE, NOT_ELIGIBLE
from tests.tdkt.eligibility.builders import WorldBuilder, reason


def flag_unit(world: WorldBuilder, flags: tuple[int, ...], bang_khen: tuple[int, ...]):
    unit = world.rate(world.unit("PKT", "Phòng Kỹ thuật"), years=range(2010, 2017), grade="HTXSNV")
    for year in flags:
        world.award(unit, "CTD_TINH", year)
    for year in bang_khen:
        world.award(unit, "BK_TINH", year)
    return unit


def test_nd65_collective_bk_ttg_needs_an_earlier_bang_khen_and_one_flag():
    world = WorldBuilder()
    unit = flag_unit(world, flags=(2014,), bang_khen=(2010,))
    assert world.evaluate("BK_TTG", unit, 2016).verdict == ELIGIBLE


def test_nd65_collective_bk_ttg_two_bang_khen_do_not_replace_the_flag():
    """NĐ 65/2014 Điều 23 k3 c names one Cờ thi đua only; the two-Bằng-khen alternative of
    the later rule set is not in this text."""
    world = WorldBuilder()
    unit = flag_unit(world, flags=(), bang_khen=(2010, 2013, 2015))
    evaluation = world.evaluate("BK_TTG", unit, 2016)
    assert evaluation.verdict == NOT_ELIGIBLE
    flags = reason(evaluation, "Cờ thi đua")
    assert flags.passed is False
    assert "Bằng khen" not in flags.missing


def test_nd65_collective_bk_ttg_without_an_earlier_bang_khen_is_refused():
    world = WorldBuilder()
    unit = flag_unit(world, flags=(2014,), bang_khen=(2013,))  # inside the five years
    evaluation = world.evaluate("BK_TTG", unit, 2016)
    assert evaluation.verdict == NOT_ELIGIBLE
    assert reason(evaluation, "Bằng khen cấp bộ").passed is False


def test_nd65_individual_bang_khen_cites_article_24_and_is_verified():
    world = WorldBuilder()
    person = world.rate(world.person(), {2015: "HTXSNV", 2016: "HTXSNV"})
    for year in (2015, 2016, 2016):  # this year's CSTĐCS (old rules) takes one of them
        world.initiative(person, year)
    evaluation = world.evaluate("BK_TINH", person, 2016)
    assert evaluation.verdict == ELIGIBLE
    chain = reason(evaluation, "hoàn thành xuất sắc")
    assert "65/2014" in chain.basis and "Điều 24" in chain.basis
    assert chain.confidence == "V"


def test_nd65_hcld3_two_initiatives_of_province_scope_after_a_bk_ttg():
    world = WorldBuilder()
    person = world.rate(world.person(), years=range(2010, 2017), grade="HTXSNV")
    world.award(person, "BK_TTG", 2011)
    world.initiative(person, 2013, "tinh")
    world.initiative(person, 2015, "co_so")
    evaluation = world.evaluate("HCLD3", person, 2016)
    assert evaluation.verdict == NOT_ELIGIBLE  # a grassroots initiative is not enough
    assert "Điều 17" in reason(evaluation, "Có 2 sáng kiến").basis
    world.initiative(person, 2014, "tinh")
    assert world.evaluate("HCLD3", person, 2016).verdict == ELIGIBLE
