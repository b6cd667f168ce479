"""The demo's nominations: the year's LĐTT decided (the very awards the demo holds), the
provincial proposals voted by the Emulation Council and sent, a draft of Giấy khen đột
xuất; each readable through the services and printable."""

from __future__ import annotations

from tdkt.awards.types import AwardQuery
from tdkt.printing import award_decision, nomination_list, proposal_letter


def test_three_batches_in_three_states(demo):
    services, summary = demo
    batches = {b.name: b for b in services.nominations.list_batches()}
    assert summary.batches == 3
    assert {name: b.status for name, b in batches.items()} == {
        "LDTT-2025": "co_quyet_dinh",
        "TINH-2025": "da_trinh",
        "GK-DX-2025": "du_thao",
    }
    pending = services.reports.dashboard().batches
    assert [p.name for p in pending] == ["TINH-2025"]


def test_the_decided_batch_is_the_years_ldtt_decision(demo):
    services, _summary = demo
    batch = services.nominations.batch_named("LDTT-2025")
    details = services.nominations.details(batch.id)
    awards = services.awards.list_rows(AwardQuery(year=2025, title_code="LDTT"))
    assert {line.award_id for line in details.lines} == {a.id for a in awards}
    assert {a.decision_no for a in awards} == {batch.decision_no}
    assert [h.to_status for h in details.history] == ["du_thao", "da_trinh", "co_quyet_dinh"]
    paper = services.nominations.decision_paper(batch.id)
    assert f"cho {len(awards)} cá nhân" in paper.articles[0]
    assert award_decision.render_pdf(paper)[:4] == b"%PDF"


def test_the_province_batch_was_voted_and_waits(demo):
    services, _summary = demo
    batch = services.nominations.batch_named("TINH-2025")
    details = services.nominations.details(batch.id)
    assert {line.vote_result for line in details.lines} == {"dat"}
    assert [h.to_status for h in details.history] == ["du_thao", "da_hop", "da_trinh"]
    letters = services.nominations.proposal_letters(batch.id)
    assert sum(letter.units + letter.people for letter in letters) == len(details.lines)
    assert any("Biên bản họp Hội đồng Thi đua" in g for g in letters[0].grounds)
    assert proposal_letter.render_pdf(letters)[:4] == b"%PDF"
    report = services.eligibility.report(2025, "BK_TINH")
    proposed = {line.subject_code for line in details.lines if line.title_code == "BK_TINH"}
    warned = {
        e.subject.code
        for e in report.evaluations
        if "Đã có trong đợt đề nghị TINH-2025" in report.warnings_for(e)
    }
    assert proposed and proposed <= warned


def test_the_draft_lists_its_nominees(demo):
    services, _summary = demo
    batch = services.nominations.batch_named("GK-DX-2025")
    paper = services.nominations.nomination_list(batch.id)
    assert paper.people == 4 and batch.award_kind == "dot_xuat"
    assert nomination_list.render_docx(paper)[:2] == b"PK"
