"""The rare honours (flags, orders, the Prime Minister's bằng khen) and the Giấy khen."""

from __future__ import annotations

from tdkt.demo.anniversary import WINDOW
from tdkt.demo.days import random_day_in
from tdkt.demo.shape import shortfall
from tdkt.demo.standing import Standing
from tdkt.demo.texts import gk_content

# The department's own track, by offset from the first year (it is rated HTXSNV every
# year, history.rate_units): a provincial bằng khen for two excellent years, emulation
# flags in outstanding years, and five years after the bằng khen the Prime Minister's.
DEPARTMENT_TRACK = (
    (1, "BK_TINH"),
    (2, "CTD_TINH"),
    (4, "CTD_BO"),
    (5, "CTD_TINH"),
    (7, "BK_TTG"),
    (8, "CTD_CP"),
)
# Labour Orders for long-serving leaders' contribution (khen thưởng quá trình cống hiến):
# (offset, role, rank by seniority among that role, order).
LEADER_TRACK = (
    (5, "deputy_director", 0, "HCLD1"),
    (7, "director", 0, "HCLD2"),
    (3, "deputy_director", 1, "HCLD3"),
)
FLAG_TEXT = (
    "Đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác năm {y}, dẫn đầu phong trào "
    "thi đua Khối thi đua các cơ quan kinh tế tỉnh"
)
FIVE_YEARS_TEXT = (
    "Đã có thành tích xuất sắc trong công tác từ năm {a} đến năm {y}, góp phần "
    "vào sự nghiệp xây dựng chủ nghĩa xã hội và bảo vệ Tổ quốc"
)
SERVICE_TEXT = (
    "Đã có quá trình cống hiến lâu dài, có nhiều thành tích xuất sắc trong sự "
    "nghiệp phát triển ngành Công Thương tỉnh Quảng Ngãi"
)
CAMPAIGN_TEXT = (
    "Đã có thành tích xuất sắc trong Đợt thi đua cao điểm chào mừng Ngày Quốc khánh 2/9 năm {y}"
)


def grant_department(s: Standing) -> None:
    root = s.units[0].id
    for offset, code in DEPARTMENT_TRACK:
        year = s.history.first_year + offset
        if year > s.history.last_year:
            continue
        text = FLAG_TEXT if code.startswith("CTD") else FIVE_YEARS_TEXT
        s.ledger.grant(
            code,
            year,
            unit=root,
            basis="HTXSNV" if code == "BK_TINH" else "",
            content=text.format(y=year, a=year - (1 if code == "BK_TINH" else 4)),
        )


def grant_leaders(s: Standing) -> None:
    """The director, and the longest-serving deputy directors."""
    for offset, role, rank, code in LEADER_TRACK:
        year = s.history.first_year + offset
        holders = sorted(
            (p for p in s.people if p.role == role and p.works_in(year)),
            key=lambda p: (p.sector_started_on, p.id),
        )
        if rank < len(holders) and year <= s.history.last_year:
            s.ledger.grant(
                code, year, person=holders[rank].id, kind="cong_hien", content=SERVICE_TEXT
            )


def grant_giay_khen(s: Standing) -> None:
    """A few Giấy khen of the director each year, for a feat (đột xuất) or a campaign."""
    units = [u.id for u in s.units if u.kind != "root"]
    scale = max(1, len(s.people) // 150)
    for year in s.history.years:
        people = _clean_people(s, year)
        for _ in range(s.rng.randint(2, 4) * scale):
            _giay_khen(s, year, people, units)


def top_up_giay_khen(s: Standing, total: int) -> None:
    """More Giấy khen, the years taken in turn, until there are exactly `total` awards (an
    exact-size benchmark dataset, tdkt.demo.shape). A Giấy khen is dated within its year,
    so none is held back as pending."""
    missing = shortfall("awards", len(s.ledger.awards), total)
    units = [u.id for u in s.units if u.kind != "root"]
    years = list(s.history.years)
    candidates = {year: _clean_people(s, year) for year in years}
    for turn in range(missing):
        year = years[turn % len(years)]
        if not candidates[year]:  # everyone clean already has one this year: start again
            candidates[year] = _clean_people(s, year)
        _giay_khen(s, year, candidates[year], units)


def _clean_people(s: Standing, year: int) -> list[int]:
    return [p.id for p in s.people if p.works_in(year) and s.clean(p.id, range(year, year + 1))]


def _giay_khen(s: Standing, year: int, people: list[int], units: list[int]) -> None:
    """One Giấy khen of `year`, to one of `people` (taken off the list) or to a unit."""
    person = s.rng.random() < 0.8 and people
    subject = (
        {"person": people.pop(s.rng.randrange(len(people)))}
        if person
        else {"unit": s.rng.choice(units)}
    )
    kind = "dot_xuat" if s.rng.random() < 0.6 else "theo_dot"
    # Nothing but the anniversary awards may fall in the seed's half-year.
    first_month = WINDOW[1].month + 1 if year == WINDOW[0].year else 2
    months = (first_month, 12) if kind == "dot_xuat" else (9, 10)  # after 2/9
    day = random_day_in(s.rng, year, *months)
    text = gk_content(s.rng, year) if kind == "dot_xuat" else CAMPAIGN_TEXT.format(y=year)
    s.ledger.grant(
        "GK_SO",
        year,
        kind=kind,
        content=text,
        decision=(s.ledger.book.number("SCT", day), day),
        **subject,
    )
