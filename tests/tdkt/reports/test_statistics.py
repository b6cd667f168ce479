"""Statistics of a period: every count of the known half-year, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from tdkt.errors import ValidationError
from tdkt.reports.periods import custom, first_half, five_years, period_from_text, whole_year
from tdkt.reports.types import AGENCY_LEADER, DIRECT_WORKER, OTHER_LEADER, Tally

H1_2021 = first_half(2021)


def test_counts_per_code_take_both_boundaries_and_nothing_else(known):
    statistics = known.services.reports.statistics(H1_2021)
    assert statistics.counts_by_code() == {
        "BK_BO": {"tap_the": 1, "ca_nhan": 1},
        "BK_TINH": {"tap_the": 1, "ca_nhan": 1},
        "KNC_CT": {"tap_the": 0, "ca_nhan": 1},
    }
    assert statistics.revoked == 1
    assert statistics.undated == 1


def test_one_day_ranges_at_the_edges(known):
    reports = known.services.reports
    first_day = reports.statistics(custom(date(2021, 1, 1), date(2021, 1, 1)))
    day_before = reports.statistics(custom(date(2020, 12, 31), date(2020, 12, 31)))
    day_after = reports.statistics(custom(date(2021, 7, 1), date(2021, 7, 1)))
    assert first_day.counts_by_code() == {"BK_TINH": {"tap_the": 1, "ca_nhan": 0}}
    assert day_before.counts_by_code() == {"BK_TINH": {"tap_the": 0, "ca_nhan": 1}}
    assert day_after.counts_by_code() == {"BK_TINH": {"tap_the": 0, "ca_nhan": 1}}


def test_totals_women_leaders_and_direct_workers(known):
    total = known.services.reports.statistics(H1_2021).total
    assert total == Tally(units=2, people=3, women=2, leaders=2)
    assert total.total == 5
    assert total.direct_workers == 1


def test_staff_groups_follow_the_leader_flag_and_the_top_unit(known):
    facts = known.services.reports.statistics(H1_2021).facts
    groups = {(f.title_code, f.staff_group): f.count for f in facts if f.subject_kind == "ca_nhan"}
    assert groups == {
        ("KNC_CT", AGENCY_LEADER): 1,  # the director, in the top unit
        ("BK_BO", OTHER_LEADER): 1,  # the head of the office
        ("BK_TINH", DIRECT_WORKER): 1,
    }
    kinds = {(f.title_code, f.kind) for f in facts}
    assert ("KNC_CT", "cong_hien") in kinds and ("BK_BO", "theo_dot") in kinds


def test_levels_highest_first_with_zeros(known):
    levels = known.services.reports.statistics(H1_2021).levels
    assert [(lv.level, lv.tally.units, lv.tally.people) for lv in levels] == [
        ("nha_nuoc", 0, 0),
        ("bo", 1, 2),
        ("tinh", 1, 1),
        ("co_so", 0, 0),
    ]


def test_units_in_chart_order_with_their_people(known):
    units = known.services.reports.statistics(H1_2021).units
    assert [(u.code, u.depth, u.tally.units, u.tally.people, u.tally.women) for u in units] == [
        ("SCT", 0, 0, 1, 0),
        ("VP", 1, 1, 2, 2),
        ("QLTM", 1, 1, 0, 0),
    ]


def test_trend_covers_five_years_up_to_the_period_end(known):
    trend = known.services.reports.statistics(H1_2021).trend
    assert [y.year for y in trend] == [2017, 2018, 2019, 2020, 2021]
    assert trend[3].by_level == {"co_so": 0, "tinh": 1, "bo": 0, "nha_nuoc": 0}
    # Up to 30/06/2021 only: the award of 01/07/2021 is not in the trend either.
    assert trend[4].by_level == {"co_so": 0, "tinh": 2, "bo": 3, "nha_nuoc": 0}


def test_titles_most_senior_first(known):
    titles = known.services.reports.statistics(whole_year(2021)).titles
    assert [t.title.code for t in titles] == ["BK_BO", "BK_TINH", "KNC_CT"]
    assert titles[1].tally == Tally(units=1, people=2, women=1, leaders=1)


def test_an_empty_database_counts_nothing(services):
    statistics = services.reports.statistics(H1_2021)
    assert statistics.counts_by_code() == {}
    assert statistics.total == Tally()
    assert statistics.units == () and statistics.revoked == 0 and statistics.undated == 0
    assert len(statistics.trend) == 5


def test_presets():
    assert (first_half(2021).start, first_half(2021).end) == (date(2021, 1, 1), date(2021, 6, 30))
    assert whole_year(2024).words == "năm 2024"
    assert five_years(2023).words == "giai đoạn 2021 – 2025"
    assert five_years(2025).start == date(2021, 1, 1) and five_years(2026).start.year == 2026
    assert custom(date(2021, 1, 1), date(2021, 6, 30)).words == "6 tháng đầu năm 2021"
    assert custom(date(2021, 1, 1), date(2021, 3, 31)).words == (
        "từ ngày 01/01/2021 đến ngày 31/03/2021"
    )


def test_typed_periods_are_checked_in_vietnamese():
    assert period_from_text("2021-01-01", "30/06/2021") == H1_2021
    with pytest.raises(ValidationError) as caught:
        period_from_text("", "31/02/2021")
    assert set(caught.value.errors) == {"start", "end"}
    with pytest.raises(ValidationError, match="trước ngày đầu"):
        period_from_text("01/07/2021", "30/06/2021")
