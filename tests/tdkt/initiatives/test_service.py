"""Initiatives: the TT 18/2013 registration form, shares, the status workflow, the similarity
hint, and the award that later used one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tdkt.errors import ConflictError, ValidationError
from tdkt.initiatives.types import AuthorDraft, InitiativeDraft, RecognitionDraft
from tests.factories import add_award, add_person, add_unit


@pytest.fixture
def people(services):
    office = add_unit(services, "VP", "Văn phòng Sở")
    an = add_person(
        services, office.id, "CN01", "Nguyễn Văn An", birth="12/05/1980", position="Chánh Văn phòng"
    )
    binh = add_person(services, office.id, "CN02", "Trần Thị Bình", gender="nu", birth="1990")
    return an, binh


def _draft(people, title="Số hóa hồ sơ thi đua, khen thưởng của Sở", shares=("70", "30"), **extra):
    an, binh = people
    authors = (
        AuthorDraft(an.id, shares[0], qualification="Thạc sĩ"),
        AuthorDraft(binh.id, shares[1]),
    )
    return InitiativeDraft(
        title=title,
        authors=authors,
        field="Quản lý hành chính",
        first_applied_on="15/02/2021",
        registered_on="01/03/2021",
        description="Tình trạng đã biết…\nNội dung giải pháp…",
        benefits="Giảm 50% thời gian tra cứu hồ sơ.",
        **extra,
    )


def test_registration_keeps_the_form_and_author_snapshots(services, people):
    details = services.initiatives.register(_draft(people))
    row = details.row
    assert (row.code, row.status, row.year) == ("SK2021-001", "dang_ky", 2021)
    assert row.registered_on == date(2021, 3, 1) and row.first_applied_on == date(2021, 2, 15)
    an, binh = row.authors
    assert (an.full_name, an.birth_text, an.position, an.workplace, an.qualification, an.share) == (
        "Nguyễn Văn An",
        "12/05/1980",
        "Chánh Văn phòng",
        "Văn phòng Sở",
        "Thạc sĩ",
        Decimal(70),
    )
    assert binh.birth_text == "1990"
    assert row.authors_text == "Nguyễn Văn An (70%), Trần Thị Bình (30%)"
    assert details.description == "Tình trạng đã biết…\nNội dung giải pháp…"
    assert services.initiatives.register(_draft(people, title="Khác")).row.code == "SK2021-002"


def test_shares_over_a_hundred_percent_are_refused(services, people):
    with pytest.raises(
        ValidationError, match="Tổng tỷ lệ đóng góp của các tác giả là 120%, vượt quá 100%"
    ):
        services.initiatives.register(_draft(people, shares=("70", "50")))
    with pytest.raises(ValidationError, match="không phải là số"):
        services.initiatives.register(_draft(people, shares=("bảy mươi", "30")))
    assert services.initiatives.list_rows() == []


def test_an_author_twice_or_none_is_refused(services, people):
    an, _ = people
    with pytest.raises(ValidationError, match="hai lần"):
        services.initiatives.register(
            InitiativeDraft("Tên", (AuthorDraft(an.id), AuthorDraft(an.id)))
        )
    with pytest.raises(ValidationError, match="ít nhất một tác giả"):
        services.initiatives.register(InitiativeDraft("Tên", ()))


def test_the_status_workflow(services, people):
    initiative = services.initiatives.register(_draft(people)).row
    with pytest.raises(ConflictError, match='đang ở trạng thái "đã đăng ký"'):
        services.initiatives.recognize(
            initiative.id, RecognitionDraft("co_so", "2150/QĐ-SCT", "15/12/2021")
        )
    services.initiatives.start_review(initiative.id)
    with pytest.raises(ValidationError, match="trước ngày đăng ký"):
        services.initiatives.recognize(
            initiative.id, RecognitionDraft("co_so", "1/QĐ-SCT", "01/01/2021")
        )
    recognised = services.initiatives.recognize(
        initiative.id,
        RecognitionDraft("co_so", "2150/QĐ-SCT", "15/12/2021", "Giám đốc Sở Công Thương"),
    ).row
    assert (recognised.status, recognised.scope, recognised.recognized_year) == (
        "cong_nhan",
        "co_so",
        2021,
    )
    with pytest.raises(ConflictError, match="không xóa được"):
        services.initiatives.delete(initiative.id)


def test_rejection_needs_a_reason_and_can_be_reopened(services, people):
    initiative = services.initiatives.register(_draft(people)).row
    services.initiatives.start_review(initiative.id)
    with pytest.raises(ValidationError, match="lý do"):
        services.initiatives.reject(initiative.id, "  ")
    rejected = services.initiatives.reject(initiative.id, "Không có tính mới trong phạm vi cơ sở.")
    assert rejected.row.status == "khong_cong_nhan" and rejected.rejection_reason.startswith(
        "Không có tính mới"
    )
    assert services.initiatives.reopen(initiative.id).row.status == "dang_xet"


def test_the_award_that_used_it_is_shown(services, people):
    initiative = services.initiatives.register(_draft(people)).row
    services.initiatives.start_review(initiative.id)
    services.initiatives.recognize(
        initiative.id, RecognitionDraft("co_so", "2150/QĐ-SCT", "15/12/2021")
    )
    add_award(services, "CN01", "CSTDCS", 2021, decision_no="2300/QĐ-SCT", basis=initiative.code)
    details = services.initiatives.get(initiative.id)
    assert details.awards == ("CSTĐCS 2021 – Nguyễn Văn An (QĐ 2300/QĐ-SCT)",)
    assert details.row.award_count == 1


def test_similarity_hint_ignores_diacritics_and_stock_words(services, people):
    services.initiatives.register(_draft(people, title="Số hóa hồ sơ thi đua, khen thưởng của Sở"))
    services.initiatives.register(_draft(people, title="Quản lý vật liệu nổ công nghiệp"))
    found = services.initiatives.similar("giai phap so hoa ho so thi dua khen thuong")
    assert [s.title for s in found] == ["Số hóa hồ sơ thi đua, khen thưởng của Sở"]
    assert found[0].percent >= 80
    assert services.initiatives.similar("Kiểm tra an toàn thực phẩm") == []


def test_editing_keeps_the_code_and_replaces_the_authors(services, people):
    _an, binh = people
    initiative = services.initiatives.register(_draft(people)).row
    edited = services.initiatives.update(
        initiative.id,
        InitiativeDraft("Tên mới", (AuthorDraft(binh.id, "100"),), registered_on="01/03/2021"),
        version=initiative.version,
    ).row
    assert edited.code == initiative.code and edited.title == "Tên mới"
    assert [a.full_name for a in edited.authors] == ["Trần Thị Bình"]
    with pytest.raises(ConflictError, match="người khác thay đổi"):
        services.initiatives.update(initiative.id, _draft(people), version=initiative.version)
