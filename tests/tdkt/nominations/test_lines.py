"""Batches and their lines: snapshots, summaries from the eligibility engine, one deciding
level per batch, duplicates, order, and a person deleted since."""

from __future__ import annotations

import pytest

from tdkt.errors import ConflictError, ValidationError
from tdkt.nominations.types import LineDraft, TransitionDraft
from tdkt.people.types import PersonDraft
from tests.factories import add_person
from tests.tdkt.nominations.conftest import new_batch, subjects


def test_lines_keep_the_subject_as_it_was(services, department):
    batch = new_batch(services)
    details = services.nominations.add_line(batch.batch.id, LineDraft("CN01", "LDTT", 2025))
    person = department.people["CN01"]
    services.people.update(
        person.id,
        PersonDraft(
            "CN01",
            "Lê Văn Đông",
            "nam",
            department.office.id,
            birth="1980",
            position="Phó Chánh Văn phòng",
            is_leader=True,
        ),
    )
    line = services.nominations.lines(batch.batch.id)[0]
    assert (line.subject_name, line.position, line.unit_name) == (
        "Lê Văn Đông",
        "Chuyên viên",
        "Phòng Quản lý Thương mại",
    )
    assert line.birth_year == 1980 and line.gender == "nam" and not line.is_leader
    assert details.batch.level == "Giám đốc Sở"


def test_added_from_the_eligibility_page_with_summary_and_basis(services, department):
    batch = new_batch(services)
    result = services.nominations.add_subjects(
        batch.batch.id, "LDTT", 2025, subjects(department, "CN01", "CN02")
    )
    assert result.added == 2 and result.skipped == ()
    summaries = [line.summary for line in result.details.lines]
    assert all("2025" in s and "Hoàn thành tốt nhiệm vụ" in s for s in summaries), summaries
    again = services.nominations.add_subjects(
        batch.batch.id, "LDTT", 2025, subjects(department, "CN02", "CN03")
    )
    assert again.added == 1 and again.skipped == ("Trần Văn Dũng",)


def test_a_batch_proposes_to_one_deciding_level(services, department):
    batch = new_batch(services, "GK-2025", "GK_SO")
    with pytest.raises(ValidationError, match="Chủ tịch UBND tỉnh quyết định"):
        services.nominations.add_line(batch.batch.id, LineDraft("CN01", "BK_TINH", 2025))
    mixed = new_batch(services, "HON-HOP", "")
    services.nominations.add_line(mixed.batch.id, LineDraft("CN01", "GK_SO", 2025))
    services.nominations.add_line(mixed.batch.id, LineDraft("VP", "TTLDTT", 2025))
    with pytest.raises(ValidationError, match="Mỗi tờ trình chỉ trình một cấp"):
        services.nominations.add_line(mixed.batch.id, LineDraft("CN02", "BK_TINH", 2025))
    assert len(services.nominations.lines(mixed.batch.id)) == 2


def test_duplicates_and_wrong_kinds_are_refused_by_hand(services, department):
    batch = new_batch(services)
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "LDTT", 2025))
    with pytest.raises(ConflictError, match="đã có trong đợt"):
        services.nominations.add_line(batch.batch.id, LineDraft("CN01", "LDTT", 2025))
    with pytest.raises(ValidationError, match="không dành cho tập thể"):
        services.nominations.add_line(batch.batch.id, LineDraft("VP", "LDTT", 2025))
    with pytest.raises(ValidationError, match="Không có cá nhân hoặc đơn vị"):
        services.nominations.add_line(batch.batch.id, LineDraft("XX", "LDTT", 2025))


def test_lines_follow_list_order_until_ordered_by_hand(services, department):
    batch = new_batch(services)
    codes = ("CN01", "CN02", "CN03", "CN04", "CN05", "CN06")
    details = services.nominations.add_subjects(
        batch.batch.id, "LDTT", 2025, subjects(department, *codes)
    ).details
    names = [line.subject_name for line in details.lines]
    # Văn phòng first (leader first, then An), then the trade division: its head first,
    # then Dũng, Dương, Đông (D before Đ; given name first).
    assert names == [
        "Hồ Văn Bình",
        "Võ Thị An",
        "Phạm Văn Tuấn",
        "Trần Văn Dũng",
        "Nguyễn Thị Dương",
        "Lê Văn Đông",
    ]
    last = details.lines[-1]
    moved = services.nominations.move_line(last.id, -5)
    assert moved.lines[0].subject_name == "Lê Văn Đông" and moved.batch.custom_order
    reset = services.nominations.reset_order(batch.batch.id)
    assert [line.subject_name for line in reset.lines] == names and not reset.batch.custom_order


def test_lines_change_only_in_a_draft(services, department):
    batch = new_batch(services)
    services.nominations.add_line(batch.batch.id, LineDraft("CN01", "LDTT", 2025))
    services.nominations.advance(
        batch.batch.id,
        TransitionDraft("trinh", "Hồ sơ giấy đủ", "12/TTr-HĐTĐKT", "10/12/2025", True),
    )
    with pytest.raises(ConflictError, match="dự thảo"):
        services.nominations.add_line(batch.batch.id, LineDraft("CN02", "LDTT", 2025))


def test_a_line_whose_person_was_deleted_keeps_its_snapshot(services, department):
    newcomer = add_person(
        services,
        department.trade.id,
        "CN09",
        "Đặng Thị Đào",
        "nu",
        birth="1995",
        position="Chuyên viên",
    )
    batch = new_batch(services, "GK-2025", "GK_SO")
    services.nominations.add_line(batch.batch.id, LineDraft("CN09", "GK_SO", 2025))
    with pytest.raises(ConflictError, match="đợt đề nghị khen thưởng GK-2025"):
        services.people.delete(newcomer.id)  # a clear refusal, not a foreign-key error
    services.nominations.advance(
        batch.batch.id, TransitionDraft("trinh", "Đủ", "15/TTr-HĐTĐKT", "10/12/2025", True)
    )
    services.nominations.advance(batch.batch.id, TransitionDraft("tra_lai", "Trùng đối tượng"))
    services.people.delete(newcomer.id)
    line = services.nominations.lines(batch.batch.id)[0]
    assert line.deleted and line.subject_code == "CN09"
    assert (line.subject_name, line.birth_year, line.position) == (
        "Đặng Thị Đào",
        1995,
        "Chuyên viên",
    )
    paper = services.nominations.nomination_list(batch.batch.id)
    assert paper.groups[0].people[0].subject_name == "Đặng Thị Đào"
    checks = services.nominations.line_checks(batch.batch.id)
    assert "đã bị xóa" in checks.lines[line.id].warnings[0]


def test_a_new_batch_with_rows_is_all_or_nothing(services, department):
    from tdkt.nominations.types import BatchDraft

    draft = BatchDraft(name="BK-TINH-2025", title_code="BK_TINH", year=2025)
    with pytest.raises(ValidationError, match="Mỗi tờ trình chỉ trình một cấp"):
        services.nominations.start_batch(draft, "GK_SO", 2025, subjects(department, "CN01"))
    assert services.nominations.list_batches() == []  # the batch was not kept either
    result = services.nominations.start_batch(draft, "BK_TINH", 2025, subjects(department, "CN01"))
    assert result.added == 1 and result.details.batch.name == "BK-TINH-2025"
