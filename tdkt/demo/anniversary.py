"""The 70th anniversary of the sector (14/5/2021): the awards of the seed's half-year report."""

from __future__ import annotations

from datetime import date

from tdkt.demo.medals import qualifying_day
from tdkt.demo.specs import PersonSpec
from tdkt.demo.standing import GOOD, Standing
from tdkt.demo.texts import ANNIVERSARY

# seeds/004 (01/01/2021 – 30/06/2021): "Chủ tịch UBND tỉnh tặng bằng khen: 06 tập thể và
# 17 cá nhân. Bộ trưởng Bộ Công Thương tặng bằng khen: 01 tập thể và 02 cá nhân; tặng kỷ
# niệm chương ... cho 10 cá nhân". Every other decision of the demo falls outside that
# half-year (decisions.annual_window, honours.grant_giay_khen), so a report over it counts
# exactly these.
YEAR = 2021
WINDOW = (date(2021, 1, 1), date(2021, 6, 30))
# (code, register, decision day, units, people)
BATCHES = (
    ("BK_TINH", "UBND", date(2021, 5, 7), 6, 17),
    ("BK_BO", "BCT", date(2021, 4, 26), 1, 2),
)
KNC_DAY, KNC_PEOPLE = date(2021, 4, 28), 10
BK_TEXT = (
    "Đã có thành tích xuất sắc trong quá trình xây dựng và phát triển ngành Công "
    f"Thương {ANNIVERSARY}"
)
KNC_TEXT = (
    "Đã có nhiều đóng góp cho sự nghiệp phát triển ngành Công Thương Việt Nam, " + ANNIVERSARY
)


def _present(s: Standing, person: PersonSpec) -> bool:
    """At the agency through the campaign, with a good 2020 and no discipline around it."""
    return (
        person.recruited_on.year < YEAR
        and (person.left_on is None or person.left_on > WINDOW[1])
        and s.grade(person.id, YEAR - 1) in GOOD
        and s.clean(person.id, range(2020, 2022))
    )


def grant_anniversary(s: Standing) -> set[int]:
    """Award the campaign; returns who got the medal (they get no second one).

    The choice rests on the 2020 ratings of people and units, so a demo that starts in 2021
    (too few years to hold 2020) grants none of it, like one that ends before 2021."""
    if not s.history.first_year <= YEAR - 1 < YEAR <= s.history.last_year:
        return set()
    present = [p for p in s.people if _present(s, p)]
    medal = _medal_holders(s, present)
    taken = set(medal)
    for person_id in medal:
        s.ledger.grant(
            "KNC_CT",
            YEAR,
            person=person_id,
            kind="theo_dot",
            content=KNC_TEXT,
            decision=(s.ledger.book.number("BCT", KNC_DAY), KNC_DAY),
        )
    # Units with a good 2020 first; a small chart may need the others to reach seven.
    units = [
        u.id
        for u in sorted(
            (u for u in s.units if u.kind != "root"),
            key=lambda u: (s.history.unit_ratings[u.id][YEAR - 1] not in GOOD, s.rng.random()),
        )
    ]
    ranked = sorted(
        (p for p in present if p.id not in taken),
        key=lambda p: (s.grade(p.id, YEAR - 1) != "HTXSNV", not p.is_leader, s.rng.random()),
    )
    for code, register, day, unit_count, people_count in BATCHES:
        decision = (s.ledger.book.number(register, day), day)
        chosen_units, units = units[:unit_count], units[unit_count:]
        chosen_people, ranked = ranked[:people_count], ranked[people_count:]
        for unit_id in chosen_units:
            s.ledger.grant(
                code, YEAR, unit=unit_id, kind="theo_dot", decision=decision, content=BK_TEXT
            )
        for person in chosen_people:
            s.ledger.grant(
                code, YEAR, person=person.id, kind="theo_dot", decision=decision, content=BK_TEXT
            )
    return taken


def _medal_holders(s: Standing, present: list[PersonSpec]) -> list[int]:
    """The ten who qualified most recently before the decision (the others got theirs in
    earlier rounds)."""
    ready = [(qualifying_day(p, s.tainted.get(p.id, set())), p.id) for p in present]
    ready = [(day, pid) for day, pid in ready if day <= KNC_DAY]
    return [pid for _day, pid in sorted(ready, reverse=True)[:KNC_PEOPLE]]
