"""The batch's workflow: the council votes line by line and the results flow back; a batch
is sent only with its letter and a complete dossier (or an override with its reason); every
step is kept with who, when, from, to and why."""

from __future__ import annotations

import pytest

from tdkt.audit.types import AuditQuery
from tdkt.councils.voting import Tally
from tdkt.errors import ConflictError, ValidationError
from tdkt.nominations.types import (
    DRAFT,
    MET,
    RETURNED,
    SUBMITTED,
    BatchDraft,
    TransitionDraft,
)
from tests.tdkt.nominations.conftest import hold_meeting, new_batch, subjects


@pytest.fixture
def batch(services, department):
    details = new_batch(services, "GK-2025", "GK_SO")
    return services.nominations.add_subjects(
        details.batch.id, "GK_SO", 2025, subjects(department, "CN01", "CN05")
    ).details


def vote(services, council, batch, agree: int):  # type: ignore[no-untyped-def]
    meeting = hold_meeting(services, council)
    candidates = services.meetings.candidates(meeting.meeting.id)
    lines = {line.id for line in batch.lines}
    refs = [
        (c.kind, c.ref_id) for c in candidates if c.kind == "nomination_line" and c.ref_id in lines
    ]
    assert len(refs) == len(lines)
    meeting = services.meetings.add_items(meeting.meeting.id, refs)
    for item in meeting.items:
        services.ballots.record_tally(item.id, Tally(agree, 0, 0, 0))
    return services.meetings.get(meeting.meeting.id)


def test_the_council_votes_each_line_and_the_result_flows_back(
    services, department, emulation_council, batch
):
    with pytest.raises(ValidationError, match="2 dòng chưa được Hội đồng biểu quyết"):
        services.nominations.advance(batch.batch.id, TransitionDraft("hop"))
    meeting = vote(services, emulation_council, batch, agree=4)
    nominee = next(i for i in meeting.items if "Lê Văn Đông" in i.title)
    assert any(r.item_id == nominee.id for r in meeting.recusals)  # a member is the nominee
    details = services.nominations.advance(batch.batch.id, TransitionDraft("hop"))
    assert details.batch.status == MET
    assert {line.vote_result for line in details.lines} == {"dat"}
    assert all(line.vote_text for line in details.lines)
    assert details.history[-1].detail.startswith("Họp ngày 10/12/2025: 2/2 dòng đạt")


def test_sending_needs_the_letter_and_a_complete_dossier(
    services, department, emulation_council, batch, tmp_path, data_dir
):
    vote(services, emulation_council, batch, agree=4)
    services.nominations.advance(batch.batch.id, TransitionDraft("hop"))
    with pytest.raises(ValidationError) as missing_letter:
        services.nominations.advance(batch.batch.id, TransitionDraft("trinh"))
    assert set(missing_letter.value.errors) == {"letter_no", "letter_date"}
    step = TransitionDraft("trinh", letter_no="12/TTr-HĐTĐKT", letter_date="12/12/2025")
    with pytest.raises(ValidationError, match="Hồ sơ còn thiếu 2 tài liệu: Báo cáo thành tích"):
        services.nominations.advance(batch.batch.id, step)
    assert services.nominations.details(batch.batch.id).batch.status == MET  # nothing half-done
    for line in batch.lines:
        report = tmp_path / f"bao-cao-{line.id}.pdf"
        report.write_bytes(b"%PDF-1.4 report")
        services.nominations.attach(batch.batch.id, "bao_cao_thanh_tich", str(report), line.id)
    details = services.nominations.advance(batch.batch.id, step)
    assert details.batch.status == SUBMITTED and not details.missing
    assert details.batch.letter_no == "12/TTr-HĐTĐKT"
    evidence = {item.key: item.evidence for item in details.checklist}
    assert evidence["to_trinh"] == "Tờ trình số 12/TTr-HĐTĐKT ngày 12/12/2025"
    assert "kết quả biểu quyết" in evidence["bien_ban"]
    stored = list((data_dir / "attachments" / "nominations").iterdir())
    assert len(stored) == 2


def test_missing_documents_may_be_overridden_with_a_reason(services, department, batch):
    step = TransitionDraft(
        "trinh", letter_no="12/TTr-HĐTĐKT", letter_date="12/12/2025", override_missing=True
    )
    with pytest.raises(ValidationError, match="lý do"):
        services.nominations.advance(batch.batch.id, step)
    step = TransitionDraft(
        "trinh", "Hồ sơ giấy đã đủ, lưu tại Văn phòng", "12/TTr-HĐTĐKT", "12/12/2025", True
    )
    details = services.nominations.advance(batch.batch.id, step)
    last = details.history[-1]
    assert (last.from_status, last.to_status, last.actor) == (DRAFT, SUBMITTED, "thu.ky")
    assert last.reason == "Hồ sơ giấy đã đủ, lưu tại Văn phòng"
    assert "Trình khi hồ sơ còn thiếu: Biên bản họp" in last.detail


def test_return_and_reopen_need_a_reason_and_are_kept(services, department, batch):
    services.nominations.advance(
        batch.batch.id, TransitionDraft("trinh", "Đủ", "12/TTr-HĐTĐKT", "12/12/2025", True)
    )
    with pytest.raises(ValidationError, match="lý do"):
        services.nominations.advance(batch.batch.id, TransitionDraft("tra_lai"))
    returned = services.nominations.advance(
        batch.batch.id, TransitionDraft("tra_lai", "Thiếu xác nhận của đơn vị")
    )
    assert returned.batch.status == RETURNED and returned.actions == ("mo_lai",)
    with pytest.raises(ConflictError, match="Trả lại"):
        services.nominations.advance(batch.batch.id, TransitionDraft("trinh", "x", "1/TTr", ""))
    reopened = services.nominations.advance(
        batch.batch.id, TransitionDraft("mo_lai", "Bổ sung xác nhận")
    )
    assert reopened.batch.status == DRAFT
    steps = [(h.from_status, h.to_status, h.reason) for h in reopened.history]
    assert steps == [
        ("", DRAFT, ""),
        (DRAFT, SUBMITTED, "Đủ"),
        (SUBMITTED, RETURNED, "Thiếu xác nhận của đơn vị"),
        (RETURNED, DRAFT, "Bổ sung xác nhận"),
    ]
    logged = services.audit.page(AuditQuery(entity="nomination_batch")).entries
    assert any("tra_lai" in str(entry.changes) for entry in logged)


def test_a_stale_step_is_refused(services, department, batch):
    services.nominations.update_batch(
        batch.batch.id, BatchDraft(name="GK-2025", title_code="GK_SO", year=2025, note="Sửa")
    )
    with pytest.raises(ConflictError):
        services.nominations.advance(
            batch.batch.id, TransitionDraft("tra_lai", "x"), version=batch.batch.version
        )
