"""The demo's cycle: the seeds' movements, registrations against the awards, both councils of
13/4/2021 and a reconstitution, and initiative council meetings that read back through the
services exactly as if the secretary had entered them."""

from __future__ import annotations

from datetime import date

from tdkt.movements.deadlines import END_STEP, REGISTRATION_STEP
from tdkt.movements.types import REGISTERED_ACHIEVED, REGISTERED_MISSED, UNREGISTERED_ACHIEVED


def test_the_seeds_movements(demo):
    services, summary = demo
    movements = {m.name: m for m in services.movements.list_rows()}
    assert summary.movements == len(movements)
    annual = movements["Phong trào thi đua yêu nước năm 2021"]
    assert (annual.document_no, annual.document_date, annual.document_signer) == (
        "203/KH-SCT",
        date(2021, 2, 3),
        "Võ Văn Rân",
    )
    assert {"LDTT", "CSTDCS", "TTLDTT"} <= set(
        annual.title_codes
    ) and annual.registration_count > 100
    kinds = {m.kind for m in movements.values()}
    assert kinds == {"thuong_xuyen", "theo_dot", "chuyen_de"}
    assert any("70 năm" in name for name in movements)
    assert any("Dân vận khéo" in name for name in movements)
    assert any("cải cách hành chính" in name for name in movements)


def test_the_dashboard_of_the_demos_end_shows_deadlines(demo):
    """On 15/12/2025 the year-end drive's registration is due in five days, and the year's
    movement, the 2021–2025 administrative reform and the drive end within 60 days."""
    services, _summary = demo
    shown = [(d.due_on, d.step) for d in services.reports.dashboard().deadlines]
    assert shown == [
        (date(2025, 12, 20), REGISTRATION_STEP),
        (date(2025, 12, 31), END_STEP),
        (date(2025, 12, 31), END_STEP),
        (date(2026, 1, 31), END_STEP),
    ]


def test_registrations_compare_with_the_awards(demo):
    services, _summary = demo
    comparison = services.registrations.comparison(2021)
    outcomes = {line.outcome for line in comparison.lines}
    assert outcomes == {REGISTERED_ACHIEVED, REGISTERED_MISSED, UNREGISTERED_ACHIEVED}
    achieved = comparison.of(REGISTERED_ACHIEVED)
    assert len(achieved) > len(comparison.of(REGISTERED_MISSED))
    assert all(line.decision for line in achieved)
    assert services.pledges.list_rows(2021)[0].targets[0].result  # a past year has results


def test_councils_of_13_april_2021_and_a_reconstitution(demo):
    services, summary = demo
    councils = {c.kind: c for c in services.councils.list_councils()}
    assert summary.councils == 2
    emulation, initiative = councils["thi_dua_khen_thuong"], councils["sang_kien"]
    assert [d.number for d in initiative.decisions] == ["608/QĐ-SCT"]
    assert emulation.decisions[0].number == "609/QĐ-SCT" and len(emulation.decisions) == 2
    assert emulation.decisions[0].signed_on == date(2021, 4, 13)
    before = services.councils.members(emulation.id, on=date(2022, 1, 1))
    after = services.councils.members(emulation.id, on=date(2024, 1, 1))
    assert before[0].name == after[0].name == "Võ Văn Rân"
    assert len(after) == len(before) + 1
    assert any("Chủ tịch Công đoàn" in m.position for m in after)
    assert any(m.outside for m in services.councils.members(initiative.id, on=date(2022, 1, 1)))


def test_meetings_read_back_with_quorum_and_results(demo):
    services, summary = demo
    initiative = next(c for c in services.councils.list_councils() if c.kind == "sang_kien")
    meetings = services.meetings.list_meetings(initiative.id)
    emulation = next(
        c for c in services.councils.list_councils() if c.kind == "thi_dua_khen_thuong"
    )
    # The initiative council's meetings, and the Emulation Council's on the nominations.
    voting = services.meetings.list_meetings(emulation.id)
    assert len(meetings) >= 4 and len(voting) == 1
    assert summary.meetings == len(meetings) + len(voting)
    first = services.meetings.get(min(meetings, key=lambda m: m.held_on).id)
    assert first.quorum.met and first.items
    assert all(item.result == "dat" for item in first.items)
    assert all(item.tally_mode == "member" for item in first.items) and first.ballots
    for item in first.items:
        votes = [b for b in first.ballots if b.item_id == item.id]
        assert len(votes) == item.tally.total
    later = services.meetings.get(max(meetings, key=lambda m: m.held_on).id)
    assert all(item.tally_mode == "paper" for item in later.items)
    every = [services.meetings.get(m.id) for m in meetings]
    recusals = [r for m in every for r in m.recusals]
    assert all(r.state == "confirmed" and r.automatic for r in recusals)
