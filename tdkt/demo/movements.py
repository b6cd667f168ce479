"""The movements of the seeds (the 2021 annual movement under KH 203/KH-SCT, the 70th-
anniversary campaign, "Dân vận khéo", cải cách hành chính 2021–2025), the annual movements of
later years, the registrations of titles and the pledges between units."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from random import Random

from tdkt.demo.days import random_day
from tdkt.demo.organisation import DIRECTOR_NAME
from tdkt.demo.specs import AwardSpec, PersonSpec, UnitSpec

FIRST_YEAR = 2021  # the seeds start here; earlier years keep no movement records
DIRECTOR = "Giám đốc Sở Công Thương"
ANNUAL_TITLES = ("LDTT", "CSTDCS", "TTLDTT", "TTLDXS", "GK_SO", "BK_TINH", "CSTD_TINH", "CTD_TINH")


@dataclass(frozen=True)
class MovementSpec:
    id: int
    name: str
    kind: str
    launched_by: str
    starts_on: date
    ends_on: date | None
    registration_deadline: date | None
    document_no: str
    document_date: date | None
    document_signer: str
    content: str
    title_codes: tuple[str, ...]
    unit_ids: tuple[int, ...]


@dataclass(frozen=True)
class RegistrationSpec:
    year: int
    movement_id: int
    person_id: int | None
    unit_id: int | None
    title_code: str
    registered_on: date


@dataclass(frozen=True)
class PledgeSpec:
    id: int
    year: int
    name: str
    movement_id: int
    signed_on: date
    unit_ids: tuple[int, ...]
    targets: tuple[tuple[str, str, str, str], ...]  # content, measure, plan, result


# Numbered and given the departments when built.
SEED_MOVEMENTS = (
    MovementSpec(
        0,
        "Đợt thi đua đặc biệt lập thành tích chào mừng Kỷ niệm 70 năm Ngày truyền thống ngành "
        "Công Thương Việt Nam (14/5/1951 – 14/5/2021)",
        "theo_dot",
        "Bộ trưởng Bộ Công Thương",
        date(2021, 1, 5),
        date(2021, 5, 14),
        None,
        "38a/KH-BCT",
        date(2021, 1, 5),
        "",
        "Sở triển khai cùng phong trào thi đua năm 2021 tại Kế hoạch số 203/KH-SCT ngày "
        "03/02/2021 của Giám đốc Sở.",
        ("KNC_CT", "BK_BO", "BK_TINH"),
        (),
    ),
    MovementSpec(
        0,
        'Phong trào thi đua "Dân vận khéo" năm 2021',
        "chuyen_de",
        "Đảng ủy Sở và Giám đốc Sở",
        date(2021, 6, 10),
        date(2021, 12, 31),
        None,
        "49-KHPH/ĐUS-GDS",
        date(2021, 6, 10),
        DIRECTOR_NAME,
        "Kế hoạch phối hợp giữa Đảng ủy Sở với Giám đốc Sở, tiếp nối Kế hoạch phối hợp số "
        "923-KHPH/ĐU-GDS ngày 19/5/2017 phát động phong trào thi đua “Dân vận khéo”.",
        ("GK_SO",),
        (),
    ),
    MovementSpec(
        0,
        "Đẩy mạnh cải cách hành chính tỉnh Quảng Ngãi giai đoạn 2021-2025",
        "chuyen_de",
        "Chủ tịch UBND tỉnh",
        date(2022, 1, 24),
        date(2025, 12, 31),
        None,
        "93/QĐ-UBND",
        date(2022, 1, 24),
        "",
        "Sở Công Thương hưởng ứng bằng Kế hoạch ngày 18/3/2022 của Giám đốc Sở; báo cáo kết "
        "quả về Văn phòng Sở trước ngày 10/12 hằng năm.",
        ("GK_SO", "BK_TINH"),
        (),
    ),
)
PLEDGE_TARGETS = (
    ("Hoàn thành các nhiệm vụ, chỉ tiêu kế hoạch công tác năm được giao", "%", "100"),
    ("Hồ sơ thủ tục hành chính được giải quyết đúng hạn", "%", "100"),
    ("Công chức, viên chức hoàn thành tốt nhiệm vụ trở lên", "%", "≥ 90"),
    ("Cá nhân bị xử lý kỷ luật", "người", "0"),
    ("Sáng kiến được công nhận cấp cơ sở", "sáng kiến", "≥ 1 mỗi phòng"),
)


def _plan_number(rng: Random, day: date) -> str:
    # The department numbers about five documents a day (203/KH-SCT on 03/02/2021).
    return f"{max(1, day.timetuple().tm_yday * 5 - rng.randint(0, 6))}/KH-SCT"


def build_movements(rng: Random, units: list[UnitSpec], years: range) -> list[MovementSpec]:
    departments = tuple(u.id for u in units if u.parent_id == units[0].id)
    found: list[MovementSpec] = []
    for year in years:
        if year < FIRST_YEAR:
            continue
        launched = (
            date(2021, 2, 3)
            if year == FIRST_YEAR
            else random_day(rng, date(year, 1, 20), date(year, 2, 20))
        )
        number = "203/KH-SCT" if year == FIRST_YEAR else _plan_number(rng, launched)
        found.append(
            MovementSpec(
                len(found) + 1,
                f"Phong trào thi đua yêu nước năm {year}",
                "thuong_xuyen",
                DIRECTOR,
                date(year, 1, 1),
                date(year, 12, 31),
                date(year, 3, 15),
                number,
                launched,
                DIRECTOR_NAME,
                f"Thực hiện kế hoạch phát động phong trào thi đua năm {year} của UBND tỉnh; "
                "các phòng, đơn vị đăng ký danh hiệu thi đua và ký giao ước thi đua.",
                ANNUAL_TITLES,
                departments,
            )
        )
    for seed in SEED_MOVEMENTS:
        assert seed.ends_on is not None  # every seed ended
        if years.start <= seed.ends_on.year and seed.starts_on.year <= years.stop - 1:
            found.append(replace(seed, id=len(found) + 1, unit_ids=departments))
    found.append(_year_end_drive(len(found) + 1, years.stop - 1, departments))
    return found


def _year_end_drive(number: int, year: int, departments: tuple[int, ...]) -> MovementSpec:
    """The drive still open at the demo's end (mid-December of its last year): registration
    closes on 20 December and the drive runs past the new year, so the dashboard has
    deadlines to show. Fixed dates, no draw: the rest of the demo stays as it was."""
    launched = date(year, 11, 12)
    return MovementSpec(
        number,
        "Đợt thi đua cao điểm đấu tranh chống buôn lậu, gian lận thương mại và hàng giả dịp "
        f"cuối năm {year} và Tết Nguyên đán {year + 1}",
        "theo_dot",
        DIRECTOR,
        date(year, 11, 15),
        date(year + 1, 1, 31),
        date(year, 12, 20),
        f"{launched.timetuple().tm_yday * 5 - 3}/KH-SCT",
        launched,
        DIRECTOR_NAME,
        "Các phòng, đơn vị đăng ký tham gia trước ngày 20/12; báo cáo kết quả đợt thi đua về "
        "Văn phòng Sở trước ngày 05/02 để xét Giấy khen đột xuất.",
        ("GK_SO",),
        departments,
    )


def build_registrations(
    rng: Random,
    movements: list[MovementSpec],
    people: list[PersonSpec],
    units: list[UnitSpec],
    awards: list[AwardSpec],
) -> list[RegistrationSpec]:
    """Most of those who achieve a title registered it; some register and fall short; a few
    achieve without registering: the comparison has all three."""
    achieved = {(a.year, a.person_id, a.unit_id, a.code) for a in awards}
    found: list[RegistrationSpec] = []
    for movement in (m for m in movements if m.kind == "thuong_xuyen"):
        found += _register_year(rng, movement, people, units, achieved)
    return found


def _register_year(
    rng: Random,
    movement: MovementSpec,
    people: list[PersonSpec],
    units: list[UnitSpec],
    achieved: set[tuple[int, int | None, int | None, str]],
) -> list[RegistrationSpec]:
    year = movement.starts_on.year
    assert movement.document_date and movement.registration_deadline
    window = (movement.document_date, movement.registration_deadline)
    wishes: list[tuple[int | None, int | None, str]] = []
    for person in people:
        if not person.stays_through(year) or person.recruited_on > date(year, 3, 1):
            continue
        ldtt = (year, person.id, None, "LDTT") in achieved
        if rng.random() < (0.93 if ldtt else 0.7):
            wishes.append((person.id, None, "LDTT"))
        if rng.random() < (0.8 if (year, person.id, None, "CSTDCS") in achieved else 0.04):
            wishes.append((person.id, None, "CSTDCS"))
    for unit in units[1:]:
        excellent = (year, None, unit.id, "TTLDXS") in achieved
        wishes.append((None, unit.id, "TTLDXS" if excellent or rng.random() < 0.25 else "TTLDTT"))
    return [
        RegistrationSpec(year, movement.id, person, unit, code, random_day(rng, *window))
        for person, unit, code in wishes
    ]


def build_pledges(rng: Random, movements: list[MovementSpec], last_year: int) -> list[PledgeSpec]:
    found: list[PledgeSpec] = []
    for movement in (m for m in movements if m.kind == "thuong_xuyen"):
        year = movement.starts_on.year
        results = year < last_year  # the last year's results are not in yet
        targets = tuple(
            (content, measure, plan, _result(rng, measure) if results else "")
            for content, measure, plan in PLEDGE_TARGETS
        )
        found.append(
            PledgeSpec(
                len(found) + 1,
                year,
                f"Giao ước thi đua năm {year}",
                movement.id,
                random_day(rng, date(year, 2, 20), date(year, 3, 10)),
                movement.unit_ids,
                targets,
            )
        )
    return found


def _result(rng: Random, measure: str) -> str:
    if measure == "%":
        return rng.choice(("100", "100", "98,6", "99,2", "97,5"))
    if measure == "người":
        return rng.choice(("0", "0", "0", "1"))
    return rng.choice(("Đạt", "Đạt", "Chưa đạt"))
