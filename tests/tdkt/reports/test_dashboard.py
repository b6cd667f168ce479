"""The dashboard on 15/12/2025: chart years, medals due, quotas, and the feature sources."""

from __future__ import annotations

from datetime import date

from tdkt.discipline.types import DisciplineDraft
from tdkt.reports.dashboard_types import MovementDeadline, PendingBatch
from tdkt.reports.medals import reaching_day
from tests.factories import add_award, add_person, add_unit

NAMES = ("Lê Văn An", "Trần Thị Bình", "Phạm Thị Cúc", "Võ Văn Dũng", "Đặng Văn Em", "Ngô Thị Gấm")
NAMES += ("Huỳnh Văn Hải", "Bùi Văn Khoa")


def test_medals_due_by_the_end_of_the_year(services):
    office = add_unit(services, "VP", "Văn phòng Sở")
    people = {
        "MEN20": ("nam", "01/06/2005", False),  # 20 years on 01/06/2025
        "WOMEN15": ("nu", "31/12/2010", False),  # 15 years on the last day of the year
        "NEXTYEAR": ("nu", "01/01/2011", False),  # one day too late
        "TOXIC10": ("nam", "01/03/2015", True),
        "AWARDED": ("nam", "01/06/2005", False),
        "REVOKED": ("nam", "01/06/2005", False),
        "LEFT": ("nam", "01/06/2005", False),
        "PUNISHED": ("nam", "01/01/2005", False),  # a year lost: 01/01/2026
    }
    ids = {}
    for (code, (gender, started, toxic)), name in zip(people.items(), NAMES, strict=False):
        ids[code] = add_person(
            services,
            office.id,
            code,
            name,
            gender=gender,
            sector_started_on=started,
            toxic_work=toxic,
            left_on="30/09/2025" if code == "LEFT" else "",
        ).id
    add_award(
        services, "AWARDED", "KNC_CT", 2024, decision_no="1/QĐ-BCT", decision_date="10/10/2024"
    )
    revoked = add_award(
        services, "REVOKED", "KNC_CT", 2024, decision_no="2/QĐ-BCT", decision_date="10/10/2024"
    )
    services.awards.revoke(revoked.id, date(2025, 1, 5), "Nhầm người")  # type: ignore[attr-defined]
    services.discipline.add(
        DisciplineDraft(ids["PUNISHED"], "khien_trach", "01/02/2010", "31/10/2010")
    )
    dashboard = services.reports.dashboard()
    assert dashboard.medal_year == 2025
    due = {m.code: (m.reached_on, m.required_years, m.lost_years) for m in dashboard.medals_due}
    assert due == {
        "MEN20": (date(2025, 6, 1), 20, 0),
        "WOMEN15": (date(2025, 12, 31), 15, 0),
        "TOXIC10": (date(2025, 3, 1), 10, 0),
        "REVOKED": (date(2025, 6, 1), 20, 0),
    }
    assert dashboard.medals_due[0].code == "TOXIC10"  # earliest first


def test_each_year_lost_to_discipline_moves_the_day():
    assert reaching_day(date(2005, 1, 1), 20, set()) == (date(2025, 1, 1), 0)
    assert reaching_day(date(2005, 1, 1), 20, {2010}) == (date(2026, 1, 1), 1)
    # A year lost after the day counts only if the moved day reaches it.
    assert reaching_day(date(2005, 1, 1), 20, {2010, 2026}) == (date(2027, 1, 1), 2)
    assert reaching_day(date(2004, 2, 29), 20, set()) == (date(2024, 2, 29), 0)
    assert reaching_day(date(2004, 2, 29), 21, set()) == (date(2025, 2, 28), 0)


def quota_world(services, year: int) -> None:  # type: ignore[no-untyped-def]
    office = add_unit(services, "VP", "Văn phòng Sở")
    for n in range(1, 8):
        add_person(services, office.id, f"CN{n}", NAMES[n])
        add_award(
            services, f"CN{n}", "LDTT", year, decision_no="1/QĐ-SCT", decision_date=f"10/12/{year}"
        )
    for n in (1, 2):
        add_award(
            services,
            f"CN{n}",
            "CSTDCS",
            year,
            decision_no="2/QĐ-SCT",
            decision_date=f"10/12/{year}",
        )


def test_quotas_this_year(services):
    quota_world(services, 2025)
    dashboard = services.reports.dashboard()
    assert dashboard.quota_year == 2025
    (quota,) = dashboard.quotas
    assert (quota.unit_name, quota.ldtt, quota.cstdcs, quota.cap, quota.over) == (
        "Văn phòng Sở",
        7,
        2,
        1,
        True,
    )


def test_quotas_fall_back_to_last_year_before_this_years_titles(services):
    quota_world(services, 2024)
    dashboard = services.reports.dashboard()
    assert dashboard.quota_year == 2024 and dashboard.quotas[0].ldtt == 7


def test_chart_ten_years_ending_this_year_or_the_last_decided(services):
    quota_world(services, 2024)
    chart = services.reports.dashboard().chart
    assert [y.year for y in chart] == list(range(2015, 2025))
    assert chart[-1].by_level == {"co_so": 9, "tinh": 0, "bo": 0, "nha_nuoc": 0}
    add_award(services, "CN3", "GK_SO", 2025, decision_no="9/QĐ-SCT", decision_date="01/12/2025")
    chart = services.reports.dashboard().chart
    assert [y.year for y in chart] == list(range(2016, 2026))


def test_batches_and_deadlines_come_from_registered_sources(services):
    empty = services.reports.dashboard()
    assert empty.batches == () and empty.deadlines == ()
    batch = PendingBatch(
        "BK-TINH-2025", "Bằng khen của Chủ tịch UBND tỉnh", 12, date(2025, 12, 1), "Đã trình"
    )
    late = MovementDeadline("Phong trào thi đua năm 2025", "Báo cáo kết quả", date(2025, 12, 20))
    soon = MovementDeadline("Đợt thi đua đặc biệt", "Đăng ký thi đua", date(2025, 12, 16))
    seen = []

    def batches(session, today):  # type: ignore[no-untyped-def]
        seen.append(today)
        return [batch]

    services.reports.add_batch_source(batches)
    services.reports.add_deadline_source(lambda session, today: [late, soon])
    dashboard = services.reports.dashboard()
    assert dashboard.batches == (batch,) and seen == [date(2025, 12, 15)]
    assert dashboard.deadlines == (soon, late)
