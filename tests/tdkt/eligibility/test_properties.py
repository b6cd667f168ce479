"""Adding a discipline, lowering a rating or removing an initiative never turns "not eligible"
into "eligible", for any title, any period, the person or the unit around them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tdkt.eligibility.types import ELIGIBLE, NOT_ELIGIBLE
from tests.tdkt.eligibility.builders import WorldBuilder

GRADES = ("HTXSNV", "HTTNV", "HTNV", "KHTNV")
YEARS = (2016, 2019, 2023, 2024, 2025)
TITLES = ("LDTT", "CSTDCS", "CSTD_TINH", "CSTD_BO", "BK_TINH", "BK_BO", "BK_TTG", "HCLD3")
KINDS = ("thuong_xuyen", "thuong_xuyen", "theo_dot")
SCOPES = ("co_so", "co_so", "tinh", "bo", "toan_quoc")
FORMS = ("khien_trach", "canh_cao", "ha_bac_luong")


@dataclass(frozen=True)
class Spec:
    """A person's history, as plain data, so each variant builds a fresh world."""

    year: int
    ratings: dict[int, str]
    initiatives: tuple[tuple[int, str], ...]
    awards: tuple[tuple[str, int, str, int | None], ...]  # title, year, kind, initiative index
    discipline: tuple[tuple[str, date, int], ...] = ()  # form, start, months
    gender: str = "nam"
    sector: date = date(2000, 1, 1)
    colleagues: tuple[str, ...] = field(default=("HTTNV", "HTTNV", "HTNV"))


@st.composite
def specs(draw: st.DrawFn) -> Spec:
    year = draw(st.sampled_from(YEARS))
    window = range(year - 7, year + 1)
    ratings = {y: g for y in window if (g := draw(st.sampled_from((*GRADES, None))))}
    initiatives = tuple(
        draw(st.lists(st.tuples(st.sampled_from(window), st.sampled_from(SCOPES)), max_size=6))
    )
    awards = draw(
        st.lists(
            st.tuples(
                st.sampled_from(("LDTT", "CSTDCS", "CSTD_TINH", "BK_TINH", "BK_TTG")),
                st.integers(year - 12, year),
                st.sampled_from(KINDS),
                st.one_of(st.none(), st.integers(0, max(len(initiatives) - 1, 0))),
            ),
            max_size=8,
        )
    )
    return Spec(
        year,
        ratings,
        initiatives,
        tuple(a if initiatives else (*a[:3], None) for a in awards),
        gender=draw(st.sampled_from(("nam", "nu"))),
        sector=date(draw(st.integers(1995, 2012)), draw(st.integers(1, 12)), 1),
        colleagues=tuple(draw(st.lists(st.sampled_from(GRADES), min_size=1, max_size=4))),
    )


def verdicts(spec: Spec) -> dict[str, str]:
    world = WorldBuilder()
    unit = world.rate(world.unit("PHONG"), {spec.year: "HTXSNV", spec.year - 1: "HTXSNV"})
    person = world.rate(
        world.person(unit=unit, gender=spec.gender, sector=spec.sector), spec.ratings
    )
    made = [world.initiative(person, y, scope) for y, scope in spec.initiatives]
    for title, year, kind, index in spec.awards:
        used = (made[index],) if index is not None and index < len(made) else ()
        world.award(person, title, year, kind=kind, initiatives=used)
    for form, start, months in spec.discipline:
        world.discipline(person, form, start, start + timedelta(days=30 * months))
    for index, grade in enumerate(spec.colleagues):
        world.rate(world.person(f"DN{index}", unit=unit), {spec.year: grade})
    ctx = world.context(spec.year)
    found = {title: ctx.evaluate(title, person).verdict for title in TITLES}
    found["KNC_CT"] = ctx.evaluate("KNC_CT", person).verdict
    for title in ("TTLDTT", "TTLDXS", "BK_TINH"):
        found[f"unit:{title}"] = ctx.evaluate(title, unit).verdict
    return found


def assert_never_better(before: Spec, after: Spec) -> None:
    old, new = verdicts(before), verdicts(after)
    for title, verdict in old.items():
        if verdict == NOT_ELIGIBLE:
            assert new[title] != ELIGIBLE, (title, before, after)


@settings(max_examples=150, deadline=None)
@given(specs(), st.sampled_from(FORMS), st.integers(0, 7), st.integers(1, 11), st.integers(1, 24))
def test_adding_a_discipline_never_makes_anyone_eligible(spec, form, back, month, months):
    start = date(spec.year - back, month, 1)
    assert_never_better(spec, replace(spec, discipline=((form, start, months),)))


@settings(max_examples=150, deadline=None)
@given(specs(), st.data())
def test_lowering_a_rating_never_makes_anyone_eligible(spec, data):
    better = [y for y, g in spec.ratings.items() if g != "KHTNV"]
    if not better:
        return
    year = data.draw(st.sampled_from(better))
    lower = data.draw(st.sampled_from(GRADES[GRADES.index(spec.ratings[year]) + 1 :]))
    assert_never_better(spec, replace(spec, ratings={**spec.ratings, year: lower}))


@settings(max_examples=150, deadline=None)
@given(specs(), st.data())
def test_removing_an_initiative_never_makes_anyone_eligible(spec, data):
    if not spec.initiatives:
        return
    index = data.draw(st.integers(0, len(spec.initiatives) - 1))
    kept = spec.initiatives[:index] + spec.initiatives[index + 1 :]

    def moved(link: int | None) -> int | None:  # the links follow the initiatives they name
        if link is None or link == index:
            return None
        return link - 1 if link > index else link

    awards = tuple((t, y, k, moved(i)) for t, y, k, i in spec.awards)
    assert_never_better(spec, replace(spec, initiatives=kept, awards=awards))
