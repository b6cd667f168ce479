"""Award records: add by code or name, no duplicates, revoke with a reason, filters."""

from __future__ import annotations

from datetime import date

import pytest

from tdkt.awards.types import AwardDraft, AwardQuery
from tdkt.errors import ConflictError, ValidationError
from tests.factories import add_award, add_person, add_unit


@pytest.fixture
def people(services):
    office = add_unit(services, "VP", "Văn phòng Sở")
    trade = add_unit(services, "QLTM", "Phòng Quản lý Thương mại")
    add_person(services, office.id, "CN01", "Nguyễn Văn An")
    add_person(services, trade.id, "CN02", "Lê Thị Bình", gender="nu")
    return office, trade


def test_award_by_full_title_name_and_issuer_default(services, people):
    row = add_award(
        services,
        "CN01",
        "Bằng khen của Chủ tịch UBND tỉnh",
        2024,
        decision_no="1234/QĐ-UBND",
        decision_date="15/03/2025",
    )
    assert row.title_code == "BK_TINH"
    assert row.issuer == "Chủ tịch UBND tỉnh"
    assert row.unit_name == "Văn phòng Sở"


def test_unit_award_and_kind_check(services, people):
    row = add_award(services, "QLTM", "TTLDTT", 2024)
    assert row.subject_kind == "tap_the"
    with pytest.raises(ValidationError, match="không dành cho tập thể"):
        add_award(services, "QLTM", "LDTT", 2024)


def test_same_identity_is_not_recorded_twice(services, people):
    add_award(services, "CN01", "LDTT", 2024, decision_no="12/QĐ-SCT")
    with pytest.raises(ConflictError, match="không ghi trùng"):
        add_award(services, "CN01", "LDTT", 2024, decision_no="12/QĐ-SCT")
    assert len(services.awards.list_rows()) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"subject_code": "KHONGCO"}, "subject_code"),
        ({"title_code": "XYZ"}, "title_code"),
        ({"decision_date": "31/02/2025"}, "decision_date"),
        ({"year": 1800}, "year"),
        ({"bonus_coefficient": "một"}, "bonus_coefficient"),
        # What the column cannot hold is refused here, not by the database (or rounded away).
        ({"bonus_coefficient": "NaN"}, "bonus_coefficient"),
        ({"bonus_coefficient": "Infinity"}, "bonus_coefficient"),
        ({"bonus_coefficient": "1e20"}, "bonus_coefficient"),
        ({"bonus_coefficient": "1,234"}, "bonus_coefficient"),
        ({"base_salary": "2340000,5"}, "base_salary"),
        ({"base_salary": "1e15"}, "base_salary"),
    ],
)
def test_bad_award_input_is_refused(services, people, changes, field):
    fields = {"subject_code": "CN01", "title_code": "LDTT", "year": 2024}
    fields.update(changes)
    with pytest.raises(ValidationError) as raised:
        services.awards.create(AwardDraft(**fields))
    assert field in raised.value.errors
    assert services.awards.list_rows() == []


def test_revoke_keeps_the_record_with_its_reason(services, people):
    row = add_award(services, "CN01", "LDTT", 2024, decision_date="10/01/2025")
    with pytest.raises(ValidationError):
        services.awards.revoke(row.id, date(2025, 6, 1), "  ")
    revoked = services.awards.revoke(row.id, date(2025, 6, 1), "Kê khai sai thành tích")
    assert revoked.revoked and revoked.revoke_reason == "Kê khai sai thành tích"
    assert services.awards.list_rows(AwardQuery(include_revoked=False)) == []
    with pytest.raises(ConflictError):
        services.awards.revoke(row.id, date(2025, 6, 2), "lần hai")


def test_filters_by_year_title_and_unit(services, people):
    _office, trade = people
    add_award(services, "CN01", "LDTT", 2023)
    add_award(services, "CN01", "LDTT", 2024)
    add_award(services, "CN02", "CSTDCS", 2024)
    add_award(services, "QLTM", "TTLDTT", 2024)
    assert len(services.awards.list_rows(AwardQuery(year=2024))) == 3
    assert len(services.awards.list_rows(AwardQuery(title_code="LDTT"))) == 2
    by_unit = services.awards.list_rows(AwardQuery(unit_id=trade.id))
    assert sorted(r.subject_code for r in by_unit) == ["CN02", "QLTM"]
    assert services.awards.years() == [2024, 2023]
