"""The demo agrees with the rules of each legal period, and with the seed's 2021 report."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date

from tdkt.catalog.defaults import DEFAULT_TITLES
from tdkt.people.service import person_search_text
from tdkt.text import name_sort_key

AWARDS = """SELECT t.code, a.person_id, a.unit_id, a.year, a.decision_no, a.decision_date,
                   a.kind, a.issuer, a.content, a.basis, a.id
            FROM award a JOIN title t ON t.id = a.title_id"""


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def test_every_catalogue_code_is_awarded_at_least_once(query):
    awarded = {row[0] for row in query(AWARDS)}
    assert {t.code for t in DEFAULT_TITLES} <= awarded


def test_first_half_of_2021_holds_exactly_the_seed_report(query):
    rows = [r for r in query(AWARDS) if date(2021, 1, 1) <= _day(r[5]) <= date(2021, 6, 30)]
    counts = Counter(
        (code, "tap_the" if unit_id else "ca_nhan") for code, _person_id, unit_id, *_rest in rows
    )
    assert counts == {
        ("BK_TINH", "tap_the"): 6,
        ("BK_TINH", "ca_nhan"): 17,
        ("BK_BO", "tap_the"): 1,
        ("BK_BO", "ca_nhan"): 2,
        ("KNC_CT", "ca_nhan"): 10,
    }
    for code, _p, _u, year, number, day, kind, issuer, content, *_rest in rows:
        assert (year, kind) == (2021, "theo_dot")
        assert _day(day).month in (4, 5) and "70 năm" in content
        suffix = {"BK_TINH": "/QĐ-UBND"}.get(code, "/QĐ-BCT")
        assert number.endswith(suffix)
        assert issuer == {"BK_TINH": "Chủ tịch UBND tỉnh"}.get(code, "Bộ trưởng Bộ Công Thương")


def test_decisions_follow_the_issuers_calendar(query):
    suffixes = {
        "Giám đốc Sở": "SCT",
        "Chủ tịch UBND tỉnh": "UBND",
        "Bộ trưởng Bộ Công Thương": "BCT",
        "Thủ tướng Chính phủ": "TTg",
        "Chủ tịch nước": "CTN",
    }
    for code, _p, _u, year, number, day, kind, issuer, *_rest in query(AWARDS):
        day = _day(day)
        assert re.fullmatch(rf"\d{{2,}}/QĐ-{suffixes[issuer]}", number), number
        assert year <= day.year and day <= date(2025, 12, 31)
        if code in ("LDTT", "CSTDCS", "TTLDTT"):
            assert (day.year, day.month) == (year, 12) and day.day >= 18
        elif issuer == "Chủ tịch UBND tỉnh" and kind == "thuong_xuyen":
            assert day.year == year + 1 and day.month >= 7


def test_every_ldtt_rests_on_a_good_rating_without_discipline(query):
    ldtt = query("""SELECT a.person_id, a.year, r.grade, p.recruited_on FROM award a
        JOIN title t ON t.id = a.title_id JOIN person p ON p.id = a.person_id
        LEFT JOIN rating r ON r.person_id = a.person_id AND r.year = a.year
        WHERE t.code = 'LDTT'""")
    assert len(ldtt) > 500
    disciplined = {
        (pid, y)
        for pid, start, end in query("SELECT person_id, effective_on, ends_on FROM discipline")
        for y in range(_day(start).year, _day(end).year + 1)
    }
    for person_id, year, grade, recruited_on in ldtt:
        assert grade in ("HTXSNV", "HTTNV")
        assert (person_id, year) not in disciplined
        months = 10 if year <= 2023 else 6
        assert _day(recruited_on) <= date(year, 12 - months + 1, 1)


def test_every_cstdcs_stands_on_ldtt_and_its_ground(query):
    awards = query(AWARDS)
    ldtt = {(p, y) for code, p, _u, y, *_rest in awards if code == "LDTT"}
    grades = {
        (p, y): g
        for p, y, g in query(
            "SELECT person_id, year, grade FROM rating WHERE person_id IS NOT NULL"
        )
    }
    links = {
        (award_id, year, scope, author)
        for award_id, year, scope, author in query(
            """SELECT ai.award_id, i.recognized_year, i.scope, ia.person_id
           FROM award_initiative ai JOIN initiative i ON i.id = ai.initiative_id
           JOIN initiative_author ia ON ia.initiative_id = i.id"""
        )
    }
    cstdcs = [
        (p, y, basis, award_id)
        for code, p, _u, y, *rest in awards
        if code == "CSTDCS"
        for basis, award_id in [rest[-2:]]
    ]
    assert cstdcs
    for person_id, year, basis, award_id in cstdcs:
        assert (person_id, year) in ldtt
        on_initiative = (award_id, year, "co_so", person_id) in links
        if year <= 2023:
            assert on_initiative and re.fullmatch(rf"SK{year}-\d{{3,}}", basis)
        else:
            assert on_initiative or (basis == "HTXSNV" and grades[person_id, year] == "HTXSNV")


def test_an_initiative_grounds_one_award_at_most(query):
    used = query("SELECT initiative_id, COUNT(*) FROM award_initiative GROUP BY initiative_id")
    assert used and max(n for _id, n in used) == 1
    for basis, codes in query("""SELECT a.basis, GROUP_CONCAT(i.code, ';') FROM award a
            JOIN award_initiative ai ON ai.award_id = a.id
            JOIN initiative i ON i.id = ai.initiative_id GROUP BY a.id"""):
        assert set(codes.split(";")) <= {token.strip() for token in basis.split(";")}


def test_collective_titles_follow_their_members(query):
    ldtt = {(p, y) for code, p, _u, y, *_rest in query(AWARDS) if code == "LDTT"}
    members = query("SELECT id, unit_id FROM person")
    rated = {
        (p, y) for p, y in query("SELECT person_id, year FROM rating WHERE person_id IS NOT NULL")
    }
    unit_grades = {
        (u, y): g
        for u, y, g in query("SELECT unit_id, year, grade FROM rating WHERE unit_id IS NOT NULL")
    }
    titles = [
        (code, u, y) for code, _p, u, y, *_rest in query(AWARDS) if code in ("TTLDTT", "TTLDXS")
    ]
    assert {code for code, _u, _y in titles} == {"TTLDTT", "TTLDXS"}
    for code, unit_id, year in titles:
        staff = [p for p, u in members if u == unit_id and (p, year) in rated]
        share = sum((p, year) in ldtt for p in staff) / len(staff)
        if code == "TTLDTT":
            assert unit_grades[unit_id, year] in ("HTXSNV", "HTTNV") and share > 0.5
        else:
            assert unit_grades[unit_id, year] == "HTXSNV" and share >= 0.7


def test_discipline_lowers_that_years_rating(query):
    records = query("""SELECT d.form, d.effective_on, d.ends_on, d.decision_no, r.grade
        FROM discipline d JOIN rating r ON r.person_id = d.person_id
        AND r.year = CAST(strftime('%Y', d.effective_on) AS INTEGER)""")
    assert records
    for form, effective_on, ends_on, number, grade in records:
        assert form in ("khien_trach", "canh_cao", "ha_bac_luong")
        assert _day(effective_on) < _day(ends_on) and number.endswith("/QĐ-SCT")
        assert grade in ("HTNV", "KHTNV")


def test_medal_once_per_person_after_enough_years_in_the_sector(query):
    rows = query("""SELECT p.id, p.gender, p.toxic_work, p.sector_started_on, a.decision_date
        FROM award a JOIN title t ON t.id = a.title_id JOIN person p ON p.id = a.person_id
        WHERE t.code = 'KNC_CT'""")
    assert len({r[0] for r in rows}) == len(rows) > 10
    for _id, gender, toxic, started, decided in rows:
        needed = 10 if toxic else 15 if gender == "nu" else 20
        assert (_day(decided) - _day(started)).days >= needed * 365


def test_initiatives_are_shared_out_in_full(query):
    shares = query("""SELECT i.code, i.status, i.decision_no, SUM(ia.share), COUNT(*)
        FROM initiative i JOIN initiative_author ia ON ia.initiative_id = i.id GROUP BY i.id""")
    assert len(shares) > 50
    for code, status, number, total, _authors in shares:
        assert re.fullmatch(r"SK20\d\d-\d{3,}", code) and status == "cong_nhan"
        assert float(total) == 100 and "/QĐ-" in number
    scopes = Counter(scope for (scope,) in query("SELECT scope FROM initiative"))
    assert scopes.most_common(1)[0][0] == "co_so" and scopes["tinh"] > 0


def test_people_look_like_the_department(query):
    people = query("""SELECT p.code, p.full_name, p.gender, p.position, p.is_leader, p.cccd,
        p.name_key, p.search_text, p.birth_date, p.recruited_on, p.sector_started_on, u.code
        FROM person p JOIN unit u ON u.id = p.unit_id ORDER BY p.code""")
    director = people[0]
    assert director[:5] == ("CN0001", "Võ Văn Rân", "nam", "Giám đốc", 1) and director[11] == "SCT"
    deputies = [p for p in people if p[3] == "Phó Giám đốc"]
    assert 2 <= len(deputies) <= 3 and all(p[11] == "SCT" and p[4] for p in deputies)
    assert 0.35 <= sum(p[2] == "nu" for p in people) / len(people) <= 0.6
    ids = [p[5] for p in people if p[5]]
    assert len(set(ids)) == len(ids) > 120
    assert all(re.fullmatch(r"051\d{9}", cccd) for cccd in ids)
    for code, name, _g, _pos, _l, cccd, key, search, *_rest in people:
        assert key == name_sort_key(name) and search == person_search_text(code, name, cccd)
    for *_head, born, recruited, started, _unit in people:
        assert _day(started) <= _day(recruited)
        if born is not None:
            assert _day(started).year - _day(born).year >= 21


def test_names_use_the_vietnamese_letters(query):
    names = " ".join(name for (name,) in query("SELECT full_name FROM person"))
    assert names == unicodedata.normalize("NFC", names) and "Đ" in names
    tones = "\u0300\u0301\u0303\u0309\u0323"
    bare = unicodedata.normalize(
        "NFC", "".join(ch for ch in unicodedata.normalize("NFD", names.lower()) if ch not in tones)
    )
    assert {"đ", "ă", "â", "ê", "ô", "ơ", "ư"} <= set(bare)
