"""Recording a decision: the awards of the approved lines in one transaction, with the bonus
coefficient and the base salary in force on the decision date; never twice."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tdkt.awards.types import AwardQuery
from tdkt.errors import ConflictError, ValidationError
from tdkt.initiatives.records import InitiativeRecord
from tdkt.nominations.types import (
    APPROVED,
    DECIDED,
    NOT_APPROVED,
    DecisionDraft,
    LineDraft,
    TransitionDraft,
)
from tdkt.storage.unit_of_work import unit_of_work
from tests.factories import add_award
from tests.tdkt.nominations.conftest import new_batch, subjects

SENT = TransitionDraft("trinh", "Hồ sơ giấy đủ", "30/TTr-HĐTĐKT", "10/12/2025", True)


@pytest.fixture
def sent(services, department):
    batch = new_batch(services)
    services.nominations.add_subjects(
        batch.batch.id, "LDTT", 2025, subjects(department, "CN01", "CN02", "CN03")
    )
    return services.nominations.advance(batch.batch.id, SENT)


def ldtt_awards(services):
    return services.awards.list_rows(AwardQuery(year=2025, title_code="LDTT"))


def test_a_decision_makes_the_awards_with_bonus_and_base_salary(services, sent):
    result = services.nominations.record_decision(
        sent.batch.id, DecisionDraft("1809/QĐ-SCT", "12/12/2025", "Võ Văn Rân")
    )
    awards = ldtt_awards(services)
    assert result.awards_created == len(awards) == 3
    assert {(a.decision_no, str(a.decision_date)) for a in awards} == {
        ("1809/QĐ-SCT", "2025-12-12")
    }
    assert {(a.bonus_coefficient, a.base_salary, a.issuer) for a in awards} == {
        (Decimal("0.3"), Decimal("2340000"), "Giám đốc Sở")
    }
    assert result.bonus_total == Decimal("2106000")  # 3 × 0,3 × 2.340.000
    details = services.nominations.details(sent.batch.id)
    assert details.batch.status == DECIDED
    assert {line.outcome for line in details.lines} == {APPROVED}
    assert {line.award_id for line in details.lines} == {a.id for a in awards}
    assert details.history[-1].detail.startswith("Quyết định số 1809/QĐ-SCT ngày 12/12/2025")


def test_the_base_salary_is_the_one_in_force_on_the_decision_date(services, department):
    batch = new_batch(services, "LDTT-2023")
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "LDTT", 2023))
    services.nominations.advance(
        batch.batch.id, TransitionDraft("trinh", "Đủ", "5/TTr-HĐTĐKT", "01/03/2024", True)
    )
    services.nominations.record_decision(
        batch.batch.id, DecisionDraft("150/QĐ-SCT", "05/03/2024", "Võ Văn Rân")
    )
    award = services.awards.list_rows(AwardQuery(year=2023))[0]
    assert award.base_salary == Decimal("1800000")  # 2.340.000 only from 01/07/2024


def test_a_decision_recorded_twice_creates_nothing_more(services, sent):
    draft = DecisionDraft("1809/QĐ-SCT", "12/12/2025", "Võ Văn Rân")
    services.nominations.record_decision(sent.batch.id, draft)
    with pytest.raises(ConflictError, match="không tạo trùng"):
        services.nominations.record_decision(sent.batch.id, draft)
    assert len(ldtt_awards(services)) == 3


def test_lines_the_decision_leaves_out_get_no_award(services, sent):
    refused = sent.lines[0]
    services.nominations.record_decision(
        sent.batch.id,
        DecisionDraft("1809/QĐ-SCT", "12/12/2025", "Võ Văn Rân", refused_line_ids=(refused.id,)),
    )
    lines = {line.id: line for line in services.nominations.lines(sent.batch.id)}
    assert lines[refused.id].outcome == NOT_APPROVED and lines[refused.id].award_id is None
    assert len(ldtt_awards(services)) == 2


def test_an_award_entered_before_is_linked_not_duplicated(services, sent):
    add_award(services, "CN01", "LDTT", 2025, decision_no="1809/QĐ-SCT", decision_date="12/12/2025")
    result = services.nominations.record_decision(
        sent.batch.id, DecisionDraft("1809/QĐ-SCT", "12/12/2025", "Võ Văn Rân")
    )
    assert len(ldtt_awards(services)) == 3 and result.awards_created == 3


def test_the_initiatives_a_line_rests_on_are_linked_to_its_award(services, department):
    with unit_of_work(services.sessions, "thu.ky") as session:
        session.add(
            InitiativeRecord(
                code="SK2025-01",
                title="Số hóa hồ sơ",
                recognized_year=2025,
                scope="co_so",
                decision_no="99/QĐ-SCT",
                version=1,
            )
        )
    batch = new_batch(services, "CSTDCS-2025", "CSTDCS")
    services.nominations.add_line(
        batch.batch.id, LineDraft("CN01", "CSTDCS", 2025, basis="SK2025-01")
    )
    services.nominations.advance(batch.batch.id, SENT)
    services.nominations.record_decision(
        batch.batch.id, DecisionDraft("1810/QĐ-SCT", "12/12/2025", "Võ Văn Rân")
    )
    award = services.awards.list_rows(AwardQuery(year=2025, title_code="CSTDCS"))[0]
    assert award.basis == "SK2025-01" and award.bonus_coefficient == Decimal("1.0")
    with unit_of_work(services.sessions, "thu.ky") as session:
        from tdkt.awards.records import AwardInitiativeRecord

        links = session.query(AwardInitiativeRecord).filter_by(award_id=award.id).count()
    assert links == 1


def test_a_decision_needs_a_sent_batch_and_valid_dates(services, department):
    batch = new_batch(services)
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "LDTT", 2025))
    with pytest.raises(ConflictError, match="chỉ ghi quyết định cho đợt đã trình"):
        services.nominations.record_decision(
            batch.batch.id, DecisionDraft("1/QĐ-SCT", "12/12/2025", "Võ Văn Rân")
        )
    services.nominations.advance(batch.batch.id, SENT)
    with pytest.raises(ValidationError) as error:
        services.nominations.record_decision(
            batch.batch.id, DecisionDraft("1/QĐ-SCT", "01/12/2025", "Võ Văn Rân")
        )
    assert "trước ngày tờ trình" in error.value.errors["decision_date"]
    assert ldtt_awards(services) == []
