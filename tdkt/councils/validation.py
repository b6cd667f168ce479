"""Pure checks of council decisions, members and meetings; typed dates become values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tdkt.councils.types import (
    COUNCIL_KIND_LABELS,
    DECISION_KIND_LABELS,
    ROLE_LABELS,
    CouncilDraft,
    DecisionDraft,
    MeetingDraft,
    MemberDraft,
)
from tdkt.validation import required_date, typed_date

_TIME = re.compile(r"([01]?[0-9]|2[0-3])[:hg]([0-5][0-9])")


def validate_council(draft: CouncilDraft) -> dict[str, str]:
    errors = {}
    if draft.kind not in COUNCIL_KIND_LABELS:
        errors["kind"] = "Loại hội đồng không hợp lệ."
    if not draft.name:
        errors["name"] = "Tên hội đồng không được để trống."
    return errors


@dataclass(frozen=True)
class DecisionValues:
    signed_on: date
    effective_on: date


def validate_decision(draft: DecisionDraft) -> tuple[dict[str, str], DecisionValues | None]:
    errors: dict[str, str] = {}
    if draft.kind not in DECISION_KIND_LABELS:
        errors["kind"] = "Hãy chọn quyết định thành lập hay kiện toàn."
    if not draft.number:
        errors["number"] = "Số quyết định không được để trống."
    signed = required_date(draft.signed_on, "signed_on", "Ngày ký", errors)
    effective = typed_date(draft.effective_on, "effective_on", "Ngày hiệu lực", errors)
    if signed is not None and effective is not None and effective < signed:
        errors["effective_on"] = "Ngày hiệu lực không được trước ngày ký quyết định."
    if errors or signed is None:
        return errors, None
    return errors, DecisionValues(signed, effective or signed)


@dataclass(frozen=True)
class MemberValues:
    from_date: date | None
    to_date: date | None


def validate_member(draft: MemberDraft, label: str = "") -> tuple[dict[str, str], MemberValues]:
    errors: dict[str, str] = {}
    who = f"{label}: " if label else ""
    if draft.role not in ROLE_LABELS:
        errors["role"] = f"{who}hãy chọn chức danh trong Hội đồng."
    if draft.person_id is None and not draft.outside_name:
        errors["person_id"] = f"{who}hãy chọn một cá nhân, hoặc ghi tên thành viên ngoài Sở."
    start = typed_date(draft.from_date, "from_date", f"{who}Từ ngày", errors)
    end = typed_date(draft.to_date, "to_date", f"{who}Đến ngày", errors)
    if start is not None and end is not None and end < start:
        errors["to_date"] = f"{who}ngày kết thúc nhiệm kỳ trước ngày bắt đầu."
    return errors, MemberValues(start, end)


def parse_time(text: str, field: str, label: str, errors: dict[str, str]) -> str:
    """ "8:00", "08h00", "8g00" → "08:00"; "" stays ""."""
    if not text:
        return ""
    match = _TIME.fullmatch(text.replace(" ", ""))
    if match is None:
        errors[field] = f'{label}: "{text}" không phải giờ hợp lệ (ví dụ 08:00).'
        return ""
    return f"{int(match[1]):02d}:{match[2]}"


@dataclass(frozen=True)
class MeetingValues:
    held_on: date
    start_time: str
    end_time: str


def validate_meeting(draft: MeetingDraft) -> tuple[dict[str, str], MeetingValues | None]:
    errors: dict[str, str] = {}
    held_on = required_date(draft.held_on, "held_on", "Ngày họp", errors)
    start = parse_time(draft.start_time, "start_time", "Giờ bắt đầu", errors)
    end = parse_time(draft.end_time, "end_time", "Giờ kết thúc", errors)
    if start and end and end <= start:
        errors["end_time"] = "Giờ kết thúc phải sau giờ bắt đầu."
    if draft.chair_member_id is None:
        errors["chair_member_id"] = "Hãy chọn người chủ trì cuộc họp."
    if draft.secretary_member_id is None:
        errors["secretary_member_id"] = "Hãy chọn thư ký cuộc họp."
    elif draft.secretary_member_id == draft.chair_member_id:
        errors["secretary_member_id"] = "Thư ký và người chủ trì phải là hai người khác nhau."
    if not draft.purpose:
        errors["purpose"] = "Hãy ghi nội dung cuộc họp."
    if errors or held_on is None:
        return errors, None
    return errors, MeetingValues(held_on, start, end)
