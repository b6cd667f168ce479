"""The demo was generated to agree with legal.md §9: every title it records must come out
eligible under the rules in force that year (issue #4, point 9)."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import text

from tdkt.demo import generate_demo

# Titles the demo awards from the records (any kind), and the forms it awards on merit.
FROM_RECORDS = ("LDTT", "CSTDCS", "TTLDTT", "TTLDXS", "KNC_CT")
ON_MERIT = ("CSTD_TINH", "CSTD_BO", "CSTDTQ", "BK_TINH", "BK_BO", "BK_TTG")


def test_every_title_the_demo_recorded_is_eligible_that_year(sqlite_services):
    services = sqlite_services
    generate_demo(services)
    with services.engine.connect() as connection:
        rows = connection.execute(
            text(
                """SELECT t.code, COALESCE(p.code, u.code), a.year, a.kind FROM award a
                JOIN title t ON t.id = a.title_id LEFT JOIN person p ON p.id = a.person_id
                LEFT JOIN unit u ON u.id = a.unit_id WHERE a.revoked_on IS NULL"""
            )
        ).all()
    wanted: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for code, subject, year, kind in rows:
        if code in FROM_RECORDS or (code in ON_MERIT and kind == "thuong_xuyen"):
            wanted[year].add((subject, code))
    checked, disagreements = 0, []
    for year, expected in sorted(wanted.items()):
        verdicts = {(e.subject.code, e.title): e for e in services.eligibility.evaluate(year)}
        for key in sorted(expected):
            evaluation = verdicts[key]
            checked += 1
            if evaluation.verdict != "eligible":
                disagreements.append((year, key, evaluation.summary()))
    assert checked > 1200
    assert {code for _subject, code in set().union(*wanted.values())} == {
        *FROM_RECORDS,
        *ON_MERIT,
    }
    assert disagreements == []
