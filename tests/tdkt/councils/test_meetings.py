"""A council meeting end to end: attendance and quorum, the agenda, recusal of authors,
tallies from paper or per member, thresholds of members present or of all members."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tdkt.councils.thresholds import threshold_for
from tdkt.councils.types import MemberDraft, VotingRule
from tdkt.councils.voting import Tally
from tdkt.errors import ConflictError, ValidationError
from tdkt.initiatives.types import RecognitionDraft
from tests.tdkt.councils.sittings import hold_meeting as _meeting
from tests.tdkt.councils.sittings import mark_present as _present
from tests.tdkt.councils.sittings import register_initiative as _initiative


def test_new_meeting_lists_the_members_of_the_day_absent_but_chair_and_secretary(
    services, department
):
    meeting = _meeting(services, department.initiative)
    assert len(meeting.attendance) == 11
    present = [a.member.role for a in meeting.attendance if a.present]
    assert present == ["chu_tich", "thu_ky"]
    assert meeting.meeting.start_time == "08:00" and meeting.meeting.end_time == "10:30"
    assert not meeting.quorum.met and meeting.quorum.required == 7  # 2/3 of 10 voting members


def test_a_meeting_before_the_council_existed_is_refused(services, department):
    with pytest.raises(ValidationError, match=r"chưa có .*thành viên vào ngày 01/04/2021"):
        _meeting(services, department.initiative, held_on="01/04/2021")


def test_putting_an_initiative_on_the_agenda_proposes_its_author_for_recusal(services, sitting):
    meeting, initiative = sitting
    item = meeting.items[0]
    assert item.title.startswith("Sáng kiến SK2021-001")
    assert services.initiatives.get(initiative.row.id).row.status == "dang_xet"
    (proposal,) = meeting.recusals
    assert proposal.state == "proposed" and proposal.automatic
    assert proposal.reason == "Thành viên là tác giả của sáng kiến."
    assert item.current_threshold == "từ 2/3 tổng số thành viên Hội đồng trở lên"


def test_no_quorum_cannot_record_a_passing_result(services, sitting):
    meeting, _ = sitting
    meeting = _present(services, meeting, 6)
    with pytest.raises(
        ValidationError, match=r"không đủ số thành viên dự họp.*Có mặt 6/10.*cần ít nhất 7"
    ):
        services.ballots.record_tally(meeting.items[0].id, Tally(agree=6))
    assert services.meetings.get(meeting.meeting.id).items[0].result is None


def test_more_votes_than_members_present_are_refused(services, sitting):
    meeting, _ = sitting
    meeting = _present(services, meeting, 8)
    with pytest.raises(ValidationError, match=r"Tổng số phiếu \(9\) lớn hơn .*\(8\)"):
        services.ballots.record_tally(meeting.items[0].id, Tally(agree=7, disagree=2))


def test_confirmed_recusal_reduces_the_voters_and_the_base(services, department, sitting):
    meeting, _ = sitting
    meeting = _present(services, meeting, 10)
    item, author_member = meeting.items[0], meeting.recusals[0].member_id
    meeting = services.ballots.set_recusal(item.id, author_member, "xac_nhan")
    assert meeting.recusals[0].state == "confirmed"
    with pytest.raises(ValidationError, match=r"lớn hơn .*\(9\)"):
        services.ballots.record_tally(item.id, Tally(agree=10))
    meeting = services.ballots.record_tally(item.id, Tally(agree=6, disagree=3))
    result = meeting.items[0]
    # 2/3 of the 9 members who may vote: 6 is enough.
    assert (result.result, result.base_count, result.required_votes) == ("dat", 9, 6)
    assert result.threshold_text == "từ 2/3 tổng số thành viên Hội đồng trở lên"
    with pytest.raises(ConflictError, match="đã có kết quả"):
        services.ballots.set_recusal(item.id, author_member, None)


def test_dismissed_recusal_lets_the_author_vote(services, sitting):
    meeting, _ = sitting
    meeting = _present(services, meeting, 10)
    item, author_member = meeting.items[0], meeting.recusals[0].member_id
    meeting = services.ballots.set_recusal(item.id, author_member, "bo_qua", "Hội đồng cho phép")
    assert meeting.recusals[0].state == "dismissed"
    meeting = services.ballots.record_tally(item.id, Tally(agree=7, disagree=3))
    assert meeting.items[0].result == "dat" and meeting.items[0].base_count == 10


def test_per_member_ballots_and_their_checks(services, department, sitting):
    meeting, _ = sitting
    meeting = _present(services, meeting, 9)
    item = meeting.items[0]
    voters = [a.member for a in meeting.attendance if a.member.votes]
    absent = voters[9]
    secretary = next(a.member for a in meeting.attendance if a.member.role == "thu_ky")
    with pytest.raises(ValidationError, match="không có mặt"):
        services.ballots.record_ballots(item.id, {absent.id: "dong_y"})
    with pytest.raises(ValidationError, match="không có quyền biểu quyết"):
        services.ballots.record_ballots(item.id, {secretary.id: "dong_y"})
    choices = {m.id: "dong_y" for m in voters[:6]}
    choices |= {
        voters[6].id: "khong_dong_y",
        voters[7].id: "khong_bieu_quyet",
        voters[8].id: "khong_hop_le",
    }
    meeting = services.ballots.record_ballots(item.id, choices)
    result = meeting.items[0]
    assert result.tally == Tally(6, 1, 1, 1) and result.tally_mode == "member"
    assert result.result == "khong_dat" and result.required_votes == 7  # 2/3 of all 10
    assert len(meeting.ballots) == 9
    meeting = services.ballots.clear_tally(item.id)
    assert meeting.items[0].tally is None and meeting.ballots == ()


def test_a_member_outside_their_term_cannot_vote(services, department, sitting):
    meeting, _ = sitting
    initiative_council = department.initiative
    ended = services.councils.members(initiative_council.id)[5]
    outsider = services.councils.add_member(
        initiative_council.id,
        MemberDraft(role="uy_vien", outside_name="Phạm Văn Chuyên Gia", from_date="01/12/2021"),
    )
    meeting = _present(services, meeting, 10)
    with pytest.raises(ValidationError, match="không trong nhiệm kỳ"):
        services.ballots.record_ballots(meeting.items[0].id, {outsider.id: "dong_y"})
    with pytest.raises(ValidationError, match="không phải thành viên Hội đồng vào ngày 20/11/2021"):
        services.meetings.set_attendance(meeting.meeting.id, {outsider.id: True})
    with pytest.raises(ConflictError, match="đã dự họp ngày 20/11/2021"):
        services.councils.end_term(ended.id, "01/11/2021")


def test_threshold_of_members_present_from_the_settings(services, sitting):
    meeting, _ = sitting
    settings = services.councils.voting_settings()
    present_rule = VotingRule("sang_kien", "*", None, None, "2/3", "present", False, "Quy chế 2021")
    services.councils.save_voting_settings(
        replace(settings, rules=(present_rule, *settings.rules[1:]))
    )
    meeting = _present(services, meeting, 7)
    meeting = services.ballots.record_tally(meeting.items[0].id, Tally(agree=5, disagree=2))
    result = meeting.items[0]
    assert (result.result, result.base_count, result.required_votes) == ("dat", 7, 5)
    assert result.threshold_text == "từ 2/3 số thành viên có mặt trở lên"


def test_cstd_tinh_under_the_old_rules_needs_ninety_percent_of_all(services, department):
    settings = services.councils.voting_settings()
    old = threshold_for(settings, "thi_dua_khen_thuong", "CSTD_TINH", 2021)
    assert (
        old.describe() == "từ 90% tổng số thành viên Hội đồng trở lên"
        and "NĐ 91/2017" in old.source
    )
    assert old.required(10) == 9
    other = threshold_for(settings, "thi_dua_khen_thuong", "LDTT", 2021)
    assert other.describe() == "trên 50% số thành viên có mặt"
    initiative = threshold_for(settings, "sang_kien", "SANG_KIEN", 2021)
    assert initiative.describe() == "từ 2/3 tổng số thành viên Hội đồng trở lên"


def test_bad_voting_settings_are_refused_whole(services):
    settings = services.councils.voting_settings()
    bad = replace(
        settings,
        quorum="150%",
        rules=(VotingRule("sang_kien", "*", 2025, 2024, "2/3", "all", False),),
    )
    with pytest.raises(ValidationError) as error:
        services.councils.save_voting_settings(bad)
    assert (
        "quorum" in error.value.errors
        and "Dòng 1: năm bắt đầu 2025 sau năm kết thúc 2024." in error.value.message
    )
    assert services.councils.voting_settings() == settings


def test_attendance_cannot_change_once_results_are_recorded(services, sitting):
    meeting, _ = sitting
    meeting = _present(services, meeting, 8)
    services.ballots.record_tally(meeting.items[0].id, Tally(agree=8))
    voter = next(a.member for a in meeting.attendance if a.present and a.member.role == "uy_vien")
    with pytest.raises(ConflictError, match="đã có kết quả biểu quyết"):
        services.meetings.set_attendance(meeting.meeting.id, {voter.id: False})
    with pytest.raises(ConflictError, match="không xóa được"):
        services.meetings.delete(meeting.meeting.id)


def test_the_chair_must_be_present(services, sitting):
    meeting, _ = sitting
    chair = meeting.meeting.chair_member_id
    with pytest.raises(ValidationError, match="phải có mặt"):
        services.meetings.set_attendance(meeting.meeting.id, {chair: False})


def test_the_same_item_twice_is_refused(services, sitting):
    meeting, initiative = sitting
    with pytest.raises(ConflictError, match="đã có trong chương trình họp"):
        services.meetings.add_item(meeting.meeting.id, "initiative", initiative.row.id)
    assert services.meetings.candidates(meeting.meeting.id) == []


def test_an_initiative_cannot_go_before_the_emulation_council(services, department, sitting):
    _, initiative = sitting
    meeting = _meeting(services, department.emulation)
    with pytest.raises(ValidationError, match="không xét loại nội dung"):
        services.meetings.add_item(meeting.meeting.id, "initiative", initiative.row.id)


def test_recognition_follows_the_councils_vote(services, sitting):
    meeting, initiative = sitting
    meeting = _present(services, meeting, 10)
    services.ballots.record_tally(meeting.items[0].id, Tally(agree=5, disagree=5))
    details = services.initiatives.get(initiative.row.id)
    assert details.council_results == (
        "Hội đồng Sáng kiến họp 20/11/2021: không đạt (5/10 đồng ý)",
    )
    with pytest.raises(ConflictError, match="biểu quyết không đạt"):
        services.initiatives.recognize(
            initiative.row.id, RecognitionDraft("co_so", "9/QĐ-SCT", "15/12/2021")
        )
    services.ballots.record_tally(meeting.items[0].id, Tally(agree=7, disagree=3))
    recognised = services.initiatives.recognize(
        initiative.row.id, RecognitionDraft("co_so", "9/QĐ-SCT", "15/12/2021")
    )
    assert recognised.row.status == "cong_nhan"


def test_items_are_added_all_or_nothing(services, department, sitting):
    meeting, initiative = sitting
    other = _initiative(
        services, [(department.people[2], "100")], title="Quản lý chợ bằng phần mềm"
    )
    refs = [("initiative", other.row.id), ("initiative", initiative.row.id)]  # the second is there
    with pytest.raises(ConflictError, match="đã có trong chương trình họp"):
        services.meetings.add_items(meeting.meeting.id, refs)
    assert len(services.meetings.get(meeting.meeting.id).items) == 1
    assert services.initiatives.get(other.row.id).row.status == "dang_ky"  # untouched
    added = services.meetings.add_items(meeting.meeting.id, refs[:1])
    assert [item.position for item in added.items] == [1, 2]


def test_the_standard_councils_are_made_once(services):
    first = services.councils.ensure_standard_councils()
    assert [c.kind for c in first] == ["thi_dua_khen_thuong", "sang_kien"]
    assert services.councils.ensure_standard_councils() == first
