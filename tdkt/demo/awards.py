"""Individual titles by the rules of each year's legal period (legal.md §9)."""

from __future__ import annotations

from tdkt.demo.periods import NEW_LAW_YEAR, service_cutoff
from tdkt.demo.specs import PersonSpec
from tdkt.demo.standing import GOOD, Standing
from tdkt.demo.texts import award_content

CSTDCS_SHARE = 0.15  # at most 15 % of the LĐTT (rule 5), counted per unit
BK_MINISTRY_SHARE = 0.2  # of the bằng khen earned by branch (d), the few sent to the ministry


def grant_ldtt(s: Standing, year: int) -> None:
    """LĐTT: rated HTTNV or better, no discipline that year, enough service, still here."""
    granted: set[int] = set()
    for person in s.people:
        if not _ldtt_eligible(s, person, year):
            continue
        # award_rate thins the list for bench datasets; the scripted careers never miss.
        if person.id not in s.stars and s.rng.random() >= s.award_rate:
            continue
        if s.ledger.grant("LDTT", year, person=person.id, content=award_content("LDTT", year)):
            granted.add(person.id)
    s.ldtt[year] = granted


def _ldtt_eligible(s: Standing, person: PersonSpec, year: int) -> bool:
    return (
        s.grade(person.id, year) in GOOD
        and person.stays_through(year)
        and person.recruited_on <= service_cutoff(year)
        and s.clean(person.id, range(year, year + 1))
    )


def grant_cstdcs(s: Standing, year: int) -> None:
    """CSTĐCS on top of LĐTT for a minority: a grassroots initiative of the year (until
    2023), or HTXSNV or such an initiative (from 2024); chains and HTXSNV go first.
    The 15 % cap holds in every unit, hence also in any grouping of units above it."""
    unit_of = s.unit_of
    room: dict[int, int] = {}
    for person_id in s.ldtt[year]:
        room[unit_of[person_id]] = room.get(unit_of[person_id], 0) + 1
    room = {unit: int(CSTDCS_SHARE * n) for unit, n in room.items()}
    order = []
    for person_id in sorted(s.ldtt[year]):
        rank = (
            0
            if person_id in s.stars
            else 1
            if year - 1 in s.cstdcs.get(person_id, ())
            else 2
            if s.grade(person_id, year) == "HTXSNV"
            else 3
        )
        order.append((rank, s.rng.random(), person_id))
    for _rank, _tie, person_id in sorted(order):
        ground = _cstdcs_ground(s, person_id, year) if room[unit_of[person_id]] else None
        if ground is None:
            continue
        basis, initiatives = ground
        if s.ledger.grant(
            "CSTDCS",
            year,
            person=person_id,
            basis=basis,
            initiatives=initiatives,
            content=award_content("CSTDCS", year),
        ):
            s.cstdcs.setdefault(person_id, set()).add(year)
            room[unit_of[person_id]] -= 1


def _cstdcs_ground(s: Standing, person_id: int, year: int) -> tuple[str, tuple[int, ...]] | None:
    if year >= NEW_LAW_YEAR and s.grade(person_id, year) == "HTXSNV":
        return "HTXSNV", ()  # keeps the initiative free for a later bằng khen
    found = s.free_initiatives(person_id, range(year, year + 1), ("co_so",))
    return (found[0].code, (found[0].id,)) if found else None


def grant_cstd(s: Standing, year: int) -> None:
    """CSTĐ tỉnh (or cấp Bộ for a ministry-wide initiative): three CSTĐCS in a row ending
    this year, none spent on an earlier CSTĐ, and an initiative of provincial reach."""
    chain = range(year - 2, year + 1)
    for person_id in sorted(p for p, years in s.cstdcs.items() if year in years):
        held, spent = s.cstdcs[person_id], s.chain_used.get(person_id, set())
        if not all(y in held and y not in spent for y in chain):
            continue
        found = s.free_initiatives(person_id, chain, ("tinh",)) or s.free_initiatives(
            person_id, chain, ("bo",)
        )
        if not found:
            continue
        code = "CSTD_TINH" if found[0].scope == "tinh" else "CSTD_BO"
        if s.ledger.grant(
            code,
            year,
            person=person_id,
            basis=found[0].code,
            initiatives=(found[0].id,),
            content=award_content(code, year),
        ):
            s.chain_used.setdefault(person_id, set()).update(chain)
            s.cstd.setdefault(person_id, []).append(year)


def grant_cstdtq(s: Standing, year: int) -> None:
    """CSTĐ toàn quốc the year after a second CSTĐ tỉnh/Bộ in a row, with a nationwide
    initiative of that period."""
    for person_id, years in sorted(s.cstd.items()):
        second = year - 1
        first = second - 3
        if not (first in years and second in years):
            continue
        if (person_id, first) in s.cstd_used or (person_id, second) in s.cstd_used:
            continue
        found = s.free_initiatives(person_id, range(first - 2, year + 1), ("toan_quoc",))
        if found and s.ledger.grant(
            "CSTDTQ",
            year,
            person=person_id,
            basis=found[0].code,
            initiatives=(found[0].id,),
            content=award_content("CSTDTQ", year),
        ):
            s.cstd_used.update({(person_id, first), (person_id, second)})


def grant_bk_people(s: Standing, year: int) -> None:
    """Bằng khen, branch (d): two years running of HTXSNV (or, from 2024, of CSTĐCS) with
    two grassroots initiatives of those years that no award has used."""
    window = range(year - 1, year + 1)
    if window.start < s.history.first_year:
        return
    for person in s.people:
        spent = s.spent_years.get(("person", person.id), set())
        if (
            not person.stays_through(year)
            or spent.intersection(window)
            or not _two_good_years(s, person.id, window)
            or not s.clean(person.id, window)
        ):
            continue
        found = s.free_initiatives(person.id, window, ("co_so",))[:2]
        if len(found) < 2:
            continue
        code = "BK_BO" if s.rng.random() < BK_MINISTRY_SHARE else "BK_TINH"
        excellent = all(s.grade(person.id, y) == "HTXSNV" for y in window)
        basis = "; ".join(["HTXSNV"] * excellent + [i.code for i in found])
        if s.ledger.grant(
            code,
            year,
            person=person.id,
            basis=basis,
            initiatives=tuple(i.id for i in found),
            content=award_content(code, year),
        ):
            s.spent_years.setdefault(("person", person.id), set()).update(window)


def _two_good_years(s: Standing, person_id: int, window: range) -> bool:
    if all(s.grade(person_id, y) == "HTXSNV" for y in window):
        return True
    held = s.cstdcs.get(person_id, set())
    return window.stop - 1 >= NEW_LAW_YEAR and all(y in held for y in window)
