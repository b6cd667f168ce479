"""Registrations, pledges and the year-end comparison with the awards."""

from __future__ import annotations

from datetime import date

import pytest

from tdkt.errors import ConflictError, ValidationError
from tdkt.movements.types import (
    REGISTERED_ACHIEVED,
    REGISTERED_MISSED,
    UNREGISTERED_ACHIEVED,
    MovementDraft,
    PledgeDraft,
    PledgeTargetDraft,
    RegistrationDraft,
)
from tests.factories import add_award, add_person, add_unit


@pytest.fixture
def office(services):
    unit = add_unit(services, "VP", "Văn phòng Sở")
    add_person(
        services, unit.id, "CN01", "Nguyễn Văn An", is_leader=True, position="Chánh Văn phòng"
    )
    add_person(services, unit.id, "CN02", "Trần Thị Bình", gender="nu")
    add_person(services, unit.id, "CN03", "Lê Văn Cường")
    return unit


def test_duplicate_registration_is_refused(services, office):
    services.registrations.add(RegistrationDraft("CN01", "LDTT", 2021))
    with pytest.raises(ConflictError, match="Nguyễn Văn An đã đăng ký Lao động tiên tiến năm 2021"):
        services.registrations.add(RegistrationDraft("CN01", "LĐTT", 2021))
    services.registrations.add(RegistrationDraft("CN01", "LDTT", 2022))  # another year is fine
    services.registrations.add(RegistrationDraft("VP", "TTLDTT", 2021))


def test_a_title_for_the_wrong_subject_is_refused(services, office):
    with pytest.raises(ValidationError, match="không dành cho tập thể"):
        services.registrations.add(RegistrationDraft("VP", "LDTT", 2021))
    with pytest.raises(ValidationError, match='Không có cá nhân hoặc đơn vị mã "CN99"'):
        services.registrations.add(RegistrationDraft("CN99", "LDTT", 2021))


def test_a_registration_outside_the_movements_years_is_refused(services, office):
    campaign = services.movements.create(
        MovementDraft(
            "Đợt thi đua 70 năm ngành Công Thương", "theo_dot", "05/01/2021", "14/05/2021"
        )
    )
    with pytest.raises(ValidationError, match="không diễn ra trong năm 2022"):
        services.registrations.add(RegistrationDraft("CN01", "LDTT", 2022, movement_id=campaign.id))


def test_a_whole_unit_registers_all_or_nothing(services, office):
    services.registrations.add(RegistrationDraft("CN02", "LDTT", 2021))
    everyone = [RegistrationDraft(code, "LDTT", 2021) for code in ("CN01", "CN02", "CN03")]
    with pytest.raises(ConflictError, match="Trần Thị Bình đã đăng ký"):
        services.registrations.add_many(everyone)
    assert len(services.registrations.list_rows(2021)) == 1  # nothing half-written
    assert services.registrations.add_many(everyone, skip_existing=True) == 2
    rows = services.registrations.list_rows(2021)
    assert [r.subject_name for r in rows] == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]


def test_year_end_comparison(services, office):
    for code, title in (("CN01", "LDTT"), ("CN01", "CSTDCS"), ("CN02", "LDTT"), ("VP", "TTLDTT")):
        services.registrations.add(RegistrationDraft(code, title, 2021))
    add_award(services, "CN01", "LDTT", 2021, decision_no="2300/QĐ-SCT", decision_date="28/12/2021")
    add_award(services, "CN03", "LDTT", 2021, decision_no="2300/QĐ-SCT")
    add_award(services, "VP", "TTLDTT", 2021, decision_no="2301/QĐ-SCT")
    add_award(services, "CN02", "GK_SO", 2021, decision_no="50/QĐ-SCT")  # a form, not registered
    revoked = add_award(services, "CN02", "LDTT", 2021, decision_no="2299/QĐ-SCT")
    services.awards.revoke(revoked.id, date(2025, 1, 1), "Kê khai sai")
    comparison = services.registrations.comparison(2021)
    outcome = {(line.subject_code, line.title_code): line.outcome for line in comparison.lines}
    assert outcome == {
        ("CN01", "LDTT"): REGISTERED_ACHIEVED,
        ("CN01", "CSTDCS"): REGISTERED_MISSED,
        ("CN02", "LDTT"): REGISTERED_MISSED,  # revoked awards do not count
        ("VP", "TTLDTT"): REGISTERED_ACHIEVED,
        ("CN03", "LDTT"): UNREGISTERED_ACHIEVED,
    }
    achieved = next(
        line
        for line in comparison.lines
        if line.subject_code == "CN01" and line.title_code == "LDTT"
    )
    assert achieved.decision == "2300/QĐ-SCT ngày 28/12/2021"
    totals = {
        t.title_code: (t.registered, t.achieved, t.missed, t.unregistered)
        for t in comparison.totals
    }
    assert totals == {"CSTDCS": (1, 0, 1, 0), "TTLDTT": (1, 1, 0, 0), "LDTT": (2, 1, 1, 1)}


def test_pledges_with_targets(services, office):
    other = add_unit(services, "QLTM", "Phòng Quản lý Thương mại")
    pledge = services.pledges.create(
        PledgeDraft(
            2021,
            "Giao ước thi đua năm 2021",
            (office.id, other.id),
            (
                PledgeTargetDraft("Hoàn thành kế hoạch công tác năm", "%", "100"),
                PledgeTargetDraft("Không có cá nhân vi phạm kỷ luật", "người", "0"),
            ),
            signed_on="25/02/2021",
        )
    )
    assert pledge.unit_names == ("Văn phòng Sở", "Phòng Quản lý Thương mại")
    assert pledge.targets[0].content == "Hoàn thành kế hoạch công tác năm"
    with pytest.raises(ValidationError, match="ít nhất một chỉ tiêu"):
        services.pledges.update(pledge.id, PledgeDraft(2021, "Giao ước", (office.id,), ()))
    with pytest.raises(ValidationError, match="Hãy chọn các đơn vị"):
        services.pledges.create(PledgeDraft(2021, "Giao ước", (), (PledgeTargetDraft("x"),)))
    assert len(services.pledges.list_rows(2021)) == 1
