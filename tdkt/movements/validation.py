"""Pure checks of movements, registrations and pledges; typed dates become values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tdkt.movements.types import KIND_LABELS, MovementDraft, PledgeDraft, RegistrationDraft
from tdkt.text import format_date
from tdkt.validation import required_date, typed_date


@dataclass(frozen=True)
class MovementValues:
    starts_on: date
    ends_on: date | None
    registration_deadline: date | None
    document_date: date | None


def validate_movement(draft: MovementDraft) -> tuple[dict[str, str], MovementValues | None]:
    errors: dict[str, str] = {}
    if not draft.name:
        errors["name"] = "Tên phong trào không được để trống."
    elif len(draft.name) > 500:
        errors["name"] = "Tên phong trào dài quá 500 ký tự."
    if draft.kind not in KIND_LABELS:
        errors["kind"] = "Hãy chọn loại phong trào."
    starts = required_date(draft.starts_on, "starts_on", "Ngày bắt đầu", errors)
    ends = typed_date(draft.ends_on, "ends_on", "Ngày kết thúc", errors)
    deadline = typed_date(
        draft.registration_deadline, "registration_deadline", "Hạn đăng ký", errors
    )
    document = typed_date(draft.document_date, "document_date", "Ngày văn bản", errors)
    if starts and ends and ends < starts:
        errors["ends_on"] = "Ngày kết thúc phải sau ngày bắt đầu."
    if deadline and ends and deadline > ends:
        errors["registration_deadline"] = "Hạn đăng ký phải trước khi phong trào kết thúc."
    if deadline and document and deadline < document:
        errors["registration_deadline"] = (
            f"Hạn đăng ký trước ngày văn bản phát động ({format_date(document)})."
        )
    if document and ends and document > ends:
        errors["document_date"] = "Văn bản phát động ký sau khi phong trào đã kết thúc."
    if len(draft.document_no) > 60:
        errors["document_no"] = "Số văn bản dài quá 60 ký tự."
    if errors or starts is None:
        return errors, None
    return errors, MovementValues(starts, ends, deadline, document)


def validate_registration(
    draft: RegistrationDraft, today: date
) -> tuple[dict[str, str], date | None]:
    errors: dict[str, str] = {}
    if not draft.subject_code:
        errors["subject_code"] = "Hãy chọn cá nhân hoặc tập thể đăng ký."
    if not draft.title_code:
        errors["title_code"] = "Hãy chọn danh hiệu đăng ký."
    if draft.year is None:
        errors["year"] = "Năm đăng ký không được để trống."
    elif not 2000 <= draft.year <= today.year + 1:
        errors["year"] = f"Năm đăng ký {draft.year} không hợp lệ."
    registered_on = typed_date(draft.registered_on, "registered_on", "Ngày đăng ký", errors)
    if registered_on and registered_on > today:
        errors["registered_on"] = "Ngày đăng ký không được sau ngày hôm nay."
    if len(draft.note) > 500:
        errors["note"] = "Ghi chú dài quá 500 ký tự."
    return errors, registered_on


def validate_pledge(draft: PledgeDraft, today: date) -> tuple[dict[str, str], date | None]:
    errors: dict[str, str] = {}
    if draft.year is None or not 2000 <= draft.year <= today.year + 1:
        errors["year"] = "Năm giao ước không hợp lệ."
    if not draft.name:
        errors["name"] = "Tên giao ước không được để trống."
    if not draft.unit_ids:
        errors["unit_ids"] = "Hãy chọn các đơn vị ký giao ước."
    elif len(set(draft.unit_ids)) != len(draft.unit_ids):
        errors["unit_ids"] = "Một đơn vị được chọn hai lần."
    if not any(t.content for t in draft.targets):
        errors["targets"] = "Giao ước phải có ít nhất một chỉ tiêu."
    elif any(not t.content and (t.measure or t.target or t.result) for t in draft.targets):
        errors["targets"] = "Có chỉ tiêu chưa ghi nội dung."
    signed_on = typed_date(draft.signed_on, "signed_on", "Ngày ký", errors)
    if signed_on and signed_on > today:
        errors["signed_on"] = "Ngày ký không được sau ngày hôm nay."
    return errors, signed_on
