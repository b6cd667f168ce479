"""Kỷ niệm chương ngành Công Thương: once, when the years in the sector are enough."""

from __future__ import annotations

from datetime import date

from tdkt.demo.days import add_years
from tdkt.demo.specs import PersonSpec
from tdkt.demo.standing import Standing
from tdkt.demo.texts import award_content

FIRST_KNC_YEAR = 2008  # the medal of the merged Bộ Công Thương; earlier service waits for it


def required_years(person: PersonSpec) -> int:
    """20 years for men, 15 for women, 10 in toxic or dangerous work (legal.md §3)."""
    return 10 if person.toxic_work else 15 if person.gender == "nu" else 20


def qualifying_day(person: PersonSpec, tainted: set[int]) -> date:
    """The day the years in the sector reach the requirement. A year touched by discipline
    does not count, so each one pushes the day back a whole year (the safe reading)."""
    needed = required_years(person)
    day = add_years(person.sector_started_on, needed)
    for _ in range(len(tainted) + 1):
        lost = sum(1 for year in tainted if year <= day.year)
        moved = add_years(person.sector_started_on, needed + lost)
        if moved == day:
            break
        day = moved
    return day


def award_year(day: date) -> int:
    """The ministry's yearly round closes at the end of October."""
    year = day.year if day <= date(day.year, 10, 31) else day.year + 1
    return max(year, FIRST_KNC_YEAR)


def grant_knc(s: Standing, already: set[int]) -> None:
    """Everyone not already given the medal gets it in the round after qualifying, if still
    at the agency when the decision comes."""
    for person in s.people:
        if person.id in already:
            continue
        year = award_year(qualifying_day(person, s.tainted.get(person.id, set())))
        decision = s.ledger.book.annual("KNC_CT", year)
        if person.left_on is not None and person.left_on <= decision[1]:
            continue
        if person.recruited_on > decision[1]:
            continue
        s.ledger.grant(
            "KNC_CT",
            year,
            person=person.id,
            kind="cong_hien",
            decision=decision,
            content=award_content("KNC_CT", year),
        )
