"""Year-by-year record of the people and units: ratings, discipline, who innovates."""

from __future__ import annotations

from datetime import timedelta
from random import Random

from tdkt.demo.days import add_months, random_day_in
from tdkt.demo.decisions import DecisionBook
from tdkt.demo.names import WeightedPool
from tdkt.demo.periods import service_cutoff
from tdkt.demo.specs import DisciplineSpec, History, PersonSpec, UnitSpec
from tdkt.demo.texts import DISCIPLINE_REASONS

GRADES = ("HTXSNV", "HTTNV", "HTNV", "KHTNV")
# Odds of each grade by a person's standing; mixed 20/70/10 they give the overall
# HTXSNV ~20 %, HTTNV ~65 %, HTNV ~12 %, KHTNV ~3 %.
TALENT_ODDS = {
    "innovator": (0.7, 0.28, 0.02, 0.0),
    "high": (0.5, 0.47, 0.03, 0.0),
    "normal": (0.12, 0.74, 0.12, 0.02),
    "low": (0.02, 0.55, 0.30, 0.13),
}
UNIT_ODDS = (0.20, 0.65, 0.12, 0.03)
INNOVATOR_SHARE = 0.08  # people who write an initiative almost every year
INNOVATOR_WEIGHT = {"high": 5.0, "normal": 1.0, "low": 0.2}
DISCIPLINE_RATE = 0.004  # per person-year
DISCIPLINE_FORMS = WeightedPool((("khien_trach", 65), ("canh_cao", 30), ("ha_bac_luong", 5)))

# Scripted careers (offsets from the first year → extra initiative scopes) that carry the
# rare individual titles: two CSTĐ tỉnh in a row and a nationwide initiative make a
# CSTĐ toàn quốc; a ministry-wide initiative makes a CSTĐ cấp Bộ.
STAR_TRACKS = {
    "cstdtq": {1: ("tinh",), 4: ("tinh",), 5: ("toan_quoc",)},
    "cstd_bo": {3: ("bo",)},
}


def pick_innovators(rng: Random, people: list[PersonSpec], talents: dict[int, str]) -> set[int]:
    """A fixed share of people, mostly strong performers (weighted sampling by
    Efraimidis–Spirakis keys, so the count does not swing from seed to seed)."""
    keyed = sorted(
        ((rng.random() ** (1 / INNOVATOR_WEIGHT[talents[p.id]]), p.id) for p in people),
        reverse=True,
    )
    return {person_id for _key, person_id in keyed[: round(INNOVATOR_SHARE * len(people))]}


def draw_talents(rng: Random, people: list[PersonSpec]) -> dict[int, str]:
    talents = {}
    for person in people:
        if person.role == "director":
            talents[person.id] = "high"
            continue
        roll = rng.random()
        high = 0.40 if person.is_leader else 0.17
        talents[person.id] = "high" if roll < high else "normal" if roll < 0.88 else "low"
    return talents


def pick_stars(rng: Random, people: list[PersonSpec], history: History) -> dict[str, int]:
    """People to carry the scripted tracks: long-serving, staying, outside the directorate,
    each in a different unit among those with the most LĐTT candidates in their leanest
    year (their CSTĐCS quota must never fall to zero)."""
    first_year, last_year = history.first_year, history.last_year
    members: dict[int, list[PersonSpec]] = {}
    for person in people:
        if person.role not in ("director", "deputy_director"):
            members.setdefault(person.unit_id, []).append(person)
    strength = {
        unit: min(sum(1 for p in group if _may_be_ldtt(p, year, history)) for year in history.years)
        for unit, group in members.items()
    }
    stars = {}
    for track, unit in zip(
        STAR_TRACKS, sorted(strength, key=lambda u: (-strength[u], u)), strict=False
    ):
        fit = [
            p.id
            for p in members[unit]
            if p.role in ("staff", "deputy")
            and p.left_on is None
            and p.recruited_on.year < first_year
            and p.birth_year <= last_year - 33
        ]
        if fit:
            stars[track] = rng.choice(fit)
    return stars


def _may_be_ldtt(person: PersonSpec, year: int, history: History) -> bool:
    return (
        history.ratings[person.id].get(year) in ("HTXSNV", "HTTNV")
        and person.stays_through(year)
        and person.recruited_on <= service_cutoff(year)
    )


def rate_people(
    rng: Random, people: list[PersonSpec], talents: dict[int, str], history: History
) -> None:
    for person in people:
        odds = TALENT_ODDS[talents[person.id]]
        history.ratings[person.id] = {
            year: rng.choices(GRADES, odds)[0] for year in history.years if person.works_in(year)
        }


def rate_units(rng: Random, units: list[UnitSpec], history: History) -> None:
    for unit in units:
        # The department as a whole is the province's outstanding unit every year; its
        # flags and orders (honours.py) rest on that.
        history.unit_ratings[unit.id] = {
            year: "HTXSNV" if unit.kind == "root" else rng.choices(GRADES, UNIT_ODDS)[0]
            for year in history.years
        }


def add_discipline(
    rng: Random, people: list[PersonSpec], history: History, book: DecisionBook
) -> None:
    """A few reprimands and warnings (at least three, one per person at most); the person
    is rated no better than HTNV that year."""
    exempt = set(history.stars.values())
    candidates = [
        (p.id, year)
        for p in people
        if p.id not in exempt and p.unit_id != people[0].unit_id
        for year in history.ratings[p.id]
    ]
    wanted = max(3, round(DISCIPLINE_RATE * len(candidates)))
    chosen = dict(sorted(rng.sample(candidates, min(wanted, len(candidates))), reverse=True))
    for person_id, year in sorted(chosen.items()):
        effective = random_day_in(rng, year, 2, 10)
        history.discipline.append(
            DisciplineSpec(
                id=len(history.discipline) + 1,
                person_id=person_id,
                form=DISCIPLINE_FORMS.draw(rng),
                effective_on=effective,
                ends_on=add_months(effective, 12) - timedelta(days=1),
                decision_no=book.number("SCT", effective),
                reason=rng.choice(DISCIPLINE_REASONS),
            )
        )
        if history.ratings[person_id][year] in ("HTXSNV", "HTTNV"):
            history.ratings[person_id][year] = "HTNV" if rng.random() < 0.8 else "KHTNV"


def build_history(
    rng: Random,
    people: list[PersonSpec],
    units: list[UnitSpec],
    span: tuple[int, int],
    book: DecisionBook,
) -> History:
    history = History(*span)
    talents = draw_talents(rng, people)
    history.innovators = pick_innovators(rng, people, talents)
    for person_id in history.innovators:
        talents[person_id] = "innovator"  # who writes initiatives is also rated higher
    rate_people(rng, people, talents, history)
    history.stars = pick_stars(rng, people, history)
    for person_id in history.stars.values():
        history.ratings[person_id] = dict.fromkeys(history.ratings[person_id], "HTXSNV")
    rate_units(rng, units, history)
    add_discipline(rng, people, history, book)
    return history


def star_years(history: History, track: str) -> dict[int, tuple[str, ...]]:
    """The scripted extra initiative scopes of a track, by calendar year."""
    return {
        history.first_year + offset: scopes
        for offset, scopes in STAR_TRACKS[track].items()
        if history.first_year + offset <= history.last_year
    }
