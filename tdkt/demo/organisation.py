"""The organisation chart of Sở Công Thương Quảng Ngãi and the people who staff it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import count
from random import Random

from tdkt.demo.days import add_years, random_day, random_day_in
from tdkt.demo.names import WeightedPool, draw_name
from tdkt.demo.specs import PersonSpec, UnitSpec

DIRECTOR_NAME = "Võ Văn Rân"  # the real signer of the department's documents (seeds/)
PEOPLE_PER_UNIT = 33  # bench datasets grow the chart at this density

# code, name, parent code, kind, domain (the subjects its initiatives are about)
BASE_UNITS = (
    ("SCT", "Sở Công Thương tỉnh Quảng Ngãi", None, "root", "general"),
    ("VP", "Văn phòng Sở", "SCT", "office", "office"),
    ("TTRA", "Thanh tra Sở", "SCT", "inspect", "inspect"),
    ("KHTC", "Phòng Kế hoạch – Tài chính – Tổng hợp", "SCT", "dept", "planning"),
    ("QLCN", "Phòng Quản lý Công nghiệp", "SCT", "dept", "industry"),
    ("QLNL", "Phòng Quản lý Năng lượng", "SCT", "dept", "energy"),
    ("QLTM", "Phòng Quản lý Thương mại", "SCT", "dept", "trade"),
    ("KTAT", "Phòng Kỹ thuật an toàn – Môi trường", "SCT", "dept", "safety"),
    ("TTKC", "Trung tâm Khuyến công và Xúc tiến thương mại", "SCT", "center", "promotion"),
    ("TTKC-HC", "Phòng Hành chính – Tổng hợp", "TTKC", "center_dept", "office"),
    ("TTKC-KC", "Phòng Khuyến công", "TTKC", "center_dept", "promotion"),
    ("TTKC-XT", "Phòng Xúc tiến thương mại", "TTKC", "center_dept", "promotion"),
)
# Relative head count of each unit when people are shared out.
BASE_WEIGHTS = {
    "VP": 16,
    "TTRA": 9,
    "KHTC": 9,
    "QLCN": 11,
    "QLNL": 11,
    "QLTM": 13,
    "KTAT": 10,
    "TTKC": 3,
    "TTKC-HC": 8,
    "TTKC-KC": 10,
    "TTKC-XT": 9,
}
KIND_WEIGHTS = {"district": 9, "station": 7, "cluster": 8, "market": 10, "team": 8}

LOCALITIES = (
    ("thành phố Quảng Ngãi", "QN"),
    ("huyện Bình Sơn", "BS"),
    ("huyện Sơn Tịnh", "ST"),
    ("huyện Tư Nghĩa", "TN"),
    ("huyện Nghĩa Hành", "NH"),
    ("huyện Mộ Đức", "MD"),
    ("thị xã Đức Phổ", "DP"),
    ("huyện Ba Tơ", "BT"),
    ("huyện Minh Long", "ML"),
    ("huyện Sơn Hà", "SH"),
    ("huyện Sơn Tây", "STY"),
    ("huyện Trà Bồng", "TB"),
    ("huyện Lý Sơn", "LS"),
)
CLUSTERS = (
    ("Tịnh Ấn Tây", "TAT"),
    ("Bình Nguyên", "BNG"),
    ("Đồng Dinh", "DDI"),
    ("La Hà", "LHA"),
    ("Quán Lát", "QLA"),
    ("Thạch Trụ", "TTR"),
    ("Sa Huỳnh", "SHU"),
    ("Phổ Phong", "PPH"),
    ("Nghĩa Kỳ", "NKY"),
    ("Đồng Nà", "DNA"),
)

LEADER_TITLES = {
    "root": ("Giám đốc", "Phó Giám đốc"),
    "office": ("Chánh Văn phòng", "Phó Chánh Văn phòng"),
    "inspect": ("Chánh Thanh tra", "Phó Chánh Thanh tra"),
    "dept": ("Trưởng phòng", "Phó Trưởng phòng"),
    "center": ("Giám đốc Trung tâm", "Phó Giám đốc Trung tâm"),
    "center_dept": ("Trưởng phòng", "Phó Trưởng phòng"),
    "district": ("Trưởng phòng", "Phó Trưởng phòng"),
    "station": ("Trạm trưởng", "Phó Trạm trưởng"),
    "cluster": ("Trưởng ban", "Phó Trưởng ban"),
    "market": ("Đội trưởng", "Phó Đội trưởng"),
    "team": ("Tổ trưởng", "Tổ phó"),
}
STAFF_TITLES = {
    "root": WeightedPool((("Chuyên viên", 1),)),
    "office": WeightedPool(
        (
            ("Chuyên viên", 5),
            ("Chuyên viên chính", 2),
            ("Kế toán", 2),
            ("Văn thư", 1),
            ("Nhân viên", 2),
        )
    ),
    "inspect": WeightedPool(
        (("Thanh tra viên", 5), ("Thanh tra viên chính", 2), ("Chuyên viên", 1))
    ),
    "dept": WeightedPool((("Chuyên viên", 6), ("Chuyên viên chính", 3))),
    "center": WeightedPool((("Kế toán", 1), ("Viên chức", 2))),
    "center_dept": WeightedPool((("Viên chức", 6), ("Chuyên viên", 1))),
    "district": WeightedPool((("Chuyên viên", 6), ("Chuyên viên chính", 1))),
    "station": WeightedPool((("Viên chức", 1),)),
    "cluster": WeightedPool((("Viên chức", 4), ("Kế toán", 1))),
    "market": WeightedPool(
        (("Kiểm soát viên thị trường", 5), ("Kiểm soát viên chính thị trường", 2))
    ),
    "team": WeightedPool((("Kiểm soát viên thị trường", 1),)),
}
# role: (oldest, youngest) age at the last year, share of women, age entering the sector
ROLE_PROFILE = {
    "director": ((58, 48), 0.0, (22, 26)),
    "deputy_director": ((58, 45), 0.3, (22, 27)),
    "head": ((57, 38), 0.38, (22, 28)),
    "deputy": ((55, 33), 0.45, (22, 29)),
    "staff": ((60, 25), 0.5, (22, 30)),
}


# --- units


def build_units(people: int, exactly: int | None = None) -> list[UnitSpec]:
    """The real chart, grown with plausible units at about one per 33 people (or to exactly
    `exactly` units, no fewer than the real chart's)."""
    wanted = max(len(BASE_UNITS), exactly or round(people / PEOPLE_PER_UNIT))
    rows = list(BASE_UNITS)
    extras = _extra_units()
    while len(rows) < wanted:
        rows.append(next(extras))
    ids = {code: index for index, (code, *_rest) in enumerate(rows, start=1)}
    orders: dict[str | None, int] = {}
    units = []
    for code, name, parent, kind, domain in rows:
        orders[parent] = orders.get(parent, 0) + 1
        parent_id = ids[parent] if parent is not None else None
        units.append(UnitSpec(ids[code], code, name, parent_id, orders[parent], kind, domain))
    return units


def _extra_units() -> Iterator[tuple[str, str, str | None, str, str]]:
    for place, abbr in LOCALITIES:
        yield f"KT-{abbr}", f"Phòng Kinh tế {place}", "SCT", "district", "district"
    for place, abbr in LOCALITIES:
        yield f"TKC-{abbr}", f"Trạm Khuyến công {place}", "TTKC", "station", "promotion"
    for place, abbr in CLUSTERS:
        yield f"CCN-{abbr}", f"Ban Quản lý Cụm công nghiệp {place}", "SCT", "cluster", "cluster"
    for team in count(1):
        code = f"QLTT{team:02d}"
        yield code, f"Đội Quản lý thị trường số {team:02d}", "SCT", "market", "market"
        for group in range(1, 4):
            yield (
                f"{code}-T{group}",
                f"Tổ Kiểm tra số {group} (Đội QLTT số {team:02d})",
                code,
                "team",
                "market",
            )


def head_counts(units: list[UnitSpec], people: int, rng: Random) -> dict[int, int]:
    """People per unit: the directors in the root, the rest shared by weight (at least 3)."""
    root, others = units[0], units[1:]
    counts = {root.id: 1 + rng.choice((2, 3))}
    weights = [BASE_WEIGHTS.get(u.code) or KIND_WEIGHTS[u.kind] for u in others]
    left = people - counts[root.id]
    shares = [left * w / sum(weights) for w in weights]
    floors = [max(3, int(share)) for share in shares]
    # Largest remainders get the people still unplaced, so the total is exact.
    order = sorted(range(len(others)), key=lambda i: int(shares[i]) - shares[i])
    for i in order[: max(0, left - sum(floors))]:
        floors[i] += 1
    while sum(floors) > left:  # the minimum of 3 overshot: take from the largest
        floors[floors.index(max(floors))] -= 1
    counts.update({unit.id: n for unit, n in zip(others, floors, strict=True)})
    return counts


# --- people


def roles_for(unit: UnitSpec, size: int) -> list[str]:
    if unit.kind == "root":
        return ["director"] + ["deputy_director"] * (size - 1)
    deputies = 1 if size < 8 else 2 if size < 25 else 3
    deputies = min(deputies, size - 1)
    return ["head"] + ["deputy"] * deputies + ["staff"] * (size - 1 - deputies)


def build_people(
    rng: Random,
    units: list[UnitSpec],
    total: int,
    last_year: int,
    first_year: int,
    full_careers: bool = False,
) -> list[PersonSpec]:
    """Everyone, unit by unit in chart order, leaders first (so CN0001 is the director).
    With `full_careers`, everyone works through every year of the span (tdkt.demo.shape)."""
    counts = head_counts(units, total, rng)
    width = max(4, len(str(total)))
    used_cccd: set[str] = set()
    people: list[PersonSpec] = []
    for unit in units:
        for role in roles_for(unit, counts[unit.id]):
            number = len(people) + 1
            people.append(
                _person(
                    rng,
                    number,
                    f"CN{number:0{width}d}",
                    unit,
                    role,
                    (first_year, last_year),
                    used_cccd,
                    full_careers,
                )
            )
    return people


def _person(
    rng: Random,
    number: int,
    code: str,
    unit: UnitSpec,
    role: str,
    span: tuple[int, int],
    used_cccd: set[str],
    full_career: bool = False,
) -> PersonSpec:
    first_year, last_year = span
    (oldest, youngest), women, (start_min, start_max) = ROLE_PROFILE[role]
    gender = "nu" if rng.random() < women else "nam"
    if full_career:  # old enough to have entered the sector by the first year
        youngest = min(oldest, max(youngest, last_year - first_year + start_min))
    birth_year = rng.randint(last_year - oldest, last_year - youngest)
    birth = random_day_in(rng, birth_year)
    name = DIRECTOR_NAME if role == "director" else draw_name(rng, gender)
    # Nobody joins after September of the last year, so everyone has a rated year; a full
    # career starts by the first June, so the first year is rated and may bring initiatives.
    latest = date(first_year, 6, 30) if full_career else date(last_year, 9, 1)
    sector, recruited = _career_start(rng, birth_year, (start_min, start_max), latest)
    left_on, note = _departure(rng, role, recruited, birth_year, span)
    if full_career:
        left_on, note = None, ""
    return PersonSpec(
        id=number,
        code=code,
        full_name=name,
        gender=gender,
        birth_date=None if rng.random() < 0.03 else birth,
        birth_year=birth_year,
        unit_id=unit.id,
        position=_position(rng, unit, role),
        is_leader=role != "staff",
        role=role,
        recruited_on=recruited,
        sector_started_on=sector,
        toxic_work=unit.kind != "root" and rng.random() < 0.03,
        cccd=_cccd(rng, gender, birth_year, used_cccd),
        left_on=left_on,
        note=note,
    )


def _career_start(
    rng: Random, birth_year: int, ages: tuple[int, int], latest: date
) -> tuple[date, date]:
    """Entering the sector, and being recruited here, both by `latest`: the same day for
    most, years later for those who came from another unit of the sector."""
    sector = random_day_in(rng, birth_year + rng.randint(*ages))
    if sector > latest:
        sector = random_day(rng, date(latest.year - 2, 1, 1), latest)
    recruited = sector
    if rng.random() < 0.3:
        moved = add_years(sector, rng.randint(1, 10))
        recruited = moved if moved <= latest else random_day(rng, sector, latest)
    return sector, recruited


def _position(rng: Random, unit: UnitSpec, role: str) -> str:
    head, deputy = LEADER_TITLES[unit.kind]
    if role in ("director", "head"):
        return head
    if role in ("deputy_director", "deputy"):
        return deputy
    return STAFF_TITLES[unit.kind].draw(rng)


def _departure(
    rng: Random, role: str, recruited: date, birth_year: int, span: tuple[int, int]
) -> tuple[date | None, str]:
    """A few staff left during the years shown: retired, or moved to another agency."""
    first_year, last_year = span
    if role != "staff" or rng.random() >= 0.03 or recruited.year >= last_year - 1:
        return None, ""
    start = max(add_years(recruited, 1), date(first_year, 1, 1))
    left_on = random_day(rng, start, date(last_year, 11, 30))
    note = "Nghỉ hưu" if left_on.year - birth_year >= 58 else "Chuyển công tác"
    return left_on, note


def _cccd(rng: Random, gender: str, birth_year: int, used: set[str]) -> str | None:
    """A 12-digit citizen ID: Quảng Ngãi's 051, century-and-sex digit, birth year, serial."""
    if rng.random() < 0.05:
        return None
    century = 0 if birth_year < 2000 else 2
    prefix = f"051{century + (gender == 'nu')}{birth_year % 100:02d}"
    while True:
        cccd = f"{prefix}{rng.randrange(10**6):06d}"
        if cccd not in used:
            used.add(cccd)
            return cccd
