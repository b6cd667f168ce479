"""Revoking an award shows what relied on it (a year of a chain, a prerequisite, the share
of a unit's members) and flags those awards and open proposals "cần xem lại"."""

from __future__ import annotations

from datetime import date

import pytest

from tdkt.awards.types import AwardQuery
from tdkt.errors import ValidationError
from tdkt.initiatives.records import InitiativeAuthorRecord, InitiativeRecord
from tdkt.nominations.types import LineDraft
from tdkt.storage.unit_of_work import unit_of_work
from tests.factories import add_award
from tests.tdkt.nominations.conftest import new_batch


def add_initiative(services, code: str, year: int, author_id: int, scope: str) -> None:
    with unit_of_work(services.sessions, "thu.ky") as session:
        initiative = InitiativeRecord(
            code=code,
            title=f"Sáng kiến {code}",
            recognized_year=year,
            scope=scope,
            decision_no=f"{year}/QĐ",
            version=1,
        )
        session.add(initiative)
        session.flush()
        session.add(InitiativeAuthorRecord(initiative_id=initiative.id, person_id=author_id))


@pytest.fixture
def chain(services, department):
    """CN01 holds CSTĐCS 2023–2025 (a provincial initiative in 2025) and is proposed for
    CSTĐ cấp tỉnh 2025; three of the four in the trade division hold LĐTT 2025, and the
    division TTLĐTT 2025."""
    person = department.people["CN01"]
    for year in (2023, 2024, 2025):
        services.ratings.set_rating("ca_nhan", person.id, year, "HTXSNV")
        add_award(services, "CN01", "LDTT", year, decision_no=f"{year}-1/QĐ-SCT")
        add_award(services, "CN01", "CSTDCS", year, decision_no=f"{year}-2/QĐ-SCT", basis="HTXSNV")
    add_initiative(services, "SK2025-T", 2025, person.id, "tinh")
    for code in ("CN02", "CN03"):
        add_award(services, code, "LDTT", 2025, decision_no="2025-1/QĐ-SCT")
    add_award(services, "QLTM", "TTLDTT", 2025, decision_no="2025-3/QĐ-SCT")
    batch = new_batch(services, "TINH-2025", "CSTD_TINH")
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "CSTD_TINH", 2025))
    return batch


def award(services, code: str, title: str, year: int):  # type: ignore[no-untyped-def]
    rows = services.awards.list_rows(AwardQuery(year=year, title_code=title))
    return next(a for a in rows if a.subject_code == code)


def test_the_proposal_stands_before_the_revocation(services, chain):
    check = services.nominations.line_checks(chain.batch.id)
    assert [c.verdict for c in check.lines.values()] == ["eligible"]


def test_revoking_a_year_of_a_chain_flags_the_proposal_built_on_it(services, chain):
    cstdcs = award(services, "CN01", "CSTDCS", 2024)
    preview = services.nominations.revocation_preview(cstdcs.id)
    assert "Chiến sĩ thi đua cơ sở năm 2024" in preview.award_label
    targets = [(d.target, d.title_name, d.year) for d in preview.dependents]
    assert targets == [("line", "Chiến sĩ thi đua cấp tỉnh", 2025)]
    assert "thiếu 1 năm Chiến sĩ thi đua cơ sở liên tiếp (2024)" in preview.dependents[0].reason
    assert services.nominations.review_flags() == []  # a preview flags nothing

    services.nominations.revoke_award(cstdcs.id, date(2025, 12, 1), "Hồ sơ không trung thực")
    assert award(services, "CN01", "CSTDCS", 2024).revoked
    flags = services.nominations.review_flags()
    assert [(f.target, f.subject_name, f.where) for f in flags] == [
        ("line", "Lê Văn Đông", "Đợt đề nghị TINH-2025")
    ]
    assert flags[0].reason.startswith("Sau khi thu hồi Chiến sĩ thi đua cơ sở năm 2024")
    checks = services.nominations.line_checks(chain.batch.id)
    line_check = next(iter(checks.lines.values()))
    assert line_check.verdict == "not_eligible"
    assert any(w.startswith("Cần xem lại") for w in line_check.warnings)

    services.nominations.resolve_flag(flags[0].id, "Rút dòng đề nghị")
    assert services.nominations.review_flags() == []
    assert services.nominations.review_flags(include_resolved=True)[0].resolution == (
        "Rút dòng đề nghị"
    )


def test_revoking_an_ldtt_flags_the_titles_resting_on_it(services, department, chain):
    # CN02 holds LĐTT 2025 by decision although rated HTNV; CN04 is rated HTNV too. The
    # division's share is 3 of 4 with the award, 2 of 4 (not more than half) without it.
    for code in ("CN02", "CN04"):
        services.ratings.set_rating("ca_nhan", department.people[code].id, 2025, "HTNV")
    ldtt = award(services, "CN02", "LDTT", 2025)
    services.nominations.revoke_award(ldtt.id, date(2025, 12, 1), "Kỷ luật khiển trách")
    flagged = {
        (f.target, f.subject_name, f.title_name) for f in services.nominations.review_flags()
    }
    assert flagged == {("award", "Phòng Quản lý Thương mại", "Tập thể lao động tiên tiến")}


def test_an_award_revoked_once_is_not_revoked_again(services, chain):
    ldtt = award(services, "CN03", "LDTT", 2025)
    with pytest.raises(ValidationError, match="lý do"):
        services.nominations.revoke_award(ldtt.id, date(2025, 12, 1), "  ")
    services.nominations.revoke_award(ldtt.id, date(2025, 12, 1), "Sai đối tượng")
    with pytest.raises(Exception, match="đã bị thu hồi"):
        services.nominations.revoke_award(ldtt.id, date(2025, 12, 2), "Lần nữa")
